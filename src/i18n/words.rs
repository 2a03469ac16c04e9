//! Amounts in words, as written on a passbook or a cheque: Indian naming (thousand, lakh,
//! crore) for rupees and taka in English, Hindi and Bengali; Thai reading (สิบ, ยี่สิบ, เอ็ด, ล้าน)
//! for baht with "ถ้วน" when there are no satang. The number words are data, not messages: they
//! are the language itself, the same in every sentence.

use super::Lang;
use crate::domain::money::{Currency, Money};
use rust_decimal::prelude::ToPrimitive;

const EN_ONES: [&str; 20] = [
    "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen",
];
const EN_TENS: [&str; 10] = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"];

const HI: [&str; 100] = [
    "शून्य", "एक", "दो", "तीन", "चार", "पाँच", "छह", "सात", "आठ", "नौ", "दस", "ग्यारह", "बारह", "तेरह", "चौदह", "पंद्रह", "सोलह", "सत्रह", "अठारह", "उन्नीस", "बीस", "इक्कीस", "बाईस", "तेईस", "चौबीस", "पच्चीस",
    "छब्बीस", "सत्ताईस", "अट्ठाईस", "उनतीस", "तीस", "इकतीस", "बत्तीस", "तैंतीस", "चौंतीस", "पैंतीस", "छत्तीस", "सैंतीस", "अड़तीस", "उनतालीस", "चालीस", "इकतालीस", "बयालीस", "तैंतालीस", "चवालीस",
    "पैंतालीस", "छियालीस", "सैंतालीस", "अड़तालीस", "उनचास", "पचास", "इक्यावन", "बावन", "तिरपन", "चौवन", "पचपन", "छप्पन", "सत्तावन", "अट्ठावन", "उनसठ", "साठ", "इकसठ", "बासठ", "तिरसठ", "चौंसठ",
    "पैंसठ", "छियासठ", "सड़सठ", "अड़सठ", "उनहत्तर", "सत्तर", "इकहत्तर", "बहत्तर", "तिहत्तर", "चौहत्तर", "पचहत्तर", "छिहत्तर", "सतहत्तर", "अठहत्तर", "उन्यासी", "अस्सी", "इक्यासी", "बयासी", "तिरासी",
    "चौरासी", "पचासी", "छियासी", "सत्तासी", "अट्ठासी", "नवासी", "नब्बे", "इक्यानबे", "बानबे", "तिरानबे", "चौरानबे", "पंचानबे", "छियानबे", "सत्तानबे", "अट्ठानबे", "निन्यानबे",
];

const BN: [&str; 100] = [
    "শূন্য", "এক", "দুই", "তিন", "চার", "পাঁচ", "ছয়", "সাত", "আট", "নয়", "দশ", "এগারো", "বারো", "তেরো", "চৌদ্দ", "পনেরো", "ষোলো", "সতেরো", "আঠারো", "উনিশ", "বিশ", "একুশ", "বাইশ", "তেইশ", "চব্বিশ", "পঁচিশ",
    "ছাব্বিশ", "সাতাশ", "আটাশ", "ঊনত্রিশ", "ত্রিশ", "একত্রিশ", "বত্রিশ", "তেত্রিশ", "চৌত্রিশ", "পঁয়ত্রিশ", "ছত্রিশ", "সাঁইত্রিশ", "আটত্রিশ", "ঊনচল্লিশ", "চল্লিশ", "একচল্লিশ", "বিয়াল্লিশ", "তেতাল্লিশ",
    "চুয়াল্লিশ", "পঁয়তাল্লিশ", "ছেচল্লিশ", "সাতচল্লিশ", "আটচল্লিশ", "ঊনপঞ্চাশ", "পঞ্চাশ", "একান্ন", "বাহান্ন", "তিপ্পান্ন", "চুয়ান্ন", "পঞ্চান্ন", "ছাপ্পান্ন", "সাতান্ন", "আটান্ন", "ঊনষাট", "ষাট",
    "একষট্টি", "বাষট্টি", "তেষট্টি", "চৌষট্টি", "পঁয়ষট্টি", "ছেষট্টি", "সাতষট্টি", "আটষট্টি", "ঊনসত্তর", "সত্তর", "একাত্তর", "বাহাত্তর", "তিয়াত্তর", "চুয়াত্তর", "পঁচাত্তর", "ছিয়াত্তর", "সাতাত্তর",
    "আটাত্তর", "ঊনআশি", "আশি", "একাশি", "বিরাশি", "তিরাশি", "চুরাশি", "পঁচাশি", "ছিয়াশি", "সাতাশি", "আটাশি", "ঊননব্বই", "নব্বই", "একানব্বই", "বিরানব্বই", "তিরানব্বই", "চুরানব্বই", "পঁচানব্বই",
    "ছিয়ানব্বই", "সাতানব্বই", "আটানব্বই", "নিরানব্বই",
];

const TH_DIGITS: [&str; 10] = ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"];
const TH_PLACES: [&str; 6] = ["", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"];

fn en_below_1000(n: u64) -> String {
    let mut parts = Vec::new();
    if n >= 100 {
        parts.push(format!("{} Hundred", EN_ONES[(n / 100) as usize]));
    }
    let r = n % 100;
    if r > 0 {
        parts.push(if r < 20 {
            EN_ONES[r as usize].to_string()
        } else if r % 10 == 0 {
            EN_TENS[(r / 10) as usize].to_string()
        } else {
            format!("{}-{}", EN_TENS[(r / 10) as usize], EN_ONES[(r % 10) as usize])
        });
    }
    parts.join(" ")
}

/// English with Western scales (thousand, million, billion): for baht.
fn en_western(n: u64) -> String {
    if n == 0 {
        return EN_ONES[0].into();
    }
    let scales = ["", " Thousand", " Million", " Billion", " Trillion"];
    let mut parts = Vec::new();
    let mut n = n;
    let mut i = 0;
    while n > 0 {
        let g = n % 1000;
        if g > 0 {
            parts.push(format!("{}{}", en_below_1000(g), scales[i]));
        }
        n /= 1000;
        i += 1;
    }
    parts.reverse();
    parts.join(" ")
}

/// Indian scales: crore (10^7), lakh (10^5), thousand, hundred, below hundred; crores above 99
/// are themselves read in the same scales ("One Hundred Crore").
fn indian(n: u64, below_100: &dyn Fn(u64) -> String, hundred: &str, thousand: &str, lakh: &str, crore: &str) -> String {
    if n == 0 {
        return below_100(0);
    }
    let mut parts = Vec::new();
    let crores = n / 10_000_000;
    if crores > 0 {
        parts.push(format!("{} {crore}", indian(crores, below_100, hundred, thousand, lakh, crore)));
    }
    let rest = n % 10_000_000;
    for (value, unit, name) in [(rest / 100_000, 0, lakh), ((rest / 1000) % 100, 0, thousand), ((rest / 100) % 10, 1, hundred)] {
        let _ = unit;
        if value > 0 {
            parts.push(format!("{} {name}", below_100(value)));
        }
    }
    let r = rest % 100;
    if r > 0 {
        parts.push(below_100(r));
    }
    parts.join(" ")
}

fn en_below_100(n: u64) -> String {
    if n == 0 {
        EN_ONES[0].into()
    } else {
        en_below_1000(n)
    }
}

fn hi_below_100(n: u64) -> String {
    HI[n as usize].into()
}

fn bn_below_100(n: u64) -> String {
    BN[n as usize].into()
}

/// Thai reading of a whole number: groups of six digits joined by ล้าน.
fn thai(n: u64) -> String {
    if n == 0 {
        return TH_DIGITS[0].into();
    }
    let mut out = String::new();
    let high = n / 1_000_000;
    if high > 0 {
        out.push_str(&thai(high));
        out.push_str("ล้าน");
    }
    let low = n % 1_000_000;
    let digits: Vec<u64> = (0..6).rev().map(|p| (low / 10u64.pow(p)) % 10).collect();
    for (i, d) in digits.iter().enumerate() {
        let place = 5 - i;
        let d = *d;
        if d == 0 {
            continue;
        }
        let word = match (place, d) {
            (1, 1) => "",
            (1, 2) => "ยี่",
            // A final one after higher digits is read เอ็ด (สิบเอ็ด, ร้อยเอ็ด, ล้านเอ็ด).
            (0, 1) if n > 1 && (low > 1 || high > 0) => "เอ็ด",
            _ => TH_DIGITS[d as usize],
        };
        out.push_str(word);
        out.push_str(TH_PLACES[place]);
    }
    out
}

/// An amount in words in the language, with the currency's unit and subunit names: "Rupees One
/// Lakh Twenty-Three Thousand Four Hundred Fifty-Six and Paise Fifty Only", "एक लाख तेईस हज़ार चार
/// सौ छप्पन रुपये पचास पैसे मात्र", "หนึ่งแสนสองหมื่นสามพันสี่ร้อยห้าสิบหกบาทห้าสิบสตางค์".
pub fn amount_in_words(m: Money, currency: Currency, lang: Lang) -> String {
    let negative = m.is_negative();
    let minor = m.abs().decimal() * rust_decimal::Decimal::ONE_HUNDRED;
    let minor = minor.trunc().to_u64().unwrap_or(0);
    let (whole, sub) = (minor / 100, minor % 100);
    let text = match lang {
        Lang::En => {
            let (unit, subunit) = match currency {
                Currency::Inr => ("Rupees", "Paise"),
                Currency::Bdt => ("Taka", "Poisha"),
                Currency::Thb => ("Baht", "Satang"),
            };
            let words = |n: u64| if currency == Currency::Thb { en_western(n) } else { indian(n, &en_below_100, "Hundred", "Thousand", "Lakh", "Crore") };
            let mut s = format!("{unit} {}", words(whole));
            if sub > 0 {
                s.push_str(&format!(" and {subunit} {}", en_below_100(sub)));
            }
            s.push_str(" Only");
            if negative {
                format!("Minus {s}")
            } else {
                s
            }
        }
        Lang::Hi => {
            let (unit, subunit) = match currency {
                Currency::Inr => ("रुपये", "पैसे"),
                Currency::Bdt => ("टका", "पैसा"),
                Currency::Thb => ("बाट", "सतांग"),
            };
            let mut s = format!("{} {unit}", indian(whole, &hi_below_100, "सौ", "हज़ार", "लाख", "करोड़"));
            if sub > 0 {
                s.push_str(&format!(" {} {subunit}", HI[sub as usize]));
            }
            s.push_str(" मात्र");
            if negative {
                format!("ऋण {s}")
            } else {
                s
            }
        }
        Lang::Bn => {
            let (unit, subunit) = match currency {
                Currency::Inr => ("রুপি", "পয়সা"),
                Currency::Bdt => ("টাকা", "পয়সা"),
                Currency::Thb => ("বাত", "সাতাং"),
            };
            let mut s = format!("{} {unit}", indian(whole, &bn_below_100, "শত", "হাজার", "লক্ষ", "কোটি"));
            if sub > 0 {
                s.push_str(&format!(" {} {subunit}", BN[sub as usize]));
            }
            s.push_str(" মাত্র");
            if negative {
                format!("ঋণাত্মক {s}")
            } else {
                s
            }
        }
        Lang::Th => {
            let unit = match currency {
                Currency::Inr => "รูปี",
                Currency::Bdt => "ตากา",
                Currency::Thb => "บาท",
            };
            // Below one unit only the satang are read, as Excel's BAHTTEXT does (0.25 is
            // "ยี่สิบห้าสตางค์", not "ศูนย์บาทยี่สิบห้าสตางค์"); zero itself is "ศูนย์บาทถ้วน".
            let mut s = if whole == 0 && sub > 0 { String::new() } else { format!("{}{unit}", thai(whole)) };
            if sub > 0 {
                s.push_str(&thai(sub));
                s.push_str("สตางค์");
            } else {
                s.push_str("ถ้วน");
            }
            if negative {
                format!("ลบ{s}")
            } else {
                s
            }
        }
    };
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str, c: Currency, l: Lang) -> String {
        amount_in_words(Money::parse_plain(s, c).unwrap(), c, l)
    }

    #[test]
    fn english_indian_and_western() {
        assert_eq!(w("123456.50", Currency::Inr, Lang::En), "Rupees One Lakh Twenty-Three Thousand Four Hundred Fifty-Six and Paise Fifty Only");
        assert_eq!(w("0", Currency::Inr, Lang::En), "Rupees Zero Only");
        assert_eq!(w("12345678", Currency::Bdt, Lang::En), "Taka One Crore Twenty-Three Lakh Forty-Five Thousand Six Hundred Seventy-Eight Only");
        assert_eq!(w("1000000000", Currency::Inr, Lang::En), "Rupees One Hundred Crore Only");
        assert_eq!(w("1234567.05", Currency::Thb, Lang::En), "Baht One Million Two Hundred Thirty-Four Thousand Five Hundred Sixty-Seven and Satang Five Only");
        assert_eq!(amount_in_words(-Money::units(15), Currency::Inr, Lang::En), "Minus Rupees Fifteen Only");
    }

    #[test]
    fn hindi_lakh_crore() {
        assert_eq!(w("123456.50", Currency::Inr, Lang::Hi), "एक लाख तेईस हज़ार चार सौ छप्पन रुपये पचास पैसे मात्र");
        assert_eq!(w("10000000", Currency::Inr, Lang::Hi), "एक करोड़ रुपये मात्र");
        assert_eq!(w("99", Currency::Inr, Lang::Hi), "निन्यानबे रुपये मात्र");
        assert_eq!(w("2500", Currency::Inr, Lang::Hi), "दो हज़ार पाँच सौ रुपये मात्र");
    }

    #[test]
    fn bengali_lakh_crore() {
        assert_eq!(w("123456.50", Currency::Bdt, Lang::Bn), "এক লক্ষ তেইশ হাজার চার শত ছাপ্পান্ন টাকা পঞ্চাশ পয়সা মাত্র");
        assert_eq!(w("250000000", Currency::Bdt, Lang::Bn), "পঁচিশ কোটি টাকা মাত্র");
        assert_eq!(w("25000000", Currency::Bdt, Lang::Bn), "দুই কোটি পঞ্চাশ লক্ষ টাকা মাত্র");
        assert_eq!(w("101", Currency::Bdt, Lang::Bn), "এক শত এক টাকা মাত্র");
    }

    #[test]
    fn thai_baht_text() {
        assert_eq!(w("0", Currency::Thb, Lang::Th), "ศูนย์บาทถ้วน");
        assert_eq!(w("1", Currency::Thb, Lang::Th), "หนึ่งบาทถ้วน");
        assert_eq!(w("11", Currency::Thb, Lang::Th), "สิบเอ็ดบาทถ้วน");
        assert_eq!(w("21", Currency::Thb, Lang::Th), "ยี่สิบเอ็ดบาทถ้วน");
        assert_eq!(w("101", Currency::Thb, Lang::Th), "หนึ่งร้อยเอ็ดบาทถ้วน");
        assert_eq!(w("1000000", Currency::Thb, Lang::Th), "หนึ่งล้านบาทถ้วน");
        assert_eq!(w("1000001", Currency::Thb, Lang::Th), "หนึ่งล้านเอ็ดบาทถ้วน");
        assert_eq!(w("123456.50", Currency::Thb, Lang::Th), "หนึ่งแสนสองหมื่นสามพันสี่ร้อยห้าสิบหกบาทห้าสิบสตางค์");
        assert_eq!(w("25.25", Currency::Thb, Lang::Th), "ยี่สิบห้าบาทยี่สิบห้าสตางค์");
        assert_eq!(w("20000000", Currency::Thb, Lang::Th), "ยี่สิบล้านบาทถ้วน");
        // Below one baht, like Excel's BAHTTEXT (issue 15): 25 satang, 1 satang, 50 satang.
        assert_eq!(w("0.25", Currency::Thb, Lang::Th), "ยี่สิบห้าสตางค์");
        assert_eq!(w("0.01", Currency::Thb, Lang::Th), "หนึ่งสตางค์");
        assert_eq!(w("0.50", Currency::Thb, Lang::Th), "ห้าสิบสตางค์");
    }
}
