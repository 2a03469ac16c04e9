# সেশন 9 (issue 16): গ্রাম সংগঠন, ক্লাস্টার ফেডারেশন, সমবায় দপ্তর বা তহবিল কেন্দ্রের তদারকি পর্দা,
# আর দলের খাতায় "ফেডারেশনে পাঠান"।

ui-nav-groups = দলসমূহ
ui-nav-send = ফেডারেশনে পাঠান
ui-oversight-title = দলসমূহ ও তাদের বান্ডেল
ui-oversight-board = অবস্থার বোর্ড: কোন দল খাতা পাঠিয়েছে, কারা দেরি করেছে, কোথায় সতর্কতা উঠেছে
ui-oversight-refresh = বোর্ড আবার দেখুন
ui-oversight-import-title = বান্ডেল আমদানি করুন
ui-oversight-folder = ফোল্ডার বা পেন ড্রাইভ
ui-oversight-folder-hint = যে ফোল্ডারে দলগুলোর বান্ডেল আছে (.bundle দিয়ে শেষ হওয়া ফাইল): পেন ড্রাইভ, শেয়ার করা ফোল্ডার, বা যেখানে মেসেজিং অ্যাপ সেগুলো রেখেছে।
ui-oversight-pen-drives = পাওয়া পেন ড্রাইভ — যেটিতে বান্ডেল আছে সেটি বেছে নিন:
ui-oversight-find = বান্ডেল খুঁজুন
ui-oversight-none-found = এই ফোল্ডারে কোনো বান্ডেল (.bundle দিয়ে শেষ হওয়া ফাইল) নেই। ফোল্ডারটি দেখুন, অথবা দলগুলোর বান্ডেল এতে কপি করুন।
ui-oversight-register = যে দল এখনও রেজিস্টারে নেই তাদের যোগ করুন (আগে প্রতিটি চাবির ফিঙ্গারপ্রিন্ট দলের কাগজের ফিঙ্গারপ্রিন্টের সঙ্গে মিলিয়ে নিন)
ui-oversight-import = আমদানি করুন
ui-oversight-waiting = অপেক্ষায়
ui-oversight-importing = আমদানি হচ্ছে…
ui-oversight-rollups-title = সব দলের সম্মিলিত রিপোর্ট
ui-oversight-rollup = রিপোর্ট
ui-oversight-show = দেখান
ui-oversight-export = সংরক্ষণ বা ছাপুন (রিপোর্ট পর্দা)
ui-send-title = খাতা ফেডারেশনে পাঠান
ui-send-hint = এই দলের খাতার একটি স্বাক্ষরিত ফাইল (বান্ডেল) তৈরি করে, তার গ্রাম সংগঠন বা ফেডারেশনের জন্য। এটি পেন ড্রাইভে নিয়ে যান বা মেসেজিং অ্যাপে পাঠান।
ui-send-file = ফাইল
ui-send-since-last = শুধু আগের বান্ডেলের পরে যা লেখা হয়েছে
ui-send-no-names = সদস্যদের নাম বাদ দিন
ui-send-write = বান্ডেল তৈরি করুন

oversight-imported = { $group }: { $entries }টি নতুন এন্ট্রি আমদানি হয়েছে, { $date } পর্যন্ত। খাতার কোড { $code }।
oversight-already = { $group }: এই বান্ডেল আগেই আমদানি হয়েছে; নতুন কিছু নেই।
oversight-registered = { $group } এখন রেজিস্টারে আছে, চাবির ফিঙ্গারপ্রিন্ট { $fingerprint }। এটি দলের কাগজের ফিঙ্গারপ্রিন্টের সঙ্গে মিলিয়ে নিন।
oversight-written = বান্ডেল { $seq } { $path }-এ লেখা হয়েছে: { $entries }টি এন্ট্রি, { $date } পর্যন্ত। খাতার কোড { $code }: এটি কার্যবিবরণীতে লিখে রাখুন।
oversight-written-key = চাবির ফিঙ্গারপ্রিন্ট, কর্মকর্তার জন্য কাগজে লিখে রাখুন: { $fingerprint }
oversight-relayed = { $group }-এর বান্ডেলে { $groups ->
    [one] আরও একটি দলের
   *[other] আরও { $groups }টি দলের
} নতুন হিসাবও এসেছে; সেগুলি এর অধীনে একীভূত হয়।
oversight-written-relayed = এতে এই সংগঠনের আমদানি করা { $groups ->
    [one] একটি দলের
   *[other] { $groups }টি দলের
} বহিও আছে, ওপরের ফেডারেশনের জন্য।
