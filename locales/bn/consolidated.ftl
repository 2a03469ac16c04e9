# Issue 16 (session 10): তত্ত্বাবধায়ক বহির একীভূত বিবরণী।
report-consolidated-receipts-payments = একীভূত প্রাপ্তি ও প্রদান (এই সংগঠন ও এর দলসমূহ)
report-consolidated-income-expenditure = একীভূত আয় ও ব্যয় (এই সংগঠন ও এর দলসমূহ)
report-consolidated-balance-sheet = একীভূত স্থিতিপত্র (এই সংগঠন ও এর দলসমূহ)
col-groups = দলসমূহ
col-own = এই সংগঠন
col-eliminated = পারস্পরিক (বাদ দেওয়া)
col-consolidated = একীভূত
row-intergroup-unmatched = এই সংগঠন ও এর দলগুলোর মধ্যে, যা মেলেনি (বান্ডেল এখনও আসেনি বা ভিন্ন)
note-consolidated = { $groups ->
    [one] একটি দলের আমদানি করা বহি ও এই সংগঠনের নিজের বহি খাত ধরে যোগ করা হয়েছে;
   *[other] { $groups }টি দলের আমদানি করা বহি ও এই সংগঠনের নিজের বহি খাত ধরে যোগ করা হয়েছে;
} এদের পারস্পরিক লেনদেন (দেওয়া সিআইএফ, তার ফেরত ও সুদ: এই সংগঠনের বহিতে { $eliminated }) বাদ দেওয়া হয়েছে, যাতে কিছুই দুবার গোনা না হয়।
note-consolidated-other-currency = একীভূত নয়, অন্য মুদ্রায় রাখা: { $groups }।
note-consolidated-behind = { $group }: এর সর্বশেষ বান্ডেলের তারিখ { $date } পর্যন্ত হিসাব।
error-group-not-registered = { $group } { $org }-এর দল-নিবন্ধে নেই। এর অবস্থা-বোর্ড থেকে একটি দল বেছে নিন, অথবা নিবন্ধনের জন্য দলের প্রথম বান্ডেল আমদানি করুন।
note-consolidated-relayed = { $groups ->
    [one] এর মধ্যে একটি দল এসেছে যে সংগঠনের সদস্য তার বান্ডেলে
   *[other] এর মধ্যে { $groups }টি দল এসেছে যে সংগঠনগুলির সদস্য তাদের বান্ডেলে
}; এমন প্রতিটি সংগঠন ও তার নিজের দলগুলির পারস্পরিক লেনদেনও বাদ দেওয়া হয়েছে (তাদের বহিতে { $eliminated })।
section-relayed-groups = গ্রাম সংগঠনের মাধ্যমে আসা দলসমূহ
section-relayed-by = { $group }-এর মাধ্যমে আসা দলসমূহ
section-relayed-by-currency = { $group }-এর মাধ্যমে আসা দলসমূহ, যারা { $currency } মুদ্রায় হিসাব রাখে
col-relayed-by = যার মাধ্যমে এসেছে
note-relayed-groups = { $groups ->
    [one] একটি দলের বহি
   *[other] { $groups }টি দলের বহি
} এখানে আসে প্রতিটি দল যে গ্রাম সংগঠনের সদস্য তার বান্ডেলের ভেতরে; সেগুলি একীভূত বিবরণীতে আছে, আর তাদের রেজিস্টার এখানে শুধু পড়ার জন্য খোলে।
