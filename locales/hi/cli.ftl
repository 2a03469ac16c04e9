# `samuh` कमांड लाइन के संदेश।
cli-error = त्रुटि
cli-saved = { $org } में वाउचर { $voucher } के रूप में सहेजा गया।
cli-already-recorded = यह पहले ही { $org } में वाउचर { $voucher } के रूप में दर्ज है; कुछ भी दोबारा नहीं सहेजा गया।
cli-book-ready = बही { $path } तैयार है।
cli-demo-created = डेमो संगठन { $path } में बनाए गए:
cli-org-added = संगठन { $org } अपने खातों की सूची के साथ बनाया गया। अब इसके उपनियम तय करें (samuh policy set)।
cli-member-added = सदस्य { $member } जोड़ा गया।
cli-member-exited = सदस्य { $member } ने समूह छोड़ दिया है।
cli-policy-set = { $org } के उपनियमों का नया संस्करण दर्ज किया गया।
cli-rescheduled = ऋण { $loan } का पुनर्निर्धारण हुआ; नई किस्त योजना समझौते की तारीख से लागू है।
check-ok = ठीक
check-failed = { $count } समस्या
check-summary = { $orgs } संगठन और { $vouchers } वाउचर जाँचे गए: { $findings } समस्या मिली।
# The command line's words for errors whose screen wording names rows and keys (Localizer::cli_error).
cli-error-attendance-not-marked = { $member } की हाज़िरी नहीं लगी है। बैठक फ़ाइल में उस सदस्य की "attendance" लिखें: present, late, absent या absent-with-leave।
cli-error-loan-amount-required = ऋण की राशि नहीं दी गई है। इसे --amount से दें, या बैठक फ़ाइल में ऋण की "amount" के रूप में लिखें।
cli-error-no-meeting-on = { $date } को प्रविष्टियों वाली कोई बैठक दर्ज नहीं है। कार्यवाही पुस्तिका (`samuh report minutes`) बैठकें और उनकी तारीखें दिखाती है।
cli-error-invalid-choice = { $field }: “{ $value }” ऐसा मान नहीं है जो यह लेता है। कमांड का --help बताता है कि यह कौन-से मान लेता है।
# जो कमांड लाइन पढ़ी न जा सके (clap के अपने शब्द अंग्रेज़ी में हैं): क्या ठीक करें, पाठक की भाषा में।
cli-usage-missing = कमांड को जो चाहिए उसमें से कुछ छूट गया है: { $args }। `{ $help }` बताता है कि वह क्या लेती है।
cli-usage-unknown = “{ $arg }” इस कमांड का विकल्प नहीं है। `{ $help }` उसके विकल्प दिखाता है।
cli-usage-value = { $arg }: “{ $value }” ऐसा मान नहीं है जो यह लेता है। `{ $help }` बताता है कि यह क्या लेता है।
cli-usage-value-choices = { $arg }: “{ $value }” इसके विकल्पों में नहीं है। इनमें से एक चुनें: { $choices }।
cli-usage-command = “{ $command }” कोई कमांड नहीं है। `{ $help }` कमांडों की सूची दिखाता है।
cli-usage-conflict = { $arg } और { $other } एक साथ नहीं दिए जा सकते। इनमें से एक ही रखें।
cli-usage-other = कमांड लाइन { $arg } पर पढ़ी नहीं जा सकी। `{ $help }` दिखाता है कि उसे कैसे लिखते हैं।
cli-usage-other-line = कमांड लाइन पढ़ी नहीं जा सकी। `{ $help }` दिखाता है कि उसे कैसे लिखते हैं।
cli-usage-twice = { $arg } दो बार दिया गया है। इसे एक ही बार दें।
cli-usage-no-command = “{ $command }” के बाद कमांड नहीं दी गई है। इनमें से एक लिखें: { $commands }। `{ $help }` बताता है कि हर एक क्या करती है।
cli-usage-did-you-mean = क्या आपका मतलब { $word } था?
