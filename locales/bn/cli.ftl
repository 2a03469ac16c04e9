# `samuh` কমান্ড লাইনের বার্তা।
cli-error = ত্রুটি
cli-saved = { $org }-এ ভাউচার { $voucher } হিসেবে সংরক্ষিত হয়েছে।
cli-already-recorded = এটি আগেই { $org }-এ ভাউচার { $voucher } হিসেবে লেখা আছে; কিছুই দুবার সংরক্ষিত হয়নি।
cli-book-ready = বহি { $path } প্রস্তুত।
cli-demo-created = নমুনা সংগঠন { $path }-এ তৈরি হয়েছে:
cli-org-added = সংগঠন { $org } তার হিসাবের তালিকাসহ তৈরি হয়েছে। এবার উপবিধি নির্ধারণ করুন (samuh policy set)।
cli-member-added = সদস্য { $member } যুক্ত হয়েছেন।
cli-member-exited = সদস্য { $member } দল ছেড়েছেন।
cli-policy-set = { $org }-এর উপবিধির নতুন সংস্করণ লেখা হয়েছে।
cli-rescheduled = ঋণ { $loan } পুনঃতফসিল করা হয়েছে; নতুন কিস্তির পরিকল্পনা চুক্তির তারিখ থেকে কার্যকর।
check-ok = ঠিক আছে
check-failed = { $count }টি সমস্যা
check-summary = { $orgs }টি সংগঠন ও { $vouchers }টি ভাউচার যাচাই করা হয়েছে: { $findings }টি সমস্যা পাওয়া গেছে।
# The command line's words for errors whose screen wording names rows and keys (Localizer::cli_error).
cli-error-attendance-not-marked = { $member }-এর হাজিরা দেওয়া হয়নি। সভার ফাইলে সেই সদস্যের "attendance" লিখুন: present, late, absent বা absent-with-leave।
cli-error-loan-amount-required = ঋণের পরিমাণ দেওয়া হয়নি। --amount দিয়ে দিন, অথবা সভার ফাইলে ঋণের "amount" হিসেবে লিখুন।
cli-error-no-meeting-on = { $date } তারিখে লেনদেনসহ কোনো সভা লেখা হয়নি। কার্যবিবরণী বই (`samuh report minutes`) সভাগুলি ও তাদের তারিখ দেখায়।
cli-error-invalid-choice = { $field }: “{ $value }” এমন কোনো মান নয় যা এটি নেয়। কমান্ডের --help বলে এটি কোন মানগুলি নেয়।
# যে কমান্ড লাইন পড়া যায় না (clap-এর নিজের কথা ইংরেজিতে): কী ঠিক করতে হবে, পাঠকের ভাষায়।
cli-usage-missing = কমান্ডের যা দরকার তার কিছু বাদ পড়েছে: { $args }। `{ $help }` দেখায় এটি কী নেয়।
cli-usage-unknown = “{ $arg }” এই কমান্ডের কোনো অপশন নয়। `{ $help }` এর অপশনগুলি দেখায়।
cli-usage-value = { $arg }: “{ $value }” এমন কোনো মান নয় যা এটি নেয়। `{ $help }` বলে এটি কী নেয়।
cli-usage-value-choices = { $arg }: “{ $value }” এর পছন্দগুলির একটি নয়। এগুলির একটি বেছে নিন: { $choices }।
cli-usage-command = “{ $command }” কোনো কমান্ড নয়। `{ $help }` কমান্ডগুলির তালিকা দেখায়।
cli-usage-conflict = { $arg } আর { $other } একসঙ্গে দেওয়া যায় না। এদের একটি রাখুন।
cli-usage-other = কমান্ড লাইনটি { $arg }-এ পড়া যায়নি। `{ $help }` দেখায় এটি কীভাবে লিখতে হয়।
cli-usage-other-line = কমান্ড লাইনটি পড়া যায়নি। `{ $help }` দেখায় এটি কীভাবে লিখতে হয়।
cli-usage-twice = { $arg } দুবার দেওয়া হয়েছে। এটি একবারই দিন।
cli-usage-no-command = “{ $command }”-এর পরে কোনো কমান্ড দেওয়া হয়নি। এগুলির একটি লিখুন: { $commands }। প্রতিটি কী করে, `{ $help }` তা বলে।
cli-usage-did-you-mean = আপনি কি { $word } বোঝাতে চেয়েছেন?
