//! Reading what people type: native digits, Indian or Western grouping, currency marks, day-first
//! dates and Buddhist Era years. Pure functions shared by the CLI and the UI; every rejection is
//! an `Error` naming the field, and the plain text goes to the domain's own parsers.

use crate::domain::refusal::Refusal;
use super::Lang;
use crate::domain::money::{Currency, Money};
use crate::error::Error;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::str::FromStr;

/// Maps Devanagari, Bengali, Thai and fullwidth digits to ASCII, and the Unicode minus sign to
/// '-'. Everything else is kept.
pub fn normalize_digits(s: &str) -> String {
    s.chars()
        .map(|c| {
            let base = match c {
                '०'..='९' => '०',
                '০'..='৯' => '০',
                '๐'..='๙' => '๐',
                '０'..='９' => '０',
                '−' => return '-',
                _ => return c,
            };
            char::from(b'0' + (c as u32 - base as u32) as u8)
        })
        .collect()
}

/// The digit system of a character: 0 Latin, 1 Devanagari, 2 Bengali, 3 Thai; `None` for a
/// character that is not a digit of the four.
fn system_of(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(0),
        '०'..='९' => Some(1),
        '০'..='৯' => Some(2),
        '๐'..='๙' => Some(3),
        _ => None,
    }
}

/// `input` with its digits made ASCII, when every digit in it belongs to ONE of the four systems
/// the app reads. A number written half in one script and half in another ("१2३") is refused,
/// not guessed at: it is most often a slip of the keyboard layout, and the app cannot know which
/// half was meant. Full-width digits and digits of other scripts (Arabic-Indic, Gujarati, …)
/// are refused with a message naming the digits that are read.
pub fn checked_digits(input: &str, field: &str) -> Result<String, Error> {
    let mut system = None;
    for c in input.chars() {
        match system_of(c) {
            Some(s) if system.is_some_and(|t| t != s) => {
                return Err(Error::MixedDigits { field: field.to_string(), input: input.to_string() })
            }
            Some(s) => system = Some(s),
            None if c.is_numeric() => {
                return Err(Error::UnsupportedDigits { field: field.to_string(), input: input.to_string() })
            }
            None => {}
        }
    }
    Ok(normalize_digits(input))
}

/// Currency marks accepted before or after an amount, per currency (longest first so that
/// "Rs." is taken before "Rs"). Matched case-insensitively for the Latin ones.
fn marks(currency: Currency) -> &'static [&'static str] {
    match currency {
        Currency::Inr => &["rupees", "rupee", "रुपये", "रुपए", "रुपया", "inr", "rs.", "rs", "रु.", "रु", "₹"],
        Currency::Bdt => &["taka", "টাকা", "bdt", "tk.", "tk", "৳"],
        Currency::Thb => &["baht", "บาท", "thb", "฿"],
    }
}

/// Strips currency marks and the "/-" or "/=" that closes an amount in Indian and Bangladeshi
/// writing ("৫০,০০০/- টাকা"), from both ends, repeatedly.
fn strip_marks(s: &str, currency: Currency) -> String {
    let mut t = s.trim().to_string();
    loop {
        let before = t.len();
        for m in marks(currency) {
            if t.get(..m.len()).is_some_and(|h| h.eq_ignore_ascii_case(m)) {
                t = t[m.len()..].trim_start().to_string();
            }
            let cut = t.len().wrapping_sub(m.len());
            if t.len() >= m.len() && t.get(cut..).is_some_and(|h| h.eq_ignore_ascii_case(m)) {
                t = t[..cut].trim_end().to_string();
            }
        }
        for end in ["/-", "/="] {
            if let Some(rest) = t.strip_suffix(end) {
                t = rest.trim_end().to_string();
            }
        }
        if t.len() == before {
            return t;
        }
    }
}

/// Checks the grouping commas of an integer part: none, Western ("1,234,567") or Indian
/// ("12,34,567"); returns the digits without commas, or `None` for misplaced commas.
fn ungroup(int: &str) -> Option<String> {
    if !int.contains(',') {
        return Some(int.to_string());
    }
    let groups: Vec<&str> = int.split(',').collect();
    if groups.iter().any(|g| g.is_empty() || !g.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let (first, rest) = groups.split_first()?;
    let (last, middle) = rest.split_last()?;
    let western = first.len() <= 3 && rest.iter().all(|g| g.len() == 3);
    let indian = first.len() <= 2 && middle.iter().all(|g| g.len() == 2) && last.len() == 3;
    let two_groups = middle.is_empty() && first.len() <= 3 && last.len() == 3;
    (western || indian || two_groups).then(|| groups.concat())
}

/// Parses an amount as typed: native digits, grouping commas in Indian or Western style,
/// optional currency marks of `currency` (₹, Rs., ৳, Tk, টাকা, ฿, บาท, a trailing "/-"), spaces.
/// Everything else (sign, decimals, size) is `Money::parse_plain`'s rule.
pub fn parse_amount(input: &str, currency: Currency, field: &str) -> Result<Money, Error> {
    let invalid = || Error::Domain(Refusal::InvalidAmount { field: field.to_string(), input: input.to_string() });
    let text = checked_digits(input, field)?;
    let text = text.trim();
    // An amount has no sign to give: "+500" is refused rather than read as 500, so that a
    // stray key is seen (a minus is refused later, as a negative amount).
    if text.starts_with('+') || strip_marks(text, currency).starts_with('+') {
        return Err(Error::PlusSign { field: field.to_string(), input: input.to_string() });
    }
    let (sign, body) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let body = strip_marks(body, currency);
    // A sign may also follow the currency mark ("₹ -5").
    let (sign, body) = match (sign, body.strip_prefix('-')) {
        ("", Some(rest)) => ("-", rest.trim_start().to_string()),
        _ => (sign, body),
    };
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body.as_str(), None),
    };
    if frac.is_some_and(|f| f.contains(',')) {
        return Err(invalid());
    }
    // Decimals beyond the currency's smallest unit are refused even when they are zeros
    // ("12.340"): a third decimal says the figure was copied from something else.
    if let Some(f) = frac {
        let digits = f.chars().filter(char::is_ascii_digit).count() as u32;
        if f.chars().all(|c| c.is_ascii_digit()) && digits > currency.minor_digits() {
            return Err(Error::Domain(Refusal::TooManyDecimals { field: field.to_string(), input: input.to_string(), digits }));
        }
    }
    let int = ungroup(int).ok_or_else(invalid)?;
    let plain = match frac {
        Some(f) => format!("{sign}{int}.{f}"),
        None => format!("{sign}{int}"),
    };
    Money::parse_plain(&plain, currency).map_err(|e| Error::from_amount(field, input, e))
}

/// Parses a date: ISO "2025-04-14", or day first "14-04-2025", "14/04/2025", "14.04.2025", in any
/// digit set. A 4-digit year above 2400 is a Buddhist Era year (− 543) for Thai and an error
/// otherwise; two-digit years, years before 1900 and impossible dates are refused.
pub fn parse_date(input: &str, lang: Lang, field: &str) -> Result<NaiveDate, Error> {
    let invalid = || Error::InvalidDate { field: field.to_string(), input: input.to_string() };
    let text = checked_digits(input, field)?;
    let text = text.trim();
    let sep = text.chars().find(|c| matches!(c, '-' | '/' | '.')).ok_or_else(invalid)?;
    let parts: Vec<&str> = text.split(sep).collect();
    if parts.len() != 3 || parts.iter().any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit())) {
        return Err(invalid());
    }
    let (y, m, d) = if parts[0].len() == 4 && parts[1].len() <= 2 && parts[2].len() <= 2 {
        (parts[0], parts[1], parts[2])
    } else if parts[2].len() == 4 && parts[0].len() <= 2 && parts[1].len() <= 2 {
        (parts[2], parts[1], parts[0])
    } else {
        return Err(invalid());
    };
    let (mut year, month, day): (i32, u32, u32) =
        (y.parse().map_err(|_| invalid())?, m.parse().map_err(|_| invalid())?, d.parse().map_err(|_| invalid())?);
    if year > 2400 {
        if lang == Lang::Th {
            year -= 543;
        } else {
            return Err(invalid());
        }
    }
    // No book holds a day before 1900 (the year 0 of a slip of the keyboard was shown as
    // "1 January 0").
    if year < 1900 {
        return Err(invalid());
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(invalid)
}

/// Parses a whole non-negative count (members, instalments), in any ONE digit set, with optional
/// grouping commas. Zero is a count here; where zero makes no sense (instalments, periods) the
/// caller uses `parse_count_positive`.
pub fn parse_count(input: &str, field: &str) -> Result<u32, Error> {
    let invalid = || Error::InvalidNumber { field: field.to_string(), input: input.to_string() };
    let text = checked_digits(input, field)?;
    if text.trim().starts_with('+') {
        return Err(Error::PlusSign { field: field.to_string(), input: input.to_string() });
    }
    let digits = ungroup(text.trim()).ok_or_else(invalid)?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid());
    }
    digits.parse().map_err(|_| invalid())
}

/// Parses an interest rate in percent ("2", "1.5 %", "২৪%"): exact, zero or more.
pub fn parse_rate(input: &str, field: &str) -> Result<Decimal, Error> {
    let invalid = || Error::InvalidNumber { field: field.to_string(), input: input.to_string() };
    let text = checked_digits(input, field)?;
    let text = text.trim();
    if text.starts_with('+') {
        return Err(Error::PlusSign { field: field.to_string(), input: input.to_string() });
    }
    let text = text.strip_suffix('%').unwrap_or(text).trim_end();
    // ".5" is read as "0.5", and its length counted so: a rate is refused or accepted the same
    // way whichever of the two a person types (found by the `amount` fuzz target).
    let text = &match text.strip_prefix('.') {
        Some(rest) => format!("0.{rest}"),
        None => text.to_string(),
    };
    let mut dots = 0;
    for c in text.chars() {
        match c {
            '0'..='9' => {}
            '.' => dots += 1,
            _ => return Err(invalid()),
        }
    }
    if text.is_empty() || text == "." || dots > 1 || text.len() > 20 {
        return Err(invalid());
    }
    Decimal::from_str(text).map_err(|_| invalid())
}

/// A count that must be at least one (instalments, periods, a passbook line): zero is refused
/// with a message saying so, instead of being quietly read as one.
pub fn parse_count_positive(input: &str, field: &str) -> Result<u32, Error> {
    match parse_count(input, field)? {
        0 => Err(Error::CountBelowOne { field: field.to_string(), input: input.to_string() }),
        n => Ok(n),
    }
}
