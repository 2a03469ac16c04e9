# पुस्तक का उपयोग करने वाले लोग, पिन, दो-व्यक्ति अनुमोदन, और सदस्यों की निजी जानकारी।

error-actor-required = इस पुस्तक में लोग नामांकित हैं: सहेजने के लिए अपना नाम बताएँ और अपना पिन दें।
error-wrong-pin = { $person } का नाम या पिन ग़लत है। कुछ भी सहेजा नहीं गया; फिर से कोशिश करें।
error-pin-locked = { $person } के लिए बहुत बार ग़लत पिन डाला गया। { $minutes } मिनट रुककर फिर कोशिश करें।
error-approver-required = { $action ->
    [reversal] उलट प्रविष्टि
    [by-law] नियमावली में बदलाव
   *[loan] अनुमोदन सीमा से बड़ा ऋण
} के लिए दूसरे व्यक्ति का अनुमोदन चाहिए: कोई दूसरा कोषाध्यक्ष, लेखापाल या अध्यक्ष अपना नाम और पिन दे।
error-approver-is-actor = { $person } अपने ही काम का अनुमोदन नहीं कर सकतीं। कोई दूसरा व्यक्ति अनुमोदन करे।
error-role-cannot-record = { $person } फ़ील्ड अधिकारी हैं: फ़ील्ड अधिकारी पुस्तक पढ़ सकते हैं, रिपोर्ट निकाल सकते हैं और जाँच कर सकते हैं, पर प्रविष्टि या अनुमोदन नहीं कर सकते।
error-role-cannot-approve = { $person } फ़ील्ड अधिकारी हैं और अनुमोदन नहीं कर सकते। किसी कोषाध्यक्ष, लेखापाल या अध्यक्ष से कहें।
error-role-cannot-enrol = केवल कोषाध्यक्ष या अध्यक्ष ही लोगों को नामांकित कर सकते हैं; { $person } नहीं कर सकते। उनमें से किसी से नाम और पिन देने को कहें।
error-person-outside-org = { $person } किसी दूसरे संगठन की पुस्तक रखते हैं और { $org } के लिए काम नहीं कर सकते।
error-invalid-pin = { $field } { DIGITS("4") } से { DIGITS("8") } अंकों का होना चाहिए (किसी भी लिपि के अंक)। केवल अंक लिखें।
error-duplicate-person = { $person } इस पुस्तक में पहले से नामांकित हैं। दूसरा नाम चुनें या उस व्यक्ति का पिन बदलें।
error-id-number-too-long = { $field }: सदस्य की निजता की रक्षा के लिए पहचान संख्या के केवल आख़िरी चार अंक रखे जाते हैं। केवल आख़िरी चार अंक लिखें।
error-member-not-exited = { $member } ने समूह नहीं छोड़ा है। निजी जानकारी मिटाने से पहले बचत लौटाकर और ऋण चुकता करके सदस्य का निकलना दर्ज करें।

field-pin = पिन
field-id-last4 = पहचान संख्या (आख़िरी चार अंक)
field-phone = फ़ोन
field-person = नाम

role-bookkeeper = लेखापाल
role-field-officer = फ़ील्ड अधिकारी

report-approvals = किसने क्या किया और किसने अनुमोदन किया
col-action = कार्य
col-concerning = संबंधित
col-done-by = किसने किया
col-approved-by = किसने अनुमोदन किया
act-org-add = संगठन बनाया
act-member-add = सदस्य जोड़ा
act-member-exit = सदस्य ने समूह छोड़ा
act-member-erase = सदस्य की निजी जानकारी मिटाई
act-by-law = नियमावली में बदलाव
act-opening = प्रारंभिक शेष
act-meeting = बैठक दर्ज
act-loan = ऋण वितरण
act-repayment = ऋण वापसी
act-reschedule = ऋण का पुनर्निर्धारण
act-reversal = उलट प्रविष्टि
concerning-loan = ऋण { $loan }
concerning-by-law = { $date } से नियमावली
concerning-member = सदस्य { $member }

cli-person-added = { $person } को { $role } के रूप में नामांकित किया गया।
cli-pin-changed = { $person } का पिन बदल दिया गया।
cli-member-erased = सदस्य { $member } की निजी जानकारी मिटा दी गई; पुस्तक अब भी सत्यापित होती है।
cli-pin-prompt = { $person } का पिन:
cli-people-none = कोई नामांकित नहीं है: यह पुस्तक एक-उपयोगकर्ता है (इस कंप्यूटर पर कोई भी प्रविष्टि कर सकता है)।
erased-member = मिटाया गया सदस्य { $number }
