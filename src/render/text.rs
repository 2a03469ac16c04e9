//! Plain text: every section as a table with columns aligned by display width (so Devanagari,
//! Bengali and Thai line up on a terminal), numbers right-aligned.

use super::{cell, heading, msg};
use crate::i18n::Localizer;
use crate::reports::Report;
use unicode_width::UnicodeWidthStr;

fn pad(s: &str, width: usize, right: bool) -> String {
    let fill = " ".repeat(width.saturating_sub(s.width()));
    if right {
        format!("{fill}{s}")
    } else {
        format!("{s}{fill}")
    }
}

/// The report as aligned text in the localizer's language, digits and calendar.
pub fn render_text(r: &Report, loc: &Localizer) -> String {
    let mut out = String::new();
    for line in heading(loc, r) {
        out.push_str(&line);
        out.push('\n');
    }
    for s in &r.sections {
        out.push('\n');
        if let Some(t) = &s.title {
            out.push_str(&msg(loc, t));
            out.push('\n');
        }
        let header: Vec<String> = s.columns.iter().map(|c| loc.digits_of(&loc.msg(c.id, &[]))).collect();
        let body: Vec<Vec<String>> = s.rows.iter().chain(s.totals.iter()).map(|row| row.iter().map(|c| cell(loc, c)).collect()).collect();
        let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
        for row in &body {
            for (w, c) in widths.iter_mut().zip(row) {
                *w = (*w).max(c.width());
            }
        }
        let line = |cells: &[String]| -> String {
            let parts: Vec<String> = cells.iter().enumerate().map(|(i, c)| pad(c, widths[i], s.columns[i].kind.is_numeric())).collect();
            parts.join("  ").trim_end().to_string()
        };
        out.push_str(&line(&header));
        out.push('\n');
        let rule: String = widths.iter().map(|w| "-".repeat(*w)).collect::<Vec<_>>().join("  ");
        out.push_str(&rule);
        out.push('\n');
        for (i, row) in body.iter().enumerate() {
            if s.totals.is_some() && i == s.rows.len() {
                out.push_str(&rule);
                out.push('\n');
            }
            out.push_str(&line(row));
            out.push('\n');
        }
        for n in &s.notes {
            out.push_str(&msg(loc, n));
            out.push('\n');
        }
    }
    out
}
