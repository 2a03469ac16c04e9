//! The welfare club's registers (issue 15): the levy register of each death (who owes, who paid,
//! who has lost eligibility by arrears), what the club owes lending funds until their receipts
//! are recorded, the payout statement step by step, the register of welfare benefits, and the
//! register of annual fees (who paid which year, who still owes).

use super::{org_title, Books, Cell, CellKind as K, Msg, Report, ReportPeriod, Section};
use crate::domain::money::Money;
use crate::domain::ledger::{code, LineKind};
use crate::domain::org::{FiscalYear, Member};
use crate::domain::welfare::{PayoutPlan, WelfareRule};
use crate::error::Arg;
use crate::store::{BenefitRecord, DeathRecord, LevyPaid, PayoutRecord, StoredVoucher};
use chrono::NaiveDate;
use std::collections::HashMap;

/// One death as its levy register reads it.
#[derive(Debug, Clone)]
pub struct DeathView {
    pub death: DeathRecord,
    pub deceased: Member,
    pub rule: WelfareRule,
    pub due: Vec<i64>,
    pub paid: Vec<LevyPaid>,
    pub payout: Option<PayoutRecord>,
    /// Each slip of the payout for a fund kept in another book: when its receipt was recorded.
    pub received: HashMap<String, NaiveDate>,
}

/// The levy register: one section per death (each member who owes the levy, what they paid and
/// when, what they still owe, whether they keep their eligibility), then what the club owes the
/// lending funds of other books. With `only` a member, that member's row of each death.
pub fn levy_register(b: &Books<'_>, deaths: &[DeathView], unpaid: &HashMap<i64, u32>, only: Option<i64>) -> Report {
    let mut r = Report::new("levy-register", org_title("levy-register"), b.org, ReportPeriod::AsOf(b.to));
    let cols = [
        ("col-member-no", K::Text),
        ("col-name", K::Text),
        ("col-levy-due", K::Money),
        ("col-levy-paid", K::Money),
        ("col-paid-on", K::Date),
        ("col-levy-owed", K::Money),
        ("col-welfare-eligible", K::Text),
    ];
    let mut owed = Section::new(Some(Msg::new("section-owed-to-funds")), &[
        ("col-reference", K::Text),
        ("col-fund", K::Text),
        ("col-loan-no", K::Text),
        ("col-amount", K::Money),
        ("col-received-on", K::Date),
    ]);
    for v in deaths.iter().filter(|v| v.death.died_on <= b.to) {
        let title = Msg::new("section-levy-death")
            .arg("member", Arg::Text(format!("{} {}", v.deceased.admission_no, v.deceased.name)))
            .arg("date", Arg::Date(v.death.died_on))
            .arg("levy", Arg::Money(v.death.levy));
        let mut s = Section::new(Some(title), &cols);
        let paid: HashMap<i64, &LevyPaid> = v.paid.iter().filter(|p| p.paid_on <= b.to).map(|p| (p.member_id, p)).collect();
        let (mut due_t, mut paid_t, mut owed_t) = (Money::ZERO, Money::ZERO, Money::ZERO);
        let mut payers = 0i64;
        for id in v.due.iter().filter(|id| only.is_none_or(|o| o == **id)) {
            let Some(m) = b.member(*id) else { continue };
            let p = paid.get(id);
            let amount = p.map(|p| p.amount).unwrap_or(Money::ZERO);
            let left = (v.death.levy - amount).max(Money::ZERO);
            due_t += v.death.levy;
            paid_t += amount;
            owed_t += left;
            payers += i64::from(p.is_some());
            let eligible = v.rule.eligible(unpaid.get(id).copied().unwrap_or(0));
            s.rows.push(vec![
                Cell::text(m.admission_no.clone()),
                Cell::text(m.name.clone()),
                Cell::Money(v.death.levy),
                Cell::money_or_empty(amount),
                p.map(|p| Cell::Date(p.paid_on)).unwrap_or(Cell::Empty),
                Cell::money_or_empty(left),
                Cell::msg(if eligible { "welfare-eligible-yes" } else { "welfare-eligible-no" }),
            ]);
        }
        s.totals = Some(vec![Cell::msg("row-total"), Cell::Empty, Cell::Money(due_t), Cell::Money(paid_t), Cell::Empty, Cell::Money(owed_t), Cell::Empty]);
        s.notes.push(Msg::new("note-levy-collected").arg("paid", Arg::Count(payers)).arg("owing", Arg::Count(s.rows.len() as i64)).arg("amount", Arg::Money(paid_t)));
        if let Some(p) = v.payout.as_ref().filter(|p| p.paid_on <= b.to) {
            s.notes.push(Msg::new("note-levy-paid-out").arg("date", Arg::Date(p.paid_on)).arg("amount", Arg::Money(p.collected)));
            for st in p.settlements.iter().filter(|s| s.fund_org_id.is_none()) {
                let received = v.received.get(&st.slip_ref).copied().filter(|d| *d <= b.to);
                owed.rows.push(vec![
                    Cell::text(st.slip_ref.clone()),
                    Cell::text(st.fund_name.clone()),
                    Cell::text(st.loan_ref.clone()),
                    Cell::Money(st.principal + st.interest),
                    received.map(Cell::Date).unwrap_or(Cell::Empty),
                ]);
            }
        }
        r.sections.push(s);
    }
    if !owed.rows.is_empty() {
        let i = owed.col("col-received-on");
        let still: Money = owed.rows.iter().filter(|row| row[i] == Cell::Empty).filter_map(|row| row[3].as_money()).sum();
        owed.totals = Some(vec![Cell::msg("row-still-owed"), Cell::Empty, Cell::Empty, Cell::Money(still), Cell::Empty]);
        r.sections.push(owed);
    }
    r
}

/// One annual welfare fee received, as the book holds it.
#[derive(Debug, Clone, PartialEq)]
pub struct FeePaid {
    pub member_id: i64,
    pub paid_on: NaiveDate,
    pub amount: Money,
}

/// The annual welfare fees received in `vouchers`: each member's cash line of kind `WelfareFee`
/// in a voucher that stands (neither reversed nor itself a reversal).
pub fn annual_fees_paid(vouchers: &[StoredVoucher]) -> Vec<FeePaid> {
    vouchers
        .iter()
        .filter(|v| v.reversed_by.is_none() && v.reverses_id.is_none())
        .flat_map(|v| v.lines.iter().map(move |l| (v, l)))
        .filter(|(_, l)| l.kind == LineKind::WelfareFee && l.account == code::CASH)
        .filter_map(|(v, l)| l.member_id.map(|m| FeePaid { member_id: m, paid_on: v.date, amount: l.amount }))
        .collect()
}

/// The register of annual welfare fees (the annual-fee model, domain.md §4.7): a section per
/// fiscal year of the period in which the rules set a fee, a row per member enrolled on its last
/// day (or the report's date) or who paid in it, with the fee due, what she paid and when, and
/// what she still owes. With
/// `only` a member, that member's row of each year.
pub fn welfare_fees(b: &Books<'_>, rules: &[WelfareRule], only: Option<i64>) -> Report {
    let mut r = Report::new("welfare-fees", org_title("welfare-fees"), b.org, b.range());
    let fees: Vec<FeePaid> = annual_fees_paid(b.vouchers).into_iter().filter(|f| f.paid_on <= b.to).collect();
    let cols = [
        ("col-member-no", K::Text),
        ("col-name", K::Text),
        ("col-fee-due", K::Money),
        ("col-levy-paid", K::Money),
        ("col-paid-on", K::Date),
        ("col-levy-owed", K::Money),
    ];
    let mut year = b.org.fiscal_year(b.from);
    let last = b.org.fiscal_year(b.to);
    while year <= last {
        let until = year.end().min(b.to);
        if let Some(rule) = crate::domain::welfare::rule_on(rules, until).filter(|x| x.annual_fee.is_positive()) {
            r.sections.push(fee_year(b, year, until, rule.annual_fee, &fees, only, &cols));
        }
        match year.end().succ_opt() {
            Some(next) => year = b.org.fiscal_year(next),
            None => break,
        }
    }
    r
}

/// One fiscal year of the fee register.
fn fee_year(b: &Books<'_>, year: FiscalYear, until: NaiveDate, fee: Money, fees: &[FeePaid], only: Option<i64>, cols: &[(&'static str, K)]) -> Section {
    let title = Msg::new("section-fee-year").arg("year", Arg::Year(year)).arg("fee", Arg::Money(fee));
    let mut s = Section::new(Some(title), cols);
    let (mut due_t, mut paid_t, mut owed_t) = (Money::ZERO, Money::ZERO, Money::ZERO);
    let mut payers = 0i64;
    let in_year = |f: &&FeePaid| f.paid_on >= year.start() && f.paid_on <= until;
    // A member owes the year's fee while enrolled on its last day (or the report's date); one
    // who left or died before it owes nothing, but what she paid that year is still listed.
    let enrolled = b.members.iter().filter(|m| m.is_active_on(until) || fees.iter().filter(in_year).any(|f| f.member_id == m.id));
    for m in enrolled.filter(|m| only.is_none_or(|o| o == m.id)) {
        let mine: Vec<&FeePaid> = fees.iter().filter(in_year).filter(|f| f.member_id == m.id).collect();
        let paid: Money = mine.iter().map(|f| f.amount).sum();
        let left = (fee - paid).max(Money::ZERO);
        due_t += fee;
        paid_t += paid;
        owed_t += left;
        payers += i64::from(!mine.is_empty());
        s.rows.push(vec![
            Cell::text(m.admission_no.clone()),
            Cell::text(m.name.clone()),
            Cell::Money(fee),
            Cell::money_or_empty(paid),
            mine.iter().map(|f| f.paid_on).min().map(Cell::Date).unwrap_or(Cell::Empty),
            Cell::money_or_empty(left),
        ]);
    }
    s.totals = Some(vec![Cell::msg("row-total"), Cell::Empty, Cell::Money(due_t), Cell::Money(paid_t), Cell::Empty, Cell::Money(owed_t)]);
    s.notes.push(Msg::new("note-fees-collected").arg("paid", Arg::Count(payers)).arg("members", Arg::Count(s.rows.len() as i64)).arg("amount", Arg::Money(paid_t)));
    s
}

/// The register of welfare benefits paid in the period, by date, with totals by kind.
pub fn welfare_benefits(b: &Books<'_>, benefits: &[BenefitRecord]) -> Report {
    let mut r = Report::new("welfare-benefits", org_title("welfare-benefits"), b.org, b.range());
    let mut s = Section::new(None, &[("col-date", K::Date), ("col-member-no", K::Text), ("col-name", K::Text), ("col-benefit-kind", K::Text), ("col-amount", K::Money)]);
    let mut by_kind: Vec<(&'static str, i64, Money)> = Vec::new();
    for x in benefits.iter().filter(|x| x.paid_on >= b.from && x.paid_on <= b.to) {
        let (no, name) = b.member(x.member_id).map(|m| (m.admission_no.clone(), m.name.clone())).unwrap_or_default();
        s.rows.push(vec![Cell::Date(x.paid_on), Cell::text(no), Cell::text(name), Cell::msg(format!("benefit-{}", x.kind.code())), Cell::Money(x.amount)]);
        match by_kind.iter_mut().find(|k| k.0 == x.kind.code()) {
            Some(k) => {
                k.1 += 1;
                k.2 += x.amount;
            }
            None => by_kind.push((x.kind.code(), 1, x.amount)),
        }
    }
    s.totals = Some(vec![Cell::msg("row-total"), Cell::Empty, Cell::Empty, Cell::Empty, Cell::Money(s.sum("col-amount"))]);
    r.sections.push(s);
    let mut k = Section::new(Some(Msg::new("section-benefits-by-kind")), &[("col-benefit-kind", K::Text), ("col-entries", K::Count), ("col-amount", K::Money)]);
    for (kind, n, m) in by_kind {
        k.rows.push(vec![Cell::msg(format!("benefit-{kind}")), Cell::Count(n), Cell::Money(m)]);
    }
    r.sections.push(k);
    r
}

/// One loan on the payout statement: the guarantors the settlement releases.
#[derive(Debug, Clone)]
pub struct StatementLoan {
    pub guarantors: Vec<String>,
    /// The fund's voucher (same book) or the slip (another book).
    pub reference: String,
}

/// The payout statement of a death: every step from the levy collected to what the nominee
/// receives, the amount in words (given in the club's language), and the lines to sign.
#[allow(clippy::too_many_arguments)]
pub fn payout_statement(b: &Books<'_>, deceased: &Member, death: &DeathRecord, payers: i64, plan: &PayoutPlan, paid_on: NaiveDate, loans: &[StatementLoan], words: &str) -> Report {
    let mut r = Report::new("payout-statement", org_title("payout-statement"), b.org, ReportPeriod::AsOf(paid_on));
    let mut head = Section::new(None, &[("col-item", K::Text), ("col-text", K::Text)]);
    head.rows.push(vec![Cell::msg("row-deceased"), Cell::text(format!("{} {}", deceased.admission_no, deceased.name))]);
    head.rows.push(vec![Cell::msg("row-died-on"), Cell::Date(death.died_on)]);
    head.rows.push(vec![Cell::msg("row-nominee"), Cell::text(death.nominee.clone())]);
    head.rows.push(vec![Cell::msg("row-paid-on"), Cell::Date(paid_on)]);
    r.sections.push(head);
    let mut s = Section::new(Some(Msg::new("section-payout-steps")), &[("col-item", K::Text), ("col-amount", K::Money)]);
    s.rows.push(vec![Cell::Msg(Msg::new("row-levy-collected").arg("count", Arg::Count(payers)).arg("levy", Arg::Money(death.levy))), Cell::Money(plan.collected)]);
    s.rows.push(vec![Cell::Msg(Msg::new("row-admin-share").arg("rate", Arg::percent(plan.admin_share))), Cell::Money(-plan.admin)]);
    s.rows.push(vec![Cell::msg("row-benefit"), Cell::Money(plan.benefit)]);
    for (k, st) in plan.settled.iter().enumerate() {
        let reference = loans.get(k).map(|l| l.reference.clone()).unwrap_or_default();
        let m = |id: &str| Msg::new(id.to_string()).arg("fund", Arg::Text(st.debt.fund.clone())).arg("loan", Arg::Text(st.debt.loan.clone())).arg("reference", Arg::Text(reference.clone()));
        s.rows.push(vec![Cell::Msg(m("row-settled-interest")), Cell::Money(-st.interest)]);
        s.rows.push(vec![Cell::Msg(m("row-settled-principal")), Cell::Money(-st.principal)]);
        if st.left().is_positive() {
            s.notes.push(m("note-debt-left").arg("amount", Arg::Money(st.left())));
        }
        let g = loans.get(k).map(|l| l.guarantors.join(", ")).unwrap_or_default();
        s.notes.push(m("note-guarantors-released").arg("guarantors", Arg::Text(if g.is_empty() { "-".into() } else { g })));
    }
    s.totals = Some(vec![Cell::msg("row-to-family"), Cell::Money(plan.to_family)]);
    s.notes.push(Msg::new("note-amount-in-words").arg("words", Arg::Text(words.to_string())));
    r.sections.push(s);
    let mut sig = Section::new(Some(Msg::new("section-signatures")), &[("col-item", K::Text), ("col-signature", K::Text), ("col-date", K::Text)]);
    for id in ["sign-treasurer", "sign-president", "sign-nominee", "sign-witness"] {
        sig.rows.push(vec![Cell::msg(id), Cell::text("______________________"), Cell::text("__________")]);
    }
    r.sections.push(sig);
    r
}

/// What a settlement slip says, for its printed copy.
#[derive(Debug, Clone)]
pub struct SlipView {
    pub slip: String,
    pub club: String,
    pub deceased: String,
    pub died_on: NaiveDate,
    pub paid_on: NaiveDate,
    pub fund: String,
    pub loan: String,
    pub principal: Money,
    pub interest: Money,
    pub club_voucher: String,
    pub fingerprint: String,
}

/// The printed settlement slip: what the club pays the lending fund for the deceased's loan,
/// the amount in words (in the club's language), the key fingerprint the fund compares with the
/// signed file, and the lines to sign.
pub fn settlement_slip(b: &Books<'_>, s: &SlipView, words: &str) -> Report {
    let mut r = Report::new("settlement-slip", org_title("settlement-slip"), b.org, ReportPeriod::AsOf(s.paid_on));
    let mut sec = Section::new(None, &[("col-item", K::Text), ("col-text", K::Text)]);
    for (id, v) in [("row-slip-ref", &s.slip), ("row-club", &s.club), ("row-deceased", &s.deceased), ("row-fund", &s.fund), ("row-loan", &s.loan), ("row-club-voucher", &s.club_voucher)] {
        sec.rows.push(vec![Cell::msg(id), Cell::text(v.clone())]);
    }
    sec.rows.push(vec![Cell::msg("row-died-on"), Cell::Date(s.died_on)]);
    sec.rows.push(vec![Cell::msg("row-paid-on"), Cell::Date(s.paid_on)]);
    sec.rows.push(vec![Cell::msg("row-fingerprint"), Cell::Code(s.fingerprint.clone())]);
    r.sections.push(sec);
    let mut m = Section::new(None, &[("col-item", K::Text), ("col-amount", K::Money)]);
    m.rows.push(vec![Cell::msg("col-principal"), Cell::Money(s.principal)]);
    m.rows.push(vec![Cell::msg("col-interest"), Cell::Money(s.interest)]);
    m.totals = Some(vec![Cell::msg("row-total"), Cell::Money(s.principal + s.interest)]);
    m.notes.push(Msg::new("note-amount-in-words").arg("words", Arg::Text(words.to_string())));
    m.notes.push(Msg::new("note-slip-record"));
    r.sections.push(m);
    let mut sig = Section::new(Some(Msg::new("section-signatures")), &[("col-item", K::Text), ("col-signature", K::Text), ("col-date", K::Text)]);
    for id in ["sign-treasurer", "sign-president", "sign-fund"] {
        sig.rows.push(vec![Cell::msg(id), Cell::text("______________________"), Cell::text("__________")]);
    }
    r.sections.push(sig);
    r
}
