# Issue 15 (session 9): the visit log of households behind on their loans.
report-visit-log = บันทึกการเยี่ยมบ้าน: ครัวเรือนที่ไปเยี่ยมเรื่องเงินกู้
col-visitors = ผู้ไปเยี่ยม
col-found = สิ่งที่พบ
col-record-matches = บันทึกตรงกันหรือไม่
visit-record-matches = ตรงกัน บันทึกของคณะกรรมการถูกต้อง
visit-record-differs = ไม่ตรงกัน ครัวเรือนแจ้งต่างออกไป
