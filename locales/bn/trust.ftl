# Issue 13: a new recovery code, duplicate loans in one meeting, facts added to the records chain.
encrypt-code-unseen = এই কোড আপনাকে দেখানো না হলে, বা কাগজ হারালে, পাসফ্রেজ দিয়ে `samuh recovery-code new` চালান: এটি নতুন কোড ছাপে, আর পুরনো কোড এই বহি খোলা বন্ধ করে।
recovery-code-new-done = { $path }-এর নতুন রিকভারি কোড তৈরি হয়েছে। পুরনো কোড আর এই বহি খোলে না; পাসফ্রেজ একই থাকে।
recovery-code-new-backups = আজকের আগে তৈরি ব্যাকআপ ও পেন-ড্রাইভ কপি এখনও পুরনো কোডে খোলে: এখনই নতুন ব্যাকআপ নিন এবং পুরনোগুলো মুছে ফেলুন।
