//! The year of a community fund (issue 14): the price of a share, the preview of a year's
//! close (statements, appropriation by kind, each member's dividend explained), the close that
//! posts it, and the reopening that reverses it. Each save is one transaction; the arithmetic is
//! `domain::yearend`'s and the lines are `domain::posting`'s.

use crate::store::error::StoreError;
use crate::domain::refusal::Refusal;
use super::input::{amount, date, nonblank, rate, Ctx};
use super::{head_code, label, org_of, policy_on};
use crate::domain::ledger::{code, full_chart, year_end_accounts, AccountType, LineKind};
use crate::domain::money::{Money, Rounding, RoundingMode};
use crate::domain::org::{Country, FiscalYear, OrgKind, Organisation};
use crate::domain::posting::{self, ClosingBalance, MemberCredit};
use crate::domain::yearend::{self as ye, AllocationTemplate, Appropriation, Bucket, CoopNorms, DividendRule, MemberDividend, MonthBalance, RoundAt, Scheme, Weighting};
use crate::error::{Arg, Error, Result};
use crate::reports::{Cell, CellKind as K, Msg, Report, ReportPeriod, Section};
use crate::store::{Book, NewAct, Store, StoredVoucher, VoucherMeta};
use chrono::{Months, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::str::FromStr;

mod audit;
mod screen;
pub use audit::{year_audit, YearAuditInput, YearAudited};
pub use screen::{dividend_slip, member_locale, year_slip_view, year_view, SlipRow, YearRow, YearSlipInput, YearView};

/// `samuh year share-price`: the price of one share from a date.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct SharePriceInput {
    pub org: String,
    /// From this date (any digits).
    pub from: String,
    pub price: String,
    #[serde(default)]
    pub client_id: Option<String>,
}

/// What a year's preview and close are asked for. Everything but the organisation and the year
/// has a default by kind and country (see `docs/yearend.md`).
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct YearInput {
    pub org: String,
    /// The fiscal year by the calendar year it starts in ("2025"), or its label ("2025-26").
    pub year: String,
    /// The dividend rate in % a year as the general meeting resolved; left out: the rate the
    /// dividend pool pays (cut to two decimals). A Thai co-operative must give it.
    #[serde(default)]
    pub rate: Option<String>,
    /// Where members' dividends go: "savings" (default) or "payable" (paid in cash later).
    #[serde(default)]
    pub credit_to: Option<String>,
    /// whole-year, months-held or average-balance.
    #[serde(default)]
    pub weighting: Option<String>,
    /// each-month or total.
    #[serde(default)]
    pub round_at: Option<String>,
    /// truncate, half-up or half-even.
    #[serde(default)]
    pub rounding_mode: Option<String>,
    /// The rounding unit: the minor unit (0.01) or a whole unit (1).
    #[serde(default)]
    pub rounding_unit: Option<String>,
    /// A village fund's or savings group's template, "reserve=20,dividend=40,average-return=15,
    /// welfare=10,committee=10,public-benefit=5"; must total 100.
    #[serde(default)]
    pub template: Option<String>,
    /// The by-laws leave out of the average-return the members who defaulted in the year (a
    /// loan overdue at the year's end): their part stays in the fund. Default: no.
    #[serde(default)]
    pub exclude_defaulters: Option<bool>,
    /// Month-weighting: a share (or saving) bought in a month counts from the next month
    /// ("next-month", the default: the holding on each month's first day) or from its own month
    /// ("own-month": the holding on each month's last day), as the by-laws say.
    #[serde(default)]
    pub counts_from: Option<String>,
    /// A Thai co-operative's fee to the League of Co-operatives, in % of the net profit (at most
    /// 5, the Act's limit); left out: 1.
    #[serde(default)]
    pub league_fee: Option<String>,
    /// The League's ceiling on its fee (any digits); left out: ฿30,000.
    #[serde(default)]
    pub league_fee_cap: Option<String>,
    #[serde(default)]
    pub client_id: Option<String>,
}

/// `samuh year reopen`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct YearReopenInput {
    pub org: String,
    pub year: String,
    pub reason: String,
    #[serde(default)]
    pub client_id: Option<String>,
}

/// A year closed or reopened: the vouchers posted ("2025/0031"), and the book code after.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct YearDone {
    pub org: String,
    pub year: String,
    pub vouchers: Vec<String>,
    /// The same, joined, as the reader reads them (`for_reader`; empty until then).
    #[serde(default)]
    pub vouchers_display: String,
    pub book_code: String,
    #[serde(default)]
    pub already_recorded: bool,
}

impl super::ForReader for YearDone {
    fn for_reader(mut self, l: &crate::i18n::Localizer) -> Self {
        self.vouchers_display = l.digits_list(&self.vouchers);
        self
    }
}

impl super::ForReader for YearPaid {
    fn for_reader(mut self, l: &crate::i18n::Localizer) -> Self {
        self.voucher_display = l.digits_of(&self.voucher);
        self
    }
}

/// One member's dividend in the plan.
struct DividendLine {
    member_id: i64,
    label: String,
    dividend: MemberDividend,
}

/// Everything a close would post, computed from the book without writing.
struct Plan {
    fy: FiscalYear,
    balances: Vec<ClosingBalance>,
    income: Money,
    expenditure: Money,
    net: Money,
    appropriation: Option<Appropriation>,
    holding_account: &'static str,
    rate: Decimal,
    rule: DividendRule,
    dividends: Vec<DividendLine>,
    dividend_pool: Money,
    returns: Vec<(i64, String, Money, Money)>,
    return_pool: Money,
    credit_account: &'static str,
    /// Credited to shares: the price a dividend buys whole shares at (the year's last day's).
    share_price: Option<Money>,
    scheme: Scheme,
    /// Members who have left by the day of the close: they hold no savings or shares to add to,
    /// so what the year owes them is kept as payable, to be paid in cash.
    departed: std::collections::BTreeSet<i64>,
    /// The year's audit as signed off (the preview names it; none: not yet audited).
    audit: Option<crate::reports::AuditSignOff>,
    /// A Bangladesh co-operative's audit fee and the VAT on it (their rates are the scheme's),
    /// kept as payable to the Co-operative Department and charged to the accumulated surplus:
    /// domain.md §4.4 keeps them outside the s.34 split of the whole net profit.
    levy: Option<ye::AuditLevy>,
}

impl Plan {
    fn dividends_paid(&self) -> Money {
        self.dividends.iter().map(|d| d.dividend.amount).sum()
    }
    fn returns_paid(&self) -> Money {
        self.returns.iter().map(|r| r.3).sum()
    }
    /// The funds the appropriation credits, by account (members' parts excluded).
    fn funds(&self) -> Vec<(&'static str, Money)> {
        let mut out: Vec<(&'static str, Money)> = Vec::new();
        let Some(a) = &self.appropriation else { return out };
        for p in &a.parts {
            let account = match p.bucket {
                Bucket::Reserve | Bucket::UndistributedToReserve => code::RESERVE_FUND,
                Bucket::BadDebtFund => code::BAD_DEBT_FUND,
                Bucket::CoopDevelopmentFund => code::CDF_PAYABLE,
                Bucket::BylawFunds => code::BYLAW_FUNDS,
                Bucket::Welfare => code::WELFARE_FUND,
                Bucket::Committee => code::COMMITTEE_FUND,
                Bucket::PublicBenefit => code::PUBLIC_BENEFIT_FUND,
                Bucket::LeagueFee => code::LEAGUE_FEE_PAYABLE,
                Bucket::Education => code::EDUCATION_FUND,
                Bucket::Dividend | Bucket::AverageReturn => continue,
            };
            match out.iter_mut().find(|(a, _)| *a == account) {
                Some(x) => x.1 += p.amount,
                None => out.push((account, p.amount)),
            }
        }
        if let Some(levy) = &self.levy {
            out.push((code::AUDIT_FEE_PAYABLE, levy.total()));
        }
        out.retain(|(_, m)| m.is_positive());
        out
    }
    fn credits(&self) -> Vec<MemberCredit> {
        let mut by_member: BTreeMap<i64, Money> = BTreeMap::new();
        for d in &self.dividends {
            *by_member.entry(d.member_id).or_default() += d.dividend.amount;
        }
        for r in &self.returns {
            *by_member.entry(r.0).or_default() += r.3;
        }
        let mut out = Vec::new();
        for (member_id, amount) in by_member.into_iter().filter(|(_, m)| m.is_positive()) {
            if self.departed.contains(&member_id) {
                out.push(MemberCredit { member_id, account: code::DIVIDEND_PAYABLE, amount });
                continue;
            }
            match self.share_price {
                // Whole shares to share capital; less than one share left over to savings.
                Some(price) => {
                    let (_, cost, rest) = ye::dividend_to_shares(amount, price);
                    for (account, amount) in [(code::SHARE_CAPITAL, cost), (code::MEMBER_SAVINGS, rest)] {
                        if amount.is_positive() {
                            out.push(MemberCredit { member_id, account, amount });
                        }
                    }
                }
                None => out.push(MemberCredit { member_id, account: self.credit_account, amount }),
            }
        }
        out
    }
}

/// The fiscal year named by `s`: its start year ("2025") or its label ("2025-26").
/// A fiscal year as typed, in any digits: the calendar year it starts in ("2025"), its label
/// ("2025-26", or "2025-2026"), or a Buddhist Era year as a Thai treasurer writes it ("2568" is
/// 2025: a year from 2400 is taken as B.E., 543 years ahead). A label whose second year does not
/// follow its first ("2025-27") is refused, never read as the first alone.
pub(crate) fn fiscal_year(org: &Organisation, s: &str) -> Result<FiscalYear> {
    let bad = || Error::FiscalYearInvalid { input: s.trim().to_string() };
    let t = crate::i18n::checked_digits(s.trim(), "year").map_err(|_| bad())?;
    let number = |p: &str| if !p.is_empty() && p.len() <= 4 && p.bytes().all(|c| c.is_ascii_digit()) { p.parse::<i32>().ok() } else { None };
    let be = |y: i32| if (2400..=2999).contains(&y) { y - 543 } else { y };
    let (head, tail) = match t.split_once('-') {
        Some((h, tl)) => (h, Some(tl)),
        None => (t.as_str(), None),
    };
    let start = be(number(head).ok_or_else(bad)?);
    if !(1900..=2399).contains(&start) {
        return Err(bad());
    }
    if let Some(tail) = tail {
        let next = number(tail).ok_or_else(bad)?;
        let follows = match tail.len() {
            2 => next == (start + 1) % 100,
            4 => be(next) == start + 1,
            _ => false,
        };
        if !follows {
            return Err(bad());
        }
    }
    Ok(FiscalYear { start_year: start, start_month: org.fiscal_start_month, start_day: org.fiscal_start_day })
}

/// A year this book can close or audit: one that ended after the organisation was formed, with
/// entries in this book by its end (years kept on paper before the book began are closed on
/// paper), and no later year closed above it.
fn kept_in_book(b: &Book<'_>, org: &Organisation, fy: FiscalYear) -> Result<()> {
    if fy.end() < org.formed_on {
        return Err(Error::YearBeforeFormed { year: fy.label(), formed: org.formed_on });
    }
    if b.first_entry_date(org.id)?.is_none_or(|first| first > fy.end()) {
        return Err(Error::YearWithoutEntries { year: fy.label() });
    }
    if let Some(later) = b.year_closes(org.id)?.iter().filter(|c| c.fiscal_year > fy.start_year && c.reopened_by.is_none()).map(|c| c.fiscal_year).min() {
        return Err(Error::CloseUnderLaterYear { year: fy.label(), later: FiscalYear { start_year: later, ..fy }.label() });
    }
    Ok(())
}

/// The ceiling the League of Co-operatives of Thailand sets on its fee, in baht.
const LEAGUE_FEE_CEILING: i64 = 30_000;

/// The appropriation rule of a kind of organisation in its country.
fn scheme_of(org: &Organisation, i: &YearInput, financing: bool) -> Result<Scheme> {
    // A setting of another kind's rule is refused, never silently left unused: a template for a
    // co-operative whose appropriation the Act fixes, the League's fee outside a Thai co-op.
    let thai_coop = (org.kind, org.country) == (OrgKind::Cooperative, Country::Thailand);
    let templated = matches!(org.kind, OrgKind::VillageFund | OrgKind::SavingsGroup);
    for (option, given, applies) in [("template", &i.template, templated), ("league-fee", &i.league_fee, thai_coop), ("league-fee-cap", &i.league_fee_cap, thai_coop)] {
        if nonblank(given).is_some() && !applies {
            return Err(Error::OptionNotForKind { option: option.into(), org: org.code.clone() });
        }
    }
    Ok(match (org.kind, org.country) {
        (OrgKind::Cooperative, Country::Bangladesh) => Scheme::Coop(CoopNorms { financing_society: financing, ..CoopNorms::default() }),
        (OrgKind::Cooperative, Country::Thailand) => {
            // The League's fee: the co-operative's by-law within the Act's 5 %; by default the
            // League's own rate, 1 % of the net profit and at most ฿30,000 (docs/yearend.md).
            let league = match nonblank(&i.league_fee) {
                Some(t) => rate("league-fee", &t)?,
                None => Decimal::ONE,
            };
            let league_cap = match nonblank(&i.league_fee_cap) {
                Some(t) => amount("league-fee-cap", &t, org.currency)?,
                None => Money::units(LEAGUE_FEE_CEILING),
            };
            Scheme::ThaiCoop { reserve: Decimal::from(10), cap: Decimal::from(10), league, league_cap: Some(league_cap) }
        }
        (OrgKind::VillageFund | OrgKind::SavingsGroup, _) => Scheme::Template(match nonblank(&i.template) {
            Some(t) => template(&t)?,
            None => AllocationTemplate::default(),
        }),
        _ => Scheme::SurplusStays,
    })
}

/// A template typed as "reserve=20,dividend=40,…".
fn template(s: &str) -> Result<AllocationTemplate> {
    let mut parts = Vec::new();
    for item in s.split(',').map(str::trim).filter(|x| !x.is_empty()) {
        let (name, pct) = item.split_once('=').ok_or_else(|| Error::InvalidChoice { field: "template".into(), value: item.to_string() })?;
        let bucket = Bucket::from_code(name).filter(|b| !matches!(b, Bucket::UndistributedToReserve | Bucket::CoopDevelopmentFund | Bucket::BadDebtFund | Bucket::BylawFunds));
        let bucket = bucket.ok_or_else(|| Error::InvalidChoice { field: "template".into(), value: name.trim().to_string() })?;
        parts.push((bucket, rate("template", pct)?));
    }
    Ok(AllocationTemplate { parts })
}

/// The by-law's dividend rule: the Bank of Thailand's method in Thailand; elsewhere the whole
/// year's holding, rounded on the total to the minor unit by the by-laws' rounding mode. Each
/// part may be overridden as the general meeting resolved.
fn rule_of(b: &Book<'_>, org: &Organisation, i: &YearInput, year_end: NaiveDate) -> Result<DividendRule> {
    let mut rule = if org.country == Country::Thailand {
        DividendRule::bank_of_thailand()
    } else {
        let mode = policy_on(b, org, year_end).map(|p| p.rounding.mode).unwrap_or(RoundingMode::HalfUp);
        DividendRule { weighting: Weighting::WholeYear, round_at: RoundAt::Total, rounding: Rounding::new(Money::from_minor(1), mode) }
    };
    if let Some(w) = nonblank(&i.weighting) {
        rule.weighting = super::input::choice("weighting", &w, Weighting::from_code)?;
    }
    if let Some(r) = nonblank(&i.round_at) {
        rule.round_at = super::input::choice("round-at", &r, RoundAt::from_code)?;
    }
    if let Some(m) = nonblank(&i.rounding_mode) {
        rule.rounding.mode = super::input::choice("rounding-mode", &m, RoundingMode::from_code)?;
    }
    if let Some(u) = nonblank(&i.rounding_unit) {
        let unit = amount("rounding-unit", &u, org.currency)?;
        if unit != Money::from_minor(1) && unit != Money::units(1) {
            return Err(Error::InvalidChoice { field: "rounding-unit".into(), value: u });
        }
        rule.rounding.unit = unit;
    }
    Ok(rule)
}

/// The twelve (or fewer) months of a fiscal year as (first day, last day).
fn months_of(fy: FiscalYear) -> Vec<(NaiveDate, NaiveDate)> {
    let mut out = Vec::new();
    let mut first = fy.start();
    while first <= fy.end() {
        let next = first.checked_add_months(Months::new(1)).unwrap_or(fy.end());
        let last = next.pred_opt().unwrap_or(next).min(fy.end());
        out.push((first, last));
        if next <= first {
            break;
        }
        first = next;
    }
    out
}

/// A voucher's lines that the close of `fy` counts: everything but the lines of this year's own
/// close (and of its reversal). An earlier year's close counts: a dividend it added to savings
/// or shares is held in this year.
fn counted(v: &StoredVoucher, fy: FiscalYear) -> impl Iterator<Item = &crate::domain::ledger::Line> {
    let earlier = v.date < fy.start();
    v.lines.iter().filter(move |l| earlier || !matches!(l.kind, LineKind::YearClose | LineKind::Appropriation | LineKind::Dividend))
}

fn plan(b: &Book<'_>, ctx: &Ctx, org: &Organisation, i: &YearInput) -> Result<Plan> {
    let fy = fiscal_year(org, &i.year)?;
    if ctx.today <= fy.end() {
        return Err(Error::YearNotEnded { year: fy.label(), end: fy.end() });
    }
    if b.year_is_closed(org.id, fy.start_year)? {
        return Err(Error::YearAlreadyClosed { year: fy.label() });
    }
    let mut p = compute(b, org, i, fy)?;
    kept_in_book(b, org, fy)?;
    p.departed = b.members(org.id)?.into_iter().filter(|m| m.exited_on.is_some_and(|d| d <= ctx.today)).map(|m| m.id).collect();
    p.audit = audit::signoff(b, org, fy)?;
    Ok(p)
}

/// The plan of a year's close from the book, leaving out the lines of any close: so a closed
/// year's plan is worked again exactly as it was at its close (the slips read it back).
fn compute(b: &Book<'_>, org: &Organisation, i: &YearInput, fy: FiscalYear) -> Result<Plan> {
    let all = b.vouchers(org.id, None, Some(fy.end()))?;
    let chart = full_chart(org.kind);
    let type_of = |acct: &str| chart.iter().find(|a| a.code == acct).map(|a| a.kind);

    // Every income and expense balance of the year, by its sub-ledger keys.
    let mut sums: BTreeMap<(String, Option<i64>, Option<i64>), Money> = BTreeMap::new();
    for v in all.iter().filter(|v| v.date >= fy.start()) {
        for l in counted(v, fy).filter(|l| matches!(type_of(&l.account), Some(AccountType::Income | AccountType::Expense))) {
            *sums.entry((l.account.clone(), l.member_id, l.loan_id)).or_default() += l.amount;
        }
    }
    let balances: Vec<ClosingBalance> =
        sums.into_iter().filter(|(_, m)| !m.is_zero()).map(|((account, member_id, loan_id), balance)| ClosingBalance { account, member_id, loan_id, balance }).collect();
    let income = -balances.iter().filter(|x| type_of(&x.account) == Some(AccountType::Income)).map(|x| x.balance).sum::<Money>();
    let expenditure = balances.iter().filter(|x| type_of(&x.account) == Some(AccountType::Expense)).map(|x| x.balance).sum::<Money>();
    let net = income - expenditure;

    let financing = all.iter().flat_map(|v| v.lines.iter()).any(|l| l.kind == LineKind::Disbursement);
    let scheme = scheme_of(org, i, financing)?;
    let rule = rule_of(b, org, i, fy.end())?;
    let counts_from = match nonblank(&i.counts_from).as_deref() {
        None | Some("next-month") => MonthBalance::FirstDay,
        Some("own-month") => MonthBalance::LastDay,
        Some(other) => return Err(Error::InvalidChoice { field: "counts-from".into(), value: other.to_string() }),
    };
    let credit_account = match nonblank(&i.credit_to).as_deref() {
        None | Some("savings") => code::MEMBER_SAVINGS,
        // Paid in cash at a meeting: kept as payable until `year_dividend_pay` pays it out.
        Some("payable" | "cash") => code::DIVIDEND_PAYABLE,
        Some("shares") => code::SHARE_CAPITAL,
        Some(other) => return Err(Error::InvalidChoice { field: "credit-to".into(), value: other.to_string() }),
    };
    let share_price = if credit_account == code::SHARE_CAPITAL {
        if !keeps_shares(org) {
            return Err(Error::KindHasNoShares { org: org.code.clone() });
        }
        Some(b.share_price_on(org.id, fy.end())?.ok_or(Error::NoSharePrice { date: fy.end() })?)
    } else {
        None
    };

    // Each member's holding: shares where the book keeps them, otherwise savings.
    let has_shares = all.iter().flat_map(|v| v.lines.iter()).any(|l| l.account == code::SHARE_CAPITAL);
    let holding_account = if has_shares { code::SHARE_CAPITAL } else { code::MEMBER_SAVINGS };
    let months = months_of(fy);
    let members = b.members(org.id)?;
    let mut holdings: Vec<(i64, String, Vec<Money>, Money)> = Vec::new();
    for m in &members {
        let mut before = Money::ZERO;
        let mut moves = Vec::new();
        let mut touched = false;
        for v in &all {
            for l in counted(v, fy).filter(|l| l.account == holding_account && l.member_id == Some(m.id)) {
                touched = true;
                if v.date < fy.start() {
                    before -= l.amount;
                } else {
                    moves.push((v.date, -l.amount));
                }
            }
        }
        if !touched {
            continue;
        }
        let month_balances = ye::month_balances(before, &moves, &months, counts_from);
        let year_end = before + moves.iter().map(|(_, a)| *a).sum::<Money>();
        holdings.push((m.id, label(m), month_balances, year_end));
    }

    // The rate: resolved by the meeting, never above what the pool (or the law) allows.
    let given = match nonblank(&i.rate) {
        Some(s) => Some(rate("dividend-rate", &s)?),
        None => None,
    };
    let weights: Vec<(Vec<Money>, Money)> = holdings.iter().map(|h| (h.2.clone(), h.3)).collect();
    let pay = |rate: Decimal| -> Vec<DividendLine> {
        holdings
            .iter()
            .map(|(id, label, months, year_end)| DividendLine { member_id: *id, label: label.clone(), dividend: ye::member_dividend(months, *year_end, rate, &rule) })
            .filter(|d| d.dividend.amount.is_positive() || d.dividend.holdings.iter().any(|h| h.is_positive()))
            .collect()
    };
    let mut rate_used = Decimal::ZERO;
    let mut dividends = Vec::new();
    let appropriation = match &scheme {
        Scheme::ThaiCoop { cap, .. } => {
            // The general meeting resolves the rate; a close never guesses it.
            let r = given.ok_or_else(|| Error::Required { field: "rate".into() })?;
            if r > *cap {
                return Err(Error::DividendAboveCap { rate: r, cap: *cap });
            }
            rate_used = r;
            dividends = pay(r);
            let at: Money = dividends.iter().map(|d| d.dividend.amount).sum();
            ye::close_appropriation(net, &scheme, at, rule.rounding)?
        }
        _ => ye::close_appropriation(net, &scheme, Money::ZERO, rule.rounding)?,
    };
    let mut dividend_pool = Money::ZERO;
    let mut returns = Vec::new();
    let mut return_pool = Money::ZERO;
    if let (Some(a), false) = (&appropriation, matches!(scheme, Scheme::ThaiCoop { .. })) {
        dividend_pool = a.amount(Bucket::Dividend);
        // The rate the pool pays, cut to two decimals: the rate a meeting would declare.
        let pool_rate = ye::rate_for_pool(dividend_pool, &weights, rule.weighting).round_dp_with_strategy(2, rust_decimal::RoundingStrategy::ToZero);
        rate_used = match given {
            Some(r) if r > pool_rate => return Err(Error::DividendAboveCap { rate: r, cap: pool_rate }),
            Some(r) => r,
            None => pool_rate,
        };
        if dividend_pool.is_positive() {
            dividends = pay(rate_used);
        }
        return_pool = a.amount(Bucket::AverageReturn);
        if return_pool.is_positive() {
            // Average-return in proportion to the loan interest each member paid in the year.
            let mut paid: BTreeMap<i64, Money> = BTreeMap::new();
            for v in all.iter().filter(|v| v.date >= fy.start()) {
                for l in counted(v, fy).filter(|l| l.account == code::INTEREST_INCOME) {
                    if let Some(id) = l.member_id {
                        *paid.entry(id).or_default() -= l.amount;
                    }
                }
            }
            let rows: Vec<(i64, Money)> = paid.into_iter().filter(|(_, m)| m.is_positive()).collect();
            // Who defaulted: a loan of theirs overdue on the year's last day.
            let mut defaulted = std::collections::BTreeSet::new();
            if i.exclude_defaulters == Some(true) {
                for v in super::report::loan_views(b, org, fy.end())? {
                    if v.status == "overdue" {
                        defaulted.insert(v.loan.member_id);
                    }
                }
            }
            let (_, dist) = ye::average_return(return_pool, &rows.iter().map(|(id, m)| (*m, !defaulted.contains(id))).collect::<Vec<_>>(), rule.rounding);
            for ((id, interest), amount) in rows.iter().zip(dist.amounts) {
                let m = members.iter().find(|m| m.id == *id).map(label).unwrap_or_default();
                returns.push((*id, m, *interest, amount));
            }
        }
    } else if let Some(a) = &appropriation {
        dividend_pool = a.amount(Bucket::Dividend);
    }
    let departed = std::collections::BTreeSet::new();
    let levy = match &scheme {
        Scheme::Coop(n) if appropriation.is_some() => Some(ye::audit_levy(net, n, rule.rounding)),
        _ => None,
    };
    let p = Plan { fy, balances, income, expenditure, net, appropriation, holding_account, rate: rate_used, rule, dividends, dividend_pool, returns, return_pool, credit_account, share_price, scheme, departed, audit: None, levy };
    if p.dividends_paid() > p.dividend_pool {
        return Err(Error::Domain(Refusal::DividendAbovePool { dividend: p.dividends_paid(), pool: p.dividend_pool }));
    }
    Ok(p)
}

/// The preview of a close as a report: the year's result, the appropriation, each member's
/// dividend (with its months and parts) and average-return, and the residuals kept.
fn preview_report(org: &Organisation, p: &Plan) -> Report {
    let mut r = Report::new("year-preview", Msg::new("report-year-preview").arg("year", Arg::Year(p.fy)), org, ReportPeriod::Range { from: p.fy.start(), to: p.fy.end() });
    let cols = [("col-item", K::Text), ("col-amount", K::Money)];
    let mut s = Section::new(Some(Msg::new("section-net-profit")), &cols);
    s.rows.push(vec![Cell::msg("row-total-income"), Cell::Money(p.income)]);
    s.rows.push(vec![Cell::msg("row-total-expenditure"), Cell::Money(p.expenditure)]);
    s.totals = Some(vec![Cell::msg("row-net-profit"), Cell::Money(p.net)]);
    s.notes.push(Msg::new(match p.scheme {
        Scheme::Coop(_) => "note-year-scheme-coop-bd",
        Scheme::ThaiCoop { .. } => "note-year-scheme-coop-th",
        Scheme::Template(_) => "note-year-scheme-template",
        Scheme::SurplusStays => "note-year-scheme-surplus-stays",
    }));
    s.notes.push(audit::audit_note(p.audit.as_ref()));
    r.sections.push(s);
    if let Some(a) = &p.appropriation {
        let mut s = Section::new(Some(Msg::new("section-appropriation")), &[("col-item", K::Text), ("col-share", K::Percent), ("col-amount", K::Money)]);
        for part in &a.parts {
            s.rows.push(vec![Cell::msg(format!("bucket-{}", part.bucket.code())), Cell::Percent(part.percent), Cell::Money(part.amount)]);
        }
        s.totals = Some(vec![Cell::msg("row-net-profit"), Cell::Percent(Decimal::ONE_HUNDRED), Cell::Money(a.total())]);
        r.sections.push(s);
    }
    if let (Some(levy), Scheme::Coop(n)) = (&p.levy, &p.scheme) {
        let mut s = Section::new(Some(Msg::new("section-audit-levy")), &cols);
        s.rows.push(vec![Cell::Msg(Msg::new("row-audit-fee").arg("rate", Arg::percent(n.audit_fee))), Cell::Money(levy.fee)]);
        s.rows.push(vec![Cell::Msg(Msg::new("row-vat-on-audit-fee").arg("rate", Arg::percent(n.vat_on_audit_fee))), Cell::Money(levy.vat)]);
        s.totals = Some(vec![Cell::msg("row-total"), Cell::Money(levy.total())]);
        s.notes.push(Msg::new("note-year-audit-levy"));
        r.sections.push(s);
    }
    if !p.dividends.is_empty() {
        let mut s = Section::new(
            Some(Msg::new("section-dividend")),
            &[("col-member", K::Text), ("col-holding", K::Money), ("col-dividend", K::Money), ("col-explanation", K::Text)],
        );
        for d in &p.dividends {
            let year_end = *d.dividend.holdings.last().unwrap_or(&Money::ZERO);
            s.rows.push(vec![Cell::text(d.label.clone()), Cell::Money(year_end), Cell::Money(d.dividend.amount), Cell::Msg(explain(p, &d.dividend))]);
        }
        s.totals = Some(vec![Cell::msg("row-total"), Cell::Empty, Cell::Money(p.dividends_paid()), Cell::Empty]);
        s.notes.push(
            Msg::new("note-year-dividend-rule")
                .arg("rate", Arg::percent(p.rate))
                .arg("account", Arg::Text(p.holding_account.to_string()))
                .arg("weighting", Arg::Text(p.rule.weighting.code().to_string()))
                .arg("round_at", Arg::Text(p.rule.round_at.code().to_string()))
                .arg("mode", Arg::Text(p.rule.rounding.mode.code().to_string()))
                .arg("unit", Arg::Money(p.rule.rounding.unit)),
        );
        if !matches!(p.scheme, Scheme::ThaiCoop { .. }) {
            s.notes.push(Msg::new("note-year-residual").arg("pool", Arg::Money(p.dividend_pool)).arg("paid", Arg::Money(p.dividends_paid())).arg("residual", Arg::Money(p.dividend_pool - p.dividends_paid())));
        }
        s.notes.push(match p.share_price {
            Some(price) => Msg::new("note-year-credit-shares").arg("price", Arg::Money(price)),
            None => Msg::new(if p.credit_account == code::MEMBER_SAVINGS { "note-year-credit-savings" } else { "note-year-credit-payable" }),
        });
        if let Some(n) = departed_note(p) {
            s.notes.push(n);
        }
        r.sections.push(s);
    } else if p.dividend_pool.is_positive() {
        let mut s = Section::new(Some(Msg::new("section-dividend")), &cols);
        s.rows.push(vec![Cell::msg("bucket-dividend"), Cell::Money(p.dividend_pool)]);
        s.notes.push(Msg::new("note-year-no-holdings").arg("pool", Arg::Money(p.dividend_pool)));
        r.sections.push(s);
    }
    if p.return_pool.is_positive() {
        let mut s = Section::new(Some(Msg::new("section-average-return")), &[("col-member", K::Text), ("col-interest-paid", K::Money), ("col-average-return", K::Money)]);
        for (_, m, interest, amount) in &p.returns {
            s.rows.push(vec![Cell::text(m.clone()), Cell::Money(*interest), Cell::Money(*amount)]);
        }
        s.totals = Some(vec![Cell::msg("row-total"), Cell::Empty, Cell::Money(p.returns_paid())]);
        s.notes.push(Msg::new("note-year-residual").arg("pool", Arg::Money(p.return_pool)).arg("paid", Arg::Money(p.returns_paid())).arg("residual", Arg::Money(p.return_pool - p.returns_paid())));
        r.sections.push(s);
    }
    r
}

/// Members who left before the close hold no savings or shares to add to: whatever the
/// credit rule, their amount is kept as payable (paid in cash with `year pay`). Named, so the
/// preview does not say it goes to their savings.
fn departed_note(p: &Plan) -> Option<Msg> {
    if p.departed.is_empty() || (p.share_price.is_none() && p.credit_account == code::DIVIDEND_PAYABLE) {
        return None;
    }
    let mut names: Vec<&str> = p.dividends.iter().filter(|d| p.departed.contains(&d.member_id) && d.dividend.amount.is_positive()).map(|d| d.label.as_str()).collect();
    for r in p.returns.iter().filter(|r| p.departed.contains(&r.0) && r.3.is_positive()) {
        if !names.contains(&r.1.as_str()) {
            names.push(r.1.as_str());
        }
    }
    if names.is_empty() {
        return None;
    }
    Some(Msg::new("note-year-departed-payable").arg("members", Arg::Count(names.len() as i64)).arg("list", Arg::Text(names.join(", "))))
}

/// How one member's dividend came about, in words the member can check.
fn explain(p: &Plan, d: &MemberDividend) -> Msg {
    match p.rule.weighting {
        Weighting::WholeYear => Msg::new("explain-dividend-whole-year").arg("holding", Arg::Money(d.holdings.first().copied().unwrap_or_default())).arg("rate", Arg::percent(p.rate)),
        Weighting::MonthsHeld if p.rule.round_at == RoundAt::EachMonth => {
            let months: Vec<String> = d.holdings.iter().zip(&d.parts).map(|(h, x)| format!("{}→{}", h.to_plain(), x.to_plain())).collect();
            Msg::new("explain-dividend-each-month").arg("rate", Arg::percent(p.rate)).arg("months", Arg::Text(months.join(", ")))
        }
        _ => {
            let sum: Money = d.holdings.iter().sum();
            Msg::new("explain-dividend-months").arg("sum", Arg::Money(sum)).arg("months", Arg::Count(d.holdings.len() as i64)).arg("rate", Arg::percent(p.rate))
        }
    }
}

/// The preview of a year's close: nothing is written.
pub fn year_preview(store: &Store, ctx: &Ctx, i: &YearInput) -> Result<Report> {
    let b = store.read();
    let org = org_of(&b, i.org.trim())?;
    let p = plan(&b, ctx, &org, i)?;
    Ok(preview_report(&org, &p))
}

/// The preview as the screen shows it: every cell written for the reader.
pub fn year_preview_view(store: &Store, ctx: &Ctx, i: &YearInput, locale: crate::i18n::Locale) -> Result<crate::render::DisplayReport> {
    let r = year_preview(store, ctx, i)?;
    Ok(crate::render::render_display(&r, &crate::i18n::Localizer::new(locale)))
}

fn voucher_name(org: &Organisation, fiscal_year: i32, number: i64) -> String {
    let fy = FiscalYear { start_year: fiscal_year, start_month: org.fiscal_start_month, start_day: org.fiscal_start_day };
    format!("{}/{:04}", fy.label(), number)
}

/// Closes a fiscal year in one transaction: income and expenditure to the surplus, the
/// appropriation to its funds and members, the close recorded (who closed it and who approved).
/// From then on nothing may be dated inside the year.
pub fn year_close(store: &mut Store, ctx: &Ctx, i: &YearInput) -> Result<YearDone> {
    let w = super::command::Write { name: "year-close", org: &i.org, client_id: i.client_id.as_deref(), date: None, input: i };
    super::command::write_command(store, ctx, w, |b, org, who| {
        let p = plan(b, ctx, &org, i)?;
        let approved_by = who.approval(&org, "year-close")?;
        let funds = p.funds();
        let credits = p.credits();
        let needed: Vec<_> = year_end_accounts().into_iter().filter(|a| funds.iter().any(|(f, _)| *f == a.code) || credits.iter().any(|c| c.account == a.code)).collect();
        b.ensure_accounts(org.id, &needed)?;
        let mut ids = Vec::new();
        let mut names = Vec::new();
        let meta = VoucherMeta { recorded_at: &ctx.now, ..Default::default() };
        if !p.balances.is_empty() {
            let v = b.append_voucher(&org, &posting::close_income(p.fy.end(), &p.balances)?, &meta)?;
            ids.push(v.id);
            names.push(voucher_name(&org, v.fiscal_year, v.number));
        }
        if !funds.is_empty() || !credits.is_empty() {
            let v = b.append_voucher(&org, &posting::appropriation(p.fy.end(), &funds, &credits)?, &meta)?;
            ids.push(v.id);
            names.push(voucher_name(&org, v.fiscal_year, v.number));
        }
        let rule = serde_json::json!({
            "scheme": match p.scheme { Scheme::Coop(_) => "coop-bd", Scheme::ThaiCoop { .. } => "coop-th", Scheme::Template(_) => "template", Scheme::SurplusStays => "surplus-stays" },
            "rate": p.rate.to_string(),
            "weighting": p.rule.weighting.code(),
            "round_at": p.rule.round_at.code(),
            "rounding_mode": p.rule.rounding.mode.code(),
            "rounding_unit": p.rule.rounding.unit.to_plain(),
            "credit_to": p.credit_account,
            "template": nonblank(&i.template).unwrap_or_default(),
            "exclude_defaulters": i.exclude_defaulters == Some(true),
            "counts_from": nonblank(&i.counts_from).unwrap_or_default(),
            "league_fee": match &p.scheme { Scheme::ThaiCoop { league, .. } => league.to_string(), _ => String::new() },
            "league_fee_cap": match &p.scheme { Scheme::ThaiCoop { league_cap: Some(c), .. } => c.to_plain(), _ => String::new() },
            // Who audited the year, as signed off before the close (none: not audited).
            "audit": audit::audit_rule(b.year_audit(org.id, p.fy.start_year)?.as_ref()),
        })
        .to_string();
        let close_id = b.insert_year_close(org.id, p.fy.start_year, p.fy.end(), &rule, &ids, &ctx.now)?;
        // The year's statements as they stand now, kept: printed from then on exactly as at the close.
        super::report::keep_at_close(b, ctx, &org, close_id, p.fy)?;
        who.log(b, ctx, NewAct { voucher_id: ids.first().copied(), approved_by, ..super::people::act(&org, "year-close", p.fy.end()) })?;
        let done = YearDone { org: org.code.clone(), year: p.fy.label(), vouchers: names, vouchers_display: String::new(), book_code: head_code(b, org.id)?, already_recorded: false };
        Ok(done)
    })
}

/// Reopens a closed year: needs a reason and (once people are enrolled) a second person; the
/// closing vouchers are reversed on the year's last day, so the year's figures are as before the
/// close. A year cannot be reopened under a later closed year.
pub fn year_reopen(store: &mut Store, ctx: &Ctx, i: &YearReopenInput) -> Result<YearDone> {
    let reason = super::input::free_text("reason", &i.reason)?;
    if reason.is_empty() {
        return Err(Error::ReasonRequired);
    }
    let w = super::command::Write { name: "year-reopen", org: &i.org, client_id: i.client_id.as_deref(), date: None, input: i };
    super::command::write_command(store, ctx, w, |b, org, who| {
        let fy = fiscal_year(&org, &i.year)?;
        let closes = b.year_closes(org.id)?;
        let close = closes.iter().find(|c| c.fiscal_year == fy.start_year && c.reopened_by.is_none()).ok_or_else(|| Error::YearNotClosed { year: fy.label() })?;
        if let Some(later) = closes.iter().find(|c| c.fiscal_year > fy.start_year && c.reopened_by.is_none()) {
            let later = FiscalYear { start_year: later.fiscal_year, ..fy };
            return Err(Error::LaterYearClosed { year: fy.label(), later: later.label() });
        }
        // The close's vouchers, last first: read once, for the check and for their reversal.
        let originals = close
            .vouchers
            .iter()
            .rev()
            .map(|id| b.voucher(*id)?.ok_or_else(|| Error::Store(StoreError::Database { detail: format!("closing voucher {id} is missing") })))
            .collect::<Result<Vec<StoredVoucher>>>()?;
        refuse_if_dividends_paid(b, &org, &fy, &originals)?;
        let approved_by = who.approval(&org, "year-reopen")?;
        // The reopening first, so the reversals may be dated inside the year.
        b.insert_year_reopen(close.id, &reason, &ctx.now)?;
        let mut names = Vec::new();
        let mut first = None;
        for original in &originals {
            let name = voucher_name(&org, original.fiscal_year, original.number);
            let v = super::loans::reverse_in(b, ctx, &org, original, &name, close.year_end, &reason, None)?;
            first.get_or_insert(v.id);
            names.push(voucher_name(&org, v.fiscal_year, v.number));
        }
        who.log(b, ctx, NewAct { voucher_id: first, approved_by, ..super::people::act(&org, "year-reopen", close.year_end) })?;
        let done = YearDone { org: org.code.clone(), year: fy.label(), vouchers: names, vouchers_display: String::new(), book_code: head_code(b, org.id)?, already_recorded: false };
        Ok(done)
    })
}

/// A close's dividends paid out since cannot be taken back by reversing the close: the
/// payable would go below zero (the member would seem to owe the society what she was paid).
/// Refused, naming the first member paid, until that payment is reversed.
fn refuse_if_dividends_paid(b: &Book<'_>, org: &Organisation, fy: &FiscalYear, vouchers: &[StoredVoucher]) -> Result<()> {
    let mut declared: BTreeMap<i64, Money> = BTreeMap::new();
    for v in vouchers {
        for l in v.lines.iter().filter(|l| l.account == code::DIVIDEND_PAYABLE) {
            if let Some(m) = l.member_id {
                *declared.entry(m).or_default() -= l.amount;
            }
        }
    }
    for (member_id, declared) in declared.into_iter().filter(|(_, d)| d.is_positive()) {
        let owed = -b.account_balance(org.id, code::DIVIDEND_PAYABLE, Some(member_id), None, None)?;
        if owed < declared {
            let member = label(&b.member(member_id)?);
            return Err(Error::YearDividendPaid { year: fy.label(), member, paid: declared - owed.max(Money::ZERO) });
        }
    }
    Ok(())
}

/// Sets the price of one share from a date (a by-law of its own), for kinds that keep shares.
pub fn share_price_set(store: &mut Store, ctx: &Ctx, i: &SharePriceInput) -> Result<i64> {
    let from = date("from", &i.from, ctx)?;
    let w = super::command::Write { name: "share-price", org: &i.org, client_id: i.client_id.as_deref(), date: None, input: i };
    super::command::write_command(store, ctx, w, |b, org, _| {
        if !keeps_shares(&org) {
            return Err(Error::KindHasNoShares { org: org.code.clone() });
        }
        let price = amount("price", &i.price, org.currency)?;
        if !price.is_positive() {
            return Err(Error::SharePriceNotPositive { field: "price".into(), input: i.price.clone() });
        }
        Ok(b.insert_share_price(org.id, from, price, &ctx.now)?)
    })
}

/// Whether this kind of organisation keeps members' shares (its chart has share capital).
pub(crate) fn keeps_shares(org: &Organisation) -> bool {
    crate::domain::ledger::chart_for(org.kind).iter().any(|a| a.code == code::SHARE_CAPITAL)
}

/// What a typed number of shares costs on `on`, refusing anything but a whole number of them.
pub(crate) fn shares_amount(b: &Book<'_>, org: &Organisation, member: &str, typed: &str, on: NaiveDate) -> Result<Money> {
    let t = typed.trim();
    if t.is_empty() {
        return Ok(Money::ZERO);
    }
    if !keeps_shares(org) {
        return Err(Error::KindHasNoShares { org: org.code.clone() });
    }
    let latin = crate::i18n::checked_digits(t, "shares")?;
    let n = Decimal::from_str(&latin).map_err(|_| Error::InvalidNumber { field: "shares".into(), input: t.to_string() })?;
    if n.is_sign_negative() {
        return Err(Error::Domain(Refusal::NegativeAmount { field: "shares".into(), input: t.to_string() }));
    }
    if !n.fract().is_zero() {
        return Err(Error::Domain(Refusal::NotWholeShares { member: member.to_string(), shares: t.to_string() }));
    }
    if super::vsla::is_vsla(org) {
        crate::domain::vsla::check_meeting_shares(member, t, n)?;
    }
    if n.is_zero() {
        return Ok(Money::ZERO);
    }
    let price = b.share_price_on(org.id, on)?.ok_or(Error::NoSharePrice { date: on })?;
    Money::from_decimal(price.decimal() * n).map_err(|_| Error::Domain(Refusal::AmountTooLarge { field: "shares".into(), input: t.to_string() }))
}

/// `samuh year pay`: dividends and average-returns a close kept as payable ("paid in cash at a
/// meeting", as the general meeting resolved), paid out in cash on a day after the year.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct YearPayInput {
    pub org: String,
    /// The closed year whose dividends are paid.
    pub year: String,
    /// The day of the payment (any digits).
    pub date: String,
    /// One member's admission number; left out: every member with a dividend left to pay.
    #[serde(default)]
    pub member: Option<String>,
    #[serde(default)]
    pub client_id: Option<String>,
}

/// The payment: its voucher, how many members were paid and the total (plain decimal).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct YearPaid {
    pub org: String,
    pub voucher: String,
    /// The same, as the reader reads it (`for_reader`; empty until then).
    #[serde(default)]
    pub voucher_display: String,
    pub members: usize,
    pub total: String,
    pub book_code: String,
    #[serde(default)]
    pub already_recorded: bool,
}

/// Pays out in cash what a closed year kept as dividend payable, in one voucher: each member's
/// payable debited, cash credited. Cash may not go below zero (the voucher's own check).
pub fn year_dividend_pay(store: &mut Store, ctx: &Ctx, i: &YearPayInput) -> Result<YearPaid> {
    let on = date("date", &i.date, ctx)?;
    let w = super::command::Write { name: "year-pay", org: &i.org, client_id: i.client_id.as_deref(), date: None, input: i };
    super::command::write_command(store, ctx, w, |b, org, who| {
        let fy = fiscal_year(&org, &i.year)?;
        if !b.year_is_closed(org.id, fy.start_year)? {
            return Err(Error::DividendYearNotClosed { year: fy.label() });
        }
        super::check_entry_date(b, &org, on, ctx.today)?;
        let members = match nonblank(&i.member) {
            Some(no) => vec![b.member_by_no(org.id, &no)?.ok_or(Error::UnknownMember { member: no })?],
            None => b.members(org.id)?,
        };
        let mut rows = Vec::new();
        for m in &members {
            let owed = -b.account_balance(org.id, code::DIVIDEND_PAYABLE, Some(m.id), None, Some(on))?;
            if owed.is_positive() {
                rows.push((m.id, owed));
            }
        }
        if rows.is_empty() {
            let member = match nonblank(&i.member) {
                Some(_) => label(&members[0]),
                None => org.code.clone(),
            };
            return Err(Error::NoDividendPayable { member, year: fy.label() });
        }
        let total: Money = rows.iter().map(|r| r.1).sum();
        let v = b.append_voucher(&org, &posting::dividend_paid(on, &rows)?, &VoucherMeta { recorded_at: &ctx.now, ..Default::default() })?;
        who.log(b, ctx, NewAct { voucher_id: Some(v.id), ..super::people::act(&org, "year-pay", on) })?;
        let done = YearPaid { org: org.code.clone(), voucher: voucher_name(&org, v.fiscal_year, v.number), voucher_display: String::new(), members: rows.len(), total: total.to_plain(), book_code: head_code(b, org.id)?, already_recorded: false };
        Ok(done)
    })
}

// What a replay of these commands answers (the command log keeps them as JSON).
super::saved::json_answer! {
    YearDone => |a| a.already_recorded = true;
    YearPaid => |a| a.already_recorded = true;
}
