# รายงาน: ชื่อ คอลัมน์ แถว หมายเหตุ; สถานะเงินกู้; วัน; ผลการตรวจ samuh check


## Report titles and periods
report-passbook = สมุดคู่บัญชี: { $member }
report-cash-book = สมุดเงินสด
report-bank-book = สมุดบัญชีเงินฝากธนาคาร
report-savings-register = ทะเบียนเงินออม
report-loan-register = ทะเบียนเงินกู้
report-dcb = หนี้ถึงกำหนด รับชำระ คงเหลือ และค้างชำระ
report-arrears = รายชื่อลูกหนี้ค้างชำระ
report-trial-balance = งบทดลอง
report-receipts-payments = งบรับ-จ่าย
report-income-expenditure = งบรายรับ-รายจ่าย
report-balance-sheet = งบดุล
report-minutes = รายงานการประชุม
report-period = ตั้งแต่ { $from } ถึง { $to }
report-as-of = ณ วันที่ { $date }

## Columns
col-date = วันที่
col-voucher = เลขที่ใบสำคัญ
col-particulars = รายการ
col-reference = อ้างอิง
col-savings-deposited = เงินออมฝาก
col-savings-withdrawn = เงินออมถอน
col-savings-balance = เงินออมคงเหลือ
col-loan-disbursed = เงินกู้ที่ได้รับ
col-principal-repaid = ชำระเงินต้น
col-interest-paid = ชำระดอกเบี้ย
col-fine-paid = ค่าปรับ
col-loan-balance = เงินกู้คงเหลือ
col-member = สมาชิก
col-note = หมายเหตุ
col-receipts = รับ
col-payments = จ่าย
col-balance = คงเหลือ
col-member-no = เลขที่สมาชิก
col-name = ชื่อ
col-opening-balance = ยอดยกมา
col-closing-balance = ยอดยกไป
col-loan-no = สัญญาเลขที่
col-fund = แหล่งเงินทุน
col-disbursed-on = วันที่จ่ายเงินกู้
col-principal = เงินต้น
col-rate = อัตรา
col-rate-period = ต่อ
col-method = วิธีคิดดอกเบี้ย
col-instalments = จำนวนงวด
col-outstanding = คงค้าง
col-status = สถานะ
col-guarantors = ผู้ค้ำประกัน
col-overdue-at-start = ค้างชำระยกมา
col-demand-in-period = ถึงกำหนดในงวดนี้
col-demand = ยอดถึงกำหนด
col-collection = รับชำระ
col-overdue = ค้างชำระ
col-overdue-principal = เงินต้นค้างชำระ
col-overdue-interest = ดอกเบี้ยค้างชำระ
col-fine-due = ค่าปรับค้างชำระ
col-days-past-due = จำนวนวันค้างชำระ
col-measure = ตัวชี้วัด
col-share = สัดส่วน
col-account = บัญชี
col-debit = เดบิต
col-credit = เครดิต
col-head = รายการ
col-amount = จำนวนเงิน
col-meeting-no = ครั้งที่
col-weekday = วัน
col-place = สถานที่
col-present = มา
col-late = มาสาย
col-on-leave = ลา
col-absent = ขาด
col-cash-counted = เงินสดที่นับได้
col-cash-per-book = เงินสดตามสมุด
col-difference = ผลต่าง
col-item = เรื่อง
col-text = รายละเอียด

## Rows
row-brought-forward = ยอดยกมา
row-total = รวม
row-subtotal = รวมย่อย
row-opening-balance = ยอดยกมา
row-closing-balance = ยอดยกไป
row-opening-cash = เงินสดในมือยกมา
row-opening-bank = เงินฝากธนาคารยกมา
row-closing-cash = เงินสดในมือยกไป
row-closing-bank = เงินฝากธนาคารยกไป
row-total-income = รวมรายรับ
row-total-expenditure = รวมรายจ่าย
row-surplus = รายรับสูงกว่ารายจ่าย
row-deficit = รายจ่ายสูงกว่ารายรับ
row-surplus-for-year = กำไรสุทธิปีนี้
row-par = เงินกู้เสี่ยงเกิน { $days } วัน
row-portfolio = เงินกู้คงค้างทั้งหมด

## References, sections, heads
ref-reversal-of = กลับรายการ { $voucher }
ref-reversed-by = ยกเลิกโดย { $voucher }
section-all-funds = ทุกแหล่งเงินทุน
section-portfolio-at-risk = เงินกู้ที่มีความเสี่ยง
section-receipts = รายการรับ
section-payments = รายการจ่าย
section-income = รายรับ
section-expenditure = รายจ่าย
section-liabilities = หนี้สินและทุน
section-assets = สินทรัพย์
section-meetings = การประชุม
section-meeting = การประชุมครั้งที่ { $number } วันที่ { $date }
section-loans-sanctioned = เงินกู้ที่อนุมัติในการประชุมครั้งที่ { $number }
section-meeting-agenda = วาระของการประชุมครั้งที่ { $number }: การติดตามมติและการใช้เงินกู้
head-fines = ค่าปรับ
head-other-receipts = รับอื่น ๆ
head-other-payments = จ่ายอื่น ๆ
minute-agenda = วาระ
minute-resolution = มติ

## Notes
note-book-balance = ยอดยกมา { $opening } ยอดยกไป { $closing }
note-recovery-rate = อัตราการรับชำระ: รับชำระ { $collection } จากยอดถึงกำหนด { $demand } ({ $percent }%)
note-dcb-definition = ยอดถึงกำหนด = ค้างชำระยกมา + งวดที่ถึงกำหนดในช่วงนี้; ค้างชำระ = ยอดถึงกำหนดที่ยังไม่ได้รับชำระ
note-par = เงินกู้เสี่ยงเกิน { $days } วัน: { $at_risk } จากคงค้าง { $portfolio } ({ $percent }%)
note-contra-excluded = การโอนระหว่างเงินสดในมือกับธนาคารเป็นรายการโอนภายใน ไม่แสดงในรายการรับและจ่าย
note-surplus = รายรับสูงกว่ารายจ่ายในงวดนี้: { $amount }
note-deficit = รายจ่ายสูงกว่ารายรับในงวดนี้: { $amount }
note-out-of-balance = สองด้านต่างกัน { $difference }: ให้รัน samuh check
note-meeting-reversed = รายการของการประชุมครั้งที่ { $number } วันที่ { $date } ถูกกลับรายการแล้ว

## Loan status
loan-status-current = ปกติ
loan-status-overdue = ค้างชำระ
loan-status-repaid = ชำระครบแล้ว
loan-status-rescheduled = ปรับโครงสร้างหนี้
loan-status-cancelled = ยกเลิก

## Weekdays
weekday-mon = วันจันทร์
weekday-tue = วันอังคาร
weekday-wed = วันพุธ
weekday-thu = วันพฤหัสบดี
weekday-fri = วันศุกร์
weekday-sat = วันเสาร์
weekday-sun = วันอาทิตย์

## samuh check: the checks and their findings
check-vouchers-balance = ใบสำคัญทุกใบสมดุล
check-sub-ledgers = บัญชีย่อยสมาชิกและเงินกู้ตรงกับบัญชีแยกประเภท
check-cash-not-negative = เงินสดและเงินฝากธนาคารไม่ติดลบ
check-loan-balances = ยอดเงินกู้คงเหลือตรงกับการจ่ายและรับชำระ
check-voucher-numbers = เลขที่ใบสำคัญเรียงต่อเนื่อง
check-hash-chain = ไม่มีรายการใดถูกแก้ไขหลังบันทึก
check-reversals = การกลับรายการทุกครั้งหักล้างรายการเดิมพอดี
finding-unbalanced = ใบสำคัญ { $voucher } ไม่สมดุล ต่างกัน { $difference }
finding-unknown-account = ใบสำคัญ { $voucher } ลงบัญชี { $account } ซึ่งไม่อยู่ในผังบัญชี
finding-foreign-key = ใบสำคัญ { $voucher } อ้างถึงสมาชิกหรือเงินกู้ขององค์กรอื่นในบัญชี { $account }
finding-missing-sub-ledger = ใบสำคัญ { $voucher } ลงบัญชี { $account } โดยไม่ระบุสมาชิกหรือเงินกู้
finding-sub-ledger-mismatch = บัญชี { $account } มียอด { $control } แต่บัญชีย่อยรวมได้ { $sum }
finding-negative-savings = สมาชิก { $member } ถอนเกินเงินออม { $balance }
finding-negative-cash = { $account } ติดลบเมื่อ { $date }: { $balance }
finding-loan-balance = เงินกู้ { $loan }: คงเหลือ { $balance } ไม่เท่ากับจ่าย { $disbursed } หักรับชำระ { $repaid }
finding-wrong-fiscal-year = ใบสำคัญ { $voucher } ใช้เลขที่ผิดปีบัญชี
finding-number-gap = ปี { $year }: ไม่พบใบสำคัญเลขที่ { $expected } (พบ { $found })
finding-hash-broken = ใบสำคัญ { $voucher } ถูกแก้ไขหลังบันทึก
finding-bad-reversal = การกลับรายการ { $voucher } ไม่หักล้างรายการเดิมพอดี
