# Issue 15: the committee's follow-up list and the list of those who became debt-free.
report-followup-list = अतिदेय और पुनर्निर्धारित ऋणों की अनुवर्ती सूची
report-debt-free = ऋण-मुक्त हुए सदस्य
col-contact = संपर्क
col-last-payment = अंतिम भुगतान
col-next-due = अगली किस्त की तारीख
col-next-due-amount = अगली किस्त
col-visits = भेंट
col-last-visit = अंतिम भेंट
col-debt-free-on = ऋण-मुक्त तारीख
note-followup-list = हर अतिदेय, पुनर्निर्धारित या जिसके लिए भेंट हुई ऐसा ऋण, चुकने तक। अतिदेय उन किस्तों का मूलधन और ब्याज है जो इस तारीख से पहले देय थीं और नहीं चुकीं। सबसे लंबे अतिदेय पहले।
note-committee-only = केवल समिति के लिए: यह सूची सबके सामने न पढ़ें और न ही वहाँ लगाएँ जहाँ सभी सदस्य देखें।
note-debt-free = { $count ->
    [one] एक सदस्य, जिसके ऋण का अनुवर्तन हुआ, ने सब चुका दिया है।
   *[other] { $count } सदस्यों ने, जिनके ऋणों का अनुवर्तन हुआ, सब चुका दिया है।
} तारीख उस भुगतान की है जिससे अंतिम ऋण चुका।
