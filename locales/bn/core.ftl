# সামূহ — মূল বার্তা (বাংলা)। প্রতিটি id ইংরেজি ফাইলের সাথে মিলতে হবে।

## ত্রুটি: কী ভুল এবং কী করতে হবে।

error-invalid-amount = { $field }: “{ $input }” কোনো টাকার অঙ্ক নয়। শুধু সংখ্যা লিখুন, চাইলে হাজারের মাঝে কমা দিন, যেমন { DIGITS("1,250.50") }।
error-negative-amount = { $field }: “{ $input }” শূন্যের কম। বিয়োগ চিহ্ন (-) ছাড়া অঙ্ক লিখুন; কোনো হিসাব বাতিল করতে তার ভাউচার উল্টে দিন।
error-too-many-decimals = { $field }: “{ $input }” এ দশমিকের পরে { $digits }টি অঙ্ক আছে। টাকায় সর্বোচ্চ { DIGITS("2") }টি (পয়সা) থাকতে পারে; অঙ্কটি পূর্ণ করুন।
error-amount-too-large = { $field }: “{ $input }” এই হিসাবের জন্য অনেক বড় অঙ্ক: সবচেয়ে বড় গ্রহণযোগ্য অঙ্ক { $limit }। বাড়তি কোনো সংখ্যা লেখা হয়েছে কি না দেখুন।
error-invalid-date = { $field }: “{ $input }” কোনো তারিখ নয়। দিন-মাস-বছর লিখুন, যেমন { DIGITS("14-04-2025") }।
error-date-in-future = তারিখ { $date } আজকের ({ $today }) পরের। শুধু যা ঘটে গেছে তা-ই লিখুন, অথবা কম্পিউটারের ঘড়ি দেখুন।
error-date-before-formation = তারিখ { $date } সমিতি গঠনের ({ $formed }) আগের। তারিখটি দেখুন, অথবা গঠনের তারিখ ঠিক করুন।
error-date-before-opening = তারিখ { $date } হিসাব খোলার ({ $opening }) আগের। এটি প্রারম্ভিক স্থিতির অংশ হিসেবে লিখুন।
error-invalid-number = { $field }: “{ $input }” কোনো সংখ্যা নয়। শুধু অঙ্ক লিখুন, যেমন { DIGITS("12") }।
error-invalid-choice = { $field }: “{ $value }” দেওয়া বিকল্পগুলোর একটি নয়। তালিকা থেকে একটি বেছে নিন।
error-period-backwards = সময়কাল { $from } তারিখে শুরু হয়, যা এর শেষ { $to }-এর পরে। শেষের তারিখে বা তার আগে শুরুর তারিখ দিন।
error-required = { $field } পূরণ করা আবশ্যক। এটি পূরণ করে আবার চেষ্টা করুন।
error-unknown-organisation = এই বহিতে “{ $org }” নামে কোনো সমিতি নেই। নাম বা কোড দেখুন, অথবা আগে সমিতিটি তৈরি করুন।
error-duplicate-organisation = “{ $org }” নামে সমিতি আগে থেকেই আছে। অন্য নাম বা কোড বেছে নিন।
error-unknown-member = “{ $member }” নামে কোনো সদস্য নেই। সদস্য নম্বর দেখুন, অথবা আগে সদস্যটি যোগ করুন।
error-duplicate-member = সদস্য “{ $member }” আগে থেকেই আছেন। অন্য সদস্য নম্বর দিন।
error-member-exited = { $member } { $exited } তারিখে সমিতি ছেড়েছেন। সেই তারিখের পরে এই সদস্যের কোনো হিসাব লেখা যাবে না।
error-member-not-yet-joined = { $member } সমিতিতে যোগ দিয়েছেন { $joined } তারিখে। তারিখটি দেখুন, অথবা যোগদানের তারিখ ঠিক করুন।
error-member-has-balance = { $member } এর এখনও { $balance } টাকা স্থিতি আছে। সদস্য চলে যাওয়ার আগে সঞ্চয় ও ঋণের হিসাব মিটিয়ে নিন।
error-org-code-invalid = সংক্ষিপ্ত কোড “{ $code }”-এ কেবল অক্ষর, অঙ্ক, ড্যাশ (-) ও আন্ডারস্কোর (_) থাকতে পারে, ফাঁকা জায়গা নয়: যেমন shg-belwa। প্রতিটি কমান্ড ও ফাইল সংগঠনকে এটি দিয়েই চেনে।
error-exit-before-last-entry = { $member } { $date } তারিখে সমিতি ছাড়তে পারেন না: খাতায় এই সদস্যের লেনদেন { $last } পর্যন্ত আছে (সঞ্চয়, ঋণ, বা সভায় উপস্থিতি)। ছাড়ার তারিখ { $last } বা তার পরে দিন।
error-guarantor-of-running-loan = { $member } { $borrower }-এর ঋণ { $loan }-এর জামিনদার, যার এখনো { $owed } বাকি। সেই ঋণ শোধ হওয়ার পরেই এই সদস্য সমিতি ছাড়তে পারবেন।
error-member-listed-twice = { $member } এই তালিকায় দুবার আছেন। একটি সারি মুছে দিন।
error-no-policy = { $date } তারিখে কোনো উপবিধি চালু নেই। আগে সেই তারিখ থেকে সমিতির নিয়ম (সঞ্চয়, সুদ, ঋণসীমা) লিখুন।
error-loan-above-cap = { $member } এর জন্য { $amount } টাকার ঋণ সমিতির সীমা { $cap } টাকার বেশি। কম অঙ্ক লিখুন অথবা উপবিধি বদলান।
error-too-few-guarantors = { $member } এর জামিনদার { $given } জন, কিন্তু উপবিধি অনুযায়ী { $required } জন লাগবে। আরও জামিনদার যোগ করুন।
error-invalid-guarantor = { $guarantor } { $member } এর জামিনদার হতে পারবেন না। জামিনদারকে সমিতির অন্য একজন সক্রিয় সদস্য হতে হবে; অন্য কাউকে বেছে নিন।
error-invalid-loan-terms = এই ঋণের শর্ত গ্রহণযোগ্য নয়: { $detail ->
        [principal] পরিমাণ শূন্যের বেশি হতে হবে
        [rate] সুদের হার { DIGITS("0") } থেকে { DIGITS("100") } %-এর মধ্যে হতে হবে
        [instalments] কিস্তির সংখ্যা { DIGITS("1") } থেকে { DIGITS("520") }-এর মধ্যে হতে হবে
        [grace] গ্রেস পিরিয়ড কিস্তির সংখ্যার চেয়ে কম হতে হবে
        [bullet-grace] এককালীন পরিশোধের ঋণে গ্রেস পিরিয়ড থাকে না
        [rounding] পূর্ণসংখ্যা করার একক শূন্যের বেশি হতে হবে
        [rounding-above-principal] পূর্ণসংখ্যা করার একক ঋণের চেয়ে বড়
        [due-date] শেষ কিস্তির তারিখ অনেক দূরে
        [too-large] সুদ এত বেশি যে লেখা যায় না
        [reschedule-principal] নতুন সূচি ঠিক বাকি আসলের পরিমাণের হতে হবে
       *[other] শর্তগুলো একসাথে মেলে না
    }। সুদের হার, কিস্তির সংখ্যা ও তারিখগুলো দেখুন।
error-unknown-loan = “{ $loan }” নামে কোনো ঋণ নেই। ঋণ নম্বর দেখুন।
error-loan-not-active = ঋণ { $loan } চালু নেই (বন্ধ হয়ে গেছে বা এখনও বিতরণ হয়নি)। একটি চালু ঋণ বেছে নিন।
error-loan-not-of-member = ঋণ { $loan } { $member } এর নয়। সদস্যের নিজের ঋণ বেছে নিন।
error-repayment-above-owed = { $amount } টাকার ঋণ আদায় ঋণ { $loan } এর বকেয়া { $owed } টাকার বেশি। সর্বোচ্চ { $owed } লিখুন।
error-prepayment-not-allowed = { $amount } টাকার ঋণ আদায় ঋণ { $loan } এর এখনকার প্রাপ্য কিস্তি { $due } টাকার বেশি, আর উপবিধিতে আগাম পরিশোধের অনুমতি নেই। সর্বোচ্চ { $due } লিখুন।
error-repaid-later = ঋণ { $loan } এর { $date } তারিখের আদায় আগেই লেখা আছে, যা এই তারিখের পরের; আদায় তারিখের ক্রমেই লিখতে হয়। আগে পরের আদায়টি বাতিল (রিভার্স) করুন, তারপর আদায়গুলো পুরোনো থেকে নতুন ক্রমে আবার লিখুন।
error-reschedule-before-later = ঋণ { $loan } { $date } তারিখে পুনঃতফসিল করা যায় না: এর { $later } তারিখের একটি কিস্তি পরিশোধ বা পুনঃতফসিল আছে, যা আগের শর্তে হিসাব হয়েছে। পুনঃতফসিলের তারিখ { $later } বা তার পরে দিন, অথবা আগে পরের লেনদেনটি বাতিল (রিভার্স) করুন।
error-withdrawal-above-savings = { $member } { $amount } টাকা তুলতে চান, কিন্তু তাঁর সঞ্চয় মাত্র { $balance } টাকা। সর্বোচ্চ { $balance } লিখুন।
error-cash-below-zero = { $date } তারিখে হাতে নগদ শূন্যের নিচে নেমে যাবে, { $shortfall } টাকা কম পড়বে। হিসাবগুলো দেখুন, অথবা আগে ব্যাংক থেকে তোলা টাকা লিখুন।
error-bank-below-zero = { $date } তারিখে ব্যাংক স্থিতি শূন্যের নিচে নেমে যাবে, { $shortfall } টাকা কম পড়বে। হিসাবগুলো দেখুন, অথবা আগে জমার হিসাব লিখুন।
error-bank-loan-above-owed = { $amount } টাকার ব্যাংক ঋণ পরিশোধ ব্যাংকের বকেয়া { $owed } টাকার বেশি। সর্বোচ্চ { $owed } লিখুন।
error-meeting-already-recorded = { $date } তারিখের সভা আগেই লেখা হয়েছে। আবার না লিখে সেই সভাটি খুলে সংশোধন করুন।
error-opening-already-recorded = প্রারম্ভিক স্থিতি আগেই লেখা হয়েছে। সংশোধন করতে প্রারম্ভিক ভাউচারটি উল্টে দিয়ে আবার লিখুন।
error-opening-after-entries = প্রারম্ভিক স্থিতি হিসাবের প্রথম এন্ট্রি হতে হবে। কোনো সভা বা খরচের আগে এটি লিখুন।
error-unbalanced-voucher = এই ভাউচার মিলছে না: ডেবিট ও ক্রেডিটে { $difference } টাকার পার্থক্য। অঙ্কগুলো ঠিক করুন যাতে দুটো সমান হয়।
error-empty-voucher = এই ভাউচারে কোনো অঙ্ক নেই। অন্তত একটি অঙ্ক লিখুন।
error-unknown-voucher = “{ $voucher }” নম্বরের কোনো ভাউচার নেই। ভাউচার নম্বর দেখুন।
error-already-reversed = ভাউচার { $voucher } আগেই উল্টানো হয়েছে। আর কিছু বাতিল করার নেই।
error-cannot-reverse-reversal = ভাউচার { $voucher } নিজেই একটি উল্টো এন্ট্রি, এটি উল্টানো যায় না। সঠিক এন্ট্রিটি আবার লিখুন।
error-reason-required = অনুগ্রহ করে কারণ লিখুন। প্রতিটি সংশোধন তার কারণসহ হিসাবে রাখা হয়।
error-corrupt-file = ফাইল { $path } নষ্ট হয়ে গেছে ({ $detail })। আপনার সর্বশেষ ব্যাকআপ খুলুন।
error-file-unreadable = { $path } পড়া গেল না: { $reason ->
    [not-found] ফাইলটি সেখানে নেই। পেন ড্রাইভ বা ফোল্ডার লাগানো আছে কি না এবং নাম ঠিক কি না দেখুন।
    [permission] এই কম্পিউটারের ব্যবহারকারীর এটি খোলার অনুমতি নেই। যিনি কম্পিউটার সাজিয়েছেন তাঁকে অনুমতি দিতে বলুন, অথবা ফাইলটি নিজের ফোল্ডারে কপি করুন।
    [disk-full] ডিস্ক ভরে গেছে। কিছু জায়গা খালি করে আবার চেষ্টা করুন।
    [read-only] ডিস্ক বা পেন ড্রাইভে লেখা বন্ধ করা আছে। সেই বাধা সরান, অথবা ফাইলটি অন্য ফোল্ডারে কপি করুন।
    [damaged] ফাইলটি নষ্ট বা অসম্পূর্ণ। খাতার ব্যাকআপ ব্যবহার করুন।
   *[other] কম্পিউটার একটি সমস্যার কথা জানিয়েছে ({ $detail })। ফাইলটি আছে কি না এবং পেন ড্রাইভ বা ফোল্ডার লাগানো আছে কি না দেখুন।
}
error-newer-database = এই বহি সামূহের নতুন সংস্করণে সংরক্ষিত (সংস্করণ { $found }; এই প্রোগ্রাম { $supported } পর্যন্ত জানে)। খুলতে সামূহ হালনাগাদ করুন।
error-not-a-book = { $path } সামূহের কোনো হিসাব বহি নয়। সামূহে তৈরি একটি বহি ফাইল বেছে নিন।
error-database = হিসাব বহি সংরক্ষণ বা পড়া যায়নি ({ $detail })। কিছুই বদলায়নি; আবার চেষ্টা করুন, বারবার হলে সর্বশেষ ব্যাকআপ ফিরিয়ে আনুন।
error-unknown-report = “{ $name }” নামে কোনো প্রতিবেদন নেই। তালিকা থেকে প্রতিবেদন বেছে নিন।
error-checks-failed = হিসাবের { $count }টি যাচাই ব্যর্থ হয়েছে। নিচের তালিকা দেখে প্রতিটি এন্ট্রি সংশোধন করুন।

## ঘরের নাম।

field-amount = টাকার অঙ্ক
field-savings = সঞ্চয়
field-repayment = ঋণ আদায়
field-withdrawal = সঞ্চয় উত্তোলন
field-fine = জরিমানা
field-loan = ঋণ
field-date = তারিখ
field-meeting-date = সভার তারিখ
field-formed-on = গঠনের তারিখ
field-joined-on = যোগদানের তারিখ
field-rate = সুদের হার
field-dividend-rate = লভ্যাংশের হার
field-instalments = কিস্তির সংখ্যা
field-cash-counted = গণনাকৃত নগদ
field-opening-cash = প্রারম্ভিক হাতে নগদ
field-opening-bank = প্রারম্ভিক ব্যাংক স্থিতি
field-principal = আসল
field-interest = সুদ
field-guarantors = জামিনদার
field-name = নাম
field-admission-no = সদস্য নম্বর
field-org = সমিতি
field-member = সদস্য
field-file = ফাইল
field-reason = কারণ
field-language = ভাষা
field-digits = অঙ্ক
field-calendar = পঞ্জিকা
field-kind = সমিতির ধরন
field-country = দেশ
field-frequency = সভা কতদিন পরপর
field-time = সময়
field-notes = মন্তব্য
field-repayment-frequency = কিস্তি কতদিন পরপর
field-benefit-kind = সহায়তার ধরন
field-expense-head = খরচের খাত
field-line-kind = লেনদেনের ধরন
field-method = সুদের পদ্ধতি
field-role = পদ
field-attendance = উপস্থিতি
field-fund = তহবিলের উৎস
field-currency = মুদ্রা
field-saving-per-meeting = প্রতি সভায় সঞ্চয়
field-loan-cap = ঋণসীমা
field-rounding = পূর্ণসংখ্যায় আনা

## সমিতির ধরন।

kind-shg = আত্মসহায়ক দল (SHG)
kind-village-organisation = গ্রাম সংগঠন (VO)
kind-village-fund = গ্রাম তহবিল
kind-savings-group = সঞ্চয় দল
kind-cooperative = সমবায় সমিতি
kind-welfare-club = কল্যাণ সমিতি
kind-vsla = সঞ্চয় দল (VSLA)
kind-cluster-federation = ক্লাস্টার স্তরের ফেডারেশন (CLF)
kind-cooperative-office = সমবায় কার্যালয়
kind-fund-centre = তহবিল ব্যবস্থাপনা কেন্দ্র

country-in = ভারত
country-bd = বাংলাদেশ
country-th = থাইল্যান্ড

frequency-weekly = সাপ্তাহিক
frequency-fortnightly = পাক্ষিক
frequency-monthly = মাসিক

role-president = সভাপতি
role-secretary = সম্পাদক
role-treasurer = কোষাধ্যক্ষ
role-member = সদস্য

attendance-present = উপস্থিত
attendance-late = দেরিতে
attendance-absent-with-leave = ছুটি নিয়ে অনুপস্থিত
attendance-absent = অনুপস্থিত

## ঋণ।

method-flat = ফ্ল্যাট (মূল ঋণের উপর সুদ)
method-reducing-equal-principal = ক্রমহ্রাসমান স্থিতিতে, সমান আসল
method-reducing-emi = ক্রমহ্রাসমান স্থিতিতে, সমান কিস্তি (EMI)
method-bullet = পুরো টাকা মেয়াদ শেষে একবারে

repay-frequency-weekly = সাপ্তাহিক
repay-frequency-fortnightly = পাক্ষিক
repay-frequency-monthly = মাসিক
repay-frequency-annual = বার্ষিক

rate-period-month = মাসিক
rate-period-year = বার্ষিক

fund-own-savings = নিজস্ব সঞ্চয়
fund-revolving-fund = আবর্তক তহবিল (RF)
fund-community-investment-fund = সমাজ বিনিয়োগ তহবিল (CIF)
fund-bank-loan = ব্যাংক ঋণ
fund-village-fund-capital = গ্রাম তহবিলের মূলধন
fund-welfare-fund = কল্যাণ তহবিল

part-fine = জরিমানা
part-interest = সুদ
part-principal = আসল

## হিসাব ও ভাউচার।

account-type-asset = সম্পদ
account-type-liability = দায়
account-type-equity = মূলধন ও তহবিল
account-type-income = আয়
account-type-expense = ব্যয়

voucher-kind-opening = প্রারম্ভিক স্থিতি
voucher-kind-meeting = সভা
voucher-kind-disbursement = ঋণ বিতরণ
voucher-kind-repayment = ঋণ আদায়
voucher-kind-receipt = জমা
voucher-kind-payment = খরচ
voucher-kind-reversal = উল্টো এন্ট্রি

line-opening = প্রারম্ভিক স্থিতি
line-saving = সঞ্চয়
line-withdrawal = সঞ্চয় উত্তোলন
line-disbursement = ঋণ বিতরণ
line-principal = আসল আদায়
line-interest = সুদ
line-loan-fine = দেরিতে কিস্তির জরিমানা
line-attendance-fine = অনুপস্থিতির জরিমানা
line-bank-deposit = ব্যাংকে জমা
line-bank-withdrawal = ব্যাংক থেকে উত্তোলন
line-bank-loan-received = ব্যাংক ঋণ প্রাপ্তি
line-bank-loan-repaid = ব্যাংক ঋণ পরিশোধ
line-bank-loan-interest = ব্যাংক ঋণের সুদ
line-bank-interest = ব্যাংক থেকে প্রাপ্ত সুদ
line-grant = অনুদান
line-membership-fee = ভর্তি ফি
line-other-income = অন্যান্য আয়
line-expense = ব্যয়
line-cash-shortage = গণনায় নগদ কম
line-cash-excess = গণনায় নগদ বেশি
line-reversal = উল্টো এন্ট্রি

account-cash = হাতে নগদ
account-bank = ব্যাংকে জমা
account-loans-to-members = সদস্যদের ঋণ
account-member-savings = সদস্যদের সঞ্চয়
account-bank-loan = ব্যাংক ঋণ
account-cif-payable = ফেডারেশনকে দেয় CIF
account-revolving-fund = আবর্তক তহবিল (RF)
account-village-fund-capital = গ্রাম তহবিলের মূলধন
account-welfare-fund = কল্যাণ তহবিল
account-share-capital = শেয়ার মূলধন
account-reserve-fund = সংরক্ষিত তহবিল
account-accumulated-surplus = সঞ্চিত উদ্বৃত্ত
account-interest-income = ঋণের সুদ আয়
account-fine-income = জরিমানা আয়
account-bank-interest-income = ব্যাংক সুদ আয়
account-grant-income = অনুদান প্রাপ্তি
account-membership-fee-income = ভর্তি ফি আয়
account-other-income = অন্যান্য আয়
account-cash-excess = গণনায় নগদ বেশি
account-bank-loan-interest = ব্যাংক ঋণের সুদ প্রদান
account-meeting-expense = সভা খরচ
account-stationery-expense = মনিহারি
account-travel-expense = যাতায়াত খরচ
account-honorarium-expense = সম্মানী (হিসাবরক্ষক)
account-bank-charges = ব্যাংক চার্জ
account-training-expense = প্রশিক্ষণ
account-other-expense = অন্যান্য খরচ
account-cash-shortage = গণনায় নগদ কম

## সেটিংস।

currency-INR = ভারতীয় রুপি
currency-BDT = বাংলাদেশি টাকা
currency-THB = থাই বাত

lang-en = English
lang-hi = हिन्दी
lang-bn = বাংলা
lang-th = ไทย

calendar-gregorian = খ্রিস্টাব্দ (ইংরেজি)
calendar-buddhist = বুদ্ধাব্দ (BE)
calendar-bangabda = বঙ্গাব্দ (বাংলা সন)

digits-latin = 0 1 2 3 (আন্তর্জাতিক)
digits-native = বাংলা অঙ্ক (১ ২ ৩)
error-guarantors-out-of-range = ঋণের জন্য { $input } জন জামিনদার চাওয়া যায় না: উপবিধি { DIGITS("0") } থেকে { $max } জন পর্যন্ত চাইতে পারে। ছোট সংখ্যা লিখুন।
error-request-malformed = “{ $command }” নির্দেশকে এমন কিছু পাঠানো হয়েছে যা সে পড়তে পারে না: { $reason ->
        [eof] অনুরোধটি মাঝপথে শেষ হয়ে গেছে।
        [unknown-field] “{ $key }” এমন নাম নয় যা সে নেয়।
        [missing-field] “{ $key }” দরকার, কিন্তু দেওয়া হয়নি।
        [duplicate-field] “{ $key }” দুবার দেওয়া হয়েছে।
        [type] ভুল ধরনের মান (টাকার অঙ্ক ও তারিখ লেখা হিসেবে পাঠানো হয়)।
       *[other] অনুরোধটি ঠিক আকারে নেই।
    } কিছুই সংরক্ষণ করা হয়নি। এটি পাঠানো প্রোগ্রামের ত্রুটি; আপনি কী করছিলেন তা জানিয়ে এটি জানান।
error-no-welfare-fee = { $date } তারিখে চালু কল্যাণ নিয়মে কোনো বার্ষিক চাঁদা ঠিক করা নেই, তাই আদায়ের কিছু নেই। ক্লাব বার্ষিক চাঁদা নিলে আগে কল্যাণ নিয়মে তা ঠিক করুন।
error-amount-not-positive = { $field }: { $input } লেখার মতো কোনো অঙ্ক নয়; অঙ্কটি শূন্যের বেশি হতে হবে।
