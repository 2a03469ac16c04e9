# Issue 15 (session 9): the visit log of households behind on their loans.
report-visit-log = Visit log: households visited about their loans
col-visitors = Who went
col-found = What was found
col-record-matches = Records agree?
visit-record-matches = Yes, the committee's record matches
visit-record-differs = No, the household's account differs
