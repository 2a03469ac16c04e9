# Issue 14: the meeting grid's shares and social-fund columns, and the VSLA screen.
ui-col-shares = শেয়ার
ui-col-share-price = প্রতি শেয়ার
ui-col-social-fund = সামাজিক তহবিল
ui-total-shares = কেনা শেয়ার
ui-total-social-fund = সামাজিক তহবিলে জমা
