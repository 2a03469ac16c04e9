# Year-end (issue 14, continued): each member's dividend and average-return slip.
report-dividend-slip = Dividend and average-return slip { $year }: { $member }
slip-row-shares = Paid-up share capital at the year's end
slip-row-savings = Savings at the year's end
slip-row-dividend = Dividend
slip-row-average-return = Average-return
slip-explain-average-return = on the loan interest paid in the year, { $interest }
slip-row-total = Total credited
slip-note-words = In words: { $words }
slip-note-savings = The total is added to the member's savings.
slip-note-payable = The total is kept as dividend payable and paid in cash at a meeting.
slip-note-close = As the year was closed, on its last day { $date }.
slip-note-signatures = Member's signature: ______________    Treasurer's signature: ______________    Date: __________
slip-note-differs = The book now works this slip out at { $worked }, but the close posted { $posted }. Run "samuh check" and ask the auditor.
year-period-range = { $from } to { $to }
