# Issue 15 (welfare): a death in the funeral-welfare club, its levy register and payout, settlement
# slips to lending funds, and the welfare benefits of a savings group.

error-death-not-eligible = { $member } owed { $unpaid } levies for earlier deaths and so had lost eligibility under the club's rules; no levy is raised. Check the levy register and the rules.
error-no-benefit = The welfare rules in force on { $date } pay no { $kind ->
        [birth] birth
        [sickness] sickness
        [old-age] old-age
       *[death] death
    } benefit. Set its amount in the welfare rules first, or check the date.
error-slip-altered = { $path } is not a settlement slip, or it was changed after the club signed it. Ask the club for the slip file again.
error-slip-already-recorded = The settlement slip { $slip } is already recorded in this book. Nothing more is owed for it; check the loan's statement.
error-unknown-slip = This club wrote no settlement slip { $slip }. Check the slip's reference on the paper.
error-slip-above-loan = The settlement slip { $slip } pays { $amount }, more than the { $owed } owed on this loan. Check the loan number.

finding-record-changed-welfare = The welfare record “{ $what }” (rules, deaths, levy registers, collections, payouts, slips, benefits) differs from what was recorded.

line-levy = Death levy
line-admin-share = Club's admin share
line-debt-settled = Deceased's loan settled
line-welfare-payout = Paid to the nominee
line-welfare-benefit = Welfare benefit
line-welfare-fee = Annual welfare fee
account-settlement-payable = Owed to lending funds (settlement slips)

report-levy-register = Levy register
report-welfare-benefits = Welfare benefits register
report-payout-statement = Payout statement
col-levy-due = Levy due
col-levy-paid = Paid
col-paid-on = Paid on
col-levy-owed = Still owed
col-received-on = Fund's receipt recorded
col-benefit-kind = Benefit
col-welfare-eligible = Eligible
section-levy-death = Death of { $member } on { $date } — levy { $levy } per member
section-owed-to-funds = Owed to lending funds until their receipt is recorded
section-benefits-by-kind = Totals by benefit
section-payout-steps = How the payout was computed
section-signatures = Signatures
row-still-owed = Still owed
row-deceased = Deceased member
row-died-on = Date of death
row-nominee = Nominee
row-paid-on = Paid on
row-levy-collected = Levy collected: { $count } members × { $levy }
row-admin-share = Less the club's admin share ({ $rate } %)
row-benefit = Benefit
row-settled-interest = Interest paid to { $fund }, loan { $loan } ({ $reference })
row-settled-principal = Principal paid to { $fund }, loan { $loan } ({ $reference })
row-to-family = Paid to the nominee
note-levy-collected = { $paid } of { $owing } members have paid, { $amount } in all.
note-levy-paid-out = Paid out on { $date }: { $amount } collected.
note-debt-left = { $amount } of loan { $loan } with { $fund } is still owed: the benefit did not cover it.
note-guarantors-released = The guarantors of loan { $loan } with { $fund } are released: { $guarantors }.
note-amount-in-words = Paid to the nominee, in words: { $words }.
welfare-eligible-yes = Yes
welfare-eligible-no = No (in arrears)
benefit-birth = Birth
benefit-sickness = Sickness
benefit-old-age = Old age
benefit-death = Death
sign-treasurer = Treasurer
sign-president = President
sign-nominee = Nominee (received)
sign-witness = Witness

report-settlement-slip = Settlement slip
row-slip-ref = Slip
row-club = Welfare club
row-fund = Lending fund
row-loan = Loan
row-club-voucher = Club's voucher
row-fingerprint = Club's key fingerprint
note-slip-record = The lending fund records this slip as the loan's repayment (samuh welfare slip-record with the signed file); compare the fingerprint with the signed file.
sign-fund = Lending fund (received)

cli-welfare-rules-saved = Welfare rules from { $date } recorded.
cli-welfare-death-saved = Death recorded: { $owing } members owe the levy of { $levy } ({ $expected } in all). Book code { $code }.
cli-welfare-payout-saved = Payout recorded in voucher { $voucher }: collected { $collected }, admin share { $admin }, to lending funds { $funds }, to the nominee { $family }. Book code { $code }.
cli-welfare-settled = Loan { $loan } with { $fund }: interest { $interest }, principal { $principal }, still owed { $left } ({ $reference }).
error-welfare-fee-already-paid = { $member } has already paid the welfare fee for { $year }. Take it once a year: check the members named, or the date.

## Dates checked against the death and its payout
error-welfare-before-death = { $date } is before the death of { $deceased } on { $died }. Levies and the payout for a death are dated on or after the day of the death. Nothing was saved. Check the date.
error-levy-after-payout = The death of { $deceased } was paid out on { $paid }: no more levies are collected for it, since the payout was worked out from the levies collected by then. Nothing was saved. Check the deceased's number.
error-payout-before-last-levy = Levies for the death of { $deceased } were collected up to { $last }; a payout dated { $date } would leave those collected after it in the welfare fund. Nothing was saved. Date the payout on or after { $last }.
error-benefit-after-death = The death of { $member } on { $died } is recorded: no benefit is paid to the member from that day. The family's death benefit is the death's payout. Nothing was saved. Check the member and the date.
error-admin-share-out-of-range = Admin share: “{ $input }” is not a percentage from 0 to 100. Type the percent of each death's collection the club keeps, for example 5.
error-welfare-rules-same-day = Welfare rules already start on { $date }. Recorded rules are not changed: a new version of the rules starts on a later day. Give another start date.
error-settle-malformed = Loans to settle: “{ $value }” is not a loan. Write FUND:LOAN for a fund kept in this book (for example vf-roiet:3), or “FUND NAME:LOAN:PRINCIPAL:INTEREST” for a fund kept in another book, with the amounts from its statement.
