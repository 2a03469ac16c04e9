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

/// One loan on follow-up as of the report's date, read from the book by the caller.
#[derive(Debug, Clone)]
pub struct FollowupEntry {
    pub loan: i64,
    pub borrower: String,
    pub guarantors: Vec<String>,
    /// The borrower's phone when the book has it.
    pub contact: Option<String>,
    /// Principal and interest overdue (instalments due before the date, not covered).
    pub overdue: Money,
    pub days_overdue: i64,
    pub last_payment: Option<NaiveDate>,
    pub next_due: Option<NaiveDate>,
    pub rescheduled: bool,
    pub visits: i64,
    pub last_visit: Option<NaiveDate>,
    /// The latest payment agreed at a follow-up meeting: its date and amount.
    pub promised: Option<(NaiveDate, Money)>,
}

fn date_or_empty(d: Option<NaiveDate>) -> Cell {
    d.map(Cell::Date).unwrap_or(Cell::Empty)
}

/// The follow-up list (issue 15): every loan rescheduled or overdue on the date and not yet
/// repaid, longest overdue first. A committee document: it names borrowers who fell behind.
pub fn followup_list(org: &Organisation, as_of: NaiveDate, entries: &[FollowupEntry]) -> Report {
    let mut r = Report::new("followup-list", Msg::new("report-followup-list"), org, ReportPeriod::AsOf(as_of));
    let mut s = Section::new(
        None,
        &[
            ("col-member", K::Text),
            ("col-guarantors", K::Text),
            ("col-contact", K::Text),
            ("col-loan-no", K::Count),
            ("col-overdue", K::Money),
            ("col-last-payment", K::Date),
            ("col-next-due", K::Date),
            ("col-days-past-due", K::Count),
            ("col-visits", K::Count),
            ("col-last-visit", K::Date),
            ("col-promised-on", K::Date),
            ("col-promised-amount", K::Money),
        ],
    );
    let mut sorted: Vec<&FollowupEntry> = entries.iter().collect();
    sorted.sort_by(|a, b| b.days_overdue.cmp(&a.days_overdue).then(a.loan.cmp(&b.loan)));
    let mut total = Money::ZERO;
    for e in sorted {
        total += e.overdue;
        s.rows.push(vec![
            Cell::Text(e.borrower.clone()),
            if e.guarantors.is_empty() { Cell::Empty } else { Cell::Text(e.guarantors.join(", ")) },
            e.contact.clone().map(Cell::Code).unwrap_or(Cell::Empty),
            Cell::Count(e.loan),
            Cell::Money(e.overdue),
            date_or_empty(e.last_payment),
            date_or_empty(e.next_due),
            Cell::Count(e.days_overdue),
            Cell::Count(e.visits),
            date_or_empty(e.last_visit),
            date_or_empty(e.promised.map(|p| p.0)),
            e.promised.map(|p| Cell::Money(p.1)).unwrap_or(Cell::Empty),
        ]);
        if e.rescheduled {
            s.notes.push(Msg::new("note-followup-rescheduled").arg("loan", Arg::Count(e.loan)));
        }
    }
    s.totals = Some(vec![Cell::msg("row-total"), Cell::Empty, Cell::Empty, Cell::Empty, Cell::Money(total), Cell::Empty, Cell::Empty, Cell::Empty, Cell::Empty, Cell::Empty, Cell::Empty, Cell::Empty]);
    s.notes.push(Msg::new("note-committee-only"));
    r.sections.push(s);
    r
}

/// A borrower who was on follow-up and has repaid everything.
#[derive(Debug, Clone)]
pub struct DebtFreeEntry {
    pub borrower: String,
    /// The loans that were on follow-up.
    pub loans: Vec<i64>,
    /// The date of the repayment that cleared her last loan.
    pub on: NaiveDate,
}

/// Those who became debt-free (issue 15): borrowers once rescheduled or overdue who have since
/// repaid every loan, in the order they became free. The fund centre honours them.
pub fn debt_free(org: &Organisation, as_of: NaiveDate, entries: &[DebtFreeEntry]) -> Report {
    let mut r = Report::new("debt-free", Msg::new("report-debt-free"), org, ReportPeriod::AsOf(as_of));
    let mut s = Section::new(None, &[("col-member", K::Text), ("col-loans", K::Text), ("col-debt-free-on", K::Date)]);
    let mut sorted: Vec<&DebtFreeEntry> = entries.iter().collect();
    sorted.sort_by(|a, b| a.on.cmp(&b.on).then(a.borrower.cmp(&b.borrower)));
    for e in sorted {
        s.rows.push(vec![Cell::Text(e.borrower.clone()), Cell::Text(e.loans.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(", ")), Cell::Date(e.on)]);
    }
    s.notes.push(Msg::new("note-committee-only"));
    r.sections.push(s);
    r
}

/// One household's invitation to the follow-up meeting.
#[derive(Debug, Clone)]
pub struct Invitation {
    pub borrower: String,
    pub loan: i64,
    pub overdue: Money,
    pub meeting_on: NaiveDate,
    pub place: String,
    /// The time as the officer wrote it ("10 am", "सुबह 10 बजे").
    pub time: String,
}

/// The invitation to one overdue household (a page of its own when printed): addressed to the
/// borrower alone, never posted.
pub fn invitation(org: &Organisation, as_of: NaiveDate, i: &Invitation) -> Report {
    let mut r = Report::new("followup-invitation", Msg::new("report-followup-invitation"), org, ReportPeriod::AsOf(as_of));
    let mut s = Section::new(None, &[("col-item", K::Text), ("col-particulars", K::Text)]);
    s.rows = vec![
        vec![Cell::msg("ack-borrower"), Cell::Text(i.borrower.clone())],
        vec![Cell::msg("col-loan-no"), Cell::Count(i.loan)],
        vec![Cell::msg("col-overdue"), Cell::Money(i.overdue)],
        vec![Cell::msg("col-date"), Cell::Date(i.meeting_on)],
        vec![Cell::msg("col-place"), Cell::Text(i.place.clone())],
        vec![Cell::msg("col-time"), if i.time.is_empty() { Cell::Empty } else { Cell::Text(i.time.clone()) }],
    ];
    s.notes.push(
        Msg::new("invitation-text")
            .arg("member", Arg::Text(i.borrower.clone()))
            .arg("loan", Arg::Count(i.loan))
            .arg("amount", Arg::Money(i.overdue))
            .arg("date", Arg::Date(i.meeting_on))
            .arg("place", Arg::Text(i.place.clone())),
    );
    s.notes.push(Msg::new("ack-sign-committee").arg("role", Arg::Text("president".into())));
    r.sections.push(s);
    r
}

/// One borrower's line in the minutes of a follow-up meeting.
#[derive(Debug, Clone)]
pub struct MinutesPromise {
    pub borrower: String,
    pub loan: i64,
    pub pay_on: NaiveDate,
    pub amount: Money,
    pub note: String,
}

/// The signed minutes of a follow-up meeting: who attended, what each borrower agreed, and
/// signature lines for each borrower and the committee. A committee document.
pub fn followup_minutes(org: &Organisation, held_on: NaiveDate, place: &str, attended: &str, notes: &str, promises: &[MinutesPromise]) -> Report {
    let mut r = Report::new("followup-minutes", Msg::new("report-followup-minutes"), org, ReportPeriod::AsOf(held_on));
    let mut facts = Section::new(None, &[("col-item", K::Text), ("col-particulars", K::Text)]);
    facts.rows = vec![
        vec![Cell::msg("col-date"), Cell::Date(held_on)],
        vec![Cell::msg("col-place"), Cell::Text(place.to_string())],
        vec![Cell::msg("col-attended"), Cell::Text(attended.to_string())],
        vec![Cell::msg("col-note"), if notes.is_empty() { Cell::Empty } else { Cell::Text(notes.to_string()) }],
    ];
    r.sections.push(facts);
    let mut s = Section::new(
        Some(Msg::new("section-followup-promises")),
        &[("col-member", K::Text), ("col-loan-no", K::Count), ("col-promised-on", K::Date), ("col-promised-amount", K::Money), ("col-note", K::Text)],
    );
    for p in promises {
        s.rows.push(vec![Cell::Text(p.borrower.clone()), Cell::Count(p.loan), Cell::Date(p.pay_on), Cell::Money(p.amount), if p.note.is_empty() { Cell::Empty } else { Cell::Text(p.note.clone()) }]);
    }
    let total: Money = promises.iter().map(|p| p.amount).sum();
    s.totals = Some(vec![Cell::msg("row-total"), Cell::Empty, Cell::Empty, Cell::Money(total), Cell::Empty]);
    for p in promises {
        s.notes.push(Msg::new("ack-sign-borrower").arg("member", Arg::Text(p.borrower.clone())));
    }
    for role in ["president", "secretary", "treasurer"] {
        s.notes.push(Msg::new("ack-sign-committee").arg("role", Arg::Text(role.into())));
    }
    s.notes.push(Msg::new("note-committee-only"));
    r.sections.push(s);
    r
}

/// One visit to a borrower's household, as the visit log lists it.
#[derive(Debug, Clone)]
pub struct VisitEntry {
    pub on: NaiveDate,
    pub borrower: String,
    pub loan: i64,
    pub visitors: String,
    pub found: String,
    /// Whether the committee's record of the loan matches what the household says.
    pub record_matches: bool,
}

/// The visit log (issue 15, seed 004): every visit to a household behind on its loan, oldest
/// first, with who went, what was found and whether the committee's record matched the
/// household's. It names borrowers who fell behind, so it is for the committee only.
pub fn visit_log(org: &Organisation, as_of: NaiveDate, entries: &[VisitEntry]) -> Report {
    let mut r = Report::new("visit-log", Msg::new("report-visit-log"), org, ReportPeriod::AsOf(as_of));
    let mut s = Section::new(
        None,
        &[("col-date", K::Date), ("col-member", K::Text), ("col-loan-no", K::Count), ("col-visitors", K::Text), ("col-found", K::Text), ("col-record-matches", K::Text)],
    );
    let mut sorted: Vec<&VisitEntry> = entries.iter().filter(|e| e.on <= as_of).collect();
    sorted.sort_by(|a, b| a.on.cmp(&b.on).then(a.loan.cmp(&b.loan)));
    for e in sorted {
        s.rows.push(vec![
            Cell::Date(e.on),
            Cell::Text(e.borrower.clone()),
            Cell::Count(e.loan),
            Cell::Text(e.visitors.clone()),
            Cell::Text(e.found.clone()),
            Cell::msg(if e.record_matches { "visit-record-matches" } else { "visit-record-differs" }),
        ]);
    }
    s.notes.push(Msg::new("note-committee-only"));
    r.sections.push(s);
    r
}
