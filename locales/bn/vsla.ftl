# ভিএসএলএ দল (ইস্যু ১৪): প্রতি সভায় শেয়ার, চক্র, শেয়ার বণ্টন।

## Errors
error-vsla-shares-out-of-range = { $member } এক সভায় { DIGITS("1") } থেকে { DIGITS("5") }টি শেয়ার কিনতে পারেন, { $shares }টি নয়। { DIGITS("1") } থেকে { DIGITS("5") } পর্যন্ত একটি পূর্ণ সংখ্যা লিখুন, অথবা খালি রাখুন।
error-vsla-loans-outstanding = { $count }টি ঋণ ({ $amount }) এখনও বাকি, আর উপবিধি অনুযায়ী সব ঋণ শোধ না হওয়া পর্যন্ত শেয়ার বণ্টন হয় না। আগে আদায় লিখুন, অথবা উপবিধি বদলে ঋণ প্রাপ্য অর্থ থেকে কেটে নিন।
error-vsla-fund-short = সামাজিক তহবিল { $social_fund } আলাদা রাখার পর ঋণ তহবিল { $fund }, শূন্যের কম: বণ্টনের কিছু নেই। গোনা নগদ ও ব্যাংকের স্থিতি যাচাই করুন।
error-vsla-loan-above-payout = { $member }-এর কাছে { $owed } পাওনা, যা তাঁর প্রাপ্য { $payout }-এর চেয়ে বেশি: ঋণ কেটে নেওয়া যায় না। শেয়ার বণ্টনের আগে বাকি ঋণ আদায় করুন।
error-vsla-already-shared-out = চক্র { $cycle }-এর শেয়ার বণ্টন হয়ে গেছে। এর সভা লেখার আগে পরের চক্র খুলুন (samuh vsla cycle-open)।
error-vsla-cycle-not-ended = চক্র { $cycle } শেষ হয় { $end } তারিখে; তার আগে শেয়ার বণ্টন হয় না। সেই দিন বা তার পরে বণ্টন করুন।
error-vsla-no-cycle = { $org }-এর কোনো ভিএসএলএ চক্র নেই। আগে শেয়ারের দাম ও উপবিধিসহ একটি চক্র খুলুন (samuh vsla cycle-open)।
error-not-vsla = { $org } ভিএসএলএ দল নয়, তাই এর চক্র বা শেয়ার বণ্টন নেই। একটি ভিএসএলএ দল বেছে নিন।
error-vsla-cycle-still-open = চক্র { $cycle }-এর শেয়ার বণ্টন এখনও হয়নি; পরের চক্র বণ্টনের পরে খোলে।
error-vsla-cycle-start-too-early = নতুন চক্র শেষ শেয়ার বণ্টনের ({ $date }) পরে শুরু হতে হবে: সেই দিনটি বণ্টন হয়ে যাওয়া চক্রের। শুরুর তারিখ তার পরের কোনো দিন দিন।

## Lines and records
line-share-out = শেয়ার বণ্টন
line-social-fund = সামাজিক তহবিলে চাঁদা
act-vsla-share-out = ভিএসএলএ শেয়ার বণ্টন
act-vsla-cycle-open = ভিএসএলএ চক্র খোলা হয়েছে
finding-record-changed-vsla-cycle = ভিএসএলএ চক্র { $cycle } (তারিখ, শেয়ারের দাম বা উপবিধি) লেখা তথ্য থেকে আলাদা।
finding-record-changed-vsla-share-out = ভিএসএলএ চক্র { $cycle }-এর শেয়ার বণ্টন লেখা তথ্য থেকে আলাদা।

## The share-out sheet
report-share-out = শেয়ার বণ্টন পত্র
section-share-out-fund = চক্র { $cycle }-এর শেষে ঋণ তহবিল
section-share-out-members = প্রতিটি সদস্যের অংশ (পড়ে শোনান, তারপর স্বাক্ষর)
row-share-out-cash = বাক্সে নগদ
row-share-out-bank = ব্যাংকের স্থিতি
row-share-out-social-fund = বাদ সামাজিক তহবিল (বণ্টন হয় না)
row-share-out-loans-out = বাকি ঋণ, ঋণগ্রহীতার প্রাপ্য থেকে কাটা
row-share-out-fund = বণ্টনযোগ্য ঋণ তহবিল
col-shares = শেয়ার
col-share-capital = শেয়ারের জন্য জমা
col-share-out-gross = শেয়ার × মূল্য
col-loan-deducted = কাটা ঋণ
col-payout = সদস্যকে প্রদান
col-in-words = কথায়
col-signature = স্বাক্ষর বা টিপসই
note-share-out-value = একটি শেয়ারের মূল্য = { $fund } ÷ { $shares }টি শেয়ার = { $value }।
note-share-out-residual = প্রতিটি প্রদান সবচেয়ে ছোট মুদ্রা পর্যন্ত কাটা হয়; তাতে যা বাকি থাকে, { $residual }, তহবিলে থাকে এবং পরের চক্রে যায়।
note-share-out-loans-net = উপবিধি অনুযায়ী বাকি ঋণ ঋণগ্রহীতার প্রাপ্য থেকে কাটা হয় (এবং তহবিলে শোধ হয়েছে বলে ধরা হয়)।
note-share-out-loans-refuse = উপবিধি অনুযায়ী কোনো ঋণ বাকি থাকলে শেয়ার বণ্টন হয় না।
note-share-out-social-fund = সামাজিক তহবিল ({ $amount }) বণ্টন হয় না: পরের চক্রের জন্য দলের কাছে থাকে।
note-share-out-preview = পূর্বদর্শন: এখনও কিছু দেওয়া বা লেখা হয়নি।

## CLI
cli-vsla-cycle-opened = { $org }-এর চক্র { $cycle } খোলা হয়েছে। খাতা কোড { $code }।
cli-vsla-shared-out = { $org }-এর চক্র { $cycle }-এর শেয়ার বণ্টন হয়েছে (ভাউচার { $voucher })। খাতা কোড { $code }।
error-social-fund-not-by-law = { $member } সামাজিক তহবিলে { $amount } দিয়েছেন; এই চক্রের উপবিধি প্রতি সভায় প্রত্যেক সদস্যের কাছে { $due } চায়। কিছুই সংরক্ষণ করা হয়নি। { $due } লিখুন, অথবা কিছু না দিলে ঘরটি খালি রাখুন।

## বণ্টন হয়ে যাওয়া চক্র বন্ধ; চক্রের উপবিধির সীমা
error-vsla-cycle-shared-out = { $date } চক্র { $cycle }-এর মধ্যে পড়ে, যার শেয়ার বণ্টন { $shared_out } তারিখে হয়ে গেছে। বণ্টন হয়ে যাওয়া চক্রের হিসাব বদলানো যায় না: তার ঋণ মেটানো হয়েছে এবং শেয়ারের টাকা সেই হিসাব থেকেই দেওয়া হয়েছে। কিছুই সংরক্ষণ করা হয়নি। হিসাবটি { $shared_out }-এর পরের তারিখে, চলতি চক্রে লিখুন।
error-vsla-voucher-in-shared-out-cycle = { $date } তারিখের ভাউচার { $voucher } চক্র { $cycle }-এর, যার শেয়ার বণ্টন { $shared_out } তারিখে হয়ে গেছে। বণ্টন হয়ে যাওয়া চক্রের হিসাব বদলানো যায় না, তাই এটি উল্টানো হবে না। কিছুই বদলায়নি। সংশোধনটি চলতি চক্রে নতুন এন্ট্রি হিসেবে লিখুন।
error-vsla-cycle-end-not-after-start = চক্রের শেষ, { $end }, তার শুরু { $start }-এর পরে নয়। শেষ তারিখ শুরুর পরে হতে হবে: একটি চক্র সাধারণত { DIGITS("9") } থেকে { DIGITS("12") } মাস চলে। এক বছরের এক দিন কম চাইলে শেষ তারিখ খালি রাখুন।
error-vsla-cycle-too-long = { $start } থেকে { $end } পর্যন্ত চক্রটি { $months } মাসের চেয়ে লম্বা; VSLA চক্র সাধারণত { DIGITS("9") } থেকে { DIGITS("12") } মাস চলে। চক্রটি { $latest } বা তার আগে শেষ করুন।
error-vsla-service-charge-out-of-range = সেবা মাশুল: “{ $input }” মাসে { DIGITS("0") } থেকে { $max } %-এর মধ্যে কোনো হার নয়। দলগুলো সাধারণত ঋণের উপর মাসে { DIGITS("5") } থেকে { DIGITS("10") } % নেয়; বছরের হার মাসের হার হিসেবে লেখা হয়েছে কি না দেখুন।
error-share-price-not-positive = { $field }: “{ $input }”: শেয়ারের দাম শূন্যের বেশি হতে হবে। একটি শেয়ারের দাম লিখুন, যেমন { DIGITS("50") }।
