//! A loan's repayment schedule as a report, with the explanation of how it was computed (for
//! `samuh loan schedule`, the loan register's detail and the desktop loan screen).

use super::{Cell, CellKind, Msg, OrgLabel, Report, ReportPeriod, Section};
use crate::domain::money::{Currency, Money};
use crate::domain::schedule::{Explain, Schedule};
use crate::error::Arg;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::str::FromStr;

/// Turns an explanation's plain arguments into typed ones, so amounts and dates are shown the
/// way the reader's language writes them. The schedule computes at full precision, but a person
/// reads no more than two decimals: an exact intermediate amount is shown to the currency's
/// minor unit (the by-law's rounding of it follows in the same sentence), and a rate with more
/// decimals is marked as approximate ("≈0.46 %").
pub fn explain_msg(e: &Explain) -> Msg {
    let mut m = Msg::new(e.id);
    for (name, value) in &e.args {
        let long = Decimal::from_str(value).ok().filter(|d| d.normalize().scale() > 2);
        let arg = if let (Some(d), "exact") = (long, *name) {
            Arg::Money(Money::from_decimal(d.round_dp(2)).unwrap_or(Money::ZERO))
        } else if let Some(d) = long {
            Arg::Text(format!("≈{}", d.round_dp(2)))
        } else if let Ok(d) = NaiveDate::parse_from_str(value, "%Y-%m-%d") {
            Arg::Date(d)
        } else if let Ok(n) = value.parse::<i64>().map_err(|_| ()).and_then(|n| if is_count(name) { Ok(n) } else { Err(()) }) {
            Arg::Count(n)
        } else if let Some(money) = Decimal::from_str(value).ok().filter(|_| is_amount(name)).and_then(|d| Money::from_decimal(d).ok()) {
            Arg::Money(money)
        } else {
            Arg::Text(value.clone())
        };
        m = m.arg(name, arg);
    }
    m
}

fn is_count(name: &str) -> bool {
    matches!(name, "periods" | "grace" | "months" | "days" | "late" | "count")
}

fn is_amount(name: &str) -> bool {
    !matches!(name, "rate" | "periodic" | "yearly" | "rate_period" | "frequency" | "mode")
}

/// The schedule as one section (with totals) and the notes that explain it.
pub fn schedule_report(s: &Schedule, currency: Currency) -> Report {
    let mut section = Section::new(
        None,
        &[
            ("col-instalment-no", CellKind::Count),
            ("col-due-date", CellKind::Date),
            ("col-opening-balance", CellKind::Money),
            ("col-principal", CellKind::Money),
            ("col-interest", CellKind::Money),
            ("col-instalment", CellKind::Money),
            ("col-closing-balance", CellKind::Money),
        ],
    );
    for i in &s.instalments {
        section.rows.push(vec![
            Cell::Count(i.no as i64),
            Cell::Date(i.due_on),
            Cell::Money(i.opening),
            Cell::Money(i.principal),
            Cell::Money(i.interest),
            Cell::Money(i.total),
            Cell::Money(i.closing),
        ]);
    }
    section.totals = Some(vec![
        Cell::msg("row-total"),
        Cell::Empty,
        Cell::Empty,
        Cell::Money(s.total_principal),
        Cell::Money(s.total_interest),
        Cell::Money(s.total_principal + s.total_interest),
        Cell::Empty,
    ]);
    section.notes = s.explain.iter().map(explain_msg).collect();
    // How the first and the last instalment were worked out (the others follow the same rule).
    let mut picked: Vec<&crate::domain::schedule::Instalment> = s.instalments.iter().take(1).collect();
    if s.instalments.len() > 1 {
        picked.extend(s.instalments.last());
    }
    for i in picked {
        section.notes.push(Msg::new("note-instalment-explained").arg("no", Arg::Count(i.no as i64)));
        section.notes.extend(i.explain.iter().map(explain_msg));
    }
    let from = s.instalments.first().map(|i| i.due_on).unwrap_or_default();
    let to = s.instalments.last().map(|i| i.due_on).unwrap_or(from);
    Report {
        id: "loan-schedule",
        title: Msg::new("report-loan-schedule"),
        org: OrgLabel { code: String::new(), name: String::new(), currency },
        period: ReportPeriod::Range { from, to },
        sections: vec![section],
    }
}
