//! A report kept as it stood (issue 14: "year-end statements of a closed year stay printable
//! exactly as they were at close"). The close stores its year's statements in the book as this
//! lossless, locale-free JSON: every message with its id and typed arguments, every cell with its
//! kind, amounts in minor units. Read back, the report renders in any language, digits and
//! calendar exactly as the live one would have at the close.
//!
//! A report's names (its id, its columns', its messages' arguments) are `&'static str` in the
//! model; read back they are interned once each (a small, fixed vocabulary).

use super::{Cell, CellKind, Column, Msg, OrgLabel, Report, ReportPeriod, Section};
use crate::domain::money::{Currency, Money};
use crate::domain::org::FiscalYear;
use crate::error::Arg;
use chrono::{NaiveDate, NaiveTime};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::str::FromStr;
use std::sync::{Mutex, OnceLock};

#[derive(Serialize, Deserialize)]
struct SReport {
    id: String,
    title: SMsg,
    org: (String, String, String),
    period: SPeriod,
    sections: Vec<SSection>,
}

#[derive(Serialize, Deserialize)]
enum SPeriod {
    Range(String, String),
    AsOf(String),
}

#[derive(Serialize, Deserialize)]
struct SMsg {
    id: String,
    args: Vec<(String, SArg)>,
}

#[derive(Serialize, Deserialize)]
enum SArg {
    Text(String),
    Money(i64),
    Date(String),
    Count(i64),
    Time(String),
    Year(i32, u32, u32),
}

#[derive(Serialize, Deserialize)]
enum SCell {
    Empty,
    Text(String),
    Msg(SMsg),
    Money(i64),
    Date(String),
    Count(i64),
    Percent(String),
    Code(String),
}

#[derive(Serialize, Deserialize)]
struct SSection {
    title: Option<SMsg>,
    columns: Vec<(String, String)>,
    rows: Vec<Vec<SCell>>,
    totals: Option<Vec<SCell>>,
    notes: Vec<SMsg>,
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn msg_out(m: &Msg) -> SMsg {
    let args = m
        .args
        .iter()
        .map(|(k, a)| {
            let v = match a {
                Arg::Text(s) => SArg::Text(s.clone()),
                Arg::Money(m) => SArg::Money(m.minor()),
                Arg::Date(d) => SArg::Date(iso(*d)),
                Arg::Count(n) => SArg::Count(*n),
                Arg::Time(t) => SArg::Time(t.format("%H:%M:%S").to_string()),
                Arg::Year(y) => SArg::Year(y.start_year, y.start_month, y.start_day),
            };
            (k.to_string(), v)
        })
        .collect();
    SMsg { id: m.id.clone(), args }
}

fn cell_out(c: &Cell) -> SCell {
    match c {
        Cell::Empty => SCell::Empty,
        Cell::Text(s) => SCell::Text(s.clone()),
        Cell::Msg(m) => SCell::Msg(msg_out(m)),
        Cell::Money(m) => SCell::Money(m.minor()),
        Cell::Date(d) => SCell::Date(iso(*d)),
        Cell::Count(n) => SCell::Count(*n),
        Cell::Percent(p) => SCell::Percent(p.to_string()),
        Cell::Code(s) => SCell::Code(s.clone()),
    }
}

/// The report as kept: compact JSON, the same for the same report.
pub fn snapshot_json(r: &Report) -> String {
    let s = SReport {
        id: r.id.to_string(),
        title: msg_out(&r.title),
        org: (r.org.code.clone(), r.org.name.clone(), r.org.currency.code().to_string()),
        period: match r.period {
            ReportPeriod::Range { from, to } => SPeriod::Range(iso(from), iso(to)),
            ReportPeriod::AsOf(d) => SPeriod::AsOf(iso(d)),
        },
        sections: r
            .sections
            .iter()
            .map(|s| SSection {
                title: s.title.as_ref().map(msg_out),
                columns: s.columns.iter().map(|c| (c.id.to_string(), c.kind.code().to_string())).collect(),
                rows: s.rows.iter().map(|row| row.iter().map(cell_out).collect()).collect(),
                totals: s.totals.as_ref().map(|t| t.iter().map(cell_out).collect()),
                notes: s.notes.iter().map(msg_out).collect(),
            })
            .collect(),
    };
    serde_json::to_string(&s).unwrap_or_default()
}

/// One interned copy of each name read back.
fn intern(s: &str) -> &'static str {
    static NAMES: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut names = NAMES.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    if let Some(x) = names.get(s) {
        return x;
    }
    let kept: &'static str = Box::leak(s.to_string().into_boxed_str());
    names.insert(kept);
    kept
}

fn date_in(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

fn msg_in(m: SMsg) -> Option<Msg> {
    let mut args = Vec::with_capacity(m.args.len());
    for (k, a) in m.args {
        let v = match a {
            SArg::Text(s) => Arg::Text(s),
            SArg::Money(n) => Arg::Money(Money::from_minor(n)),
            SArg::Date(d) => Arg::Date(date_in(&d)?),
            SArg::Count(n) => Arg::Count(n),
            SArg::Time(t) => Arg::Time(NaiveTime::parse_from_str(&t, "%H:%M:%S").ok()?),
            SArg::Year(start_year, start_month, start_day) => Arg::Year(FiscalYear { start_year, start_month, start_day }),
        };
        args.push((intern(&k), v));
    }
    Some(Msg { id: m.id, args })
}

fn cell_in(c: SCell) -> Option<Cell> {
    Some(match c {
        SCell::Empty => Cell::Empty,
        SCell::Text(s) => Cell::Text(s),
        SCell::Msg(m) => Cell::Msg(msg_in(m)?),
        SCell::Money(n) => Cell::Money(Money::from_minor(n)),
        SCell::Date(d) => Cell::Date(date_in(&d)?),
        SCell::Count(n) => Cell::Count(n),
        SCell::Percent(p) => Cell::Percent(Decimal::from_str(&p).ok()?),
        SCell::Code(s) => Cell::Code(s),
    })
}

fn kind_in(s: &str) -> Option<CellKind> {
    [CellKind::Text, CellKind::Money, CellKind::Date, CellKind::Count, CellKind::Percent].into_iter().find(|k| k.code() == s)
}

/// The report read back from what `snapshot_json` wrote; None if the text is not one.
pub fn snapshot_report(json: &str) -> Option<Report> {
    let s: SReport = serde_json::from_str(json).ok()?;
    let mut sections = Vec::with_capacity(s.sections.len());
    for x in s.sections {
        let columns = x.columns.iter().map(|(id, kind)| Some(Column { id: intern(id), kind: kind_in(kind)? })).collect::<Option<Vec<_>>>()?;
        let rows = x.rows.into_iter().map(|r| r.into_iter().map(cell_in).collect::<Option<Vec<_>>>()).collect::<Option<Vec<_>>>()?;
        let totals = match x.totals {
            Some(t) => Some(t.into_iter().map(cell_in).collect::<Option<Vec<_>>>()?),
            None => None,
        };
        let title = match x.title {
            Some(m) => Some(msg_in(m)?),
            None => None,
        };
        let notes = x.notes.into_iter().map(msg_in).collect::<Option<Vec<_>>>()?;
        sections.push(Section { title, columns, rows, totals, notes });
    }
    Some(Report {
        id: intern(&s.id),
        title: msg_in(s.title)?,
        org: OrgLabel { code: s.org.0, name: s.org.1, currency: Currency::from_code(&s.org.2)? },
        period: match s.period {
            SPeriod::Range(from, to) => ReportPeriod::Range { from: date_in(&from)?, to: date_in(&to)? },
            SPeriod::AsOf(d) => ReportPeriod::AsOf(date_in(&d)?),
        },
        sections,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every kind of cell and argument comes back as it went in.
    #[test]
    fn a_report_comes_back_exactly() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 31).unwrap();
        let mut s = Section::new(Some(Msg::new("section-income").arg("year", Arg::Year(FiscalYear { start_year: 2025, start_month: 4, start_day: 1 }))), &[("col-account", CellKind::Text), ("col-amount", CellKind::Money), ("col-date", CellKind::Date), ("col-count", CellKind::Count), ("col-percent", CellKind::Percent)]);
        s.rows.push(vec![Cell::msg("account-cash"), Cell::Money(Money::from_minor(-1234567)), Cell::Date(d), Cell::Count(7), Cell::Percent(Decimal::from_str("12.345").unwrap())]);
        s.rows.push(vec![Cell::text("माँ दुर्गा"), Cell::Empty, Cell::Code("TM1S-N29T".into()), Cell::Msg(Msg::new("x").arg("t", Arg::Time(NaiveTime::from_hms_opt(6, 40, 0).unwrap())).arg("m", Arg::Money(Money::from_minor(5)))), Cell::Empty]);
        s.totals = Some(vec![Cell::msg("row-total"), Cell::Money(Money::from_minor(1)), Cell::Empty, Cell::Count(-2), Cell::Empty]);
        s.notes.push(Msg::new("note-x").arg("date", Arg::Date(d)).arg("n", Arg::Count(3)).arg("text", Arg::Text("ঢাকা".into())));
        let r = Report { id: "balance-sheet", title: Msg::new("report-balance-sheet"), org: OrgLabel { code: "c".into(), name: "সমিতি".into(), currency: Currency::Bdt }, period: ReportPeriod::AsOf(d), sections: vec![s] };
        let json = snapshot_json(&r);
        assert_eq!(snapshot_report(&json), Some(r.clone()));
        let ranged = Report { period: ReportPeriod::Range { from: NaiveDate::from_ymd_opt(2025, 4, 1).unwrap(), to: d }, ..r };
        assert_eq!(snapshot_report(&snapshot_json(&ranged)), Some(ranged));
        assert_eq!(snapshot_report("{\"id\": 1}"), None);
        assert_eq!(snapshot_report("not json"), None);
    }
}
