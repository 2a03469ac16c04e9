//! CSV (RFC 4180): localized for people opening it in Excel (UTF-8 BOM, the locale's digits,
//! grouping and dates), or plain for machines (Latin digits, ISO dates, plain amounts, column
//! ids as headings).

use super::{cell, heading, msg, plain_cell};
use crate::i18n::Localizer;
use crate::reports::Report;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvStyle {
    /// true: for people (BOM, localized numbers and dates); false: for machines.
    pub localized: bool,
}

/// Quotes a field when it holds a comma, quote, or line break; doubles inner quotes.
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn record(out: &mut String, cells: impl IntoIterator<Item = String>) {
    let v: Vec<String> = cells.into_iter().map(|c| field(&c)).collect();
    out.push_str(&v.join(","));
    out.push_str("\r\n");
}

/// The report as CSV: heading lines, then per section its title, column headings, rows, totals
/// and notes, with an empty record between sections.
pub fn render_csv(r: &Report, loc: &Localizer, style: CsvStyle) -> String {
    let mut out = String::new();
    if style.localized {
        out.push('\u{feff}');
    }
    let fmt = |c| if style.localized { cell(loc, c) } else { plain_cell(loc, c) };
    for line in heading(loc, r) {
        record(&mut out, [line]);
    }
    for s in &r.sections {
        record(&mut out, []);
        if let Some(t) = &s.title {
            record(&mut out, [msg(loc, t)]);
        }
        record(&mut out, s.columns.iter().map(|c| if style.localized { loc.msg(c.id, &[]) } else { c.id.to_string() }));
        for row in s.rows.iter().chain(s.totals.iter()) {
            record(&mut out, row.iter().map(fmt));
        }
        for n in &s.notes {
            record(&mut out, [msg(loc, n)]);
        }
    }
    out
}

#[cfg(test)]
pub(crate) fn render_field_for_test(s: &str) -> String {
    field(s)
}
