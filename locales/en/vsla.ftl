# VSLA groups (issue 14): shares at each meeting, cycles, the share-out.

## Errors
error-vsla-shares-out-of-range = { $member } may buy 1 to 5 shares at a meeting, not { $shares }. Type a whole number from 1 to 5, or leave it empty.
error-vsla-loans-outstanding = { $count } loans ({ $amount }) are still out, and the by-laws refuse a share-out until every loan is repaid. Record the repayments first, or change the by-law to net loans against the payouts.
error-vsla-fund-short = The loan fund is { $fund } once the social fund of { $social_fund } is set aside, less than nothing: there is nothing to share out. Check the cash counted and the bank balance.
error-vsla-loan-above-payout = { $member } owes { $owed }, more than the payout of { $payout }: the loan cannot be netted. Collect the rest of the loan before the share-out.
error-vsla-already-shared-out = Cycle { $cycle } has already been shared out. Open the next cycle (samuh vsla cycle-open) before recording its meetings.
error-vsla-cycle-not-ended = Cycle { $cycle } ends on { $end }; a share-out before then is refused. Share out on or after that day.
error-vsla-no-cycle = { $org } has no VSLA cycle. Open one first (samuh vsla cycle-open) with its share price and by-laws.
error-not-vsla = { $org } is not a VSLA group, so it has no cycles or share-out. Choose a VSLA group.
error-vsla-cycle-still-open = Cycle { $cycle } has not been shared out yet; the next cycle opens after the share-out.
error-vsla-cycle-start-too-early = The new cycle must start after the last share-out, { $date }: that day belongs to the cycle shared out. Start it on a later day.

## Lines and records
line-share-out = Share-out
line-social-fund = Social fund contribution
act-vsla-share-out = VSLA share-out
act-vsla-cycle-open = VSLA cycle opened
finding-record-changed-vsla-cycle = VSLA cycle { $cycle } (its dates, share price or by-laws) differs from what was recorded.
finding-record-changed-vsla-share-out = The share-out of VSLA cycle { $cycle } differs from what was recorded.

## The share-out sheet
report-share-out = Share-out sheet
section-share-out-fund = The loan fund at the end of cycle { $cycle }
section-share-out-members = Each member's share-out (read aloud, then sign)
row-share-out-cash = Cash in the box
row-share-out-bank = Bank balance
row-share-out-social-fund = Less the social fund (not shared out)
row-share-out-loans-out = Loans still out, netted against the borrowers' payouts
row-share-out-fund = Loan fund to share out
col-shares = Shares
col-share-capital = Paid for the shares
col-share-out-gross = Shares × value
col-loan-deducted = Loan deducted
col-payout = Paid to the member
col-in-words = In words
col-signature = Signature or thumb
note-share-out-value = Value of one share = { $fund } ÷ { $shares } shares = { $value }.
note-share-out-residual = Each payout is cut to the smallest coin; what that leaves, { $residual }, stays in the fund and is carried to the next cycle.
note-share-out-loans-net = By the by-laws, a loan still out is deducted from the borrower's payout (and counted in the fund as if repaid).
note-share-out-loans-refuse = By the by-laws, no share-out is made while any loan is out.
note-share-out-social-fund = The social fund ({ $amount }) is not shared out: it stays with the group for the next cycle.
note-share-out-preview = Preview: nothing has been paid or recorded yet.

## CLI
cli-vsla-cycle-opened = Cycle { $cycle } of { $org } is open. Book code { $code }.
cli-vsla-shared-out = Cycle { $cycle } of { $org } is shared out (voucher { $voucher }). Book code { $code }.
error-social-fund-not-by-law = { $member } paid { $amount } to the social fund; the by-laws of this cycle ask { $due } of every member at each meeting. Nothing was saved. Enter { $due }, or leave the box empty if she paid nothing.

## A shared-out cycle is closed; the bounds of a cycle's by-laws
error-vsla-cycle-shared-out = { $date } falls in cycle { $cycle }, which was shared out on { $shared_out }. The entries of a shared-out cycle cannot change: its loans were settled and its shares paid out from them. Nothing was saved. Date the entry after { $shared_out }, in the current cycle.
error-vsla-voucher-in-shared-out-cycle = Voucher { $voucher } of { $date } belongs to cycle { $cycle }, which was shared out on { $shared_out }. The entries of a shared-out cycle cannot change, so it is not reversed. Nothing was changed. Record the correction as a new entry in the current cycle.
error-vsla-cycle-end-not-after-start = The cycle's end, { $end }, is not after its start, { $start }. The end must come after the start: a cycle usually runs 9 to 12 months. Leave the end empty for a year less a day.
error-vsla-cycle-too-long = A cycle from { $start } to { $end } runs longer than { $months } months; VSLA cycles usually run 9 to 12 months. End it on or before { $latest }.
error-vsla-service-charge-out-of-range = Service charge: “{ $input }” is not a rate from 0 to { $max } % a month. Groups usually charge 5 to 10 % a month of the loan; check that a yearly rate was not typed as a monthly one.
error-share-price-not-positive = { $field }: “{ $input }”: a share's price must be more than zero. Type the price of one share, for example 50.
