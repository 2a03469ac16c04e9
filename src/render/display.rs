//! On-screen tables: the report model with every cell already written for the reader (the
//! locale's digits, grouping and calendar) and each column's alignment, so the desktop UI only
//! places text and never formats a number or a date itself.

use super::{cell, heading, msg};
use crate::i18n::Localizer;
use crate::reports::Report;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct DisplayColumn {
    /// The column's stable id (`col-…`).
    pub id: String,
    pub label: String,
    /// `money`, `date`, `count`, `percent` or `text`.
    pub kind: String,
    /// `end` for numbers, `start` otherwise.
    pub align: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct DisplaySection {
    pub title: Option<String>,
    pub columns: Vec<DisplayColumn>,
    pub rows: Vec<Vec<String>>,
    pub totals: Option<Vec<String>>,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct DisplayReport {
    pub id: String,
    pub title: String,
    /// Heading lines under the title: organisation, period.
    pub heading: Vec<String>,
    pub sections: Vec<DisplaySection>,
}

pub fn render_display(r: &Report, loc: &Localizer) -> DisplayReport {
    let mut head = heading(loc, r);
    let title = if head.is_empty() { String::new() } else { head.remove(0) };
    DisplayReport {
        id: r.id.to_string(),
        title,
        heading: head,
        sections: r
            .sections
            .iter()
            .map(|s| DisplaySection {
                title: s.title.as_ref().map(|t| msg(loc, t)),
                columns: s
                    .columns
                    .iter()
                    .map(|c| DisplayColumn {
                        id: c.id.to_string(),
                        label: loc.digits_of(&loc.msg(c.id, &[])),
                        kind: c.kind.code().to_string(),
                        align: if c.kind.is_numeric() { "end" } else { "start" }.to_string(),
                    })
                    .collect(),
                rows: s.rows.iter().map(|row| row.iter().map(|c| cell(loc, c)).collect()).collect(),
                totals: s.totals.as_ref().map(|t| t.iter().map(|c| cell(loc, c)).collect()),
                notes: s.notes.iter().map(|n| msg(loc, n)).collect(),
            })
            .collect(),
    }
}
