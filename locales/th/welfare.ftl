# Issue 15 (welfare): การเสียชีวิตในชมรมฌาปนกิจสงเคราะห์ ทะเบียนเงินสงเคราะห์ การจ่ายเงิน ใบชำระหนี้แทน และสวัสดิการของกลุ่ม

error-death-not-eligible = { $member } ค้างส่งเงินสงเคราะห์ศพก่อนหน้า { $unpaid } ราย จึงหมดสิทธิ์ตามระเบียบชมรม ไม่มีการเรียกเก็บเงินสงเคราะห์ โปรดตรวจทะเบียนเงินสงเคราะห์และระเบียบ
error-no-benefit = ระเบียบสวัสดิการที่ใช้ในวันที่ { $date } ไม่ได้กำหนดสวัสดิการ{ $kind ->
        [birth] การเกิด
        [sickness] การเจ็บป่วย
        [old-age] ผู้สูงอายุ
       *[death] การเสียชีวิต
    } โปรดกำหนดจำนวนเงินในระเบียบสวัสดิการก่อน หรือตรวจสอบวันที่
error-slip-altered = { $path } ไม่ใช่ใบชำระหนี้แทน หรือถูกแก้ไขหลังจากชมรมลงลายมือชื่อแล้ว โปรดขอไฟล์ใบชำระหนี้จากชมรมอีกครั้ง
error-slip-already-recorded = ใบชำระหนี้แทน { $slip } บันทึกในสมุดนี้แล้ว ไม่มียอดค้างสำหรับใบนี้อีก โปรดตรวจรายการเดินบัญชีเงินกู้
error-unknown-slip = ชมรมนี้ไม่ได้ออกใบชำระหนี้แทนเลขที่ { $slip } โปรดตรวจเลขอ้างอิงบนใบ
error-slip-above-loan = ใบชำระหนี้แทน { $slip } จ่าย { $amount } มากกว่ายอด { $owed } ที่ค้างในสัญญาเงินกู้นี้ โปรดตรวจเลขที่สัญญา

finding-record-changed-welfare = บันทึกสวัสดิการ “{ $what }” (ระเบียบ การเสียชีวิต ทะเบียนเงินสงเคราะห์ การเก็บเงิน การจ่าย ใบชำระหนี้ สวัสดิการ) ต่างจากที่บันทึกไว้

line-levy = เงินสงเคราะห์ศพ
line-admin-share = ค่าบริหารของชมรม
line-debt-settled = ชำระหนี้เงินกู้ของผู้เสียชีวิต
line-welfare-payout = จ่ายให้ผู้รับผลประโยชน์
line-welfare-benefit = เงินสวัสดิการ
line-welfare-fee = ค่าบำรุงสวัสดิการรายปี
account-settlement-payable = ค้างจ่ายกองทุนผู้ให้กู้ (ใบชำระหนี้แทน)

report-levy-register = ทะเบียนเงินสงเคราะห์ศพ
report-welfare-benefits = ทะเบียนการจ่ายสวัสดิการ
report-payout-statement = ใบแสดงการจ่ายเงินสงเคราะห์
col-levy-due = เงินที่ต้องส่ง
col-levy-paid = ส่งแล้ว
col-paid-on = วันที่ส่ง
col-levy-owed = ยังค้าง
col-received-on = วันที่กองทุนบันทึกรับ
col-benefit-kind = สวัสดิการ
col-welfare-eligible = สิทธิ์รับเงินสงเคราะห์
section-levy-death = การเสียชีวิตของ { $member } วันที่ { $date } — เงินสงเคราะห์รายละ { $levy }
section-owed-to-funds = ค้างจ่ายกองทุนผู้ให้กู้จนกว่าจะบันทึกการรับเงิน
section-benefits-by-kind = รวมตามประเภทสวัสดิการ
section-payout-steps = วิธีคำนวณเงินสงเคราะห์ที่จ่าย
section-signatures = ลายมือชื่อ
row-still-owed = ยังค้างจ่าย
row-deceased = สมาชิกผู้เสียชีวิต
row-died-on = วันที่เสียชีวิต
row-nominee = ผู้รับผลประโยชน์
row-paid-on = วันที่จ่าย
row-levy-collected = เงินสงเคราะห์ที่เก็บได้: { $count } คน × { $levy }
row-admin-share = หักค่าบริหารของชมรม ({ $rate } %)
row-benefit = เงินสงเคราะห์
row-settled-interest = ดอกเบี้ยชำระให้ { $fund } สัญญา { $loan } ({ $reference })
row-settled-principal = เงินต้นชำระให้ { $fund } สัญญา { $loan } ({ $reference })
row-to-family = จ่ายให้ผู้รับผลประโยชน์
note-levy-collected = ส่งแล้ว { $paid } จาก { $owing } คน รวม { $amount }
note-levy-paid-out = จ่ายเงินสงเคราะห์เมื่อ { $date }: เก็บได้ { $amount }
note-debt-left = เงินกู้สัญญา { $loan } ของ { $fund } ยังค้าง { $amount } เพราะเงินสงเคราะห์ไม่พอชำระ
note-guarantors-released = ผู้ค้ำประกันเงินกู้สัญญา { $loan } ของ { $fund } พ้นภาระ: { $guarantors }
note-amount-in-words = จ่ายให้ผู้รับผลประโยชน์ (ตัวอักษร): { $words }
welfare-eligible-yes = มีสิทธิ์
welfare-eligible-no = หมดสิทธิ์ (ค้างส่ง)
benefit-birth = การเกิด
benefit-sickness = การเจ็บป่วย
benefit-old-age = ผู้สูงอายุ
benefit-death = การเสียชีวิต
sign-treasurer = เหรัญญิก
sign-president = ประธาน
sign-nominee = ผู้รับผลประโยชน์ (ผู้รับเงิน)
sign-witness = พยาน

report-settlement-slip = ใบชำระหนี้แทน
row-slip-ref = เลขที่ใบ
row-club = ชมรมฌาปนกิจสงเคราะห์
row-fund = กองทุนผู้ให้กู้
row-loan = สัญญาเงินกู้
row-club-voucher = ใบสำคัญของชมรม
row-fingerprint = ลายนิ้วมือกุญแจของชมรม
note-slip-record = กองทุนผู้ให้กู้บันทึกใบนี้เป็นการชำระคืนเงินกู้ (samuh welfare slip-record พร้อมไฟล์ที่ลงลายมือชื่อ) โปรดเทียบลายนิ้วมือกุญแจกับไฟล์
sign-fund = กองทุนผู้ให้กู้ (ผู้รับเงิน)

cli-welfare-rules-saved = บันทึกระเบียบสวัสดิการตั้งแต่ { $date } แล้ว
cli-welfare-death-saved = บันทึกการเสียชีวิตแล้ว: สมาชิก { $owing } คนต้องส่งเงินสงเคราะห์รายละ { $levy } (รวม { $expected }) รหัสสมุด { $code }
cli-welfare-payout-saved = บันทึกการจ่ายเงินสงเคราะห์ในใบสำคัญ { $voucher }: เก็บได้ { $collected } ค่าบริหาร { $admin } ชำระกองทุนผู้ให้กู้ { $funds } จ่ายผู้รับผลประโยชน์ { $family } รหัสสมุด { $code }
cli-welfare-settled = เงินกู้สัญญา { $loan } ของ { $fund }: ดอกเบี้ย { $interest } เงินต้น { $principal } ยังค้าง { $left } ({ $reference })
error-welfare-fee-already-paid = { $member } ชำระค่าบำรุงสวัสดิการของปี { $year } แล้ว เก็บปีละครั้งเท่านั้น โปรดตรวจสอบรายชื่อสมาชิกหรือวันที่

## ตรวจวันที่กับวันเสียชีวิตและวันจ่ายเงินสงเคราะห์
error-welfare-before-death = วันที่ { $date } อยู่ก่อนวันที่ { $deceased } เสียชีวิต ({ $died }) การเก็บเงินสงเคราะห์และการจ่ายเงินสงเคราะห์ศพต้องลงวันที่ตั้งแต่วันเสียชีวิตเป็นต้นไป ยังไม่ได้บันทึกสิ่งใด กรุณาตรวจสอบวันที่
error-levy-after-payout = จ่ายเงินสงเคราะห์ศพ { $deceased } ไปแล้วเมื่อ { $paid } จึงไม่เก็บเงินสงเคราะห์สำหรับศพนี้อีก เพราะยอดจ่ายคำนวณจากเงินที่เก็บได้ถึงวันนั้น ยังไม่ได้บันทึกสิ่งใด กรุณาตรวจสอบเลขสมาชิกของผู้เสียชีวิต
error-payout-before-last-levy = เงินสงเคราะห์ศพ { $deceased } เก็บได้จนถึง { $last } การจ่ายที่ลงวันที่ { $date } จะทิ้งเงินที่เก็บหลังวันนั้นไว้ในกองทุนสวัสดิการ ยังไม่ได้บันทึกสิ่งใด กรุณาลงวันที่จ่ายตั้งแต่ { $last } เป็นต้นไป
error-benefit-after-death = บันทึกการเสียชีวิตของ { $member } เมื่อ { $died } ไว้แล้ว จึงไม่จ่ายสวัสดิการให้ตั้งแต่วันนั้น สวัสดิการกรณีเสียชีวิตของครอบครัวคือการจ่ายเงินสงเคราะห์ศพรายนั้น ยังไม่ได้บันทึกสิ่งใด กรุณาตรวจสอบสมาชิกและวันที่
error-admin-share-out-of-range = ส่วนค่าบริหาร: “{ $input }” ไม่ใช่ร้อยละระหว่าง { DIGITS("0") } ถึง { DIGITS("100") } กรุณาพิมพ์ร้อยละของเงินที่เก็บได้ต่อศพที่ชมรมหักไว้ เช่น { DIGITS("5") }
error-welfare-rules-same-day = มีระเบียบสวัสดิการที่เริ่มใช้วันที่ { $date } อยู่แล้ว ระเบียบที่บันทึกแล้วไม่แก้ไข ระเบียบฉบับใหม่ต้องเริ่มใช้ในวันหลังจากนั้น กรุณาระบุวันเริ่มใช้วันอื่น
error-settle-malformed = เงินกู้ที่ต้องชำระ: “{ $value }” ไม่ใช่เงินกู้ กรุณาเขียน FUND:LOAN สำหรับกองทุนที่อยู่ในสมุดเล่มนี้ (เช่น vf-roiet:3) หรือ “FUND NAME:LOAN:PRINCIPAL:INTEREST” สำหรับกองทุนที่อยู่ในสมุดเล่มอื่น พร้อมยอดเงินตามใบแจ้งยอดของกองทุนนั้น
