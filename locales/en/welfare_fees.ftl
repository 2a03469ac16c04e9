# Issue 15 (session 10): the register of annual welfare fees.
report-welfare-fees = Annual welfare fee register
section-fee-year = Year { $year } — fee { $fee } per member
col-fee-due = Fee due
note-fees-collected = { $paid } of { $members } members have paid, { $amount } in all.
