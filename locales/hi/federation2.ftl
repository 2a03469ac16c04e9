# Issue 16 (second part): CIF both ways, the reconciliation, the roll-ups, the Parquet export.

error-cif-group-not-registered = { $group } { $org } के समूह रजिस्टर में नहीं है, इसलिए वह उससे सीआईएफ़ ऋण नहीं ले सकता। कुछ भी सहेजा नहीं गया। पहले समूह का पहला बंडल “register” के साथ आयात करें (उसकी कुंजी की पहचान समूह के काग़ज़ से मिलाएँ), फिर ऋण दोबारा दर्ज करें।

account-cif-interest = सीआईएफ़ पर चुकाया गया ब्याज
line-cif-interest = ग्राम संगठन को सीआईएफ़ का ब्याज चुकाया

report-cif-reconciliation = समूहों को दिया गया सीआईएफ़ और उनका देय सीआईएफ़
col-compared-on = मिलान की तारीख़
col-cif-receivable = दिया गया सीआईएफ़ (यह बही)
col-cif-payable-group = देय सीआईएफ़ (समूह का बंडल)
cif-rec-ok = मेल खाता है
cif-rec-differs = अंतर है: दोनों बहियाँ जाँचें
cif-rec-no-bundle = अभी कोई बंडल नहीं
note-cif-reconciliation = हर समूह का मिलान उसके सबसे नए बंडल की तारीख़ पर होता है: इस बही ने उसे जो सीआईएफ़ मूलधन दिया और जो अभी लौटा नहीं, उसकी तुलना उस दिन समूह की अपनी बही में देय सीआईएफ़ से। { $differing } समूहों में अंतर है; अंतर का अर्थ है कि कोई ऋण, भुगतान या प्राप्ति एक बही में दर्ज है और दूसरी में नहीं।

cli-parquet-exported = { $groups } समूह Parquet के रूप में { $dir } में लिखे गए ({ $files } फ़ाइलें; { $postings } प्रविष्टियाँ)।
