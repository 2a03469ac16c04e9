# Issue 13: a new recovery code, duplicate loans in one meeting, facts added to the records chain.
encrypt-code-unseen = अगर यह कोड आपको नहीं दिखा, या काग़ज़ खो गया है, तो पासफ़्रेज़ के साथ `samuh recovery-code new` चलाएँ: यह नया कोड छापता है, और पुराना कोड इस बही को खोलना बंद कर देता है।
recovery-code-new-done = { $path } का नया रिकवरी कोड बन गया। पुराना कोड अब इस बही को नहीं खोलता; पासफ़्रेज़ वही रहता है।
recovery-code-new-backups = आज से पहले बने बैकअप और पेन-ड्राइव प्रतियाँ अब भी पुराने कोड से खुलती हैं: अभी नया बैकअप बनाएँ और पुराने मिटा दें।
finding-record-changed-opening = आरंभिक शेष की कट-ऑफ़ तारीख़ ({ $date }) दर्ज जानकारी से अलग है।
finding-record-changed-passbook-print = सदस्य { $member } की पासबुक की एक छपाई ({ $date }) दर्ज जानकारी से अलग है: अगली छपाई ग़लत पंक्ति से शुरू हो सकती है।
finding-record-changed-command = दोबारा भेजे अनुरोधों की सूची की प्रविष्टि { $id } (दोहराया अनुरोध किस सहेजे काम का उत्तर पाता है) दर्ज जानकारी से अलग है।
