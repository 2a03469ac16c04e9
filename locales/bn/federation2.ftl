# Issue 16 (second part): CIF both ways, the reconciliation, the roll-ups, the Parquet export.

error-cif-group-not-registered = { $group } { $org }-এর দলের রেজিস্টারে নেই, তাই সেখান থেকে সিআইএফ ঋণ নিতে পারে না। কিছুই সংরক্ষিত হয়নি। আগে দলের প্রথম বান্ডেল “register” দিয়ে আমদানি করুন (তার চাবির পরিচয় দলের কাগজের সঙ্গে মিলিয়ে নিন), তারপর ঋণটি আবার লিখুন।

account-cif-interest = সিআইএফ-এর উপর দেওয়া সুদ
line-cif-interest = গ্রাম সংগঠনকে সিআইএফ-এর সুদ দেওয়া

report-cif-reconciliation = দলগুলিকে দেওয়া সিআইএফ বনাম তাদের দেয় সিআইএফ
col-compared-on = মিলানোর তারিখ
col-cif-receivable = দেওয়া সিআইএফ (এই খাতা)
col-cif-payable-group = দেয় সিআইএফ (দলের বান্ডেল)
cif-rec-ok = মিলেছে
cif-rec-differs = পার্থক্য আছে: দুটি খাতাই দেখুন
cif-rec-no-bundle = এখনও কোনো বান্ডেল নেই
note-cif-reconciliation = প্রতিটি দলকে তার সর্বশেষ বান্ডেলের তারিখে মেলানো হয়: এই খাতা তাকে যে সিআইএফ আসল দিয়েছে ও যা এখনও ফেরত আসেনি, তা সেই দিনে দলের নিজের খাতায় দেয় সিআইএফ-এর সঙ্গে। { $differing }টি দলে পার্থক্য আছে; পার্থক্য মানে কোনো ঋণ, পরিশোধ বা প্রাপ্তি একটি খাতায় লেখা আছে, অন্যটিতে নেই।

cli-parquet-exported = { $groups }টি দল Parquet হিসেবে { $dir }-এ লেখা হয়েছে ({ $files }টি ফাইল; { $postings }টি এন্ট্রি)।
