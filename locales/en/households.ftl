# Issue 16 (session 10): the fund centre's households — a household key on a member, the
# households the centre follows, a household's debts across all funds, the restructuring plan.

report-household-debts = Household debts across all funds
report-restructuring-plan = Restructuring plan of a household's debts
report-target-households = Target households and when each became debt-free
col-household = Household
col-interest-due = Interest due
col-total-owed = Owed
col-marked-on = Followed since
col-first-instalment = First instalment to the fund
row-household-total = Household { $household } in all funds
note-household-debts = { $households ->
    [one] { $households } household owes
   *[other] { $households } households owe
}. Each loan of each fund whose borrower's household number is recorded: principal outstanding summed from the fund's entries up to this report's date; interest due, principal overdue and days past due as the fund's own Samuh computed them on the date of its latest bundle. Owed = outstanding + interest due.
note-target-households = { $households ->
    [one] { $households } household followed
   *[other] { $households } households followed
}; { $free } of them are debt-free: every loan in every fund repaid, the date being the day the last principal was repaid (from the funds' entries).
household-no-loans = No loan in any fund
household-debt-free = Debt-free
household-owes = Still owes
section-plan-schedule = One schedule for household { $household }
section-plan-funds = What each fund is repaid
section-plan-instalments = Each instalment split between the funds
note-restructuring-plan = A proposal, not a decision: everything the household owes the funds on this date ({ $owed }) repaid in { $months } equal monthly instalments at the centre's rate of { $rate } % { $period ->
    [month] a month
   *[year] a year
}, from its by-laws. Each fund records the reschedule of its own loan at the amounts below.
note-plan-funds = Each instalment is split between the funds in proportion to what each is owed; the fund owed the most takes the rounding, so every fund is repaid exactly what it is owed.

error-household-key-invalid = “{ $key }” is not a household number. Nothing was saved. Write the number the village uses for the household (digits, letters and “/”, up to 32), for example the house-registration number.
error-household-unknown = No member of the imported funds belongs to household { $household }. Nothing was saved. Check the number, or import the bundle of the fund where the household's member has it recorded.
error-household-already-target = Household { $household } is followed already, since { $date }. Nothing was saved.
error-household-plan-months = A plan over “{ $value }” months cannot be made. Give 1 to { $max } months.

finding-record-changed-household = Member { $member }: the household number recorded on { $date } differs from what was recorded.
finding-record-changed-household-target = Household { $household }, followed since { $date }, differs from what was recorded.
act-household-set = Household number recorded
act-household-target = Household followed by the fund centre
cli-household-set = Household number of member { $member } recorded: { $household }.
cli-household-cleared = Household number of member { $member } withdrawn.
cli-household-target = Household { $household } is followed from { $date }.

ui-household-key = Household number
ui-household-follow-title = Follow a household until it is debt-free
ui-household-follow-hint = The household's number as the funds record it on their members. “Target households” lists every household followed, what it owes in all funds and the day it became debt-free.
ui-household-date = Followed from
ui-household-note = Note
ui-household-follow = Follow this household
ui-household-followed = The household is followed from now on.

field-household = Household number
member-csv-col-household = Household no.

ui-household-title = A member's household number
ui-household-hint = The number the village uses for the member's household (the house-registration number). It goes with the bundles to the fund centre, even without names, so the centre sees the household's debts in every fund.
ui-household-recorded-on = From
ui-household-save = Record the household number
ui-household-saved = The household number is recorded.
household-owes-again = Owes again after being debt-free
note-plan-nothing-owed = Nothing to plan: household { $household } owes no fund anything on this date (or no household owes anything).
