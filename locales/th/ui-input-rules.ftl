# The meeting screen's answer for a meeting that moves no money (docs/input-rules.md).

ui-meeting-no-voucher = บันทึกการเข้าประชุมและรายงานการประชุมแล้ว ไม่มีการรับจ่ายเงิน จึงไม่มีใบสำคัญ
