# খাতা যাঁরা ব্যবহার করেন, পিন, দুই-ব্যক্তির অনুমোদন, এবং সদস্যদের ব্যক্তিগত তথ্য।

error-actor-required = এই খাতায় ব্যবহারকারী নথিভুক্ত আছেন: সংরক্ষণ করতে আপনার নাম বলুন এবং পিন দিন।
error-wrong-pin = { $person } এর নাম বা পিন ভুল। কিছুই সংরক্ষণ হয়নি; আবার চেষ্টা করুন।
error-pin-locked = { $person } এর জন্য অনেকবার ভুল পিন দেওয়া হয়েছে। { $minutes } মিনিট অপেক্ষা করে আবার চেষ্টা করুন।
error-approver-required = { $action ->
    [reversal] বাতিল ভাউচারের
    [by-law] উপবিধি পরিবর্তনের
   *[loan] অনুমোদন সীমার বেশি ঋণের
} জন্য দ্বিতীয় একজনের অনুমোদন লাগবে: অন্য একজন কোষাধ্যক্ষ, হিসাবরক্ষক বা সভাপতি তাঁর নাম ও পিন দিন।
error-approver-is-actor = { $person } নিজের কাজ নিজে অনুমোদন করতে পারেন না। দ্বিতীয়, ভিন্ন একজনকে অনুমোদন করতে হবে।
error-role-cannot-record = { $person } মাঠ কর্মকর্তা: মাঠ কর্মকর্তা খাতা দেখতে, প্রতিবেদন বের করতে ও যাচাই করতে পারেন, কিন্তু লিখতে বা অনুমোদন করতে পারেন না।
error-role-cannot-approve = { $person } মাঠ কর্মকর্তা, অনুমোদন করতে পারেন না। একজন কোষাধ্যক্ষ, হিসাবরক্ষক বা সভাপতিকে বলুন।
error-role-cannot-enrol = শুধু কোষাধ্যক্ষ বা সভাপতি নতুন ব্যবহারকারী নথিভুক্ত করতে পারেন; { $person } পারেন না। তাঁদের একজনকে নাম ও পিন দিতে বলুন।
error-person-outside-org = { $person } অন্য একটি সমিতির খাতা রাখেন, { $org } এর হয়ে কাজ করতে পারেন না।
error-invalid-pin = { $field } { DIGITS("4") } থেকে { DIGITS("8") } অঙ্কের হতে হবে (যেকোনো লিপির অঙ্ক)। শুধু অঙ্ক লিখুন।
error-duplicate-person = { $person } এই খাতায় আগেই নথিভুক্ত। অন্য নাম বেছে নিন অথবা সেই ব্যক্তির পিন বদলান।
error-id-number-too-long = { $field }: সদস্যের গোপনীয়তা রক্ষায় পরিচয়পত্র নম্বরের শুধু শেষ চারটি অঙ্ক রাখা হয়। শুধু শেষ চারটি অঙ্ক লিখুন।
error-member-not-exited = { $member } সমিতি ছেড়ে যাননি। ব্যক্তিগত তথ্য মোছার আগে সঞ্চয় ফেরত দিয়ে ও ঋণ শোধ করে সদস্যপদ ত্যাগ লিখুন।

field-pin = পিন
field-id-last4 = পরিচয়পত্র নম্বর (শেষ চার অঙ্ক)
field-phone = ফোন
field-person = নাম

role-bookkeeper = হিসাবরক্ষক
role-field-officer = মাঠ কর্মকর্তা

report-approvals = কে কী করেছেন এবং কে অনুমোদন করেছেন
col-action = কাজ
col-concerning = বিষয়
col-done-by = করেছেন
col-approved-by = অনুমোদন করেছেন
act-org-add = সমিতি তৈরি
act-member-add = সদস্য যোগ
act-member-exit = সদস্যপদ ত্যাগ
act-member-erase = সদস্যের ব্যক্তিগত তথ্য মোছা
act-by-law = উপবিধি পরিবর্তন
act-opening = প্রারম্ভিক স্থিতি
act-meeting = সভা লিপিবদ্ধ
act-loan = ঋণ বিতরণ
act-repayment = ঋণ পরিশোধ
act-reschedule = ঋণ পুনঃতফসিল
act-reversal = বাতিল ভাউচার
concerning-loan = ঋণ { $loan }
concerning-by-law = { $date } থেকে উপবিধি
concerning-member = সদস্য { $member }

cli-person-added = { $person } কে { $role } হিসেবে নথিভুক্ত করা হয়েছে।
cli-pin-changed = { $person } এর পিন বদলানো হয়েছে।
cli-member-erased = সদস্য { $member } এর ব্যক্তিগত তথ্য মুছে ফেলা হয়েছে; খাতা এখনও যাচাই হয়।
cli-pin-prompt = { $person } এর পিন:
cli-people-none = কেউ নথিভুক্ত নেই: এই খাতা একক ব্যবহারকারীর (এই কম্পিউটারে যে কেউ লিখতে পারেন)।
erased-member = মুছে ফেলা সদস্য { $number }
