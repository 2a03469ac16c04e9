# Issue 16 (session 10): งบรวมของสมุดองค์กรที่ดูแลกลุ่ม
report-consolidated-receipts-payments = งบรับจ่ายรวม (องค์กรนี้และกลุ่มในสังกัด)
report-consolidated-income-expenditure = งบรายได้ค่าใช้จ่ายรวม (องค์กรนี้และกลุ่มในสังกัด)
report-consolidated-balance-sheet = งบดุลรวม (องค์กรนี้และกลุ่มในสังกัด)
col-groups = กลุ่มในสังกัด
col-own = องค์กรนี้
col-eliminated = ระหว่างกัน (ตัดออก)
col-consolidated = รวม
row-intergroup-unmatched = ระหว่างองค์กรนี้กับกลุ่มในสังกัดที่ยังไม่ตรงกัน (ชุดข้อมูลยังไม่ส่งมาหรือไม่ตรงกัน)
note-consolidated = { $groups ->
    [one] สมุดที่นำเข้าของกลุ่มหนึ่งกลุ่มและสมุดขององค์กรนี้ถูกรวมตามรายการ
   *[other] สมุดที่นำเข้าของ { $groups } กลุ่มและสมุดขององค์กรนี้ถูกรวมตามรายการ
} รายการระหว่างกัน (เงิน CIF ที่ให้กู้ การชำระคืนและดอกเบี้ย: { $eliminated } ในสมุดขององค์กรนี้) ถูกตัดออก เพื่อไม่ให้นับซ้ำ
note-consolidated-other-currency = ไม่ได้รวม เพราะใช้สกุลเงินอื่น: { $groups }
note-consolidated-behind = { $group }: ตัวเลข ณ วันที่ของชุดข้อมูลล่าสุด { $date }
error-group-not-registered = { $group } ไม่อยู่ในทะเบียนกลุ่มของ { $org } กรุณาเลือกกลุ่มจากกระดานสถานะ หรือนำเข้าชุดข้อมูลชุดแรกของกลุ่มเพื่อลงทะเบียน
