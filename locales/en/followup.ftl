# Issue 15 (follow-up): a receipt for every payer, the debt acknowledgement of a reschedule, and
# the follow-up of borrowers who fell behind.

error-nothing-paid = No member paid anything in voucher { $voucher }, so there is no receipt to print. Choose the meeting or the voucher in which the member paid.

receipt-title = Receipt
receipt-date = Date: { $date }
receipt-voucher = Voucher: { $voucher }
receipt-item-saving = Savings
receipt-item-share-purchase = Shares
receipt-item-principal = Loan { $loan }: principal
receipt-item-interest = Loan { $loan }: interest
receipt-item-loan-fine = Loan { $loan }: late fine
receipt-item-attendance-fine = Fine
receipt-item-membership-fee = Membership fee
receipt-item-other = Other payment
receipt-total = Total paid
receipt-in-words = In words: { $words }
receipt-after = After this payment:
receipt-savings-after = Savings balance
receipt-loan-after = Loan { $loan } still owed
receipt-fines-owed = Fines still owed
receipt-book-code = Book code { $code }
receipt-received-by = Received by (treasurer)

note-loan-rescheduled = Loan { $loan } was rescheduled on { $date }: { $principal } re-planned { $instalments ->
    [one] in { $instalments } instalment
   *[other] in { $instalments } instalments
} { $original ->
    [one] (the original terms had { $original } instalment)
   *[other] (the original terms had { $original } instalments)
}; the rate, method and instalments shown are the new terms.

finding-record-changed-reschedule-rule = Loan { $loan }: what the committee decided about the arrears at the rescheduling from { $date } differs from what was recorded.
finding-record-changed-visit = Loan { $loan }: the follow-up visit of { $date } differs from what was recorded.

error-loan-not-rescheduled = Loan { $loan } has not been rescheduled, so it has no debt acknowledgement. Reschedule it first (samuh loan reschedule), or check the loan number.
report-debt-acknowledgement = Debt acknowledgement: loan { $loan } of { $member }
ack-borrower = Borrower
ack-guarantors = Guarantors
ack-rescheduled-on = Rescheduled on
ack-old-balance = Principal still owed (re-planned)
ack-principal-overdue = Principal overdue before the reschedule
ack-interest-overdue = Interest overdue before the reschedule
ack-arrears = The overdue interest
ack-arrears-kept = kept apart: still due, to be paid as well as the new instalments
ack-arrears-folded = folded into the new instalments, as the committee decided
ack-agreement = What was agreed
ack-schedule = The new instalments
ack-declaration = I, { $member }, acknowledge this debt and agree to repay { $amount } { $count ->
    [one] in { $count } instalment
   *[other] in { $count } instalments
} as set out above.
ack-sign-borrower = Signature of the borrower, { $member }: ____________________
ack-sign-guarantor = Signature of the guarantor, { $member }: ____________________
ack-sign-committee = { $role ->
        [president] President
        [secretary] Secretary
       *[treasurer] Treasurer
    }, for the committee: ____________________
