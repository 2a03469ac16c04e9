# Samuh — core messages (English, the source locale).
# Every id here must exist in hi, bn and th too (the tests check it).
# Amounts and dates arrive already formatted for the locale; counts are numbers (for plurals).

## Errors: say what is wrong and what to do about it.

error-invalid-amount = { $field }: “{ $input }” is not an amount. Type digits only, with commas between thousands if you like, for example 1,250.50.
error-negative-amount = { $field }: “{ $input }” is below zero. Enter the amount without a minus sign; to undo an entry, reverse its voucher.
error-too-many-decimals = { $field }: “{ $input }” has { $digits } digits after the point. Money has at most 2 (paise, poisha, satang); round the amount.
error-amount-too-large = { $field }: “{ $input }” is far too large for these books: the largest amount they accept is { $limit }. Check the amount for extra digits.
error-invalid-date = { $field }: “{ $input }” is not a date. Type day-month-year, for example 14-04-2025.
error-date-in-future = The date { $date } is after today ({ $today }). Enter only what has already happened, or check the computer's clock.
error-date-before-formation = The date { $date } is before the group was formed on { $formed }. Check the date, or correct the formation date.
error-date-before-opening = The date { $date } is before the books were opened on { $opening }. Enter it as part of the opening balances instead.
error-invalid-number = { $field }: “{ $input }” is not a number. Type digits only, for example 12.
error-invalid-choice = { $field }: “{ $value }” is not one of the choices. Pick a value from the list.
error-period-backwards = The period starts on { $from }, after it ends on { $to }. Give a start on or before the end.
error-required = { $field } is required. Fill it in and try again.
error-unknown-organisation = There is no group “{ $org }” in this book. Check the name or code, or create the group first.
error-duplicate-organisation = A group “{ $org }” already exists. Choose a different name or code.
error-unknown-member = There is no member “{ $member }”. Check the admission number, or add the member first.
error-duplicate-member = Member “{ $member }” already exists. Use a different admission number.
error-member-exited = { $member } left the group on { $exited }. Entries after that date cannot be made for this member.
error-member-not-yet-joined = { $member } joined only on { $joined }. Check the date, or correct the joining date.
error-member-has-balance = { $member } still has a balance of { $balance }. Settle savings and loans before the member leaves.
error-org-code-invalid = The short code “{ $code }” may hold only letters, digits, dashes and underscores, with no spaces: for example shg-belwa. Every command and file names the organisation by it.
error-exit-before-last-entry = { $member } cannot leave on { $date }: the book has entries of this member up to { $last } (savings, a loan, or a meeting attended). Date the exit on or after { $last }.
error-guarantor-of-running-loan = { $member } stands guarantor for loan { $loan } of { $borrower }, which still owes { $owed }. The member can leave once that loan is repaid.
error-member-listed-twice = { $member } appears twice in this list. Remove one of the lines.
error-no-policy = No by-laws are in force on { $date }. Record the group's by-laws (savings, interest, loan limit) from that date first.
error-loan-above-cap = Loan of { $amount } for { $member } is above the group's limit of { $cap }. Enter a smaller amount or change the by-laws.
error-too-few-guarantors = { $member } has { $given ->
        [one] one guarantor
       *[other] { $given } guarantors
    }, but the by-laws need { $required }. Add more guarantors.
error-invalid-guarantor = { $guarantor } cannot stand guarantor for { $member }. A guarantor must be another active member; choose someone else.
error-invalid-loan-terms = These loan terms cannot be used: { $detail ->
        [principal] the amount must be more than zero
        [rate] the interest rate must be from 0 to 100 %
        [instalments] the number of instalments must be from 1 to 520
        [grace] the grace periods must be fewer than the instalments
        [bullet-grace] a loan repaid in one payment has no grace periods
        [rounding] the rounding unit must be more than zero
        [rounding-above-principal] the rounding unit is larger than the loan
        [due-date] the last due date is too far in the future
        [too-large] the interest would be too large to record
        [reschedule-principal] a new schedule must be for exactly the principal still owed
       *[other] they do not fit together
    }. Check the rate, the number of instalments and the dates.
error-unknown-loan = There is no loan “{ $loan }”. Check the loan number.
error-loan-not-active = Loan { $loan } is not running (it is closed or not yet given). Choose a running loan.
error-loan-not-of-member = Loan { $loan } does not belong to { $member }. Choose the member's own loan.
error-repayment-above-owed = Repayment of { $amount } is more than the { $owed } still owed on loan { $loan }. Enter at most { $owed }.
error-prepayment-not-allowed = Repayment of { $amount } is more than the { $due } due now on loan { $loan }, and the by-laws do not allow paying early. Enter at most { $due }.
error-repaid-later = Loan { $loan } already has a repayment entered on { $date }, after this date, and repayments must be entered in date order. Reverse the later repayment first, then enter the repayments again, oldest first.
error-reschedule-before-later = Loan { $loan } cannot be rescheduled on { $date }: it has a repayment or a reschedule on { $later }, worked on the terms before. Date the reschedule on or after { $later }, or reverse the later entry first.
error-withdrawal-above-savings = { $member } wants to withdraw { $amount } but has only { $balance } in savings. Enter at most { $balance }.
error-cash-below-zero = Cash in hand would fall below zero on { $date }, short by { $shortfall }. Check the entries, or record the money taken out of the bank first.
error-bank-below-zero = The bank balance would fall below zero on { $date }, short by { $shortfall }. Check the entries, or record the deposit first.
error-bank-loan-above-owed = Bank loan repayment of { $amount } is more than the { $owed } owed to the bank. Enter at most { $owed }.
error-meeting-already-recorded = A meeting on { $date } is already recorded. Open that meeting to correct it instead of entering it again.
error-opening-already-recorded = The opening balances are already recorded. To correct them, reverse the opening voucher and enter it again.
error-opening-after-entries = The opening balances must be the first entry in the books. Record them before any meeting or payment.
error-unbalanced-voucher = This voucher does not balance: debits and credits differ by { $difference }. Correct the amounts so that they are equal.
error-empty-voucher = This voucher has no amounts. Enter at least one amount.
error-unknown-voucher = There is no voucher “{ $voucher }”. Check the voucher number.
error-already-reversed = Voucher { $voucher } has already been reversed. Nothing more to undo.
error-cannot-reverse-reversal = Voucher { $voucher } is itself a reversal and cannot be reversed. Enter the correct entry again instead.
error-reason-required = Please give a reason. Every correction is kept in the books with its reason.
error-corrupt-file = The file { $path } is damaged ({ $detail }). Open your latest backup instead.
error-file-unreadable = Cannot read { $path }: { $reason ->
    [not-found] the file is not there. Check that the pen drive or folder is connected and the name is right.
    [permission] this computer's user may not open it. Ask whoever set up the computer to allow it, or copy the file to your own folder.
    [disk-full] the disk is full. Free some space and try again.
    [read-only] the disk or pen drive is write-protected. Remove the protection, or copy the file to another folder.
    [damaged] the file is damaged or incomplete. Use a backup of the book.
   *[other] the computer reported a problem ({ $detail }). Check that the file exists and that the pen drive or folder is connected.
}
error-newer-database = This book was saved by a newer version of Samuh (version { $found }; this program knows up to { $supported }). Update Samuh to open it.
error-not-a-book = { $path } is not a Samuh book. Choose a book file made by Samuh.
error-database = The book could not be saved or read ({ $detail }). Nothing was changed; try again, and restore the latest backup if it keeps happening.
error-unknown-report = There is no report “{ $name }”. Choose a report from the list.
error-checks-failed = { $count ->
        [one] One check of the books failed.
       *[other] { $count } checks of the books failed.
    } See the list below and correct each entry.

## Field names (form labels; also used inside error messages).

field-amount = Amount
field-savings = Savings
field-repayment = Repayment
field-withdrawal = Withdrawal
field-fine = Fine
field-loan = Loan
field-date = Date
field-meeting-date = Meeting date
field-formed-on = Date formed
field-joined-on = Date joined
field-rate = Interest rate
field-dividend-rate = Dividend rate
field-instalments = Number of instalments
field-cash-counted = Cash counted
field-opening-cash = Opening cash in hand
field-opening-bank = Opening bank balance
field-principal = Principal
field-interest = Interest
field-guarantors = Guarantors
field-name = Name
field-admission-no = Admission no.
field-org = Group
field-member = Member
field-file = File
field-reason = Reason
field-language = Language
field-digits = Digits
field-calendar = Calendar
field-kind = Type of group
field-country = Country
field-frequency = Meeting frequency
field-time = Time
field-notes = Notes
field-repayment-frequency = Repayment frequency
field-benefit-kind = Kind of benefit
field-expense-head = Expense head
field-line-kind = Kind of entry
field-method = Interest method
field-role = Role
field-attendance = Attendance
field-fund = Source of funds
field-currency = Currency
field-saving-per-meeting = Savings per meeting
field-loan-cap = Loan limit
field-rounding = Rounding

## Kinds of group.

kind-shg = Self-help group (SHG)
kind-village-organisation = Village Organisation (VO)
kind-village-fund = Village fund
kind-savings-group = Savings group
kind-cooperative = Cooperative society
kind-welfare-club = Welfare club
kind-vsla = Savings group (VSLA)
kind-cluster-federation = Cluster-level federation (CLF)
kind-cooperative-office = Cooperative office
kind-fund-centre = Fund management centre

country-in = India
country-bd = Bangladesh
country-th = Thailand

frequency-weekly = Weekly
frequency-fortnightly = Fortnightly
frequency-monthly = Monthly

role-president = President
role-secretary = Secretary
role-treasurer = Treasurer
role-member = Member

attendance-present = Present
attendance-late = Late
attendance-absent-with-leave = Absent with leave
attendance-absent = Absent

## Loans.

method-flat = Flat (on the original principal)
method-reducing-equal-principal = Reducing balance, equal principal
method-reducing-emi = Reducing balance, equal instalments (EMI)
method-bullet = All at the end (bullet)

repay-frequency-weekly = Weekly
repay-frequency-fortnightly = Fortnightly
repay-frequency-monthly = Monthly
repay-frequency-annual = Yearly

rate-period-month = per month
rate-period-year = per year

fund-own-savings = Own savings
fund-revolving-fund = Revolving Fund (RF)
fund-community-investment-fund = Community Investment Fund (CIF)
fund-bank-loan = Bank loan
fund-village-fund-capital = Village fund capital
fund-welfare-fund = Welfare fund

part-fine = Fine
part-interest = Interest
part-principal = Principal

## Accounts and vouchers.

account-type-asset = Asset
account-type-liability = Liability
account-type-equity = Capital and funds
account-type-income = Income
account-type-expense = Expense

voucher-kind-opening = Opening balances
voucher-kind-meeting = Meeting
voucher-kind-disbursement = Loan disbursement
voucher-kind-repayment = Loan repayment
voucher-kind-receipt = Receipt
voucher-kind-payment = Payment
voucher-kind-reversal = Reversal

line-opening = Opening balance
line-saving = Savings
line-withdrawal = Savings withdrawn
line-disbursement = Loan given
line-principal = Principal repaid
line-interest = Interest
line-loan-fine = Late repayment fine
line-attendance-fine = Attendance fine
line-bank-deposit = Deposited in bank
line-bank-withdrawal = Withdrawn from bank
line-bank-loan-received = Bank loan received
line-bank-loan-repaid = Bank loan repaid
line-bank-loan-interest = Interest on bank loan
line-bank-interest = Bank interest received
line-grant = Grant
line-membership-fee = Membership fee
line-other-income = Other income
line-expense = Expense
line-cash-shortage = Cash short at count
line-cash-excess = Cash over at count
line-reversal = Reversal

account-cash = Cash in hand
account-bank = Cash at bank
account-loans-to-members = Loans to members
account-member-savings = Members' savings
account-bank-loan = Bank loan
account-cif-payable = CIF payable to the federation
account-revolving-fund = Revolving Fund (RF)
account-village-fund-capital = Village fund capital
account-welfare-fund = Welfare fund
account-share-capital = Share capital
account-reserve-fund = Reserve fund
account-accumulated-surplus = Accumulated surplus
account-interest-income = Interest received on loans
account-fine-income = Fines received
account-bank-interest-income = Bank interest received
account-grant-income = Grants received
account-membership-fee-income = Membership fees
account-other-income = Other income
account-cash-excess = Cash over at count
account-bank-loan-interest = Interest paid on bank loan
account-meeting-expense = Meeting expenses
account-stationery-expense = Stationery
account-travel-expense = Travel
account-honorarium-expense = Honorarium (bookkeeper)
account-bank-charges = Bank charges
account-training-expense = Training
account-other-expense = Other expenses
account-cash-shortage = Cash short at count

## Settings.

currency-INR = Indian rupee
currency-BDT = Bangladeshi taka
currency-THB = Thai baht

lang-en = English
lang-hi = हिन्दी
lang-bn = বাংলা
lang-th = ไทย

calendar-gregorian = Gregorian (AD)
calendar-buddhist = Buddhist Era (BE)
calendar-bangabda = Bangla calendar (Bangabda)

digits-latin = 0 1 2 3 (international)
digits-native = Local digits
error-guarantors-out-of-range = { $input } guarantors cannot be asked for a loan: the by-laws may ask from { DIGITS("0") } to { $max }. Type a smaller number.
error-request-malformed = The command “{ $command }” was sent something it cannot read: { $reason ->
        [eof] the request ends too soon.
        [unknown-field] “{ $key }” is not a name it takes.
        [missing-field] “{ $key }” is required and missing.
        [duplicate-field] “{ $key }” is given twice.
        [type] a value of the wrong kind (amounts and dates are sent as text).
       *[other] the request is not well-formed.
    } Nothing was saved. This is a fault of the program that sent it; report it with what you were doing.
error-no-welfare-fee = The welfare rules in force on { $date } set no annual fee, so there is none to collect. Set an annual fee in the welfare rules first, if the club collects one.
error-amount-not-positive = { $field }: { $input } is not an amount to record; it must be more than zero.
