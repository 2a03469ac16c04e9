# การตั้งสมุดบัญชี: สมุดใหม่ ข้อมูลประเทศในขั้นตอนตั้งกลุ่ม และไฟล์รายชื่อสมาชิก (CSV)
error-full-identity-number = { $field }: นี่คือเลขประจำตัวเต็ม ({ $digits } หลัก) สมุดเก็บเฉพาะ { DIGITS("4") } หลักสุดท้ายเท่านั้น กรุณาพิมพ์เพียง { DIGITS("4") } หลักนั้น
error-unknown-csv-column = คอลัมน์ที่ { $column } มีข้อมูล แต่ไฟล์ไม่มีคอลัมน์นี้ กรุณาลบออก หรือเพิ่มแถวหัวตารางที่ระบุชื่อคอลัมน์
error-nothing-to-import = ไม่มีแถวใดในไฟล์ที่นำเข้าได้ (ถูกปฏิเสธ { $rejected } แถว) กรุณาแก้แถวตามรายงานแล้วนำเข้าไฟล์อีกครั้ง ยังไม่มีการบันทึกใด ๆ
error-book-file-exists = มีไฟล์ { $path } อยู่แล้ว สมุดใหม่ต้องใช้ชื่อไฟล์ใหม่ ถ้าต้องการใช้สมุดนั้น ให้เปิดสมุดแทน
field-nominee = ผู้รับผลประโยชน์
field-identity = เลขประจำตัว ({ DIGITS("4") } หลักสุดท้าย)
field-form = แถว
member-csv-col-admission-no = เลขที่สมาชิก
member-csv-col-name = ชื่อ
member-csv-col-role = ตำแหน่ง
member-csv-col-joined-on = วันที่เข้าเป็นสมาชิก
member-csv-col-nominee = ผู้รับผลประโยชน์
member-csv-col-identity = เลขประจำตัว { DIGITS("4") } หลักท้าย
member-import-rejected-line = บรรทัด { $line }, { $column }: { $problem }
member-import-rejected-line-short = บรรทัด { $line }: { $problem }
member-import-summary = นำเข้าได้ { $accepted } แถว, { $rejected ->
        [0] ไม่มีแถวที่ถูกปฏิเสธ
       *[other] ถูกปฏิเสธ { $rejected } แถว
    }
member-import-done = นำเข้าสมาชิกแล้ว { $count } คน
member-import-dry-run = ตรวจสอบเท่านั้น (--dry-run): ยังไม่มีการบันทึกใด ๆ
setup-currency-inr = รูปีอินเดีย (₹, INR)
setup-currency-bdt = ตากาบังกลาเทศ (৳, BDT)
setup-currency-thb = บาท (฿, THB)
setup-fiscal-year-span = { $start } – { $end }
error-book-file-missing = ไม่มีสมุดบัญชีที่ { $path } กรุณาตรวจโฟลเดอร์และชื่อไฟล์ หรือเลือกไฟล์ด้วย “เลือกสมุดบัญชี…”
