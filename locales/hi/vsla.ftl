# वीएसएलए समूह (इश्यू 14): हर बैठक में शेयर, चक्र, शेयर-बँटवारा।

## Errors
error-vsla-shares-out-of-range = { $member } एक बैठक में { DIGITS("1") } से { DIGITS("5") } शेयर ख़रीद सकती हैं, { $shares } नहीं। { DIGITS("1") } से { DIGITS("5") } तक की पूरी संख्या लिखें, या ख़ाली छोड़ दें।
error-vsla-loans-outstanding = { $count } ऋण ({ $amount }) अभी बाक़ी हैं, और नियमावली के अनुसार सभी ऋण चुकने तक शेयर-बँटवारा नहीं हो सकता। पहले वसूली दर्ज करें, या नियम बदलकर ऋण को भुगतान में से काटें।
error-vsla-fund-short = सामाजिक कोष { $social_fund } अलग रखने के बाद ऋण कोष { $fund } है, यानी शून्य से कम: बाँटने को कुछ नहीं है। गिनी गई नकदी और बैंक शेष जाँचें।
error-vsla-loan-above-payout = { $member } पर { $owed } बाक़ी है, जो उनके भुगतान { $payout } से ज़्यादा है: ऋण काटा नहीं जा सकता। शेयर-बँटवारे से पहले बाक़ी ऋण वसूलें।
error-vsla-already-shared-out = चक्र { $cycle } का शेयर-बँटवारा हो चुका है। उसकी बैठकें दर्ज करने से पहले अगला चक्र खोलें (samuh vsla cycle-open)।
error-vsla-cycle-not-ended = चक्र { $cycle } { $end } को समाप्त होता है; उससे पहले शेयर-बँटवारा नहीं हो सकता। उस दिन या उसके बाद बँटवारा करें।
error-vsla-no-cycle = { $org } का कोई वीएसएलए चक्र नहीं है। पहले शेयर मूल्य और नियमों के साथ चक्र खोलें (samuh vsla cycle-open)।
error-not-vsla = { $org } वीएसएलए समूह नहीं है, इसलिए इसके चक्र या शेयर-बँटवारा नहीं होते। कोई वीएसएलए समूह चुनें।
error-vsla-cycle-still-open = चक्र { $cycle } का शेयर-बँटवारा अभी नहीं हुआ; अगला चक्र बँटवारे के बाद खुलता है।
error-vsla-cycle-start-too-early = नया चक्र पिछले शेयर-बँटवारे ({ $date }) के बाद शुरू होना चाहिए: वह दिन बँट चुके चक्र का है। आरंभ तिथि उसके बाद की रखें।

## Lines and records
line-share-out = शेयर-बँटवारा
line-social-fund = सामाजिक कोष अंशदान
act-vsla-share-out = वीएसएलए शेयर-बँटवारा
act-vsla-cycle-open = वीएसएलए चक्र खोला
finding-record-changed-vsla-cycle = वीएसएलए चक्र { $cycle } (तिथियाँ, शेयर मूल्य या नियम) दर्ज जानकारी से अलग है।
finding-record-changed-vsla-share-out = वीएसएलए चक्र { $cycle } का शेयर-बँटवारा दर्ज जानकारी से अलग है।

## The share-out sheet
report-share-out = शेयर-बँटवारा पत्रक
section-share-out-fund = चक्र { $cycle } के अंत में ऋण कोष
section-share-out-members = हर सदस्य का हिस्सा (पढ़कर सुनाएँ, फिर हस्ताक्षर)
row-share-out-cash = पेटी में नकद
row-share-out-bank = बैंक शेष
row-share-out-social-fund = घटाएँ सामाजिक कोष (बाँटा नहीं जाता)
row-share-out-loans-out = बाक़ी ऋण, उधार लेने वालों के भुगतान में से काटे गए
row-share-out-fund = बाँटने योग्य ऋण कोष
col-shares = शेयर
col-share-capital = शेयरों के लिए जमा
col-share-out-gross = शेयर × मूल्य
col-loan-deducted = काटा गया ऋण
col-payout = सदस्य को भुगतान
col-in-words = शब्दों में
col-signature = हस्ताक्षर या अँगूठा
note-share-out-value = एक शेयर का मूल्य = { $fund } ÷ { $shares } शेयर = { $value }।
note-share-out-residual = हर भुगतान सबसे छोटे सिक्के तक काटा जाता है; इससे बची राशि { $residual } कोष में रहती है और अगले चक्र में जाती है।
note-share-out-loans-net = नियमावली के अनुसार बाक़ी ऋण उधार लेने वाली के भुगतान में से काटा जाता है (और कोष में चुकाया हुआ माना जाता है)।
note-share-out-loans-refuse = नियमावली के अनुसार कोई ऋण बाक़ी रहते शेयर-बँटवारा नहीं होता।
note-share-out-social-fund = सामाजिक कोष ({ $amount }) बाँटा नहीं जाता: यह अगले चक्र के लिए समूह के पास रहता है।
note-share-out-preview = पूर्वावलोकन: अभी कुछ भुगतान या दर्ज नहीं हुआ है।

## CLI
cli-vsla-cycle-opened = { $org } का चक्र { $cycle } खुल गया। बही कोड { $code }।
cli-vsla-shared-out = { $org } के चक्र { $cycle } का शेयर-बँटवारा हो गया (वाउचर { $voucher })। बही कोड { $code }।
error-social-fund-not-by-law = { $member } ने सामाजिक कोष में { $amount } दिए; इस चक्र के उपनियम हर बैठक में हर सदस्य से { $due } माँगते हैं। कुछ भी सहेजा नहीं गया। { $due } लिखें, या कुछ नहीं दिया हो तो खाना खाली छोड़ें।

## बँट चुका चक्र बंद है; चक्र के नियमों की सीमाएँ
error-vsla-cycle-shared-out = { $date } चक्र { $cycle } में आती है, जिसका शेयर-बँटवारा { $shared_out } को हो चुका है। बँट चुके चक्र की प्रविष्टियाँ बदली नहीं जा सकतीं: उसके ऋण निपटाए गए और शेयरों का भुगतान उन्हीं से हुआ। कुछ भी सहेजा नहीं गया। प्रविष्टि { $shared_out } के बाद की तारीख़ से, चालू चक्र में करें।
error-vsla-voucher-in-shared-out-cycle = { $date } का वाउचर { $voucher } चक्र { $cycle } का है, जिसका शेयर-बँटवारा { $shared_out } को हो चुका है। बँट चुके चक्र की प्रविष्टियाँ बदली नहीं जा सकतीं, इसलिए इसे उलटा नहीं जाएगा। कुछ भी नहीं बदला। सुधार चालू चक्र में नई प्रविष्टि के रूप में दर्ज करें।
error-vsla-cycle-end-not-after-start = चक्र का अंत, { $end }, उसके आरंभ { $start } के बाद नहीं है। अंत आरंभ के बाद होना चाहिए: चक्र आमतौर पर { DIGITS("9") } से { DIGITS("12") } महीने चलता है। एक साल से एक दिन कम के लिए अंत ख़ाली छोड़ दें।
error-vsla-cycle-too-long = { $start } से { $end } तक का चक्र { $months } महीनों से लंबा है; वीएसएलए चक्र आमतौर पर { DIGITS("9") } से { DIGITS("12") } महीने चलते हैं। चक्र { $latest } को या उससे पहले समाप्त करें।
error-vsla-service-charge-out-of-range = सेवा शुल्क: “{ $input }” { DIGITS("0") } से { $max } % प्रति माह के बीच की दर नहीं है। समूह आमतौर पर ऋण पर { DIGITS("5") } से { DIGITS("10") } % प्रति माह लेते हैं; जाँचें कि सालाना दर मासिक के रूप में तो नहीं लिखी गई।
error-share-price-not-positive = { $field }: “{ $input }”: शेयर का मूल्य शून्य से अधिक होना चाहिए। एक शेयर का मूल्य लिखें, जैसे { DIGITS("50") }।
