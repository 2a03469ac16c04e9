# Issue 15 (follow-up): ใบเสร็จสำหรับผู้ชำระทุกคน หนังสือรับสภาพหนี้เมื่อปรับโครงสร้างหนี้ และการติดตามผู้กู้ที่ค้างชำระ

error-nothing-paid = ไม่มีสมาชิกคนใดชำระเงินในใบสำคัญ { $voucher } จึงไม่มีใบเสร็จให้พิมพ์ กรุณาเลือกการประชุมหรือใบสำคัญที่สมาชิกชำระเงิน

receipt-title = ใบเสร็จรับเงิน
receipt-date = วันที่: { $date }
receipt-voucher = ใบสำคัญ: { $voucher }
receipt-item-saving = เงินออม
receipt-item-share-purchase = ค่าหุ้น
receipt-item-principal = เงินกู้ { $loan }: เงินต้น
receipt-item-interest = เงินกู้ { $loan }: ดอกเบี้ย
receipt-item-loan-fine = เงินกู้ { $loan }: ค่าปรับชำระช้า
receipt-item-attendance-fine = ค่าปรับ
receipt-item-membership-fee = ค่าสมัครสมาชิก
receipt-item-other = เงินรับอื่น
receipt-total = รวมเงินที่ชำระ
receipt-in-words = ตัวอักษร: { $words }
receipt-after = หลังการชำระครั้งนี้:
receipt-savings-after = เงินออมคงเหลือ
receipt-loan-after = เงินกู้ { $loan } คงค้าง
receipt-fines-owed = ค่าปรับค้างชำระ
receipt-book-code = รหัสสมุดบัญชี { $code }
receipt-received-by = ผู้รับเงิน (เหรัญญิก)

note-loan-rescheduled = เงินกู้ { $loan } ได้ปรับโครงสร้างหนี้เมื่อ { $date }: เงินต้น { $principal } บาท แบ่งชำระใหม่ { $instalments } งวด (สัญญาเดิม { $original } งวด) อัตราดอกเบี้ย วิธีคิด และจำนวนงวดที่แสดงเป็นเงื่อนไขใหม่

finding-record-changed-reschedule-rule = เงินกู้ { $loan }: มติของคณะกรรมการเรื่องหนี้ค้างในการปรับโครงสร้างหนี้ตั้งแต่ { $date } ไม่ตรงกับที่บันทึกไว้
finding-record-changed-visit = เงินกู้ { $loan }: การเยี่ยมติดตามเมื่อ { $date } ไม่ตรงกับที่บันทึกไว้

error-loan-not-rescheduled = เงินกู้ { $loan } ยังไม่ได้ปรับโครงสร้างหนี้ จึงไม่มีหนังสือรับสภาพหนี้ กรุณาปรับโครงสร้างหนี้ก่อน (samuh loan reschedule) หรือตรวจสอบเลขที่เงินกู้
report-debt-acknowledgement = หนังสือรับสภาพหนี้: เงินกู้ { $loan } ของ { $member }
ack-borrower = ผู้กู้
ack-guarantors = ผู้ค้ำประกัน
ack-rescheduled-on = วันที่ปรับโครงสร้างหนี้
ack-old-balance = เงินต้นคงค้าง (แบ่งชำระใหม่)
ack-principal-overdue = เงินต้นค้างชำระก่อนปรับโครงสร้างหนี้
ack-interest-overdue = ดอกเบี้ยค้างชำระก่อนปรับโครงสร้างหนี้
ack-arrears = ดอกเบี้ยค้างชำระ
ack-arrears-kept = แยกไว้: ยังต้องชำระ นอกเหนือจากงวดใหม่
ack-arrears-folded = รวมเข้าในงวดใหม่ตามมติคณะกรรมการ
ack-agreement = ข้อตกลง
ack-schedule = งวดชำระใหม่
ack-declaration = ข้าพเจ้า { $member } ยอมรับว่าเป็นหนี้ตามนี้จริง และตกลงชำระ { $amount } บาท เป็น { $count } งวดตามตารางข้างต้น
ack-sign-borrower = ลงชื่อผู้กู้ { $member }: ____________________
ack-sign-guarantor = ลงชื่อผู้ค้ำประกัน { $member }: ____________________
ack-sign-committee = { $role ->
        [president] ประธาน
        [secretary] เลขานุการ
       *[treasurer] เหรัญญิก
    } ในนามคณะกรรมการ: ____________________
