# मुद्दा 15 (अनुवर्ती, दूसरा भाग): अनुवर्ती सूची और ऋण-मुक्त सूची।
report-followup-list = अनुवर्ती सूची: किस्त में पीछे रह गए ऋणी
report-debt-free = ऋण-मुक्त हुए ऋणी
col-contact = संपर्क
col-last-payment = अंतिम भुगतान
col-next-due = अगली देय तिथि
col-visits = भेंट
col-last-visit = अंतिम भेंट
col-debt-free-on = ऋण-मुक्त होने की तिथि
note-followup-rescheduled = ऋण { $loan } का पुनर्निर्धारण हुआ था; चुकता होने तक यह इस सूची में रहेगा।
note-committee-only = केवल समिति के लिए: इसे सभी सदस्यों के सामने न पढ़ें और न ही लगाएँ।
