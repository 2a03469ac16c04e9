# Issue 15 (session 10): the register of annual welfare fees.
report-welfare-fees = বার্ষিক কল্যাণ ফি রেজিস্টার
section-fee-year = বছর { $year } — সদস্যপ্রতি ফি { $fee }
col-fee-due = দেয় ফি
note-fees-collected = { $members } জনের মধ্যে { $paid } জন ফি দিয়েছেন, মোট { $amount }।
