# เอกสาร (ประเด็น 12): การพิมพ์สมุดบัญชีกับการบันทึกไฟล์เป็นคนละเรื่อง และเอกสารที่พร้อมลงนาม

passbook-print-question = สมุดบัญชีพิมพ์ออกมาถูกต้องหรือไม่ ({ $count } บรรทัด) จะถือว่าบรรทัดเหล่านี้พิมพ์แล้วก็ต่อเมื่อพิมพ์ถูกต้องเท่านั้น
passbook-print-recorded = บันทึกว่าพิมพ์แล้ว { $count } บรรทัด การพิมพ์ครั้งต่อไปจะต่อจากบรรทัดเหล่านี้
cli-passbook-pending = ยังไม่มีสิ่งใดถูกบันทึกว่าพิมพ์แล้ว เมื่อสมุดบัญชีพิมพ์ออกมาถูกต้อง ให้บันทึกบรรทัดด้วยคำสั่ง: { $command }

report-audit-appendix = ภาคผนวกทางเทคนิค
cover-book-code = รหัสสมุด
cover-org-code = รหัสองค์กรในสมุดบัญชี

# ชื่อสั้นของแผ่นงานในสมุดงานตรวจสอบบัญชี (ไม่เกิน 28 ตัวอักษร)
sheet-audit-cover = ปก
sheet-audit-appendix = ภาคผนวกทางเทคนิค
sheet-cash-book = สมุดเงินสด
sheet-bank-book = สมุดเงินฝากธนาคาร
sheet-receipts-payments = รายรับและรายจ่าย
sheet-income-expenditure = งบรายได้ค่าใช้จ่าย
sheet-balance-sheet = งบดุล
sheet-appropriation = การจัดสรรกำไร
sheet-trial-balance = งบทดลอง
sheet-savings-register = ทะเบียนเงินออม
sheet-share-register = ทะเบียนหุ้น
sheet-loan-register = ทะเบียนเงินกู้
sheet-dcb = ยอดเรียกเก็บ-เก็บได้-คงค้าง
sheet-arrears = รายการค้างชำระ
sheet-panchsutra = ปัญจสูตร
sheet-reversals = การกลับรายการ
sheet-approvals = การอนุมัติ
sheet-attendance = การเข้าประชุม
sheet-minutes = รายงานการประชุม
sheet-bank-linkage = การเชื่อมโยงธนาคาร
