//! Reports for the auditor: the Panchsutra indicators of an SHG (regular meetings, attendance,
//! regular savings, repayment on time, books up to date), each with its rule stated, and the
//! list of reversals with their reasons.

use super::{org_title, Books, Cell, CellKind as K, LoanView, MeetingView, Msg, Report, Section};
use crate::domain::ledger::{code, LineKind};
use crate::domain::money::Money;
use crate::domain::org::Attendance;
use crate::error::Arg;
use rust_decimal::Decimal;

use crate::domain::grading::{books_interval_days, pct};

fn status(met: bool) -> Cell {
    Cell::msg(if met { "status-met" } else { "status-not-met" })
}

/// The five Panchsutra indicators for the period. Each row: the indicator, what was achieved,
/// what was expected, the percentage, the rule (in words, with its threshold) and whether it
/// was met.
///
/// - Meetings held: meetings recorded in the period (not reversed) against the meetings the
///   organisation's frequency expects from the later of the period start and its formation.
/// - Attendance: present or late marks over all marks at those meetings.
/// - Saving regularly: members on the roll at the end of the period who saved at 90 % or more of
///   the meetings held while they were members.
/// - Repayment on time: running loans with nothing overdue at the end of the period.
/// - Books up to date: meetings whose voucher is in the journal, and the last entry no older
///   than one meeting interval at the end of the period.
pub fn panchsutra(b: &Books<'_>, meetings: &[MeetingView], loans: &[LoanView]) -> Report {
    let mut r = Report::new("panchsutra", org_title("panchsutra"), b.org, b.range());
    let mut s = Section::new(
        None,
        &[
            ("col-indicator", K::Text),
            ("col-actual", K::Count),
            ("col-expected", K::Count),
            ("col-percent", K::Percent),
            ("col-rule", K::Text),
            ("col-status", K::Text),
        ],
    );
    let held: Vec<&MeetingView> = meetings.iter().filter(|m| !m.meeting.reversed && m.meeting.date >= b.from && m.meeting.date <= b.to).collect();
    let start = b.from.max(b.org.formed_on);
    let expected = b.org.meeting_frequency.expected_between(start, b.to);
    let n_held = held.len() as i64;
    let p = pct(n_held, expected);
    s.rows.push(vec![Cell::msg("ind-meetings-held"), Cell::Count(n_held), Cell::Count(expected), Cell::Percent(p), Cell::Msg(Msg::new("rule-meetings-held").arg("percent", Arg::Count(90))), status(p >= Decimal::from(90))]);

    let marks: i64 = held.iter().map(|m| m.attendance.len() as i64).sum();
    let present: i64 = held.iter().map(|m| m.attendance.iter().filter(|(_, a)| matches!(a, Attendance::Present | Attendance::Late)).count() as i64).sum();
    let p = pct(present, marks);
    s.rows.push(vec![Cell::msg("ind-attendance"), Cell::Count(present), Cell::Count(marks), Cell::Percent(p), Cell::Msg(Msg::new("rule-attendance").arg("percent", Arg::Count(80))), status(marks > 0 && p >= Decimal::from(80))]);

    let on_roll: Vec<_> = b.members.iter().filter(|m| m.is_active_on(b.to)).collect();
    let mut regular = 0i64;
    for m in &on_roll {
        let theirs: Vec<&&MeetingView> = held.iter().filter(|mv| m.is_active_on(mv.meeting.date)).collect();
        let saved = theirs
            .iter()
            .filter(|mv| {
                b.vouchers.iter().any(|v| {
                    v.meeting_id == Some(mv.meeting.id)
                        && v.lines.iter().any(|l| l.member_id == Some(m.id) && l.account == code::MEMBER_SAVINGS && l.kind == LineKind::Saving && l.amount.is_negative())
                })
            })
            .count() as i64;
        if !theirs.is_empty() && pct(saved, theirs.len() as i64) >= Decimal::from(90) {
            regular += 1;
        }
    }
    let members = on_roll.len() as i64;
    let p = pct(regular, members);
    s.rows.push(vec![Cell::msg("ind-saving-regularly"), Cell::Count(regular), Cell::Count(members), Cell::Percent(p), Cell::Msg(Msg::new("rule-saving-regularly").arg("percent", Arg::Count(90))), status(members > 0 && p >= Decimal::from(90))]);

    let running: Vec<&LoanView> = loans.iter().filter(|l| matches!(l.status, "current" | "overdue")).collect();
    let on_time = running.iter().filter(|l| (l.dues.principal_overdue + l.dues.interest_overdue).is_zero()).count() as i64;
    let n_running = running.len() as i64;
    let p = if n_running == 0 { Decimal::ONE_HUNDRED } else { pct(on_time, n_running) };
    s.rows.push(vec![Cell::msg("ind-repaid-on-time"), Cell::Count(on_time), Cell::Count(n_running), Cell::Percent(p), Cell::Msg(Msg::new("rule-repaid-on-time").arg("percent", Arg::Count(95))), status(p >= Decimal::from(95))]);

    let with_voucher = held.iter().filter(|mv| b.vouchers.iter().any(|v| v.meeting_id == Some(mv.meeting.id))).count() as i64;
    let interval = books_interval_days(b.org.meeting_frequency);
    let last = b.vouchers.iter().filter(|v| v.date <= b.to).map(|v| v.date).max();
    let fresh = last.is_some_and(|d| (b.to - d).num_days() <= interval);
    let p = if n_held == 0 { Decimal::ONE_HUNDRED } else { pct(with_voucher, n_held) };
    s.rows.push(vec![Cell::msg("ind-books-up-to-date"), Cell::Count(with_voucher), Cell::Count(n_held), Cell::Percent(p), Cell::Msg(Msg::new("rule-books-up-to-date").arg("days", Arg::Count(interval))), status(fresh && with_voucher == n_held)]);
    if let Some(d) = last {
        s.notes.push(Msg::new("note-last-entry").arg("date", Arg::Date(d)));
    }
    r.sections.push(s);
    r
}

/// Every reversal voucher dated in the period: which voucher it cancels, of what kind, for how
/// much (the total of its debits) and why.
pub fn reversals(b: &Books<'_>) -> Report {
    let mut r = Report::new("reversals", org_title("reversals"), b.org, b.range());
    let mut s = Section::new(
        None,
        &[
            ("col-date", K::Date),
            ("col-voucher", K::Text),
            ("col-reverses", K::Text),
            ("col-original-date", K::Date),
            ("col-particulars", K::Text),
            ("col-amount", K::Money),
            ("col-reason", K::Text),
        ],
    );
    let mut total = Money::ZERO;
    for v in b.vouchers.iter().filter(|v| v.date >= b.from && v.date <= b.to) {
        let Some(orig_id) = v.reverses_id else { continue };
        let orig = b.vouchers.iter().find(|x| x.id == orig_id);
        let amount: Money = v.lines.iter().filter(|l| l.amount.is_positive()).map(|l| l.amount).sum();
        total += amount;
        s.rows.push(vec![
            Cell::Date(v.date),
            Cell::text(b.voucher_no(v)),
            orig.map(|o| Cell::text(b.voucher_no(o))).unwrap_or(Cell::Empty),
            orig.map(|o| Cell::Date(o.date)).unwrap_or(Cell::Empty),
            orig.map(|o| Cell::msg(format!("voucher-kind-{}", o.kind.code()))).unwrap_or(Cell::Empty),
            Cell::Money(amount),
            Cell::text(v.narration.clone()),
        ]);
    }
    s.totals = Some(vec![Cell::Empty, Cell::Empty, Cell::Empty, Cell::Empty, Cell::msg("row-total"), Cell::Money(total), Cell::Empty]);
    r.sections.push(s);
    r
}

/// One thing done in the book by an enrolled person (see `app::people`), for `approvals`.
#[derive(Debug, Clone, PartialEq)]
pub struct ActView {
    /// "meeting", "loan", "repayment", "reversal", "by-law", "opening", "reschedule",
    /// "org-add", "member-add", "member-exit", "member-erase".
    pub action: String,
    pub on: chrono::NaiveDate,
    pub voucher_id: Option<i64>,
    pub loan_number: Option<i64>,
    pub policy_from: Option<chrono::NaiveDate>,
    pub member_no: Option<String>,
    pub done_by: String,
    pub approved_by: Option<String>,
}

/// Who did what and who approved it, dated in the period, in the order it was done: the voucher
/// (if any), the loan, by-law version or member it concerns, the person who did it and the
/// second person who approved it (reversals, by-law changes, loans above the approval
/// threshold). Empty for a single-user book, where no one is enrolled.
pub fn approvals(b: &Books<'_>, acts: &[ActView]) -> Report {
    let mut r = Report::new("approvals", org_title("approvals"), b.org, b.range());
    let mut s = Section::new(
        None,
        &[
            ("col-date", K::Date),
            ("col-action", K::Text),
            ("col-voucher", K::Text),
            ("col-concerning", K::Text),
            ("col-done-by", K::Text),
            ("col-approved-by", K::Text),
        ],
    );
    let mut approved = 0i64;
    for a in acts.iter().filter(|a| a.on >= b.from && a.on <= b.to) {
        let voucher = a.voucher_id.and_then(|id| b.vouchers.iter().find(|v| v.id == id)).map(|v| Cell::text(b.voucher_no(v))).unwrap_or(Cell::Empty);
        let concerning = if let Some(n) = a.loan_number {
            Cell::Msg(Msg::new("concerning-loan").arg("loan", Arg::Text(n.to_string())))
        } else if let Some(d) = a.policy_from {
            Cell::Msg(Msg::new("concerning-by-law").arg("date", Arg::Date(d)))
        } else if let Some(m) = &a.member_no {
            Cell::Msg(Msg::new("concerning-member").arg("member", Arg::Text(m.clone())))
        } else {
            Cell::Empty
        };
        approved += i64::from(a.approved_by.is_some());
        s.rows.push(vec![
            Cell::Date(a.on),
            Cell::msg(format!("act-{}", a.action)),
            voucher,
            concerning,
            Cell::text(a.done_by.clone()),
            a.approved_by.clone().map(Cell::text).unwrap_or(Cell::Empty),
        ]);
    }
    s.totals = Some(vec![Cell::Empty, Cell::msg("row-total"), Cell::Empty, Cell::Empty, Cell::Count(s.rows.len() as i64), Cell::Count(approved)]);
    r.sections.push(s);
    r
}
