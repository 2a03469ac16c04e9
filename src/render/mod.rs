//! Renderers: a `reports::Report` turned into text (aligned columns), CSV (for Excel or for
//! machines) and JSON; and the whole journal for ledger-cli/hledger and beancount (`journal`). Every renderer reads the same typed model; none recomputes a figure.

mod csv;
mod display;
pub mod journal;
mod json;
#[cfg(feature = "documents")]
pub mod passbook;
#[cfg(feature = "documents")]
pub mod pdf;
#[cfg(feature = "documents")]
pub mod receipt;
mod text;
#[cfg(feature = "documents")]
mod xlsx;

#[cfg(test)]
mod tests;

pub use self::csv::{render_csv, CsvStyle};
pub use display::{render_display, DisplayColumn, DisplayReport, DisplaySection};
pub use json::render_json;
#[cfg(feature = "documents")]
pub use pdf::{render_pdf, render_pdf_all, PageSize};
pub use text::render_text;
#[cfg(feature = "documents")]
pub use xlsx::render_xlsx;

use crate::domain::money::Money;
use crate::error::Arg;
use crate::i18n::Localizer;
use crate::reports::{Cell, Msg, Report, ReportPeriod};
use rust_decimal::Decimal;

/// A message of a document as the reader reads it: every digit in the reader's digit system,
/// including those of names and codes passed as text (voucher numbers, member numbers), so a
/// document never mixes two systems.
pub(crate) fn msg(loc: &Localizer, m: &Msg) -> String {
    loc.digits_of(&loc.msg(&m.id, &m.args))
}

/// A message for machines: the arguments as the locale writes them, text left as it was.
pub(crate) fn raw_msg(loc: &Localizer, m: &Msg) -> String {
    loc.msg(&m.id, &m.args)
}

/// A percentage in the locale's digits: "12.50%".
pub(crate) fn percent(loc: &Localizer, p: Decimal) -> String {
    let rounded = p.round_dp(2);
    match Money::from_decimal(rounded) {
        Ok(m) => format!("{}%", loc.amount(m)),
        Err(_) => format!("{rounded}%"),
    }
}

/// A cell as the reader sees it in the locale.
pub(crate) fn cell(loc: &Localizer, c: &Cell) -> String {
    match c {
        Cell::Empty => String::new(),
        Cell::Text(s) => loc.digits_of(s),
        Cell::Code(s) => s.clone(),
        Cell::Msg(m) => msg(loc, m),
        Cell::Money(m) => loc.amount(*m),
        Cell::Date(d) => loc.date(*d),
        Cell::Count(n) => loc.count(*n),
        Cell::Percent(p) => percent(loc, *p),
    }
}

/// A cell for machines: Latin digits, ISO dates, plain two-decimal amounts; messages still in
/// the locale's words.
pub(crate) fn plain_cell(loc: &Localizer, c: &Cell) -> String {
    match c {
        Cell::Money(m) => m.to_plain(),
        Cell::Date(d) => d.format("%Y-%m-%d").to_string(),
        Cell::Count(n) => n.to_string(),
        Cell::Percent(p) => p.round_dp(2).normalize().to_string(),
        // A moment (a date and a time of day, as the audit cover's "generated at") is ISO.
        Cell::Msg(m) if matches!(&m.args[..], [(_, Arg::Date(_)), (_, Arg::Time(_))]) => {
            format!("{}T{}", m.args[0].1.plain(), m.args[1].1.plain())
        }
        Cell::Text(s) => s.clone(),
        Cell::Msg(m) => raw_msg(loc, m),
        other => cell(loc, other),
    }
}

/// The heading lines of a report: title, organisation, period.
pub(crate) fn heading(loc: &Localizer, r: &Report) -> Vec<String> {
    let period = match r.period {
        ReportPeriod::Range { from, to } => loc.msg("report-period", &[("from", Arg::Date(from)), ("to", Arg::Date(to))]),
        ReportPeriod::AsOf(d) => loc.msg("report-as-of", &[("date", Arg::Date(d))]),
    };
    if r.org.code.is_empty() {
        return vec![msg(loc, &r.title), period];
    }
    // The organisation by its name: its short code is the book's internal key, not for signers.
    vec![msg(loc, &r.title), loc.digits_of(&r.org.name), period]
}
