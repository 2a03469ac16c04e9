# Issue 12: backup to a pen drive found by the app.
ui-pen-drives = मिली पेन ड्राइव — बैकअप कॉपी करने के लिए एक चुनें:
ui-pen-drive-none = कोई पेन ड्राइव नहीं मिली। एक लगाकर यह पेज फिर से खोलें, या नीचे फ़ोल्डर लिखें।
# Issue 12 (session 9): a card per organisation on the home screen, opening on the work.
ui-home-last-meeting = पिछली बैठक
ui-home-no-meeting = अभी कोई बैठक नहीं
ui-home-cash = हाथ में नकद
ui-home-bank = बैंक
ui-home-overdue = बकाया ऋण
ui-home-start-meeting = आज की बैठक शुरू करें
ui-home-open-groups = समूह खोलें
