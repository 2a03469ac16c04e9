# Issue 14 (session 8): shares beside savings.
section-passbook-shares = শেয়ার
col-shares-paid = শেয়ারের জন্য জমা
col-shares-returned = ফেরত দেওয়া শেয়ার
