# Issue 12: backup to a pen drive found by the app.
ui-pen-drives = แฟลชไดรฟ์ที่พบ — เลือกหนึ่งอันเพื่อคัดลอกข้อมูลสำรองลงไป:
ui-pen-drive-none = ไม่พบแฟลชไดรฟ์ เสียบแฟลชไดรฟ์แล้วเปิดหน้านี้อีกครั้ง หรือพิมพ์โฟลเดอร์ด้านล่าง
# Issue 12 (session 9): a card per organisation on the home screen, opening on the work.
ui-home-last-meeting = ประชุมครั้งล่าสุด
ui-home-no-meeting = ยังไม่มีการประชุม
ui-home-cash = เงินสดในมือ
ui-home-bank = ธนาคาร
ui-home-overdue = เงินกู้ค้างชำระ
ui-home-start-meeting = เริ่มประชุมวันนี้
ui-home-open-groups = เปิดกลุ่มในสังกัด
