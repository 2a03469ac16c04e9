# रिपोर्ट: शीर्षक, कॉलम, पंक्तियाँ, टिप्पणियाँ; ऋण स्थिति; सप्ताह के दिन; samuh check के निष्कर्ष।


## Report titles and periods
report-passbook = पासबुक: { $member }
report-cash-book = रोकड़ बही
report-bank-book = बैंक बही
report-savings-register = बचत रजिस्टर
report-loan-register = ऋण रजिस्टर
report-dcb = मांग, वसूली, बकाया और अतिदेय (DCB)
report-arrears = अतिदेय ऋणों की सूची
report-trial-balance = तलपट
report-receipts-payments = प्राप्ति-भुगतान खाता
report-income-expenditure = आय-व्यय खाता
report-balance-sheet = तुलन-पत्र
report-minutes = कार्यवाही पुस्तक
report-period = { $from } से { $to } तक
report-as-of = { $date } की स्थिति

## Columns
col-date = दिनांक
col-voucher = वाउचर सं.
col-particulars = विवरण
col-reference = संदर्भ
col-savings-deposited = जमा बचत
col-savings-withdrawn = बचत निकासी
col-savings-balance = कुल बचत
col-loan-disbursed = लिया गया ऋण
col-principal-repaid = मूलधन वापसी
col-interest-paid = ब्याज भुगतान
col-fine-paid = जुर्माना
col-loan-balance = ऋण बकाया
col-member = सदस्य
col-note = टिप्पणी
col-receipts = प्राप्ति
col-payments = भुगतान
col-balance = शेष
col-member-no = सदस्य सं.
col-name = नाम
col-opening-balance = प्रारंभिक शेष
col-closing-balance = अंतिम शेष
col-loan-no = ऋण सं.
col-fund = निधि स्रोत
col-disbursed-on = वितरण तिथि
col-principal = मूलधन
col-rate = दर
col-rate-period = अवधि
col-method = ब्याज पद्धति
col-instalments = किस्तें
col-outstanding = बकाया
col-status = स्थिति
col-guarantors = जमानतदार
col-overdue-at-start = प्रारंभ में अतिदेय
col-demand-in-period = अवधि में देय
col-demand = मांग
col-collection = वसूली
col-overdue = अतिदेय
col-overdue-principal = अतिदेय मूलधन
col-overdue-interest = अतिदेय ब्याज
col-fine-due = देय जुर्माना
col-days-past-due = अतिदेय दिन
col-measure = मापदंड
col-share = हिस्सा
col-account = खाता
col-debit = नामे
col-credit = जमा
col-head = मद
col-amount = राशि
col-meeting-no = बैठक सं.
col-weekday = दिन
col-place = स्थान
col-present = उपस्थित
col-late = देर से
col-on-leave = छुट्टी पर
col-absent = अनुपस्थित
col-cash-counted = गिनी गई नकदी
col-cash-per-book = बही के अनुसार नकदी
col-difference = अंतर
col-item = मद
col-text = विवरण

## Rows
row-brought-forward = पिछला शेष (आगे लाया गया)
row-total = कुल
row-subtotal = उप-योग
row-opening-balance = प्रारंभिक शेष
row-closing-balance = अंतिम शेष
row-opening-cash = प्रारंभिक हाथ में नकद
row-opening-bank = प्रारंभिक बैंक शेष
row-closing-cash = अंतिम हाथ में नकद
row-closing-bank = अंतिम बैंक शेष
row-total-income = कुल आय
row-total-expenditure = कुल व्यय
row-surplus = अधिशेष (व्यय से अधिक आय)
row-deficit = घाटा (आय से अधिक व्यय)
row-surplus-for-year = इस वर्ष का अधिशेष
row-par = { $days } दिन से अधिक जोखिम वाला ऋण
row-portfolio = कुल बकाया ऋण

## References, sections, heads
ref-reversal-of = { $voucher } का प्रतिलोम
ref-reversed-by = { $voucher } द्वारा रद्द
section-all-funds = सभी निधियाँ
section-portfolio-at-risk = जोखिम वाला ऋण
section-receipts = प्राप्तियाँ
section-payments = भुगतान
section-income = आय
section-expenditure = व्यय
section-liabilities = देनदारियाँ और निधियाँ
section-assets = परिसंपत्तियाँ
section-meetings = बैठकें
section-meeting = बैठक { $number }, { $date }
section-loans-sanctioned = बैठक { $number } में स्वीकृत ऋण
section-meeting-agenda = बैठक { $number } का एजेंडा: निर्णयों की प्रगति और ऋणों का उपयोग
head-fines = जुर्माना
head-other-receipts = अन्य प्राप्तियाँ
head-other-payments = अन्य भुगतान
minute-agenda = कार्यसूची
minute-resolution = प्रस्ताव

## Notes
note-book-balance = प्रारंभिक शेष { $opening }, अंतिम शेष { $closing }।
note-recovery-rate = वसूली दर: { $demand } मांग में से { $collection } वसूल ({ $percent }%)।
note-dcb-definition = मांग = प्रारंभ में अतिदेय + अवधि में देय किस्तें; अतिदेय = मांग जो वसूल नहीं हुई।
note-par = { $days } दिन से अधिक जोखिम वाला ऋण: { $portfolio } बकाया में से { $at_risk } ({ $percent }%)।
note-contra-excluded = हाथ में नकद और बैंक के बीच अंतरण विपरीत प्रविष्टियाँ हैं; इन्हें प्राप्ति और भुगतान में नहीं दिखाया गया है।
note-surplus = अवधि का अधिशेष: { $amount }।
note-deficit = अवधि का घाटा: { $amount }।
note-out-of-balance = दोनों पक्षों में { $difference } का अंतर है: samuh check चलाएँ।
note-meeting-reversed = { $date } की बैठक { $number } की प्रविष्टियाँ रद्द की गईं।

## Loan status
loan-status-current = नियमित
loan-status-overdue = अतिदेय
loan-status-repaid = चुकता
loan-status-rescheduled = पुनर्निर्धारित
loan-status-cancelled = रद्द

## Weekdays
weekday-mon = सोमवार
weekday-tue = मंगलवार
weekday-wed = बुधवार
weekday-thu = गुरुवार
weekday-fri = शुक्रवार
weekday-sat = शनिवार
weekday-sun = रविवार

## samuh check: the checks and their findings
check-vouchers-balance = हर वाउचर संतुलित है
check-sub-ledgers = सदस्य और ऋण खाते बही से मेल खाते हैं
check-cash-not-negative = नकद और बैंक कभी शून्य से कम नहीं
check-loan-balances = ऋण बकाया वितरण और वापसी से मेल खाता है
check-voucher-numbers = वाउचर क्रमांक बिना अंतराल के हैं
check-hash-chain = सहेजने के बाद कोई प्रविष्टि नहीं बदली गई
check-reversals = हर प्रतिलोम अपनी प्रविष्टि को ठीक रद्द करता है
finding-unbalanced = वाउचर { $voucher } में { $difference } का अंतर है।
finding-unknown-account = वाउचर { $voucher } में खाता { $account } लेखा-सूची में नहीं है।
finding-foreign-key = वाउचर { $voucher } में { $account } पर किसी अन्य संगठन का सदस्य या ऋण है।
finding-missing-sub-ledger = वाउचर { $voucher } में { $account } पर सदस्य या ऋण का नाम नहीं है।
finding-sub-ledger-mismatch = खाता { $account } { $control } है, पर सदस्य या ऋण खातों का योग { $sum } है।
finding-negative-savings = सदस्य { $member } ने बचत से { $balance } अधिक निकाला है।
finding-negative-cash = { $date } को { $account } शून्य से कम था: { $balance }।
finding-loan-balance = ऋण { $loan }: बकाया { $balance } वितरित { $disbursed } घटा वापसी { $repaid } के बराबर नहीं है।
finding-wrong-fiscal-year = वाउचर { $voucher } गलत वित्तीय वर्ष में क्रमांकित है।
finding-number-gap = वर्ष { $year }: वाउचर { $expected } नहीं मिला (मिला { $found })।
finding-hash-broken = वाउचर { $voucher } सहेजने के बाद बदला गया।
finding-bad-reversal = प्रतिलोम { $voucher } अपनी प्रविष्टि को ठीक रद्द नहीं करता।
