# Loan schedules and how every figure was computed (explain-* ids come from domain::schedule).
report-loan-schedule = Loan repayment schedule
col-instalment-no = Instalment
col-due-date = Due date
col-instalment = Instalment amount
note-instalment-explained = How instalment { $no } was worked out:
explain-periodic-rate = Rate { $rate } % per { $rate_period ->
        [month] month
        [year] year
        [weekly] weekly
        [fortnightly] fortnightly
        [monthly] monthly
       *[annual] annual
    } is { $periodic } % for each { $frequency ->
        [month] month
        [year] year
        [weekly] weekly
        [fortnightly] fortnightly
        [monthly] monthly
       *[annual] annual
    } instalment period.
explain-flat-total-interest = Flat interest: { $principal } × { $periodic } % × { $periods } periods = { $exact }, rounded to { $total }.
explain-reducing-total-interest = Interest on the opening balances adds up to { $exact }, rounded to { $total }.
explain-equal-principal = Principal per instalment: { $principal } ÷ { $periods } = { $exact }, rounded to { $amount }.
explain-emi = Equal instalment: { $principal } × r ÷ (1 − (1 + r)^−{ $periods }) with r = { $periodic } % = { $exact }, rounded to { $instalment }.
explain-emi-zero-rate = At 0 % the equal instalment is { $principal } ÷ { $periods } = { $exact }, rounded to { $instalment }.
explain-grace = Instalments 1 to { $grace } are interest only; the principal is repaid over the remaining { $periods } instalments.
explain-rounding = Amounts are rounded to multiples of { $unit } ({ $mode ->
        [half-up] rounding half up
        [half-even] rounding half to even
       *[truncate] dropping the remainder
    }); the last instalment absorbs the difference and differs from a regular one by { $difference }.
explain-flat-interest = Interest: { $principal } × { $periodic } % = { $exact }, rounded to { $interest }.
explain-reducing-interest = Interest on the opening balance: { $opening } × { $periodic } % = { $exact }, rounded to { $interest }.
explain-emi-principal = Principal: instalment { $instalment } − interest { $interest } = { $principal }.
explain-grace-instalment = Grace period: interest only, no principal.
explain-principal-capped = Principal limited to the remaining balance { $principal }.
explain-interest-capped = Interest limited to { $interest }, what remains of the total interest.
explain-last-principal = Last instalment: the principal { $principal } is the whole remaining balance.
explain-last-interest = Last instalment: the interest { $interest } is the total interest { $total } less { $earlier } in earlier instalments.
explain-bullet = All principal { $principal } is repaid on { $maturity }; interest { $principal } × { $yearly } % a year × ({ $months ->
    [one] { $months } month ÷ 12
   *[other] { $months } months ÷ 12
} + { $days ->
    [one] { $days } day ÷ 365
   *[other] { $days } days ÷ 365
}) = { $exact }, rounded to { $interest }.
explain-bullet-accrued = Interest accrued to { $date }: { $principal } × { $yearly } % a year × ({ $months ->
    [one] { $months } month ÷ 12
   *[other] { $months } months ÷ 12
} + { $days ->
    [one] { $days } day ÷ 365
   *[other] { $days } days ÷ 365
}) = { $exact }, rounded to { $interest }.
explain-dues-scheduled = Due by { $date }: principal { $principal } and interest { $interest }; paid so far: principal { $paid_principal } and interest { $paid_interest }.
explain-settled = The principal was fully repaid on { $date }; interest of instalments due after that date is not charged.
explain-fine = Fine: { $late } late instalments × { $fine } = { $charged }, less { $paid } already paid = { $due }.
explain-days-past-due = The oldest unpaid instalment fell due on { $date }: { $days ->
    [one] { $days } day past due
   *[other] { $days } days past due
}, { $count ->
    [one] { $count } instalment overdue
   *[other] { $count } instalments overdue
}.
error-no-loan-running = { $member } has no loan running on { $date }. Leave the repayment empty, or give the number of the loan being repaid.
error-reversal-before-original = A reversal cannot be dated { $date }, before the entry { $voucher } of { $original } that it reverses. Date it on or after { $original }.
