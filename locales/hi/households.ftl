# मुद्दा 16 (सत्र 10): फंड केंद्र के परिवार — सदस्य पर परिवार संख्या, केंद्र जिन परिवारों पर नज़र रखता है,
# सभी कोषों में एक परिवार का कर्ज़, पुनर्गठन योजना।

report-household-debts = सभी कोषों में परिवारों का कर्ज़
report-restructuring-plan = परिवार के कर्ज़ की पुनर्गठन योजना
report-target-households = लक्षित परिवार और हर एक के कर्ज़-मुक्त होने की तिथि
col-household = परिवार
col-interest-due = देय ब्याज
col-total-owed = कुल बकाया
col-marked-on = कब से नज़र में
col-first-instalment = कोष को पहली किस्त
row-household-total = सभी कोषों में परिवार { $household }
note-household-debts = { $households } परिवारों पर कर्ज़ है। हर कोष का हर ऋण जिसके कर्ज़दार की परिवार संख्या दर्ज है: बकाया मूलधन इस रिपोर्ट की तिथि तक कोष की प्रविष्टियों से जोड़ा गया; देय ब्याज, अतिदेय मूलधन और अतिदेय दिन कोष के अपने सामूह ने उसके आख़िरी बंडल की तिथि पर निकाले। कुल बकाया = बकाया मूलधन + देय ब्याज।
note-target-households = { $households } परिवार नज़र में; उनमें से { $free } कर्ज़-मुक्त हैं: हर कोष का हर ऋण चुका, तिथि वह दिन है जब आख़िरी मूलधन चुकाया गया (कोषों की प्रविष्टियों से)।
household-no-loans = किसी कोष में ऋण नहीं
household-debt-free = कर्ज़-मुक्त
household-owes = अभी बकाया है
section-plan-schedule = परिवार { $household } के लिए एक किस्त-सूची
section-plan-funds = हर कोष को कितना लौटेगा
section-plan-instalments = हर किस्त का कोषों में बँटवारा
note-restructuring-plan = यह प्रस्ताव है, निर्णय नहीं: इस तिथि पर परिवार पर कोषों का पूरा बकाया ({ $owed }) { $months } बराबर मासिक किस्तों में, केंद्र के उपनियमों की दर { $rate } % { $period ->
    [month] प्रति माह
   *[year] प्रति वर्ष
} पर। हर कोष अपने ऋण का पुनर्निर्धारण नीचे दी गई राशियों पर दर्ज करे।
note-plan-funds = हर किस्त कोषों में उनके बकाये के अनुपात में बँटती है; सबसे अधिक बकाये वाला कोष पूर्णांकन का अंतर लेता है, ताकि हर कोष को ठीक उतना ही लौटे जितना बकाया है।

error-household-key-invalid = “{ $key }” परिवार संख्या नहीं है। कुछ सहेजा नहीं गया। गाँव में परिवार के लिए जो संख्या चलती है वह लिखें (अंक, अक्षर और “/”, अधिकतम { DIGITS("32") }), जैसे घर का पंजीकरण नंबर।
error-household-unknown = आयात किए गए कोषों का कोई सदस्य परिवार { $household } का नहीं है। कुछ सहेजा नहीं गया। संख्या जाँचें, या उस कोष का बंडल आयात करें जहाँ परिवार के सदस्य की यह संख्या दर्ज है।
error-household-already-target = परिवार { $household } पर { $date } से पहले ही नज़र रखी जा रही है। कुछ सहेजा नहीं गया।
error-household-plan-months = “{ $value }” महीनों की योजना नहीं बन सकती। { DIGITS("1") } से { $max } महीने दें।

finding-record-changed-household = सदस्य { $member }: { $date } को दर्ज परिवार संख्या दर्ज जानकारी से अलग है।
finding-record-changed-household-target = परिवार { $household }, जिस पर { $date } से नज़र है, दर्ज जानकारी से अलग है।
act-household-set = परिवार संख्या दर्ज हुई
act-household-target = फंड केंद्र ने परिवार को नज़र में लिया
cli-household-set = सदस्य { $member } की परिवार संख्या दर्ज हुई: { $household }।
cli-household-cleared = सदस्य { $member } की परिवार संख्या हटाई गई।
cli-household-target = परिवार { $household } पर { $date } से नज़र रखी जाएगी।

ui-household-key = परिवार संख्या
ui-household-follow-title = कर्ज़-मुक्त होने तक परिवार पर नज़र रखें
ui-household-follow-hint = परिवार की वह संख्या जो कोष अपने सदस्यों पर दर्ज करते हैं। “लक्षित परिवार” में हर नज़र वाला परिवार, सभी कोषों में उसका बकाया और कर्ज़-मुक्त होने का दिन दिखता है।
ui-household-date = कब से नज़र
ui-household-note = टिप्पणी
ui-household-follow = इस परिवार पर नज़र रखें
ui-household-followed = अब इस परिवार पर नज़र रखी जा रही है।

field-household = परिवार संख्या
member-csv-col-household = परिवार सं.

ui-household-title = सदस्य की परिवार संख्या
ui-household-hint = गाँव में सदस्य के परिवार के लिए चलने वाली संख्या (घर का पंजीकरण नंबर)। यह बंडल के साथ फंड केंद्र को जाती है, नाम न भेजने पर भी, ताकि केंद्र हर कोष में परिवार का कर्ज़ देख सके।
ui-household-recorded-on = कब से
ui-household-save = परिवार संख्या दर्ज करें
ui-household-saved = परिवार संख्या दर्ज हुई।
household-owes-again = कर्ज़-मुक्त होने के बाद फिर बकाया
note-plan-nothing-owed = योजना के लिए कुछ नहीं: इस तिथि पर परिवार { $household } पर किसी कोष का कुछ बकाया नहीं है (या किसी परिवार पर कुछ बकाया नहीं)।
