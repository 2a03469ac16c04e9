# Names of the fields that the welfare club, the VSLA cycle, receipts and follow-up visits
# (issues 14 and 15) name in their messages.
field-admin-share = प्रशासनिक हिस्सा
field-annual-fee = वार्षिक शुल्क
field-answer = उत्तर
field-arrears = बकाया
field-birth = जन्म सहायता
field-death-benefit = मृत्यु सहायता
field-end = चक्र का अंत
field-found = क्या पाया गया
field-levy = प्रति मृत्यु अंशदान
field-members = सदस्य
field-model = कल्याण का तरीका
field-old-age = वृद्धावस्था सहायता
field-paper = काग़ज़ का आकार
field-service-charge = सेवा शुल्क
field-settle = चुकाए जाने वाले ऋण
field-share-price = शेयर मूल्य
field-sickness = बीमारी सहायता
field-social-fund = सामाजिक कोष
field-start = चक्र की शुरुआत
field-status = स्थिति
field-visitors = कौन गए
field-attended = कौन उपस्थित थे
field-pay-on = भुगतान की तारीख
field-promise = तय भुगतान
field-promises = तय भुगतान
