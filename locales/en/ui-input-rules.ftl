# The meeting screen's answer for a meeting that moves no money (docs/input-rules.md).

ui-meeting-no-voucher = Attendance and minutes saved; no money moved, so there is no voucher.
