# Issue 12: backup to a pen drive found by the app.
ui-pen-drives = मिली पेन ड्राइव — बैकअप कॉपी करने के लिए एक चुनें:
ui-pen-drive-none = कोई पेन ड्राइव नहीं मिली। एक लगाकर यह पेज फिर से खोलें, या नीचे फ़ोल्डर लिखें।
