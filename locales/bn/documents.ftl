# নথি (ইস্যু ১২): পাসবই ছাপা আর সংরক্ষণ আলাদা; সই করার উপযোগী নথি।

passbook-print-question = পাসবই কি ঠিকমতো ছাপা হয়েছে ({ $count }টি লাইন)? কেবল তখনই এই লাইনগুলো ছাপা হয়েছে বলে ধরা হবে।
passbook-print-recorded = { $count }টি লাইন ছাপা হয়েছে বলে লেখা হলো। পরের ছাপা এগুলোর পর থেকে শুরু হবে।
cli-passbook-pending = এখনও কিছু ছাপা হয়েছে বলে লেখা হয়নি। পাসবই ঠিকমতো ছাপা হলে এই আদেশে লাইনগুলো লিখে রাখুন: { $command }

report-audit-appendix = কারিগরি পরিশিষ্ট
cover-book-code = খাতা কোড
cover-org-code = খাতায় সংগঠনের কোড

# অডিট ওয়ার্কবুকের শিটের ছোট নাম (সর্বোচ্চ ২৮ অক্ষর)।
sheet-audit-cover = প্রচ্ছদ
sheet-audit-appendix = কারিগরি পরিশিষ্ট
sheet-cash-book = নগদান বই
sheet-bank-book = ব্যাংক বই
sheet-receipts-payments = প্রাপ্তি ও প্রদান
sheet-income-expenditure = আয় ও ব্যয়
sheet-balance-sheet = উদ্বৃত্তপত্র
sheet-appropriation = মুনাফা বণ্টন
sheet-trial-balance = রেওয়ামিল
sheet-savings-register = সঞ্চয় রেজিস্টার
sheet-share-register = শেয়ার রেজিস্টার
sheet-loan-register = ঋণ রেজিস্টার
sheet-dcb = চাহিদা-আদায়-স্থিতি
sheet-arrears = বকেয়া তালিকা
sheet-panchsutra = পঞ্চসূত্র
sheet-reversals = বাতিল এন্ট্রি
sheet-approvals = অনুমোদন
sheet-attendance = উপস্থিতি
sheet-minutes = কার্যবিবরণী
sheet-bank-linkage = ব্যাংক সংযোগ
