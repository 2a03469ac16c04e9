# Issue 14 (session 8): shares beside savings.
section-passbook-shares = Shares
col-shares-paid = Paid for shares
col-shares-returned = Shares returned
