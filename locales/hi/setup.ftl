# किताब बनाना: नई किताब, सेटअप विज़ार्ड में देश की जानकारी, और सदस्यों की फ़ाइल (CSV)।
error-full-identity-number = { $field }: यह पूरा पहचान नंबर है ({ $digits } अंक)। किताब में केवल आख़िरी चार अंक रखे जाते हैं; सिर्फ़ वे { DIGITS("4") } अंक लिखें।
error-unknown-csv-column = कॉलम { $column } में कुछ लिखा है, पर फ़ाइल में ऐसा कोई कॉलम नहीं है। इसे हटाएँ, या कॉलमों के नाम वाली पहली पंक्ति जोड़ें।
error-nothing-to-import = फ़ाइल की कोई भी पंक्ति जोड़ी नहीं जा सकती ({ $rejected } अस्वीकार)। रिपोर्ट में बताई पंक्तियाँ ठीक करके फ़ाइल फिर से लें। कुछ भी सहेजा नहीं गया।
error-book-file-exists = { $path } पहले से मौजूद है। नई किताब के लिए नई फ़ाइल का नाम दें; उस किताब को इस्तेमाल करना हो तो उसे खोलें।
field-nominee = नामांकित व्यक्ति
field-identity = पहचान नंबर (आख़िरी { DIGITS("4") } अंक)
field-form = पंक्ति
member-csv-col-admission-no = सदस्य संख्या
member-csv-col-name = नाम
member-csv-col-role = पद
member-csv-col-joined-on = जुड़ने की तारीख़
member-csv-col-nominee = नामांकित
member-csv-col-identity = पहचान के आख़िरी { DIGITS("4") }
member-import-rejected-line = पंक्ति { $line }, { $column }: { $problem }
member-import-rejected-line-short = पंक्ति { $line }: { $problem }
member-import-summary = { $accepted ->
        [one] एक पंक्ति जोड़ी जा सकती है
       *[other] { $accepted } पंक्तियाँ जोड़ी जा सकती हैं
    }, { $rejected ->
        [0] कोई अस्वीकार नहीं।
        [one] एक अस्वीकार।
       *[other] { $rejected } अस्वीकार।
    }
member-import-done = { $count ->
        [one] एक सदस्य जोड़ा गया।
       *[other] { $count } सदस्य जोड़े गए।
    }
member-import-dry-run = सिर्फ़ जाँच (--dry-run): कुछ भी सहेजा नहीं गया।
setup-currency-inr = भारतीय रुपया (₹, INR)
setup-currency-bdt = बांग्लादेशी टका (৳, BDT)
setup-currency-thb = थाई बाट (฿, THB)
setup-fiscal-year-span = { $start } – { $end }
error-book-file-missing = { $path } पर कोई बही नहीं है। फ़ोल्डर और फ़ाइल का नाम जाँचें, या “बही चुनें…” से फ़ाइल चुनें।
