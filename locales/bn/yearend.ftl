# বছর শেষ: ব্যাংক সংযোগ (ভারত), লাভ বণ্টন (বাংলাদেশ সমবায় ধারা ৩৪, থাই তহবিলের ছক),
# সদস্যভিত্তিক লভ্যাংশ ও গড় ফেরত।

## Errors
error-no-profit-to-appropriate = বণ্টনের জন্য কোনো নিট লাভ নেই: এই মেয়াদের ফল { $result }। কিছুই বণ্টন করা যাবে না।
error-percent-out-of-range = শতাংশ { $percent }% { DIGITS("0") } থেকে { DIGITS("100") }-এর মধ্যে নয়। বণ্টনের সেটিং সংশোধন করুন।
error-reserve-below-minimum = সংরক্ষিত তহবিলের অংশ { $percent }% সর্বনিম্ন { $minimum }%-এর কম। সংরক্ষিত তহবিলের অংশ বাড়ান।
error-appropriation-above-hundred = বণ্টনের অংশগুলোর যোগফল { $total }%, যা পুরো নিট লাভের চেয়ে বেশি। কয়েকটি অংশ কমান।
error-allocation-not-hundred = বণ্টনের শতাংশগুলোর যোগফল { $total }%; যোগফল ঠিক { DIGITS("100") }% হতে হবে। বণ্টনের ছক সংশোধন করুন।
error-no-shares-to-share-out = এই চক্রে কোনো শেয়ার কেনা হয়নি, তাই বণ্টনের কিছু নেই।

## Titles and sections
report-bank-linkage = ব্যাংক সংযোগের যোগ্যতা
report-appropriation = নিট লাভ বণ্টন হিসাব
section-corpus = মূল তহবিল (কর্পাস)
section-linkage-doses = ব্যাংক ঋণের ধাপ
section-subvention = পরবর্তী ধাপে সুদ ভর্তুকি
section-net-profit = মেয়াদের নিট লাভ
section-appropriation = নিট লাভের বণ্টন
section-audit-levy = নিরীক্ষা ফি ও ভ্যাট
section-dividend = সদস্যভিত্তিক লভ্যাংশ
section-average-return = গড় ফেরত (পরিশোধিত সুদের অনুপাতে)

## Columns
col-dose = ধাপ
col-multiple-of-corpus = কর্পাসের গুণিতক
col-minimum = সর্বনিম্ন
col-eligible = যোগ্য অঙ্ক
col-paid-up-shares = পরিশোধিত শেয়ার
col-dividend = লভ্যাংশ
col-month-weighted = মাসিক স্থিতির যোগফল
col-average-balance = গড় স্থিতি
col-eligibility = যোগ্যতা
col-average-return = গড় ফেরত

## Rows
row-grants-received = প্রাপ্ত অনুদান
row-corpus = কর্পাস
row-dose = ধাপ { $dose }
row-dose-next = ধাপ { $dose } (পরবর্তী)
row-subvented-principal = ভর্তুকির আওতায় ঋণ
row-interest-charged = ব্যাংকের ধার্য সুদ { $rate }% হারে
row-prompt-credit = সময়মতো পরিশোধে ফেরত { $rate }% হারে
row-net-interest = সময়মতো পরিশোধ করলে দলের সুদের দায়
row-net-profit = নিট লাভ
row-audit-fee = নিট লাভের { $rate }% হারে নিরীক্ষা ফি
row-vat-on-audit-fee = নিরীক্ষা ফির উপর { $rate }% ভ্যাট
row-paid-up-capital = পরিশোধিত শেয়ার মূলধন
bucket-reserve = সংরক্ষিত তহবিল
bucket-bad-debt-fund = অনাদায়ী ও সন্দেহজনক ঋণ তহবিল
bucket-coop-development-fund = সমবায় উন্নয়ন তহবিল (CDF)
bucket-bylaw-funds = উপবিধি অনুযায়ী তহবিল
bucket-dividend = সদস্যদের লভ্যাংশ
bucket-average-return = ঋণগ্রহীতাদের গড় ফেরত
bucket-welfare = কল্যাণ তহবিল
bucket-committee = কমিটির সম্মানী
bucket-public-benefit = জনকল্যাণ
bucket-undistributed-to-reserve = সীমার অতিরিক্ত লভ্যাংশ, সংরক্ষিত তহবিলে
eligibility-eligible = যোগ্য
eligibility-defaulted = খেলাপি: কিছু নয়

## Notes
note-linkage-india-only = NRLM ও নাবার্ডের নিয়মে ব্যাংক সংযোগ কেবল ভারতের আত্মসহায়ক দলের জন্য প্রযোজ্য।
note-corpus-rule = কর্পাস = সদস্যদের সঞ্চয় + ঘূর্ণায়মান তহবিল + যেকোনো অনুদান, প্রতিবেদনের তারিখে, খতিয়ান থেকে।
note-linkage-age = গঠিত { $formed }: পূর্ণ { $months } মাস। ব্যাংক দলের নিজস্ব বহি অনুযায়ী অন্তত { DIGITS("6") } মাস সক্রিয় থাকা চায়।
note-dose-rule = প্রতিটি ধাপ কর্পাসের গুণিতক ও সর্বনিম্ন অঙ্কের মধ্যে যেটি বেশি; সারণির পরের ধাপ শেষ সারির মতো ধরা হয়।
note-next-dose = এই বহিতে প্রাপ্ত ব্যাংক ঋণ: { $received }টি। পরবর্তী ধাপ { $dose }, যোগ্য অঙ্ক { $amount }।
note-linkage-conditions = ব্যাংক পঞ্চসূত্র পালন ও নাবার্ডের নিয়মে গ্রেডিংও চায়; এই প্রতিবেদনে সেগুলো যাচাই করা হয়নি।
note-subvention-basis = ঋণের সর্বোচ্চ { $limit } অঙ্কের উপর { $months } মাসের সুদ, ঋণ × হার × মাস ÷ { DIGITS("12") } হিসেবে। ব্যাংক দৈনিক স্থিতির উপর হিসাব করে, তাই প্রকৃত অঙ্ক কিছুটা ভিন্ন হবে।
note-net-profit-rule = নিট লাভ = মেয়াদের আয় − ব্যয়, জাবেদা থেকে যোগ করে।
note-provisional = মেয়াদটি পূর্ণ অর্থবছর ({ $start } থেকে { $end }) নয়: অঙ্কগুলো অস্থায়ী।
note-no-appropriation-rule = এই ধরনের সংগঠনের জন্য কোনো বণ্টন নিয়ম নির্ধারিত নেই; উদ্বৃত্তের ব্যবহার সাধারণ সভা ঠিক করে।
note-s34-order = সমবায় সমিতি আইন { DIGITS("2001") }, ধারা { DIGITS("34") }-এর ক্রম: সংরক্ষিত তহবিল অন্তত { $minimum }%, অনাদায়ী ও সন্দেহজনক ঋণ তহবিল (কেবল অর্থায়নকারী সমিতি), CDF, উপবিধি অনুযায়ী তহবিল; বাকিটা লভ্যাংশ, নিট লাভের সর্বোচ্চ { $cap }%, তার বেশি হলে সংরক্ষিত তহবিলে।
note-bad-debt-applied = সমিতি সদস্যদের ঋণ দেয় বলে অনাদায়ী ও সন্দেহজনক ঋণ তহবিল প্রযোজ্য।
note-bad-debt-not-applied = অনাদায়ী ও সন্দেহজনক ঋণ তহবিল প্রযোজ্য নয়: এই বহিতে সমিতি সদস্যদের ঋণ দেয়নি।
note-template = শতাংশগুলো তহবিলের বণ্টন ছক থেকে, যার যোগফল { DIGITS("100") }% হতে হবে। পূর্বনির্ধারিত ভাগটি উদাহরণ মাত্র, বিধি নয়: তহবিলের নিজের ছক দিন।
note-appropriation-rounding = প্রতিটি অংশ { $unit } পর্যন্ত পূর্ণসংখ্যায় আনা হয়েছে; পূর্ণসংখ্যার পার্থক্য শেষ অংশে যায়, তাই অংশগুলোর যোগফল ঠিক নিট লাভের সমান।
note-audit-levy = উপরের নিট লাভের উপর হিসাব; প্রদেয় অঙ্ক নিরীক্ষিত নিট লাভের উপর।
note-no-share-capital = এই বহিতে কোনো পরিশোধিত শেয়ার মূলধন লেখা নেই, তাই { $pool } লভ্যাংশ সদস্যদের মধ্যে ভাগ করা যাচ্ছে না। দেখতে চাইলে সদস্যদের শেয়ার লিখুন।
note-coop-dividend-rate = লভ্যাংশের হার = { $pool } ÷ পরিশোধিত মূলধন { $capital } = { $rate }%; প্রত্যেক সদস্য তার পরিশোধিত শেয়ার × হার পান।
note-residual = পূর্ণসংখ্যার পার্থক্য তহবিলে রাখা হলো: { $amount }।
note-dividend-base-shares = লভ্যাংশ প্রত্যেক সদস্যের শেয়ারের অনুপাতে, মেয়াদের { $months } মাসে মাসভিত্তিক ভারে।
note-dividend-base-savings = লভ্যাংশ প্রত্যেক সদস্যের সঞ্চয়ের অনুপাতে, মেয়াদের { $months } মাসে মাসভিত্তিক ভারে।
note-month-first-day = প্রতি মাসে তার প্রথম দিনের স্থিতি গোনা হয়: জমা পরের মাস থেকে গোনা হয়।
note-month-last-day = প্রতি মাসে তার শেষ দিনের স্থিতি গোনা হয়: জমা সেই মাস থেকেই গোনা হয়।
note-thai-dividend-rate = লভ্যাংশের হার = { $pool } ÷ গড় স্থিতির যোগফল { $total } = মেয়াদের জন্য { $rate }%।
note-average-return-rate = গড় ফেরতের হার = { $pool } ÷ আদায়কৃত ঋণের সুদ { $interest } = প্রত্যেক সদস্যের পরিশোধিত সুদের { $rate }%।
note-defaulters = যে সদস্যের কোনো কিস্তি { $date } তারিখে খেলাপি, অথবা যিনি মেয়াদে দেরির কিস্তির জরিমানা দিয়েছেন, তিনি খেলাপি গণ্য হন এবং গড় ফেরত পান না; সেই অংশ তহবিলে থাকে।
note-average-return-kept = তহবিলে রাখা হলো (খেলাপিদের অংশ ও পূর্ণসংখ্যার পার্থক্য): { $amount }।
note-interest-unassigned = মেয়াদে খতিয়ানের ঋণের সুদ { $ledger }, কিন্তু কেবল { $members } কোনো সদস্যের ঋণের সঙ্গে মেলে; সুদের এন্ট্রিগুলো যাচাই করুন।
note-books-open-later = এই বহি { $date } থেকে শুরু: তার আগের আয় ও ব্যয় এতে নেই।

## শেয়ার, লভ্যাংশ ও বছরের সমাপনী (issue 14)
error-not-whole-shares = { $member }: { $shares } শেয়ারের পূর্ণ সংখ্যা নয়। কেনা শেয়ারের সংখ্যা লিখুন, যেমন { DIGITS("1") }, { DIGITS("2") } বা { DIGITS("5") }।
error-no-share-price = { $date } তারিখে শেয়ারের দাম ঠিক করা নেই। আগে একটি শেয়ারের দাম ঠিক করুন (samuh year share-price)।
error-kind-has-no-shares = { $org } সদস্যদের শেয়ার রাখে না। এই টাকা সঞ্চয় হিসেবে লিখুন।
error-year-closed = { $year } বছর বন্ধ হয়ে গেছে: এর ভেতরের তারিখে কিছু লেখা যায় না। বছরের পরের তারিখে লিখুন, অথবা কারণ ও দ্বিতীয় একজনকে নিয়ে বছরটি আবার খুলুন।
error-year-not-ended = { $year } বছর এখনো শেষ হয়নি: এটি { $end } তারিখে শেষ হয়। সেই দিনের পরে বন্ধ করুন।
error-year-already-closed = { $year } বছর আগেই বন্ধ হয়েছে। আবার বন্ধ করতে হলে আগে বছরটি আবার খুলুন।
error-year-not-closed = { $year } বছর বন্ধ নয়, তাই আবার খোলার কিছু নেই।
error-dividend-above-cap = { $rate }% লভ্যাংশের হার অনুমোদিত সর্বোচ্চ { $cap }% এর বেশি। { $cap }% বা তার কম হার লিখুন।
error-dividend-above-pool = { $dividend } লভ্যাংশ বছরের মুনাফা থেকে এর জন্য থাকা { $pool } এর বেশি। কম হার লিখুন।
error-later-year-closed = পরের বছর { $later } বন্ধ থাকা অবস্থায় { $year } বছর আবার খোলা যায় না। আগে { $later } আবার খুলুন।
error-fiscal-year-invalid = “{ $input }” কোনো অর্থবছর নয়। যে বছরে এটি শুরু হয় তা লিখুন, যেমন { DIGITS("2025") }, অথবা এর নাম, যেমন { DIGITS("2025-26") }।
error-option-not-for-kind = “{ $option }” সেটিংটি { $org }-এর জন্য প্রযোজ্য নয়: এর বছর এর ধরন ও দেশের নিয়মে বন্ধ হয়, যাতে এই সেটিং নেই। এটি বাদ দিন।
error-year-before-formed = { $year } বছরটি সংগঠন { $formed } তারিখে গঠিত হওয়ার আগেই শেষ হয়েছে: এর বন্ধ বা নিরীক্ষা করার কিছু নেই। পরের একটি বছর বেছে নিন।
error-year-without-entries = এই খাতায় { $year } বছরে বা তার আগে তারিখের কোনো লেনদেন নেই: খাতা শুরুর আগে সেই বছরের হিসাব কাগজে রাখা হয়েছিল। সেটি কাগজেই বন্ধ ও নিরীক্ষা করুন; এই খাতায় পরের একটি বছর বেছে নিন।
error-close-under-later-year = পরের বছর { $later } আগেই বন্ধ, তাই { $year } বছরটি তার নিচে বন্ধ বা নিরীক্ষা করা যায় না। আগে { $later } আবার খুলুন (কারণ ও দ্বিতীয় একজনকে নিয়ে), তারপর বছরগুলি ক্রমানুসারে বন্ধ করুন।
line-share-purchase = শেয়ার কেনা
line-share-return = সদস্যপদ ছাড়ায় শেয়ার ফেরত
line-year-close = বছর উদ্বৃত্তে বন্ধ
line-appropriation = উদ্বৃত্তের বণ্টন
line-dividend = লভ্যাংশ জমা
account-dividend-payable = প্রদেয় লভ্যাংশ
account-cdf-payable = প্রদেয় সমবায় উন্নয়ন তহবিল
account-bad-debt-fund = অনাদায়ী ও সন্দেহজনক ঋণ তহবিল
account-bylaw-funds = উপআইন অনুযায়ী তহবিল
account-committee-fund = প্রদেয় কমিটির সম্মানী
account-public-benefit-fund = জনকল্যাণ তহবিল
finding-record-changed-share-price = { $date } থেকে শেয়ারের দাম লেখা তথ্য থেকে আলাদা।
finding-record-changed-year-close = { $year } বছরের সমাপনী লেখা তথ্য থেকে আলাদা।
finding-record-changed-year-reopen = { $year } বছর আবার খোলার তথ্য লেখা তথ্য থেকে আলাদা।
act-year-close = বছর বন্ধ করা হয়েছে
act-year-reopen = বছর আবার খোলা হয়েছে
report-year-preview = { $year } বছরের সমাপনী: পূর্বরূপ
report-share-register = শেয়ার রেজিস্টার
report-dividends = জমা করা লভ্যাংশ
col-holding = ধারণ
col-explanation = কীভাবে হিসাব হলো
col-shares-start = শুরুতে শেয়ার
col-shares-bought = কেনা শেয়ার
col-shares-end = শেষে শেয়ার
col-credited-to = কোথায় জমা
note-year-scheme-coop-bd = সমবায় সমিতি আইনের { DIGITS("34") } ধারার ক্রমে বণ্টন: সংরক্ষিত তহবিল, অন্যান্য তহবিল, তারপর লভ্যাংশ।
note-year-scheme-coop-th = থাই সমবায় নিয়ম: প্রথমে { DIGITS("10") }% সংরক্ষিত তহবিলে, তারপর সিদ্ধান্ত নেওয়া হারে লভ্যাংশ (বছরে সর্বোচ্চ { DIGITS("10") }%); যা বণ্টন হয়নি তা সংরক্ষিত তহবিলে যায়।
note-year-scheme-template = তহবিলের নিজস্ব ছক অনুযায়ী বণ্টন, যার যোগফল { DIGITS("100") }%।
note-year-scheme-surplus-stays = উদ্বৃত্ত দলের তহবিলেই থাকে: আয় ও ব্যয় তাতে বন্ধ করা হয় এবং কিছু বণ্টন করা হয় না।
note-year-dividend-rule = লভ্যাংশ বছরে { $rate }%, { $account ->
    [share-capital] পরিশোধিত শেয়ারের
   *[member-savings] সঞ্চয়ের
} উপর, { $weighting ->
    [whole-year] বছরের শেষের ধারণের উপর
    [months-held] প্রতি মাসের শুরুর ধারণের উপর, মাসে মাসে
   *[average-balance] মাসিক ধারণের গড়ের উপর
}, { $round_at ->
    [each-month] প্রতি মাসে
   *[total] প্রতি সদস্যের মোটের উপর
} { $mode ->
    [truncate] কেটে
    [half-even] অর্ধেক জোড়ের দিকে
   *[half-up] অর্ধেক উপরের দিকে
} { $unit } পর্যন্ত পূর্ণ করা।
note-year-residual = তহবিল { $pool }, জমা { $paid }; পূর্ণ করার অবশিষ্ট { $residual } তহবিলে থাকে।
note-year-credit-savings = প্রতি সদস্যের টাকা তাঁর সঞ্চয়ে যোগ হয়।
note-year-credit-payable = প্রতি সদস্যের টাকা প্রদেয় হিসেবে রাখা হয়, সভায় নগদে দেওয়া হবে।
note-year-no-holdings = { $pool } লভ্যাংশ তহবিল ভাগ করার মতো কোনো সদস্যের শেয়ার বা সঞ্চয় নেই; এটি তহবিলে থাকে।
note-share-price = { $date } তারিখে শেয়ারের দাম { $price }।
note-shares-uncounted = { $amount } শেয়ার মূলধন সেই দিনের দামে শেয়ারের পূর্ণ সংখ্যা নয় (কাগজ থেকে আনা বা লভ্যাংশ থেকে যোগ করা): শুধু মূলধনে গোনা হয়েছে।
explain-dividend-whole-year = { $holding } × { $rate }%
explain-dividend-each-month = প্রতি মাসের ধারণের উপর { $rate }% ÷ { DIGITS("12") } → অংশ: { $months }
explain-dividend-months = { $months } মাসিক ধারণের যোগফল { $sum } ÷ { DIGITS("12") } × { $rate }%
cli-year-closed = { $org }-এর { $year } বছর বন্ধ হয়েছে (ভাউচার { $vouchers })।
cli-year-reopened = { $org }-এর { $year } বছর আবার খোলা হয়েছে (উল্টো এন্ট্রি { $vouchers })।
cli-share-price-set = { $org }-এ একটি শেয়ারের দাম { $from } থেকে { $price }।
col-paid-up-capital = পরিশোধিত মূলধন
field-credit-to = লভ্যাংশ কোথায় জমা হবে
field-price = শেয়ারের দাম
field-rounding-unit = পূর্ণ করার একক
field-rounding-mode = পূর্ণ করার পদ্ধতি
field-round-at = লভ্যাংশ কোথায় পূর্ণ করা হবে
field-weighting = লভ্যাংশের ভার
field-shares = শেয়ার
field-template = বণ্টনের ছক
field-year = বছর
