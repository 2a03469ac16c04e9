# สรุปการประชุมสำหรับพิมพ์ (issue 12): หน้าที่สมาชิกลงชื่อหลังบันทึกการประชุมแล้ว
report-meeting-summary = สรุปการประชุม: ครั้งที่ { $number } วันที่ { $date }
summary-section-attendance = การเข้าประชุม
summary-col-mark = การเข้าประชุม
summary-section-money = การเงินของการประชุมนี้
summary-savings = เงินออม
summary-shares = ซื้อหุ้น
summary-principal = รับชำระเงินกู้: เงินต้น
summary-interest = รับชำระเงินกู้: ดอกเบี้ย
summary-fines = ค่าปรับที่ได้รับ
summary-other-receipts = รายรับอื่น (ถอนจากธนาคาร ค่าธรรมเนียม รายได้อื่น)
summary-loans-given = จ่ายเงินกู้
summary-withdrawals = ถอนเงินออม
summary-payments = รายจ่ายและค่าใช้จ่าย (ฝากธนาคาร ค่าใช้จ่าย ชำระให้ธนาคาร)
summary-section-cash = เงินสด
summary-section-minutes = บันทึกการประชุม
summary-section-signatures = ลายมือชื่อ
summary-section-members = สมาชิก: การเข้าประชุมและลายมือชื่อ
summary-col-signer = ชื่อ
summary-col-office = ตำแหน่ง
summary-col-signature = ลายมือชื่อหรือลายพิมพ์นิ้วมือ
summary-role = { $role ->
        [president] ประธาน
        [secretary] เลขานุการ
       *[treasurer] เหรัญญิก
    }
summary-sign-note = เราสมาชิกที่เข้าประชุมขอรับรองว่าสรุปนี้ตรงกับสิ่งที่ได้ทำและตัดสินใจในการประชุม
meeting-page-print-summary = พิมพ์สรุปการประชุม
meeting-page-summary-printed = ส่งสรุปการประชุมไปพิมพ์แล้ว:
summary-section-bank = ผ่านธนาคารในการประชุมนี้
summary-bank-in = เข้าธนาคาร (เงินฝาก เงินอุดหนุนและเงินกู้ที่รับเข้าธนาคาร)
summary-bank-out = ออกจากธนาคาร (การถอน การจ่ายจากธนาคาร)
summary-section-agenda = วาระ: การติดตามมติและการใช้เงินกู้
summary-loan-use = เงินกู้ { $loan } ของ { $member }: ใช้ตามวัตถุประสงค์หรือไม่
col-answer = คำตอบ
