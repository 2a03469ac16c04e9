# Issue 16 (session 8): the grading sheet of an oversight book, per-currency portfolio totals.
report-grading = Grading of all groups (Panchsutra and A/B/C)
col-grading-meetings = Meetings
col-grading-savings = Savings
col-grading-lending = Internal lending
col-grading-repayment = Repayment
col-grading-books = Books
col-grading-met = Panchsutra met (of 5)
col-grading-total = Total marks
col-grading-grade = Grade
col-grading-attendance = Attendance
col-grading-criterion = Criterion
col-grading-marks = Marks
col-grading-full-at = Full marks from
col-grading-half-at = Half marks from
section-grading-rule = The grading rule
grading-meetings = Regular meetings
grading-savings = Regular savings
grading-lending = Internal lending
grading-repayment = Timely repayment
grading-books = Books up to date
grading-rule-meetings = The lower of: meetings held in the period ÷ meetings the group's frequency expects, and members present (on time or late) ÷ members on the roll at those meetings.
grading-rule-savings = Members on the roll at the end who saved at { $percent } % or more of the meetings held while they were members ÷ members on the roll.
grading-rule-lending = Loans outstanding to members ÷ members' savings at the end date (money lent out, not kept idle).
grading-rule-repayment = Loans still outstanding with no day past due on the group's last bundle date ÷ loans outstanding (no loan running counts as 100 %).
grading-rule-books = Meetings whose entries are in the journal ÷ meetings held; no marks if the last entry is older than one meeting interval at the end date.
note-grading-bands = Full marks at or above the first share, half marks at or above the second, none below. Grade A: more than { $a } marks; B: { $b } to { $a }; C: below { $b }. A criterion with full marks is a Panchsutra norm met.
note-grading-count = Grade A: { $a ->
    [one] { $a } group
   *[other] { $a } groups
}; grade B: { $b }; grade C: { $c }.
note-grading-attendance-unknown = A group whose bundles carry no attendance (written by an older Samuh) is graded on its meetings held alone; its attendance is left empty.
section-portfolio-currency = Groups keeping their books in { $currency }
note-portfolio-currencies = The groups keep their books in different currencies, so each currency has its own lines and its own total; amounts in different currencies are never added.
error-grading-sort-unknown = The grading sheet cannot be sorted by “{ $value }”. Choose one of: { $choices }.
