# Reports: titles, columns, rows, notes; loan status; weekdays; samuh check findings.


## Report titles and periods
report-passbook = Passbook: { $member }
report-cash-book = Cash book
report-bank-book = Bank book
report-savings-register = Savings register
report-loan-register = Loan register
report-dcb = Demand, collection, balance and overdue (DCB)
report-arrears = Arrears list
report-trial-balance = Trial balance
report-receipts-payments = Receipts and payments account
report-income-expenditure = Income and expenditure account
report-balance-sheet = Balance sheet
report-minutes = Minutes book
report-period = From { $from } to { $to }
report-as-of = As on { $date }

## Columns
col-date = Date
col-voucher = Voucher no.
col-particulars = Particulars
col-reference = Reference
col-savings-deposited = Savings deposited
col-savings-withdrawn = Savings withdrawn
col-savings-balance = Savings balance
col-loan-disbursed = Loan taken
col-principal-repaid = Principal repaid
col-interest-paid = Interest paid
col-fine-paid = Fine paid
col-loan-balance = Loan balance
col-member = Member
col-note = Note
col-receipts = Receipts
col-payments = Payments
col-balance = Balance
col-member-no = Member no.
col-name = Name
col-opening-balance = Opening balance
col-closing-balance = Closing balance
col-loan-no = Loan no.
col-fund = Fund source
col-disbursed-on = Disbursed on
col-principal = Principal
col-rate = Rate
col-rate-period = Per
col-method = Interest method
col-instalments = Instalments
col-outstanding = Outstanding
col-status = Status
col-guarantors = Guarantors
col-overdue-at-start = Overdue at start
col-demand-in-period = Due in period
col-demand = Demand
col-collection = Collection
col-overdue = Overdue
col-overdue-principal = Overdue principal
col-overdue-interest = Overdue interest
col-fine-due = Fine due
col-days-past-due = Days overdue
col-measure = Measure
col-share = Share
col-account = Account
col-debit = Debit
col-credit = Credit
col-head = Head
col-amount = Amount
col-meeting-no = Meeting no.
col-weekday = Day
col-place = Place
col-present = Present
col-late = Late
col-on-leave = On leave
col-absent = Absent
col-cash-counted = Cash counted
col-cash-per-book = Cash per book
col-difference = Difference
col-item = Item
col-text = Text

## Rows
row-brought-forward = Balance brought forward
row-total = Total
row-subtotal = Subtotal
row-opening-balance = Opening balance
row-closing-balance = Closing balance
row-opening-cash = Opening cash in hand
row-opening-bank = Opening cash at bank
row-closing-cash = Closing cash in hand
row-closing-bank = Closing cash at bank
row-total-income = Total income
row-total-expenditure = Total expenditure
row-surplus = Surplus (income over expenditure)
row-deficit = Deficit (expenditure over income)
row-surplus-for-year = Surplus for the year to date
row-par = Portfolio at risk over { $days } days
row-portfolio = Loans outstanding

## References, sections, heads
ref-reversal-of = Reversal of { $voucher }
ref-reversed-by = Reversed by { $voucher }
section-all-funds = All funds
section-portfolio-at-risk = Portfolio at risk
section-receipts = Receipts
section-payments = Payments
section-income = Income
section-expenditure = Expenditure
section-liabilities = Liabilities and funds
section-assets = Assets
section-meetings = Meetings
section-meeting = Meeting { $number }, { $date }
section-loans-sanctioned = Loans sanctioned at meeting { $number }
section-meeting-agenda = Agenda of meeting { $number }: decisions followed up and loans' use
head-fines = Fines
head-other-receipts = Other receipts
head-other-payments = Other payments
minute-agenda = Agenda
minute-resolution = Resolution

## Notes
note-book-balance = Opening balance { $opening }, closing balance { $closing }.
note-recovery-rate = Recovery rate: { $collection } collected of { $demand } demanded ({ $percent }%).
note-dcb-definition = Demand = overdue at the start + instalments due in the period; overdue = demand not collected.
note-par = Portfolio at risk over { $days } days: { $at_risk } of { $portfolio } outstanding ({ $percent }%).
note-contra-excluded = Transfers between cash in hand and the bank are contra entries and are left out of receipts and payments.
note-surplus = Surplus for the period: { $amount }.
note-deficit = Deficit for the period: { $amount }.
note-out-of-balance = The two sides differ by { $difference }: run samuh check.
note-meeting-reversed = The entries of meeting { $number } of { $date } were reversed.

## Loan status
loan-status-current = Current
loan-status-overdue = Overdue
loan-status-repaid = Repaid
loan-status-rescheduled = Rescheduled
loan-status-cancelled = Cancelled

## Weekdays
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday

## samuh check: the checks and their findings
check-vouchers-balance = Every voucher balances
check-sub-ledgers = Member and loan accounts agree with the ledger
check-cash-not-negative = Cash and bank never below zero
check-loan-balances = Loan balances agree with disbursements and repayments
check-voucher-numbers = Voucher numbers run without gaps
check-hash-chain = No entry was changed after it was saved
check-reversals = Every reversal cancels its entry exactly
finding-unbalanced = Voucher { $voucher } does not balance by { $difference }.
finding-unknown-account = Voucher { $voucher } posts to { $account }, which is not in the chart of accounts.
finding-foreign-key = Voucher { $voucher } names a member or loan of another organisation on { $account }.
finding-missing-sub-ledger = Voucher { $voucher } posts to { $account } without naming the member or loan.
finding-sub-ledger-mismatch = Account { $account } is { $control } but its member or loan accounts add up to { $sum }.
finding-negative-savings = Member { $member } has taken out { $balance } more than saved.
finding-negative-cash = { $account } was below zero on { $date }: { $balance }.
finding-loan-balance = Loan { $loan }: balance { $balance } does not equal disbursed { $disbursed } less repaid { $repaid }.
finding-wrong-fiscal-year = Voucher { $voucher } is numbered in the wrong financial year.
finding-number-gap = Year { $year }: voucher { $expected } is missing (found { $found }).
finding-hash-broken = Voucher { $voucher } was changed after it was saved.
finding-bad-reversal = Reversal { $voucher } does not exactly cancel its entry.
