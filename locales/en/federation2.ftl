# Issue 16 (second part): CIF both ways, the reconciliation, the roll-ups, the Parquet export.

error-cif-group-not-registered = { $group } is not in the register of groups of { $org }, so it cannot borrow CIF from it. Nothing was saved. Import the group's first bundle with “register” (compare its key fingerprint with the group's paper), then record the loan again.

account-cif-interest = Interest paid on CIF
line-cif-interest = CIF interest paid to the village organisation

report-cif-reconciliation = CIF lent to the groups against their CIF payable
col-compared-on = Compared on
col-cif-receivable = CIF lent (this book)
col-cif-receivable-relayer = CIF lent (its VO's bundle)
col-cif-payable-group = CIF payable (group's bundle)
cif-rec-ok = Matches
cif-rec-differs = Differs: check both books
cif-rec-no-bundle = No bundle yet
note-cif-reconciliation = Each group is compared on the date of its latest bundle: the CIF principal this book lent it and has not been repaid, against the CIF the group's own book owes on that day. { $differing } groups differ; a difference means a loan, repayment or receipt is recorded in one book and not the other.
note-cif-reconciliation-relayed = Each group is compared on the date of its latest bundle: the CIF principal its village organisation lent it and has not been repaid (from the VO's bundle), against the CIF the group's own book owes on that day. { $differing } groups differ; a difference means a loan, repayment or receipt is recorded in one book and not the other.

cli-parquet-exported = { $groups ->
    [one] { $groups } group written
   *[other] { $groups } groups written
} as Parquet to { $dir } ({ $files ->
    [one] { $files } file
   *[other] { $files } files
}; { $postings } postings).

report-overdue-borrowers = Overdue borrowers of all groups
note-overdue-borrowers = Each loan as the group's own Samuh computed it on the date of its latest bundle: days past the oldest unpaid instalment and the principal then overdue (the amount due). Outstanding is summed from the group's entries up to this report's date. Longest overdue first.
error-cif-above-owed = CIF repayment of { $amount } is more than the { $owed } the group owes its village organisation. Nothing was saved. Enter at most { $owed }, or record the CIF received first.
