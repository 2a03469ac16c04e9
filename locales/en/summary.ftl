# The printable meeting summary (issue 12): the page the members sign after a meeting is saved.
report-meeting-summary = Meeting summary: meeting no. { $number } of { $date }
summary-section-attendance = Attendance
summary-col-mark = Attendance
summary-section-money = Money at this meeting
summary-savings = Savings
summary-shares = Shares bought
summary-principal = Loan repayments: principal
summary-interest = Loan repayments: interest
summary-fines = Fines received
summary-other-receipts = Other receipts (bank withdrawal, fees, other income)
summary-loans-given = Loans given
summary-withdrawals = Savings withdrawn
summary-payments = Payments and expenses (bank deposit, expenses, payments to the bank)
summary-section-cash = Cash
summary-section-minutes = Minutes
summary-section-signatures = Signatures
summary-section-members = Members: attendance and signatures
summary-col-signer = Name
summary-col-office = Office
summary-col-signature = Signature or thumbprint
summary-role = { $role ->
        [president] President
        [secretary] Secretary
       *[treasurer] Treasurer
    }
summary-sign-note = We, the members present, confirm that this summary is what was done and decided at the meeting.
meeting-page-print-summary = Print meeting summary
meeting-page-summary-printed = Meeting summary sent to the printer:
summary-section-bank = Through the bank at this meeting
summary-bank-in = Into the bank (deposits, grants and loans received in the bank)
summary-bank-out = Out of the bank (withdrawals, payments from the bank)
summary-section-agenda = Agenda: decisions followed up and loans' use
summary-loan-use = Loan { $loan } to { $member }: used for its purpose?
col-answer = Answer
