# उपस्थिति रजिस्टर, एक ऋण का विवरण, और पूरी बैठक को उलटना।
error-no-meeting-on = { $date } को कोई बैठक दर्ज नहीं है। सूची में से बैठक चुनें।
report-attendance = उपस्थिति रजिस्टर
section-attendance-grid = हर सदस्य की उपस्थिति, बैठक-दर-बैठक
col-marks = निशान (बैठकें क्रम से)
col-meetings = सदस्य रहते हुई बैठकें
col-attendance-percent = उपस्थिति %
note-attendance-legend = ✓ उपस्थित, ◐ देर से, ○ छुट्टी लेकर अनुपस्थित, ✗ अनुपस्थित, ? दर्ज नहीं, · तब सदस्य नहीं। निशान नीचे दी गई बैठकों के क्रम में हैं; उपस्थिति में उपस्थित और देर से आए दोनों गिने गए हैं।
report-loan-statement = ऋण { $loan }: { $member }
section-loan-schedule = लागू किस्त-सूची
section-repayments = प्राप्त वापसी
section-loan-arrears = { $date } को देय और बकाया
row-principal-due = देय मूलधन
row-interest-due = देय ब्याज
cli-meeting-reversed = { $org } की { $date } की बैठक उलट दी गई: { $originals } को { $reversals } से रद्द किया गया।
col-interest = ब्याज
