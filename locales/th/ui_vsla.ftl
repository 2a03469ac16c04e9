# Issue 14: the meeting grid's shares and social-fund columns, and the VSLA screen.
ui-col-shares = หุ้น
ui-col-share-price = หุ้นละ
ui-col-social-fund = กองทุนสวัสดิการ
ui-total-shares = ค่าหุ้นที่ซื้อ
ui-total-social-fund = เงินเข้ากองทุนสวัสดิการ
