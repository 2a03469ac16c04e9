# Issue 14: the meeting grid's shares and social-fund columns, and the VSLA screen.
ui-col-shares = शेयर
ui-col-share-price = प्रति शेयर
ui-col-social-fund = सामाजिक कोष
ui-total-shares = खरीदे गए शेयर
ui-total-social-fund = सामाजिक कोष में जमा
