# Issue 13: a new recovery code, duplicate loans in one meeting, facts added to the records chain.
encrypt-code-unseen = এই কোড আপনাকে দেখানো না হলে, বা কাগজ হারালে, পাসফ্রেজ দিয়ে `samuh recovery-code new` চালান: এটি নতুন কোড ছাপে, আর পুরনো কোড এই বহি খোলা বন্ধ করে।
recovery-code-new-done = { $path }-এর নতুন রিকভারি কোড তৈরি হয়েছে। পুরনো কোড আর এই বহি খোলে না; পাসফ্রেজ একই থাকে।
recovery-code-new-backups = আজকের আগে তৈরি ব্যাকআপ ও পেন-ড্রাইভ কপি এখনও পুরনো কোডে খোলে: এখনই নতুন ব্যাকআপ নিন এবং পুরনোগুলো মুছে ফেলুন।
finding-record-changed-opening = প্রারম্ভিক স্থিতির কাট-অফ তারিখ ({ $date }) লেখা তথ্য থেকে আলাদা।
finding-record-changed-passbook-print = সদস্য { $member }-এর পাসবইয়ের একটি ছাপা ({ $date }) লেখা তথ্য থেকে আলাদা: পরের ছাপা ভুল লাইন থেকে শুরু হতে পারে।
finding-record-changed-command = পুনরায় পাঠানো অনুরোধের তালিকার দাখিলা { $id } (পুনরায় পাঠানো অনুরোধ কোন সংরক্ষণের উত্তর পায়) লেখা তথ্য থেকে আলাদা।
error-meeting-loan-twice = { $member }-এর একই নতুন ঋণ এই সভায় দুবার দেওয়া হয়েছে (ঋণের সারি { $first } ও { $second })। কিছুই সংরক্ষিত হয়নি। একটি সারি মুছুন; সদস্য সত্যিই একসঙ্গে দুটি ঋণ নিলে প্রতিটির উদ্দেশ্য আলাদা লিখুন (যেমন "গরু" ও "বীজ")।
