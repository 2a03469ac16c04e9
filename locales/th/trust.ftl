# Issue 13: a new recovery code, duplicate loans in one meeting, facts added to the records chain.
encrypt-code-unseen = หากคุณไม่เห็นรหัสนี้ หรือกระดาษหายไป ให้สั่ง `samuh recovery-code new` พร้อมรหัสผ่าน: คำสั่งนี้พิมพ์รหัสใหม่ และรหัสเดิมจะเปิดสมุดบัญชีเล่มนี้ไม่ได้อีก
recovery-code-new-done = { $path } มีรหัสกู้คืนใหม่แล้ว รหัสเดิมเปิดสมุดบัญชีเล่มนี้ไม่ได้อีก รหัสผ่านยังคงเดิม
recovery-code-new-backups = ข้อมูลสำรองและสำเนาในแฟลชไดรฟ์ที่ทำก่อนวันนี้ยังเปิดด้วยรหัสเดิมได้: ทำข้อมูลสำรองใหม่ตอนนี้และลบชุดเก่าทิ้ง
finding-record-changed-opening = วันตัดยอดของยอดยกมา ({ $date }) ไม่ตรงกับที่บันทึกไว้
finding-record-changed-passbook-print = การพิมพ์สมุดคู่ฝากครั้งหนึ่งของสมาชิก { $member } ({ $date }) ไม่ตรงกับที่บันทึกไว้ การพิมพ์ครั้งถัดไปอาจเริ่มผิดบรรทัด
finding-record-changed-command = รายการ { $id } ในบันทึกคำขอซ้ำ (ว่าคำขอที่ส่งซ้ำได้คำตอบจากการบันทึกใด) ไม่ตรงกับที่บันทึกไว้
