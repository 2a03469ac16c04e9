# Issue 15 (follow-up, second part): the follow-up list and the debt-free list.
report-followup-list = Follow-up list: borrowers who fell behind
report-debt-free = Borrowers who became debt-free
col-contact = Contact
col-last-payment = Last payment
col-next-due = Next due
col-visits = Visits
col-last-visit = Last visit
col-debt-free-on = Debt-free on
note-followup-rescheduled = Loan { $loan } was rescheduled; it stays on this list until it is repaid.
note-committee-only = For the committee only: do not read this out or post it for all members.
