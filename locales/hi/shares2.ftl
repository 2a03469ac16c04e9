# Issue 14 (session 8): shares beside savings.
section-passbook-shares = शेयर
col-shares-paid = शेयर के लिए जमा
col-shares-returned = लौटाए गए शेयर
