# ข้อความของคำสั่ง `samuh`
cli-error = ข้อผิดพลาด
cli-saved = บันทึกเป็นใบสำคัญ { $voucher } ของ { $org } แล้ว
cli-already-recorded = รายการนี้บันทึกไว้แล้วเป็นใบสำคัญ { $voucher } ของ { $org } ไม่มีการบันทึกซ้ำ
cli-book-ready = สมุดบัญชี { $path } พร้อมใช้งาน
cli-demo-created = สร้างองค์กรตัวอย่างใน { $path } แล้ว:
cli-org-added = สร้างองค์กร { $org } พร้อมผังบัญชีแล้ว ขั้นต่อไปให้กำหนดระเบียบ (samuh policy set)
cli-member-added = เพิ่มสมาชิก { $member } แล้ว
cli-member-exited = สมาชิก { $member } ออกจากกลุ่มแล้ว
cli-policy-set = บันทึกระเบียบฉบับใหม่ของ { $org } แล้ว
cli-rescheduled = ปรับโครงสร้างหนี้เงินกู้ { $loan } แล้ว แผนงวดชำระใหม่มีผลตั้งแต่วันที่ทำข้อตกลง
check-ok = ถูกต้อง
check-failed = พบปัญหา { $count } รายการ
check-summary = ตรวจ { $orgs } องค์กร { $vouchers } ใบสำคัญ: พบปัญหา { $findings } รายการ
# The command line's words for errors whose screen wording names rows and keys (Localizer::cli_error).
cli-error-attendance-not-marked = ยังไม่ได้ลงเวลาของ { $member } ใส่ "attendance" ของสมาชิกคนนั้นในไฟล์การประชุม: present, late, absent หรือ absent-with-leave
cli-error-loan-amount-required = ยังไม่ได้ระบุจำนวนเงินกู้ ใส่ด้วย --amount หรือเป็น "amount" ของเงินกู้ในไฟล์การประชุม
cli-error-no-meeting-on = ไม่มีการประชุมที่มีรายการบันทึกไว้ในวันที่ { $date } สมุดบันทึกการประชุม (`samuh report minutes`) แสดงการประชุมและวันที่
cli-error-invalid-choice = { $field }: “{ $value }” ไม่ใช่ค่าที่รับได้ ดูค่าที่รับได้ใน --help ของคำสั่ง
# บรรทัดคำสั่งที่อ่านไม่ได้ (ข้อความของ clap เองเป็นภาษาอังกฤษ): สิ่งที่ต้องแก้ เป็นภาษาของผู้อ่าน
cli-usage-missing = คำสั่งขาดสิ่งที่ต้องใช้: { $args } ดู `{ $help }` ว่าคำสั่งนี้รับอะไรบ้าง
cli-usage-unknown = “{ $arg }” ไม่ใช่ตัวเลือกของคำสั่งนี้ ดูตัวเลือกได้ที่ `{ $help }`
cli-usage-value = { $arg }: “{ $value }” ไม่ใช่ค่าที่ตัวเลือกนี้รับ ดู `{ $help }` ว่ารับอะไรบ้าง
cli-usage-value-choices = { $arg }: “{ $value }” ไม่อยู่ในตัวเลือก กรุณาเลือกหนึ่งใน: { $choices }
cli-usage-command = “{ $command }” ไม่ใช่คำสั่ง ดูรายการคำสั่งได้ที่ `{ $help }`
cli-usage-conflict = ใส่ { $arg } พร้อมกับ { $other } ไม่ได้ กรุณาเลือกอย่างใดอย่างหนึ่ง
cli-usage-other = อ่านบรรทัดคำสั่งไม่ได้ที่ { $arg } ดูวิธีเขียนได้ที่ `{ $help }`
cli-usage-other-line = อ่านบรรทัดคำสั่งไม่ได้ ดูวิธีเขียนได้ที่ `{ $help }`
cli-usage-twice = ใส่ { $arg } สองครั้ง กรุณาใส่เพียงครั้งเดียว
cli-usage-no-command = ไม่มีคำสั่งต่อจาก “{ $command }” กรุณาเขียนคำสั่งใดคำสั่งหนึ่งต่อไปนี้: { $commands } ดูได้ที่ `{ $help }` ว่าแต่ละคำสั่งทำอะไร
cli-usage-did-you-mean = หมายถึง { $word } หรือไม่
