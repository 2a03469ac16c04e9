//! Amounts, counts and rates as people type them (`i18n::parse_amount`, `parse_count`,
//! `parse_rate`, `normalize_digits`), in every digit system and currency. (A number is written the
//! same in every calendar: the round trips go through each language's two digit systems.)

use crate::domain::refusal::Refusal;
use super::{assert_renders, number_localizers};
use crate::domain::money::Currency;
use crate::error::Error;
use crate::i18n::{normalize_digits, parse_amount, parse_count, parse_rate};

const FIELD: &str = "savings";

pub(super) fn run(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    digits(text);
    for c in [Currency::Inr, Currency::Bdt, Currency::Thb] {
        amount(text, c);
    }
    count(text);
    rate(text);
}

/// Native digits become ASCII, one character for one, nothing else changes, and doing it twice
/// changes nothing more.
fn digits(text: &str) {
    let n = normalize_digits(text);
    assert_eq!(n.chars().count(), text.chars().count(), "normalize_digits changed the length of {text:?}");
    assert!(
        !n.chars().any(|c| matches!(c, '०'..='९' | '০'..='৯' | '๐'..='๙' | '０'..='９' | '−')),
        "normalize_digits left a native digit in {n:?}"
    );
    assert_eq!(normalize_digits(&n), n, "normalize_digits is not idempotent on {text:?}");
}

/// An accepted amount is never negative, fits the book, and reads back as the same Decimal from
/// its plain text and from its display in every locale (grouping, digits, currency symbol).
/// A refused one is one of the amount errors, naming the field and the input, in every language.
fn amount(text: &str, c: Currency) {
    match parse_amount(text, c, FIELD) {
        Ok(m) => {
            assert!(!m.is_negative(), "{text:?} parsed as a negative amount {m:?}");
            assert!(m.try_minor().is_some(), "{text:?} parsed as {m:?}, not whole paise or too large");
            let again = |shown: &str| match parse_amount(shown, c, FIELD) {
                Ok(back) => assert_eq!(back.decimal(), m.decimal(), "{text:?} → {m:?} shown as {shown:?} reads back as {back:?}"),
                Err(e) => panic!("{text:?} → {m:?} shown as {shown:?} does not read back: {e:?}"),
            };
            again(&m.to_plain());
            for l in number_localizers() {
                again(&l.amount(m));
                again(&l.money(m, c));
            }
        }
        Err(e) => {
            match &e {
                Error::Domain(Refusal::InvalidAmount { field, input })
                | Error::Domain(Refusal::NegativeAmount { field, input })
                | Error::Domain(Refusal::AmountTooLarge { field, input })
                | Error::Domain(Refusal::TooManyDecimals { field, input, .. })
                | Error::MixedDigits { field, input }
                | Error::UnsupportedDigits { field, input }
                | Error::PlusSign { field, input } => {
                    assert_eq!((field.as_str(), input.as_str()), (FIELD, text), "the error names the field and the input")
                }
                other => panic!("{text:?}: unexpected error {other:?}"),
            }
            assert_renders(&e);
        }
    }
}

/// A count reads back from its plain and its grouped, localized display.
fn count(text: &str) {
    match parse_count(text, "instalments") {
        Ok(n) => {
            assert_eq!(parse_count(&n.to_string(), "instalments").ok(), Some(n), "{text:?} → {n}");
            for l in number_localizers() {
                let shown = l.count(n as i64);
                assert_eq!(parse_count(&shown, "instalments").ok(), Some(n), "{text:?} → {n} shown as {shown:?}");
            }
        }
        Err(e) => {
            assert!(
                matches!(&e, Error::InvalidNumber { input, .. } | Error::MixedDigits { input, .. } | Error::UnsupportedDigits { input, .. } | Error::PlusSign { input, .. } if input == text),
                "{text:?}: unexpected error {e:?}"
            );
            assert_renders(&e);
        }
    }
}

/// A rate is zero or more and reads back from its plain text.
fn rate(text: &str) {
    match parse_rate(text, "interest-rate") {
        Ok(r) => {
            assert!(!r.is_sign_negative() || r.is_zero(), "{text:?} parsed as a negative rate {r}");
            assert_eq!(parse_rate(&r.to_string(), "interest-rate").ok(), Some(r), "{text:?} → {r}");
            assert_eq!(parse_rate(&format!("{r} %"), "interest-rate").ok(), Some(r), "{text:?} → {r} %");
        }
        Err(e) => {
            assert!(
                matches!(&e, Error::InvalidNumber { input, .. } | Error::MixedDigits { input, .. } | Error::UnsupportedDigits { input, .. } | Error::PlusSign { input, .. } if input == text),
                "{text:?}: unexpected error {e:?}"
            );
            assert_renders(&e);
        }
    }
}
