# Issue 15: जीवन की घटनाएँ — नियमावली की सीमाएँ, कल्याण क्लब में मृत्यु और अंशदान, बकाया जुर्माना।

error-loan-above-member-cap = { $member } पर पहले से { $outstanding } बकाया है; { $amount } का ऋण देने से कुल बकाया सदस्य की सीमा { $cap } से ऊपर चला जाएगा। अधिकतम { $room } का ऋण दें, या और चुकौती होने तक रुकें।
error-loan-above-fund = { $amount } का ऋण { $fund ->
        [own-savings] समूह की अपनी बचत
        [revolving-fund] परिक्रामी निधि
        [community-investment-fund] सामुदायिक निवेश निधि
        [bank-loan] बैंक ऋण
        [village-fund-capital] ग्राम कोष पूंजी
       *[other] कल्याण निधि
    } में बची राशि ({ $available }, जो ऋण में नहीं दी गई) से अधिक है। कम राशि लिखें या किसी दूसरी निधि से ऋण दें।
error-death-not-enrolled = { $member } { $date } को क्लब के सदस्य नहीं थे, इसलिए इस मृत्यु पर क्लब कोई अंशदान नहीं लेगा। सदस्य और तारीख जाँचें।
error-death-already-recorded = { $member } की मृत्यु पहले से दर्ज है। दोबारा दर्ज करने के बजाय उसी मृत्यु का अंशदान रजिस्टर खोलें।
error-unknown-death = इस क्लब में { $member } की कोई मृत्यु दर्ज नहीं है। पहले मृत्यु दर्ज करें, या सदस्य जाँचें।
error-levy-already-paid = { $member } { $deceased } की मृत्यु का अंशदान पहले ही दे चुके हैं। अब कुछ बकाया नहीं; रजिस्टर देखें।
error-levy-not-owed = { $member } पर { $deceased } की मृत्यु का कोई अंशदान बकाया नहीं है (उस तारीख को सदस्य नहीं थे)। सदस्य जाँचें।
error-payout-before-collection = { $deceased } की मृत्यु के लिए अभी कुछ भी जमा नहीं हुआ है। भुगतान से पहले सदस्यों के अंशदान दर्ज करें।
error-payout-already-made = { $deceased } की मृत्यु का भुगतान पहले ही हो चुका है और दर्ज है: एक मृत्यु का भुगतान एक ही बार होता है।
error-no-death-levy = कल्याण नियमों में मृत्यु पर अंशदान तय नहीं है। पहले कल्याण नियमों में हर सदस्य का अंशदान तय करें।
error-no-fine-owed = { $member } पर कोई जुर्माना बकाया नहीं है। सदस्य जाँचें।
error-fine-payment-above-owed = { $member } पर { $owed } जुर्माना बकाया है; { $amount } उससे अधिक है। अधिकतम { $owed } लिखें।

explain-period-convention = { $convention ->
        [four-weeks] नियमावली के अनुसार चार सप्ताह को एक महीना गिना जाता है (साल में { DIGITS("48") } सप्ताह)।
       *[other] नियमावली के अनुसार सप्ताह कैलेंडर से गिने जाते हैं: साल में { DIGITS("52") } सप्ताह।
    }

cap-scope-per-loan = हर ऋण अलग से
cap-scope-member-outstanding = सदस्य का कुल बकाया
period-convention-calendar = कैलेंडर (साल में { DIGITS("52") } सप्ताह)
period-convention-four-weeks = चार सप्ताह का एक महीना
finding-record-changed-by-law-rule = { $date } से लागू नियमावली: ऋण सीमा किस पर लागू है या सप्ताह कैसे गिने जाते हैं, यह दर्ज नियम से अलग है।
field-loan-cap-scope = ऋण सीमा किस पर लागू
field-interest-period = सप्ताह गिनने का तरीका
note-dcb-replanned = ऋण { $loan } की इस अवधि में पुनर्निर्धारण हुआ: अतिदेय { $amount } नई किस्तों में फिर से बाँटा गया और अवधि की मांग से घटाया गया; नई किस्तें देय होने पर इसे फिर माँगती हैं।
account-fines-receivable = सदस्यों पर बकाया जुर्माना
act-fine = बकाया जुर्माना जमा
note-fines-owed = { $date } को बकाया जुर्माना: { $owed } (अनुपस्थिति पर लगा, अभी जमा नहीं)।
section-fines-owed = सदस्यों पर बकाया जुर्माना (अनुपस्थिति पर लगा, अभी जमा नहीं)
report-interest-by-fund = निधि के अनुसार ब्याज आय
col-loans = ऋण
