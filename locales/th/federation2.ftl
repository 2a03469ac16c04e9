# Issue 16 (second part): CIF both ways, the reconciliation, the roll-ups, the Parquet export.

error-cif-group-not-registered = { $group } ไม่อยู่ในทะเบียนกลุ่มของ { $org } จึงกู้เงิน CIF จากที่นั่นไม่ได้ ไม่มีการบันทึกใด ๆ ให้นำเข้าชุดข้อมูลชุดแรกของกลุ่มพร้อม “register” ก่อน (เทียบลายนิ้วมือกุญแจกับเอกสารของกลุ่ม) แล้วบันทึกเงินกู้อีกครั้ง

account-cif-interest = ดอกเบี้ยที่จ่ายสำหรับเงิน CIF
line-cif-interest = จ่ายดอกเบี้ย CIF ให้องค์กรระดับหมู่บ้าน

report-cif-reconciliation = เงิน CIF ที่ให้กลุ่มกู้ เทียบกับ CIF ค้างชำระของกลุ่ม
col-compared-on = วันที่เทียบ
col-cif-receivable = CIF ที่ให้กู้ (สมุดนี้)
col-cif-payable-group = CIF ค้างชำระ (ชุดข้อมูลของกลุ่ม)
cif-rec-ok = ตรงกัน
cif-rec-differs = ไม่ตรงกัน: ตรวจสอบสมุดทั้งสองเล่ม
cif-rec-no-bundle = ยังไม่มีชุดข้อมูล
note-cif-reconciliation = แต่ละกลุ่มเทียบกันในวันที่ของชุดข้อมูลล่าสุด: เงินต้น CIF ที่สมุดนี้ให้กลุ่มกู้และยังไม่ได้รับคืน เทียบกับ CIF ที่สมุดของกลุ่มเองค้างชำระในวันนั้น มี { $differing } กลุ่มที่ไม่ตรงกัน ความต่างหมายถึงเงินกู้ การชำระ หรือการรับเงินถูกบันทึกในสมุดเล่มหนึ่งแต่ไม่มีในอีกเล่ม

cli-parquet-exported = เขียนข้อมูล { $groups } กลุ่มเป็น Parquet ลงใน { $dir } แล้ว ({ $files } ไฟล์; { $postings } รายการบัญชี)
