# Issue 15 (follow-up): हर भुगतान करने वाले की रसीद, पुनर्निर्धारण का ऋण-स्वीकृति पत्र, और पिछड़े
# कर्ज़दारों की अनुवर्ती कार्रवाई।

error-nothing-paid = वाउचर { $voucher } में किसी सदस्य ने कोई भुगतान नहीं किया, इसलिए छापने के लिए कोई रसीद नहीं है। वह बैठक या वाउचर चुनें जिसमें सदस्य ने भुगतान किया था।

receipt-title = रसीद
receipt-date = तारीख़: { $date }
receipt-voucher = वाउचर: { $voucher }
receipt-item-saving = बचत
receipt-item-share-purchase = शेयर
receipt-item-principal = ऋण { $loan }: मूलधन
receipt-item-interest = ऋण { $loan }: ब्याज
receipt-item-loan-fine = ऋण { $loan }: देरी का जुर्माना
receipt-item-attendance-fine = जुर्माना
receipt-item-membership-fee = सदस्यता शुल्क
receipt-item-other = अन्य भुगतान
receipt-total = कुल भुगतान
receipt-in-words = शब्दों में: { $words }
receipt-after = इस भुगतान के बाद:
receipt-savings-after = बचत शेष
receipt-loan-after = ऋण { $loan } बकाया
receipt-fines-owed = बकाया जुर्माना
receipt-book-code = बही कोड { $code }
receipt-received-by = प्राप्तकर्ता (कोषाध्यक्ष)

note-loan-rescheduled = ऋण { $loan } का { $date } को पुनर्निर्धारण हुआ: { $principal } को { $instalments ->
    [one] { $instalments } किस्त में
   *[other] { $instalments } किस्तों में
} फिर से बाँटा गया (मूल शर्तों में { $original ->
    [one] { $original } किस्त थी
   *[other] { $original } किस्तें थीं
}); दिखाई गई ब्याज दर, विधि और किस्तें नई शर्तें हैं।

finding-record-changed-reschedule-rule = ऋण { $loan }: { $date } से किए गए पुनर्निर्धारण में बकाया के बारे में समिति का फ़ैसला दर्ज जानकारी से अलग है।
finding-record-changed-visit = ऋण { $loan }: { $date } का अनुवर्ती दौरा दर्ज जानकारी से अलग है।

error-loan-not-rescheduled = ऋण { $loan } का पुनर्निर्धारण नहीं हुआ है, इसलिए उसका कोई ऋण स्वीकृति पत्र नहीं है। पहले उसका पुनर्निर्धारण करें (samuh loan reschedule), या ऋण संख्या जाँचें।
report-debt-acknowledgement = ऋण स्वीकृति पत्र: { $member } का ऋण { $loan }
ack-borrower = कर्ज़दार
ack-guarantors = ज़मानतदार
ack-rescheduled-on = पुनर्निर्धारण की तारीख़
ack-old-balance = बकाया मूलधन (फिर से बाँटा गया)
ack-principal-overdue = पुनर्निर्धारण से पहले का अतिदेय मूलधन
ack-interest-overdue = पुनर्निर्धारण से पहले का अतिदेय ब्याज
ack-arrears = अतिदेय ब्याज
ack-arrears-kept = अलग रखा गया: अब भी देय है, नई किस्तों के साथ चुकाना होगा
ack-arrears-folded = समिति के फ़ैसले के अनुसार नई किस्तों में जोड़ा गया
ack-agreement = क्या तय हुआ
ack-schedule = नई किस्तें
ack-declaration = मैं, { $member }, यह ऋण स्वीकार करती/करता हूँ और { $count ->
    [one] ऊपर दी गई { $count } किस्त में
   *[other] ऊपर दी गई { $count } किस्तों में
} { $amount } चुकाने का वचन देती/देता हूँ।
ack-sign-borrower = कर्ज़दार { $member } के हस्ताक्षर: ____________________
ack-sign-guarantor = ज़मानतदार { $member } के हस्ताक्षर: ____________________
ack-sign-committee = { $role ->
        [president] अध्यक्ष
        [secretary] सचिव
       *[treasurer] कोषाध्यक्ष
    }, समिति की ओर से: ____________________
