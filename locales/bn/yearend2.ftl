# বছর শেষ (issue 14, চলমান): প্রতি সদস্যের লভ্যাংশ ও গড় ফেরতের স্লিপ।
report-dividend-slip = লভ্যাংশ ও গড় ফেরতের স্লিপ { $year }: { $member }
slip-row-shares = বছর শেষে পরিশোধিত শেয়ার মূলধন
slip-row-savings = বছর শেষে সঞ্চয়
slip-row-dividend = লভ্যাংশ
slip-row-average-return = গড় ফেরত
slip-explain-average-return = বছরে পরিশোধিত ঋণের সুদ { $interest }-এর উপর
slip-row-total = মোট জমা
slip-note-words = কথায়: { $words }
slip-note-savings = মোট টাকা সদস্যের সঞ্চয়ে যোগ করা হয়েছে।
slip-note-payable = মোট টাকা প্রদেয় লভ্যাংশ হিসেবে রাখা হয়েছে, সভায় নগদে দেওয়া হবে।
slip-note-close = বছরটি যেভাবে বন্ধ হয়েছিল, তার শেষ দিন { $date }-এ।
slip-note-signatures = সদস্যের স্বাক্ষর: ______________    কোষাধ্যক্ষের স্বাক্ষর: ______________    তারিখ: __________
slip-note-differs = খাতা এখন এই স্লিপ { $worked } হিসাব করে, কিন্তু সমাপনীতে { $posted } লেখা হয়েছিল। "samuh check" চালান এবং নিরীক্ষককে জিজ্ঞেস করুন।
year-period-range = { $from } থেকে { $to }
