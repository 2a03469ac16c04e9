# ঋণের কিস্তির তালিকা ও প্রতিটি অঙ্ক কীভাবে হিসাব করা হলো।
report-loan-schedule = ঋণ পরিশোধের কিস্তি তালিকা
col-instalment-no = কিস্তি
col-due-date = পরিশোধের তারিখ
col-instalment = কিস্তির পরিমাণ
note-instalment-explained = কিস্তি { $no } যেভাবে হিসাব করা হয়েছে:
explain-periodic-rate = প্রতি { $rate_period ->
        [month] মাস
        [year] বছর
        [weekly] সাপ্তাহিক
        [fortnightly] পাক্ষিক
        [monthly] মাসিক
       *[annual] বার্ষিক
    } { $rate } % হার প্রতিটি { $frequency ->
        [month] মাস
        [year] বছর
        [weekly] সাপ্তাহিক
        [fortnightly] পাক্ষিক
        [monthly] মাসিক
       *[annual] বার্ষিক
    } কিস্তির মেয়াদে { $periodic } %।
explain-flat-total-interest = সমহার সুদ: { $principal } × { $periodic } % × { $periods } মেয়াদ = { $exact }, রাউন্ড করে { $total }।
explain-reducing-total-interest = ক্রমহ্রাসমান স্থিতির উপর সুদের যোগফল { $exact }, রাউন্ড করে { $total }।
explain-equal-principal = প্রতি কিস্তিতে আসল: { $principal } ÷ { $periods } = { $exact }, রাউন্ড করে { $amount }।
explain-emi = সমান কিস্তি: { $principal } × r ÷ ({ DIGITS("1") } − ({ DIGITS("1") } + r)^−{ $periods }), যেখানে r = { $periodic } %, = { $exact }, রাউন্ড করে { $instalment }।
explain-emi-zero-rate = { DIGITS("0") } % সুদে সমান কিস্তি { $principal } ÷ { $periods } = { $exact }, রাউন্ড করে { $instalment }।
explain-grace = কিস্তি { DIGITS("1") } থেকে { $grace } পর্যন্ত শুধু সুদ; আসল বাকি { $periods } কিস্তিতে পরিশোধ হবে।
explain-rounding = অঙ্কগুলো { $unit }-এর গুণিতকে রাউন্ড করা ({ $mode ->
        [half-up] অর্ধেক বা বেশি হলে উপরে
        [half-even] অর্ধেকে জোড় অঙ্কের দিকে
       *[truncate] অবশিষ্ট বাদ দিয়ে
    }); পার্থক্য শেষ কিস্তিতে সমন্বয় করা হয়েছে, যা সাধারণ কিস্তি থেকে { $difference } আলাদা।
explain-flat-interest = সুদ: { $principal } × { $periodic } % = { $exact }, রাউন্ড করে { $interest }।
explain-reducing-interest = প্রারম্ভিক স্থিতির উপর সুদ: { $opening } × { $periodic } % = { $exact }, রাউন্ড করে { $interest }।
explain-emi-principal = আসল: কিস্তি { $instalment } − সুদ { $interest } = { $principal }।
explain-grace-instalment = রেয়াতি মেয়াদ: শুধু সুদ, আসল নয়।
explain-principal-capped = আসল অবশিষ্ট স্থিতি { $principal } পর্যন্ত সীমিত।
explain-interest-capped = সুদ { $interest } পর্যন্ত সীমিত, মোট সুদের যা বাকি আছে।
explain-last-principal = শেষ কিস্তি: আসল { $principal } হলো পুরো অবশিষ্ট স্থিতি।
explain-last-interest = শেষ কিস্তি: সুদ { $interest } = মোট সুদ { $total } থেকে আগের কিস্তিগুলোর { $earlier } বাদ দিয়ে।
explain-bullet = পুরো আসল { $principal } { $maturity } তারিখে পরিশোধ্য; সুদ { $principal } × বার্ষিক { $yearly } % × ({ $months } মাস ÷ { DIGITS("12") } + { $days } দিন ÷ { DIGITS("365") }) = { $exact }, রাউন্ড করে { $interest }।
explain-bullet-accrued = { $date } পর্যন্ত জমা সুদ: { $principal } × বার্ষিক { $yearly } % × ({ $months } মাস ÷ { DIGITS("12") } + { $days } দিন ÷ { DIGITS("365") }) = { $exact }, রাউন্ড করে { $interest }।
explain-dues-scheduled = { $date } পর্যন্ত পাওনা: আসল { $principal } ও সুদ { $interest }; এ পর্যন্ত পরিশোধ: আসল { $paid_principal } ও সুদ { $paid_interest }।
explain-settled = আসল { $date } তারিখে সম্পূর্ণ পরিশোধ হয়েছে; এর পরের কিস্তিগুলোর সুদ নেওয়া হবে না।
explain-fine = জরিমানা: { $late }টি দেরিতে দেওয়া কিস্তি × { $fine } = { $charged }, আগে দেওয়া { $paid } বাদে = { $due }।
explain-days-past-due = সবচেয়ে পুরনো অপরিশোধিত কিস্তি { $date } তারিখে পাওনা ছিল: { $days } দিন খেলাপি, { $count }টি কিস্তি বকেয়া।
error-no-loan-running = { $date } তারিখে { $member }-এর কোনো ঋণ চালু নেই। কিস্তির ঘর খালি রাখুন, অথবা যে ঋণের কিস্তি দেওয়া হচ্ছে তার নম্বর লিখুন।
error-reversal-before-original = বাতিলের তারিখ { $date } হতে পারে না, কারণ তা বাতিল করা এন্ট্রি { $voucher } ({ $original })-এর আগে। { $original } বা তার পরের তারিখ দিন।
