# Issue 15: life events — limits the by-laws set, deaths and levies in a welfare club, fines owed.

error-loan-above-member-cap = { $member } already owes { $outstanding }; a loan of { $amount } would take it above the limit of { $cap } a member may owe. Lend at most { $room }, or wait until more is repaid.
error-loan-above-fund = A loan of { $amount } is more than the { $fund ->
        [own-savings] group's own savings
        [revolving-fund] Revolving Fund
        [community-investment-fund] Community Investment Fund
        [bank-loan] bank loan
        [village-fund-capital] village fund capital
       *[other] welfare fund
    } holds ({ $available } not lent out). Enter a smaller amount or lend from another fund.
error-death-not-enrolled = { $member } was not a member of the club on { $date }, so the club raises no levy for this death. Check the member and the date.
error-death-already-recorded = The death of { $member } is already recorded. Open that death's levy register instead of recording it again.
error-unknown-death = No death of { $member } is recorded in this club. Record the death first, or check the member.
error-levy-already-paid = { $member } has already paid the levy for the death of { $deceased }. Nothing more is owed; check the register.
error-levy-not-owed = { $member } owes no levy for the death of { $deceased } (not enrolled on that date). Check the member.
error-payout-before-collection = Nothing has been collected yet for the death of { $deceased }. Record the members' levies before the payout.
error-payout-already-made = The payout for the death of { $deceased } is already made and recorded: a death is paid out once.
error-no-death-levy = The welfare rules set no levy for a death. Set the levy each member pays in the welfare rules first.
error-no-fine-owed = { $member } owes no fine. Check the member.
error-fine-payment-above-owed = { $member } owes { $owed } in fines; { $amount } is more than that. Enter at most { $owed }.

explain-period-convention = { $convention ->
        [four-weeks] Four weeks are counted as a month (48 weeks to a year), as the by-laws say.
       *[other] Weeks are counted by the calendar: 52 weeks to a year, as the by-laws say.
    }

cap-scope-per-loan = Each loan
cap-scope-member-outstanding = All a member owes
period-convention-calendar = Calendar (52 weeks a year)
period-convention-four-weeks = Four weeks to a month
finding-record-changed-by-law-rule = The by-laws in force from { $date }: what the loan cap limits or how weeks are counted differs from what was recorded.
field-loan-cap-scope = Loan limit applies to
field-interest-period = Counting weeks
note-dcb-replanned = Loan { $loan } was rescheduled in this period: { $amount } that was overdue is re-planned into the new instalments and taken off the demand in the period; the new instalments ask for it again as they fall due.
account-fines-receivable = Fines owed by members
act-fine = Owed fine paid
note-fines-owed = Fines owed on { $date }: { $owed } (charged while absent, not yet paid).
section-fines-owed = Fines owed by members (charged while absent, not yet paid)
report-interest-by-fund = Interest earned by fund
col-loans = Loans
