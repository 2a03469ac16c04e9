# Issue 15 (follow-up): প্রত্যেক পরিশোধকারীর রসিদ, পুনঃতফসিলের ঋণ স্বীকারনামা, এবং পিছিয়ে পড়া
# ঋণগ্রহীতাদের অনুসরণ।

error-nothing-paid = ভাউচার { $voucher }-এ কোনো সদস্য কিছু পরিশোধ করেননি, তাই ছাপার মতো কোনো রসিদ নেই। যে সভা বা ভাউচারে সদস্য টাকা দিয়েছেন সেটি বেছে নিন।

receipt-title = রসিদ
receipt-date = তারিখ: { $date }
receipt-voucher = ভাউচার: { $voucher }
receipt-item-saving = সঞ্চয়
receipt-item-share-purchase = শেয়ার
receipt-item-principal = ঋণ { $loan }: আসল
receipt-item-interest = ঋণ { $loan }: সুদ
receipt-item-loan-fine = ঋণ { $loan }: বিলম্ব জরিমানা
receipt-item-attendance-fine = জরিমানা
receipt-item-membership-fee = সদস্য ফি
receipt-item-other = অন্যান্য পরিশোধ
receipt-total = মোট পরিশোধ
receipt-in-words = কথায়: { $words }
receipt-after = এই পরিশোধের পরে:
receipt-savings-after = সঞ্চয় স্থিতি
receipt-loan-after = ঋণ { $loan } বাকি
receipt-fines-owed = বাকি জরিমানা
receipt-book-code = খাতার কোড { $code }
receipt-received-by = গ্রহণকারী (কোষাধ্যক্ষ)

note-loan-rescheduled = ঋণ { $loan } { $date } তারিখে পুনঃতফসিল হয়েছে: { $principal } নতুন করে { $instalments } কিস্তিতে ভাগ করা হয়েছে (মূল শর্তে { $original } কিস্তি ছিল); দেখানো সুদের হার, পদ্ধতি ও কিস্তি নতুন শর্তের।

finding-record-changed-reschedule-rule = ঋণ { $loan }: { $date } থেকে করা পুনঃতফসিলে বকেয়া নিয়ে কমিটির সিদ্ধান্ত লেখা তথ্য থেকে আলাদা।
finding-record-changed-visit = ঋণ { $loan }: { $date } তারিখের অনুসরণ পরিদর্শন লেখা তথ্য থেকে আলাদা।

error-loan-not-rescheduled = ঋণ { $loan } পুনঃতফসিল করা হয়নি, তাই এর কোনো ঋণ স্বীকারনামা নেই। আগে পুনঃতফসিল করুন (samuh loan reschedule), অথবা ঋণ নম্বর যাচাই করুন।
report-debt-acknowledgement = ঋণ স্বীকারনামা: { $member } এর ঋণ { $loan }
ack-borrower = ঋণগ্রহীতা
ack-guarantors = জামিনদার
ack-rescheduled-on = পুনঃতফসিলের তারিখ
ack-old-balance = বাকি আসল (নতুন করে ভাগ করা)
ack-principal-overdue = পুনঃতফসিলের আগে মেয়াদোত্তীর্ণ আসল
ack-interest-overdue = পুনঃতফসিলের আগে মেয়াদোত্তীর্ণ সুদ
ack-arrears = মেয়াদোত্তীর্ণ সুদ
ack-arrears-kept = আলাদা রাখা হয়েছে: এখনও দেয়, নতুন কিস্তির সঙ্গে পরিশোধ করতে হবে
ack-arrears-folded = কমিটির সিদ্ধান্তে নতুন কিস্তিগুলিতে যোগ করা হয়েছে
ack-agreement = যা সম্মত হয়েছে
ack-schedule = নতুন কিস্তি
ack-declaration = আমি, { $member }, এই ঋণ স্বীকার করছি এবং উপরে দেওয়া { $count }টি কিস্তিতে { $amount } পরিশোধ করতে সম্মত হচ্ছি।
ack-sign-borrower = ঋণগ্রহীতা { $member } এর স্বাক্ষর: ____________________
ack-sign-guarantor = জামিনদার { $member } এর স্বাক্ষর: ____________________
ack-sign-committee = { $role ->
        [president] সভাপতি
        [secretary] সম্পাদক
       *[treasurer] কোষাধ্যক্ষ
    }, কমিটির পক্ষে: ____________________
