# กลุ่ม VSLA (issue 14): หุ้นทุกการประชุม รอบ และการแบ่งปันหุ้น

## Errors
error-vsla-shares-out-of-range = { $member } ซื้อหุ้นได้ครั้งละ { DIGITS("1") } ถึง { DIGITS("5") } หุ้นต่อการประชุม ไม่ใช่ { $shares } กรุณาพิมพ์จำนวนเต็มตั้งแต่ { DIGITS("1") } ถึง { DIGITS("5") } หรือเว้นว่างไว้
error-vsla-loans-outstanding = ยังมีเงินกู้ค้างอยู่ { $count } สัญญา ({ $amount }) และข้อบังคับไม่ให้แบ่งปันหุ้นจนกว่าจะชำระคืนครบทุกสัญญา กรุณาบันทึกการชำระคืนก่อน หรือแก้ข้อบังคับให้หักเงินกู้จากเงินที่จะได้รับ
error-vsla-fund-short = เมื่อกันกองทุนสวัสดิการสังคม { $social_fund } ไว้แล้ว กองทุนเงินกู้เหลือ { $fund } ซึ่งน้อยกว่าศูนย์ จึงไม่มีอะไรให้แบ่ง กรุณาตรวจเงินสดที่นับได้และยอดเงินฝากธนาคาร
error-vsla-loan-above-payout = { $member } ค้างชำระ { $owed } มากกว่าเงินที่จะได้รับ { $payout } จึงหักเงินกู้ไม่ได้ กรุณาเก็บเงินกู้ส่วนที่เหลือก่อนแบ่งปันหุ้น
error-vsla-already-shared-out = รอบที่ { $cycle } แบ่งปันหุ้นไปแล้ว กรุณาเปิดรอบถัดไป (samuh vsla cycle-open) ก่อนบันทึกการประชุม
error-vsla-cycle-not-ended = รอบที่ { $cycle } สิ้นสุดวันที่ { $end } จะแบ่งปันหุ้นก่อนวันนั้นไม่ได้ กรุณาแบ่งปันในวันนั้นหรือหลังจากนั้น
error-vsla-no-cycle = { $org } ยังไม่มีรอบ VSLA กรุณาเปิดรอบก่อน (samuh vsla cycle-open) พร้อมราคาหุ้นและข้อบังคับ
error-not-vsla = { $org } ไม่ใช่กลุ่ม VSLA จึงไม่มีรอบหรือการแบ่งปันหุ้น กรุณาเลือกกลุ่ม VSLA
error-vsla-cycle-still-open = รอบที่ { $cycle } ยังไม่ได้แบ่งปันหุ้น รอบถัดไปจะเปิดได้หลังการแบ่งปัน
error-vsla-cycle-start-too-early = รอบใหม่ต้องเริ่มในวันหรือหลังวันแบ่งปันหุ้นครั้งล่าสุด ({ $date }) กรุณาแก้วันเริ่มต้น

## Lines and records
line-share-out = แบ่งปันหุ้น
line-social-fund = เงินสมทบกองทุนสวัสดิการสังคม
act-vsla-share-out = แบ่งปันหุ้น VSLA
act-vsla-cycle-open = เปิดรอบ VSLA
finding-record-changed-vsla-cycle = รอบ VSLA ที่ { $cycle } (วันที่ ราคาหุ้น หรือข้อบังคับ) ไม่ตรงกับที่บันทึกไว้
finding-record-changed-vsla-share-out = การแบ่งปันหุ้นของรอบ VSLA ที่ { $cycle } ไม่ตรงกับที่บันทึกไว้

## The share-out sheet
report-share-out = ใบแบ่งปันหุ้น
section-share-out-fund = กองทุนเงินกู้เมื่อสิ้นรอบที่ { $cycle }
section-share-out-members = ส่วนของสมาชิกแต่ละคน (อ่านให้ฟัง แล้วลงชื่อ)
row-share-out-cash = เงินสดในกล่อง
row-share-out-bank = ยอดเงินฝากธนาคาร
row-share-out-social-fund = หัก กองทุนสวัสดิการสังคม (ไม่นำมาแบ่ง)
row-share-out-loans-out = เงินกู้ที่ยังค้าง หักจากเงินที่ผู้กู้จะได้รับ
row-share-out-fund = กองทุนเงินกู้ที่นำมาแบ่ง
col-shares = หุ้น
col-share-capital = เงินที่ชำระค่าหุ้น
col-share-out-gross = หุ้น × มูลค่า
col-loan-deducted = หักเงินกู้
col-payout = จ่ายให้สมาชิก
col-in-words = ตัวอักษร
col-signature = ลายมือชื่อหรือลายนิ้วมือ
note-share-out-value = มูลค่าหุ้นละ = { $fund } ÷ { $shares } หุ้น = { $value }
note-share-out-residual = เงินที่จ่ายแต่ละคนตัดเศษถึงหน่วยเงินที่เล็กที่สุด ส่วนที่เหลือ { $residual } คงอยู่ในกองทุนและยกไปรอบถัดไป
note-share-out-loans-net = ตามข้อบังคับ เงินกู้ที่ยังค้างหักจากเงินที่ผู้กู้จะได้รับ (และนับในกองทุนเหมือนชำระแล้ว)
note-share-out-loans-refuse = ตามข้อบังคับ จะไม่แบ่งปันหุ้นขณะที่ยังมีเงินกู้ค้างอยู่
note-share-out-social-fund = กองทุนสวัสดิการสังคม ({ $amount }) ไม่นำมาแบ่ง คงอยู่กับกลุ่มสำหรับรอบถัดไป
note-share-out-preview = ตัวอย่าง: ยังไม่มีการจ่ายหรือบันทึกใด ๆ

## CLI
cli-vsla-cycle-opened = เปิดรอบที่ { $cycle } ของ { $org } แล้ว รหัสสมุด { $code }
cli-vsla-shared-out = แบ่งปันหุ้นรอบที่ { $cycle } ของ { $org } แล้ว (ใบสำคัญ { $voucher }) รหัสสมุด { $code }
error-social-fund-not-by-law = { $member } จ่ายเงินเข้ากองทุนสวัสดิการ { $amount } แต่ข้อบังคับของรอบนี้กำหนดให้สมาชิกทุกคนจ่าย { $due } ทุกครั้งที่ประชุม ยังไม่ได้บันทึกสิ่งใด กรุณาใส่ { $due } หรือเว้นว่างไว้ถ้าไม่ได้จ่าย
