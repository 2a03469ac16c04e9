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
slip-note-shares = { $capital } buys { $shares } whole shares at { $price }, added to the member's shares; the { $rest } left over, less than one share, is added to savings.
note-year-credit-shares = As the general meeting resolved, each member's amount buys whole shares at { $price } (added to their share capital); what is left over, less than one share, is added to their savings.
line-dividend-paid = Dividend paid in cash
error-no-dividend-payable = No dividend or average-return of the year { $year } is left to pay to { $member }: it was paid already, or the close added it to savings or shares. Check the dividends report.
act-year-pay = Dividends paid in cash
cli-year-paid = Dividends of { $org } paid in cash to { $count } members (voucher { $voucher }).
note-year-departed-payable = { $members ->
    [one] One member has left ({ $list }): the amount is not added to savings or shares but kept as payable, to be paid in cash ("Pay in cash" on the Year-end screen, or `samuh year pay`).
   *[other] { $members } members have left ({ $list }): their amounts are not added to savings or shares but kept as payable, to be paid in cash ("Pay in cash" on the Year-end screen, or `samuh year pay`).
}

error-year-dividend-paid = The year { $year } cannot be reopened: { $member } has already been paid { $paid } of its dividend. Reverse that payment first, then reopen the year.
error-dividend-year-not-closed = The year { $year } is not closed yet: its dividends are declared when the year is closed. Close the year first, then pay them.
