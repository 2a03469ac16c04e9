# A Thai co-operative's League of Co-operatives fee (issue 14).
error-league-fee-above-law = A League of Co-operatives fee of { $percent }% is outside what the law allows (0 to { $max }% of the net profit). Give a rate within it.
field-league-fee = League of Co-operatives fee
field-league-fee-cap = Ceiling on the League fee
bucket-league-fee = League of Co-operatives fee
bucket-education = Education fund
account-league-fee-payable = League of Co-operatives fee payable
account-education-fund = Education fund
ui-year-league-fee = League of Co-operatives fee (% of net profit; leave blank for 1 %, at most 30,000)
field-counts-from = When a purchase starts to count (next-month or own-month)
account-audit-fee-payable = Audit fee and VAT payable
note-year-audit-levy = Kept as payable to the Co-operative Department and charged to the accumulated surplus: the split above is of the whole audited net profit.
