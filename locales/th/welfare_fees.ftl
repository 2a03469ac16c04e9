# Issue 15 (session 10): the register of annual welfare fees.
report-welfare-fees = ทะเบียนค่าบำรุงสวัสดิการรายปี
section-fee-year = ปี { $year } — ค่าบำรุงรายละ { $fee }
col-fee-due = ค่าบำรุงที่ต้องชำระ
note-fees-collected = ชำระแล้ว { $paid } จาก { $members } คน รวม { $amount }
