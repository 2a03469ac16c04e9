# ผู้ใช้สมุดบัญชี รหัส PIN การอนุมัติโดยสองคน และข้อมูลส่วนบุคคลของสมาชิก

error-actor-required = สมุดบัญชีนี้มีผู้ใช้ลงทะเบียนไว้แล้ว กรุณาระบุชื่อและใส่รหัส PIN ของท่านเพื่อบันทึก
error-wrong-pin = ชื่อหรือรหัส PIN ของ { $person } ไม่ถูกต้อง ยังไม่ได้บันทึกสิ่งใด กรุณาลองอีกครั้ง
error-pin-locked = ใส่รหัส PIN ของ { $person } ผิดหลายครั้งเกินไป กรุณารอ { $minutes } นาทีแล้วลองอีกครั้ง
error-approver-required = { $action ->
    [reversal] การกลับรายการ
    [by-law] การแก้ไขระเบียบ
   *[loan] เงินกู้ที่เกินวงเงินอนุมัติ
}ต้องได้รับการอนุมัติจากบุคคลที่สอง: เหรัญญิก ผู้ทำบัญชี หรือประธานอีกคนหนึ่งต้องระบุชื่อและรหัส PIN
error-approver-is-actor = { $person } อนุมัติงานของตนเองไม่ได้ ต้องให้บุคคลอื่นที่ไม่ใช่คนเดียวกันเป็นผู้อนุมัติ
error-role-cannot-record = { $person } เป็นเจ้าหน้าที่ภาคสนาม ซึ่งดูสมุดบัญชี พิมพ์รายงาน และตรวจสอบได้ แต่บันทึกรายการหรืออนุมัติไม่ได้
error-role-cannot-approve = { $person } เป็นเจ้าหน้าที่ภาคสนามและอนุมัติไม่ได้ กรุณาให้เหรัญญิก ผู้ทำบัญชี หรือประธานเป็นผู้อนุมัติ
error-role-cannot-enrol = เฉพาะเหรัญญิกหรือประธานเท่านั้นที่ลงทะเบียนผู้ใช้ใหม่ได้ { $person } ทำไม่ได้ กรุณาให้เหรัญญิกหรือประธานระบุชื่อและรหัส PIN
error-person-outside-org = { $person } ดูแลบัญชีขององค์กรอื่น จึงทำรายการแทน { $org } ไม่ได้
error-invalid-pin = { $field } ต้องเป็นตัวเลข { DIGITS("4") } ถึง { DIGITS("8") } หลัก (เลขไทยหรือเลขอารบิกก็ได้) กรุณาพิมพ์เฉพาะตัวเลข
error-duplicate-person = { $person } ลงทะเบียนในสมุดบัญชีนี้แล้ว กรุณาใช้ชื่ออื่น หรือเปลี่ยนรหัส PIN ของบุคคลนั้น
error-id-number-too-long = { $field }: เพื่อคุ้มครองความเป็นส่วนตัวของสมาชิก ระบบเก็บเลขประจำตัวเพียงสี่หลักสุดท้ายเท่านั้น กรุณาพิมพ์เฉพาะสี่หลักสุดท้าย
error-member-not-exited = { $member } ยังไม่ได้ลาออกจากกลุ่ม กรุณาบันทึกการลาออก (คืนเงินออมและชำระเงินกู้ครบ) ก่อนลบข้อมูลส่วนบุคคล

field-pin = รหัส PIN
field-id-last4 = เลขประจำตัว (สี่หลักสุดท้าย)
field-phone = โทรศัพท์
field-person = ชื่อ

role-bookkeeper = ผู้ทำบัญชี
role-field-officer = เจ้าหน้าที่ภาคสนาม

report-approvals = ใครทำอะไร และใครอนุมัติ
col-action = รายการ
col-concerning = เกี่ยวกับ
col-done-by = ผู้ทำ
col-approved-by = ผู้อนุมัติ
act-org-add = สร้างองค์กร
act-member-add = เพิ่มสมาชิก
act-member-exit = สมาชิกลาออก
act-member-erase = ลบข้อมูลส่วนบุคคลของสมาชิก
act-by-law = แก้ไขระเบียบ
act-opening = ยอดยกมา
act-meeting = บันทึกการประชุม
act-loan = จ่ายเงินกู้
act-repayment = รับชำระเงินกู้
act-reschedule = ปรับโครงสร้างหนี้
act-reversal = กลับรายการ
concerning-loan = เงินกู้ { $loan }
concerning-by-law = ระเบียบตั้งแต่ { $date }
concerning-member = สมาชิก { $member }

cli-person-added = ลงทะเบียน { $person } เป็น{ $role }แล้ว
cli-pin-changed = เปลี่ยนรหัส PIN ของ { $person } แล้ว
cli-member-erased = ลบข้อมูลส่วนบุคคลของสมาชิก { $member } แล้ว สมุดบัญชียังตรวจสอบได้ถูกต้อง
cli-pin-prompt = รหัส PIN ของ { $person }:
cli-people-none = ยังไม่มีผู้ใช้ลงทะเบียน สมุดบัญชีนี้ใช้คนเดียว (ใครก็ตามที่เครื่องนี้บันทึกได้)
erased-member = สมาชิกที่ถูกลบข้อมูล { $number }
