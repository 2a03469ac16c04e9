# การพิมพ์: สมุดบัญชีสมาชิก PDF, แบบตรวจสอบบัญชี (XLSX, PDF, CSV) และรายงานสำหรับผู้ตรวจสอบ

report-panchsutra = ตัวชี้วัดปัญจสูตร
report-reversals = รายการกลับบัญชีและเหตุผล
report-audit-cover = แบบตรวจสอบบัญชี
col-indicator = ตัวชี้วัด
col-actual = ผลที่ได้
col-expected = เป้าหมาย
col-percent = ร้อยละ
col-rule = เกณฑ์
col-reverses = กลับรายการใบสำคัญ
col-original-date = วันที่เดิม
col-reason = เหตุผล
col-value = รายละเอียด
ind-meetings-held = การประชุมที่จัด
ind-attendance = การเข้าประชุม
ind-saving-regularly = สมาชิกที่ออมสม่ำเสมอ
ind-repaid-on-time = เงินกู้ที่ชำระตรงเวลา
ind-books-up-to-date = บัญชีเป็นปัจจุบัน
rule-meetings-held = จัดประชุมอย่างน้อยร้อยละ { $percent } ของจำนวนที่ข้อบังคับกำหนด
rule-attendance = สมาชิกมาประชุมหรือมาสายอย่างน้อยร้อยละ { $percent } ในการประชุมที่จัด
rule-saving-regularly = สมาชิกอย่างน้อยร้อยละ { $percent } ออมเงินในร้อยละ { $percent } ขึ้นไปของการประชุมของตน
rule-repaid-on-time = เงินกู้ที่ยังไม่ปิดอย่างน้อยร้อยละ { $percent } ไม่มียอดค้างชำระ
rule-books-up-to-date = ทุกการประชุมอยู่ในสมุดรายวันและรายการล่าสุดไม่เก่ากว่า { $days } วัน
status-met = ผ่าน
status-not-met = ไม่ผ่าน
note-last-entry = รายการล่าสุดในสมุดรายวัน: { $date }
cover-organisation = องค์กร
cover-period = ช่วงเวลา
cover-prepared-by = ผู้จัดทำ
cover-generated-at = เวลาที่จัดทำ
cover-generated-when = { $date } เวลา { $time } น.
cover-vouchers = จำนวนใบสำคัญในสมุดรายวัน
cover-chain-head = แฮชของใบสำคัญล่าสุด
cover-journal-hash = แฮชเนื้อหาของสมุดรายวัน
note-journal-hash = แฮชเนื้อหาคือ SHA-256 ของแฮชใบสำคัญทั้งหมดขององค์กรตามลำดับในสายโซ่ คำสั่ง "samuh check" คำนวณแฮชของทุกใบสำคัญใหม่
print-page = หน้า { $page } จาก { $pages }
print-member = สมาชิก { $no }: { $name }
print-joined = เข้าเป็นสมาชิก { $date }
print-nominee = ผู้รับผลประโยชน์: { $name }
print-savings-in-words = ยอดเงินออม (ตัวอักษร): { $words }
print-loan-in-words = ยอดเงินกู้คงเหลือ (ตัวอักษร): { $words }
print-shares-in-words = หุ้น: ชำระ { $paid } คืน { $returned } ทุนเรือนหุ้นที่ชำระแล้ว { $capital } (ตัวอักษร: { $words })
print-signature-member = ลายมือชื่อสมาชิก
print-signature-treasurer = ลายมือชื่อเหรัญญิก
print-signature-date = วันที่
cli-written = บันทึกแล้ว: { $path }
error-nothing-to-print = ไม่มีรายการใหม่ที่จะพิมพ์ในสมุดบัญชีของ { $member } หากต้องการพิมพ์ซ้ำ กรุณาเลือกบรรทัดที่จะเริ่มพิมพ์ หรือพิมพ์ทั้งเล่ม
error-file-unwritable = เขียนไฟล์ { $path } ไม่ได้: { $reason ->
    [not-found] ไม่มีโฟลเดอร์นั้น กรุณาตรวจว่าเสียบแฟลชไดรฟ์แล้ว หรือเลือกโฟลเดอร์ที่มีอยู่
    [permission] ผู้ใช้ของคอมพิวเตอร์เครื่องนี้ไม่มีสิทธิ์เขียนที่นั่น กรุณาเลือกโฟลเดอร์ของคุณเองหรือแฟลชไดรฟ์
    [disk-full] ดิสก์เต็ม กรุณาลบไฟล์ที่ไม่ใช้ออก หรือเลือกดิสก์หรือแฟลชไดรฟ์อื่น
    [read-only] ดิสก์หรือแฟลชไดรฟ์ถูกป้องกันการเขียน กรุณาปลดการป้องกัน หรือเลือกที่อื่น
   *[other] { $detail } กรุณาเลือกที่บันทึกอื่น
}
