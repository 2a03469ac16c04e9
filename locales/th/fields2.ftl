# Names of the fields that the welfare club, the VSLA cycle, receipts and follow-up visits
# (issues 14 and 15) name in their messages.
field-admin-share = ส่วนค่าบริหาร
field-annual-fee = ค่าบำรุงรายปี
field-answer = คำตอบ
field-arrears = ยอดค้าง
field-birth = สวัสดิการเกิด
field-death-benefit = สวัสดิการเสียชีวิต
field-end = วันสิ้นรอบ
field-found = สิ่งที่พบ
field-levy = เงินสงเคราะห์ต่อศพ
field-members = สมาชิก
field-model = รูปแบบสวัสดิการ
field-old-age = สวัสดิการผู้สูงอายุ
field-paper = ขนาดกระดาษ
field-service-charge = ค่าบริการ
field-settle = เงินกู้ที่ต้องชำระ
field-share-price = ราคาหุ้น
field-sickness = สวัสดิการเจ็บป่วย
field-social-fund = กองทุนสังคม
field-start = วันเริ่มรอบ
field-status = สถานะ
field-visitors = ผู้ไปเยี่ยม
field-attended = ผู้เข้าร่วม
field-pay-on = ชำระภายในวันที่
field-promise = ยอดที่ตกลงชำระ
field-promises = ยอดที่ตกลงชำระ
