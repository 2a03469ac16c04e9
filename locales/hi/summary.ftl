# बैठक का छापने योग्य सारांश (issue 12): बैठक सहेजने के बाद सदस्य जिस पन्ने पर हस्ताक्षर करते हैं।
report-meeting-summary = बैठक का सारांश: बैठक संख्या { $number }, दिनांक { $date }
summary-section-attendance = उपस्थिति
summary-col-mark = उपस्थिति
summary-section-money = इस बैठक का लेन-देन
summary-savings = बचत
summary-shares = ख़रीदे गए शेयर
summary-principal = ऋण वापसी: मूलधन
summary-interest = ऋण वापसी: ब्याज
summary-fines = प्राप्त जुर्माना
summary-other-receipts = अन्य प्राप्तियाँ (बैंक से निकासी, शुल्क, अन्य आय)
summary-loans-given = दिए गए ऋण
summary-withdrawals = बचत निकासी
summary-payments = भुगतान और ख़र्च (बैंक में जमा, ख़र्च, बैंक को भुगतान)
summary-section-cash = नक़द
summary-section-minutes = कार्यवाही
summary-section-signatures = हस्ताक्षर
summary-section-members = सदस्य: उपस्थिति और हस्ताक्षर
summary-col-signer = नाम
summary-col-office = पद
summary-col-signature = हस्ताक्षर या अँगूठे का निशान
summary-role = { $role ->
        [president] अध्यक्ष
        [secretary] सचिव
       *[treasurer] कोषाध्यक्ष
    }
summary-sign-note = हम, उपस्थित सदस्य, पुष्टि करते हैं कि यह सारांश वही है जो बैठक में किया और तय किया गया।
meeting-page-print-summary = बैठक का सारांश छापें
meeting-page-summary-printed = बैठक का सारांश छपने भेजा गया:
summary-section-bank = इस बैठक में बैंक के रास्ते
summary-bank-in = बैंक में आया (जमा, बैंक में मिला अनुदान और ऋण)
summary-bank-out = बैंक से निकला (निकासी, बैंक से भुगतान)
summary-section-agenda = एजेंडा: निर्णयों की प्रगति और ऋणों का उपयोग
summary-loan-use = ऋण { $loan }, { $member } को: क्या उसी काम में लगा?
col-answer = उत्तर
