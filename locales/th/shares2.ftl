# Issue 14 (session 8): shares beside savings.
section-passbook-shares = หุ้น
col-shares-paid = ชำระค่าหุ้น
col-shares-returned = คืนค่าหุ้น
