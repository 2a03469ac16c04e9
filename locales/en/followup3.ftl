# Issue 15: the committee's follow-up list and the list of those who became debt-free.
report-followup-list = Follow-up list of overdue and rescheduled loans
report-debt-free = Members who became debt-free
col-contact = Contact
col-last-payment = Last payment
col-next-due = Next instalment due
col-next-due-amount = Next instalment
col-visits = Visits
col-last-visit = Last visit
col-debt-free-on = Debt-free since
note-followup-list = Every loan overdue, rescheduled or visited, until it is repaid. Overdue is the principal and interest of instalments that fell due before this date and are unpaid. Longest overdue first.
note-committee-only = For the committee only: do not read this list out or post it where all members see it.
note-debt-free = { $count ->
    [one] One member whose loan was followed up has repaid everything.
   *[other] { $count } members whose loans were followed up have repaid everything.
} The date is that of the payment that cleared the last loan.
