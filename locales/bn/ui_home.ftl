# Issue 12: backup to a pen drive found by the app.
ui-pen-drives = পাওয়া পেন ড্রাইভ — ব্যাকআপ কপি করতে একটি বেছে নিন:
ui-pen-drive-none = কোনো পেন ড্রাইভ পাওয়া যায়নি। একটি লাগিয়ে এই পাতাটি আবার খুলুন, অথবা নিচে ফোল্ডার লিখুন।
# Issue 12 (session 9): a card per organisation on the home screen, opening on the work.
ui-home-last-meeting = শেষ সভা
ui-home-no-meeting = এখনও কোনো সভা হয়নি
ui-home-cash = হাতে নগদ
ui-home-bank = ব্যাংক
ui-home-overdue = মেয়াদোত্তীর্ণ ঋণ
ui-home-start-meeting = আজকের সভা শুরু করুন
ui-home-open-groups = দলগুলি খুলুন
