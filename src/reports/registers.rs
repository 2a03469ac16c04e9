//! Registers: savings by member, the loan register, demand–collection–balance (DCB) by fund
//! source, and the arrears list with guarantors and portfolio at risk.

use super::{org_title, percent, Books, Cell, CellKind as K, Msg, Report, ReportPeriod, Section};
use crate::domain::ledger::{code, LineKind};
use crate::domain::loan::FundKind;
use crate::domain::money::Money;
use crate::domain::schedule::{Dues, Schedule};
use crate::error::Arg;
use crate::store::LoanRecord;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// A loan and where it stands on a date (derived from the journal by `app::loan_state`).
#[derive(Debug, Clone, PartialEq)]
pub struct LoanView {
    pub loan: LoanRecord,
    /// current, overdue, repaid, rescheduled or cancelled (Fluent `loan-status-…`).
    pub status: &'static str,
    /// The terms in force: the latest reschedule's on or before the report's date, else the
    /// original.
    pub terms: crate::domain::loan::LoanTerms,
    /// The latest reschedule in force: its date and the principal it re-planned.
    pub rescheduled: Option<(NaiveDate, Money)>,
    pub schedule: Schedule,
    pub dues: Dues,
    pub disbursed: Money,
    pub outstanding: Money,
}

/// Savings register: each member's opening balance, deposits, withdrawals and closing balance.
pub fn savings_register(b: &Books<'_>) -> Report {
    let mut r = Report::new("savings-register", org_title("savings-register"), b.org, b.range());
    let mut s = Section::new(
        None,
        &[
            ("col-member-no", K::Text),
            ("col-name", K::Text),
            ("col-opening-balance", K::Money),
            ("col-savings-deposited", K::Money),
            ("col-savings-withdrawn", K::Money),
            ("col-closing-balance", K::Money),
        ],
    );
    let mut tot = [Money::ZERO; 4];
    for m in b.members {
        let ours = |l: &crate::domain::ledger::Line| l.account == code::MEMBER_SAVINGS && l.member_id == Some(m.id);
        let opening = -b.balance_before(ours);
        let (mut dep, mut wd) = (Money::ZERO, Money::ZERO);
        for (_, l) in b.period_lines().filter(|(_, l)| ours(l)) {
            if l.kind == LineKind::Withdrawal {
                wd += l.amount;
            } else {
                dep -= l.amount;
            }
        }
        let closing = opening + dep - wd;
        if opening.is_zero() && dep.is_zero() && wd.is_zero() && !m.is_active_on(b.to) {
            continue;
        }
        for (t, v) in tot.iter_mut().zip([opening, dep, wd, closing]) {
            *t += v;
        }
        s.rows.push(vec![Cell::text(m.admission_no.clone()), Cell::text(m.name.clone()), Cell::Money(opening), Cell::Money(dep), Cell::Money(wd), Cell::Money(closing)]);
    }
    s.totals = Some(vec![Cell::msg("row-total"), Cell::Empty, Cell::Money(tot[0]), Cell::Money(tot[1]), Cell::Money(tot[2]), Cell::Money(tot[3])]);
    r.sections.push(s);
    r
}

fn guarantor_names(b: &Books<'_>, loan: &LoanRecord) -> Cell {
    let names: Vec<String> = loan.guarantors.iter().map(|g| b.member_name(Some(*g))).collect();
    if names.is_empty() {
        Cell::Empty
    } else {
        Cell::text(names.join(", "))
    }
}

/// Principal and interest collected on a loan from the journal, for lines dated in [from, to].
fn collected(b: &Books<'_>, loan_id: i64, from: NaiveDate, to: NaiveDate) -> (Money, Money) {
    let (mut p, mut i) = (Money::ZERO, Money::ZERO);
    for (_, l) in b.lines().filter(|(v, l)| l.loan_id == Some(loan_id) && v.date >= from && v.date <= to) {
        match (l.account.as_str(), l.kind) {
            (code::LOANS_TO_MEMBERS, LineKind::Principal) => p -= l.amount,
            // The close of a year moves interest income to the surplus, line by loan: that
            // moves no money and is no interest collected.
            (code::INTEREST_INCOME, k) if k != LineKind::YearClose => i -= l.amount,
            _ => {}
        }
    }
    (p, i)
}

const LOAN_REGISTER_COLUMNS: [(&str, K); 15] = [
    ("col-loan-no", K::Count),
    ("col-member", K::Text),
    ("col-fund", K::Text),
    ("col-disbursed-on", K::Date),
    ("col-principal", K::Money),
    ("col-rate", K::Percent),
    ("col-rate-period", K::Text),
    ("col-method", K::Text),
    ("col-instalments", K::Count),
    ("col-principal-repaid", K::Money),
    ("col-interest-paid", K::Money),
    ("col-outstanding", K::Money),
    ("col-status", K::Text),
    ("col-guarantors", K::Text),
    ("col-loan-use", K::Text),
];

/// Loan register as of the end of the period: every loan with its terms, what was repaid and
/// what is outstanding, its status and guarantors.
/// `uses`: for a loan whose use was asked at a meeting, the answer (yes / partly / no) and its
/// note (issue 12).
pub fn loan_register(b: &Books<'_>, loans: &[LoanView], uses: &BTreeMap<i64, (String, String)>) -> Report {
    let mut r = Report::new("loan-register", org_title("loan-register"), b.org, ReportPeriod::AsOf(b.to));
    let mut s = Section::new(None, &LOAN_REGISTER_COLUMNS);
    let first = NaiveDate::MIN;
    let mut tot = [Money::ZERO; 4];
    for lv in loans {
        let l = &lv.loan;
        let (p, i) = collected(b, l.id, first, b.to);
        for (t, v) in tot.iter_mut().zip([lv.disbursed, p, i, lv.outstanding]) {
            *t += v;
        }
        s.rows.push(vec![
            Cell::Count(l.number),
            Cell::text(b.member_name(Some(l.member_id))),
            Cell::msg(format!("fund-{}", l.fund.code())),
            Cell::Date(l.terms.start),
            Cell::Money(lv.disbursed),
            // The terms in force: after a reschedule, its rate, method and instalments.
            Cell::Percent(lv.terms.rate),
            Cell::msg(format!("rate-period-{}", lv.terms.rate_period.code())),
            Cell::msg(format!("method-{}", lv.terms.method.code())),
            Cell::Count(lv.terms.instalments as i64),
            Cell::Money(p),
            Cell::Money(i),
            Cell::Money(lv.outstanding),
            Cell::msg(format!("loan-status-{}", lv.status)),
            guarantor_names(b, l),
            match uses.get(&l.id) {
                None => Cell::Empty,
                Some((answer, note)) if note.trim().is_empty() => Cell::msg(format!("loan-use-{answer}")),
                Some((answer, note)) => Cell::Msg(Msg { id: format!("loan-use-{answer}-note"), args: vec![("note", Arg::Text(note.clone()))] }),
            },
        ]);
    }
    s.totals = Some(loan_register_totals(&s, tot));
    for lv in loans {
        if let Some((on, principal)) = lv.rescheduled {
            s.notes.push(rescheduled_note(lv.loan.number, on, principal, lv.terms.instalments as i64, lv.loan.terms.instalments as i64));
        }
    }
    r.sections.push(s);
    r
}

/// The loan register's total line: principal given, repaid, interest paid, outstanding.
fn loan_register_totals(s: &Section, tot: [Money; 4]) -> Vec<Cell> {
    let mut totals = vec![Cell::Empty; s.columns.len()];
    totals[s.col("col-member")] = Cell::msg("row-total");
    totals[s.col("col-principal")] = Cell::Money(tot[0]);
    totals[s.col("col-principal-repaid")] = Cell::Money(tot[1]);
    totals[s.col("col-interest-paid")] = Cell::Money(tot[2]);
    totals[s.col("col-outstanding")] = Cell::Money(tot[3]);
    totals
}

/// The note under a loan register for a loan rescheduled on `on`, re-planning `principal` in
/// `instalments` instead of the `original` number.
fn rescheduled_note(loan: i64, on: NaiveDate, principal: Money, instalments: i64, original: i64) -> Msg {
    Msg::new("note-loan-rescheduled")
        .arg("loan", Arg::Count(loan))
        .arg("date", Arg::Date(on))
        .arg("principal", Arg::Money(principal))
        .arg("instalments", Arg::Count(instalments))
        .arg("original", Arg::Count(original))
}

/// One loan of an imported group as its latest bundle sent it, for the oversight book's
/// read-only drill-down into the group's loan register.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedLoan {
    pub id: i64,
    pub number: i64,
    pub member_id: i64,
    /// The fund's code (`own-savings`, `cif`, …).
    pub fund: String,
    pub disbursed_on: NaiveDate,
    /// The terms in force on the bundle's date: rate, its period and method (codes); None from
    /// a bundle written before they were sent.
    pub rate: Option<rust_decimal::Decimal>,
    pub rate_period: Option<String>,
    pub method: Option<String>,
    /// The instalments of the terms in force (the original, from older bundles), and the
    /// latest reschedule in force with the original instalments.
    pub instalments: i64,
    pub rescheduled: Option<(NaiveDate, Money, i64)>,
    /// As the group's own book gave it on the bundle's date (`loan-status-…`).
    pub status: String,
    pub guarantors: Vec<i64>,
}

/// An imported group's loan register, as the group's own prints it: each loan given by the
/// report's date with its terms, the principal given, repaid and outstanding and the interest
/// paid summed from its imported entries up to that date, and its status on the date of the
/// group's latest bundle (`status_on`), which the note says.
pub fn imported_loan_register(b: &Books<'_>, loans: &[ImportedLoan], status_on: Option<NaiveDate>) -> Report {
    let mut r = Report::new("loan-register", org_title("loan-register"), b.org, ReportPeriod::AsOf(b.to));
    let mut s = Section::new(None, &LOAN_REGISTER_COLUMNS);
    let mut tot = [Money::ZERO; 4];
    for l in loans.iter().filter(|l| l.disbursed_on <= b.to) {
        let (p, i) = collected(b, l.id, NaiveDate::MIN, b.to);
        let mine = || b.lines().filter(|(_, x)| x.loan_id == Some(l.id) && x.account == code::LOANS_TO_MEMBERS);
        // Given: every debit to the loan that is not a repayment (disbursement or opening lines,
        // net of their reversals), as the group's own register counts it.
        let given: Money = mine().filter(|(_, x)| matches!(x.kind, LineKind::Disbursement | LineKind::Opening)).map(|(_, x)| x.amount).sum();
        let outstanding: Money = mine().map(|(_, x)| x.amount).sum();
        for (t, v) in tot.iter_mut().zip([given, p, i, outstanding]) {
            *t += v;
        }
        let names: Vec<String> = l.guarantors.iter().map(|g| b.member_name(Some(*g))).collect();
        s.rows.push(vec![
            Cell::Count(l.number),
            Cell::text(b.member_name(Some(l.member_id))),
            Cell::msg(format!("fund-{}", l.fund)),
            Cell::Date(l.disbursed_on),
            Cell::Money(given),
            l.rate.map(Cell::Percent).unwrap_or(Cell::Empty),
            l.rate_period.as_ref().map(|c| Cell::msg(format!("rate-period-{c}"))).unwrap_or(Cell::Empty),
            l.method.as_ref().map(|c| Cell::msg(format!("method-{c}"))).unwrap_or(Cell::Empty),
            Cell::Count(l.instalments),
            Cell::Money(p),
            Cell::Money(i),
            Cell::Money(outstanding),
            Cell::msg(format!("loan-status-{}", l.status)),
            if names.is_empty() { Cell::Empty } else { Cell::text(names.join(", ")) },
            Cell::Empty,
        ]);
    }
    s.totals = Some(loan_register_totals(&s, tot));
    for l in loans.iter().filter(|l| l.disbursed_on <= b.to) {
        if let Some((on, principal, original)) = l.rescheduled.filter(|(on, _, _)| *on <= b.to) {
            s.notes.push(rescheduled_note(l.number, on, principal, l.instalments, original));
        }
    }
    if let Some(on) = status_on {
        s.notes.push(Msg::new("note-imported-loan-status").arg("date", Arg::Date(on)));
    }
    r.sections.push(s);
    r
}

/// Demand–collection–balance–overdue for the period, per loan, grouped by fund source.
///
/// Demand = principal and interest scheduled to fall due within the period plus what was
/// already due and unpaid the day before it starts; collection = principal and interest
/// received in the period (from the journal); balance = principal outstanding at the end;
/// overdue = demand not collected (never below zero: a prepayment does not make it negative).
/// `start` holds the loans' state on the day before the period, `end` on its last day.
pub fn dcb(b: &Books<'_>, start: &[LoanView], end: &[LoanView]) -> Report {
    let mut r = Report::new("dcb", org_title("dcb"), b.org, b.range());
    let cols = [
        ("col-loan-no", K::Count),
        ("col-member", K::Text),
        ("col-overdue-at-start", K::Money),
        ("col-demand-in-period", K::Money),
        ("col-demand", K::Money),
        ("col-collection", K::Money),
        ("col-balance", K::Money),
        ("col-overdue", K::Money),
    ];
    let mut by_fund: BTreeMap<FundKind, Section> = BTreeMap::new();
    let mut grand = [Money::ZERO; 6];
    let mut fund_totals: BTreeMap<FundKind, [Money; 6]> = BTreeMap::new();
    let mut replanned_notes = Vec::new();
    for lv in end {
        let l = &lv.loan;
        if lv.status == "cancelled" || l.terms.start > b.to {
            continue;
        }
        let before = start.iter().find(|s| s.loan.id == l.id);
        // Overdue at the start: what the schedule asked for before the period, less what was
        // collected before it. (Not `dues.interest_due`: for a bullet loan that includes interest
        // accrued but not yet due, which is not overdue.)
        // The schedule asked as it stood at the start: a reschedule later in the period re-plans
        // overdue principal, and the schedule in force at the end no longer asks for it before
        // the start, yet it was overdue then (issue 15: 3,180 overdue, not 180).
        let due_before = |s: &crate::domain::schedule::Schedule| -> Money { s.instalments.iter().filter(|i| i.due_on < b.from).map(|i| i.total).sum() };
        let demanded_before = before.map(|s| due_before(&s.schedule)).unwrap_or_else(|| due_before(&lv.schedule));
        let (pb, ib) = collected(b, l.id, NaiveDate::MIN, b.from.pred_opt().unwrap_or(b.from));
        let at_start = (demanded_before - pb - ib).max(Money::ZERO);
        let outstanding_start = before.map(|s| s.outstanding).unwrap_or_default();
        // What a reschedule in the period took off the demand: arrears re-planned into the new
        // instalments, which ask for them again when they fall due.
        let replanned = demanded_before - due_before(&lv.schedule);
        if !replanned.is_zero() {
            replanned_notes.push(Msg::new("note-dcb-replanned").arg("loan", Arg::Count(l.number)).arg("amount", Arg::Money(replanned)));
        }
        let in_period: Money = lv.schedule.instalments.iter().filter(|i| i.due_on >= b.from && i.due_on <= b.to).map(|i| i.total).sum::<Money>() - replanned;
        let (p, i) = collected(b, l.id, b.from, b.to);
        let collection = p + i;
        if outstanding_start.is_zero() && l.terms.start < b.from && collection.is_zero() {
            continue;
        }
        let demand = at_start + in_period;
        // A loan settled early owes nothing more: the interest of instalments after settlement is
        // not charged, so what is still due on the last day caps what is overdue.
        let still_due = lv.dues.principal_due + lv.dues.interest_due;
        let overdue = (demand - collection).max(Money::ZERO).min(still_due);
        let figures = [at_start, in_period, demand, collection, lv.outstanding, overdue];
        let sec = by_fund.entry(l.fund).or_insert_with(|| Section::new(Some(Msg::new(format!("fund-{}", l.fund.code()))), &cols));
        sec.rows.push(vec![Cell::Count(l.number), Cell::text(b.member_name(Some(l.member_id)))].into_iter().chain(figures.iter().map(|m| Cell::Money(*m))).collect());
        let ft = fund_totals.entry(l.fund).or_default();
        for k in 0..6 {
            ft[k] += figures[k];
            grand[k] += figures[k];
        }
    }
    let totals_row = |label: &str, f: &[Money; 6]| -> Vec<Cell> {
        vec![Cell::Empty, Cell::msg(label)].into_iter().chain(f.iter().map(|m| Cell::Money(*m))).collect()
    };
    for (fund, mut sec) in by_fund {
        sec.totals = Some(totals_row("row-subtotal", &fund_totals[&fund]));
        r.sections.push(sec);
    }
    let mut all = Section::new(Some(Msg::new("section-all-funds")), &cols);
    for (fund, f) in &fund_totals {
        all.rows.push(vec![Cell::Empty, Cell::msg(format!("fund-{}", fund.code()))].into_iter().chain(f.iter().map(|m| Cell::Money(*m))).collect());
    }
    all.totals = Some(totals_row("row-total", &grand));
    if !grand[2].is_zero() {
        all.notes.push(Msg::new("note-recovery-rate").arg("collection", Arg::Money(grand[3])).arg("demand", Arg::Money(grand[2])).arg("percent", Arg::Text(percent(grand[3], grand[2]).to_string())));
    }
    all.notes.push(Msg::new("note-dcb-definition"));
    all.notes.extend(replanned_notes);
    r.sections.push(all);
    r
}

/// Arrears as of the end of the period: loans with days past due, oldest first, with their
/// guarantors, and the portfolio at risk over 30 and 90 days.
pub fn arrears(b: &Books<'_>, loans: &[LoanView]) -> Report {
    let mut r = Report::new("arrears", org_title("arrears"), b.org, ReportPeriod::AsOf(b.to));
    let mut s = Section::new(
        None,
        &[
            ("col-member", K::Text),
            ("col-loan-no", K::Count),
            ("col-outstanding", K::Money),
            ("col-overdue-principal", K::Money),
            ("col-overdue-interest", K::Money),
            ("col-fine-due", K::Money),
            ("col-days-past-due", K::Count),
            ("col-guarantors", K::Text),
        ],
    );
    let mut late: Vec<&LoanView> = loans.iter().filter(|l| l.dues.days_past_due > 0 && l.status != "cancelled").collect();
    late.sort_by(|a, b| b.dues.days_past_due.cmp(&a.dues.days_past_due).then(a.loan.number.cmp(&b.loan.number)));
    let mut tot = [Money::ZERO; 4];
    for lv in &late {
        let d = &lv.dues;
        for (t, v) in tot.iter_mut().zip([lv.outstanding, d.principal_overdue, d.interest_overdue, d.fine_due]) {
            *t += v;
        }
        s.rows.push(vec![
            Cell::text(b.member_name(Some(lv.loan.member_id))),
            Cell::Count(lv.loan.number),
            Cell::Money(lv.outstanding),
            Cell::Money(d.principal_overdue),
            Cell::Money(d.interest_overdue),
            Cell::Money(d.fine_due),
            Cell::Count(d.days_past_due),
            guarantor_names(b, &lv.loan),
        ]);
    }
    s.totals = Some(vec![Cell::msg("row-total"), Cell::Empty, Cell::Money(tot[0]), Cell::Money(tot[1]), Cell::Money(tot[2]), Cell::Money(tot[3]), Cell::Empty, Cell::Empty]);
    let portfolio: Money = loans.iter().filter(|l| l.status != "cancelled").map(|l| l.outstanding).sum();
    let mut par = Section::new(Some(Msg::new("section-portfolio-at-risk")), &[("col-measure", K::Text), ("col-outstanding", K::Money), ("col-share", K::Percent)]);
    for days in [30i64, 90] {
        let at_risk: Money = late.iter().filter(|l| l.dues.days_past_due > days).map(|l| l.outstanding).sum();
        par.rows.push(vec![Cell::Msg(Msg::new("row-par").arg("days", Arg::Count(days))), Cell::Money(at_risk), Cell::Percent(percent(at_risk, portfolio))]);
        s.notes.push(
            Msg::new("note-par")
                .arg("days", Arg::Count(days))
                .arg("at_risk", Arg::Money(at_risk))
                .arg("portfolio", Arg::Money(portfolio))
                .arg("percent", Arg::Text(percent(at_risk, portfolio).to_string())),
        );
    }
    par.totals = Some(vec![Cell::msg("row-portfolio"), Cell::Money(portfolio), Cell::Empty]);
    r.sections.push(s);
    r.sections.push(par);
    // Fines owed by members who were fined while absent (issue 15): a receivable until paid.
    let mut owed: BTreeMap<i64, Money> = BTreeMap::new();
    for (_, l) in b.lines().filter(|(_, l)| l.account == crate::domain::ledger::code::FINES_RECEIVABLE) {
        if let Some(m) = l.member_id {
            *owed.entry(m).or_default() += l.amount;
        }
    }
    owed.retain(|_, v| v.is_positive());
    if !owed.is_empty() {
        let mut f = Section::new(Some(Msg::new("section-fines-owed")), &[("col-member", K::Text), ("col-fine-due", K::Money)]);
        for (m, v) in &owed {
            f.rows.push(vec![Cell::text(b.member_name(Some(*m))), Cell::Money(*v)]);
        }
        f.totals = Some(vec![Cell::msg("row-total"), Cell::Money(owed.values().copied().sum())]);
        r.sections.push(f);
    }
    r
}

/// One loan's statement: its schedule in force, the repayments received (split as allocated)
/// and what stands due and overdue on the report date.
pub fn loan_statement(b: &Books<'_>, v: &LoanView, paid: &[crate::domain::schedule::Paid]) -> Report {
    let title = Msg::new("report-loan-statement").arg("loan", Arg::Count(v.loan.number)).arg("member", Arg::Text(b.member_name(Some(v.loan.member_id))));
    let mut r = Report::new("loan-statement", title, b.org, ReportPeriod::AsOf(b.to));
    let mut schedule = super::schedule_report(&v.schedule, b.org.currency).sections.remove(0);
    schedule.title = Some(Msg::new("section-loan-schedule"));
    let mut rep = Section::new(
        Some(Msg::new("section-repayments")),
        &[("col-date", K::Date), ("col-principal-repaid", K::Money), ("col-interest-paid", K::Money), ("col-fine-paid", K::Money), ("col-amount", K::Money)],
    );
    for p in paid.iter().filter(|p| p.on <= b.to) {
        rep.rows.push(vec![Cell::Date(p.on), Cell::Money(p.split.principal), Cell::Money(p.split.interest), Cell::Money(p.split.fine), Cell::Money(p.split.total())]);
    }
    rep.totals = Some(vec![
        Cell::msg("row-total"),
        Cell::Money(rep.sum("col-principal-repaid")),
        Cell::Money(rep.sum("col-interest-paid")),
        Cell::Money(rep.sum("col-fine-paid")),
        Cell::Money(rep.sum("col-amount")),
    ]);
    let d = &v.dues;
    let mut arrears = Section::new(Some(Msg::new("section-loan-arrears").arg("date", Arg::Date(d.as_of))), &[("col-item", K::Text), ("col-amount", K::Money)]);
    for (id, m) in [
        ("col-outstanding", v.outstanding),
        ("row-principal-due", d.principal_due),
        ("col-overdue-principal", d.principal_overdue),
        ("row-interest-due", d.interest_due),
        ("col-overdue-interest", d.interest_overdue),
        ("col-fine-due", d.fine_due),
    ] {
        arrears.rows.push(vec![Cell::msg(id), Cell::Money(m)]);
    }
    r.sections.extend([schedule, rep, arrears]);
    r
}

/// Interest income by the fund each loan was given from (issue 15): what each fund's lending
/// earned in the period, from the interest lines of the journal.
pub fn interest_by_fund(b: &Books<'_>, loans: &[LoanView]) -> Report {
    let mut r = Report::new("interest-by-fund", org_title("interest-by-fund"), b.org, b.range());
    let mut s = Section::new(None, &[("col-fund", K::Text), ("col-loans", K::Count), ("col-interest", K::Money)]);
    let mut by_fund: BTreeMap<FundKind, (i64, Money)> = BTreeMap::new();
    for lv in loans {
        let (_, interest) = collected(b, lv.loan.id, b.from, b.to);
        if interest.is_zero() {
            continue;
        }
        let e = by_fund.entry(lv.loan.fund).or_default();
        e.0 += 1;
        e.1 += interest;
    }
    for (fund, (n, interest)) in &by_fund {
        s.rows.push(vec![Cell::msg(format!("fund-{}", fund.code())), Cell::Count(*n), Cell::Money(*interest)]);
    }
    s.totals = Some(vec![Cell::msg("row-total"), Cell::Count(by_fund.values().map(|v| v.0).sum()), Cell::Money(by_fund.values().map(|v| v.1).sum())]);
    r.sections.push(s);
    r
}
