# Issue 14: the meeting grid's shares and social-fund columns, and the VSLA screen.
ui-col-shares = Shares
ui-col-share-price = each
ui-col-social-fund = Social fund
ui-total-shares = Shares bought
ui-total-social-fund = Social fund paid
