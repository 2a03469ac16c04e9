# ค่าบำรุงสันนิบาตสหกรณ์แห่งประเทศไทย (ประเด็น 14)
error-league-fee-above-law = ค่าบำรุงสันนิบาตสหกรณ์ร้อยละ { $percent } เกินกว่าที่กฎหมายกำหนด (ร้อยละ 0 ถึง { $max } ของกำไรสุทธิ) กรุณาระบุอัตราภายในช่วงนี้
field-league-fee = ค่าบำรุงสันนิบาตสหกรณ์
field-league-fee-cap = เพดานค่าบำรุงสันนิบาตสหกรณ์
bucket-league-fee = ค่าบำรุงสันนิบาตสหกรณ์แห่งประเทศไทย
bucket-education = ทุนการศึกษา
account-league-fee-payable = ค่าบำรุงสันนิบาตสหกรณ์ค้างจ่าย
account-education-fund = ทุนการศึกษา
ui-year-league-fee = ค่าบำรุงสันนิบาตสหกรณ์ (ร้อยละของกำไรสุทธิ เว้นว่าง = ร้อยละ 1 ไม่เกิน 30,000 บาท)
field-counts-from = การซื้อเริ่มนับเมื่อใด (next-month หรือ own-month)
