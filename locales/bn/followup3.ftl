# Issue 15: the committee's follow-up list and the list of those who became debt-free.
report-followup-list = খেলাপি ও পুনঃতফসিল ঋণের অনুসরণ তালিকা
report-debt-free = ঋণমুক্ত হওয়া সদস্য
col-contact = যোগাযোগ
col-last-payment = শেষ পরিশোধ
col-next-due = পরের কিস্তির তারিখ
col-next-due-amount = পরের কিস্তি
col-visits = পরিদর্শন
col-last-visit = শেষ পরিদর্শন
col-debt-free-on = ঋণমুক্তির তারিখ
note-followup-list = প্রতিটি খেলাপি, পুনঃতফসিল বা পরিদর্শিত ঋণ, পরিশোধ না হওয়া পর্যন্ত। খেলাপি মানে এই তারিখের আগে পাওনা হওয়া অপরিশোধিত কিস্তির আসল ও সুদ। সবচেয়ে দীর্ঘ খেলাপি আগে।
note-committee-only = শুধু কমিটির জন্য: এই তালিকা সবার সামনে পড়বেন না, সব সদস্য দেখে এমন জায়গায় টাঙাবেন না।
note-debt-free = { $count ->
    [one] যাঁর ঋণ অনুসরণ করা হয়েছিল এমন একজন সদস্য সব পরিশোধ করেছেন।
   *[other] যাঁদের ঋণ অনুসরণ করা হয়েছিল এমন { $count } জন সদস্য সব পরিশোধ করেছেন।
} তারিখটি শেষ ঋণ শোধ করা পরিশোধের।
