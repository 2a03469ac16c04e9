# Issue 15 (welfare): কল্যাণ ক্লাবে মৃত্যু, চাঁদা রেজিস্টার ও পরিশোধ, ঋণ-নিষ্পত্তি স্লিপ, এবং সঞ্চয় দলের কল্যাণ সুবিধা।

error-death-not-eligible = আগের মৃত্যুগুলোর { $unpaid }টি চাঁদা { $member }-এর বকেয়া ছিল, তাই ক্লাবের নিয়মে যোগ্যতা হারিয়েছেন; কোনো চাঁদা তোলা হবে না। চাঁদা রেজিস্টার ও নিয়ম দেখুন।
error-no-benefit = { $date } তারিখে চালু কল্যাণ নিয়মে { $kind ->
        [birth] জন্ম
        [sickness] অসুস্থতা
        [old-age] বার্ধক্য
       *[death] মৃত্যু
    } সুবিধা নেই। আগে কল্যাণ নিয়মে এর পরিমাণ ঠিক করুন, বা তারিখ দেখুন।
error-slip-altered = { $path } নিষ্পত্তি স্লিপ নয়, অথবা ক্লাবের স্বাক্ষরের পরে বদলানো হয়েছে। ক্লাবের কাছে স্লিপের ফাইল আবার চান।
error-slip-already-recorded = নিষ্পত্তি স্লিপ { $slip } এই খাতায় আগেই লেখা আছে। এর জন্য আর কিছু পাওনা নেই; ঋণের বিবরণী দেখুন।
error-unknown-slip = এই ক্লাব { $slip } নামে কোনো নিষ্পত্তি স্লিপ লেখেনি। কাগজে স্লিপের সূত্র দেখুন।
error-slip-above-loan = নিষ্পত্তি স্লিপ { $slip }-এ { $amount } পরিশোধ, যা এই ঋণে বকেয়া { $owed }-এর বেশি। ঋণ নম্বর দেখুন।

finding-record-changed-welfare = কল্যাণের রেকর্ড “{ $what }” (নিয়ম, মৃত্যু, চাঁদা রেজিস্টার, আদায়, পরিশোধ, স্লিপ, সুবিধা) লিখে রাখা রেকর্ড থেকে আলাদা।

line-levy = মৃত্যু চাঁদা
line-admin-share = ক্লাবের প্রশাসনিক অংশ
line-debt-settled = মৃতের ঋণ পরিশোধ
line-welfare-payout = মনোনীত ব্যক্তিকে প্রদান
line-welfare-benefit = কল্যাণ সুবিধা
line-welfare-fee = বার্ষিক কল্যাণ ফি
account-settlement-payable = ঋণদাতা তহবিলের পাওনা (নিষ্পত্তি স্লিপ)

report-levy-register = চাঁদা রেজিস্টার
report-welfare-benefits = কল্যাণ সুবিধা রেজিস্টার
report-payout-statement = পরিশোধ বিবরণী
col-levy-due = দেয় চাঁদা
col-levy-paid = জমা
col-paid-on = জমার তারিখ
col-levy-owed = এখনও বকেয়া
col-received-on = তহবিলের প্রাপ্তি লেখা হয়েছে
col-benefit-kind = সুবিধা
col-welfare-eligible = যোগ্যতা
section-levy-death = { $member }-এর মৃত্যু, { $date } — সদস্যপ্রতি চাঁদা { $levy }
section-owed-to-funds = ঋণদাতা তহবিলের পাওনা, তাদের প্রাপ্তি লেখা না হওয়া পর্যন্ত
section-benefits-by-kind = সুবিধা অনুযায়ী মোট
section-payout-steps = পরিশোধের হিসাব কীভাবে হলো
section-signatures = স্বাক্ষর
row-still-owed = এখনও পাওনা
row-deceased = মৃত সদস্য
row-died-on = মৃত্যুর তারিখ
row-nominee = মনোনীত ব্যক্তি
row-paid-on = পরিশোধের তারিখ
row-levy-collected = আদায়কৃত চাঁদা: { $count } জন সদস্য × { $levy }
row-admin-share = বাদ ক্লাবের প্রশাসনিক অংশ ({ $rate } %)
row-benefit = সুবিধার অর্থ
row-settled-interest = { $fund }-কে সুদ, ঋণ { $loan } ({ $reference })
row-settled-principal = { $fund }-কে আসল, ঋণ { $loan } ({ $reference })
row-to-family = মনোনীত ব্যক্তিকে প্রদান
note-levy-collected = { $owing } জনের মধ্যে { $paid } জন জমা দিয়েছেন, মোট { $amount }।
note-levy-paid-out = { $date } তারিখে পরিশোধ: { $amount } আদায় হয়েছিল।
note-debt-left = { $fund }-এর ঋণ { $loan }-এর { $amount } এখনও বকেয়া: সুবিধার অর্থে তা শোধ হয়নি।
note-guarantors-released = { $fund }-এর ঋণ { $loan }-এর জামিনদাররা মুক্ত: { $guarantors }।
note-amount-in-words = মনোনীত ব্যক্তিকে প্রদান, কথায়: { $words }।
welfare-eligible-yes = হ্যাঁ
welfare-eligible-no = না (বকেয়া)
benefit-birth = জন্ম
benefit-sickness = অসুস্থতা
benefit-old-age = বার্ধক্য
benefit-death = মৃত্যু
sign-treasurer = কোষাধ্যক্ষ
sign-president = সভাপতি
sign-nominee = মনোনীত ব্যক্তি (গ্রহীতা)
sign-witness = সাক্ষী

report-settlement-slip = নিষ্পত্তি স্লিপ
row-slip-ref = স্লিপ
row-club = কল্যাণ ক্লাব
row-fund = ঋণদাতা তহবিল
row-loan = ঋণ
row-club-voucher = ক্লাবের ভাউচার
row-fingerprint = ক্লাবের চাবির ফিঙ্গারপ্রিন্ট
note-slip-record = ঋণদাতা তহবিল এই স্লিপকে ঋণের পরিশোধ হিসেবে লেখে (স্বাক্ষরিত ফাইলসহ samuh welfare slip-record); ফিঙ্গারপ্রিন্ট ফাইলের সঙ্গে মিলিয়ে দেখুন।
sign-fund = ঋণদাতা তহবিল (গ্রহীতা)

cli-welfare-rules-saved = { $date } থেকে কল্যাণ নিয়ম লেখা হলো।
cli-welfare-death-saved = মৃত্যু লেখা হলো: { $owing } জন সদস্যের { $levy } করে চাঁদা দেয় (মোট { $expected })। খাতার কোড { $code }।
cli-welfare-payout-saved = পরিশোধ ভাউচার { $voucher }-এ লেখা হলো: আদায় { $collected }, প্রশাসনিক অংশ { $admin }, ঋণদাতা তহবিলে { $funds }, মনোনীত ব্যক্তিকে { $family }। খাতার কোড { $code }।
cli-welfare-settled = { $fund }-এর ঋণ { $loan }: সুদ { $interest }, আসল { $principal }, এখনও বকেয়া { $left } ({ $reference })।
error-welfare-fee-already-paid = { $member } { $year } সালের কল্যাণ ফি আগেই দিয়েছেন। এটি বছরে একবার নেওয়া হয়: সদস্যদের নাম বা তারিখ মিলিয়ে দেখুন।

## মৃত্যু ও তার অর্থ প্রদানের সঙ্গে তারিখ মেলানো
error-welfare-before-death = { $date } তারিখটি { $deceased } এর মৃত্যুর ({ $died }) আগের। কোনো মৃত্যুর চাঁদা ও অর্থ প্রদান মৃত্যুর দিন বা তার পরের তারিখে হয়। কিছুই সংরক্ষণ করা হয়নি। তারিখ যাচাই করুন।
error-levy-after-payout = { $deceased } এর মৃত্যুর অর্থ প্রদান { $paid } তারিখে হয়ে গেছে: এর জন্য আর চাঁদা তোলা হয় না, কারণ প্রদানের হিসাব তখন পর্যন্ত আদায় হওয়া চাঁদা থেকেই করা হয়েছিল। কিছুই সংরক্ষণ করা হয়নি। মৃত সদস্যের নম্বর যাচাই করুন।
error-payout-before-last-levy = { $deceased } এর মৃত্যুর চাঁদা { $last } পর্যন্ত আদায় হয়েছে; { $date } তারিখের প্রদান তার পরে আদায় হওয়া চাঁদা কল্যাণ তহবিলেই ফেলে রাখবে। কিছুই সংরক্ষণ করা হয়নি। প্রদানের তারিখ { $last } বা তার পরে দিন।
error-benefit-after-death = { $member } এর মৃত্যু { $died } তারিখে লেখা আছে: সেই দিন থেকে তাঁকে কোনো সুবিধা দেওয়া হয় না। পরিবারের মৃত্যু-সুবিধা হলো সেই মৃত্যুর অর্থ প্রদান। কিছুই সংরক্ষণ করা হয়নি। সদস্য ও তারিখ যাচাই করুন।
error-admin-share-out-of-range = প্রশাসনিক অংশ: “{ $input }” { DIGITS("0") } থেকে { DIGITS("100") }-এর মধ্যে কোনো শতাংশ নয়। প্রতিটি মৃত্যুর আদায়ের যত শতাংশ ক্লাব রাখে তা লিখুন, যেমন { DIGITS("5") }।
error-welfare-rules-same-day = কল্যাণের নিয়ম আগে থেকেই { $date } থেকে চালু আছে। লেখা নিয়ম বদলানো হয় না: নিয়মের নতুন সংস্করণ পরের কোনো দিন থেকে শুরু হয়। অন্য একটি শুরুর তারিখ দিন।
error-settle-malformed = পরিশোধের ঋণ: “{ $value }” কোনো ঋণ নয়। এই বহিতে রাখা তহবিলের জন্য FUND:LOAN লিখুন (যেমন vf-roiet:3), অথবা অন্য বহিতে রাখা তহবিলের জন্য “FUND NAME:LOAN:PRINCIPAL:INTEREST”, তার বিবরণীর অঙ্কসহ।
