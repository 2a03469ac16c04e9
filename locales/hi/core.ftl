# सामूह — मुख्य संदेश (हिन्दी)। हर id अंग्रेज़ी फ़ाइल से मेल खाना चाहिए।

## त्रुटियाँ: क्या गलत है और क्या करना है।

error-invalid-amount = { $field }: “{ $input }” कोई राशि नहीं है। केवल अंक लिखें, चाहें तो हज़ार के बीच अल्पविराम लगाएँ, जैसे { DIGITS("1,250.50") }।
error-negative-amount = { $field }: “{ $input }” शून्य से कम है। राशि बिना ऋण चिह्न (-) के लिखें; किसी प्रविष्टि को रद्द करने के लिए उसका वाउचर उलटें।
error-too-many-decimals = { $field }: “{ $input }” में दशमलव के बाद { $digits } अंक हैं। राशि में अधिकतम { DIGITS("2") } (पैसे) हो सकते हैं; राशि को पूर्णांकित करें।
error-amount-too-large = { $field }: “{ $input }” इन खातों के लिए बहुत बड़ी राशि है: सबसे बड़ी स्वीकार्य राशि { $limit } है। देखें कि कोई अंक ज़्यादा तो नहीं लिखा गया।
error-invalid-date = { $field }: “{ $input }” कोई तारीख़ नहीं है। दिन-महीना-वर्ष लिखें, जैसे { DIGITS("14-04-2025") }।
error-date-in-future = तारीख़ { $date } आज ({ $today }) के बाद की है। केवल वही लिखें जो हो चुका है, या कंप्यूटर की घड़ी जाँचें।
error-date-before-formation = तारीख़ { $date } समूह के गठन ({ $formed }) से पहले की है। तारीख़ जाँचें, या गठन की तारीख़ सुधारें।
error-date-before-opening = तारीख़ { $date } खाते खुलने ({ $opening }) से पहले की है। इसे प्रारंभिक शेष में शामिल करें।
error-invalid-number = { $field }: “{ $input }” कोई संख्या नहीं है। केवल अंक लिखें, जैसे { DIGITS("12") }।
error-invalid-choice = { $field }: “{ $value }” दिए गए विकल्पों में से नहीं है। सूची में से कोई विकल्प चुनें।
error-period-backwards = अवधि { $from } से शुरू होती है, जो उसके अंत { $to } के बाद है। शुरुआत अंत की तारीख या उससे पहले की दें।
error-required = { $field } भरना ज़रूरी है। इसे भरकर फिर से कोशिश करें।
error-unknown-organisation = इस बही में “{ $org }” नाम का कोई समूह नहीं है। नाम या कोड जाँचें, या पहले समूह बनाएँ।
error-duplicate-organisation = “{ $org }” नाम का समूह पहले से है। कोई दूसरा नाम या कोड चुनें।
error-unknown-member = “{ $member }” नाम का कोई सदस्य नहीं है। सदस्य क्रमांक जाँचें, या पहले सदस्य जोड़ें।
error-duplicate-member = सदस्य “{ $member }” पहले से दर्ज है। कोई दूसरा सदस्य क्रमांक दें।
error-member-exited = { $member } ने { $exited } को समूह छोड़ दिया था। उस तारीख़ के बाद इस सदस्य की प्रविष्टि नहीं हो सकती।
error-member-not-yet-joined = { $member } समूह में { $joined } को ही जुड़े थे। तारीख़ जाँचें, या जुड़ने की तारीख़ सुधारें।
error-member-has-balance = { $member } का अभी { $balance } बकाया शेष है। सदस्य के जाने से पहले बचत और ऋण का हिसाब चुकता करें।
error-org-code-invalid = छोटे कोड “{ $code }” में केवल अक्षर, अंक, डैश (-) और अंडरस्कोर (_) हो सकते हैं, खाली जगह नहीं: जैसे shg-belwa। हर कमांड और फ़ाइल संगठन को इसी से पहचानती है।
error-exit-before-last-entry = { $member } { $date } को समूह नहीं छोड़ सकते: बही में इस सदस्य की प्रविष्टियाँ { $last } तक हैं (बचत, ऋण, या बैठक में उपस्थिति)। छोड़ने की तारीख { $last } या उसके बाद की दें।
error-guarantor-of-running-loan = { $member } { $borrower } के ऋण { $loan } के ज़मानतदार हैं, जिस पर अभी { $owed } बाक़ी है। वह ऋण चुक जाने के बाद ही यह सदस्य समूह छोड़ सकते हैं।
error-member-listed-twice = { $member } इस सूची में दो बार हैं। एक पंक्ति हटाएँ।
error-no-policy = { $date } को कोई नियमावली लागू नहीं है। पहले उस तारीख़ से समूह के नियम (बचत, ब्याज, ऋण सीमा) दर्ज करें।
error-loan-above-cap = { $member } के लिए { $amount } का ऋण समूह की सीमा { $cap } से अधिक है। कम राशि लिखें या नियमावली बदलें।
error-too-few-guarantors = { $member } के { $given } जमानतदार हैं, पर नियमावली के अनुसार { $required } चाहिए। और जमानतदार जोड़ें।
error-invalid-guarantor = { $guarantor } { $member } के जमानतदार नहीं बन सकते। जमानतदार समूह का कोई दूसरा सक्रिय सदस्य होना चाहिए; किसी और को चुनें।
error-invalid-loan-terms = ये ऋण शर्तें मान्य नहीं हैं: { $detail ->
        [principal] राशि शून्य से अधिक होनी चाहिए
        [rate] ब्याज दर { DIGITS("0") } से { DIGITS("100") } % के बीच होनी चाहिए
        [instalments] किस्तों की संख्या { DIGITS("1") } से { DIGITS("520") } तक होनी चाहिए
        [grace] छूट की अवधियाँ किस्तों से कम होनी चाहिए
        [bullet-grace] एक ही बार में चुकाए जाने वाले ऋण में छूट की अवधि नहीं होती
        [rounding] पूर्णांकन इकाई शून्य से अधिक होनी चाहिए
        [rounding-above-principal] पूर्णांकन इकाई ऋण से बड़ी है
        [due-date] आख़िरी किस्त की तारीख़ बहुत आगे है
        [too-large] ब्याज इतना बड़ा है कि दर्ज नहीं हो सकता
        [reschedule-principal] नई अनुसूची ठीक उतने मूलधन की होनी चाहिए जितना बाक़ी है
       *[other] वे आपस में मेल नहीं खातीं
    }। ब्याज दर, किस्तों की संख्या और तारीख़ें जाँचें।
error-unknown-loan = “{ $loan }” नाम का कोई ऋण नहीं है। ऋण क्रमांक जाँचें।
error-loan-not-active = ऋण { $loan } चालू नहीं है (बंद हो चुका है या अभी दिया नहीं गया)। कोई चालू ऋण चुनें।
error-loan-not-of-member = ऋण { $loan } { $member } का नहीं है। सदस्य का अपना ऋण चुनें।
error-repayment-above-owed = { $amount } की ऋण वापसी ऋण { $loan } पर बचे { $owed } से अधिक है। अधिकतम { $owed } लिखें।
error-prepayment-not-allowed = { $amount } की ऋण वापसी ऋण { $loan } की अभी देय किस्त { $due } से अधिक है, और नियमावली में समय से पहले चुकाने की अनुमति नहीं है। अधिकतम { $due } लिखें।
error-repaid-later = ऋण { $loan } की { $date } की वापसी पहले से दर्ज है, जो इस तारीख़ के बाद की है; वापसियाँ तारीख़ के क्रम में ही दर्ज होती हैं। पहले बाद वाली वापसी उलटें, फिर वापसियाँ पुरानी से नई के क्रम में दोबारा दर्ज करें।
error-reschedule-before-later = ऋण { $loan } का { $date } को पुनर्निर्धारण नहीं हो सकता: उस पर { $later } की एक वापसी या पुनर्निर्धारण है, जो पुरानी शर्तों पर हुआ। पुनर्निर्धारण की तारीख { $later } या उसके बाद की दें, या पहले बाद वाली प्रविष्टि को उलटें।
error-withdrawal-above-savings = { $member } { $amount } निकालना चाहते हैं, पर उनकी बचत केवल { $balance } है। अधिकतम { $balance } लिखें।
error-cash-below-zero = { $date } को हाथ में नकद शून्य से नीचे चला जाएगा, { $shortfall } कम पड़ेंगे। प्रविष्टियाँ जाँचें, या पहले बैंक से निकाली गई राशि दर्ज करें।
error-bank-below-zero = { $date } को बैंक शेष शून्य से नीचे चला जाएगा, { $shortfall } कम पड़ेंगे। प्रविष्टियाँ जाँचें, या पहले जमा की गई राशि दर्ज करें।
error-bank-loan-above-owed = { $amount } की बैंक ऋण वापसी बैंक के बकाया { $owed } से अधिक है। अधिकतम { $owed } लिखें।
error-meeting-already-recorded = { $date } की बैठक पहले से दर्ज है। दोबारा लिखने के बजाय वही बैठक खोलकर सुधारें।
error-opening-already-recorded = प्रारंभिक शेष पहले से दर्ज हैं। सुधारने के लिए प्रारंभिक वाउचर उलटें और फिर से दर्ज करें।
error-opening-after-entries = प्रारंभिक शेष खातों की पहली प्रविष्टि होनी चाहिए। इन्हें किसी भी बैठक या भुगतान से पहले दर्ज करें।
error-unbalanced-voucher = यह वाउचर संतुलित नहीं है: नामे और जमा में { $difference } का अंतर है। राशियाँ सुधारें ताकि दोनों बराबर हों।
error-empty-voucher = इस वाउचर में कोई राशि नहीं है। कम से कम एक राशि लिखें।
error-unknown-voucher = “{ $voucher }” क्रमांक का कोई वाउचर नहीं है। वाउचर क्रमांक जाँचें।
error-already-reversed = वाउचर { $voucher } पहले ही उलटा जा चुका है। अब और कुछ रद्द करने को नहीं है।
error-cannot-reverse-reversal = वाउचर { $voucher } स्वयं एक उलट प्रविष्टि है, इसे उलटा नहीं जा सकता। सही प्रविष्टि फिर से दर्ज करें।
error-reason-required = कृपया कारण लिखें। हर सुधार उसके कारण के साथ खातों में रखा जाता है।
error-corrupt-file = फ़ाइल { $path } ख़राब हो गई है ({ $detail })। अपना सबसे नया बैकअप खोलें।
error-file-unreadable = { $path } पढ़ी नहीं जा सकी: { $reason ->
    [not-found] फ़ाइल वहाँ नहीं है। देखें कि पेन ड्राइव या फ़ोल्डर जुड़ा है और नाम सही है।
    [permission] इस कंप्यूटर के उपयोगकर्ता को इसे खोलने की अनुमति नहीं है। कंप्यूटर सेट करने वाले से अनुमति दिलवाएँ, या फ़ाइल अपने फ़ोल्डर में कॉपी करें।
    [disk-full] डिस्क भर गई है। कुछ जगह खाली करके फिर कोशिश करें।
    [read-only] डिस्क या पेन ड्राइव पर लिखना बंद है। यह रोक हटाएँ, या फ़ाइल किसी दूसरे फ़ोल्डर में कॉपी करें।
    [damaged] फ़ाइल ख़राब या अधूरी है। खाते का बैकअप इस्तेमाल करें।
   *[other] कंप्यूटर ने एक समस्या बताई ({ $detail })। देखें कि फ़ाइल मौजूद है और पेन ड्राइव या फ़ोल्डर जुड़ा है।
}
error-newer-database = यह बही सामूह के नए संस्करण से सहेजी गई है (संस्करण { $found }; यह प्रोग्राम { $supported } तक जानता है)। इसे खोलने के लिए सामूह अपडेट करें।
error-not-a-book = { $path } सामूह की बही नहीं है। सामूह से बनी बही फ़ाइल चुनें।
error-database = बही सहेजी या पढ़ी नहीं जा सकी ({ $detail })। कुछ भी नहीं बदला; फिर से कोशिश करें, और बार-बार हो तो सबसे नया बैकअप लौटाएँ।
error-unknown-report = “{ $name }” नाम की कोई रिपोर्ट नहीं है। सूची में से रिपोर्ट चुनें।
error-checks-failed = खातों की { $count } जाँचें विफल रहीं। नीचे की सूची देखें और हर प्रविष्टि सुधारें।

## फ़ील्ड के नाम।

field-amount = राशि
field-savings = बचत
field-repayment = ऋण वापसी
field-withdrawal = बचत निकासी
field-fine = जुर्माना
field-loan = ऋण
field-date = तारीख़
field-meeting-date = बैठक की तारीख़
field-formed-on = गठन की तारीख़
field-joined-on = जुड़ने की तारीख़
field-rate = ब्याज दर
field-dividend-rate = लाभांश दर
field-instalments = किस्तों की संख्या
field-cash-counted = गिना गया नकद
field-opening-cash = प्रारंभिक हाथ में नकद
field-opening-bank = प्रारंभिक बैंक शेष
field-principal = मूलधन
field-interest = ब्याज
field-guarantors = जमानतदार
field-name = नाम
field-admission-no = सदस्य क्रमांक
field-org = समूह
field-member = सदस्य
field-file = फ़ाइल
field-reason = कारण
field-language = भाषा
field-digits = अंक
field-calendar = पंचांग
field-kind = समूह का प्रकार
field-country = देश
field-frequency = बैठक कितनी बार
field-time = समय
field-notes = टिप्पणियाँ
field-repayment-frequency = किस्त कितनी बार
field-benefit-kind = सहायता का प्रकार
field-expense-head = खर्च का मद
field-line-kind = प्रविष्टि का प्रकार
field-method = ब्याज की विधि
field-role = पद
field-attendance = उपस्थिति
field-fund = राशि का स्रोत
field-currency = मुद्रा
field-saving-per-meeting = प्रति बैठक बचत
field-loan-cap = ऋण सीमा
field-rounding = पूर्णांकन

## समूह के प्रकार।

kind-shg = स्वयं सहायता समूह (SHG)
kind-village-organisation = ग्राम संगठन (VO)
kind-village-fund = ग्राम कोष
kind-savings-group = बचत समूह
kind-cooperative = सहकारी समिति
kind-welfare-club = कल्याण समिति
kind-vsla = बचत समूह (VSLA)
kind-cluster-federation = संकुल स्तरीय संघ (CLF)
kind-cooperative-office = सहकारिता कार्यालय
kind-fund-centre = कोष प्रबंधन केंद्र

country-in = भारत
country-bd = बांग्लादेश
country-th = थाईलैंड

frequency-weekly = साप्ताहिक
frequency-fortnightly = पाक्षिक
frequency-monthly = मासिक

role-president = अध्यक्ष
role-secretary = सचिव
role-treasurer = कोषाध्यक्ष
role-member = सदस्य

attendance-present = उपस्थित
attendance-late = देर से
attendance-absent-with-leave = छुट्टी लेकर अनुपस्थित
attendance-absent = अनुपस्थित

## ऋण।

method-flat = फ्लैट (मूल ऋण पर ब्याज)
method-reducing-equal-principal = घटते शेष पर, बराबर मूलधन
method-reducing-emi = घटते शेष पर, बराबर किस्त (EMI)
method-bullet = पूरी राशि अंत में एक साथ
repay-frequency-weekly = साप्ताहिक
repay-frequency-fortnightly = पाक्षिक
repay-frequency-monthly = मासिक
repay-frequency-annual = वार्षिक

rate-period-month = प्रति माह
rate-period-year = प्रति वर्ष

fund-own-savings = अपनी बचत
fund-revolving-fund = परिक्रामी निधि (RF)
fund-community-investment-fund = सामुदायिक निवेश निधि (CIF)
fund-bank-loan = बैंक ऋण
fund-village-fund-capital = ग्राम कोष पूंजी
fund-welfare-fund = कल्याण निधि

part-fine = जुर्माना
part-interest = ब्याज
part-principal = मूलधन

## खाते और वाउचर।

account-type-asset = परिसंपत्ति
account-type-liability = देनदारी
account-type-equity = पूंजी और निधियाँ
account-type-income = आय
account-type-expense = व्यय

voucher-kind-opening = प्रारंभिक शेष
voucher-kind-meeting = बैठक
voucher-kind-disbursement = ऋण वितरण
voucher-kind-repayment = ऋण वापसी
voucher-kind-receipt = प्राप्ति
voucher-kind-payment = भुगतान
voucher-kind-reversal = उलट प्रविष्टि

line-opening = प्रारंभिक शेष
line-saving = बचत
line-withdrawal = बचत निकासी
line-disbursement = ऋण दिया
line-principal = मूलधन वापसी
line-interest = ब्याज
line-loan-fine = देर से किस्त का जुर्माना
line-attendance-fine = उपस्थिति जुर्माना
line-bank-deposit = बैंक में जमा
line-bank-withdrawal = बैंक से निकासी
line-bank-loan-received = बैंक ऋण प्राप्त
line-bank-loan-repaid = बैंक ऋण वापसी
line-bank-loan-interest = बैंक ऋण पर ब्याज
line-bank-interest = बैंक से ब्याज प्राप्त
line-grant = अनुदान
line-membership-fee = सदस्यता शुल्क
line-other-income = अन्य आय
line-expense = व्यय
line-cash-shortage = गिनती में नकद कम
line-cash-excess = गिनती में नकद अधिक
line-reversal = उलट प्रविष्टि

account-cash = हाथ में नकद
account-bank = बैंक में जमा
account-loans-to-members = सदस्यों को ऋण
account-member-savings = सदस्यों की बचत
account-bank-loan = बैंक ऋण
account-cif-payable = संघ को देय CIF
account-revolving-fund = परिक्रामी निधि (RF)
account-village-fund-capital = ग्राम कोष पूंजी
account-welfare-fund = कल्याण निधि
account-share-capital = अंश पूंजी
account-reserve-fund = आरक्षित निधि
account-accumulated-surplus = संचित लाभ
account-interest-income = ऋण पर प्राप्त ब्याज
account-fine-income = प्राप्त जुर्माना
account-bank-interest-income = बैंक से प्राप्त ब्याज
account-grant-income = प्राप्त अनुदान
account-membership-fee-income = सदस्यता शुल्क
account-other-income = अन्य आय
account-cash-excess = गिनती में नकद अधिक
account-bank-loan-interest = बैंक ऋण पर दिया ब्याज
account-meeting-expense = बैठक व्यय
account-stationery-expense = लेखन सामग्री
account-travel-expense = यात्रा व्यय
account-honorarium-expense = मानदेय (लेखापाल)
account-bank-charges = बैंक शुल्क
account-training-expense = प्रशिक्षण
account-other-expense = अन्य व्यय
account-cash-shortage = गिनती में नकद कम

## सेटिंग्स।

currency-INR = भारतीय रुपया
currency-BDT = बांग्लादेशी टका
currency-THB = थाई बाट

lang-en = English
lang-hi = हिन्दी
lang-bn = বাংলা
lang-th = ไทย

calendar-gregorian = ग्रेगोरियन (ईस्वी)
calendar-buddhist = बौद्ध संवत (BE)
calendar-bangabda = बांग्ला पंचांग (बंगाब्द)

digits-latin = 0 1 2 3 (अंतरराष्ट्रीय अंक)
digits-native = देवनागरी अंक (१ २ ३)
error-guarantors-out-of-range = ऋण के लिए { $input } जमानतदार नहीं माँगे जा सकते: उपनियम { DIGITS("0") } से { $max } तक माँग सकते हैं। छोटी संख्या लिखें।
error-request-malformed = आदेश “{ $command }” को ऐसा कुछ भेजा गया जिसे वह पढ़ नहीं सकता: { $reason ->
        [eof] अनुरोध बीच में ही समाप्त हो गया।
        [unknown-field] “{ $key }” ऐसा नाम नहीं है जिसे वह लेता हो।
        [missing-field] “{ $key }” आवश्यक है और नहीं दिया गया।
        [duplicate-field] “{ $key }” दो बार दिया गया है।
        [type] गलत प्रकार का मान (राशियाँ और तारीख़ें पाठ के रूप में भेजी जाती हैं)।
       *[other] अनुरोध सही रूप में नहीं है।
    } कुछ भी सहेजा नहीं गया। यह भेजने वाले प्रोग्राम की गलती है; आप क्या कर रहे थे, यह बताकर इसकी सूचना दें।
error-no-welfare-fee = { $date } को लागू कल्याण नियमों में कोई वार्षिक शुल्क तय नहीं है, इसलिए वसूलने को कुछ नहीं है। यदि क्लब वार्षिक शुल्क लेता है तो पहले कल्याण नियमों में उसे तय करें।
error-amount-not-positive = { $field }: { $input } दर्ज करने लायक राशि नहीं है; राशि शून्य से अधिक होनी चाहिए।
