# Issue 15 (follow-up): অনুসরণ পর্দা — রসিদ, ঋণ স্বীকারনামা, বাড়ি পরিদর্শন।
ui-nav-followup = অনুসরণ
ui-receipts-title = যে সদস্যরা টাকা দিয়েছেন তাঁদের রসিদ
ui-receipts-hint = সভায় যে সদস্য টাকা দিয়েছেন তিনি একটি রসিদ পান: কী দিয়েছেন, ঋণের ভাগ, পরের স্থিতি। লেখাটি বার্তায় কপি করুন, অথবা থার্মাল রোল বা A6 কার্ডে ছাপুন।
ui-receipts-date = সভার তারিখ
ui-receipts-paper = কাগজ
ui-receipts-paper-58 = থার্মাল রোল { DIGITS("58") } মিমি
ui-receipts-paper-80 = থার্মাল রোল { DIGITS("80") } মিমি
ui-receipts-paper-a6 = A6 কার্ড
ui-receipts-show = রসিদ দেখান
ui-receipts-print = রসিদ ছাপুন
ui-receipts-copy = লেখা কপি করুন
ui-receipts-voucher = ভাউচার
ui-receipts-printed = প্রিন্টারে পাঠানো রসিদ:
ui-meeting-receipts = পরিশোধকারীদের রসিদ
