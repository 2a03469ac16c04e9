# The meeting screen's answer for a meeting that moves no money (docs/input-rules.md).

ui-meeting-no-voucher = हाज़िरी और कार्यवाही सहेजी गई; कोई पैसा नहीं आया-गया, इसलिए कोई वाउचर नहीं बना।
