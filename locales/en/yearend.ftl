# Year-end: bank linkage (India), profit appropriation (Bangladesh co-op s.34, Thai fund template),
# dividend and average-return per member.

## Errors
error-no-profit-to-appropriate = There is no net profit to appropriate: the result for the period is { $result }. Nothing can be distributed.
error-percent-out-of-range = The percentage { $percent }% is not between 0 and 100. Correct the allocation settings.
error-reserve-below-minimum = The reserve share of { $percent }% is below the minimum of { $minimum }%. Raise the reserve share.
error-appropriation-above-hundred = The appropriation shares add up to { $total }%, more than the whole net profit. Lower some of the shares.
error-allocation-not-hundred = The allocation percentages add up to { $total }%; they must total exactly 100%. Correct the allocation template.
error-no-shares-to-share-out = No shares were bought in this cycle, so there is nothing to share out.

## Titles and sections
report-bank-linkage = Bank linkage eligibility
report-appropriation = Net profit appropriation
section-corpus = Corpus
section-linkage-doses = Bank loan doses
section-subvention = Interest subvention on the next dose
section-net-profit = Net profit for the period
section-appropriation = Appropriation of net profit
section-audit-levy = Audit fee and VAT
section-dividend = Dividend per member
section-average-return = Average-return (refund on interest paid)

## Columns
col-dose = Dose
col-multiple-of-corpus = Multiple of corpus
col-minimum = Minimum
col-eligible = Eligible amount
col-paid-up-shares = Paid-up shares
col-dividend = Dividend
col-month-weighted = Sum of monthly balances
col-average-balance = Average balance
col-eligibility = Eligibility
col-average-return = Average-return

## Rows
row-grants-received = Grants received
row-corpus = Corpus
row-dose = Dose { $dose }
row-dose-next = Dose { $dose } (next)
row-subvented-principal = Loan covered by the subvention
row-interest-charged = Interest charged by the bank at { $rate }%
row-prompt-credit = Credited back for prompt repayment at { $rate }%
row-net-interest = Interest borne by the group if repaid promptly
row-net-profit = Net profit
row-audit-fee = Audit fee at { $rate }% of net profit
row-vat-on-audit-fee = VAT at { $rate }% of the audit fee
row-paid-up-capital = Paid-up share capital
bucket-reserve = Reserve fund
bucket-bad-debt-fund = Bad and doubtful debt fund
bucket-coop-development-fund = Co-operative development fund (CDF)
bucket-bylaw-funds = Funds under the by-laws
bucket-dividend = Dividend to members
bucket-average-return = Average-return to borrowers
bucket-welfare = Welfare fund
bucket-committee = Committee remuneration
bucket-public-benefit = Public benefit
bucket-undistributed-to-reserve = Dividend above the cap, to the reserve fund
eligibility-eligible = Eligible
eligibility-defaulted = Defaulted: none

## Notes
note-linkage-india-only = Bank linkage under NRLM and NABARD norms applies to self-help groups in India.
note-corpus-rule = Corpus = members' savings + revolving fund + any grants, as on the report date, from the ledger.
note-linkage-age = Formed on { $formed }: { $months } whole months of existence. The bank asks for at least 6 months of active existence by the group's own books.
note-dose-rule = Each dose is the higher of the multiple of the corpus and the minimum amount; a dose beyond the table is treated as the last one.
note-next-dose = Bank loans received in these books: { $received }. The next is dose { $dose }, eligible amount { $amount }.
note-linkage-conditions = The bank also requires the Panchsutra and grading by NABARD norms; these are not assessed in this report.
note-subvention-basis = Interest for { $months } months on up to { $limit } of the loan, computed as loan × rate × months ÷ 12. The bank computes on the daily balance, so the actual figures differ slightly.
note-net-profit-rule = Net profit = income − expenditure of the period, summed from the journal.
note-provisional = The period is not the whole fiscal year { $start } to { $end }: the figures are provisional.
note-no-appropriation-rule = No appropriation rule is set for this kind of organisation; the general meeting decides how the surplus is used.
note-s34-order = Order of the Cooperative Societies Act 2001, s.34: reserve fund at least { $minimum }%, bad and doubtful debt fund (financing societies only), CDF, funds under the by-laws; the rest is dividend, at most { $cap }% of net profit, and anything above that goes to the reserve fund.
note-bad-debt-applied = The bad and doubtful debt fund is applied because the society lends to its members.
note-bad-debt-not-applied = The bad and doubtful debt fund is not applied: the society has not lent to members in these books.
note-template = Percentages from the fund's allocation template, which must total 100%. The default split is an example, not a regulation: set the fund's own.
note-appropriation-rounding = Each part is rounded to { $unit }; the last part takes the rounding difference, so the parts add up exactly to the net profit.
note-audit-levy = Computed on the net profit above; payable on the audited net profit.
note-no-share-capital = No paid-up share capital is recorded in these books, so the dividend of { $pool } cannot be divided among members. Record the members' shares to see it.
note-coop-dividend-rate = Dividend rate = { $pool } ÷ paid-up capital { $capital } = { $rate }%; each member gets their paid-up shares × the rate.
note-residual = Rounding difference kept in the fund: { $amount }.
note-dividend-base-shares = Dividend in proportion to each member's shares, weighted by month over the { $months } months of the period.
note-dividend-base-savings = Dividend in proportion to each member's savings, weighted by month over the { $months } months of the period.
note-month-first-day = Each month counts the balance held on its first day: a deposit counts from the following month.
note-month-last-day = Each month counts the balance on its last day: a deposit counts in the month it is made.
note-thai-dividend-rate = Dividend rate = { $pool } ÷ total average balances { $total } = { $rate }% for the period.
note-average-return-rate = Average-return rate = { $pool } ÷ loan interest collected { $interest } = { $rate }% of the interest each member paid.
note-defaulters = A member with an instalment overdue on { $date }, or who paid a late-instalment fine during the period, counts as a defaulter and gets no average-return; that share stays in the fund.
note-average-return-kept = Kept in the fund (the defaulters' share and rounding): { $amount }.
note-interest-unassigned = Loan interest in the ledger for the period is { $ledger }, but only { $members } can be traced to a member's loan; check the interest entries.
note-books-open-later = These books open on { $date }: income and expenditure before that date are not in them.

## Shares, dividends and closing the year (issue 14)
error-not-whole-shares = { $member }: { $shares } is not a whole number of shares. Type the number of shares bought, such as 1, 2 or 5.
error-no-share-price = No share price is set on { $date }. Set the price of a share first (samuh year share-price).
error-kind-has-no-shares = { $org } keeps no members' shares. Record this money as savings instead.
error-year-closed = The year { $year } is closed: nothing can be dated inside it. Date the entry after the year, or reopen the year with a reason and a second person.
error-year-not-ended = The year { $year } has not ended: it ends on { $end }. Close it after that day.
error-year-already-closed = The year { $year } is already closed. To close it again, reopen it first.
error-year-not-closed = The year { $year } is not closed, so there is nothing to reopen.
error-dividend-above-cap = A dividend rate of { $rate }% is above the most that is allowed, { $cap }%. Enter a rate of { $cap }% or less.
error-dividend-above-pool = A dividend of { $dividend } is more than the { $pool } the year's profit leaves for it. Enter a lower rate.
error-later-year-closed = The year { $year } cannot be reopened while the later year { $later } is closed. Reopen { $later } first.
error-fiscal-year-invalid = “{ $input }” is not a fiscal year. Write the year it starts in, for example 2025, or its label, for example 2025-26.
error-option-not-for-kind = The setting “{ $option }” does not apply to { $org }: its year is closed by the rule of its kind and country, which this setting is not part of. Leave it out.
error-year-before-formed = The year { $year } ended before the organisation was formed on { $formed }: there is nothing of it to close or audit. Choose a later year.
error-year-without-entries = This book holds no entry dated in or before the year { $year }: that year was kept on paper, before the book began. Close and audit it on paper; in this book, choose a later year.
error-close-under-later-year = The later year { $later } is already closed, so the year { $year } cannot be closed or audited under it. Reopen { $later } first (with a reason and a second person), then close the years in order.
line-share-purchase = Shares bought
line-share-return = Shares returned on leaving
line-year-close = Year closed to surplus
line-appropriation = Appropriation of surplus
line-dividend = Dividend credited
account-dividend-payable = Dividend payable
account-cdf-payable = Co-operative development fund payable
account-bad-debt-fund = Bad and doubtful debt fund
account-bylaw-funds = By-law funds
account-committee-fund = Committee remuneration payable
account-public-benefit-fund = Public benefit fund
finding-record-changed-share-price = The share price from { $date } differs from what was recorded.
finding-record-changed-year-close = The close of the year { $year } differs from what was recorded.
finding-record-changed-year-reopen = The reopening of the year { $year } differs from what was recorded.
act-year-close = Year closed
act-year-reopen = Year reopened
report-year-preview = Closing the year { $year }: preview
report-share-register = Share register
report-dividends = Dividends credited
col-holding = Holding
col-explanation = How it is worked out
col-shares-start = Shares at start
col-shares-bought = Shares bought
col-shares-end = Shares at end
col-credited-to = Credited to
note-year-scheme-coop-bd = Appropriated in the order of the Cooperative Societies Act s.34: reserve, funds, then the dividend.
note-year-scheme-coop-th = Thai co-operative rules: 10% to the reserve first, then the dividend at the rate resolved (at most 10% a year); what is not allocated goes to the reserve.
note-year-scheme-template = Appropriated by the fund's own template, which totals 100%.
note-year-scheme-surplus-stays = The surplus stays in the group's fund: income and expenditure are closed to it and nothing is distributed.
note-year-dividend-rule = Dividend at { $rate }% a year on { $account ->
    [share-capital] paid-up shares
   *[member-savings] savings
}, { $weighting ->
    [whole-year] on the holding at the year's end
    [months-held] month by month on the holding at the start of each month
   *[average-balance] on the average of the monthly holdings
}, rounded { $round_at ->
    [each-month] each month
   *[total] on each member's total
} by { $mode ->
    [truncate] cutting
    [half-even] half to even
   *[half-up] half up
} to { $unit }.
note-year-residual = Pool { $pool }, credited { $paid }; the rounding residual of { $residual } stays in the fund.
note-year-credit-savings = Each member's amount is added to their savings.
note-year-credit-payable = Each member's amount is kept as payable, to be paid in cash at a meeting.
note-year-no-holdings = No member holds shares or savings to share the dividend pool of { $pool }; it stays in the fund.
note-share-price = Share price { $price } on { $date }.
note-shares-uncounted = Share capital of { $amount } is not a whole number of shares at its day's price (brought from paper or added from dividends): counted in capital only.
explain-dividend-whole-year = { $holding } × { $rate }%
explain-dividend-each-month = { $rate }% ÷ 12 on each month's holding → part: { $months }
explain-dividend-months = Sum of { $months } monthly holdings { $sum } ÷ 12 × { $rate }%
cli-year-closed = The year { $year } of { $org } is closed (vouchers { $vouchers }).
cli-year-reopened = The year { $year } of { $org } is reopened (reversals { $vouchers }).
cli-share-price-set = The price of a share in { $org } is { $price } from { $from }.
col-paid-up-capital = Paid-up capital
field-credit-to = where dividends go
field-price = share price
field-rounding-unit = rounding unit
field-rounding-mode = rounding mode
field-round-at = where the dividend is rounded
field-weighting = dividend weighting
field-shares = shares
field-template = allocation template
field-year = year
