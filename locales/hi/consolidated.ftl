# Issue 16 (session 10): निगरानी बही के समेकित विवरण।
report-consolidated-receipts-payments = समेकित प्राप्ति और भुगतान (यह संगठन और इसके समूह)
report-consolidated-income-expenditure = समेकित आय और व्यय (यह संगठन और इसके समूह)
report-consolidated-balance-sheet = समेकित तुलन पत्र (यह संगठन और इसके समूह)
col-groups = समूह
col-own = यह संगठन
col-eliminated = आपस का (हटाया गया)
col-consolidated = समेकित
row-intergroup-unmatched = इस संगठन और इसके समूहों के बीच, जो मेल नहीं खाया (बंडल अभी नहीं आया या अलग है)
note-consolidated = { $groups ->
    [one] एक समूह की आयात की गई बही और इस संगठन की अपनी बही मद-दर-मद जोड़ी गई हैं;
   *[other] { $groups } समूहों की आयात की गई बहियाँ और इस संगठन की अपनी बही मद-दर-मद जोड़ी गई हैं;
} जो इनके आपस में होता है (दिया गया सीआईएफ़, उसकी वापसी और ब्याज: इस संगठन की बही में { $eliminated }) हटा दिया गया है, ताकि कुछ भी दो बार न गिना जाए।
note-consolidated-other-currency = समेकित नहीं, दूसरी मुद्रा में रखे गए: { $groups }।
note-consolidated-behind = { $group }: आँकड़े उसके अंतिम बंडल की तारीख { $date } तक के।
error-group-not-registered = { $group } { $org } के समूह-रजिस्टर में नहीं है। उसके स्थिति-पटल से कोई समूह चुनें, या उसे दर्ज करने के लिए समूह का पहला बंडल आयात करें।
note-consolidated-relayed = { $groups ->
    [one] इनमें से एक समूह उस संगठन के बंडल में आया जिसका वह सदस्य है
   *[other] इनमें से { $groups } समूह उन संगठनों के बंडलों में आए जिनके वे सदस्य हैं
}; ऐसे हर संगठन और उसके अपने समूहों के बीच का लेन-देन भी हटा दिया गया है (उनकी बहियों में { $eliminated })।
section-relayed-groups = ग्राम संगठनों द्वारा आगे भेजे गए समूह
section-relayed-by = { $group } द्वारा आगे भेजे गए समूह
section-relayed-by-currency = { $group } द्वारा आगे भेजे गए समूह, जो { $currency } में खाते रखते हैं
col-relayed-by = किसके द्वारा आए
note-relayed-groups = { $groups ->
    [one] एक समूह की बही
   *[other] { $groups } समूहों की बहियाँ
} यहाँ उस ग्राम संगठन के बंडलों के भीतर आती हैं जिसका हर समूह सदस्य है; वे समेकित विवरणों में शामिल हैं, और उनके रजिस्टर यहाँ केवल पढ़ने के लिए खुलते हैं।
