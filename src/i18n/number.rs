//! Numbers for people: grouping (Indian 3;2 or Western 3) and the digit set of a locale, done by
//! ICU4X `icu_decimal` from CLDR data. Money crosses to ICU as its exact decimal string; no
//! floating point is involved anywhere.

use super::{Digits, Lang, Locale};
use crate::domain::money::{Currency, Money};
use icu_decimal::input::Decimal as IcuDecimal;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale as IcuLocale;
use std::str::FromStr;

/// A CLDR decimal formatter for one `Locale` (grouping and digits).
#[derive(Debug)]
pub(crate) struct NumberFormat {
    formatter: DecimalFormatter,
}

impl NumberFormat {
    pub(crate) fn new(locale: Locale) -> NumberFormat {
        let tag = icu_tag(locale);
        let loc = IcuLocale::from_str(tag).expect("valid BCP-47 tag");
        let formatter = DecimalFormatter::try_new(loc.into(), Default::default()).expect("compiled CLDR decimal data");
        NumberFormat { formatter }
    }

    /// Formats plain decimal text ("-1234.50"): grouped, digits per locale, leading minus.
    pub(crate) fn plain(&self, plain: &str) -> String {
        let d = IcuDecimal::from_str(plain).expect("a plain decimal string");
        self.formatter.format(&d).to_string()
    }

    pub(crate) fn amount(&self, m: Money) -> String {
        self.plain(&m.to_plain())
    }

    pub(crate) fn count(&self, n: i64) -> String {
        self.plain(&n.to_string())
    }
}

/// The BCP-47 tag whose CLDR data gives the wanted grouping and digits. English follows the
/// Western 3-digit grouping; Hindi and Bengali the Indian 3;2 grouping; Thai 3.
fn icu_tag(locale: Locale) -> &'static str {
    match (locale.lang, locale.digits) {
        (Lang::En, _) => "en",
        (Lang::Hi, Digits::Latin) => "hi-IN",
        (Lang::Hi, Digits::Native) => "hi-IN-u-nu-deva",
        (Lang::Bn, Digits::Latin) => "bn-BD-u-nu-latn",
        (Lang::Bn, Digits::Native) => "bn-BD-u-nu-beng",
        (Lang::Th, Digits::Latin) => "th-TH-u-nu-latn",
        (Lang::Th, Digits::Native) => "th-TH-u-nu-thai",
    }
}

/// Converts ASCII digits to the locale's digit set (for dates and years, which are not grouped).
pub(crate) fn digits(locale: Locale, ascii: &str) -> String {
    let zero = match (locale.lang, locale.digits) {
        (_, Digits::Latin) | (Lang::En, _) => return ascii.to_string(),
        (Lang::Hi, Digits::Native) => '०',
        (Lang::Bn, Digits::Native) => '০',
        (Lang::Th, Digits::Native) => '๐',
    };
    ascii
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(v) => char::from_u32(zero as u32 + v).expect("digit in the block"),
            None => c,
        })
        .collect()
}

/// Places the currency symbol as CLDR does for the language: before the number for English,
/// Hindi and Thai (after the sign), after it for Bengali ("১২,৩৪,৫৬৭.৫০৳").
pub(crate) fn with_symbol(lang: Lang, grouped: &str, currency: Currency) -> String {
    let sym = currency.symbol();
    let (sign, body) = match grouped.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", grouped),
    };
    match lang {
        Lang::Bn => format!("{sign}{body}{sym}"),
        Lang::En | Lang::Hi | Lang::Th => format!("{sign}{sym}{body}"),
    }
}
