//! The debt acknowledgement of a rescheduled loan (issue 15): a committee document the borrower,
//! her guarantors and the committee sign — the old balance, what was overdue, what the committee
//! decided about the arrears, the new instalments. Overdue figures appear only on committee
//! documents like this one, never on what is read out or posted for all members.

use super::{Books, Cell, CellKind as K, LoanView, Msg, Report, ReportPeriod, Section};
use crate::domain::ledger::LineKind;
use crate::store::VisitRecord;
use std::collections::BTreeMap;
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

/// The payments made on a loan (principal and interest lines of vouchers that stand: neither
/// reversed nor a reversal), by date, up to the books' date.
fn payments(b: &Books<'_>, loan_id: i64) -> Vec<NaiveDate> {
    b.lines()
        .filter(|(v, l)| {
            l.loan_id == Some(loan_id) && matches!(l.kind, LineKind::Principal | LineKind::Interest) && l.amount.is_negative() && v.reverses_id.is_none() && v.reversed_by.is_none()
        })
        .map(|(v, _)| v.date)
        .collect()
}

/// Whether a loan is followed up: overdue now, rescheduled, or visited; until it is repaid.
fn on_followup(l: &LoanView, visits: &[VisitRecord]) -> bool {
    l.status != "cancelled" && (l.dues.days_past_due > 0 || l.rescheduled.is_some() || visits.iter().any(|v| v.loan_id == l.loan.id))
}

/// The follow-up list (a committee document, never read out): every loan overdue, rescheduled
/// or visited that is not yet repaid, with the borrower's guarantors and contact, what is
/// outstanding and overdue, the last payment, the next instalment, the visits so far and the
/// payment date agreed at the last follow-up meeting. The longest overdue first.
pub fn followup_list(b: &Books<'_>, loans: &[LoanView], visits: &[VisitRecord], contact: &BTreeMap<i64, String>) -> Report {
    let mut r = Report::new("followup-list", super::org_title("followup-list"), b.org, ReportPeriod::AsOf(b.to));
    let mut s = Section::new(
        None,
        &[
            ("col-member", K::Text),
            ("col-loan-no", K::Count),
            ("col-guarantors", K::Text),
            ("col-contact", K::Text),
            ("col-outstanding", K::Money),
            ("col-overdue", K::Money),
            ("col-days-past-due", K::Count),
            ("col-last-payment", K::Date),
            ("col-next-due", K::Date),
            ("col-next-due-amount", K::Money),
            ("col-visits", K::Count),
            ("col-last-visit", K::Date),
        ],
    );
    let mut list: Vec<&LoanView> = loans.iter().filter(|l| l.outstanding.is_positive() && on_followup(l, visits)).collect();
    list.sort_by(|x, y| y.dues.days_past_due.cmp(&x.dues.days_past_due).then(x.loan.number.cmp(&y.loan.number)));
    let (mut out, mut overdue) = (Money::ZERO, Money::ZERO);
    for l in list {
        let d = &l.dues;
        let seen: Vec<&VisitRecord> = visits.iter().filter(|v| v.loan_id == l.loan.id && v.visited_on <= b.to).collect();
        let guarantors: Vec<String> = l.loan.guarantors.iter().map(|g| b.member_name(Some(*g))).collect();
        let due = d.principal_overdue + d.interest_overdue;
        out += l.outstanding;
        overdue += due;
        let date = |x: Option<NaiveDate>| x.map(Cell::Date).unwrap_or(Cell::Empty);
        s.rows.push(vec![
            Cell::text(b.member_name(Some(l.loan.member_id))),
            Cell::Count(l.loan.number),
            if guarantors.is_empty() { Cell::Empty } else { Cell::text(guarantors.join(", ")) },
            contact.get(&l.loan.member_id).map(Cell::text).unwrap_or(Cell::Empty),
            Cell::Money(l.outstanding),
            Cell::Money(due),
            Cell::Count(d.days_past_due),
            date(payments(b, l.loan.id).into_iter().max()),
            date(d.next_due.map(|(on, _)| on)),
            d.next_due.map(|(_, m)| Cell::Money(m)).unwrap_or(Cell::Empty),
            Cell::Count(seen.len() as i64),
            date(seen.iter().map(|v| v.visited_on).max()),
        ]);
    }
    s.totals = Some(vec![
        Cell::msg("row-total"),
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Money(out),
        Cell::Money(overdue),
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
    ]);
    s.notes.push(Msg::new("note-followup-list"));
    s.notes.push(Msg::new("note-committee-only"));
    r.sections.push(s);
    r
}

/// Those who became debt-free: each member who had a loan followed up (rescheduled or visited)
/// and owes nothing on any loan on the books' date, with the day of the payment that cleared
/// her last loan. The fund centre honours them (seed 003); latest first.
pub fn debt_free(b: &Books<'_>, loans: &[LoanView], visits: &[VisitRecord]) -> Report {
    let mut r = Report::new("debt-free", super::org_title("debt-free"), b.org, ReportPeriod::AsOf(b.to));
    let mut s = Section::new(None, &[("col-member", K::Text), ("col-loans", K::Text), ("col-visits", K::Count), ("col-debt-free-on", K::Date)]);
    let mut members: BTreeMap<i64, Vec<&LoanView>> = BTreeMap::new();
    for l in loans.iter().filter(|l| l.status != "cancelled") {
        members.entry(l.loan.member_id).or_default().push(l);
    }
    let mut rows: Vec<(NaiveDate, Vec<Cell>)> = Vec::new();
    for (member, ls) in members {
        let followed: Vec<&&LoanView> = ls.iter().filter(|l| l.rescheduled.is_some() || visits.iter().any(|v| v.loan_id == l.loan.id)).collect();
        if followed.is_empty() || ls.iter().any(|l| l.outstanding.is_positive()) {
            continue;
        }
        // Cleared by the last payment on any of her loans (a loan repaid earlier cleared only itself).
        let Some(on) = ls.iter().flat_map(|l| payments(b, l.loan.id)).max() else { continue };
        let numbers: Vec<String> = followed.iter().map(|l| l.loan.number.to_string()).collect();
        let seen = visits.iter().filter(|v| followed.iter().any(|l| l.loan.id == v.loan_id)).count();
        rows.push((on, vec![Cell::text(b.member_name(Some(member))), Cell::text(numbers.join(", ")), Cell::Count(seen as i64), Cell::Date(on)]));
    }
    rows.sort_by(|x, y| y.0.cmp(&x.0));
    s.rows = rows.into_iter().map(|(_, r)| r).collect();
    s.notes.push(Msg::new("note-debt-free").arg("count", Arg::Count(s.rows.len() as i64)));
    r.sections.push(s);
    r
}
