//! The debt acknowledgement of a rescheduled loan (issue 15): a committee document the borrower,
//! her guarantors and the committee sign — the old balance, what was overdue, what the committee
//! decided about the arrears, the new instalments. Overdue figures appear only on committee
//! documents like this one, never on what is read out or posted for all members.

use super::{Cell, CellKind as K, Msg, Report, ReportPeriod, Section};
use crate::domain::money::Money;
use crate::domain::org::Organisation;
use crate::domain::schedule::Instalment;
use crate::error::Arg;
use chrono::NaiveDate;

/// What the acknowledgement states, read from the book by the caller.
#[derive(Debug, Clone)]
pub struct Acknowledgement<'a> {
    pub loan: i64,
    pub borrower: String,
    pub guarantors: Vec<String>,
    pub rescheduled_on: NaiveDate,
    /// Principal outstanding when rescheduled: what the new instalments re-plan.
    pub old_balance: Money,
    /// Overdue the day before the reschedule: principal and interest.
    pub principal_overdue: Money,
    pub interest_overdue: Money,
    pub folds_arrears: bool,
    pub agreement: String,
    /// The new instalments (due on or after the reschedule).
    pub instalments: &'a [Instalment],
}

pub fn debt_acknowledgement(org: &Organisation, a: &Acknowledgement<'_>) -> Report {
    let title = Msg::new("report-debt-acknowledgement").arg("loan", Arg::Count(a.loan)).arg("member", Arg::Text(a.borrower.clone()));
    let mut r = Report::new("debt-acknowledgement", title, org, ReportPeriod::AsOf(a.rescheduled_on));
    let mut facts = Section::new(None, &[("col-item", K::Text), ("col-particulars", K::Text)]);
    let choice = if a.folds_arrears { "ack-arrears-folded" } else { "ack-arrears-kept" };
    facts.rows = vec![
        vec![Cell::msg("ack-borrower"), Cell::Text(a.borrower.clone())],
        vec![Cell::msg("ack-guarantors"), Cell::Text(a.guarantors.join(", "))],
        vec![Cell::msg("ack-rescheduled-on"), Cell::Date(a.rescheduled_on)],
        vec![Cell::msg("ack-old-balance"), Cell::Money(a.old_balance)],
        vec![Cell::msg("ack-principal-overdue"), Cell::Money(a.principal_overdue)],
        vec![Cell::msg("ack-interest-overdue"), Cell::Money(a.interest_overdue)],
        vec![Cell::msg("ack-arrears"), Cell::msg(choice)],
        vec![Cell::msg("ack-agreement"), Cell::Text(a.agreement.clone())],
    ];
    r.sections.push(facts);
    let mut s = Section::new(
        Some(Msg::new("ack-schedule")),
        &[
            ("col-instalment-no", K::Count),
            ("col-due-date", K::Date),
            ("col-principal", K::Money),
            ("col-interest", K::Money),
            ("col-instalment", K::Money),
            ("col-closing-balance", K::Money),
        ],
    );
    for (k, i) in a.instalments.iter().enumerate() {
        s.rows.push(vec![Cell::Count(k as i64 + 1), Cell::Date(i.due_on), Cell::Money(i.principal), Cell::Money(i.interest), Cell::Money(i.total), Cell::Money(i.closing)]);
    }
    let (p, i): (Money, Money) = a.instalments.iter().fold((Money::ZERO, Money::ZERO), |(p, i), x| (p + x.principal, i + x.interest));
    s.totals = Some(vec![Cell::msg("row-total"), Cell::Empty, Cell::Money(p), Cell::Money(i), Cell::Money(p + i), Cell::Empty]);
    s.notes.push(Msg::new("ack-declaration").arg("member", Arg::Text(a.borrower.clone())).arg("amount", Arg::Money(p + i)).arg("count", Arg::Count(a.instalments.len() as i64)));
    s.notes.push(Msg::new("ack-sign-borrower").arg("member", Arg::Text(a.borrower.clone())));
    for g in &a.guarantors {
        s.notes.push(Msg::new("ack-sign-guarantor").arg("member", Arg::Text(g.clone())));
    }
    for role in ["president", "secretary", "treasurer"] {
        s.notes.push(Msg::new("ack-sign-committee").arg("role", Arg::Text(role.into())));
    }
    r.sections.push(s);
    r
}
