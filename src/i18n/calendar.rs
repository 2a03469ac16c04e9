//! Dates for people: Gregorian, Buddhist Era (Gregorian months, year + 543, the th-TH default)
//! and the revised Bangladesh calendar (Bangabda, 2019). Month names are CLDR's wide format
//! names; the formats are checked in tests against CLDR 48 / ICU 78 output.
//!
//! Architecture invariant: books store ISO Gregorian dates; calendars exist only on display.

use super::number::digits;
use super::{Calendar, Lang, Locale};
use chrono::{Datelike, NaiveDate};

const MONTHS_EN: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTHS_HI: [&str; 12] =
    ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"];
const MONTHS_BN: [&str; 12] = [
    "জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর",
];
const MONTHS_TH: [&str; 12] = [
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
];

/// Bangabda month names: Boishakh … Chaitra.
const BANGABDA_BN: [&str; 12] =
    ["বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র"];
const BANGABDA_HI: [&str; 12] =
    ["बैशाख", "ज्यैष्ठ", "आषाढ़", "श्रावण", "भाद्र", "आश्विन", "कार्तिक", "अग्रहायण", "पौष", "माघ", "फाल्गुन", "चैत्र"];
/// In Thai, by the Pali names the Thai lunar calendar gives the same months (วิสาขะ as in
/// วิสาขบูชา, มาฆะ as in มาฆบูชา).
const BANGABDA_TH: [&str; 12] =
    ["วิสาขะ", "เชฏฐะ", "อาสาฬหะ", "สาวนะ", "ภัททปทะ", "อัสสยุชะ", "กัตติกะ", "มิคสิระ", "ปุสสะ", "มาฆะ", "ผัคคุณะ", "จิตตะ"];
const BANGABDA_EN: [&str; 12] =
    ["Boishakh", "Jyoishtho", "Asharh", "Srabon", "Bhadro", "Ashwin", "Kartik", "Ogrohayon", "Poush", "Magh", "Falgun", "Chaitra"];

/// The Gregorian (month, day) on which each Bangabda month starts, Boishakh first. Falgun's 29
/// or 30 days (30 in a Gregorian leap year) follow from Chaitra starting on 15 March.
const BANGABDA_STARTS: [(u32, u32); 12] =
    [(4, 14), (5, 15), (6, 15), (7, 16), (8, 16), (9, 16), (10, 17), (11, 16), (12, 16), (1, 15), (2, 14), (3, 15)];

/// A date in the revised Bangladesh calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BangabdaDate {
    pub year: i32,
    /// 1 = Boishakh … 12 = Chaitra.
    pub month: u32,
    pub day: u32,
}

/// Converts a Gregorian date: 1 Boishakh = 14 April; the year is CE − 593 from 14 April, else
/// CE − 594.
pub fn to_bangabda(d: NaiveDate) -> BangabdaDate {
    let year = if (d.month(), d.day()) >= (4, 14) { d.year() - 593 } else { d.year() - 594 };
    let mut found = (1, d);
    for (i, &(m, day)) in BANGABDA_STARTS.iter().enumerate() {
        // Boishakh..Poush start in CE year + 593, Magh..Chaitra in the next CE year.
        let ce = if i < 9 { year + 593 } else { year + 594 };
        let start = NaiveDate::from_ymd_opt(ce, m, day).expect("month start exists");
        if start <= d {
            found = (i as u32 + 1, start);
        }
    }
    let (month, start) = found;
    BangabdaDate { year, month, day: (d - start).num_days() as u32 + 1 }
}

fn gregorian_month(lang: Lang, month: u32) -> &'static str {
    let i = month as usize - 1;
    match lang {
        Lang::En => MONTHS_EN[i],
        Lang::Hi => MONTHS_HI[i],
        Lang::Bn => MONTHS_BN[i],
        Lang::Th => MONTHS_TH[i],
    }
}

fn bangabda_month(lang: Lang, month: u32) -> &'static str {
    let i = month as usize - 1;
    match lang {
        Lang::Bn => BANGABDA_BN[i],
        Lang::Hi => BANGABDA_HI[i],
        Lang::Th => BANGABDA_TH[i],
        Lang::En => BANGABDA_EN[i],
    }
}

/// (year, month, day, month name) in the locale's calendar.
fn parts(locale: Locale, d: NaiveDate) -> (i32, u32, u32, &'static str) {
    match locale.calendar {
        Calendar::Gregorian => (d.year(), d.month(), d.day(), gregorian_month(locale.lang, d.month())),
        Calendar::Buddhist => (d.year() + 543, d.month(), d.day(), gregorian_month(locale.lang, d.month())),
        Calendar::Bangabda => {
            let b = to_bangabda(d);
            (b.year, b.month, b.day, bangabda_month(locale.lang, b.month))
        }
    }
}

/// A fiscal year's label in the locale's digits: its first year and, when it spans two calendar
/// years, the second's last two digits. Thai years count in the Buddhist Era ("2568"); a
/// Bangabda reader still sees the Gregorian fiscal year (Bangladesh's July–June year is
/// Gregorian; its Bangabda months would not line up with it).
pub fn fiscal_year(locale: Locale, fy: crate::domain::org::FiscalYear) -> String {
    let first = fy.start_year + if locale.calendar == Calendar::Buddhist { 543 } else { 0 };
    let label = if fy.start_month == 1 && fy.start_day == 1 { first.to_string() } else { format!("{first}-{:02}", (first + 1) % 100) };
    format!("{}{}", digits(locale, &label), if locale.calendar == Calendar::Buddhist { era_suffix(locale) } else { "" })
}

/// English marks a non-Gregorian year so that "2568" is not read as a Gregorian one.
fn era_suffix(locale: Locale) -> &'static str {
    match (locale.lang, locale.calendar) {
        (Lang::En, Calendar::Buddhist) => " BE",
        (Lang::En, Calendar::Bangabda) => " BS",
        _ => "",
    }
}

/// Short numeric date, day first: "14-04-2025"; Thai uses slashes ("14/04/2568").
pub(crate) fn short(locale: Locale, d: NaiveDate) -> String {
    let (y, m, day, _) = parts(locale, d);
    let sep = if locale.lang == Lang::Th { '/' } else { '-' };
    digits(locale, &format!("{day:02}{sep}{m:02}{sep}{y:04}"))
}

/// Long date: "14 April 2025", "14 अप्रैल 2025", "১৪ এপ্রিল, ২০২৫", "14 เมษายน 2568"; in
/// Bangabda "১ বৈশাখ ১৪৩২".
pub(crate) fn long(locale: Locale, d: NaiveDate) -> String {
    let (y, _, day, name) = parts(locale, d);
    let comma = if locale.lang == Lang::Bn && locale.calendar != Calendar::Bangabda { "," } else { "" };
    let text = format!("{} {name}{comma} {}{}", digits(locale, &day.to_string()), digits(locale, &y.to_string()), era_suffix(locale));
    text
}

/// Month and year for period headers: "April 2025", "เมษายน 2568", "বৈশাখ ১৪৩২".
pub(crate) fn year_month(locale: Locale, d: NaiveDate) -> String {
    let (y, _, _, name) = parts(locale, d);
    format!("{name} {}{}", digits(locale, &y.to_string()), era_suffix(locale))
}
