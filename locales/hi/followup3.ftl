# Issue 15 (session 9): the visit log of households behind on their loans.
report-visit-log = भेंट रजिस्टर: ऋण के लिए जिन परिवारों से मिले
col-visitors = कौन गए
col-found = क्या पाया
col-record-matches = हिसाब मेल खाता है?
visit-record-matches = हाँ, समिति का हिसाब मेल खाता है
visit-record-differs = नहीं, परिवार का हिसाब अलग है
