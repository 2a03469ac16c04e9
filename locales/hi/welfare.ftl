# Issue 15 (welfare): कल्याण क्लब में मृत्यु, अंशदान रजिस्टर और भुगतान, ऋण-निपटान पर्ची, और बचत समूह के कल्याण लाभ।

error-death-not-eligible = { $member } पर पिछली मृत्युओं के { $unpaid } अंशदान बकाया थे, इसलिए क्लब के नियमों के अनुसार पात्रता समाप्त हो चुकी थी; कोई अंशदान नहीं लिया जाएगा। अंशदान रजिस्टर और नियम देखें।
error-no-benefit = { $date } को लागू कल्याण नियमों में { $kind ->
        [birth] जन्म
        [sickness] बीमारी
        [old-age] वृद्धावस्था
       *[death] मृत्यु
    } लाभ नहीं है। पहले कल्याण नियमों में इसकी राशि तय करें, या तारीख जाँचें।
error-slip-altered = { $path } निपटान पर्ची नहीं है, या क्लब के हस्ताक्षर के बाद बदली गई है। क्लब से पर्ची की फ़ाइल फिर से माँगें।
error-slip-already-recorded = निपटान पर्ची { $slip } इस बही में पहले से दर्ज है। इसके लिए अब कुछ बकाया नहीं; ऋण का विवरण देखें।
error-unknown-slip = इस क्लब ने { $slip } नाम की कोई निपटान पर्ची नहीं लिखी। काग़ज़ पर पर्ची का संदर्भ जाँचें।
error-slip-above-loan = निपटान पर्ची { $slip } में { $amount } का भुगतान है, जो इस ऋण पर बकाया { $owed } से अधिक है। ऋण संख्या जाँचें।

finding-record-changed-welfare = कल्याण का रिकॉर्ड “{ $what }” (नियम, मृत्यु, अंशदान रजिस्टर, वसूली, भुगतान, पर्चियाँ, लाभ) दर्ज किए गए से अलग है।

line-levy = मृत्यु अंशदान
line-admin-share = क्लब का प्रशासनिक हिस्सा
line-debt-settled = मृतक का ऋण चुकाया
line-welfare-payout = नामित व्यक्ति को भुगतान
line-welfare-benefit = कल्याण लाभ
line-welfare-fee = वार्षिक कल्याण शुल्क
account-settlement-payable = ऋणदाता कोषों को देय (निपटान पर्चियाँ)

report-levy-register = अंशदान रजिस्टर
report-welfare-benefits = कल्याण लाभ रजिस्टर
report-payout-statement = भुगतान विवरण
col-levy-due = देय अंशदान
col-levy-paid = जमा
col-paid-on = जमा की तारीख
col-levy-owed = अभी बकाया
col-received-on = कोष की प्राप्ति दर्ज
col-benefit-kind = लाभ
col-welfare-eligible = पात्रता
section-levy-death = { $member } की मृत्यु, { $date } — प्रति सदस्य अंशदान { $levy }
section-owed-to-funds = ऋणदाता कोषों को देय, जब तक उनकी प्राप्ति दर्ज न हो
section-benefits-by-kind = लाभ के अनुसार योग
section-payout-steps = भुगतान की गणना कैसे हुई
section-signatures = हस्ताक्षर
row-still-owed = अभी देय
row-deceased = मृत सदस्य
row-died-on = मृत्यु की तारीख
row-nominee = नामित व्यक्ति
row-paid-on = भुगतान की तारीख
row-levy-collected = वसूला गया अंशदान: { $count } सदस्य × { $levy }
row-admin-share = घटाएँ क्लब का प्रशासनिक हिस्सा ({ $rate } %)
row-benefit = लाभ राशि
row-settled-interest = { $fund } को ब्याज, ऋण { $loan } ({ $reference })
row-settled-principal = { $fund } को मूलधन, ऋण { $loan } ({ $reference })
row-to-family = नामित व्यक्ति को भुगतान
note-levy-collected = { $owing } में से { $paid } सदस्यों ने जमा किया, कुल { $amount }।
note-levy-paid-out = { $date } को भुगतान: { $amount } वसूला गया।
note-debt-left = { $fund } के ऋण { $loan } का { $amount } अभी बकाया है: लाभ राशि उसे पूरा नहीं कर सकी।
note-guarantors-released = { $fund } के ऋण { $loan } के गारंटर मुक्त हुए: { $guarantors }।
note-amount-in-words = नामित व्यक्ति को भुगतान, शब्दों में: { $words }।
welfare-eligible-yes = हाँ
welfare-eligible-no = नहीं (बकाया)
benefit-birth = जन्म
benefit-sickness = बीमारी
benefit-old-age = वृद्धावस्था
benefit-death = मृत्यु
sign-treasurer = कोषाध्यक्ष
sign-president = अध्यक्ष
sign-nominee = नामित व्यक्ति (प्राप्तकर्ता)
sign-witness = गवाह

report-settlement-slip = निपटान पर्ची
row-slip-ref = पर्ची
row-club = कल्याण क्लब
row-fund = ऋणदाता कोष
row-loan = ऋण
row-club-voucher = क्लब का वाउचर
row-fingerprint = क्लब की कुंजी की फ़िंगरप्रिंट
note-slip-record = ऋणदाता कोष इस पर्ची को ऋण की अदायगी के रूप में दर्ज करता है (हस्ताक्षरित फ़ाइल के साथ samuh welfare slip-record); फ़िंगरप्रिंट का फ़ाइल से मिलान करें।
sign-fund = ऋणदाता कोष (प्राप्तकर्ता)

cli-welfare-rules-saved = { $date } से कल्याण नियम दर्ज हुए।
cli-welfare-death-saved = मृत्यु दर्ज हुई: { $owing } सदस्यों पर { $levy } का अंशदान देय है (कुल { $expected })। बही कोड { $code }।
cli-welfare-payout-saved = भुगतान वाउचर { $voucher } में दर्ज: वसूला { $collected }, प्रशासनिक हिस्सा { $admin }, ऋणदाता कोषों को { $funds }, नामित व्यक्ति को { $family }। बही कोड { $code }।
cli-welfare-settled = { $fund } का ऋण { $loan }: ब्याज { $interest }, मूलधन { $principal }, अभी बकाया { $left } ({ $reference })।
error-welfare-fee-already-paid = { $member } { $year } का कल्याण शुल्क पहले ही दे चुकी हैं। यह साल में एक बार लिया जाता है: सदस्यों के नाम या तारीख जाँचें।

## मृत्यु और उसके भुगतान से तारीख़ों की जाँच
error-welfare-before-death = { $date } { $deceased } की मृत्यु ({ $died }) से पहले की तारीख़ है। किसी मृत्यु के अंशदान और भुगतान मृत्यु के दिन या उसके बाद की तारीख़ के होते हैं। कुछ भी सहेजा नहीं गया। तारीख़ जाँचें।
error-levy-after-payout = { $deceased } की मृत्यु का भुगतान { $paid } को हो चुका है: अब इसके लिए और अंशदान नहीं लिया जाता, क्योंकि भुगतान तब तक जमा हुए अंशदान से निकाला गया था। कुछ भी सहेजा नहीं गया। मृत सदस्य की संख्या जाँचें।
error-payout-before-last-levy = { $deceased } की मृत्यु के अंशदान { $last } तक जमा हुए हैं; { $date } की तारीख़ का भुगतान उसके बाद जमा हुए अंशदान को कल्याण कोष में ही छोड़ देगा। कुछ भी सहेजा नहीं गया। भुगतान { $last } को या उसके बाद की तारीख़ से करें।
error-benefit-after-death = { $member } की मृत्यु { $died } को दर्ज है: उस दिन से उन्हें कोई लाभ नहीं दिया जाता। परिवार का मृत्यु लाभ उसी मृत्यु का भुगतान है। कुछ भी सहेजा नहीं गया। सदस्य और तारीख़ जाँचें।
error-admin-share-out-of-range = प्रशासनिक हिस्सा: “{ $input }” { DIGITS("0") } से { DIGITS("100") } के बीच का प्रतिशत नहीं है। हर मृत्यु के संग्रह का जितना प्रतिशत क्लब अपने पास रखता है, वह लिखें, जैसे { DIGITS("5") }।
error-welfare-rules-same-day = कल्याण नियम पहले से { $date } से लागू हैं। दर्ज नियम बदले नहीं जाते: नियमों का नया संस्करण बाद की किसी तारीख़ से शुरू होता है। कोई दूसरी आरंभ तिथि दें।
error-settle-malformed = चुकाए जाने वाले ऋण: “{ $value }” कोई ऋण नहीं है। इसी बही में रखे कोष के लिए FUND:LOAN लिखें (जैसे vf-roiet:3), या किसी दूसरी बही में रखे कोष के लिए “FUND NAME:LOAN:PRINCIPAL:INTEREST”, उसके विवरण की राशियों के साथ।
