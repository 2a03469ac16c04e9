# สมูห์ — ข้อความหลัก (ภาษาไทย) ทุก id ต้องตรงกับไฟล์ภาษาอังกฤษ

## ข้อผิดพลาด: บอกว่าผิดอะไรและต้องแก้อย่างไร

error-invalid-amount = { $field }: “{ $input }” ไม่ใช่จำนวนเงิน กรุณาพิมพ์เฉพาะตัวเลข จะใส่จุลภาคคั่นหลักพันก็ได้ เช่น { DIGITS("1,250.50") }
error-negative-amount = { $field }: “{ $input }” ติดลบ กรุณาใส่จำนวนเงินโดยไม่มีเครื่องหมายลบ หากต้องการยกเลิกรายการ ให้กลับรายการใบสำคัญนั้น
error-too-many-decimals = { $field }: “{ $input }” มีทศนิยม { $digits } ตำแหน่ง จำนวนเงินมีทศนิยมได้ไม่เกิน { DIGITS("2") } ตำแหน่ง (สตางค์) กรุณาปัดเศษ
error-amount-too-large = { $field }: “{ $input }” เป็นจำนวนเงินที่มากเกินไปสำหรับบัญชีนี้ (รับได้สูงสุด { $limit }) กรุณาตรวจว่าพิมพ์ตัวเลขเกินหรือไม่
error-invalid-date = { $field }: “{ $input }” ไม่ใช่วันที่ กรุณาพิมพ์ วัน/เดือน/ปี เช่น { DIGITS("14/04/2568") }
error-date-in-future = วันที่ { $date } เลยวันนี้ ({ $today }) ไปแล้ว กรุณาบันทึกเฉพาะสิ่งที่เกิดขึ้นแล้ว หรือตรวจนาฬิกาของเครื่อง
error-date-before-formation = วันที่ { $date } อยู่ก่อนวันตั้งกลุ่ม ({ $formed }) กรุณาตรวจวันที่ หรือแก้ไขวันตั้งกลุ่ม
error-date-before-opening = วันที่ { $date } อยู่ก่อนวันเปิดบัญชี ({ $opening }) กรุณาบันทึกเป็นส่วนหนึ่งของยอดยกมาแทน
error-invalid-number = { $field }: “{ $input }” ไม่ใช่ตัวเลข กรุณาพิมพ์เฉพาะตัวเลข เช่น { DIGITS("12") }
error-invalid-choice = { $field }: “{ $value }” ไม่ใช่ตัวเลือกที่มีให้ กรุณาเลือกจากรายการ
error-period-backwards = ช่วงเวลาเริ่มวันที่ { $from } ซึ่งอยู่หลังวันสิ้นสุด { $to } กรุณาระบุวันเริ่มไม่เกินวันสิ้นสุด
error-required = ต้องกรอก{ $field } กรุณากรอกแล้วลองอีกครั้ง
error-unknown-organisation = ไม่มีกลุ่ม “{ $org }” ในสมุดบัญชีนี้ กรุณาตรวจชื่อหรือรหัส หรือสร้างกลุ่มก่อน
error-duplicate-organisation = มีกลุ่ม “{ $org }” อยู่แล้ว กรุณาเลือกชื่อหรือรหัสอื่น
error-unknown-member = ไม่มีสมาชิก “{ $member }” กรุณาตรวจเลขทะเบียนสมาชิก หรือเพิ่มสมาชิกก่อน
error-duplicate-member = มีสมาชิก “{ $member }” อยู่แล้ว กรุณาใช้เลขทะเบียนสมาชิกอื่น
error-member-exited = { $member } ออกจากกลุ่มเมื่อ { $exited } ไม่สามารถบันทึกรายการของสมาชิกนี้หลังวันนั้นได้
error-member-not-yet-joined = { $member } เพิ่งเข้ากลุ่มเมื่อ { $joined } กรุณาตรวจวันที่ หรือแก้ไขวันเข้ากลุ่ม
error-member-has-balance = { $member } ยังมียอดคงเหลือ { $balance } บาท กรุณาชำระบัญชีเงินออมและเงินกู้ให้เรียบร้อยก่อนสมาชิกลาออก
error-org-code-invalid = รหัสย่อ “{ $code }” ใช้ได้เฉพาะตัวอักษร ตัวเลข ขีด (-) และขีดล่าง (_) โดยไม่มีช่องว่าง เช่น vf-roiet ทุกคำสั่งและทุกไฟล์เรียกองค์กรด้วยรหัสนี้
error-exit-before-last-entry = { $member } ลาออกในวันที่ { $date } ไม่ได้: สมุดบัญชีมีรายการของสมาชิกคนนี้จนถึงวันที่ { $last } (เงินออม เงินกู้ หรือการเข้าประชุม) กรุณาลงวันที่ลาออกตั้งแต่วันที่ { $last } เป็นต้นไป
error-guarantor-of-running-loan = { $member } เป็นผู้ค้ำประกันเงินกู้ { $loan } ของ { $borrower } ซึ่งยังค้างชำระ { $owed } สมาชิกคนนี้ลาออกได้เมื่อชำระเงินกู้นั้นครบแล้ว
error-member-listed-twice = { $member } อยู่ในรายการนี้สองครั้ง กรุณาลบออกหนึ่งบรรทัด
error-no-policy = ไม่มีระเบียบของกลุ่มที่ใช้บังคับในวันที่ { $date } กรุณาบันทึกระเบียบ (เงินออม ดอกเบี้ย วงเงินกู้) ตั้งแต่วันนั้นก่อน
error-loan-above-cap = เงินกู้ { $amount } บาทของ { $member } เกินวงเงินกู้ของกลุ่ม { $cap } บาท กรุณาใส่จำนวนที่น้อยลง หรือแก้ไขระเบียบ
error-too-few-guarantors = { $member } มีผู้ค้ำประกัน { $given } คน แต่ระเบียบกำหนด { $required } คน กรุณาเพิ่มผู้ค้ำประกัน
error-invalid-guarantor = { $guarantor } ค้ำประกันให้ { $member } ไม่ได้ ผู้ค้ำประกันต้องเป็นสมาชิกคนอื่นที่ยังอยู่ในกลุ่ม กรุณาเลือกคนอื่น
error-invalid-loan-terms = เงื่อนไขเงินกู้นี้ใช้ไม่ได้: { $detail ->
        [principal] จำนวนเงินต้องมากกว่าศูนย์
        [rate] อัตราดอกเบี้ยต้องอยู่ระหว่าง { DIGITS("0") } ถึง { DIGITS("100") } %
        [instalments] จำนวนงวดต้องอยู่ระหว่าง { DIGITS("1") } ถึง { DIGITS("520") }
        [grace] งวดปลอดชำระต้องน้อยกว่าจำนวนงวด
        [bullet-grace] เงินกู้ที่ชำระครั้งเดียวไม่มีงวดปลอดชำระ
        [rounding] หน่วยปัดเศษต้องมากกว่าศูนย์
        [rounding-above-principal] หน่วยปัดเศษมากกว่าเงินกู้
        [due-date] วันครบกำหนดงวดสุดท้ายไกลเกินไป
        [too-large] ดอกเบี้ยมากเกินกว่าจะบันทึกได้
        [reschedule-principal] ตารางใหม่ต้องเท่ากับเงินต้นที่ยังค้างพอดี
       *[other] เงื่อนไขไม่สอดคล้องกัน
    } กรุณาตรวจอัตราดอกเบี้ย จำนวนงวด และวันที่
error-unknown-loan = ไม่มีเงินกู้ “{ $loan }” กรุณาตรวจเลขที่สัญญาเงินกู้
error-loan-not-active = เงินกู้ { $loan } ไม่ได้อยู่ระหว่างผ่อนชำระ (ปิดแล้วหรือยังไม่ได้จ่าย) กรุณาเลือกเงินกู้ที่ยังผ่อนอยู่
error-loan-not-of-member = เงินกู้ { $loan } ไม่ใช่ของ { $member } กรุณาเลือกเงินกู้ของสมาชิกคนนั้น
error-repayment-above-owed = การชำระ { $amount } บาทมากกว่ายอดหนี้คงเหลือ { $owed } บาทของเงินกู้ { $loan } กรุณาใส่ไม่เกิน { $owed }
error-prepayment-not-allowed = การชำระ { $amount } บาทมากกว่ายอดที่ถึงกำหนด { $due } บาทของเงินกู้ { $loan } และระเบียบไม่อนุญาตให้ชำระก่อนกำหนด กรุณาใส่ไม่เกิน { $due }
error-repaid-later = เงินกู้ { $loan } มีการชำระวันที่ { $date } บันทึกไว้แล้ว ซึ่งหลังวันที่นี้ และการชำระต้องบันทึกตามลำดับวันที่ กรุณากลับรายการการชำระที่หลังกว่าก่อน แล้วบันทึกการชำระใหม่จากเก่าไปใหม่
error-reschedule-before-later = ปรับโครงสร้างเงินกู้ { $loan } ในวันที่ { $date } ไม่ได้: มีการชำระหรือการปรับโครงสร้างในวันที่ { $later } ซึ่งคิดตามเงื่อนไขเดิม กรุณาลงวันที่ปรับโครงสร้างตั้งแต่วันที่ { $later } เป็นต้นไป หรือกลับรายการที่ลงไว้หลังกว่าก่อน
error-withdrawal-above-savings = { $member } ต้องการถอน { $amount } บาท แต่มีเงินออมเพียง { $balance } บาท กรุณาใส่ไม่เกิน { $balance }
error-cash-below-zero = เงินสดในมือจะติดลบในวันที่ { $date } ขาดไป { $shortfall } บาท กรุณาตรวจรายการ หรือบันทึกการถอนเงินจากธนาคารก่อน
error-bank-below-zero = ยอดเงินฝากธนาคารจะติดลบในวันที่ { $date } ขาดไป { $shortfall } บาท กรุณาตรวจรายการ หรือบันทึกการฝากเงินก่อน
error-bank-loan-above-owed = การชำระเงินกู้ธนาคาร { $amount } บาทมากกว่ายอดที่ค้างธนาคาร { $owed } บาท กรุณาใส่ไม่เกิน { $owed }
error-meeting-already-recorded = การประชุมวันที่ { $date } บันทึกไว้แล้ว กรุณาเปิดการประชุมนั้นเพื่อแก้ไขแทนการบันทึกซ้ำ
error-opening-already-recorded = ยอดยกมาบันทึกไว้แล้ว หากต้องการแก้ไข ให้กลับรายการใบสำคัญยอดยกมาแล้วบันทึกใหม่
error-opening-after-entries = ยอดยกมาต้องเป็นรายการแรกของบัญชี กรุณาบันทึกก่อนการประชุมหรือการจ่ายเงินใด ๆ
error-unbalanced-voucher = ใบสำคัญนี้ไม่สมดุล: เดบิตและเครดิตต่างกัน { $difference } บาท กรุณาแก้จำนวนเงินให้เท่ากัน
error-empty-voucher = ใบสำคัญนี้ไม่มีจำนวนเงิน กรุณาใส่อย่างน้อยหนึ่งรายการ
error-unknown-voucher = ไม่มีใบสำคัญ “{ $voucher }” กรุณาตรวจเลขที่ใบสำคัญ
error-already-reversed = ใบสำคัญ { $voucher } ถูกกลับรายการไปแล้ว ไม่มีอะไรต้องยกเลิกอีก
error-cannot-reverse-reversal = ใบสำคัญ { $voucher } เป็นรายการกลับรายการอยู่แล้ว จึงกลับรายการซ้ำไม่ได้ กรุณาบันทึกรายการที่ถูกต้องใหม่
error-reason-required = กรุณาระบุเหตุผล การแก้ไขทุกครั้งจะถูกเก็บไว้ในบัญชีพร้อมเหตุผล
error-corrupt-file = ไฟล์ { $path } เสียหาย ({ $detail }) กรุณาเปิดไฟล์สำรองล่าสุดแทน
error-file-unreadable = อ่าน { $path } ไม่ได้: { $reason ->
    [not-found] ไม่พบไฟล์ กรุณาตรวจว่าเสียบแฟลชไดรฟ์หรือเชื่อมต่อโฟลเดอร์แล้ว และชื่อไฟล์ถูกต้อง
    [permission] ผู้ใช้ของเครื่องนี้ไม่มีสิทธิ์เปิดไฟล์ กรุณาขอให้ผู้ที่ตั้งค่าเครื่องอนุญาต หรือคัดลอกไฟล์ไปไว้ในโฟลเดอร์ของคุณ
    [disk-full] ดิสก์เต็ม กรุณาลบข้อมูลที่ไม่ใช้ให้มีที่ว่างแล้วลองใหม่
    [read-only] ดิสก์หรือแฟลชไดรฟ์ถูกป้องกันการเขียน กรุณาปลดการป้องกัน หรือคัดลอกไฟล์ไปโฟลเดอร์อื่น
    [damaged] ไฟล์เสียหายหรือไม่ครบ กรุณาใช้ไฟล์สำรองของสมุดบัญชี
   *[other] เครื่องแจ้งปัญหา ({ $detail }) กรุณาตรวจว่ามีไฟล์อยู่ และเสียบแฟลชไดรฟ์หรือเชื่อมต่อโฟลเดอร์แล้ว
}
error-newer-database = สมุดบัญชีนี้บันทึกด้วยสมูห์รุ่นใหม่กว่า (รุ่น { $found } โปรแกรมนี้รองรับถึงรุ่น { $supported }) กรุณาอัปเดตสมูห์เพื่อเปิด
error-not-a-book = { $path } ไม่ใช่สมุดบัญชีของสมูห์ กรุณาเลือกไฟล์สมุดบัญชีที่สร้างด้วยสมูห์
error-database = บันทึกหรืออ่านสมุดบัญชีไม่ได้ ({ $detail }) ยังไม่มีสิ่งใดถูกเปลี่ยน กรุณาลองอีกครั้ง หากยังเกิดซ้ำให้กู้คืนจากไฟล์สำรองล่าสุด
error-unknown-report = ไม่มีรายงาน “{ $name }” กรุณาเลือกรายงานจากรายการ
error-checks-failed = การตรวจสอบบัญชีไม่ผ่าน { $count } รายการ กรุณาดูรายการด้านล่างและแก้ไขทีละรายการ

## ชื่อช่องกรอก

field-amount = จำนวนเงิน
field-savings = เงินออม
field-repayment = การชำระหนี้
field-withdrawal = การถอนเงินออม
field-fine = ค่าปรับ
field-loan = เงินกู้
field-date = วันที่
field-meeting-date = วันประชุม
field-formed-on = วันตั้งกลุ่ม
field-joined-on = วันเข้ากลุ่ม
field-rate = อัตราดอกเบี้ย
field-dividend-rate = อัตราเงินปันผล
field-instalments = จำนวนงวด
field-cash-counted = เงินสดที่นับได้
field-opening-cash = เงินสดยกมา
field-opening-bank = เงินฝากธนาคารยกมา
field-principal = เงินต้น
field-interest = ดอกเบี้ย
field-guarantors = ผู้ค้ำประกัน
field-name = ชื่อ
field-admission-no = เลขทะเบียนสมาชิก
field-org = กลุ่ม
field-member = สมาชิก
field-file = ไฟล์
field-reason = เหตุผล
field-language = ภาษา
field-digits = ตัวเลข
field-calendar = ปฏิทิน
field-kind = ประเภทกลุ่ม
field-country = ประเทศ
field-frequency = ความถี่การประชุม
field-time = เวลา
field-notes = บันทึก
field-repayment-frequency = ความถี่การผ่อนชำระ
field-benefit-kind = ประเภทสวัสดิการ
field-expense-head = หมวดรายจ่าย
field-line-kind = ประเภทรายการ
field-method = วิธีคิดดอกเบี้ย
field-role = ตำแหน่ง
field-attendance = การเข้าประชุม
field-fund = แหล่งเงินทุน
field-currency = สกุลเงิน
field-saving-per-meeting = เงินออมต่อการประชุม
field-loan-cap = วงเงินกู้สูงสุด
field-rounding = การปัดเศษ

## ประเภทกลุ่ม

kind-shg = กลุ่มช่วยเหลือตนเอง (SHG)
kind-village-organisation = เครือข่ายกลุ่มระดับหมู่บ้าน (VO)
kind-village-fund = กองทุนหมู่บ้าน
kind-savings-group = กลุ่มออมทรัพย์
kind-cooperative = สหกรณ์
kind-welfare-club = กองทุนสวัสดิการ / ฌาปนกิจสงเคราะห์
kind-vsla = กลุ่มออมทรัพย์แบบ VSLA
kind-cluster-federation = สหพันธ์ระดับคลัสเตอร์ (CLF)
kind-cooperative-office = สำนักงานสหกรณ์
kind-fund-centre = ศูนย์บริหารจัดการกองทุน

country-in = อินเดีย
country-bd = บังกลาเทศ
country-th = ไทย

frequency-weekly = ทุกสัปดาห์
frequency-fortnightly = ทุกสองสัปดาห์
frequency-monthly = ทุกเดือน

role-president = ประธาน
role-secretary = เลขานุการ
role-treasurer = เหรัญญิก
role-member = สมาชิก

attendance-present = มา
attendance-late = มาสาย
attendance-absent-with-leave = ลา
attendance-absent = ขาด

## เงินกู้

method-flat = คงที่ (คิดจากเงินต้นเดิม)
method-reducing-equal-principal = ลดต้นลดดอก เงินต้นเท่ากันทุกงวด
method-reducing-emi = ลดต้นลดดอก ผ่อนเท่ากันทุกงวด (EMI)
method-bullet = ชำระคืนทั้งหมดครั้งเดียวเมื่อครบกำหนด

repay-frequency-weekly = รายสัปดาห์
repay-frequency-fortnightly = ทุกสองสัปดาห์
repay-frequency-monthly = รายเดือน
repay-frequency-annual = รายปี

rate-period-month = ต่อเดือน
rate-period-year = ต่อปี

fund-own-savings = เงินออมของกลุ่มเอง
fund-revolving-fund = เงินทุนหมุนเวียน (RF)
fund-community-investment-fund = กองทุนลงทุนชุมชน (CIF)
fund-bank-loan = เงินกู้ธนาคาร
fund-village-fund-capital = ทุนกองทุนหมู่บ้าน
fund-welfare-fund = ทุนสวัสดิการ

part-fine = ค่าปรับ
part-interest = ดอกเบี้ย
part-principal = เงินต้น

## บัญชีและใบสำคัญ

account-type-asset = สินทรัพย์
account-type-liability = หนี้สิน
account-type-equity = ทุนและกองทุน
account-type-income = รายได้
account-type-expense = ค่าใช้จ่าย

voucher-kind-opening = ยอดยกมา
voucher-kind-meeting = การประชุม
voucher-kind-disbursement = จ่ายเงินกู้
voucher-kind-repayment = รับชำระหนี้
voucher-kind-receipt = รับเงิน
voucher-kind-payment = จ่ายเงิน
voucher-kind-reversal = กลับรายการ

line-opening = ยอดยกมา
line-saving = เงินออม
line-withdrawal = ถอนเงินออม
line-disbursement = จ่ายเงินกู้
line-principal = รับชำระเงินต้น
line-interest = ดอกเบี้ย
line-loan-fine = ค่าปรับชำระล่าช้า
line-attendance-fine = ค่าปรับขาดประชุม
line-bank-deposit = ฝากเงินธนาคาร
line-bank-withdrawal = ถอนเงินจากธนาคาร
line-bank-loan-received = รับเงินกู้ธนาคาร
line-bank-loan-repaid = ชำระเงินกู้ธนาคาร
line-bank-loan-interest = ดอกเบี้ยเงินกู้ธนาคาร
line-bank-interest = ดอกเบี้ยเงินฝากธนาคาร
line-grant = เงินอุดหนุน
line-membership-fee = ค่าธรรมเนียมแรกเข้า
line-other-income = รายได้อื่น
line-expense = ค่าใช้จ่าย
line-cash-shortage = เงินสดขาดบัญชี
line-cash-excess = เงินสดเกินบัญชี
line-reversal = กลับรายการ

account-cash = เงินสด
account-bank = เงินฝากธนาคาร
account-loans-to-members = ลูกหนี้เงินกู้สมาชิก
account-member-savings = เงินออมสมาชิก
account-bank-loan = เงินกู้ธนาคาร
account-cif-payable = เงิน CIF ค้างส่งเครือข่าย
account-revolving-fund = เงินทุนหมุนเวียน (RF)
account-village-fund-capital = ทุนกองทุนหมู่บ้าน
account-welfare-fund = ทุนสวัสดิการ
account-share-capital = ทุนเรือนหุ้น
account-reserve-fund = ทุนสำรอง
account-accumulated-surplus = กำไรสะสม
account-interest-income = รายได้ดอกเบี้ยเงินกู้
account-fine-income = รายได้ค่าปรับ
account-bank-interest-income = ดอกเบี้ยเงินฝากธนาคาร
account-grant-income = เงินอุดหนุนที่ได้รับ
account-membership-fee-income = ค่าธรรมเนียมแรกเข้า
account-other-income = รายได้อื่น
account-cash-excess = เงินสดเกินบัญชี
account-bank-loan-interest = ดอกเบี้ยจ่ายเงินกู้ธนาคาร
account-meeting-expense = ค่าใช้จ่ายในการประชุม
account-stationery-expense = ค่าเครื่องเขียน
account-travel-expense = ค่าเดินทาง
account-honorarium-expense = ค่าตอบแทน (ผู้ทำบัญชี)
account-bank-charges = ค่าธรรมเนียมธนาคาร
account-training-expense = ค่าอบรม
account-other-expense = ค่าใช้จ่ายอื่น
account-cash-shortage = เงินสดขาดบัญชี

## การตั้งค่า

currency-INR = รูปีอินเดีย
currency-BDT = ตากาบังกลาเทศ
currency-THB = บาท

lang-en = English
lang-hi = हिन्दी
lang-bn = বাংলা
lang-th = ไทย

calendar-gregorian = คริสต์ศักราช (ค.ศ.)
calendar-buddhist = พุทธศักราช (พ.ศ.)
calendar-bangabda = ปฏิทินบังคลา (บังกาบดา)

digits-latin = 0 1 2 3 (เลขอารบิก)
digits-native = เลขไทย (๑ ๒ ๓)
error-guarantors-out-of-range = ขอผู้ค้ำประกัน { $input } คนสำหรับเงินกู้ไม่ได้: ข้อบังคับกำหนดได้ตั้งแต่ { DIGITS("0") } ถึง { $max } คน กรุณาพิมพ์จำนวนที่น้อยลง
error-request-malformed = คำสั่ง “{ $command }” ได้รับข้อมูลที่อ่านไม่ได้: { $reason ->
        [eof] คำขอสิ้นสุดก่อนครบ
        [unknown-field] “{ $key }” ไม่ใช่ชื่อที่คำสั่งนี้รับ
        [missing-field] ต้องมี “{ $key }” แต่ไม่ได้ส่งมา
        [duplicate-field] “{ $key }” ส่งมาสองครั้ง
        [type] ค่าผิดชนิด (จำนวนเงินและวันที่ส่งเป็นข้อความ)
       *[other] คำขอมีรูปแบบไม่ถูกต้อง
    } ไม่มีการบันทึกสิ่งใด นี่เป็นความผิดพลาดของโปรแกรมที่ส่งมา กรุณาแจ้งพร้อมบอกว่ากำลังทำอะไรอยู่
error-no-welfare-fee = กฎสวัสดิการที่ใช้อยู่ ณ วันที่ { $date } ไม่ได้กำหนดค่าบำรุงรายปี จึงไม่มีอะไรให้เก็บ หากชมรมเก็บค่าบำรุงรายปี กรุณากำหนดในกฎสวัสดิการก่อน
error-amount-not-positive = { $field }: { $input } ไม่ใช่จำนวนเงินที่บันทึกได้ ต้องมากกว่าศูนย์
