# খাতা তৈরি: নতুন খাতা, সেটআপ উইজার্ডে দেশের তথ্য, এবং সদস্যদের ফাইল (CSV)।
error-full-identity-number = { $field }: এটি পুরো পরিচয় নম্বর ({ $digits } অঙ্ক)। খাতায় শুধু শেষ চারটি অঙ্ক রাখা হয়; কেবল সেই { DIGITS("4") }টি অঙ্ক লিখুন।
error-unknown-csv-column = কলাম { $column }-এ কিছু লেখা আছে, কিন্তু ফাইলে এমন কোনো কলাম নেই। সেটি মুছুন, অথবা কলামের নামসহ একটি শিরোনাম সারি যোগ করুন।
error-nothing-to-import = ফাইলের কোনো সারিই যোগ করা যাচ্ছে না ({ $rejected }টি বাতিল)। রিপোর্টে দেখানো সারিগুলো ঠিক করে ফাইলটি আবার নিন। কিছুই সংরক্ষণ করা হয়নি।
error-book-file-exists = { $path } আগে থেকেই আছে। নতুন খাতার জন্য নতুন ফাইলের নাম দিন; সেই খাতা ব্যবহার করতে চাইলে সেটি খুলুন।
field-nominee = মনোনীত ব্যক্তি
field-identity = পরিচয় নম্বর (শেষ { DIGITS("4") } অঙ্ক)
field-form = সারি
member-csv-col-admission-no = সদস্য নং
member-csv-col-name = নাম
member-csv-col-role = পদ
member-csv-col-joined-on = যোগদানের তারিখ
member-csv-col-nominee = মনোনীত
member-csv-col-identity = পরিচয়ের শেষ { DIGITS("4") }
member-import-rejected-line = সারি { $line }, { $column }: { $problem }
member-import-rejected-line-short = সারি { $line }: { $problem }
member-import-summary = { $accepted ->
        [one] একটি সারি যোগ করা যাবে
       *[other] { $accepted }টি সারি যোগ করা যাবে
    }, { $rejected ->
        [0] কোনোটি বাতিল নয়।
        [one] একটি বাতিল।
       *[other] { $rejected }টি বাতিল।
    }
member-import-done = { $count ->
        [one] একজন সদস্য যোগ হয়েছে।
       *[other] { $count } জন সদস্য যোগ হয়েছে।
    }
member-import-dry-run = শুধু যাচাই (--dry-run): কিছুই সংরক্ষণ করা হয়নি।
setup-currency-inr = ভারতীয় রুপি (₹, INR)
setup-currency-bdt = বাংলাদেশি টাকা (৳, BDT)
setup-currency-thb = থাই বাত (฿, THB)
setup-fiscal-year-span = { $start } – { $end }
error-book-file-missing = { $path }-এ কোনো খাতা নেই। ফোল্ডার ও ফাইলের নাম দেখুন, অথবা “খাতা বেছে নিন…” দিয়ে ফাইলটি বেছে নিন।
