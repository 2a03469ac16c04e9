//! Dates as people type them (`i18n::parse_date`): ISO or day first, any digit system, Buddhist
//! Era years for Thai. Every accepted date reads back from each display the parser accepts.

use super::{assert_renders, localizers};
use crate::error::Error;
use crate::i18n::{parse_date, Calendar, Lang};
use chrono::{Datelike, NaiveDate};

const FIELD: &str = "meeting-date";

pub(super) fn run(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let english = parse_date(text, Lang::En, FIELD);
    for &lang in Lang::ALL {
        let parsed = parse_date(text, lang, FIELD);
        // Only Thai reads years above 2400 differently (Buddhist Era); the rest agree.
        if lang != Lang::Th {
            assert_eq!(parsed.as_ref().ok(), english.as_ref().ok(), "{text:?} reads differently in {lang:?}");
        }
        match parsed {
            Ok(d) => round_trip(text, lang, d),
            Err(e) => {
                assert!(
                    matches!(&e, Error::InvalidDate { field, input } | Error::MixedDigits { field, input } | Error::UnsupportedDigits { field, input } if field == FIELD && input == text),
                    "{text:?}: unexpected error {e:?}"
                );
                assert_renders(&e);
            }
        }
    }
}

/// `d` (read from `text` in `lang`) shown short in every locale of `lang` reads back as `d`
/// where the display is one the parser accepts: Gregorian years up to 2400, Buddhist Era years
/// above 2400 for Thai. Long dates and Bangabda dates (display only) must not fail.
fn round_trip(text: &str, lang: Lang, d: NaiveDate) {
    assert!((0..=9999).contains(&d.year()), "{text:?} → {d}: year out of range");
    let iso = d.format("%Y-%m-%d").to_string();
    if d.year() <= 2400 {
        assert_eq!(parse_date(&iso, lang, FIELD).ok(), Some(d), "{text:?} → {d} as ISO");
    }
    for l in localizers() {
        let locale = l.locale();
        let _ = (l.date_long(d), l.year_month(d));
        let shown = l.date(d);
        let readable = match locale.calendar {
            Calendar::Gregorian => d.year() <= 2400,
            Calendar::Buddhist => lang == Lang::Th && d.year() + 543 > 2400 && d.year() + 543 <= 9999,
            Calendar::Bangabda => false,
        };
        if locale.lang == lang && readable {
            assert_eq!(parse_date(&shown, lang, FIELD).ok(), Some(d), "{text:?} → {d} shown as {shown:?} ({locale:?})");
        }
    }
}
