# Documents (issue 12): the Reports screen's answer to "did it print correctly?".

ui-passbook-printed-yes = ใช่ พิมพ์ถูกต้อง
ui-passbook-printed-no = ไม่ใช่ จะพิมพ์ใหม่ภายหลัง
ui-passbook-print-not-taken = ยังไม่มีบรรทัดใดถูกบันทึกว่าพิมพ์แล้ว พิมพ์ใหม่เมื่อเครื่องพิมพ์พร้อม
