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
