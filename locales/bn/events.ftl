# Issue 15: জীবনের ঘটনা — উপবিধির সীমা, কল্যাণ ক্লাবে মৃত্যু ও চাঁদা, বকেয়া জরিমানা।

error-loan-above-member-cap = { $member } এর কাছে আগে থেকেই { $outstanding } বকেয়া; { $amount } ঋণ দিলে মোট বকেয়া সদস্যের সীমা { $cap } ছাড়িয়ে যাবে। সর্বোচ্চ { $room } ঋণ দিন, অথবা আরও পরিশোধ হওয়া পর্যন্ত অপেক্ষা করুন।
error-loan-above-fund = { $amount } ঋণ { $fund ->
        [own-savings] সমিতির নিজস্ব সঞ্চয়ে
        [revolving-fund] আবর্তক তহবিলে
        [community-investment-fund] সমাজ বিনিয়োগ তহবিলে
        [bank-loan] ব্যাংক ঋণের টাকায়
        [village-fund-capital] গ্রাম তহবিলের মূলধনে
       *[other] কল্যাণ তহবিলে
    } থাকা টাকার ({ $available }, যা ঋণে দেওয়া হয়নি) চেয়ে বেশি। কম অঙ্ক লিখুন অথবা অন্য তহবিল থেকে ঋণ দিন।
error-death-not-enrolled = { $date } তারিখে { $member } ক্লাবের সদস্য ছিলেন না, তাই এই মৃত্যুতে ক্লাব কোনো চাঁদা তুলবে না। সদস্য ও তারিখ যাচাই করুন।
error-death-already-recorded = { $member } এর মৃত্যু আগেই লেখা আছে। আবার না লিখে সেই মৃত্যুর চাঁদার খাতা খুলুন।
error-unknown-death = এই ক্লাবে { $member } এর কোনো মৃত্যু লেখা নেই। আগে মৃত্যু লিখুন, অথবা সদস্য যাচাই করুন।
error-levy-already-paid = { $member } { $deceased } এর মৃত্যুর চাঁদা আগেই দিয়েছেন। আর কিছু বাকি নেই; খাতা দেখুন।
error-levy-not-owed = { $deceased } এর মৃত্যুর জন্য { $member } এর কোনো চাঁদা বাকি নেই (সেই তারিখে সদস্য ছিলেন না)। সদস্য যাচাই করুন।
error-payout-before-collection = { $deceased } এর মৃত্যুর জন্য এখনও কিছুই আদায় হয়নি। প্রদানের আগে সদস্যদের চাঁদা লিখুন।
error-payout-already-made = { $deceased } এর মৃত্যুর টাকা আগেই দেওয়া ও লেখা হয়েছে: একটি মৃত্যুর টাকা একবারই দেওয়া হয়।
error-no-death-levy = কল্যাণের নিয়মে মৃত্যুর চাঁদা ঠিক করা নেই। আগে কল্যাণের নিয়মে প্রত্যেক সদস্যের চাঁদা ঠিক করুন।
error-no-fine-owed = { $member } এর কোনো জরিমানা বাকি নেই। সদস্য যাচাই করুন।
error-fine-payment-above-owed = { $member } এর জরিমানা বাকি { $owed }; { $amount } তার চেয়ে বেশি। সর্বোচ্চ { $owed } লিখুন।

explain-period-convention = { $convention ->
        [four-weeks] উপবিধি অনুযায়ী চার সপ্তাহে এক মাস ধরা হয় (বছরে { DIGITS("48") } সপ্তাহ)।
       *[other] উপবিধি অনুযায়ী সপ্তাহ ক্যালেন্ডার ধরে গোনা হয়: বছরে { DIGITS("52") } সপ্তাহ।
    }

cap-scope-per-loan = প্রতিটি ঋণ আলাদাভাবে
cap-scope-member-outstanding = সদস্যের মোট বকেয়া
period-convention-calendar = ক্যালেন্ডার (বছরে { DIGITS("52") } সপ্তাহ)
period-convention-four-weeks = চার সপ্তাহে এক মাস
finding-record-changed-by-law-rule = { $date } থেকে চালু উপবিধি: ঋণসীমা কিসের উপর বা সপ্তাহ কীভাবে গোনা হয়, তা লেখা নিয়ম থেকে আলাদা।
field-loan-cap-scope = ঋণসীমা কিসের উপর
field-interest-period = সপ্তাহ গোনার নিয়ম
note-dcb-replanned = ঋণ { $loan } এই সময়ে পুনঃতফসিল হয়েছে: বকেয়া { $amount } নতুন কিস্তিতে ভাগ করা হয়েছে এবং এই সময়ের চাহিদা থেকে বাদ দেওয়া হয়েছে; নতুন কিস্তি দেয় হলে তা আবার চাওয়া হবে।
account-fines-receivable = সদস্যদের বকেয়া জরিমানা
act-fine = বকেয়া জরিমানা জমা
note-fines-owed = { $date } তারিখে বকেয়া জরিমানা: { $owed } (অনুপস্থিতির জন্য ধার্য, এখনও জমা হয়নি)।
section-fines-owed = সদস্যদের বকেয়া জরিমানা (অনুপস্থিতির জন্য ধার্য, এখনও জমা হয়নি)
report-interest-by-fund = তহবিল অনুযায়ী সুদ আয়
col-loans = ঋণ
