# समूह — किताब के अभिलेखों की शृंखला: जब बहीखाते के बाहर दर्ज कोई तथ्य Samuh के बाहर बदला गया हो, तो `samuh check` क्या कहता है।

check-records = हर दर्ज तथ्य वैसा ही है जैसा सहेजा गया था
finding-record-changed-organisation = संगठन { $org }: उसका विवरण दर्ज विवरण से अलग है।
finding-record-changed-account = खाता { $account }: उसका प्रकार दर्ज प्रकार से अलग है।
finding-record-changed-member = सदस्य { $member }: सदस्य संख्या, भूमिका या तारीखें दर्ज जानकारी से अलग हैं।
finding-record-changed-exit = सदस्य { $member }: समूह छोड़ने की तारीख दर्ज तारीख से अलग है।
finding-record-changed-by-law = { $date } से लागू नियमावली दर्ज नियमावली से अलग है।
finding-record-changed-meeting = { $date } की बैठक: उसकी संख्या, तारीख, स्थान या नकद गिनती दर्ज जानकारी से अलग है।
finding-record-changed-attendance = { $date } की बैठक की उपस्थिति दर्ज उपस्थिति से अलग है।
finding-record-changed-minutes = { $date } की बैठक की कार्यवाही दर्ज कार्यवाही से अलग है।
finding-record-changed-loan = ऋण { $loan }: शर्तें दर्ज शर्तों से अलग हैं।
finding-record-changed-guarantors = ऋण { $loan }: उसके जमानतदार दर्ज जमानतदारों से अलग हैं।
finding-record-changed-reschedule = ऋण { $loan }: { $date } से किया गया पुनर्निर्धारण दर्ज जानकारी से अलग है।
finding-record-changed-person = किताब रखने वाले { $person }: भूमिका या नामांकन दर्ज जानकारी से अलग है।
finding-record-changed-pin = { $person } का एक पिन दर्ज पिन से अलग है।
finding-record-changed-act = किसने क्या किया, इस अभिलेख की प्रविष्टि { $number } ({ $date }) दर्ज जानकारी से अलग है।
finding-record-unrecorded = { $kind ->
    [organisation] संगठन { $org }
    [account] खाता { $account }
    [member] सदस्य { $member }
    [exit] सदस्य { $member } का समूह छोड़ना
    [by-law] { $date } से लागू नियमावली
    [by-law-rule] { $date } से लागू नियमावली
    [meeting] { $date } की बैठक
    [attendance] { $date } की बैठक की उपस्थिति
    [minutes] { $date } की बैठक की कार्यवाही
    [agenda] { $date } की बैठक की कार्यसूची
    [loan] ऋण { $loan }
    [guarantors] ऋण { $loan } के जमानतदार
    [reschedule] ऋण { $loan } का { $date } से पुनर्निर्धारण
    [reschedule-rule] ऋण { $loan } के { $date } से पुनर्निर्धारण में बकाया पर समिति का फ़ैसला
    [visit] ऋण { $loan } के बारे में { $date } का अनुवर्ती दौरा
    [followup-meeting] { $date } की अनुवर्ती बैठक
    [household] सदस्य { $member } की { $date } को दर्ज परिवार संख्या
    [household-target] परिवार { $household }, { $date } से नज़र में
    [person] व्यक्ति { $person }
    [pin] { $person } का एक पिन
    [opening] आरंभिक शेष की कट-ऑफ़ तारीख़ ({ $date })
    [passbook-print] सदस्य { $member } की पासबुक की एक छपाई ({ $date })
    [command] दोबारा भेजे अनुरोधों की सूची की प्रविष्टि { $id }
    [share-price] { $date } से अंश का मूल्य
    [year-close] वर्ष { $year } का समापन
    [year-reopen] वर्ष { $year } को फिर से खोलना
    [year-audit] वर्ष { $year } का ऑडिट
    [year-snapshot] वर्ष { $year } के समापन पर रखे गए विवरण
    [vsla-cycle] वीएसएलए चक्र { $cycle }
    [vsla-share-out] वीएसएलए चक्र { $cycle } का शेयर-बँटवारा
    [federation] संघ का रिकॉर्ड “{ $what }”
    [welfare] कल्याण का रिकॉर्ड “{ $what }”
   *[act] किसने क्या किया, इस अभिलेख की प्रविष्टि { $number } ({ $date })
} Samuh ने कभी नहीं सहेजा: इसे Samuh के बाहर जोड़ा गया है। कोई बैकअप वापस लाकर मिलान करें।
finding-record-deleted = { $kind ->
    [organisation] संगठन { $org }
    [account] खाता { $account }
    [member] सदस्य { $member }
    [exit] सदस्य { $member } का समूह छोड़ना
    [by-law] { $date } से लागू नियमावली
    [by-law-rule] { $date } से लागू नियमावली
    [meeting] { $date } की बैठक
    [attendance] { $date } की बैठक की उपस्थिति
    [minutes] { $date } की बैठक की कार्यवाही
    [agenda] { $date } की बैठक की कार्यसूची
    [loan] ऋण { $loan }
    [guarantors] ऋण { $loan } के जमानतदार
    [reschedule] ऋण { $loan } का { $date } से पुनर्निर्धारण
    [reschedule-rule] ऋण { $loan } के { $date } से पुनर्निर्धारण में बकाया पर समिति का फ़ैसला
    [visit] ऋण { $loan } के बारे में { $date } का अनुवर्ती दौरा
    [followup-meeting] { $date } की अनुवर्ती बैठक
    [household] सदस्य { $member } की { $date } को दर्ज परिवार संख्या
    [household-target] परिवार { $household }, { $date } से नज़र में
    [person] व्यक्ति { $person }
    [pin] { $person } का एक पिन
    [opening] आरंभिक शेष की कट-ऑफ़ तारीख़ ({ $date })
    [passbook-print] सदस्य { $member } की पासबुक की एक छपाई ({ $date })
    [command] दोबारा भेजे अनुरोधों की सूची की प्रविष्टि { $id }
    [share-price] { $date } से अंश का मूल्य
    [year-close] वर्ष { $year } का समापन
    [year-reopen] वर्ष { $year } को फिर से खोलना
    [year-audit] वर्ष { $year } का ऑडिट
    [year-snapshot] वर्ष { $year } के समापन पर रखे गए विवरण
    [vsla-cycle] वीएसएलए चक्र { $cycle }
    [vsla-share-out] वीएसएलए चक्र { $cycle } का शेयर-बँटवारा
    [federation] संघ का रिकॉर्ड “{ $what }”
    [welfare] कल्याण का रिकॉर्ड “{ $what }”
   *[act] किसने क्या किया, इस अभिलेख की प्रविष्टि { $number } ({ $date })
} Samuh के बाहर हटाया गया है। कोई बैकअप वापस लाकर मिलान करें।
finding-record-chain-broken = किताब के अभिलेखों (सदस्य, नियमावली, बैठकें, ऋण, लोग, अनुमोदन) की रक्षा करने वाले हैश Samuh के बाहर बदले गए हैं। कोई बैकअप वापस लाकर मिलान करें।
book-code-records-changed = { $org } की प्रविष्टियाँ अखंड हैं, पर उसके अभिलेख (सदस्यों की संख्या और तारीखें, नियमावली, बैठकें, उपस्थिति, ऋण, लोग या अनुमोदन) अब सहेजी गई जानकारी से मेल नहीं खाते। इस किताब पर भरोसा न करें: क्या बदला, यह देखने के लिए पूरी जाँच चलाएँ, फिर कोई बैकअप वापस लाकर मिलान करें।
