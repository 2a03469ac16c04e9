# হাজিরা খাতা, একটি ঋণের বিবরণ, এবং পুরো সভা উল্টানো।
error-no-meeting-on = { $date } তারিখে কোনো সভা লেখা নেই। তালিকা থেকে একটি সভা বেছে নিন।
report-attendance = হাজিরা খাতা
section-attendance-grid = প্রত্যেক সদস্যের হাজিরা, সভা অনুযায়ী
col-marks = চিহ্ন (সভার ক্রমে)
col-meetings = সদস্য থাকাকালীন সভা
col-attendance-percent = হাজিরা %
note-attendance-legend = ✓ উপস্থিত, ◐ দেরিতে, ○ ছুটি নিয়ে অনুপস্থিত, ✗ অনুপস্থিত, ? লেখা হয়নি, · তখন সদস্য ছিলেন না। চিহ্নগুলো নিচের সভাগুলোর ক্রমে; হাজিরায় উপস্থিত ও দেরিতে আসা দুটোই গোনা হয়েছে।
report-loan-statement = ঋণ { $loan }: { $member }
section-loan-schedule = চলতি কিস্তির তালিকা
section-repayments = প্রাপ্ত পরিশোধ
section-loan-arrears = { $date } তারিখে পাওনা ও বকেয়া
row-principal-due = পাওনা আসল
row-interest-due = পাওনা সুদ
cli-meeting-reversed = { $org }-এর { $date } তারিখের সভা উল্টানো হয়েছে: { $originals } বাতিল হয়েছে { $reversals } দিয়ে।
col-interest = সুদ
