# ऋण की किस्त-सारणी और हर आँकड़ा कैसे निकाला गया।
report-loan-schedule = ऋण वापसी की किस्त-सारणी
col-instalment-no = किस्त
col-due-date = देय तिथि
col-instalment = किस्त राशि
note-instalment-explained = किस्त { $no } ऐसे निकाली गई:
explain-periodic-rate = { $rate } % प्रति { $rate_period ->
        [month] महीना
        [year] वर्ष
        [weekly] साप्ताहिक
        [fortnightly] पाक्षिक
        [monthly] मासिक
       *[annual] वार्षिक
    } की दर हर { $frequency ->
        [month] महीना
        [year] वर्ष
        [weekly] साप्ताहिक
        [fortnightly] पाक्षिक
        [monthly] मासिक
       *[annual] वार्षिक
    } किस्त अवधि के लिए { $periodic } % है।
explain-flat-total-interest = फ्लैट ब्याज: { $principal } × { $periodic } % × { $periods } अवधि = { $exact }, पूर्णांकित { $total }।
explain-reducing-total-interest = घटती शेष राशि पर ब्याज का जोड़ { $exact } है, पूर्णांकित { $total }।
explain-equal-principal = प्रति किस्त मूलधन: { $principal } ÷ { $periods } = { $exact }, पूर्णांकित { $amount }।
explain-emi = समान किस्त: { $principal } × r ÷ ({ DIGITS("1") } − ({ DIGITS("1") } + r)^−{ $periods }), जहाँ r = { $periodic } %, = { $exact }, पूर्णांकित { $instalment }।
explain-emi-zero-rate = { DIGITS("0") } % ब्याज पर समान किस्त { $principal } ÷ { $periods } = { $exact } है, पूर्णांकित { $instalment }।
explain-grace = किस्त { DIGITS("1") } से { $grace } तक केवल ब्याज; मूलधन शेष { $periods } किस्तों में लौटाया जाएगा।
explain-rounding = राशियाँ { $unit } के गुणकों में पूर्णांकित हैं ({ $mode ->
        [half-up] आधा या अधिक ऊपर
        [half-even] आधे पर सम अंक की ओर
       *[truncate] शेष छोड़कर
    }); अंतर अंतिम किस्त में समाया है, जो सामान्य किस्त से { $difference } अलग है।
explain-flat-interest = ब्याज: { $principal } × { $periodic } % = { $exact }, पूर्णांकित { $interest }।
explain-reducing-interest = आरंभिक शेष पर ब्याज: { $opening } × { $periodic } % = { $exact }, पूर्णांकित { $interest }।
explain-emi-principal = मूलधन: किस्त { $instalment } − ब्याज { $interest } = { $principal }।
explain-grace-instalment = छूट अवधि: केवल ब्याज, मूलधन नहीं।
explain-principal-capped = मूलधन शेष बकाया { $principal } तक सीमित।
explain-interest-capped = ब्याज { $interest } तक सीमित, जितना कुल ब्याज में बचा है।
explain-last-principal = अंतिम किस्त: मूलधन { $principal } पूरा बचा हुआ बकाया है।
explain-last-interest = अंतिम किस्त: ब्याज { $interest } = कुल ब्याज { $total } में से पिछली किस्तों के { $earlier } घटाकर।
explain-bullet = पूरा मूलधन { $principal } { $maturity } को लौटाना है; ब्याज { $principal } × { $yearly } % वार्षिक × ({ $months } महीने ÷ { DIGITS("12") } + { $days } दिन ÷ { DIGITS("365") }) = { $exact }, पूर्णांकित { $interest }।
explain-bullet-accrued = { $date } तक का ब्याज: { $principal } × { $yearly } % वार्षिक × ({ $months } महीने ÷ { DIGITS("12") } + { $days } दिन ÷ { DIGITS("365") }) = { $exact }, पूर्णांकित { $interest }।
explain-dues-scheduled = { $date } तक देय: मूलधन { $principal } और ब्याज { $interest }; अब तक चुकाया: मूलधन { $paid_principal } और ब्याज { $paid_interest }।
explain-settled = मूलधन { $date } को पूरा चुका दिया गया; उस तिथि के बाद देय किस्तों का ब्याज नहीं लिया जाएगा।
explain-fine = जुर्माना: { $late } देर से चुकाई किस्तें × { $fine } = { $charged }, पहले चुकाए { $paid } घटाकर = { $due }।
explain-days-past-due = सबसे पुरानी बकाया किस्त { $date } को देय थी: { $days } दिन अतिदेय, { $count ->
    [one] { $count } किस्त अतिदेय
   *[other] { $count } किस्तें अतिदेय
}।
error-no-loan-running = { $member } का { $date } को कोई ऋण चालू नहीं है। किस्त का खाना ख़ाली छोड़ें, या जिस ऋण की किस्त दी जा रही है उसका नंबर लिखें।
error-reversal-before-original = उलटने की प्रविष्टि की तारीख़ { $date } नहीं हो सकती, यह उस प्रविष्टि { $voucher } ({ $original }) से पहले है जिसे उलटा जा रहा है। { $original } या उसके बाद की तारीख़ डालें।
