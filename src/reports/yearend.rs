//! Year-end reports computed from the book: bank-linkage eligibility (India) and the net-profit
//! appropriation with the per-member dividend and average-return. Every figure is summed from
//! journal lines (or from loan states derived from them); the rules are `domain::yearend`'s,
//! with parameters passed in (`YearEndParams`, defaults from domain.md).

use super::{account_msg, org_title, Books, Cell, CellKind as K, LoanView, Msg, Report, ReportPeriod, Section};
use crate::domain::ledger::{full_chart, code, AccountType, LineKind};
use crate::domain::money::{Money, Rounding};
use crate::domain::org::{Country, OrgKind};
use crate::domain::yearend::{self as ye, Appropriation, Bucket, CoopNorms, LinkageNorms, MonthBalance, ThaiNorms};
use crate::domain::refusal::Refusal;
use crate::error::Arg;
use crate::store::StoredVoucher;
use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::Decimal;
use std::collections::{BTreeMap, BTreeSet};

/// The parameters of the year-end reports; `Default` is domain.md's figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearEndParams {
    pub linkage: LinkageNorms,
    /// Months of interest the subvention example is computed for.
    pub subvention_months: u32,
    pub coop: CoopNorms,
    /// Treat a co-op as a financing society (bad-debt fund) when it has lent to members in the
    /// book; `Some(x)` overrides.
    pub coop_financing: Option<bool>,
    pub thai: ThaiNorms,
    pub rounding: Rounding,
}

impl Default for YearEndParams {
    fn default() -> Self {
        YearEndParams {
            linkage: LinkageNorms::default(),
            subvention_months: 12,
            coop: CoopNorms::default(),
            coop_financing: None,
            thai: ThaiNorms::default(),
            rounding: Rounding::PAISA_HALF_UP,
        }
    }
}

fn pct_arg(p: Decimal) -> Arg {
    Arg::percent(p)
}

fn error_note(e: &Refusal) -> Msg {
    let mut m = Msg::new(e.code());
    m.args = e.args();
    m
}

/// The credit side of a debit-positive sum, as a positive amount (never "-0.00").
fn credit(debit_positive: Money) -> Money {
    if debit_positive.is_zero() {
        Money::ZERO
    } else {
        -debit_positive
    }
}

/// Credit balance (positive = owed to members / held as a fund) of an account as of `to`.
fn credit_balance(b: &Books<'_>, account: &str) -> Money {
    credit(b.lines().filter(|(_, l)| l.account == account).map(|(_, l)| l.amount).sum::<Money>())
}

/// A voucher that still stands: not reversed and not itself a reversal.
fn stands(v: &StoredVoucher) -> bool {
    v.reversed_by.is_none() && v.reverses_id.is_none()
}

/// Bank-linkage eligibility (India, NRLM/NABARD): the corpus from the ledger, the amount of each
/// dose, the next dose, and the interest subvention on it.
pub fn bank_linkage(b: &Books<'_>, p: &YearEndParams) -> Report {
    let mut r = Report::new("bank-linkage", org_title("bank-linkage"), b.org, ReportPeriod::AsOf(b.to));
    let cols = [("col-item", K::Text), ("col-amount", K::Money)];
    if b.org.country != Country::India {
        let mut s = Section::new(None, &cols);
        s.notes.push(Msg::new("note-linkage-india-only"));
        r.sections.push(s);
        return r;
    }
    let rnd = p.rounding;
    // Corpus = total savings + revolving fund + any grants. The RF balance already holds RF
    // grants; other grants are the grant lines of vouchers that stand (CIF is a loan, not a grant).
    let corpus = ye::Corpus {
        savings: credit_balance(b, code::MEMBER_SAVINGS),
        revolving_fund: credit_balance(b, code::REVOLVING_FUND),
        grants: credit(b
            .lines()
            .filter(|(v, l)| stands(v) && l.kind == LineKind::Grant && matches!(l.account.as_str(), code::GRANT_INCOME | code::WELFARE_FUND | code::VILLAGE_FUND_CAPITAL))
            .map(|(_, l)| l.amount)
            .sum::<Money>()),
    };
    let total = corpus.total();
    let mut c = Section::new(Some(Msg::new("section-corpus")), &cols);
    c.rows.push(vec![account_msg(code::MEMBER_SAVINGS), Cell::Money(corpus.savings)]);
    c.rows.push(vec![account_msg(code::REVOLVING_FUND), Cell::Money(corpus.revolving_fund)]);
    c.rows.push(vec![Cell::msg("row-grants-received"), Cell::Money(corpus.grants)]);
    c.totals = Some(vec![Cell::msg("row-corpus"), Cell::Money(total)]);
    c.notes.push(Msg::new("note-corpus-rule"));
    let months = months_between(b.org.formed_on, b.to);
    c.notes.push(Msg::new("note-linkage-age").arg("formed", Arg::Date(b.org.formed_on)).arg("months", Arg::Count(months)));

    let received = b.vouchers.iter().filter(|v| v.date <= b.to && stands(v) && v.lines.iter().any(|l| l.kind == LineKind::BankLoanReceived && l.account == code::BANK)).count() as u32;
    let next = received + 1;
    let mut d = Section::new(
        Some(Msg::new("section-linkage-doses")),
        &[("col-dose", K::Text), ("col-multiple-of-corpus", K::Money), ("col-minimum", K::Money), ("col-eligible", K::Money)],
    );
    let rows = (p.linkage.doses.len() as u32).max(next);
    for n in 1..=rows {
        let dose = p.linkage.dose(n);
        let multiple = rnd.round(total.decimal() * dose.multiple);
        d.rows.push(vec![
            Cell::Msg(Msg::new(if n == next { "row-dose-next" } else { "row-dose" }).arg("dose", Arg::Count(n as i64))),
            if dose.multiple.is_zero() { Cell::Empty } else { Cell::Money(multiple) },
            Cell::Money(dose.minimum),
            Cell::Money(p.linkage.eligible(total, n, rnd)),
        ]);
    }
    d.notes.push(Msg::new("note-dose-rule"));
    let eligible = p.linkage.eligible(total, next, rnd);
    d.notes.push(Msg::new("note-next-dose").arg("received", Arg::Count(received as i64)).arg("dose", Arg::Count(next as i64)).arg("amount", Arg::Money(eligible)));
    d.notes.push(Msg::new("note-linkage-conditions"));

    let sv = ye::subvention(&p.linkage, eligible, p.subvention_months, rnd);
    let mut s = Section::new(Some(Msg::new("section-subvention")), &cols);
    s.rows.push(vec![Cell::msg("row-subvented-principal"), Cell::Money(sv.covered)]);
    s.rows.push(vec![Cell::Msg(Msg::new("row-interest-charged").arg("rate", pct_arg(p.linkage.subvention_rate))), Cell::Money(sv.charged)]);
    s.rows.push(vec![Cell::Msg(Msg::new("row-prompt-credit").arg("rate", pct_arg(p.linkage.prompt_repayment_rate))), Cell::Money(sv.prompt_credit)]);
    s.totals = Some(vec![Cell::msg("row-net-interest"), Cell::Money(sv.net)]);
    s.notes.push(
        Msg::new("note-subvention-basis")
            .arg("limit", Arg::Money(p.linkage.subvention_limit))
            .arg("months", Arg::Count(p.subvention_months as i64)),
    );
    r.sections.push(c);
    r.sections.push(d);
    r.sections.push(s);
    r
}

/// Whole months from `a` to `b`.
fn months_between(a: NaiveDate, b: NaiveDate) -> i64 {
    if b < a {
        return 0;
    }
    let m = (b.year() - a.year()) as i64 * 12 + b.month() as i64 - a.month() as i64;
    if b.day() < a.day() {
        m - 1
    } else {
        m
    }
}

/// The calendar months overlapping the period, each clamped to it: (first day, last day).
fn months_of(from: NaiveDate, to: NaiveDate) -> Vec<(NaiveDate, NaiveDate)> {
    let mut out = Vec::new();
    let mut start = from.with_day(1).expect("day 1");
    while start <= to {
        let next = start + Months::new(1);
        let last = next.pred_opt().expect("date").min(to);
        out.push((start.max(from), last));
        start = next;
    }
    out
}

/// Net-profit appropriation for the period: the net profit from the journal, its split by the
/// organisation's rule (Bangladesh co-op s.34 or the Thai fund template), and the per-member
/// dividend and average-return where the book holds the data.
pub fn appropriation(b: &Books<'_>, loans: &[LoanView], p: &YearEndParams) -> Report {
    let mut r = Report::new("appropriation", org_title("appropriation"), b.org, b.range());
    let cols = [("col-item", K::Text), ("col-amount", K::Money)];
    let chart = full_chart(b.org.kind);
    let sum_kind = |t: AccountType| -> Money {
        let accounts: BTreeSet<&str> = chart.iter().filter(|a| a.kind == t).map(|a| a.code).collect();
        b.period_lines().filter(|(_, l)| accounts.contains(l.account.as_str()) && l.kind != LineKind::YearClose).map(|(_, l)| l.amount).sum()
    };
    let income = credit(sum_kind(AccountType::Income));
    let expenditure = sum_kind(AccountType::Expense);
    let net = income - expenditure;
    let mut np = Section::new(Some(Msg::new("section-net-profit")), &cols);
    np.rows.push(vec![Cell::msg("row-total-income"), Cell::Money(income)]);
    np.rows.push(vec![Cell::msg("row-total-expenditure"), Cell::Money(expenditure)]);
    np.totals = Some(vec![Cell::msg("row-net-profit"), Cell::Money(net)]);
    np.notes.push(Msg::new("note-net-profit-rule"));
    if let Some(opening) = b.vouchers.iter().map(|v| v.date).min().filter(|d| *d > b.from) {
        np.notes.push(Msg::new("note-books-open-later").arg("date", Arg::Date(opening)));
    }
    let fy = b.org.fiscal_year(b.to);
    if b.from != fy.start() || b.to != fy.end() {
        np.notes.push(Msg::new("note-provisional").arg("start", Arg::Date(fy.start())).arg("end", Arg::Date(fy.end())));
    }
    r.sections.push(np);

    let rnd = p.rounding;
    let thai_like = matches!(b.org.kind, OrgKind::VillageFund | OrgKind::SavingsGroup);
    let coop = b.org.kind == OrgKind::Cooperative && b.org.country == Country::Bangladesh;
    if !thai_like && !coop {
        r.sections[0].notes.push(Msg::new("note-no-appropriation-rule"));
        return r;
    }
    let lent = b.lines().any(|(_, l)| l.account == code::LOANS_TO_MEMBERS && l.kind == LineKind::Disbursement);
    let norms = CoopNorms { financing_society: p.coop_financing.unwrap_or(lent), ..p.coop };
    let result = if coop { ye::coop_appropriation(net, &norms, rnd) } else { ye::template_allocation(net, &p.thai.template, rnd) };
    let a = match result {
        Ok(a) => a,
        Err(e) => {
            r.sections[0].notes.push(error_note(&e));
            return r;
        }
    };
    let mut s = Section::new(Some(Msg::new("section-appropriation")), &[("col-item", K::Text), ("col-share", K::Percent), ("col-amount", K::Money)]);
    for part in &a.parts {
        s.rows.push(vec![Cell::msg(format!("bucket-{}", part.bucket.code())), Cell::Percent(part.percent), Cell::Money(part.amount)]);
    }
    s.totals = Some(vec![Cell::msg("row-net-profit"), Cell::Percent(Decimal::ONE_HUNDRED), Cell::Money(a.total())]);
    if coop {
        s.notes.push(Msg::new("note-s34-order").arg("minimum", pct_arg(norms.reserve_minimum)).arg("cap", pct_arg(norms.dividend_cap)));
        s.notes.push(Msg::new(if norms.financing_society { "note-bad-debt-applied" } else { "note-bad-debt-not-applied" }));
    } else {
        s.notes.push(Msg::new("note-template"));
    }
    s.notes.push(Msg::new("note-appropriation-rounding").arg("unit", Arg::Money(rnd.unit)));
    r.sections.push(s);

    if coop {
        let levy = ye::audit_levy(net, &norms, rnd);
        let mut l = Section::new(Some(Msg::new("section-audit-levy")), &cols);
        l.rows.push(vec![Cell::Msg(Msg::new("row-audit-fee").arg("rate", pct_arg(norms.audit_fee))), Cell::Money(levy.fee)]);
        l.rows.push(vec![Cell::Msg(Msg::new("row-vat-on-audit-fee").arg("rate", pct_arg(norms.vat_on_audit_fee))), Cell::Money(levy.vat)]);
        l.totals = Some(vec![Cell::msg("row-total"), Cell::Money(levy.total())]);
        l.notes.push(Msg::new("note-audit-levy"));
        r.sections.push(l);
        r.sections.push(coop_dividend(b, &a, rnd));
    } else {
        r.sections.push(thai_dividend(b, &a, &p.thai, rnd));
        r.sections.push(thai_average_return(b, loans, &a, &p.thai, rnd));
    }
    r
}

/// Each member's credit balance on a sub-ledger account as of `to`, members in book order.
fn member_balances(b: &Books<'_>, account: &str) -> Vec<(i64, Money)> {
    let mut sums: BTreeMap<i64, Money> = BTreeMap::new();
    for (_, l) in b.lines().filter(|(_, l)| l.account == account) {
        if let Some(id) = l.member_id {
            *sums.entry(id).or_default() += l.amount;
        }
    }
    b.members.iter().filter_map(|m| sums.get(&m.id).map(|s| (m.id, credit(*s)))).collect()
}

fn member_cells(b: &Books<'_>, id: i64) -> [Cell; 2] {
    match b.member(id) {
        Some(m) => [Cell::text(m.admission_no.clone()), Cell::text(m.name.clone())],
        None => [Cell::Empty, Cell::Empty],
    }
}

/// Co-op dividend: the pool ÷ paid-up share capital at the end of the period, × each member's
/// paid-up shares.
fn coop_dividend(b: &Books<'_>, a: &Appropriation, rnd: Rounding) -> Section {
    let pool = a.amount(Bucket::Dividend);
    let mut s = Section::new(
        Some(Msg::new("section-dividend")),
        &[("col-member-no", K::Text), ("col-name", K::Text), ("col-paid-up-shares", K::Money), ("col-dividend", K::Money)],
    );
    let holdings: Vec<(i64, Money)> = member_balances(b, code::SHARE_CAPITAL).into_iter().filter(|(_, m)| m.is_positive()).collect();
    let capital: Money = holdings.iter().map(|(_, m)| *m).sum();
    if !capital.is_positive() {
        let mut s = Section::new(Some(Msg::new("section-dividend")), &[("col-item", K::Text), ("col-amount", K::Money)]);
        s.rows.push(vec![Cell::msg("bucket-dividend"), Cell::Money(pool)]);
        s.rows.push(vec![Cell::msg("row-paid-up-capital"), Cell::Money(capital)]);
        s.notes.push(Msg::new("note-no-share-capital").arg("pool", Arg::Money(pool)));
        return s;
    }
    let rate = ye::dividend_rate(pool, capital);
    let held: Vec<Money> = holdings.iter().map(|(_, h)| *h).collect();
    let shares = ye::shares_at_rate(pool, &held, rate, rnd);
    let paid: Money = shares.amounts.iter().copied().sum();
    for ((id, held), d) in holdings.iter().zip(&shares.amounts) {
        let [no, name] = member_cells(b, *id);
        s.rows.push(vec![no, name, Cell::Money(*held), Cell::Money(*d)]);
    }
    s.totals = Some(vec![Cell::msg("row-total"), Cell::Empty, Cell::Money(capital), Cell::Money(paid)]);
    s.notes.push(Msg::new("note-coop-dividend-rate").arg("pool", Arg::Money(pool)).arg("capital", Arg::Money(capital)).arg("rate", pct_arg(rate)));
    s.notes.push(Msg::new("note-residual").arg("amount", Arg::Money(pool - paid)));
    s
}

/// Thai dividend by month-weighted balances: the members' shares if the book holds share
/// capital, otherwise their สัจจะ savings.
fn thai_dividend(b: &Books<'_>, a: &Appropriation, t: &ThaiNorms, rnd: Rounding) -> Section {
    let pool = a.amount(Bucket::Dividend);
    let account = if b.lines().any(|(_, l)| l.account == code::SHARE_CAPITAL) { code::SHARE_CAPITAL } else { code::MEMBER_SAVINGS };
    let months = months_of(b.from, b.to);
    let mut rows: Vec<(i64, Money, Money)> = Vec::new();
    for m in b.members {
        let ours = |l: &crate::domain::ledger::Line| l.account == account && l.member_id == Some(m.id);
        let brought = credit(b.balance_before(ours));
        let moves: Vec<(NaiveDate, Money)> = b.period_lines().filter(|(_, l)| ours(l)).map(|(v, l)| (v.date, credit(l.amount))).collect();
        let balances = ye::month_balances(brought, &moves, &months, t.month_balance);
        let (sum, avg) = ye::month_weighted(&balances, rnd);
        if !sum.is_zero() {
            rows.push((m.id, sum, avg));
        }
    }
    let weights: Vec<Money> = rows.iter().map(|(_, s, _)| *s).collect();
    let d = ye::distribute(pool, &weights, rnd);
    let total_avg: Money = rows.iter().filter(|(_, s, _)| s.is_positive()).map(|(_, _, a)| *a).sum();
    let mut s = Section::new(
        Some(Msg::new("section-dividend")),
        &[("col-member-no", K::Text), ("col-name", K::Text), ("col-month-weighted", K::Money), ("col-average-balance", K::Money), ("col-dividend", K::Money)],
    );
    for ((id, sum, avg), amt) in rows.iter().zip(&d.amounts) {
        let [no, name] = member_cells(b, *id);
        s.rows.push(vec![no, name, Cell::Money(*sum), Cell::Money(*avg), Cell::Money(*amt)]);
    }
    let total_sum: Money = weights.iter().sum();
    s.totals = Some(vec![Cell::msg("row-total"), Cell::Empty, Cell::Money(total_sum), Cell::Money(total_avg), Cell::Money(pool - d.residual)]);
    s.notes.push(
        Msg::new(if account == code::SHARE_CAPITAL { "note-dividend-base-shares" } else { "note-dividend-base-savings" })
            .arg("months", Arg::Count(months.len() as i64)),
    );
    s.notes.push(Msg::new(match t.month_balance {
        MonthBalance::FirstDay => "note-month-first-day",
        MonthBalance::LastDay => "note-month-last-day",
    }));
    s.notes.push(Msg::new("note-thai-dividend-rate").arg("pool", Arg::Money(pool)).arg("total", Arg::Money(total_avg)).arg("rate", pct_arg(ye::dividend_rate(pool, total_avg))));
    s.notes.push(Msg::new("note-residual").arg("amount", Arg::Money(d.residual)));
    s
}

/// Average-return (เฉลี่ยคืน): the pool ÷ the loan interest collected in the period, × the
/// interest each member paid; defaulters get none (parameter).
fn thai_average_return(b: &Books<'_>, loans: &[LoanView], a: &Appropriation, t: &ThaiNorms, rnd: Rounding) -> Section {
    let pool = a.amount(Bucket::AverageReturn);
    let borrower: BTreeMap<i64, i64> = loans.iter().map(|l| (l.loan.id, l.loan.member_id)).collect();
    let mut interest: BTreeMap<i64, Money> = BTreeMap::new();
    for (_, l) in b.period_lines().filter(|(_, l)| l.account == code::INTEREST_INCOME) {
        if let Some(m) = l.loan_id.and_then(|id| borrower.get(&id)) {
            *interest.entry(*m).or_default() += l.amount;
        }
    }
    // Defaulted: an instalment overdue on the last day, or a late-instalment fine paid in the period.
    let mut defaulted: BTreeSet<i64> = loans.iter().filter(|l| l.dues.days_past_due > 0 && l.status != "cancelled").map(|l| l.loan.member_id).collect();
    defaulted.extend(b.period_lines().filter(|(v, l)| stands(v) && l.kind == LineKind::LoanFine).filter_map(|(_, l)| l.member_id));
    let rows: Vec<(i64, Money, bool)> = b
        .members
        .iter()
        .filter_map(|m| interest.get(&m.id).filter(|i| !i.is_zero()).map(|i| (m.id, credit(*i), !(t.exclude_defaulters && defaulted.contains(&m.id)))))
        .collect();
    let paid: Vec<(Money, bool)> = rows.iter().map(|(_, i, ok)| (*i, *ok)).collect();
    let (rate, d) = ye::average_return(pool, &paid, rnd);
    let in_ledger = credit(b.period_lines().filter(|(_, l)| l.account == code::INTEREST_INCOME).map(|(_, l)| l.amount).sum::<Money>());
    let mut s = Section::new(
        Some(Msg::new("section-average-return")),
        &[("col-member-no", K::Text), ("col-name", K::Text), ("col-interest-paid", K::Money), ("col-eligibility", K::Text), ("col-average-return", K::Money)],
    );
    for ((id, i, ok), amt) in rows.iter().zip(&d.amounts) {
        let [no, name] = member_cells(b, *id);
        s.rows.push(vec![no, name, Cell::Money(*i), Cell::msg(if *ok { "eligibility-eligible" } else { "eligibility-defaulted" }), Cell::Money(*amt)]);
    }
    let total: Money = paid.iter().map(|(i, _)| *i).sum();
    s.totals = Some(vec![Cell::msg("row-total"), Cell::Empty, Cell::Money(total), Cell::Empty, Cell::Money(pool - d.residual)]);
    if in_ledger != total {
        s.notes.push(Msg::new("note-interest-unassigned").arg("ledger", Arg::Money(in_ledger)).arg("members", Arg::Money(total)));
    }
    s.notes.push(Msg::new("note-average-return-rate").arg("pool", Arg::Money(pool)).arg("interest", Arg::Money(total)).arg("rate", pct_arg(rate)));
    if t.exclude_defaulters {
        s.notes.push(Msg::new("note-defaulters").arg("date", Arg::Date(b.to)));
    }
    s.notes.push(Msg::new("note-average-return-kept").arg("amount", Arg::Money(d.residual)));
    s
}
