# The meeting screen's answer for a meeting that moves no money (docs/input-rules.md).

ui-meeting-no-voucher = হাজিরা ও সিদ্ধান্ত সংরক্ষিত হয়েছে; কোনো টাকা লেনদেন হয়নি, তাই কোনো ভাউচার নেই।
