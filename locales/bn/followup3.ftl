# Issue 15 (session 9): the visit log of households behind on their loans.
report-visit-log = পরিদর্শন খাতা: ঋণের বিষয়ে যে পরিবারগুলিতে যাওয়া হয়েছে
col-visitors = কে গিয়েছিলেন
col-found = কী পাওয়া গেল
col-record-matches = হিসাব মেলে?
visit-record-matches = হ্যাঁ, কমিটির হিসাব মেলে
visit-record-differs = না, পরিবারের হিসাব আলাদা
