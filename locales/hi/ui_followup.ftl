# Issue 15 (follow-up): अनुवर्ती स्क्रीन — रसीदें, ऋण स्वीकृति पत्र, घर के दौरे।
ui-nav-followup = अनुवर्ती
ui-receipts-title = भुगतान करने वाले सदस्यों की रसीदें
ui-receipts-hint = बैठक में भुगतान करने वाली हर सदस्य को रसीद मिलती है: उसने क्या दिया, ऋण का बँटवारा, बाद की शेष राशि। पाठ को संदेश में कॉपी करें, या थर्मल रोल या A6 कार्ड पर छापें।
ui-receipts-date = बैठक की तारीख़
ui-receipts-paper = काग़ज़
ui-receipts-paper-58 = थर्मल रोल { DIGITS("58") } मिमी
ui-receipts-paper-80 = थर्मल रोल { DIGITS("80") } मिमी
ui-receipts-paper-a6 = A6 कार्ड
ui-receipts-show = रसीदें दिखाएँ
ui-receipts-print = रसीदें छापें
ui-receipts-copy = पाठ कॉपी करें
ui-receipts-voucher = वाउचर
ui-receipts-printed = प्रिंटर को भेजी गई रसीदें:
ui-meeting-receipts = भुगतान करने वालों की रसीदें
