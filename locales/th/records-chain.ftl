# สมุห์ — ห่วงโซ่ของบันทึกในสมุด: สิ่งที่ `samuh check` แจ้งเมื่อข้อเท็จจริงที่บันทึกไว้นอกบัญชีรายวันถูกแก้ไขจากภายนอก Samuh

check-records = ข้อเท็จจริงทุกรายการยังตรงกับที่บันทึกไว้
finding-record-changed-organisation = องค์กร { $org }: รายละเอียดไม่ตรงกับที่บันทึกไว้
finding-record-changed-account = บัญชี { $account }: ประเภทบัญชีไม่ตรงกับที่บันทึกไว้
finding-record-changed-member = สมาชิก { $member }: เลขที่สมาชิก บทบาท หรือวันที่ไม่ตรงกับที่บันทึกไว้
finding-record-changed-exit = สมาชิก { $member }: วันที่ออกจากกลุ่มไม่ตรงกับที่บันทึกไว้
finding-record-changed-by-law = ข้อบังคับที่ใช้ตั้งแต่ { $date } ไม่ตรงกับที่บันทึกไว้
finding-record-changed-meeting = การประชุมวันที่ { $date }: ครั้งที่ วันที่ สถานที่ หรือยอดเงินสดที่นับได้ไม่ตรงกับที่บันทึกไว้
finding-record-changed-attendance = การเข้าประชุมของการประชุมวันที่ { $date } ไม่ตรงกับที่บันทึกไว้
finding-record-changed-minutes = รายงานการประชุมวันที่ { $date } ไม่ตรงกับที่บันทึกไว้
finding-record-changed-loan = เงินกู้ { $loan }: เงื่อนไขไม่ตรงกับที่บันทึกไว้
finding-record-changed-guarantors = เงินกู้ { $loan }: ผู้ค้ำประกันไม่ตรงกับที่บันทึกไว้
finding-record-changed-reschedule = เงินกู้ { $loan }: การปรับโครงสร้างหนี้ตั้งแต่ { $date } ไม่ตรงกับที่บันทึกไว้
finding-record-changed-person = { $person } ผู้ดูแลสมุด: บทบาทหรือการลงทะเบียนไม่ตรงกับที่บันทึกไว้
finding-record-changed-pin = รหัส PIN หนึ่งของ { $person } ไม่ตรงกับที่บันทึกไว้
finding-record-changed-act = รายการที่ { $number } ในบันทึกว่าใครทำอะไร ({ $date }) ไม่ตรงกับที่บันทึกไว้
finding-record-unrecorded = { $kind ->
    [organisation] องค์กร { $org }
    [account] บัญชี { $account }
    [member] สมาชิก { $member }
    [exit] การออกจากกลุ่มของสมาชิก { $member }
    [by-law] ข้อบังคับที่ใช้ตั้งแต่ { $date }
    [by-law-rule] ข้อบังคับที่ใช้ตั้งแต่ { $date }
    [meeting] การประชุมวันที่ { $date }
    [attendance] การเข้าประชุมของการประชุมวันที่ { $date }
    [minutes] รายงานการประชุมวันที่ { $date }
    [agenda] วาระการประชุมวันที่ { $date }
    [loan] เงินกู้ { $loan }
    [guarantors] ผู้ค้ำประกันของเงินกู้ { $loan }
    [reschedule] การปรับโครงสร้างหนี้ของเงินกู้ { $loan } ตั้งแต่ { $date }
    [reschedule-rule] มติคณะกรรมการเรื่องหนี้ค้างของเงินกู้ { $loan } ที่ปรับโครงสร้างหนี้ตั้งแต่ { $date }
    [visit] การเยี่ยมติดตามเงินกู้ { $loan } เมื่อ { $date }
    [followup-meeting] การประชุมติดตามหนี้วันที่ { $date }
    [household] เลขครัวเรือนของสมาชิก { $member } ที่บันทึกเมื่อ { $date }
    [household-target] ครัวเรือน { $household } ที่ติดตามตั้งแต่ { $date }
    [person] บุคคล { $person }
    [pin] รหัส PIN หนึ่งของ { $person }
    [opening] วันตัดยอดของยอดยกมา ({ $date })
    [passbook-print] การพิมพ์สมุดคู่ฝากครั้งหนึ่งของสมาชิก { $member } ({ $date })
    [command] รายการ { $id } ในบันทึกคำขอซ้ำ
    [share-price] ราคาหุ้นตั้งแต่ { $date }
    [year-close] การปิดบัญชีปี { $year }
    [year-reopen] การเปิดบัญชีปี { $year } อีกครั้ง
    [year-audit] การตรวจสอบบัญชีปี { $year }
    [year-snapshot] งบการเงินที่เก็บไว้เมื่อปิดบัญชีปี { $year }
    [vsla-cycle] รอบ VSLA ที่ { $cycle }
    [vsla-share-out] การแบ่งปันหุ้นของรอบ VSLA ที่ { $cycle }
    [federation] บันทึกของเครือข่าย “{ $what }”
    [welfare] บันทึกสวัสดิการ “{ $what }”
   *[act] รายการที่ { $number } ในบันทึกว่าใครทำอะไร ({ $date })
} ไม่เคยถูกบันทึกโดย Samuh: ถูกเพิ่มจากภายนอก Samuh กรุณากู้คืนข้อมูลสำรองแล้วเปรียบเทียบ
finding-record-deleted = { $kind ->
    [organisation] องค์กร { $org }
    [account] บัญชี { $account }
    [member] สมาชิก { $member }
    [exit] การออกจากกลุ่มของสมาชิก { $member }
    [by-law] ข้อบังคับที่ใช้ตั้งแต่ { $date }
    [by-law-rule] ข้อบังคับที่ใช้ตั้งแต่ { $date }
    [meeting] การประชุมวันที่ { $date }
    [attendance] การเข้าประชุมของการประชุมวันที่ { $date }
    [minutes] รายงานการประชุมวันที่ { $date }
    [agenda] วาระการประชุมวันที่ { $date }
    [loan] เงินกู้ { $loan }
    [guarantors] ผู้ค้ำประกันของเงินกู้ { $loan }
    [reschedule] การปรับโครงสร้างหนี้ของเงินกู้ { $loan } ตั้งแต่ { $date }
    [reschedule-rule] มติคณะกรรมการเรื่องหนี้ค้างของเงินกู้ { $loan } ที่ปรับโครงสร้างหนี้ตั้งแต่ { $date }
    [visit] การเยี่ยมติดตามเงินกู้ { $loan } เมื่อ { $date }
    [followup-meeting] การประชุมติดตามหนี้วันที่ { $date }
    [household] เลขครัวเรือนของสมาชิก { $member } ที่บันทึกเมื่อ { $date }
    [household-target] ครัวเรือน { $household } ที่ติดตามตั้งแต่ { $date }
    [person] บุคคล { $person }
    [pin] รหัส PIN หนึ่งของ { $person }
    [opening] วันตัดยอดของยอดยกมา ({ $date })
    [passbook-print] การพิมพ์สมุดคู่ฝากครั้งหนึ่งของสมาชิก { $member } ({ $date })
    [command] รายการ { $id } ในบันทึกคำขอซ้ำ
    [share-price] ราคาหุ้นตั้งแต่ { $date }
    [year-close] การปิดบัญชีปี { $year }
    [year-reopen] การเปิดบัญชีปี { $year } อีกครั้ง
    [year-audit] การตรวจสอบบัญชีปี { $year }
    [year-snapshot] งบการเงินที่เก็บไว้เมื่อปิดบัญชีปี { $year }
    [vsla-cycle] รอบ VSLA ที่ { $cycle }
    [vsla-share-out] การแบ่งปันหุ้นของรอบ VSLA ที่ { $cycle }
    [federation] บันทึกของเครือข่าย “{ $what }”
    [welfare] บันทึกสวัสดิการ “{ $what }”
   *[act] รายการที่ { $number } ในบันทึกว่าใครทำอะไร ({ $date })
} ถูกลบจากภายนอก Samuh กรุณากู้คืนข้อมูลสำรองแล้วเปรียบเทียบ
finding-record-chain-broken = ค่าแฮชที่ปกป้องบันทึกของสมุด (สมาชิก ข้อบังคับ การประชุม เงินกู้ บุคคล การอนุมัติ) ถูกแก้ไขจากภายนอก Samuh กรุณากู้คืนข้อมูลสำรองแล้วเปรียบเทียบ
book-code-records-changed = รายการบัญชีของ { $org } ยังครบถ้วน แต่บันทึกของกลุ่ม (เลขที่และวันที่ของสมาชิก ข้อบังคับ การประชุม การเข้าประชุม เงินกู้ บุคคล หรือการอนุมัติ) ไม่ตรงกับที่บันทึกไว้อีกต่อไป อย่าเชื่อถือสมุดเล่มนี้: ให้ตรวจสอบแบบเต็มเพื่อดูว่าอะไรเปลี่ยนไป แล้วกู้คืนข้อมูลสำรองและเปรียบเทียบ
