//! The i18n layer: Fluent messages from `locales/<lang>/*.ftl` (embedded at build time), and
//! locale-aware numbers, money and dates (Indian or Western grouping, native digits, Buddhist Era
//! and Bangabda years), plus the parsers for what users type in any of the four languages.
//!
//! Architecture invariant: no floating point. Amounts reach ICU as exact decimal strings.
//! Messages are looked up by id (an error's `code()` is its id); English fills any id a locale
//! lacks at run time, and the tests keep every locale complete.

mod calendar;
mod number;
mod parse;
mod words;

#[cfg(test)]
mod tests;

pub use calendar::{to_bangabda, BangabdaDate};
pub use words::amount_in_words;
pub use parse::{checked_digits, normalize_digits, parse_amount, parse_count, parse_count_positive, parse_date, parse_rate};

use crate::domain::money::{Currency, Money};
use crate::error::{Arg, Error};
use chrono::NaiveDate;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use number::NumberFormat;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// Every embedded message file: (language code, file name, Fluent source).
pub fn ftl_files() -> &'static [(&'static str, &'static str, &'static str)] {
    embedded::FTL_FILES
}

/// The languages of the user interface and the reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Hi,
    Bn,
    Th,
}

impl Lang {
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Hi, Lang::Bn, Lang::Th];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Hi => "hi",
            Lang::Bn => "bn",
            Lang::Th => "th",
        }
    }

    /// Accepts a bare code or a tag with a region: "hi", "hi-IN", "bn_BD", "TH".
    pub fn from_code(s: &str) -> Option<Lang> {
        let primary = s.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "hi" => Some(Lang::Hi),
            "bn" => Some(Lang::Bn),
            "th" => Some(Lang::Th),
            _ => None,
        }
    }
}

/// Which digits numbers and dates are written with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Digits {
    /// 0123456789
    Latin,
    /// The language's own: Devanagari ०१२, Bengali ০১২, Thai ๐๑๒ (Latin for English).
    Native,
}

impl Digits {
    pub fn code(self) -> &'static str {
        match self {
            Digits::Latin => "latin",
            Digits::Native => "native",
        }
    }
    pub fn from_code(s: &str) -> Option<Digits> {
        match s.trim().to_ascii_lowercase().as_str() {
            "latin" | "latn" => Some(Digits::Latin),
            "native" => Some(Digits::Native),
            _ => None,
        }
    }
}

/// The calendar dates are shown in. Books always store Gregorian dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Calendar {
    Gregorian,
    /// Gregorian months, year + 543 (Thailand).
    Buddhist,
    /// The revised Bangladesh calendar (বঙ্গাব্দ, 2019).
    Bangabda,
}

impl Calendar {
    pub fn code(self) -> &'static str {
        match self {
            Calendar::Gregorian => "gregorian",
            Calendar::Buddhist => "buddhist",
            Calendar::Bangabda => "bangabda",
        }
    }
    pub fn from_code(s: &str) -> Option<Calendar> {
        match s.trim().to_ascii_lowercase().as_str() {
            "gregorian" | "gregory" => Some(Calendar::Gregorian),
            "buddhist" => Some(Calendar::Buddhist),
            "bangabda" | "bangla" => Some(Calendar::Bangabda),
            _ => None,
        }
    }
}

/// A language with the digit set and calendar its user chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Locale {
    pub lang: Lang,
    pub digits: Digits,
    pub calendar: Calendar,
}

impl Locale {
    /// CLDR's defaults: Thai dates in the Buddhist Era; Bengali digits for Bengali (bn-BD);
    /// Latin digits and the Gregorian calendar otherwise.
    pub fn new(lang: Lang) -> Locale {
        let (digits, calendar) = match lang {
            Lang::En | Lang::Hi => (Digits::Latin, Calendar::Gregorian),
            Lang::Bn => (Digits::Native, Calendar::Gregorian),
            Lang::Th => (Digits::Latin, Calendar::Buddhist),
        };
        Locale { lang, digits, calendar }
    }
    pub fn with_digits(self, digits: Digits) -> Locale {
        Locale { digits, ..self }
    }
    pub fn with_calendar(self, calendar: Calendar) -> Locale {
        Locale { calendar, ..self }
    }
}

type Bundle = FluentBundle<FluentResource>;

/// Messages, numbers and dates for one `Locale`. Built once and shared (it is `Send + Sync`).
pub struct Localizer {
    locale: Locale,
    bundle: Arc<Bundle>,
    /// English, for an id the locale lacks (never for English itself).
    fallback: Option<Arc<Bundle>>,
    numbers: Arc<NumberFormat>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("locale", &self.locale).finish_non_exhaustive()
    }
}

impl Localizer {
    pub fn new(locale: Locale) -> Localizer {
        let fallback = (locale.lang != Lang::En).then(|| bundle(Locale::new(Lang::En).with_digits(locale.digits)));
        Localizer { locale, bundle: bundle(locale), fallback, numbers: numbers(locale) }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// Whether the locale itself (not the English fallback) has this message.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id` with its arguments formatted for the locale. A missing id falls back to
    /// English, and failing that shows the id itself.
    pub fn msg(&self, id: &str, args: &[(&str, Arg)]) -> String {
        match self.try_msg(id, args) {
            Ok(s) => s,
            Err(MessageError::Missing(id)) => id,
            Err(MessageError::Format { text, .. }) => text,
        }
    }

    /// Like `msg`, but reports a missing message or any Fluent error (an unknown variable, a
    /// bad reference) instead of hiding it. Used by the tests that keep the locales complete.
    pub fn try_msg(&self, id: &str, args: &[(&str, Arg)]) -> Result<String, MessageError> {
        let bundle = match (&self.fallback, self.bundle.has_message(id)) {
            (_, true) => &self.bundle,
            (Some(en), false) if en.has_message(id) => en,
            _ => return Err(MessageError::Missing(id.to_string())),
        };
        let fargs = self.fluent_args(args);
        let message = bundle.get_message(id).ok_or_else(|| MessageError::Missing(id.to_string()))?;
        let pattern = message.value().ok_or_else(|| MessageError::Missing(id.to_string()))?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors).into_owned();
        if errors.is_empty() {
            Ok(text)
        } else {
            Err(MessageError::Format { text, errors: errors.iter().map(|e| e.to_string()).collect() })
        }
    }

    fn fluent_args<'a>(&self, args: &'a [(&str, Arg)]) -> FluentArgs<'a> {
        let mut out = FluentArgs::new();
        for (name, arg) in args {
            let value: FluentValue<'a> = match arg {
                Arg::Text(s) if *name == "field" => self.field(s).into(),
                // A voucher's number ("2025-26/0012"), a loan's ("17 (M07 …)") and a member's
                // ("M07 Sunita Devi") in the reader's digits, as the registers print them; other
                // text (a path, an amount or a code as typed) stays as it was written.
                Arg::Text(s) if matches!(*name, "voucher" | "loan" | "member" | "borrower" | "guarantor" | "deceased") => self.digits_of(s).into(),
                Arg::Text(s) => s.as_str().into(),
                Arg::Money(m) => self.amount(*m).into(),
                Arg::Date(d) => self.date_long(*d).into(),
                // A number, so that plural variants select on it; shown through `count_formatter`.
                Arg::Count(n) => FluentValue::from(*n),
                Arg::Time(t) => self.time(*t).into(),
                Arg::Year(y) => self.fiscal_year(*y).into(),
            };
            out.set(name.to_string(), value);
        }
        out
    }

    /// The translated name of an input field (`field-<name>`), or the name itself.
    fn field(&self, name: &str) -> String {
        let id = format!("field-{name}");
        self.try_msg(&id, &[]).unwrap_or_else(|_| name.to_string())
    }

    /// An error, in words that say what to fix.
    pub fn error(&self, e: &Error) -> String {
        self.msg(e.code(), &e.args())
    }

    /// An error as the command line says it: where the screen's words name its rows and keys
    /// ("press P in that row"), message `cli-<code>` says what to fix in the command's flags or
    /// the meeting file instead; every other error reads as on the screen.
    pub fn cli_error(&self, e: &Error) -> String {
        self.try_msg(&format!("cli-{}", e.code()), &e.args()).unwrap_or_else(|_| self.error(e))
    }

    /// The name of a vocabulary value: `vocab("kind", "shg")` is message `kind-shg`.
    pub fn vocab(&self, prefix: &str, code: &str) -> String {
        self.msg(&format!("{prefix}-{code}"), &[])
    }

    /// An amount, grouped, with exactly two decimals and the locale's digits: "12,34,567.50".
    pub fn amount(&self, m: Money) -> String {
        self.numbers.amount(m)
    }

    /// An amount with its currency symbol placed as the locale does: "₹12,34,567.50",
    /// "১২,৩৪,৫৬৭.৫০৳", "฿1,234,567.50".
    pub fn money(&self, m: Money, c: Currency) -> String {
        number::with_symbol(self.locale.lang, &self.numbers.amount(m), c)
    }

    /// A grouped whole number in the locale's digits.
    pub fn count(&self, n: i64) -> String {
        self.numbers.count(n)
    }

    /// Latin digits in `ascii` (a time "09:30", a code) written in the locale's digits.
    pub fn digits_of(&self, ascii: &str) -> String {
        number::digits(self.locale, ascii)
    }

    /// An amount as she would type it into a box: plain ("1250.50", no grouping, no symbol), in
    /// the locale's digits ("१२५०.५०"); the amount parsers read it back.
    pub fn typed(&self, m: Money) -> String {
        self.digits_of(&m.to_plain())
    }

    /// Identifiers (voucher numbers, fiscal years) on one line, in the locale's digits:
    /// "2026-27/0035, 2026-27/0036", "२०२६-२७/००३५, २०२६-२७/००३६".
    pub fn digits_list(&self, items: &[String]) -> String {
        self.digits_of(&items.join(", "))
    }

    /// A short numeric date, day first: "14-04-2025", "১৪-০৪-২০২৫", Thai "14/04/2568".
    pub fn date(&self, d: NaiveDate) -> String {
        calendar::short(self.locale, d)
    }

    /// A long date: "14 April 2025", "14 अप्रैल 2025", "১৪ এপ্রিল, ২০২৫", "14 เมษายน 2568",
    /// Bangabda "১ বৈশাখ ১৪৩২".
    pub fn date_long(&self, d: NaiveDate) -> String {
        calendar::long(self.locale, d)
    }

    /// A time of day, 24-hour, in the locale's digits: "06:40", "০৬:৪০", Thai "06:40" or "๐๖:๔๐".
    pub fn time(&self, t: chrono::NaiveTime) -> String {
        self.digits_of(&t.format("%H:%M").to_string())
    }

    /// A fiscal year's label: "2025-26", "২০২৫-২৬", Thai "2568" (Buddhist Era).
    pub fn fiscal_year(&self, fy: crate::domain::org::FiscalYear) -> String {
        calendar::fiscal_year(self.locale, fy)
    }

    /// A period header: "April 2025", "เมษายน 2568", "বৈশাখ ১৪৩২".
    pub fn year_month(&self, d: NaiveDate) -> String {
        calendar::year_month(self.locale, d)
    }
}

/// Why `try_msg` could not give a clean message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MessageError {
    /// No such message in the locale nor in English.
    Missing(String),
    /// The message formatted with errors; `text` is what Fluent produced anyway.
    Format { text: String, errors: Vec<String> },
}

impl std::fmt::Display for MessageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MessageError::Missing(id) => write!(f, "no message {id}"),
            MessageError::Format { text, errors } => write!(f, "{text:?}: {}", errors.join("; ")),
        }
    }
}

/// The Fluent sources of a language, in file order.
pub fn sources(lang: Lang) -> impl Iterator<Item = (&'static str, &'static str)> {
    ftl_files().iter().filter(move |(l, _, _)| *l == lang.code()).map(|(_, name, src)| (*name, *src))
}

/// The bundle of a language and its digits, parsed once per process and shared: parsing every
/// `.ftl` file took tens of milliseconds, and every screen, report and error builds a
/// `Localizer` (measured: 74% of the member-file fuzz target's time, which ran 10 inputs a second).
fn bundle(locale: Locale) -> Arc<Bundle> {
    static BUNDLES: OnceLock<Mutex<HashMap<(Lang, Digits), Arc<Bundle>>>> = OnceLock::new();
    let mut all = BUNDLES.get_or_init(Default::default).lock().unwrap_or_else(|p| p.into_inner());
    all.entry((locale.lang, locale.digits)).or_insert_with(|| Arc::new(parse_bundle(locale))).clone()
}

/// The number formatter of a language and its digits, loaded from ICU's data once and shared.
fn numbers(locale: Locale) -> Arc<NumberFormat> {
    static FORMATS: OnceLock<Mutex<HashMap<(Lang, Digits), Arc<NumberFormat>>>> = OnceLock::new();
    let mut all = FORMATS.get_or_init(Default::default).lock().unwrap_or_else(|p| p.into_inner());
    all.entry((locale.lang, locale.digits)).or_insert_with(|| Arc::new(NumberFormat::new(locale))).clone()
}

fn parse_bundle(locale: Locale) -> Bundle {
    let langid: unic_langid::LanguageIdentifier = locale.lang.code().parse().expect("valid language id");
    let mut b = Bundle::new_concurrent(vec![langid]);
    b.set_use_isolating(false);
    b.set_formatter(Some(count_formatter(locale)));
    // A number written into the text itself ("58 mm", "4 to 8 digits", "e.g. 14-04-2025") is
    // `{ DIGITS("58") }`, so that it follows the reader's digits like the numbers a message is
    // given; no grouping ("2001" stays a year). Kept as written: a digit system's own name.
    let _ = b.add_function("DIGITS", move |positional, _| match positional.first() {
        Some(FluentValue::String(s)) => FluentValue::from(number::digits(locale, s)),
        _ => FluentValue::Error,
    });
    for (_, src) in sources(locale.lang) {
        // Syntax errors and duplicate ids are caught by the tests; at run time keep what parsed.
        let res = FluentResource::try_new(src.to_string()).unwrap_or_else(|(res, _)| res);
        let _ = b.add_resource(res);
    }
    b
}

type ValueFormatter = fn(&FluentValue<'_>, &intl_memoizer_of::M) -> Option<String>;

/// Names the memoizer type of the concurrent bundle without depending on `intl-memoizer`.
mod intl_memoizer_of {
    pub type M = <super::Bundle as HasMemoizer>::M;
    pub trait HasMemoizer {
        type M;
    }
    impl<R, M> HasMemoizer for fluent_bundle::bundle::FluentBundle<R, M> {
        type M = M;
    }
}

/// Fluent numbers (counts) shown grouped in the locale's digits. A `fn` pointer cannot capture
/// the locale, so each (language, digits) pair is its own instance.
fn count_formatter(locale: Locale) -> ValueFormatter {
    match (locale.lang, locale.digits) {
        (Lang::En, _) => format_count::<0, 0>,
        (Lang::Hi, Digits::Latin) => format_count::<1, 0>,
        (Lang::Hi, Digits::Native) => format_count::<1, 1>,
        (Lang::Bn, Digits::Latin) => format_count::<2, 0>,
        (Lang::Bn, Digits::Native) => format_count::<2, 1>,
        (Lang::Th, Digits::Latin) => format_count::<3, 0>,
        (Lang::Th, Digits::Native) => format_count::<3, 1>,
    }
}

fn format_count<const LANG: usize, const NATIVE: u8>(v: &FluentValue<'_>, _: &intl_memoizer_of::M) -> Option<String> {
    let FluentValue::Number(n) = v else { return None };
    let whole: i64 = n.as_string().parse().ok()?;
    let digits = if NATIVE == 1 { Digits::Native } else { Digits::Latin };
    // The shared formatter: loading ICU's data for every count a message shows was a sixth of
    // the member-file fuzz target's time (and of every report's rejected-row messages).
    Some(numbers(Locale::new(Lang::ALL[LANG]).with_digits(digits)).count(whole))
}

#[allow(dead_code)]
fn assert_send_sync() {
    fn is<T: Send + Sync>() {}
    is::<Localizer>();
}
