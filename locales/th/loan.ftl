# ตารางผ่อนชำระเงินกู้ และวิธีคำนวณแต่ละตัวเลข
report-loan-schedule = ตารางผ่อนชำระเงินกู้
col-instalment-no = งวดที่
col-due-date = วันครบกำหนด
col-instalment = ยอดชำระต่องวด
note-instalment-explained = วิธีคำนวณงวดที่ { $no }:
explain-periodic-rate = อัตรา { $rate } % ต่อ{ $rate_period ->
        [month] เดือน
        [year] ปี
        [weekly] รายสัปดาห์
        [fortnightly] รายสองสัปดาห์
        [monthly] รายเดือน
       *[annual] รายปี
    } เท่ากับ { $periodic } % ต่องวดแบบ{ $frequency ->
        [month] เดือน
        [year] ปี
        [weekly] รายสัปดาห์
        [fortnightly] รายสองสัปดาห์
        [monthly] รายเดือน
       *[annual] รายปี
    }
explain-flat-total-interest = ดอกเบี้ยคงที่: { $principal } × { $periodic } % × { $periods } งวด = { $exact } ปัดเป็น { $total }
explain-reducing-total-interest = ดอกเบี้ยจากยอดคงเหลือต้นงวดรวมได้ { $exact } ปัดเป็น { $total }
explain-equal-principal = เงินต้นต่องวด: { $principal } ÷ { $periods } = { $exact } ปัดเป็น { $amount }
explain-emi = ค่างวดเท่ากัน: { $principal } × r ÷ ({ DIGITS("1") } − ({ DIGITS("1") } + r)^−{ $periods }) โดย r = { $periodic } % = { $exact } ปัดเป็น { $instalment }
explain-emi-zero-rate = ที่ดอกเบี้ย { DIGITS("0") } % ค่างวดเท่ากันคือ { $principal } ÷ { $periods } = { $exact } ปัดเป็น { $instalment }
explain-grace = งวดที่ { DIGITS("1") } ถึง { $grace } ชำระเฉพาะดอกเบี้ย เงินต้นผ่อนใน { $periods } งวดที่เหลือ
explain-rounding = ปัดยอดเป็นทวีคูณของ { $unit } ({ $mode ->
        [half-up] ปัดครึ่งขึ้น
        [half-even] ปัดครึ่งไปหาเลขคู่
       *[truncate] ตัดเศษทิ้ง
    }) งวดสุดท้ายรับส่วนต่าง ซึ่งต่างจากงวดปกติ { $difference }
explain-flat-interest = ดอกเบี้ย: { $principal } × { $periodic } % = { $exact } ปัดเป็น { $interest }
explain-reducing-interest = ดอกเบี้ยจากยอดคงเหลือต้นงวด: { $opening } × { $periodic } % = { $exact } ปัดเป็น { $interest }
explain-emi-principal = เงินต้น: ค่างวด { $instalment } − ดอกเบี้ย { $interest } = { $principal }
explain-grace-instalment = ช่วงปลอดเงินต้น: ชำระเฉพาะดอกเบี้ย
explain-principal-capped = เงินต้นไม่เกินยอดคงเหลือ { $principal }
explain-interest-capped = ดอกเบี้ยไม่เกิน { $interest } ซึ่งเป็นส่วนที่เหลือของดอกเบี้ยทั้งหมด
explain-last-principal = งวดสุดท้าย: เงินต้น { $principal } คือยอดคงเหลือทั้งหมด
explain-last-interest = งวดสุดท้าย: ดอกเบี้ย { $interest } คือดอกเบี้ยทั้งหมด { $total } หักที่ชำระในงวดก่อน { $earlier }
explain-bullet = ชำระเงินต้นทั้งหมด { $principal } ในวันที่ { $maturity } ดอกเบี้ย { $principal } × { $yearly } % ต่อปี × ({ $months } เดือน ÷ { DIGITS("12") } + { $days } วัน ÷ { DIGITS("365") }) = { $exact } ปัดเป็น { $interest }
explain-bullet-accrued = ดอกเบี้ยสะสมถึงวันที่ { $date }: { $principal } × { $yearly } % ต่อปี × ({ $months } เดือน ÷ { DIGITS("12") } + { $days } วัน ÷ { DIGITS("365") }) = { $exact } ปัดเป็น { $interest }
explain-dues-scheduled = ครบกำหนดถึงวันที่ { $date }: เงินต้น { $principal } ดอกเบี้ย { $interest } ชำระแล้ว: เงินต้น { $paid_principal } ดอกเบี้ย { $paid_interest }
explain-settled = ชำระเงินต้นครบแล้วเมื่อวันที่ { $date } ไม่คิดดอกเบี้ยของงวดที่ครบกำหนดหลังจากนั้น
explain-fine = ค่าปรับ: ชำระล่าช้า { $late } งวด × { $fine } = { $charged } หักที่ชำระแล้ว { $paid } = { $due }
explain-days-past-due = งวดค้างชำระที่เก่าที่สุดครบกำหนดวันที่ { $date }: ค้างชำระ { $days } วัน { $count } งวด
error-no-loan-running = { $member } ไม่มีเงินกู้ที่ยังผ่อนอยู่ ณ วันที่ { $date } กรุณาเว้นช่องชำระคืนไว้ หรือระบุเลขที่เงินกู้ที่ชำระ
error-reversal-before-original = ไม่สามารถลงวันที่การกลับรายการเป็น { $date } ได้ เพราะอยู่ก่อนรายการ { $voucher } ลงวันที่ { $original } ที่ถูกกลับรายการ กรุณาลงวันที่ { $original } หรือหลังจากนั้น
