# Names of the fields that the welfare club, the VSLA cycle, receipts and follow-up visits
# (issues 14 and 15) name in their messages.
field-admin-share = প্রশাসনিক অংশ
field-annual-fee = বার্ষিক ফি
field-answer = উত্তর
field-arrears = বকেয়া
field-birth = জন্ম সহায়তা
field-death-benefit = মৃত্যু সহায়তা
field-end = চক্রের শেষ
field-found = কী পাওয়া গেল
field-levy = মৃত্যু প্রতি চাঁদা
field-members = সদস্য
field-model = কল্যাণের ধরন
field-old-age = বার্ধক্য সহায়তা
field-paper = কাগজের মাপ
field-service-charge = সেবা মাশুল
field-settle = পরিশোধের ঋণ
field-share-price = শেয়ারের দাম
field-sickness = অসুস্থতা সহায়তা
field-social-fund = সামাজিক তহবিল
field-start = চক্রের শুরু
field-status = অবস্থা
field-visitors = কারা গেলেন
field-attended = কারা উপস্থিত ছিলেন
field-pay-on = পরিশোধের তারিখ
field-promise = সম্মত পরিশোধ
field-promises = সম্মত পরিশোধগুলি
