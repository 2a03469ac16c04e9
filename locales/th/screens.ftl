# ทะเบียนการเข้าประชุม รายการเงินกู้หนึ่งสัญญา และการกลับรายการทั้งการประชุม
error-no-meeting-on = ไม่มีการประชุมที่บันทึกไว้ในวันที่ { $date } กรุณาเลือกการประชุมจากรายการ
report-attendance = ทะเบียนการเข้าประชุม
section-attendance-grid = การเข้าประชุมของสมาชิกแต่ละคน ทีละการประชุม
col-marks = เครื่องหมาย (ตามลำดับการประชุม)
col-meetings = การประชุมขณะเป็นสมาชิก
col-attendance-percent = ร้อยละการเข้าประชุม
note-attendance-legend = ✓ มา, ◐ มาสาย, ○ ลา, ✗ ขาด, ? ไม่ได้บันทึก, · ยังไม่เป็นสมาชิก เครื่องหมายเรียงตามการประชุมที่แสดงด้านล่าง การเข้าประชุมนับทั้งมาและมาสาย
report-loan-statement = เงินกู้ { $loan }: { $member }
section-loan-schedule = ตารางผ่อนชำระที่ใช้อยู่
section-repayments = การชำระคืนที่ได้รับ
section-loan-arrears = ยอดถึงกำหนดและค้างชำระ ณ วันที่ { $date }
row-principal-due = เงินต้นถึงกำหนด
row-interest-due = ดอกเบี้ยถึงกำหนด
cli-meeting-reversed = กลับรายการการประชุมวันที่ { $date } ของ { $org } แล้ว: { $originals } ถูกยกเลิกด้วย { $reversals }
col-interest = ดอกเบี้ย
