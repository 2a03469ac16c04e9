# वर्षांत (issue 14, आगे): हर सदस्य की लाभांश और औसत वापसी पर्ची।
report-dividend-slip = लाभांश और औसत वापसी पर्ची { $year }: { $member }
slip-row-shares = वर्ष के अंत में चुकता शेयर पूँजी
slip-row-savings = वर्ष के अंत में बचत
slip-row-dividend = लाभांश
slip-row-average-return = औसत वापसी
slip-explain-average-return = वर्ष में चुकाए गए कर्ज़ के ब्याज { $interest } पर
slip-row-total = कुल जमा
slip-note-words = शब्दों में: { $words }
slip-note-savings = कुल राशि सदस्य की बचत में जोड़ी गई है।
slip-note-payable = कुल राशि देय लाभांश के रूप में रखी गई है और बैठक में नकद दी जाएगी।
slip-note-close = जैसा वर्ष बंद किया गया, उसके अंतिम दिन { $date } को।
slip-note-signatures = सदस्य के हस्ताक्षर: ______________    कोषाध्यक्ष के हस्ताक्षर: ______________    तारीख: __________
slip-note-differs = बही अब यह पर्ची { $worked } निकालती है, पर समापन में { $posted } दर्ज हुआ था। "samuh check" चलाएँ और लेखा परीक्षक से पूछें।
year-period-range = { $from } से { $to } तक
