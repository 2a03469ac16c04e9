# প্রতিবেদন: শিরোনাম, কলাম, সারি, মন্তব্য; ঋণের অবস্থা; বার; samuh check-এর ফলাফল।


## Report titles and periods
report-passbook = পাস বই: { $member }
report-cash-book = নগদান বহি
report-bank-book = ব্যাংক বহি
report-savings-register = সঞ্চয় রেজিস্টার
report-loan-register = ঋণ রেজিস্টার
report-dcb = চাহিদা, আদায়, স্থিতি ও খেলাপি (ডিসিবি)
report-arrears = খেলাপি ঋণের তালিকা
report-trial-balance = রেওয়ামিল
report-receipts-payments = জমা-খরচ হিসাব
report-income-expenditure = আয়-ব্যয় হিসাব
report-balance-sheet = উদ্বৃত্ত পত্র
report-minutes = সিদ্ধান্ত রেজিস্টার
report-period = { $from } থেকে { $to } পর্যন্ত
report-as-of = { $date } তারিখের স্থিতি

## Columns
col-date = তারিখ
col-voucher = ভাউচার নং
col-particulars = বিবরণ
col-reference = সূত্র
col-savings-deposited = সঞ্চয় জমা
col-savings-withdrawn = সঞ্চয় উত্তোলন
col-savings-balance = সঞ্চয় স্থিতি
col-loan-disbursed = গৃহীত ঋণ
col-principal-repaid = আসল পরিশোধ
col-interest-paid = সুদ পরিশোধ
col-fine-paid = জরিমানা
col-loan-balance = ঋণ স্থিতি
col-member = সদস্য
col-note = মন্তব্য
col-receipts = জমা
col-payments = খরচ
col-balance = স্থিতি
col-member-no = সদস্য নং
col-name = নাম
col-opening-balance = প্রারম্ভিক স্থিতি
col-closing-balance = সমাপনী স্থিতি
col-loan-no = ঋণ নং
col-fund = তহবিলের উৎস
col-disbursed-on = বিতরণের তারিখ
col-principal = আসল
col-rate = হার
col-rate-period = মেয়াদ
col-method = সুদের পদ্ধতি
col-instalments = কিস্তি
col-outstanding = বকেয়া
col-status = অবস্থা
col-guarantors = জামিনদার
col-overdue-at-start = শুরুতে খেলাপি
col-demand-in-period = মেয়াদে প্রাপ্য
col-demand = চাহিদা
col-collection = আদায়
col-overdue = খেলাপি
col-overdue-principal = খেলাপি আসল
col-overdue-interest = খেলাপি সুদ
col-fine-due = প্রাপ্য জরিমানা
col-days-past-due = খেলাপি দিন
col-measure = মাপকাঠি
col-share = অংশ
col-account = হিসাব
col-debit = ডেবিট
col-credit = ক্রেডিট
col-head = খাত
col-amount = টাকার পরিমাণ
col-meeting-no = সভা নং
col-weekday = বার
col-place = স্থান
col-present = উপস্থিত
col-late = দেরিতে
col-on-leave = ছুটিতে
col-absent = অনুপস্থিত
col-cash-counted = গণনাকৃত নগদ
col-cash-per-book = বহি অনুযায়ী নগদ
col-difference = পার্থক্য
col-item = বিষয়
col-text = বিবরণ

## Rows
row-brought-forward = পূর্বের জের
row-total = মোট
row-subtotal = উপমোট
row-opening-balance = প্রারম্ভিক জের
row-closing-balance = সমাপনী জের
row-opening-cash = প্রারম্ভিক হাতে নগদ
row-opening-bank = প্রারম্ভিক ব্যাংক জমা
row-closing-cash = সমাপনী হাতে নগদ
row-closing-bank = সমাপনী ব্যাংক জমা
row-total-income = মোট আয়
row-total-expenditure = মোট ব্যয়
row-surplus = উদ্বৃত্ত (ব্যয়ের চেয়ে আয় বেশি)
row-deficit = ঘাটতি (আয়ের চেয়ে ব্যয় বেশি)
row-surplus-for-year = চলতি বছরের উদ্বৃত্ত
row-par = { $days } দিনের বেশি ঝুঁকিপূর্ণ ঋণ
row-portfolio = মোট বকেয়া ঋণ

## References, sections, heads
ref-reversal-of = { $voucher }-এর বিপরীত দাখিলা
ref-reversed-by = { $voucher } দ্বারা বাতিল
section-all-funds = সকল তহবিল
section-portfolio-at-risk = ঝুঁকিপূর্ণ ঋণ
section-receipts = জমা
section-payments = খরচ
section-income = আয়
section-expenditure = ব্যয়
section-liabilities = দায় ও তহবিল
section-assets = সম্পদ
section-meetings = সভাসমূহ
section-meeting = সভা { $number }, { $date }
section-loans-sanctioned = সভা { $number }-এ মঞ্জুরকৃত ঋণ
section-meeting-agenda = সভা { $number }-এর আলোচ্যসূচি: সিদ্ধান্তের অগ্রগতি ও ঋণের ব্যবহার
head-fines = জরিমানা
head-other-receipts = অন্যান্য জমা
head-other-payments = অন্যান্য খরচ
minute-agenda = আলোচ্যসূচি
minute-resolution = সিদ্ধান্ত

## Notes
note-book-balance = প্রারম্ভিক জের { $opening }, সমাপনী জের { $closing }।
note-recovery-rate = আদায়ের হার: { $demand } চাহিদার মধ্যে { $collection } আদায় ({ $percent }%)।
note-dcb-definition = চাহিদা = শুরুতে খেলাপি + মেয়াদে প্রাপ্য কিস্তি; খেলাপি = চাহিদার যা আদায় হয়নি।
note-par = { $days } দিনের বেশি ঝুঁকিপূর্ণ ঋণ: { $portfolio } বকেয়ার মধ্যে { $at_risk } ({ $percent }%)।
note-contra-excluded = হাতে নগদ ও ব্যাংকের মধ্যে স্থানান্তর কন্ট্রা দাখিলা; এগুলো জমা-খরচে দেখানো হয়নি।
note-surplus = মেয়াদের উদ্বৃত্ত: { $amount }।
note-deficit = মেয়াদের ঘাটতি: { $amount }।
note-out-of-balance = দুই পক্ষের পার্থক্য { $difference }: samuh check চালান।
note-meeting-reversed = { $date } তারিখের সভা { $number }-এর দাখিলা বাতিল করা হয়েছে।

## Loan status
loan-status-current = নিয়মিত
loan-status-overdue = খেলাপি
loan-status-repaid = পরিশোধিত
loan-status-rescheduled = পুনঃতফসিলকৃত
loan-status-cancelled = বাতিল

## Weekdays
weekday-mon = সোমবার
weekday-tue = মঙ্গলবার
weekday-wed = বুধবার
weekday-thu = বৃহস্পতিবার
weekday-fri = শুক্রবার
weekday-sat = শনিবার
weekday-sun = রবিবার

## samuh check: the checks and their findings
check-vouchers-balance = প্রতিটি ভাউচার মিলেছে
check-sub-ledgers = সদস্য ও ঋণ হিসাব খতিয়ানের সাথে মেলে
check-cash-not-negative = নগদ ও ব্যাংক কখনো শূন্যের নিচে নয়
check-loan-balances = ঋণের স্থিতি বিতরণ ও আদায়ের সাথে মেলে
check-voucher-numbers = ভাউচার নম্বরে কোনো ফাঁক নেই
check-hash-chain = সংরক্ষণের পরে কোনো দাখিলা বদলানো হয়নি
check-reversals = প্রতিটি বিপরীত দাখিলা মূল দাখিলা ঠিকঠাক বাতিল করে
finding-unbalanced = ভাউচার { $voucher } { $difference } টাকায় মেলেনি।
finding-unknown-account = ভাউচার { $voucher }-এর হিসাব { $account } হিসাব তালিকায় নেই।
finding-foreign-key = ভাউচার { $voucher }-এ { $account } হিসাবে অন্য সংগঠনের সদস্য বা ঋণ রয়েছে।
finding-missing-sub-ledger = ভাউচার { $voucher }-এ { $account } হিসাবে সদস্য বা ঋণের উল্লেখ নেই।
finding-sub-ledger-mismatch = হিসাব { $account } { $control }, কিন্তু সদস্য বা ঋণ হিসাবের যোগফল { $sum }।
finding-negative-savings = সদস্য { $member } সঞ্চয়ের চেয়ে { $balance } বেশি তুলেছেন।
finding-negative-cash = { $date } তারিখে { $account } শূন্যের নিচে ছিল: { $balance }।
finding-loan-balance = ঋণ { $loan }: স্থিতি { $balance }, বিতরণ { $disbursed } বিয়োগ আদায় { $repaid }-এর সমান নয়।
finding-wrong-fiscal-year = ভাউচার { $voucher } ভুল অর্থবছরে নম্বর পেয়েছে।
finding-number-gap = বছর { $year }: ভাউচার { $expected } নেই (পাওয়া গেছে { $found })।
finding-hash-broken = ভাউচার { $voucher } সংরক্ষণের পরে বদলানো হয়েছে।
finding-bad-reversal = বিপরীত দাখিলা { $voucher } মূল দাখিলা ঠিকঠাক বাতিল করে না।
