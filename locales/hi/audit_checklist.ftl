report-audit-checklist = ऑडिट जाँच-सूची (खाते से उत्तर)
col-audit-item = क्या जाँचा गया
col-audit-result = परिणाम
col-audit-basis = खाता क्या दिखाता है
col-audit-remarks = लेखा-परीक्षक की टिप्पणी
audit-result-ok = ठीक है
audit-result-look = जाँच करें
audit-result-not-counted = नकद कभी गिना नहीं गया
audit-result-compare = बैंक विवरण से मिलाएँ
audit-item-cash = हर बैठक में गिना गया नकद, रोकड़ बही से
audit-item-bank = बैंक शेष, बैंक विवरण से
audit-item-loans = हर ऋण का शेष, उसकी किस्त-सूची और वापसी से
audit-item-numbers = वाउचर संख्याएँ बिना अंतराल के
audit-item-reversals = हर उलट-प्रविष्टि अपने कारण के साथ
audit-item-savings = सदस्यों की बचत, उनकी पासबुक से
audit-basis-cash = { $meetings } बैठकें हुईं; { $counted ->
        [0] किसी में भी नकद नहीं गिना गया।
       *[other] { $counted } में नकद गिना गया; { $differed ->
            [0] गिनती हर बार रोकड़ बही से मिली।
           *[other] { $differed } बार अंतर रहा (कमी { $short }, अधिक { $over })।
        }
    }
audit-basis-bank = { $date } को बैंक बही में { $balance } है। उस दिन का बैंक विवरण का शेष इसके सामने लिखें।
audit-basis-loans = { $loans } ऋण जाँचे गए; { $wrong ->
        [0] हर शेष शून्य और दिए गए ऋण के बीच है, और हर किस्त-सूची ठीक उतना ही मूलधन रखती है जितना दिया गया।
       *[other] { $wrong } मेल नहीं खाते: ऋण { $list }।
    }
audit-basis-numbers = { $vouchers } वाउचर; { $gaps ->
        [0] कोई संख्या छूटी नहीं है।
       *[other] { $gaps } संख्याएँ छूटी हैं: { $list }।
    }
audit-basis-reversals = { $reversals } उलट-प्रविष्टियाँ; { $bare ->
        [0] हर एक में कारण लिखा है।
       *[other] { $bare } बिना कारण: { $list }।
    }
audit-basis-savings = { $members } सदस्यों की बचत का जोड़ { $total }{ $below ->
        [0] , किसी का शेष शून्य से कम नहीं
       *[other] ; { $below } का शेष शून्य से कम: { $list }
    }; किसी सदस्य के नाम नहीं: { $unassigned }। कुछ पासबुक बचत रजिस्टर से मिलाएँ।
note-audit-checklist = हर परिणाम वही है जो खाता इस अवधि के लिए स्वयं बताता है। लेखा-परीक्षक इसे काग़ज़ से (नकद पेटी, बैंक विवरण, पासबुक, हस्ताक्षरित कार्यवाही) मिलाकर जो पाया वह इसके सामने लिखते हैं।
note-audit-signature = लेखा-परीक्षक: ________________  संस्था के अपने लेखा-परीक्षक / ________________ से आए सहकर्मी लेखा-परीक्षक   तारीख़: ____________   हस्ताक्षर: ________________
