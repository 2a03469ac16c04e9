# दस्तावेज़ (मुद्दा 12): पासबुक छापना और सहेजना अलग हैं; हस्ताक्षर योग्य दस्तावेज़।

passbook-print-question = { $count ->
    [one] क्या पासबुक सही छपी ({ $count } पंक्ति)? तभी यह पंक्ति छपी हुई मानी जाएगी।
   *[other] क्या पासबुक सही छपी ({ $count } पंक्तियाँ)? तभी ये पंक्तियाँ छपी हुई मानी जाएँगी।
}
passbook-print-recorded = { $count ->
    [one] { $count } पंक्ति छपी हुई दर्ज की गई। अगली छपाई इसके बाद से होगी।
   *[other] { $count } पंक्तियाँ छपी हुई दर्ज की गईं। अगली छपाई इनके बाद से होगी।
}
cli-passbook-pending = अभी कुछ भी छपा हुआ दर्ज नहीं हुआ है। पासबुक सही छप जाने पर उसकी पंक्तियाँ इस आदेश से दर्ज करें: { $command }

report-audit-appendix = तकनीकी परिशिष्ट
cover-book-code = किताब कोड
cover-org-code = बही में संगठन का कोड

# ऑडिट वर्कबुक की शीटों के छोटे नाम (अधिकतम 28 अक्षर)।
sheet-audit-cover = मुखपृष्ठ
sheet-audit-appendix = तकनीकी परिशिष्ट
sheet-cash-book = रोकड़ बही
sheet-bank-book = बैंक बही
sheet-receipts-payments = प्राप्ति और भुगतान
sheet-income-expenditure = आय और व्यय
sheet-balance-sheet = तुलन पत्र
sheet-appropriation = लाभ का विनियोजन
sheet-trial-balance = तलपट
sheet-savings-register = बचत रजिस्टर
sheet-share-register = शेयर रजिस्टर
sheet-loan-register = ऋण रजिस्टर
sheet-dcb = मांग-वसूली-शेष
sheet-arrears = बकाया सूची
sheet-panchsutra = पंचसूत्र
sheet-reversals = उलट प्रविष्टियाँ
sheet-approvals = स्वीकृतियाँ
sheet-attendance = उपस्थिति
sheet-minutes = कार्यवाही
sheet-bank-linkage = बैंक लिंकेज
