//! CSV (RFC 4180): localized for people opening it in Excel (UTF-8 BOM, the locale's digits,
//! grouping and dates), or plain for machines (Latin digits, ISO dates, plain amounts, column
//! ids as headings).

use super::{cell, heading, msg, plain_cell, raw_msg};
use crate::i18n::Localizer;
use crate::reports::{Cell, Report};

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

/// Text made inert for spreadsheets (OWASP, "CSV Injection"): a cell whose text starts with `=`,
/// `+`, `-`, `@`, a tab or a carriage return is read by Excel and LibreOffice as a formula
/// (`=HYPERLINK(…)`, `@SUM(…)`, `-2+3+cmd|' /C calc'!A0`), so such text gets a leading single quote
/// and is shown as typed. Leading spaces or line breaks before such a character, and its
/// full-width forms, are treated alike (some spreadsheets skip the first, some normalise the
/// second). Only text goes through here: amounts, counts and percentages are numbers and keep
/// their minus sign (`-120.00`).
pub(crate) fn inert(s: &str) -> String {
    let risky = |c: char| matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r' | '\u{FF1D}' | '\u{FF0B}' | '\u{FF0D}' | '\u{FF20}');
    let first = s.chars().find(|c| !matches!(c, ' ' | '\n' | '\u{3000}' | '\u{00A0}'));
    if s.starts_with(['\t', '\r']) || first.is_some_and(risky) {
        format!("'{s}")
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
    let fmt = |c: &Cell| {
        let text = if style.localized { cell(loc, c) } else { plain_cell(loc, c) };
        match c {
            Cell::Money(_) | Cell::Count(_) | Cell::Percent(_) => text,
            _ => inert(&text),
        }
    };
    for line in heading(loc, r) {
        record(&mut out, [inert(&line)]);
    }
    for s in &r.sections {
        record(&mut out, []);
        if let Some(t) = &s.title {
            record(&mut out, [inert(&if style.localized { msg(loc, t) } else { raw_msg(loc, t) })]);
        }
        record(&mut out, s.columns.iter().map(|c| inert(&if style.localized { loc.msg(c.id, &[]) } else { c.id.to_string() })));
        for row in s.rows.iter().chain(s.totals.iter()) {
            record(&mut out, row.iter().map(fmt));
        }
        for n in &s.notes {
            record(&mut out, [inert(&if style.localized { msg(loc, n) } else { raw_msg(loc, n) })]);
        }
    }
    out
}

#[cfg(test)]
pub(crate) fn render_field_for_test(s: &str) -> String {
    field(s)
}
