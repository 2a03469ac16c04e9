# Documents (issue 12): printing versus saving a passbook, and documents fit for signing.

passbook-print-question = { $count ->
    [one] Did the passbook print correctly ({ $count } line)? Only then is this line marked as printed.
   *[other] Did the passbook print correctly ({ $count } lines)? Only then are these lines marked as printed.
}
passbook-print-recorded = { $count ->
    [one] { $count } line marked as printed. The next printing continues after it.
   *[other] { $count } lines marked as printed. The next printing continues after them.
}
cli-passbook-pending = Nothing is marked as printed yet. Once the passbook has printed correctly, record its lines with: { $command }

report-audit-appendix = Technical appendix
cover-book-code = Book code
cover-org-code = Organisation code in the book

# Short worksheet names of the audit workbook (at most 28 characters).
sheet-audit-cover = Cover
sheet-audit-appendix = Technical appendix
sheet-cash-book = Cash book
sheet-bank-book = Bank book
sheet-receipts-payments = Receipts and payments
sheet-income-expenditure = Income and expenditure
sheet-balance-sheet = Balance sheet
sheet-appropriation = Profit appropriation
sheet-trial-balance = Trial balance
sheet-savings-register = Savings register
sheet-share-register = Share register
sheet-loan-register = Loan register
sheet-dcb = DCB
sheet-arrears = Arrears
sheet-panchsutra = Panchsutra
sheet-reversals = Reversals
sheet-approvals = Approvals
sheet-attendance = Attendance
sheet-minutes = Minutes
sheet-bank-linkage = Bank linkage
