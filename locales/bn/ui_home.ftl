# Issue 12: backup to a pen drive found by the app.
ui-pen-drives = পাওয়া পেন ড্রাইভ — ব্যাকআপ কপি করতে একটি বেছে নিন:
ui-pen-drive-none = কোনো পেন ড্রাইভ পাওয়া যায়নি। একটি লাগিয়ে এই পাতাটি আবার খুলুন, অথবা নিচে ফোল্ডার লিখুন।
