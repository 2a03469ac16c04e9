# Issue 15 (follow-up): หน้าติดตาม — ใบเสร็จ หนังสือรับสภาพหนี้ การเยี่ยมบ้าน
ui-nav-followup = ติดตามหนี้
ui-receipts-title = ใบเสร็จสำหรับสมาชิกที่ชำระเงิน
ui-receipts-hint = สมาชิกทุกคนที่ชำระเงินในการประชุมจะได้ใบเสร็จ: ชำระอะไรบ้าง เงินต้นและดอกเบี้ย ยอดคงเหลือหลังชำระ คัดลอกข้อความไปส่งทางแอปข้อความ หรือพิมพ์บนกระดาษม้วนความร้อนหรือบัตร A6
ui-receipts-date = วันที่ประชุม
ui-receipts-paper = กระดาษ
ui-receipts-paper-58 = กระดาษม้วนความร้อน { DIGITS("58") } มม.
ui-receipts-paper-80 = กระดาษม้วนความร้อน { DIGITS("80") } มม.
ui-receipts-paper-a6 = บัตร A6
ui-receipts-show = แสดงใบเสร็จ
ui-receipts-print = พิมพ์ใบเสร็จ
ui-receipts-copy = คัดลอกข้อความ
ui-receipts-voucher = ใบสำคัญ
ui-receipts-printed = ใบเสร็จที่ส่งไปยังเครื่องพิมพ์:
ui-meeting-receipts = ใบเสร็จของผู้ชำระเงิน
