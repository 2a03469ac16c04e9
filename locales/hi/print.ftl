# छपाई: पासबुक PDF, ऑडिट शीट (XLSX, PDF, CSV), और लेखा परीक्षक की रिपोर्टें।

report-panchsutra = पंचसूत्र संकेतक
report-reversals = उलटी गई प्रविष्टियाँ और उनके कारण
report-audit-cover = ऑडिट शीट
col-indicator = संकेतक
col-actual = प्राप्त
col-expected = अपेक्षित
col-percent = प्रतिशत
col-rule = नियम
col-reverses = उलटा गया वाउचर
col-original-date = मूल तिथि
col-reason = कारण
col-value = विवरण
ind-meetings-held = बैठकें हुईं
ind-attendance = उपस्थिति
ind-saving-regularly = नियमित बचत करने वाले सदस्य
ind-repaid-on-time = समय पर चुकाए गए ऋण
ind-books-up-to-date = खाते अद्यतन
rule-meetings-held = नियमावली की आवृत्ति के अनुसार अपेक्षित बैठकों में से कम से कम { $percent }% बैठकें हों
rule-attendance = हुई बैठकों में कम से कम { $percent }% सदस्य उपस्थित या देर से उपस्थित हों
rule-saving-regularly = कम से कम { $percent }% सदस्यों ने अपनी { $percent }% या अधिक बैठकों में बचत जमा की हो
rule-repaid-on-time = चालू ऋणों में से कम से कम { $percent }% पर कोई बकाया न हो
rule-books-up-to-date = हर बैठक जर्नल में दर्ज हो और अंतिम प्रविष्टि { $days } दिन से पुरानी न हो
status-met = पूरा
status-not-met = पूरा नहीं
note-last-entry = जर्नल की अंतिम प्रविष्टि: { $date }।
cover-organisation = संगठन
cover-period = अवधि
cover-prepared-by = तैयारकर्ता
cover-generated-at = बनाने का समय
cover-generated-when = { $date }, { $time } बजे
cover-vouchers = जर्नल में वाउचर
cover-chain-head = अंतिम वाउचर का हैश
cover-journal-hash = जर्नल का सामग्री हैश
note-journal-hash = सामग्री हैश संगठन के सभी वाउचरों के हैश पर शृंखला क्रम में SHA-256 है; "samuh check" हर वाउचर का हैश दोबारा जाँचता है।
print-page = पृष्ठ { $page } / { $pages }
print-member = सदस्य { $no }: { $name }
print-joined = सदस्यता तिथि { $date }
print-nominee = नामिती: { $name }
print-savings-in-words = बचत शेष शब्दों में: { $words }
print-loan-in-words = ऋण शेष शब्दों में: { $words }
print-shares-in-words = शेयर: जमा { $paid }, लौटाए { $returned }; चुकता शेयर पूँजी { $capital } (शब्दों में: { $words })।
print-signature-member = सदस्य के हस्ताक्षर
print-signature-treasurer = कोषाध्यक्ष के हस्ताक्षर
print-signature-date = तिथि
cli-written = लिखा गया: { $path }
error-nothing-to-print = { $member } की पासबुक में छापने को कुछ नया नहीं है। दोबारा छापने के लिए कोई पंक्ति चुनें, या पूरी पासबुक छापें।
error-file-unwritable = { $path } में नहीं लिख सके: { $reason ->
    [not-found] वह फ़ोल्डर मौजूद नहीं है। देखें कि पेन ड्राइव लगी है, या कोई मौजूद फ़ोल्डर चुनें।
    [permission] इस कंप्यूटर के उपयोगकर्ता को वहाँ लिखने की अनुमति नहीं है। अपना फ़ोल्डर या पेन ड्राइव चुनें।
    [disk-full] डिस्क भर गई है। कुछ जगह खाली करें, या कोई दूसरी डिस्क या पेन ड्राइव चुनें।
    [read-only] डिस्क या पेन ड्राइव पर लिखना बंद है। यह सुरक्षा हटाएँ, या कोई दूसरी जगह चुनें।
   *[other] { $detail }। सहेजने के लिए कोई और जगह चुनें।
}
