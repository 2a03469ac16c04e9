# সভার ছাপার উপযোগী সারসংক্ষেপ (issue 12): সভা সংরক্ষণের পর সদস্যরা যে পাতায় সই করেন।
report-meeting-summary = সভার সারসংক্ষেপ: সভা নং { $number }, তারিখ { $date }
summary-section-attendance = উপস্থিতি
summary-col-mark = উপস্থিতি
summary-section-money = এই সভার লেনদেন
summary-savings = সঞ্চয়
summary-shares = কেনা শেয়ার
summary-principal = ঋণ পরিশোধ: আসল
summary-interest = ঋণ পরিশোধ: সুদ
summary-fines = আদায়কৃত জরিমানা
summary-other-receipts = অন্যান্য প্রাপ্তি (ব্যাংক থেকে উত্তোলন, ফি, অন্যান্য আয়)
summary-loans-given = দেওয়া ঋণ
summary-withdrawals = সঞ্চয় উত্তোলন
summary-payments = পরিশোধ ও খরচ (ব্যাংকে জমা, খরচ, ব্যাংককে পরিশোধ)
summary-section-cash = নগদ
summary-section-minutes = কার্যবিবরণী
summary-section-signatures = স্বাক্ষর
summary-section-members = সদস্য: উপস্থিতি ও স্বাক্ষর
summary-col-signer = নাম
summary-col-office = পদ
summary-col-signature = স্বাক্ষর বা টিপসই
summary-role = { $role ->
        [president] সভাপতি
        [secretary] সম্পাদক
       *[treasurer] কোষাধ্যক্ষ
    }
summary-sign-note = আমরা, উপস্থিত সদস্যরা, নিশ্চিত করছি যে এই সারসংক্ষেপে সভায় যা করা ও সিদ্ধান্ত নেওয়া হয়েছে তা-ই লেখা আছে।
meeting-page-print-summary = সভার সারসংক্ষেপ ছাপুন
meeting-page-summary-printed = সভার সারসংক্ষেপ ছাপার জন্য পাঠানো হয়েছে:
summary-section-bank = এই সভায় ব্যাংকের মাধ্যমে
summary-bank-in = ব্যাংকে এসেছে (জমা, ব্যাংকে পাওয়া অনুদান ও ঋণ)
summary-bank-out = ব্যাংক থেকে গেছে (উত্তোলন, ব্যাংক থেকে পরিশোধ)
summary-section-agenda = আলোচ্যসূচি: সিদ্ধান্তের অগ্রগতি ও ঋণের ব্যবহার
summary-loan-use = ঋণ { $loan }, { $member }-কে: উদ্দেশ্যেই কি ব্যবহার হয়েছে?
col-answer = উত্তর
