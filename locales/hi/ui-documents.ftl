# Documents (issue 12): the Reports screen's answer to "did it print correctly?".

ui-passbook-printed-yes = हाँ, सही छपी
ui-passbook-printed-no = नहीं, बाद में फिर छापेंगे
ui-passbook-print-not-taken = कोई पंक्ति छपी हुई दर्ज नहीं की गई। प्रिंटर तैयार होने पर फिर से छापें।
