//! Reports for the auditor: the Panchsutra indicators of an SHG (regular meetings, attendance,
//! regular savings, repayment on time, books up to date), each with its rule stated, and the
//! list of reversals with their reasons.

use super::{org_title, Books, Cell, CellKind as K, LoanView, MeetingView, Msg, Report, Section};
use crate::domain::ledger::{code, LineKind};
use crate::domain::money::Money;
use crate::domain::org::Attendance;
use crate::error::Arg;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

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

/// The items of the auditor's checklist, in its order: what a remark may be written against.
pub const AUDIT_ITEMS: &[&str] = &["cash", "bank", "loans", "numbers", "reversals", "savings"];

/// What the auditor signed off for the year the checklist ends with: who, from where, when, the
/// bank statement's balance and a remark per item (by `AUDIT_ITEMS` code).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditSignOff {
    pub auditor: String,
    /// The fund a peer auditor comes from; empty: the fund's own auditor.
    pub peer_from: String,
    pub audited_on: chrono::NaiveDate,
    pub bank_statement: Option<Money>,
    pub remarks: BTreeMap<String, String>,
}

impl AuditSignOff {
    /// The sign-off as the book recorded it (`year audit`).
    pub fn of(a: &crate::store::YearAuditRecord) -> AuditSignOff {
        AuditSignOff {
            auditor: a.auditor.clone(),
            peer_from: a.peer_from.clone(),
            audited_on: a.audited_on,
            bank_statement: a.bank_statement,
            remarks: serde_json::from_str(&a.remarks).unwrap_or_default(),
        }
    }
}

/// The peer auditor's checklist (issue 14, seed 004's network of peer auditors): what the book
/// answers itself for the period, item by item — the cash counted at each meeting against the
/// cash book, the bank book's balance to compare with the bank statement, every loan's balance
/// against its schedule, voucher numbers without gaps, every reversal with its reason, members'
/// savings against the savings account — each with its result and what it rests on, and a
/// column left for the auditor's remarks. The auditor (the fund's own, or a peer from another
/// fund) signs it off: once signed off in the book (`signoff`), the bank statement's balance is
/// compared with the bank book, the remarks stand in their column and the auditor is named.
pub fn audit_checklist(b: &Books<'_>, meetings: &[MeetingView], loans: &[LoanView], signoff: Option<&AuditSignOff>) -> Report {
    use std::collections::BTreeSet;
    let mut r = Report::new("audit-checklist", org_title("audit-checklist"), b.org, b.range());
    let mut s = Section::new(None, &[("col-audit-item", K::Text), ("col-audit-result", K::Text), ("col-audit-basis", K::Text), ("col-audit-remarks", K::Text)]);
    let result = |ok: bool| Cell::msg(if ok { "audit-result-ok" } else { "audit-result-look" });
    let in_period = |d: chrono::NaiveDate| d >= b.from && d <= b.to;
    let standing: Vec<_> = b.vouchers.iter().filter(|v| in_period(v.date)).collect();

    // 1. Cash counted against the cash book: a difference is booked as a shortage or excess.
    let held: Vec<_> = meetings.iter().filter(|m| !m.meeting.reversed).collect();
    let counted = held.iter().filter(|m| m.meeting.cash_counted.is_some()).count() as i64;
    let (mut short, mut over) = (Money::ZERO, Money::ZERO);
    let mut differed: BTreeSet<chrono::NaiveDate> = BTreeSet::new();
    for v in standing.iter().filter(|v| v.reverses_id.is_none() && v.reversed_by.is_none()) {
        for l in v.lines.iter().filter(|l| l.amount.is_positive()) {
            match l.kind {
                LineKind::CashShortage => {
                    short += l.amount;
                    differed.insert(v.date);
                }
                LineKind::CashExcess => {
                    over += l.amount;
                    differed.insert(v.date);
                }
                _ => {}
            }
        }
    }
    let basis = Msg::new("audit-basis-cash")
        .arg("meetings", Arg::Count(held.len() as i64))
        .arg("counted", Arg::Count(counted))
        .arg("differed", Arg::Count(differed.len() as i64))
        .arg("short", Arg::Money(short))
        .arg("over", Arg::Money(over));
    s.rows.push(vec![Cell::msg("audit-item-cash"), if counted == 0 && !held.is_empty() { Cell::msg("audit-result-not-counted") } else { result(differed.is_empty()) }, Cell::Msg(basis), Cell::Empty]);

    // 2. The bank book's balance on the last day, for the auditor to compare with the statement.
    let bank: Money = b.lines().filter(|(_, l)| l.account == code::BANK).map(|(_, l)| l.amount).sum();
    // Signed off with the statement's balance typed in: the two compared.
    match signoff.and_then(|a| a.bank_statement) {
        Some(statement) => s.rows.push(vec![
            Cell::msg("audit-item-bank"),
            result(statement == bank),
            Cell::Msg(Msg::new("audit-basis-bank-statement").arg("date", Arg::Date(b.to)).arg("balance", Arg::Money(bank)).arg("statement", Arg::Money(statement)).arg("difference", Arg::Money(statement - bank))),
            Cell::Empty,
        ]),
        None => s.rows.push(vec![Cell::msg("audit-item-bank"), Cell::msg("audit-result-compare"), Cell::Msg(Msg::new("audit-basis-bank").arg("date", Arg::Date(b.to)).arg("balance", Arg::Money(bank))), Cell::Empty]),
    }

    // 3. Every loan's balance against its schedule: what the book says it owes is neither below
    // nothing nor above what was lent, and the schedule plans exactly the principal lent.
    let mut wrong: Vec<String> = Vec::new();
    for l in loans {
        let planned: Money = l.schedule.instalments.iter().map(|i| i.principal).sum();
        // A rescheduled loan's schedule keeps the instalments paid before it and plans the rest:
        // together, what was lent.
        let fits = !l.outstanding.is_negative() && l.outstanding <= l.disbursed.max(l.terms.principal) && (l.schedule.instalments.is_empty() || planned == l.disbursed || planned == l.terms.principal);
        if !fits {
            wrong.push(l.loan.number.to_string());
        }
    }
    let basis = Msg::new("audit-basis-loans").arg("loans", Arg::Count(loans.len() as i64)).arg("wrong", Arg::Count(wrong.len() as i64)).arg("list", Arg::Text(wrong.join(", ")));
    s.rows.push(vec![Cell::msg("audit-item-loans"), result(wrong.is_empty()), Cell::Msg(basis), Cell::Empty]);

    // 4. Voucher numbers of each fiscal year the period touches, from 1 without a gap.
    let years: BTreeSet<i32> = standing.iter().map(|v| v.fiscal_year).collect();
    let mut numbers: BTreeMap<i32, BTreeSet<i64>> = BTreeMap::new();
    for v in b.vouchers.iter().filter(|v| years.contains(&v.fiscal_year) && v.date <= b.to) {
        numbers.entry(v.fiscal_year).or_default().insert(v.number);
    }
    let mut gaps: Vec<String> = Vec::new();
    let mut count = 0i64;
    for (year, ns) in &numbers {
        count += ns.len() as i64;
        let last = ns.iter().next_back().copied().unwrap_or(0);
        let fy = crate::domain::org::FiscalYear { start_year: *year, start_month: b.org.fiscal_start_month, start_day: b.org.fiscal_start_day };
        gaps.extend((1..=last).filter(|n| !ns.contains(n)).map(|n| format!("{}/{:04}", fy.label(), n)));
    }
    let basis = Msg::new("audit-basis-numbers").arg("vouchers", Arg::Count(count)).arg("gaps", Arg::Count(gaps.len() as i64)).arg("list", Arg::Text(gaps.join(", ")));
    s.rows.push(vec![Cell::msg("audit-item-numbers"), result(gaps.is_empty()), Cell::Msg(basis), Cell::Empty]);

    // 5. Every reversal with its reason.
    let reversals: Vec<_> = standing.iter().filter(|v| v.reverses_id.is_some()).collect();
    let bare: Vec<String> = reversals.iter().filter(|v| v.narration.trim().is_empty()).map(|v| b.voucher_no(v)).collect();
    let basis = Msg::new("audit-basis-reversals").arg("reversals", Arg::Count(reversals.len() as i64)).arg("bare", Arg::Count(bare.len() as i64)).arg("list", Arg::Text(bare.join(", ")));
    s.rows.push(vec![Cell::msg("audit-item-reversals"), result(bare.is_empty()), Cell::Msg(basis), Cell::Empty]);

    // 6. Members' savings: each member's balance (what her passbook says) is not below nothing,
    // and together they are the savings account.
    let mut each: BTreeMap<Option<i64>, Money> = BTreeMap::new();
    for (_, l) in b.lines().filter(|(_, l)| l.account == code::MEMBER_SAVINGS) {
        *each.entry(l.member_id).or_default() += -l.amount;
    }
    let total: Money = each.values().copied().sum();
    let members_sum: Money = each.iter().filter(|(m, _)| m.is_some()).map(|(_, v)| *v).sum();
    let below: Vec<String> = each
        .iter()
        .filter(|(m, v)| m.is_some() && v.is_negative())
        .filter_map(|(m, _)| b.members.iter().find(|x| Some(x.id) == *m).map(|x| x.admission_no.clone()))
        .collect();
    let ok = below.is_empty() && members_sum == total;
    let basis = Msg::new("audit-basis-savings")
        .arg("members", Arg::Count(each.keys().filter(|m| m.is_some()).count() as i64))
        .arg("total", Arg::Money(total))
        .arg("unassigned", Arg::Money(total - members_sum))
        .arg("below", Arg::Count(below.len() as i64))
        .arg("list", Arg::Text(below.join(", ")));
    s.rows.push(vec![Cell::msg("audit-item-savings"), result(ok), Cell::Msg(basis), Cell::Empty]);

    // The remarks column: what the auditor wrote against each item.
    if let Some(a) = signoff {
        for (row, item) in s.rows.iter_mut().zip(AUDIT_ITEMS) {
            if let Some(remark) = a.remarks.get(*item).filter(|r| !r.trim().is_empty()) {
                row[3] = Cell::text(remark.clone());
            }
        }
    }
    s.notes.push(Msg::new("note-audit-checklist"));
    s.notes.push(match signoff {
        Some(a) => Msg::new(if a.peer_from.is_empty() { "note-audit-signed-own" } else { "note-audit-signed-peer" }).arg("auditor", Arg::Text(a.auditor.clone())).arg("from", Arg::Text(a.peer_from.clone())).arg("date", Arg::Date(a.audited_on)),
        None => Msg::new("note-audit-signature"),
    });
    r.sections.push(s);
    r
}
