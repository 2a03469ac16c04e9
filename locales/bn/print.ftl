# ছাপা: পাসবই PDF, অডিট শিট (XLSX, PDF, CSV), এবং নিরীক্ষকের প্রতিবেদন।

report-panchsutra = পঞ্চসূত্র সূচক
report-reversals = বাতিল করা এন্ট্রি ও তার কারণ
report-audit-cover = অডিট শিট
col-indicator = সূচক
col-actual = অর্জিত
col-expected = প্রত্যাশিত
col-percent = শতাংশ
col-rule = নিয়ম
col-reverses = বাতিল করা ভাউচার
col-original-date = মূল তারিখ
col-reason = কারণ
col-value = বিবরণ
ind-meetings-held = সভা অনুষ্ঠিত
ind-attendance = উপস্থিতি
ind-saving-regularly = নিয়মিত সঞ্চয়কারী সদস্য
ind-repaid-on-time = সময়মতো পরিশোধিত ঋণ
ind-books-up-to-date = হিসাব হালনাগাদ
rule-meetings-held = উপবিধির নিয়ম অনুযায়ী প্রত্যাশিত সভার অন্তত { $percent }% অনুষ্ঠিত হয়েছে
rule-attendance = অনুষ্ঠিত সভায় অন্তত { $percent }% সদস্য উপস্থিত বা দেরিতে উপস্থিত
rule-saving-regularly = অন্তত { $percent }% সদস্য তাঁদের { $percent }% বা বেশি সভায় সঞ্চয় করেছেন
rule-repaid-on-time = চলমান ঋণের অন্তত { $percent }%-এ কোনো বকেয়া নেই
rule-books-up-to-date = প্রতিটি সভা জার্নালে আছে এবং শেষ এন্ট্রি { $days } দিনের বেশি পুরনো নয়
status-met = পূরণ হয়েছে
status-not-met = পূরণ হয়নি
note-last-entry = জার্নালের শেষ এন্ট্রি: { $date }।
cover-organisation = সংগঠন
cover-period = সময়কাল
cover-prepared-by = প্রস্তুতকারী
cover-generated-at = তৈরির সময়
cover-generated-when = { $date }, { $time }
cover-vouchers = জার্নালে ভাউচার
cover-chain-head = শেষ ভাউচারের হ্যাশ
cover-journal-hash = জার্নালের বিষয়বস্তুর হ্যাশ
note-journal-hash = বিষয়বস্তুর হ্যাশ হলো সংগঠনের সব ভাউচারের হ্যাশের উপর শৃঙ্খলের ক্রমে SHA-256; "samuh check" প্রতিটি ভাউচারের হ্যাশ আবার গণনা করে।
print-page = পৃষ্ঠা { $page } / { $pages }
print-member = সদস্য { $no }: { $name }
print-joined = যোগদান { $date }
print-nominee = নমিনি: { $name }
print-savings-in-words = সঞ্চয় স্থিতি কথায়: { $words }
print-loan-in-words = ঋণ স্থিতি কথায়: { $words }
print-shares-in-words = শেয়ার: জমা { $paid }, ফেরত { $returned }; পরিশোধিত শেয়ার মূলধন { $capital } (কথায়: { $words })।
print-signature-member = সদস্যের স্বাক্ষর
print-signature-treasurer = কোষাধ্যক্ষের স্বাক্ষর
print-signature-date = তারিখ
cli-written = লেখা হয়েছে: { $path }
error-nothing-to-print = { $member }-এর পাসবইয়ে ছাপার মতো নতুন কিছু নেই। আবার ছাপতে একটি লাইন বেছে নিন, অথবা পুরো পাসবই ছাপুন।
error-file-unwritable = { $path }-এ লেখা যায়নি: { $reason ->
    [not-found] ফোল্ডারটি নেই। পেন ড্রাইভ লাগানো আছে কিনা দেখুন, অথবা আছে এমন একটি ফোল্ডার বেছে নিন।
    [permission] এই কম্পিউটারের ব্যবহারকারী সেখানে লিখতে পারেন না। নিজের ফোল্ডার বা একটি পেন ড্রাইভ বেছে নিন।
    [disk-full] ডিস্ক ভরে গেছে। কিছু জায়গা খালি করুন, অথবা অন্য ডিস্ক বা পেন ড্রাইভ বেছে নিন।
    [read-only] ডিস্ক বা পেন ড্রাইভে লেখা বন্ধ করা আছে। সেই সুরক্ষা সরান, অথবা অন্য জায়গা বেছে নিন।
   *[other] { $detail }। সংরক্ষণের জন্য অন্য জায়গা বেছে নিন।
}
