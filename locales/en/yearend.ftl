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
