# Documents (issue 12): the Reports screen's answer to "did it print correctly?".

ui-passbook-printed-yes = হ্যাঁ, ঠিকমতো ছাপা হয়েছে
ui-passbook-printed-no = না, পরে আবার ছাপব
ui-passbook-print-not-taken = কোনো লাইন ছাপা হয়েছে বলে লেখা হয়নি। প্রিন্টার তৈরি হলে আবার ছাপুন।
