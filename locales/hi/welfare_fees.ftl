# Issue 15 (session 10): the register of annual welfare fees.
report-welfare-fees = वार्षिक कल्याण शुल्क रजिस्टर
section-fee-year = वर्ष { $year } — प्रति सदस्य शुल्क { $fee }
col-fee-due = देय शुल्क
note-fees-collected = { $members } में से { $paid } सदस्यों ने शुल्क दिया, कुल { $amount }।
