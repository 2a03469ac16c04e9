# สิ้นปี (issue 14 ต่อ): ใบแจ้งเงินปันผลและเงินเฉลี่ยคืนของสมาชิกแต่ละคน
report-dividend-slip = ใบแจ้งเงินปันผลและเงินเฉลี่ยคืน ปี { $year }: { $member }
slip-row-shares = ค่าหุ้นที่ชำระแล้ว ณ สิ้นปี
slip-row-savings = เงินออม ณ สิ้นปี
slip-row-dividend = เงินปันผล
slip-row-average-return = เงินเฉลี่ยคืน
slip-explain-average-return = ตามดอกเบี้ยเงินกู้ที่ชำระในปี { $interest }
slip-row-total = รวมที่จ่ายเข้าบัญชี
slip-note-words = ตัวอักษร: { $words }
slip-note-savings = ยอดรวมนี้เพิ่มเข้าเงินออมของสมาชิกแล้ว
slip-note-payable = ยอดรวมนี้ตั้งเป็นเงินปันผลค้างจ่าย และจะจ่ายเป็นเงินสดในที่ประชุม
slip-note-close = ตามที่ปิดบัญชีปี ณ วันสุดท้ายของปี { $date }
slip-note-signatures = ลายมือชื่อสมาชิก: ______________    ลายมือชื่อเหรัญญิก: ______________    วันที่: __________
slip-note-differs = สมุดบัญชีตอนนี้คำนวณใบแจ้งนี้ได้ { $worked } แต่การปิดบัญชีบันทึกไว้ { $posted } กรุณาเรียกใช้ "samuh check" และสอบถามผู้ตรวจสอบบัญชี
year-period-range = { $from } ถึง { $to }
