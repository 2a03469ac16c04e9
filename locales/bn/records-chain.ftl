# সমূহ — খাতার নথির শৃঙ্খল: খতিয়ানের বাইরে লেখা কোনো তথ্য Samuh-এর বাইরে বদলানো হলে `samuh check` কী বলে।

check-records = লেখা প্রতিটি তথ্য যেমন সংরক্ষণ করা হয়েছিল তেমনই আছে
finding-record-changed-organisation = সংগঠন { $org }: এর বিবরণ লেখা বিবরণ থেকে আলাদা।
finding-record-changed-account = হিসাব { $account }: এর ধরন লেখা ধরন থেকে আলাদা।
finding-record-changed-member = সদস্য { $member }: সদস্য নম্বর, ভূমিকা বা তারিখ লেখা তথ্য থেকে আলাদা।
finding-record-changed-exit = সদস্য { $member }: সমিতি ছাড়ার তারিখ লেখা তারিখ থেকে আলাদা।
finding-record-changed-by-law = { $date } থেকে চালু উপবিধি লেখা উপবিধি থেকে আলাদা।
finding-record-changed-meeting = { $date } তারিখের সভা: এর নম্বর, তারিখ, স্থান বা নগদ গণনা লেখা তথ্য থেকে আলাদা।
finding-record-changed-attendance = { $date } তারিখের সভার হাজিরা লেখা হাজিরা থেকে আলাদা।
finding-record-changed-minutes = { $date } তারিখের সভার কার্যবিবরণী লেখা কার্যবিবরণী থেকে আলাদা।
finding-record-changed-loan = ঋণ { $loan }: শর্তাবলি লেখা শর্তাবলি থেকে আলাদা।
finding-record-changed-guarantors = ঋণ { $loan }: এর জামিনদার লেখা জামিনদার থেকে আলাদা।
finding-record-changed-reschedule = ঋণ { $loan }: { $date } থেকে করা পুনঃতফসিল লেখা তথ্য থেকে আলাদা।
finding-record-changed-person = খাতা রাখেন এমন { $person }: ভূমিকা বা নিবন্ধন লেখা তথ্য থেকে আলাদা।
finding-record-changed-pin = { $person } এর একটি পিন লেখা পিন থেকে আলাদা।
finding-record-changed-act = কে কী করেছেন, সেই নথির দাখিলা { $number } ({ $date }) লেখা তথ্য থেকে আলাদা।
finding-record-unrecorded = { $kind ->
    [organisation] সংগঠন { $org }
    [account] হিসাব { $account }
    [member] সদস্য { $member }
    [exit] সদস্য { $member } এর সমিতি ছাড়া
    [by-law] { $date } থেকে চালু উপবিধি
    [by-law-rule] { $date } থেকে চালু উপবিধি
    [meeting] { $date } তারিখের সভা
    [attendance] { $date } তারিখের সভার হাজিরা
    [minutes] { $date } তারিখের সভার কার্যবিবরণী
    [agenda] { $date } তারিখের সভার আলোচ্যসূচি
    [loan] ঋণ { $loan }
    [guarantors] ঋণ { $loan } এর জামিনদার
    [reschedule] ঋণ { $loan } এর { $date } থেকে পুনঃতফসিল
    [reschedule-rule] ঋণ { $loan } এর { $date } থেকে পুনঃতফসিলে বকেয়া নিয়ে কমিটির সিদ্ধান্ত
    [visit] ঋণ { $loan } নিয়ে { $date } তারিখের অনুসরণ পরিদর্শন
    [followup-meeting] { $date } তারিখের অনুসরণ সভা
    [household] সদস্য { $member }-এর { $date } তারিখে লেখা পরিবার নম্বর
    [household-target] পরিবার { $household }, { $date } থেকে নজরে
    [person] ব্যক্তি { $person }
    [pin] { $person } এর একটি পিন
    [opening] প্রারম্ভিক স্থিতির কাট-অফ তারিখ ({ $date })
    [passbook-print] সদস্য { $member }-এর পাসবইয়ের একটি ছাপা ({ $date })
    [command] পুনরায় পাঠানো অনুরোধের তালিকার দাখিলা { $id }
    [share-price] { $date } থেকে শেয়ারের দাম
    [year-close] { $year } বছরের সমাপনী
    [year-reopen] { $year } বছর আবার খোলা
    [year-audit] { $year } বছরের নিরীক্ষা
    [year-snapshot] { $year } বছরের সমাপনীতে রাখা বিবরণী
    [vsla-cycle] ভিএসএলএ চক্র { $cycle }
    [vsla-share-out] ভিএসএলএ চক্র { $cycle }-এর শেয়ার বণ্টন
    [federation] ফেডারেশনের রেকর্ড “{ $what }”
    [welfare] কল্যাণের রেকর্ড “{ $what }”
   *[act] কে কী করেছেন, সেই নথির দাখিলা { $number } ({ $date })
} Samuh কখনো সংরক্ষণ করেনি: এটি Samuh-এর বাইরে যোগ করা হয়েছে। একটি ব্যাকআপ ফিরিয়ে এনে মিলিয়ে দেখুন।
finding-record-deleted = { $kind ->
    [organisation] সংগঠন { $org }
    [account] হিসাব { $account }
    [member] সদস্য { $member }
    [exit] সদস্য { $member } এর সমিতি ছাড়া
    [by-law] { $date } থেকে চালু উপবিধি
    [by-law-rule] { $date } থেকে চালু উপবিধি
    [meeting] { $date } তারিখের সভা
    [attendance] { $date } তারিখের সভার হাজিরা
    [minutes] { $date } তারিখের সভার কার্যবিবরণী
    [agenda] { $date } তারিখের সভার আলোচ্যসূচি
    [loan] ঋণ { $loan }
    [guarantors] ঋণ { $loan } এর জামিনদার
    [reschedule] ঋণ { $loan } এর { $date } থেকে পুনঃতফসিল
    [reschedule-rule] ঋণ { $loan } এর { $date } থেকে পুনঃতফসিলে বকেয়া নিয়ে কমিটির সিদ্ধান্ত
    [visit] ঋণ { $loan } নিয়ে { $date } তারিখের অনুসরণ পরিদর্শন
    [followup-meeting] { $date } তারিখের অনুসরণ সভা
    [household] সদস্য { $member }-এর { $date } তারিখে লেখা পরিবার নম্বর
    [household-target] পরিবার { $household }, { $date } থেকে নজরে
    [person] ব্যক্তি { $person }
    [pin] { $person } এর একটি পিন
    [opening] প্রারম্ভিক স্থিতির কাট-অফ তারিখ ({ $date })
    [passbook-print] সদস্য { $member }-এর পাসবইয়ের একটি ছাপা ({ $date })
    [command] পুনরায় পাঠানো অনুরোধের তালিকার দাখিলা { $id }
    [share-price] { $date } থেকে শেয়ারের দাম
    [year-close] { $year } বছরের সমাপনী
    [year-reopen] { $year } বছর আবার খোলা
    [year-audit] { $year } বছরের নিরীক্ষা
    [year-snapshot] { $year } বছরের সমাপনীতে রাখা বিবরণী
    [vsla-cycle] ভিএসএলএ চক্র { $cycle }
    [vsla-share-out] ভিএসএলএ চক্র { $cycle }-এর শেয়ার বণ্টন
    [federation] ফেডারেশনের রেকর্ড “{ $what }”
    [welfare] কল্যাণের রেকর্ড “{ $what }”
   *[act] কে কী করেছেন, সেই নথির দাখিলা { $number } ({ $date })
} Samuh-এর বাইরে মুছে ফেলা হয়েছে। একটি ব্যাকআপ ফিরিয়ে এনে মিলিয়ে দেখুন।
finding-record-chain-broken = খাতার নথি (সদস্য, উপবিধি, সভা, ঋণ, ব্যক্তি, অনুমোদন) রক্ষা করে যে হ্যাশগুলি, সেগুলি Samuh-এর বাইরে বদলানো হয়েছে। একটি ব্যাকআপ ফিরিয়ে এনে মিলিয়ে দেখুন।
book-code-records-changed = { $org } এর দাখিলাগুলি অক্ষত, কিন্তু এর নথি (সদস্যদের নম্বর ও তারিখ, উপবিধি, সভা, হাজিরা, ঋণ, ব্যক্তি বা অনুমোদন) আর সংরক্ষিত তথ্যের সঙ্গে মেলে না। এই খাতায় ভরসা করবেন না: কী বদলেছে দেখতে পূর্ণ পরীক্ষা চালান, তারপর একটি ব্যাকআপ ফিরিয়ে এনে মিলিয়ে দেখুন।
