# सत्र 9 (issue 16): ग्राम संगठन, संकुल संघ, सहकारिता कार्यालय या कोष केंद्र की निगरानी स्क्रीन,
# और समूह की बही पर "संघ को भेजें"।

ui-nav-groups = समूह
ui-nav-send = संघ को भेजें
ui-oversight-title = समूह और उनके बंडल
ui-oversight-board = स्थिति पटल: किन समूहों ने अपनी बही भेजी, कौन देर से हैं, किसमें चेतावनी आई
ui-oversight-refresh = पटल फिर से देखें
ui-oversight-import-title = बंडल आयात करें
ui-oversight-folder = फ़ोल्डर या पेन ड्राइव
ui-oversight-folder-hint = वह फ़ोल्डर जिसमें समूहों के बंडल हैं (.bundle से ख़त्म होने वाली फ़ाइलें): पेन ड्राइव, साझा फ़ोल्डर, या जहाँ मैसेजिंग ऐप ने उन्हें रखा।
ui-oversight-pen-drives = मिली पेन ड्राइव — जिस पर बंडल हैं उसे चुनें:
ui-oversight-find = बंडल खोजें
ui-oversight-none-found = इस फ़ोल्डर में कोई बंडल (.bundle से ख़त्म होने वाली फ़ाइल) नहीं है। फ़ोल्डर जाँचें, या समूहों के बंडल इसमें कॉपी करें।
ui-oversight-register = जो समूह अभी रजिस्टर में नहीं हैं उन्हें जोड़ें (पहले हर कुंजी फ़िंगरप्रिंट को समूह के काग़ज़ वाले फ़िंगरप्रिंट से मिलाएँ)
ui-oversight-import = आयात करें
ui-oversight-waiting = प्रतीक्षा में
ui-oversight-importing = आयात हो रहा है…
ui-oversight-rollups-title = सभी समूहों की संयुक्त रिपोर्ट
ui-oversight-rollup = रिपोर्ट
ui-oversight-show = दिखाएँ
ui-oversight-export = सहेजें या छापें (रिपोर्ट स्क्रीन)
ui-send-title = बही संघ को भेजें
ui-send-hint = इस समूह की बही की एक हस्ताक्षरित फ़ाइल (बंडल) बनाता है, उसके ग्राम संगठन या संघ के लिए। इसे पेन ड्राइव पर ले जाएँ या मैसेजिंग ऐप से भेजें।
ui-send-hint-relay = इस संगठन की बही और इसके आयात किए गए समूहों की बहियों की एक हस्ताक्षरित फ़ाइल (बंडल) बनाता है, इसके संकुल स्तरीय संघ के लिए। इसे पेन ड्राइव पर ले जाएँ या मैसेजिंग ऐप से भेजें।
ui-send-file = फ़ाइल
ui-send-since-last = केवल पिछले बंडल के बाद दर्ज हुआ
ui-send-no-names = सदस्यों के नाम न डालें
ui-send-write = बंडल बनाएँ

oversight-imported = { $group }: { $entries ->
    [one] { $entries } नई प्रविष्टि आयात हुई
   *[other] { $entries } नई प्रविष्टियाँ आयात हुईं
}, { $date } तक। बही कोड { $code }।
oversight-already = { $group }: यह बंडल पहले ही आयात हो चुका है; कुछ नया नहीं।
oversight-registered = { $group } अब रजिस्टर में है, कुंजी फ़िंगरप्रिंट { $fingerprint } के साथ। इसे समूह के काग़ज़ वाले फ़िंगरप्रिंट से मिलाएँ।
oversight-written = बंडल { $seq } { $path } में लिखा गया: { $entries ->
    [one] { $entries } प्रविष्टि
   *[other] { $entries } प्रविष्टियाँ
}, { $date } तक। बही कोड { $code }: इसे कार्यवाही में लिखें।
oversight-written-key = कुंजी फ़िंगरप्रिंट, अधिकारी के लिए काग़ज़ पर लिखें: { $fingerprint }
oversight-relayed = { $group } के बंडल में { $groups ->
    [one] एक और समूह
   *[other] { $groups } और समूहों
} का नया हिसाब भी आया; वे उसके अंतर्गत समेकित होते हैं।
oversight-written-relayed = इसमें इस संगठन द्वारा आयात { $groups ->
    [one] एक समूह
   *[other] { $groups } समूहों
} की बहियाँ भी हैं, ऊपर के संघ के लिए।
