# สิ้นปี: การเชื่อมโยงธนาคาร (อินเดีย) การจัดสรรกำไรสุทธิ (สหกรณ์บังกลาเทศ มาตรา 34 และสัดส่วนของกองทุนไทย)
# เงินปันผลและเงินเฉลี่ยคืนรายสมาชิก

## Errors
error-no-profit-to-appropriate = ไม่มีกำไรสุทธิให้จัดสรร ผลของงวดนี้คือ { $result } จึงจัดสรรไม่ได้
error-percent-out-of-range = ค่า { $percent }% ไม่อยู่ระหว่าง { DIGITS("0") } ถึง { DIGITS("100") } กรุณาแก้ไขการตั้งค่าการจัดสรร
error-reserve-below-minimum = ส่วนทุนสำรอง { $percent }% ต่ำกว่าขั้นต่ำ { $minimum }% กรุณาเพิ่มส่วนทุนสำรอง
error-appropriation-above-hundred = ส่วนที่จัดสรรรวมกันได้ { $total }% เกินกำไรสุทธิทั้งหมด กรุณาลดบางส่วนลง
error-allocation-not-hundred = สัดส่วนการจัดสรรรวมกันได้ { $total }% แต่ต้องรวมเป็น { DIGITS("100") }% พอดี กรุณาแก้ไขสัดส่วนการจัดสรร
error-no-shares-to-share-out = รอบนี้ไม่มีการซื้อหุ้น จึงไม่มีเงินให้แบ่งคืน

## Titles and sections
report-bank-linkage = สิทธิ์การเชื่อมโยงสินเชื่อธนาคาร
report-appropriation = การจัดสรรกำไรสุทธิ
section-corpus = ทุนของกลุ่ม
section-linkage-doses = สินเชื่อธนาคารแต่ละงวด
section-subvention = เงินอุดหนุนดอกเบี้ยของงวดถัดไป
section-net-profit = กำไรสุทธิของงวด
section-appropriation = การจัดสรรกำไรสุทธิ
section-audit-levy = ค่าธรรมเนียมตรวจสอบบัญชีและภาษีมูลค่าเพิ่ม
section-dividend = เงินปันผลรายสมาชิก
section-average-return = เงินเฉลี่ยคืน (ตามดอกเบี้ยที่ชำระ)

## Columns
col-dose = งวดสินเชื่อ
col-multiple-of-corpus = จำนวนเท่าของทุน
col-minimum = ขั้นต่ำ
col-eligible = วงเงินที่มีสิทธิ์
col-paid-up-shares = ค่าหุ้นที่ชำระแล้ว
col-dividend = เงินปันผล
col-month-weighted = ผลรวมยอดคงเหลือรายเดือน
col-average-balance = ยอดคงเหลือเฉลี่ย
col-eligibility = สิทธิ์
col-average-return = เงินเฉลี่ยคืน

## Rows
row-grants-received = เงินอุดหนุนที่ได้รับ
row-corpus = ทุนของกลุ่ม
row-dose = งวดที่ { $dose }
row-dose-next = งวดที่ { $dose } (ถัดไป)
row-subvented-principal = เงินกู้ที่ได้รับการอุดหนุน
row-interest-charged = ดอกเบี้ยที่ธนาคารคิด ร้อยละ { $rate }
row-prompt-credit = คืนให้เมื่อชำระตรงเวลา ร้อยละ { $rate }
row-net-interest = ดอกเบี้ยที่กลุ่มรับภาระเมื่อชำระตรงเวลา
row-net-profit = กำไรสุทธิ
row-audit-fee = ค่าธรรมเนียมตรวจสอบบัญชี ร้อยละ { $rate } ของกำไรสุทธิ
row-vat-on-audit-fee = ภาษีมูลค่าเพิ่ม ร้อยละ { $rate } ของค่าธรรมเนียมตรวจสอบบัญชี
row-paid-up-capital = ค่าหุ้นที่ชำระแล้ว
bucket-reserve = ทุนสำรอง
bucket-bad-debt-fund = ทุนหนี้สูญและหนี้สงสัยจะสูญ
bucket-coop-development-fund = กองทุนพัฒนาสหกรณ์ (CDF)
bucket-bylaw-funds = ทุนตามข้อบังคับ
bucket-dividend = เงินปันผลแก่สมาชิก
bucket-average-return = เงินเฉลี่ยคืนแก่ผู้กู้
bucket-welfare = ทุนสวัสดิการ
bucket-committee = ค่าตอบแทนกรรมการ
bucket-public-benefit = ทุนสาธารณประโยชน์
bucket-undistributed-to-reserve = เงินปันผลส่วนที่เกินเพดาน เข้าทุนสำรอง
eligibility-eligible = มีสิทธิ์
eligibility-defaulted = ผิดนัดชำระ: ไม่ได้รับ

## Notes
note-linkage-india-only = การเชื่อมโยงสินเชื่อธนาคารตามเกณฑ์ NRLM และ NABARD ใช้กับกลุ่มช่วยเหลือตนเองในอินเดียเท่านั้น
note-corpus-rule = ทุนของกลุ่ม = เงินออมของสมาชิก + เงินทุนหมุนเวียน + เงินอุดหนุนใด ๆ ณ วันที่ของรายงาน คำนวณจากบัญชีแยกประเภท
note-linkage-age = ก่อตั้งเมื่อ { $formed }: ครบ { $months } เดือน ธนาคารกำหนดให้กลุ่มดำเนินงานมาแล้วอย่างน้อย { DIGITS("6") } เดือนตามสมุดบัญชีของกลุ่มเอง
note-dose-rule = วงเงินแต่ละงวดคือจำนวนที่มากกว่าระหว่างจำนวนเท่าของทุนกับวงเงินขั้นต่ำ งวดที่เกินตารางใช้แถวสุดท้าย
note-next-dose = สินเชื่อธนาคารที่ได้รับในสมุดนี้: { $received } ครั้ง งวดถัดไปคืองวดที่ { $dose } วงเงินที่มีสิทธิ์ { $amount }
note-linkage-conditions = ธนาคารยังกำหนดให้ปฏิบัติตามหลักปัญจสูตรและผ่านการจัดระดับตามเกณฑ์ NABARD ซึ่งรายงานนี้ไม่ได้ประเมิน
note-subvention-basis = ดอกเบี้ย { $months } เดือนบนเงินกู้ไม่เกิน { $limit } คำนวณเป็น เงินกู้ × อัตรา × จำนวนเดือน ÷ { DIGITS("12") } ธนาคารคิดจากยอดคงเหลือรายวัน ตัวเลขจริงจึงต่างไปเล็กน้อย
note-net-profit-rule = กำไรสุทธิ = รายได้ − ค่าใช้จ่ายของงวด รวมจากสมุดรายวัน
note-provisional = งวดนี้ไม่ใช่ปีบัญชีเต็มปี ({ $start } ถึง { $end }) ตัวเลขจึงเป็นตัวเลขเบื้องต้น
note-no-appropriation-rule = ยังไม่ได้กำหนดหลักการจัดสรรสำหรับองค์กรประเภทนี้ ที่ประชุมใหญ่เป็นผู้ตัดสินการใช้เงินส่วนเกิน
note-s34-order = ลำดับตามพระราชบัญญัติสหกรณ์ของบังกลาเทศ ปี { DIGITS("2001") } มาตรา { DIGITS("34") }: ทุนสำรองอย่างน้อยร้อยละ { $minimum } ทุนหนี้สูญ (เฉพาะสหกรณ์ที่ให้สินเชื่อ) กองทุนพัฒนาสหกรณ์ ทุนตามข้อบังคับ ส่วนที่เหลือเป็นเงินปันผลไม่เกินร้อยละ { $cap } ของกำไรสุทธิ ส่วนที่เกินเข้าทุนสำรอง
note-bad-debt-applied = จัดสรรทุนหนี้สูญและหนี้สงสัยจะสูญ เพราะสหกรณ์ให้สมาชิกกู้เงิน
note-bad-debt-not-applied = ไม่จัดสรรทุนหนี้สูญและหนี้สงสัยจะสูญ เพราะสหกรณ์ไม่ได้ให้สมาชิกกู้ในสมุดนี้
note-template = ร้อยละตามสัดส่วนการจัดสรรของกองทุน ซึ่งต้องรวมเป็น { DIGITS("100") }% สัดส่วนตั้งต้นเป็นเพียงตัวอย่าง ไม่ใช่ระเบียบ กรุณาใส่สัดส่วนตามระเบียบของกองทุนเอง
note-appropriation-rounding = แต่ละส่วนปัดเศษเป็นหน่วย { $unit } ส่วนสุดท้ายรับเศษที่เหลือ ผลรวมทุกส่วนจึงเท่ากับกำไรสุทธิพอดี
note-audit-levy = คำนวณจากกำไรสุทธิข้างต้น ยอดที่ต้องชำระคิดจากกำไรสุทธิที่ผ่านการตรวจสอบแล้ว
note-no-share-capital = สมุดนี้ไม่มีการบันทึกค่าหุ้นที่ชำระแล้ว จึงแบ่งเงินปันผล { $pool } ให้สมาชิกไม่ได้ กรุณาบันทึกหุ้นของสมาชิก
note-coop-dividend-rate = อัตราเงินปันผล = { $pool } ÷ ค่าหุ้นที่ชำระแล้ว { $capital } = ร้อยละ { $rate } สมาชิกแต่ละคนได้ ค่าหุ้นที่ชำระแล้ว × อัตรา
note-residual = เศษจากการปัดที่เก็บไว้ในกองทุน: { $amount }
note-dividend-base-shares = เงินปันผลตามสัดส่วนหุ้นของสมาชิกแต่ละคน ถ่วงน้ำหนักรายเดือนตลอด { $months } เดือนของงวด
note-dividend-base-savings = เงินปันผลตามสัดส่วนเงินสัจจะของสมาชิกแต่ละคน ถ่วงน้ำหนักรายเดือนตลอด { $months } เดือนของงวด
note-month-first-day = แต่ละเดือนนับยอดคงเหลือ ณ วันแรกของเดือน เงินฝากจะเริ่มนับในเดือนถัดไป
note-month-last-day = แต่ละเดือนนับยอดคงเหลือ ณ วันสุดท้ายของเดือน เงินฝากนับในเดือนที่ฝาก
note-thai-dividend-rate = อัตราเงินปันผล = { $pool } ÷ ผลรวมยอดคงเหลือเฉลี่ย { $total } = ร้อยละ { $rate } สำหรับงวดนี้
note-average-return-rate = อัตราเงินเฉลี่ยคืน = { $pool } ÷ ดอกเบี้ยเงินกู้ที่เก็บได้ { $interest } = ร้อยละ { $rate } ของดอกเบี้ยที่สมาชิกแต่ละคนชำระ
note-defaulters = สมาชิกที่มีงวดค้างชำระ ณ { $date } หรือเสียค่าปรับชำระล่าช้าในงวดนี้ ถือว่าผิดนัดชำระและไม่ได้รับเงินเฉลี่ยคืน ส่วนนั้นคงอยู่ในกองทุน
note-average-return-kept = คงไว้ในกองทุน (ส่วนของผู้ผิดนัดชำระและเศษจากการปัด): { $amount }
note-interest-unassigned = ดอกเบี้ยเงินกู้ในบัญชีแยกประเภทของงวดนี้คือ { $ledger } แต่โยงกับเงินกู้ของสมาชิกได้เพียง { $members } กรุณาตรวจสอบรายการดอกเบี้ย
note-books-open-later = สมุดบัญชีนี้เริ่มเมื่อ { $date } รายได้และค่าใช้จ่ายก่อนวันนั้นจึงไม่อยู่ในสมุดนี้

## หุ้น เงินปันผล และการปิดบัญชีประจำปี (issue 14)
error-not-whole-shares = { $member }: { $shares } ไม่ใช่จำนวนหุ้นเต็ม กรุณาใส่จำนวนหุ้นที่ซื้อ เช่น { DIGITS("1") }, { DIGITS("2") } หรือ { DIGITS("5") }
error-no-share-price = ยังไม่ได้กำหนดราคาหุ้น ณ วันที่ { $date } กรุณากำหนดราคาหุ้นก่อน (samuh year share-price)
error-kind-has-no-shares = { $org } ไม่มีหุ้นของสมาชิก กรุณาบันทึกเงินนี้เป็นเงินออมแทน
error-year-closed = ปีบัญชี { $year } ปิดแล้ว: บันทึกรายการที่ลงวันที่ในปีนั้นไม่ได้ กรุณาลงวันที่หลังสิ้นปี หรือเปิดปีบัญชีอีกครั้งพร้อมเหตุผลและผู้อนุมัติอีกคน
error-year-not-ended = ปีบัญชี { $year } ยังไม่สิ้นสุด: จะสิ้นสุดวันที่ { $end } กรุณาปิดบัญชีหลังวันนั้น
error-year-already-closed = ปีบัญชี { $year } ปิดไปแล้ว หากต้องการปิดอีกครั้ง ให้เปิดปีบัญชีก่อน
error-year-not-closed = ปีบัญชี { $year } ยังไม่ได้ปิด จึงไม่มีอะไรให้เปิดอีกครั้ง
error-dividend-above-cap = อัตราเงินปันผล { $rate }% สูงกว่าอัตราสูงสุดที่อนุญาต { $cap }% กรุณาใส่อัตราไม่เกิน { $cap }%
error-dividend-above-pool = เงินปันผล { $dividend } มากกว่า { $pool } ที่กำไรของปีเหลือไว้ให้ กรุณาใส่อัตราที่ต่ำลง
error-later-year-closed = เปิดปีบัญชี { $year } อีกครั้งไม่ได้ ขณะที่ปีบัญชีถัดไป { $later } ยังปิดอยู่ กรุณาเปิดปี { $later } ก่อน
error-fiscal-year-invalid = “{ $input }” ไม่ใช่ปีบัญชี กรุณาเขียนปีที่ปีบัญชีเริ่มต้น เช่น { DIGITS("2568") }
error-option-not-for-kind = การตั้งค่า “{ $option }” ใช้กับ { $org } ไม่ได้: ปีบัญชีขององค์กรนี้ปิดตามหลักเกณฑ์ของประเภทและประเทศขององค์กร ซึ่งไม่มีการตั้งค่านี้ กรุณาเอาออก
error-year-before-formed = ปีบัญชี { $year } สิ้นสุดก่อนที่องค์กรจะก่อตั้งเมื่อวันที่ { $formed }: ไม่มีอะไรให้ปิดบัญชีหรือตรวจสอบ กรุณาเลือกปีที่หลังกว่านี้
error-year-without-entries = สมุดบัญชีนี้ไม่มีรายการที่ลงวันที่ในปีบัญชี { $year } หรือก่อนหน้า: ปีนั้นบันทึกไว้ในสมุดกระดาษก่อนเริ่มใช้สมุดบัญชีนี้ กรุณาปิดบัญชีและตรวจสอบในสมุดกระดาษ และเลือกปีที่หลังกว่านี้ในสมุดบัญชีนี้
error-close-under-later-year = ปีบัญชี { $later } ซึ่งอยู่หลังกว่าปิดไปแล้ว จึงปิดบัญชีหรือตรวจสอบปีบัญชี { $year } ไม่ได้ กรุณาเปิดปีบัญชี { $later } อีกครั้งก่อน (พร้อมเหตุผลและผู้อนุมัติอีกคน) แล้วปิดบัญชีทีละปีตามลำดับ
line-share-purchase = ซื้อหุ้น
line-share-return = คืนหุ้นเมื่อลาออก
line-year-close = ปิดบัญชีประจำปีเข้ากำไรสะสม
line-appropriation = จัดสรรกำไรสุทธิ
line-dividend = เงินปันผลเข้าบัญชี
account-dividend-payable = เงินปันผลค้างจ่าย
account-cdf-payable = เงินสมทบกองทุนพัฒนาสหกรณ์ค้างจ่าย
account-bad-debt-fund = กองทุนหนี้สูญและหนี้สงสัยจะสูญ
account-bylaw-funds = กองทุนตามข้อบังคับ
account-committee-fund = ค่าตอบแทนกรรมการค้างจ่าย
account-public-benefit-fund = กองทุนสาธารณประโยชน์
finding-record-changed-share-price = ราคาหุ้นตั้งแต่ { $date } ไม่ตรงกับที่บันทึกไว้
finding-record-changed-year-close = การปิดบัญชีปี { $year } ไม่ตรงกับที่บันทึกไว้
finding-record-changed-year-reopen = การเปิดบัญชีปี { $year } อีกครั้งไม่ตรงกับที่บันทึกไว้
act-year-close = ปิดบัญชีประจำปี
act-year-reopen = เปิดบัญชีประจำปีอีกครั้ง
report-year-preview = การปิดบัญชีปี { $year }: ตัวอย่างก่อนบันทึก
report-share-register = ทะเบียนหุ้น
report-dividends = เงินปันผลที่จ่ายเข้าบัญชี
col-holding = ยอดถือ
col-explanation = วิธีคำนวณ
col-shares-start = หุ้นต้นงวด
col-shares-bought = หุ้นที่ซื้อ
col-shares-end = หุ้นปลายงวด
col-credited-to = เข้าบัญชี
note-year-scheme-coop-bd = จัดสรรตามลำดับของพระราชบัญญัติสหกรณ์บังกลาเทศ มาตรา { DIGITS("34") }: ทุนสำรอง กองทุนต่าง ๆ แล้วจึงเงินปันผล
note-year-scheme-coop-th = ตามหลักสหกรณ์ไทย: ทุนสำรอง { DIGITS("10") }% ก่อน แล้วจึงเงินปันผลตามอัตราที่ที่ประชุมมีมติ (ไม่เกิน { DIGITS("10") }% ต่อปี) ส่วนที่ไม่ได้จัดสรรเข้าทุนสำรอง
note-year-scheme-template = จัดสรรตามสัดส่วนของกองทุนเอง ซึ่งรวมได้ { DIGITS("100") }%
note-year-scheme-surplus-stays = กำไรคงอยู่ในกองทุนของกลุ่ม: ปิดรายได้และค่าใช้จ่ายเข้ากำไรสะสม และไม่มีการแบ่งจ่าย
note-year-dividend-rule = เงินปันผล { $rate }% ต่อปี จาก{ $account ->
    [share-capital] หุ้นที่ชำระแล้ว
   *[member-savings] เงินออม
} { $weighting ->
    [whole-year] ตามยอดถือ ณ สิ้นปี
    [months-held] เป็นรายเดือนตามยอดถือต้นเดือน
   *[average-balance] ตามยอดถือเฉลี่ยรายเดือน
} ปัดเศษ{ $round_at ->
    [each-month] ทุกเดือน
   *[total] ที่ยอดรวมของสมาชิกแต่ละคน
} แบบ{ $mode ->
    [truncate] ตัดทิ้ง
    [half-even] ครึ่งหนึ่งไปหาเลขคู่
   *[half-up] ครึ่งหนึ่งปัดขึ้น
} ถึงหน่วย { $unit }
note-year-residual = ยอดจัดสรร { $pool } จ่ายเข้าบัญชี { $paid } เศษจากการปัด { $residual } คงอยู่ในกองทุน
note-year-credit-savings = จำนวนเงินของสมาชิกแต่ละคนเพิ่มเข้าเงินออมของตน
note-year-credit-payable = จำนวนเงินของสมาชิกแต่ละคนตั้งเป็นค้างจ่าย เพื่อจ่ายเป็นเงินสดในที่ประชุม
note-year-no-holdings = ไม่มีสมาชิกที่ถือหุ้นหรือเงินออมเพื่อแบ่งเงินปันผล { $pool } จึงคงอยู่ในกองทุน
note-share-price = ราคาหุ้น { $price } ณ วันที่ { $date }
note-shares-uncounted = ทุนเรือนหุ้น { $amount } ไม่ใช่จำนวนหุ้นเต็มตามราคาของวันนั้น (ยกมาจากสมุดบัญชีเดิม หรือเพิ่มจากเงินปันผล): นับเฉพาะในทุน
explain-dividend-whole-year = { $holding } × { $rate }%
explain-dividend-each-month = { $rate }% ÷ { DIGITS("12") } ของยอดถือแต่ละเดือน → ส่วนของเดือน: { $months }
explain-dividend-months = ผลรวมยอดถือ { $months } เดือน { $sum } ÷ { DIGITS("12") } × { $rate }%
cli-year-closed = ปิดบัญชีปี { $year } ของ { $org } แล้ว (ใบสำคัญ { $vouchers })
cli-year-reopened = เปิดบัญชีปี { $year } ของ { $org } อีกครั้งแล้ว (รายการกลับ { $vouchers })
cli-share-price-set = ราคาหุ้นของ { $org } คือ { $price } ตั้งแต่ { $from }
col-paid-up-capital = ทุนเรือนหุ้นที่ชำระแล้ว
field-credit-to = เงินปันผลเข้าบัญชีใด
field-price = ราคาหุ้น
field-rounding-unit = หน่วยการปัดเศษ
field-rounding-mode = วิธีปัดเศษ
field-round-at = ปัดเศษเงินปันผลที่ใด
field-weighting = การถ่วงน้ำหนักเงินปันผล
field-shares = หุ้น
field-template = สัดส่วนการจัดสรร
field-year = ปี
