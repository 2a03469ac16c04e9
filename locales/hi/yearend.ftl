# वर्ष-अंत: बैंक लिंकेज (भारत), लाभ विनियोजन (बांग्लादेश सहकारी धारा 34, थाई कोष का ढाँचा),
# सदस्यवार लाभांश और औसत वापसी।

## Errors
error-no-profit-to-appropriate = विनियोजन के लिए कोई शुद्ध लाभ नहीं है: इस अवधि का परिणाम { $result } है। कुछ भी बाँटा नहीं जा सकता।
error-percent-out-of-range = प्रतिशत { $percent }% { DIGITS("0") } और { DIGITS("100") } के बीच नहीं है। बँटवारे की सेटिंग सुधारें।
error-reserve-below-minimum = आरक्षित निधि का हिस्सा { $percent }% न्यूनतम { $minimum }% से कम है। आरक्षित निधि का हिस्सा बढ़ाएँ।
error-appropriation-above-hundred = विनियोजन के हिस्सों का जोड़ { $total }% है, जो पूरे शुद्ध लाभ से अधिक है। कुछ हिस्से घटाएँ।
error-allocation-not-hundred = बँटवारे के प्रतिशतों का जोड़ { $total }% है; जोड़ ठीक { DIGITS("100") }% होना चाहिए। बँटवारे का ढाँचा सुधारें।
error-no-shares-to-share-out = इस चक्र में कोई शेयर नहीं खरीदा गया, इसलिए बाँटने को कुछ नहीं है।

## Titles and sections
report-bank-linkage = बैंक लिंकेज पात्रता
report-appropriation = शुद्ध लाभ का विनियोजन
section-corpus = कोष (कॉर्पस)
section-linkage-doses = बैंक ऋण की किस्तें (डोज़)
section-subvention = अगली डोज़ पर ब्याज सबवेंशन
section-net-profit = अवधि का शुद्ध लाभ
section-appropriation = शुद्ध लाभ का विनियोजन
section-audit-levy = लेखा परीक्षा शुल्क और वैट
section-dividend = सदस्यवार लाभांश
section-average-return = औसत वापसी (चुकाए गए ब्याज पर)

## Columns
col-dose = डोज़
col-multiple-of-corpus = कोष का गुणज
col-minimum = न्यूनतम
col-eligible = पात्र राशि
col-paid-up-shares = चुकता शेयर
col-dividend = लाभांश
col-month-weighted = मासिक शेष का जोड़
col-average-balance = औसत शेष
col-eligibility = पात्रता
col-average-return = औसत वापसी

## Rows
row-grants-received = प्राप्त अनुदान
row-corpus = कोष
row-dose = डोज़ { $dose }
row-dose-next = डोज़ { $dose } (अगली)
row-subvented-principal = सबवेंशन में आने वाला ऋण
row-interest-charged = बैंक द्वारा { $rate }% पर लिया गया ब्याज
row-prompt-credit = समय पर चुकाने पर { $rate }% की वापसी
row-net-interest = समय पर चुकाने पर समूह पर ब्याज का बोझ
row-net-profit = शुद्ध लाभ
row-audit-fee = शुद्ध लाभ के { $rate }% पर लेखा परीक्षा शुल्क
row-vat-on-audit-fee = लेखा परीक्षा शुल्क पर { $rate }% वैट
row-paid-up-capital = चुकता शेयर पूंजी
bucket-reserve = आरक्षित निधि
bucket-bad-debt-fund = डूबत एवं संदिग्ध ऋण निधि
bucket-coop-development-fund = सहकारी विकास निधि (CDF)
bucket-bylaw-funds = उपनियमों के अनुसार निधियाँ
bucket-dividend = सदस्यों को लाभांश
bucket-average-return = कर्ज़दारों को औसत वापसी
bucket-welfare = कल्याण निधि
bucket-committee = समिति का मानदेय
bucket-public-benefit = जनहित
bucket-undistributed-to-reserve = सीमा से अधिक लाभांश, आरक्षित निधि में
eligibility-eligible = पात्र
eligibility-defaulted = चूककर्ता: कुछ नहीं

## Notes
note-linkage-india-only = NRLM और नाबार्ड के मानकों के अनुसार बैंक लिंकेज भारत के स्वयं सहायता समूहों पर लागू होता है।
note-corpus-rule = कोष = सदस्यों की बचत + परिक्रामी निधि + कोई भी अनुदान, रिपोर्ट की तारीख पर, खाता बही से।
note-linkage-age = गठन { $formed } को: { $months } पूरे महीने। बैंक समूह की अपनी बहियों के अनुसार कम से कम { DIGITS("6") } महीने की सक्रियता माँगता है।
note-dose-rule = हर डोज़ कोष के गुणज और न्यूनतम राशि में से जो अधिक हो वह है; तालिका से आगे की डोज़ अंतिम पंक्ति के अनुसार मानी जाती है।
note-next-dose = इन बहियों में प्राप्त बैंक ऋण: { $received }। अगली डोज़ { $dose } है, पात्र राशि { $amount }।
note-linkage-conditions = बैंक पंचसूत्र का पालन और नाबार्ड मानकों के अनुसार ग्रेडिंग भी माँगता है; इनका आकलन इस रिपोर्ट में नहीं है।
note-subvention-basis = ऋण के अधिकतम { $limit } पर { $months } महीने का ब्याज, ऋण × दर × महीने ÷ { DIGITS("12") } के रूप में। बैंक दैनिक शेष पर गणना करता है, इसलिए वास्तविक आँकड़े थोड़े अलग होंगे।
note-net-profit-rule = शुद्ध लाभ = अवधि की आय − व्यय, रोज़नामचे से जोड़कर।
note-provisional = अवधि पूरा वित्तीय वर्ष ({ $start } से { $end }) नहीं है: आँकड़े अनंतिम हैं।
note-no-appropriation-rule = इस प्रकार के संगठन के लिए विनियोजन का कोई नियम तय नहीं है; बचत के उपयोग का निर्णय आम सभा करती है।
note-s34-order = सहकारी समिति अधिनियम { DIGITS("2001") } की धारा { DIGITS("34") } का क्रम: आरक्षित निधि कम से कम { $minimum }%, डूबत एवं संदिग्ध ऋण निधि (केवल वित्तपोषक समितियाँ), CDF, उपनियमों की निधियाँ; शेष लाभांश, अधिकतम शुद्ध लाभ का { $cap }%, उससे अधिक आरक्षित निधि में।
note-bad-debt-applied = डूबत एवं संदिग्ध ऋण निधि लागू है क्योंकि समिति सदस्यों को ऋण देती है।
note-bad-debt-not-applied = डूबत एवं संदिग्ध ऋण निधि लागू नहीं: इन बहियों में समिति ने सदस्यों को ऋण नहीं दिया है।
note-template = प्रतिशत कोष के बँटवारे के ढाँचे से, जिनका जोड़ { DIGITS("100") }% होना चाहिए। डिफ़ॉल्ट बँटवारा केवल उदाहरण है, नियम नहीं: कोष का अपना ढाँचा दर्ज करें।
note-appropriation-rounding = हर हिस्सा { $unit } तक पूर्णांकित है; पूर्णांकन का अंतर अंतिम हिस्से में जाता है, ताकि हिस्सों का जोड़ ठीक शुद्ध लाभ के बराबर हो।
note-audit-levy = ऊपर के शुद्ध लाभ पर गणना; देय राशि लेखा परीक्षित शुद्ध लाभ पर होगी।
note-no-share-capital = इन बहियों में कोई चुकता शेयर पूंजी दर्ज नहीं है, इसलिए { $pool } का लाभांश सदस्यों में नहीं बाँटा जा सकता। इसे देखने के लिए सदस्यों के शेयर दर्ज करें।
note-coop-dividend-rate = लाभांश दर = { $pool } ÷ चुकता पूंजी { $capital } = { $rate }%; हर सदस्य को अपने चुकता शेयर × दर मिलता है।
note-residual = पूर्णांकन का अंतर कोष में रखा गया: { $amount }।
note-dividend-base-shares = लाभांश हर सदस्य के शेयरों के अनुपात में, अवधि के { $months } महीनों पर मासिक भार से।
note-dividend-base-savings = लाभांश हर सदस्य की बचत के अनुपात में, अवधि के { $months } महीनों पर मासिक भार से।
note-month-first-day = हर महीने में उसके पहले दिन का शेष गिना जाता है: जमा अगले महीने से गिनी जाती है।
note-month-last-day = हर महीने में उसके अंतिम दिन का शेष गिना जाता है: जमा उसी महीने से गिनी जाती है।
note-thai-dividend-rate = लाभांश दर = { $pool } ÷ औसत शेषों का जोड़ { $total } = अवधि के लिए { $rate }%।
note-average-return-rate = औसत वापसी दर = { $pool } ÷ वसूला गया ऋण ब्याज { $interest } = हर सदस्य द्वारा चुकाए गए ब्याज का { $rate }%।
note-defaulters = जिस सदस्य की कोई किस्त { $date } को अतिदेय है, या जिसने अवधि में देर से किस्त का जुर्माना भरा, वह चूककर्ता माना जाता है और उसे औसत वापसी नहीं मिलती; वह हिस्सा कोष में रहता है।
note-average-return-kept = कोष में रखा गया (चूककर्ताओं का हिस्सा और पूर्णांकन): { $amount }।
note-interest-unassigned = अवधि में खाता बही का ऋण ब्याज { $ledger } है, पर केवल { $members } किसी सदस्य के ऋण से जुड़ता है; ब्याज की प्रविष्टियाँ जाँचें।
note-books-open-later = ये बहियाँ { $date } से शुरू होती हैं: उससे पहले की आय और व्यय इनमें नहीं हैं।

## अंश, लाभांश और वर्ष का समापन (issue 14)
error-not-whole-shares = { $member }: { $shares } अंशों की पूरी संख्या नहीं है। खरीदे गए अंशों की संख्या लिखें, जैसे { DIGITS("1") }, { DIGITS("2") } या { DIGITS("5") }।
error-no-share-price = { $date } को अंश का मूल्य तय नहीं है। पहले एक अंश का मूल्य तय करें (samuh year share-price)।
error-kind-has-no-shares = { $org } सदस्यों के अंश नहीं रखता। यह राशि बचत के रूप में दर्ज करें।
error-year-closed = वर्ष { $year } बंद हो चुका है: उसके भीतर की तारीख की कोई प्रविष्टि नहीं हो सकती। प्रविष्टि वर्ष के बाद की तारीख से करें, या कारण और दूसरे व्यक्ति के साथ वर्ष फिर से खोलें।
error-year-not-ended = वर्ष { $year } अभी समाप्त नहीं हुआ: यह { $end } को समाप्त होता है। उस दिन के बाद इसे बंद करें।
error-year-already-closed = वर्ष { $year } पहले से बंद है। फिर से बंद करने के लिए पहले उसे फिर से खोलें।
error-year-not-closed = वर्ष { $year } बंद नहीं है, इसलिए फिर से खोलने को कुछ नहीं है।
error-dividend-above-cap = { $rate }% की लाभांश दर अनुमत अधिकतम { $cap }% से अधिक है। { $cap }% या उससे कम दर लिखें।
error-dividend-above-pool = { $dividend } का लाभांश वर्ष के लाभ से इसके लिए बचे { $pool } से अधिक है। कम दर लिखें।
error-later-year-closed = बाद का वर्ष { $later } बंद रहते हुए वर्ष { $year } फिर से नहीं खोला जा सकता। पहले { $later } फिर से खोलें।
error-fiscal-year-invalid = “{ $input }” कोई वित्त वर्ष नहीं है। वह वर्ष लिखें जिसमें यह शुरू होता है, जैसे { DIGITS("2025") }, या इसका नाम, जैसे { DIGITS("2025-26") }।
error-option-not-for-kind = सेटिंग “{ $option }” { $org } पर लागू नहीं होती: उसका वर्ष उसके प्रकार और देश के नियम से बंद होता है, जिसमें यह सेटिंग नहीं है। इसे हटा दें।
error-year-before-formed = वर्ष { $year } संगठन के { $formed } को बनने से पहले ही समाप्त हो गया था: उसका बंद करने या लेखा-परीक्षा करने लायक कुछ नहीं है। बाद का वर्ष चुनें।
error-year-without-entries = इस बही में वर्ष { $year } या उससे पहले की तारीख की कोई प्रविष्टि नहीं है: वह वर्ष बही शुरू होने से पहले काग़ज़ पर रखा गया था। उसे काग़ज़ पर ही बंद करें और उसकी लेखा-परीक्षा करें; इस बही में बाद का वर्ष चुनें।
error-close-under-later-year = बाद का वर्ष { $later } पहले ही बंद है, इसलिए वर्ष { $year } उसके नीचे बंद या लेखा-परीक्षित नहीं हो सकता। पहले { $later } को (कारण और दूसरे व्यक्ति के साथ) फिर से खोलें, फिर वर्षों को क्रम से बंद करें।
line-share-purchase = अंश खरीदे
line-share-return = छोड़ने पर अंश लौटाए
line-year-close = वर्ष का अधिशेष में समापन
line-appropriation = अधिशेष का विनियोजन
line-dividend = लाभांश जमा
account-dividend-payable = देय लाभांश
account-cdf-payable = देय सहकारी विकास निधि
account-bad-debt-fund = अशोध्य और संदिग्ध ऋण निधि
account-bylaw-funds = उपविधि निधियाँ
account-committee-fund = देय समिति पारिश्रमिक
account-public-benefit-fund = जनहित निधि
finding-record-changed-share-price = { $date } से अंश का मूल्य दर्ज जानकारी से अलग है।
finding-record-changed-year-close = वर्ष { $year } का समापन दर्ज जानकारी से अलग है।
finding-record-changed-year-reopen = वर्ष { $year } को फिर से खोलना दर्ज जानकारी से अलग है।
act-year-close = वर्ष बंद किया
act-year-reopen = वर्ष फिर से खोला
report-year-preview = वर्ष { $year } का समापन: पूर्वावलोकन
report-share-register = अंश रजिस्टर
report-dividends = जमा किए गए लाभांश
col-holding = धारिता
col-explanation = गणना कैसे हुई
col-shares-start = आरंभ में अंश
col-shares-bought = खरीदे गए अंश
col-shares-end = अंत में अंश
col-credited-to = किसमें जमा
note-year-scheme-coop-bd = सहकारी समिति अधिनियम धारा { DIGITS("34") } के क्रम में विनियोजन: आरक्षित निधि, अन्य निधियाँ, फिर लाभांश।
note-year-scheme-coop-th = थाई सहकारी नियम: पहले { DIGITS("10") }% आरक्षित निधि में, फिर तय दर पर लाभांश (अधिकतम { DIGITS("10") }% वार्षिक); जो आवंटित नहीं हुआ वह आरक्षित निधि में जाता है।
note-year-scheme-template = निधि के अपने ढाँचे से विनियोजन, जिसका जोड़ { DIGITS("100") }% है।
note-year-scheme-surplus-stays = अधिशेष समूह की निधि में ही रहता है: आय और व्यय उसमें बंद किए जाते हैं और कुछ बाँटा नहीं जाता।
note-year-dividend-rule = लाभांश { $rate }% वार्षिक, { $account ->
    [share-capital] चुकता अंशों
   *[member-savings] बचत
} पर, { $weighting ->
    [whole-year] वर्ष के अंत की धारिता पर
    [months-held] हर महीने की शुरुआत की धारिता पर, महीने-दर-महीने
   *[average-balance] मासिक धारिताओं के औसत पर
}, { $round_at ->
    [each-month] हर महीने
   *[total] हर सदस्य के कुल पर
} { $mode ->
    [truncate] काटकर
    [half-even] आधे को सम की ओर
   *[half-up] आधे को ऊपर
} { $unit } तक पूर्णांकित।
note-year-residual = कोष { $pool }, जमा { $paid }; पूर्णांकन का शेष { $residual } निधि में रहता है।
note-year-credit-savings = हर सदस्य की राशि उसकी बचत में जोड़ी जाती है।
note-year-credit-payable = हर सदस्य की राशि देय के रूप में रखी जाती है, जो बैठक में नकद दी जाएगी।
note-year-no-holdings = { $pool } के लाभांश कोष को बाँटने के लिए किसी सदस्य के पास अंश या बचत नहीं है; यह निधि में रहता है।
note-share-price = { $date } को अंश का मूल्य { $price }।
note-shares-uncounted = { $amount } की अंश पूंजी उस दिन के मूल्य पर अंशों की पूरी संख्या नहीं है (कागज़ से लाई गई या लाभांश से जोड़ी गई): केवल पूंजी में गिनी गई।
explain-dividend-whole-year = { $holding } × { $rate }%
explain-dividend-each-month = हर महीने की धारिता पर { $rate }% ÷ { DIGITS("12") } → भाग: { $months }
explain-dividend-months = { $months } मासिक धारिताओं का जोड़ { $sum } ÷ { DIGITS("12") } × { $rate }%
cli-year-closed = { $org } का वर्ष { $year } बंद हो गया (वाउचर { $vouchers })।
cli-year-reopened = { $org } का वर्ष { $year } फिर से खोला गया (उलट प्रविष्टियाँ { $vouchers })।
cli-share-price-set = { $org } में एक अंश का मूल्य { $from } से { $price } है।
col-paid-up-capital = चुकता पूंजी
field-credit-to = लाभांश कहाँ जमा हो
field-price = अंश का मूल्य
field-rounding-unit = पूर्णांकन की इकाई
field-rounding-mode = पूर्णांकन का तरीका
field-round-at = लाभांश कहाँ पूर्णांकित हो
field-weighting = लाभांश का भार
field-shares = अंश
field-template = विनियोजन का ढाँचा
field-year = वर्ष
