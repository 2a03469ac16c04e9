# Session 10: a voucher a recorded event owns is not reversed on its own.
error-voucher-owned-by-event = Voucher { $voucher } belongs to { $event ->
    [year-close] the close of a year: reopen the year instead (the Year-end screen, or `samuh year reopen`), which reverses all the close's vouchers together.
    [share-out] a VSLA share-out: it cannot be reversed voucher by voucher.
    [payout] a welfare payout: it cannot be reversed voucher by voucher; record the committee's correction as new entries.
    [slip] a settlement slip between two books: it cannot be reversed voucher by voucher; record the correction in both books.
    [levy] the levies collected for a death that has been paid out: the payout was worked out from them, so they are not reversed; if a member was marked as paid by mistake, tell the committee and record it in the minutes.
   *[other] a recorded event: it cannot be reversed on its own.
} Nothing was changed.
