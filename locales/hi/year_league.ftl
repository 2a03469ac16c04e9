# थाई सहकारी का सहकारी लीग शुल्क (मुद्दा 14)।
error-league-fee-above-law = सहकारी लीग शुल्क { $percent }% क़ानून की सीमा (शुद्ध लाभ का { DIGITS("0") } से { $max }%) से बाहर है। इस सीमा के भीतर दर दें।
field-league-fee = सहकारी लीग शुल्क
field-league-fee-cap = लीग शुल्क की अधिकतम सीमा
bucket-league-fee = सहकारी लीग शुल्क
bucket-education = शिक्षा निधि
account-league-fee-payable = देय सहकारी लीग शुल्क
account-education-fund = शिक्षा निधि
ui-year-league-fee = सहकारी लीग शुल्क (शुद्ध लाभ का %; खाली छोड़ें तो { DIGITS("1") } %, अधिकतम { DIGITS("30,000") })
field-counts-from = खरीद कब से गिनी जाए (next-month या own-month)
account-audit-fee-payable = देय ऑडिट शुल्क और वैट
note-year-audit-levy = सहकारी विभाग को देय के रूप में रखा जाता है और संचित अधिशेष से लिया जाता है: ऊपर का बँटवारा पूरे ऑडिट किए गए शुद्ध लाभ का है।
