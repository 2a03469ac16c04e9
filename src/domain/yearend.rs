//! Year-end arithmetic: bank-linkage eligibility and interest subvention (India), net-profit
//! appropriation (Bangladesh co-op Act s.34; Thai village fund / savings group template),
//! month-weighted dividends and average-return, the funeral-welfare payout and the VSLA share-out.
//!
//! Every percentage, cap and split is a parameter whose `Default` is the figure of the domain
//! reference (domain.md §2, §4); none is a hard-coded rule. Percentages are `Decimal`s where 15
//! means 15 %. Every money result is rounded once, by the `Rounding` passed in.
//!
//! **Residuals.** When a whole is split into parts (an appropriation), each part but the last is
//! round(profit × pᵢ %) (never taking the running total above the profit), and the last part is
//! the whole less the others, so the parts always sum exactly to the whole and none is negative. When a pool is shared among members (dividend, average-return), each
//! member's amount is rounded on its own and the difference between the pool and their sum is
//! returned as `residual` (it stays in the fund).
//!
//! Architecture invariant: pure; no store, no IO, no clock.

use crate::domain::money::{Money, Rounding};
use crate::domain::org::vocabulary;
use crate::domain::refusal::{Refusal, Result};
use chrono::NaiveDate;
use rust_decimal::Decimal;

fn pct(n: i64) -> Decimal {
    Decimal::from(n)
}

fn hundred() -> Decimal {
    Decimal::ONE_HUNDRED
}

/// The League of Co-operatives' fee: at most 5 % of the net profit (Co-operatives Act B.E. 2542).
pub const LEAGUE_FEE_MAX: i64 = 5;

fn check_league_fee(p: Decimal) -> Result<()> {
    if p < Decimal::ZERO || p > Decimal::from(LEAGUE_FEE_MAX) {
        return Err(Refusal::LeagueFeeAboveLaw { percent: p, max: Decimal::from(LEAGUE_FEE_MAX) });
    }
    Ok(())
}

fn check_percent(p: Decimal) -> Result<()> {
    if p < Decimal::ZERO || p > hundred() {
        return Err(Refusal::PercentOutOfRange { percent: p });
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// §4.3 Bank linkage (India)
// ---------------------------------------------------------------------------------------------

/// One bank-linkage dose: the larger of `multiple` × corpus and `minimum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinkageDose {
    pub multiple: Decimal,
    pub minimum: Money,
}

/// The programme norms for SHG–bank linkage (NRLM / NABARD) and the interest subvention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkageNorms {
    /// Dose 1, 2, 3 …; a dose beyond the table uses its last row (the 4th dose is "above ₹6
    /// lakh", on the Micro Credit Plan).
    pub doses: Vec<LinkageDose>,
    /// Credit up to this amount is subvented.
    pub subvention_limit: Money,
    /// Rate the bank charges on the subvented credit, % a year.
    pub subvention_rate: Decimal,
    /// Extra subvention credited back for prompt repayment, % a year.
    pub prompt_repayment_rate: Decimal,
}

impl Default for LinkageNorms {
    /// domain.md §2: 1st dose 6 × corpus or ₹1,50,000; 2nd 8 × corpus or ₹3,00,000; 3rd at least
    /// ₹6,00,000; subvention 7 % on up to ₹3 lakh, 3 % back for prompt repayment.
    fn default() -> Self {
        LinkageNorms {
            doses: vec![
                LinkageDose { multiple: pct(6), minimum: Money::units(150_000) },
                LinkageDose { multiple: pct(8), minimum: Money::units(300_000) },
                LinkageDose { multiple: Decimal::ZERO, minimum: Money::units(600_000) },
            ],
            subvention_limit: Money::units(300_000),
            subvention_rate: pct(7),
            prompt_repayment_rate: pct(3),
        }
    }
}

/// The corpus the bank looks at: total savings + revolving fund + any grants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Corpus {
    pub savings: Money,
    pub revolving_fund: Money,
    pub grants: Money,
}

impl Corpus {
    pub fn total(&self) -> Money {
        self.savings + self.revolving_fund + self.grants
    }
}

impl LinkageNorms {
    /// The dose row that applies to dose number `dose` (1-based; 0 is treated as 1).
    pub fn dose(&self, dose: u32) -> LinkageDose {
        let i = (dose.max(1) as usize - 1).min(self.doses.len().saturating_sub(1));
        self.doses[i]
    }

    /// The eligible amount of a dose: the larger of multiple × corpus and the minimum.
    pub fn eligible(&self, corpus: Money, dose: u32, r: Rounding) -> Money {
        let d = self.dose(dose);
        r.round(corpus.decimal() * d.multiple).max(d.minimum)
    }
}

/// Interest on a subvented bank loan for a number of whole months.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Subvention {
    /// The part of the principal the subvention covers (at most the limit).
    pub covered: Money,
    /// Interest the bank charges on it.
    pub charged: Money,
    /// Credited back for prompt repayment.
    pub prompt_credit: Money,
    /// What the group bears if it repays promptly.
    pub net: Money,
}

/// Interest charged and credited back on `principal` outstanding for `months` whole months,
/// computed as principal × rate × months ÷ 12 (banks actually compute on the daily balance;
/// this is the planning figure).
pub fn subvention(norms: &LinkageNorms, principal: Money, months: u32, r: Rounding) -> Subvention {
    let covered = principal.min(norms.subvention_limit).max(Money::ZERO);
    let f = |rate: Decimal| r.round(covered.decimal() * rate / hundred() * Decimal::from(months) / Decimal::from(12));
    let charged = f(norms.subvention_rate);
    let prompt_credit = f(norms.prompt_repayment_rate);
    Subvention { covered, charged, prompt_credit, net: charged - prompt_credit }
}

// ---------------------------------------------------------------------------------------------
// Appropriation (shared by §4.4 and §4.5)
// ---------------------------------------------------------------------------------------------

vocabulary!(
    /// Where a part of the net profit goes (Fluent `bucket-…`).
    Bucket {
        Reserve = "reserve",
        BadDebtFund = "bad-debt-fund",
        CoopDevelopmentFund = "coop-development-fund",
        BylawFunds = "bylaw-funds",
        Dividend = "dividend",
        AverageReturn = "average-return",
        Welfare = "welfare",
        Committee = "committee",
        PublicBenefit = "public-benefit",
        /// The Thai co-operative's fee to the Co-operative League of Thailand (payable).
        LeagueFee = "league-fee",
        /// An education fund (Thai co-operatives' by-laws; a savings group's template).
        Education = "education",
        /// Dividend above the cap, not distributed: carried to the reserve fund.
        UndistributedToReserve = "undistributed-to-reserve",
    }
);

/// One part of an appropriation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    pub bucket: Bucket,
    /// The percentage the rule set (for a remainder: what it came to, to two decimals).
    pub percent: Decimal,
    pub amount: Money,
}

/// Net profit split into parts that sum exactly to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appropriation {
    pub net_profit: Money,
    pub parts: Vec<Part>,
}

impl Appropriation {
    pub fn amount(&self, b: Bucket) -> Money {
        self.parts.iter().filter(|p| p.bucket == b).map(|p| p.amount).sum()
    }
    pub fn total(&self) -> Money {
        self.parts.iter().map(|p| p.amount).sum()
    }
}

fn share_of(whole: Money, part: Money) -> Decimal {
    if whole.is_zero() {
        Decimal::ZERO
    } else {
        (part.decimal() * hundred() / whole.decimal()).round_dp(2)
    }
}

/// Splits `whole` by percentages, each part rounded on its own and never taking the running
/// total above the whole (so no part is negative).
fn rounded_parts(whole: Money, percents: &[Decimal], r: Rounding) -> Vec<Money> {
    let mut out = Vec::with_capacity(percents.len());
    let mut taken = Money::ZERO;
    for p in percents {
        let part = r.round(whole.decimal() * *p / hundred()).min(whole - taken).max(Money::ZERO);
        taken += part;
        out.push(part);
    }
    out
}

/// `rounded_parts`, with the last part set to the whole less the others, so that the parts sum
/// exactly to the whole.
fn split_exact(whole: Money, percents: &[Decimal], r: Rounding) -> Vec<Money> {
    let mut amounts = rounded_parts(whole, percents, r);
    if let Some((last, others)) = amounts.split_last_mut() {
        *last = whole - others.iter().copied().sum::<Money>();
    }
    amounts
}

fn require_profit(net_profit: Money) -> Result<()> {
    if !net_profit.is_positive() {
        return Err(Refusal::NoProfitToAppropriate { result: net_profit });
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// §4.4 Bangladesh co-op (Cooperative Societies Act 2001 s.34)
// ---------------------------------------------------------------------------------------------

/// The s.34 appropriation rule and the audit levy, as parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CoopNorms {
    /// Reserve fund share (the Act: at least 15 %).
    pub reserve: Decimal,
    /// The statutory minimum for the reserve.
    pub reserve_minimum: Decimal,
    /// Bad and doubtful debt fund, applied only to a financing society.
    pub bad_debt: Decimal,
    pub financing_society: bool,
    /// Co-operative development fund (3 %, of which 2 % is earmarked for training academies).
    pub development_fund: Decimal,
    /// Funds for by-law purposes (up to 10 %).
    pub bylaw_funds: Decimal,
    /// The dividend is the remainder, at most this share of the net profit (Rules 2004: 75 %);
    /// anything above goes to the reserve fund.
    pub dividend_cap: Decimal,
    /// Audit fee, % of the audited net profit.
    pub audit_fee: Decimal,
    /// VAT, % of the audit fee.
    pub vat_on_audit_fee: Decimal,
}

impl Default for CoopNorms {
    fn default() -> Self {
        CoopNorms {
            reserve: pct(15),
            reserve_minimum: pct(15),
            bad_debt: pct(10),
            financing_society: false,
            development_fund: pct(3),
            bylaw_funds: pct(10),
            dividend_cap: pct(75),
            audit_fee: pct(10),
            vat_on_audit_fee: pct(5),
        }
    }
}

impl CoopNorms {
    /// The ordered fixed steps (before the dividend remainder) that apply.
    pub fn steps(&self) -> Vec<(Bucket, Decimal)> {
        let mut v = vec![(Bucket::Reserve, self.reserve)];
        if self.financing_society {
            v.push((Bucket::BadDebtFund, self.bad_debt));
        }
        v.push((Bucket::CoopDevelopmentFund, self.development_fund));
        v.push((Bucket::BylawFunds, self.bylaw_funds));
        v
    }

    pub fn validate(&self) -> Result<()> {
        for p in [self.reserve, self.reserve_minimum, self.bad_debt, self.development_fund, self.bylaw_funds, self.dividend_cap, self.audit_fee, self.vat_on_audit_fee] {
            check_percent(p)?;
        }
        if self.reserve < self.reserve_minimum {
            return Err(Refusal::ReserveBelowMinimum { percent: self.reserve, minimum: self.reserve_minimum });
        }
        let total: Decimal = self.steps().iter().map(|(_, p)| *p).sum();
        if total > hundred() {
            return Err(Refusal::AppropriationAboveHundred { total });
        }
        Ok(())
    }
}

/// Appropriates a co-op's net profit in the order of s.34: reserve → bad-debt fund (financing
/// societies) → CDF → by-law funds → the remainder as dividend, capped; a remainder above the cap
/// is carried to the reserve as a separate line.
pub fn coop_appropriation(net_profit: Money, norms: &CoopNorms, r: Rounding) -> Result<Appropriation> {
    norms.validate()?;
    require_profit(net_profit)?;
    let steps = norms.steps();
    let mut percents: Vec<Decimal> = steps.iter().map(|(_, p)| *p).collect();
    percents.push(hundred() - percents.iter().copied().sum::<Decimal>());
    let amounts = split_exact(net_profit, &percents, r);
    let mut parts: Vec<Part> = steps.iter().zip(&amounts).map(|((b, p), a)| Part { bucket: *b, percent: *p, amount: *a }).collect();
    let remainder = amounts[amounts.len() - 1];
    let cap = r.round(net_profit.decimal() * norms.dividend_cap / hundred()).min(remainder);
    parts.push(Part { bucket: Bucket::Dividend, percent: share_of(net_profit, cap), amount: cap });
    if remainder > cap {
        parts.push(Part { bucket: Bucket::UndistributedToReserve, percent: share_of(net_profit, remainder - cap), amount: remainder - cap });
    }
    Ok(Appropriation { net_profit, parts })
}

/// The audit levy on a co-op's audited net profit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AuditLevy {
    pub fee: Money,
    pub vat: Money,
}

impl AuditLevy {
    pub fn total(&self) -> Money {
        self.fee + self.vat
    }
}

/// Audit fee = fee % of the net profit (nothing on a loss); VAT = VAT % of the fee.
pub fn audit_levy(net_profit: Money, norms: &CoopNorms, r: Rounding) -> AuditLevy {
    let base = net_profit.max(Money::ZERO);
    let fee = r.round(base.decimal() * norms.audit_fee / hundred());
    let vat = r.round(fee.decimal() * norms.vat_on_audit_fee / hundred());
    AuditLevy { fee, vat }
}

/// The dividend rate in percent of paid-up capital (exact; zero when there is no capital).
pub fn dividend_rate(pool: Money, paid_up: Money) -> Decimal {
    if !paid_up.is_positive() {
        return Decimal::ZERO;
    }
    pool.decimal() * hundred() / paid_up.decimal()
}

/// A holding (paid-up shares, or an average balance) × a yearly rate in percent.
pub fn at_rate(holding: Money, rate: Decimal, r: Rounding) -> Money {
    r.round(holding.decimal() * rate / hundred())
}

// ---------------------------------------------------------------------------------------------
// §4.5 Thai village fund / savings group
// ---------------------------------------------------------------------------------------------

/// The fund's own allocation template: percentages that must total exactly 100.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AllocationTemplate {
    pub parts: Vec<(Bucket, Decimal)>,
}

impl Default for AllocationTemplate {
    /// The illustrative split of domain.md §4.5 (not a regulation): 20 % reserve, 40 % dividend,
    /// 15 % average-return, 10 % welfare, 10 % committee, 5 % public benefit.
    fn default() -> Self {
        AllocationTemplate {
            parts: vec![
                (Bucket::Reserve, pct(20)),
                (Bucket::Dividend, pct(40)),
                (Bucket::AverageReturn, pct(15)),
                (Bucket::Welfare, pct(10)),
                (Bucket::Committee, pct(10)),
                (Bucket::PublicBenefit, pct(5)),
            ],
        }
    }
}

impl AllocationTemplate {
    pub fn validate(&self) -> Result<()> {
        for (_, p) in &self.parts {
            check_percent(*p)?;
        }
        let total: Decimal = self.parts.iter().map(|(_, p)| *p).sum();
        if total != hundred() {
            return Err(Refusal::AllocationNotHundred { total });
        }
        Ok(())
    }
}

/// Splits the net profit by the template; the last part absorbs the rounding.
pub fn template_allocation(net_profit: Money, t: &AllocationTemplate, r: Rounding) -> Result<Appropriation> {
    t.validate()?;
    require_profit(net_profit)?;
    let percents: Vec<Decimal> = t.parts.iter().map(|(_, p)| *p).collect();
    let amounts = split_exact(net_profit, &percents, r);
    let parts = t.parts.iter().zip(amounts).map(|((b, p), a)| Part { bucket: *b, percent: *p, amount: a }).collect();
    Ok(Appropriation { net_profit, parts })
}

/// Which balance of a month counts for month-weighting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthBalance {
    /// The balance held on the first day of the month: a deposit counts from the next month
    /// (one made on the 1st counts that month). domain.md §4.5's example.
    FirstDay,
    /// The balance on the last day of the month: a deposit counts in the month it is made.
    LastDay,
}

/// The parameters of a Thai year-end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThaiNorms {
    pub template: AllocationTemplate,
    pub month_balance: MonthBalance,
    /// Members who defaulted on an instalment during the year get no average-return.
    pub exclude_defaulters: bool,
}

impl Default for ThaiNorms {
    fn default() -> Self {
        ThaiNorms { template: AllocationTemplate::default(), month_balance: MonthBalance::FirstDay, exclude_defaulters: true }
    }
}

/// Each month's counted balance, from a balance brought forward and dated movements (positive:
/// deposits). `months` are (first day, last day) pairs in order; movements before the first
/// month must be folded into `brought_forward`.
pub fn month_balances(brought_forward: Money, movements: &[(NaiveDate, Money)], months: &[(NaiveDate, NaiveDate)], rule: MonthBalance) -> Vec<Money> {
    months
        .iter()
        .map(|(first, last)| {
            let upto = match rule {
                MonthBalance::FirstDay => *first,
                MonthBalance::LastDay => *last,
            };
            brought_forward + movements.iter().filter(|(d, _)| *d <= upto).map(|(_, m)| *m).sum::<Money>()
        })
        .collect()
}

/// Sum of the monthly balances and their average (sum ÷ months, rounded).
pub fn month_weighted(balances: &[Money], r: Rounding) -> (Money, Money) {
    let sum: Money = balances.iter().sum();
    if balances.is_empty() {
        return (sum, Money::ZERO);
    }
    (sum, r.round(sum.decimal() / Decimal::from(balances.len() as i64)))
}

/// A pool shared in proportion to weights: each amount rounded on its own, and the residual
/// (pool less their sum) that stays in the fund. Zero weights get zero; if every weight is zero
/// the whole pool is the residual.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Distribution {
    pub amounts: Vec<Money>,
    pub residual: Money,
}

pub fn distribute(pool: Money, weights: &[Money], r: Rounding) -> Distribution {
    let total: Money = weights.iter().filter(|w| w.is_positive()).sum();
    let exact: Vec<Decimal> = weights
        .iter()
        .map(|w| if total.is_positive() && w.is_positive() { pool.decimal() * w.decimal() / total.decimal() } else { Decimal::ZERO })
        .collect();
    within_pool(pool, &exact, r)
}

/// Each holding's share at `rate` percent, rounded, never more in all than the pool.
pub fn shares_at_rate(pool: Money, holdings: &[Money], rate: Decimal, r: Rounding) -> Distribution {
    let exact: Vec<Decimal> = holdings.iter().map(|h| h.decimal() * rate / hundred()).collect();
    within_pool(pool, &exact, r)
}

/// Each exact share rounded by the by-laws, but never more in all than the pool: where the
/// roundings up add to more than it, the shares rounded up the most give back one rounding unit
/// each until the pool covers them (style.md: an allocation never over-pays). The residual
/// stays in the fund.
fn within_pool(pool: Money, exact: &[Decimal], r: Rounding) -> Distribution {
    let mut amounts: Vec<Money> = exact.iter().map(|x| if x.is_zero() { Money::ZERO } else { r.round(*x) }).collect();
    let mut paid: Money = amounts.iter().copied().sum();
    while paid > pool && r.unit.is_positive() {
        let most = (0..amounts.len()).filter(|&k| amounts[k] >= r.unit).max_by(|&a, &b| (amounts[a].decimal() - exact[a]).cmp(&(amounts[b].decimal() - exact[b])).then(b.cmp(&a)));
        let Some(k) = most else { break };
        amounts[k] = amounts[k] - r.unit;
        paid = paid - r.unit;
    }
    Distribution { residual: pool - paid, amounts }
}

/// Average-return (เฉลี่ยคืน): the rate is the pool ÷ the total interest collected from all
/// borrowers; each eligible member gets interest paid × rate. What ineligible members would have
/// had, and the rounding, is the residual (it stays in the fund).
pub fn average_return(pool: Money, interest_paid: &[(Money, bool)], r: Rounding) -> (Decimal, Distribution) {
    let total: Money = interest_paid.iter().map(|(m, _)| *m).filter(|m| m.is_positive()).sum();
    let rate = dividend_rate(pool, total);
    let exact: Vec<Decimal> = interest_paid.iter().map(|(m, ok)| if *ok && m.is_positive() { m.decimal() * rate / hundred() } else { Decimal::ZERO }).collect();
    (rate, within_pool(pool, &exact, r))
}

// ---------------------------------------------------------------------------------------------
// §4.7 Funeral welfare club (ฌาปนกิจ)
// ---------------------------------------------------------------------------------------------

/// The club rules for a per-death levy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FuneralRules {
    pub levy_per_member: Money,
    /// Share of the collection kept for administration, in percent.
    pub admin_share: Decimal,
}

impl Default for FuneralRules {
    /// ฿50 per member per death (the brief's example, `[U]`); no admin share unless the rules say so.
    fn default() -> Self {
        FuneralRules { levy_per_member: Money::units(50), admin_share: Decimal::ZERO }
    }
}

/// What one death's levy pays out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FuneralPayout {
    pub collected: Money,
    pub admin: Money,
    /// Collected less admin: what the deceased's side receives in total.
    pub benefit: Money,
    /// Paid to the lending fund first: interest, then principal the deceased still owed.
    pub to_fund_interest: Money,
    pub to_fund_principal: Money,
    /// What the family receives.
    pub to_family: Money,
    /// Debt the benefit did not cover (principal + interest), still owed to the fund.
    pub debt_left: Money,
}

/// The per-death levy from `paying_members`, less the admin share; when the deceased was a
/// borrower the benefit first settles the interest and principal owed to the lending fund and
/// the family receives the rest.
pub fn funeral_payout(rules: &FuneralRules, paying_members: u32, owed_principal: Money, owed_interest: Money, r: Rounding) -> Result<FuneralPayout> {
    check_percent(rules.admin_share)?;
    let collected = Money::from_decimal(rules.levy_per_member.decimal() * Decimal::from(paying_members)).map_err(|_| Refusal::AmountTooLarge { field: "amount".into(), input: String::new() })?;
    let admin = r.round(collected.decimal() * rules.admin_share / hundred()).min(collected);
    let benefit = collected - admin;
    let to_fund_interest = benefit.min(owed_interest.max(Money::ZERO));
    let to_fund_principal = (benefit - to_fund_interest).min(owed_principal.max(Money::ZERO));
    let to_family = benefit - to_fund_interest - to_fund_principal;
    let debt_left = owed_interest.max(Money::ZERO) + owed_principal.max(Money::ZERO) - to_fund_interest - to_fund_principal;
    Ok(FuneralPayout { collected, admin, benefit, to_fund_interest, to_fund_principal, to_family, debt_left })
}

// ---------------------------------------------------------------------------------------------
// Shares and the dividend by the by-laws (issue 14)
// ---------------------------------------------------------------------------------------------

/// A member's dividend added to shares, as the general meeting may resolve: the whole shares it
/// buys at `price` (their cost goes to share capital) and what is left over, less than one share,
/// which goes to savings (a share is never split). `(shares, cost, left over)`.
pub fn dividend_to_shares(amount: Money, price: Money) -> (i64, Money, Money) {
    use rust_decimal::prelude::ToPrimitive;
    if !price.is_positive() || !amount.is_positive() {
        return (0, Money::ZERO, amount.max(Money::ZERO));
    }
    let n = (amount.decimal() / price.decimal()).trunc();
    let cost = Money::from_decimal(n * price.decimal()).unwrap_or(Money::ZERO);
    (n.to_i64().unwrap_or(0), cost, amount - cost)
}

/// How many whole shares `amount` buys at `price`; None when it is not a whole number of them.
pub fn whole_shares(amount: Money, price: Money) -> Option<i64> {
    if !price.is_positive() || amount.is_negative() {
        return None;
    }
    let q = amount.decimal() / price.decimal();
    if q.fract().is_zero() {
        use rust_decimal::prelude::ToPrimitive;
        q.to_i64()
    } else {
        None
    }
}

vocabulary!(
    /// What a member's dividend is weighted by (a by-law choice).
    Weighting { WholeYear = "whole-year", MonthsHeld = "months-held", AverageBalance = "average-balance" }
);

vocabulary!(
    /// Where the dividend is rounded: each month's part (the Bank of Thailand's method) or the
    /// member's total.
    RoundAt { EachMonth = "each-month", Total = "total" }
);

/// The by-law's dividend rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DividendRule {
    pub weighting: Weighting,
    pub round_at: RoundAt,
    pub rounding: Rounding,
}

impl DividendRule {
    /// The Bank of Thailand's published method for cooperatives: month by month, each month's
    /// part cut (truncated) to the satang.
    pub fn bank_of_thailand() -> DividendRule {
        DividendRule {
            weighting: Weighting::MonthsHeld,
            round_at: RoundAt::EachMonth,
            rounding: Rounding::new(Money::from_minor(1), crate::domain::money::RoundingMode::Truncate),
        }
    }
}

/// One member's dividend and how it came about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberDividend {
    /// The holding counted each month (MonthsHeld, AverageBalance) or the year-end holding alone.
    pub holdings: Vec<Money>,
    /// Each month's part as rounded (EachMonth), or the single total part.
    pub parts: Vec<Money>,
    pub amount: Money,
}

/// A member's dividend at `rate` % a year: on the year-end holding (WholeYear); on each month's
/// holding for a twelfth of a year (MonthsHeld); or on the average of the months' holdings
/// (AverageBalance). `months` are the holdings counted for each month of the year.
pub fn member_dividend(months: &[Money], year_end: Money, rate: Decimal, rule: &DividendRule) -> MemberDividend {
    let r = rule.rounding;
    let yearly = |held: Decimal| held * rate / hundred();
    match rule.weighting {
        Weighting::WholeYear => {
            let amount = r.round(yearly(year_end.decimal()));
            MemberDividend { holdings: vec![year_end], parts: vec![amount], amount }
        }
        Weighting::MonthsHeld => {
            let twelfth = |m: &Money| yearly(m.decimal()) / Decimal::from(12);
            match rule.round_at {
                RoundAt::EachMonth => {
                    let parts: Vec<Money> = months.iter().map(|m| r.round(twelfth(m))).collect();
                    let amount = parts.iter().sum();
                    MemberDividend { holdings: months.to_vec(), parts, amount }
                }
                RoundAt::Total => {
                    let amount = r.round(months.iter().map(twelfth).sum());
                    MemberDividend { holdings: months.to_vec(), parts: vec![amount], amount }
                }
            }
        }
        Weighting::AverageBalance => {
            let n = Decimal::from(months.len().max(1) as i64);
            let average = months.iter().map(|m| m.decimal()).sum::<Decimal>() / n;
            let amount = r.round(yearly(average));
            MemberDividend { holdings: months.to_vec(), parts: vec![amount], amount }
        }
    }
}

/// The yearly rate (in %) that pays out `pool` exactly, before rounding, on these holdings
/// (each member's months and year-end holding) under the weighting (zero when nothing is held).
pub fn rate_for_pool(pool: Money, holdings: &[(Vec<Money>, Money)], weighting: Weighting) -> Decimal {
    let base: Decimal = holdings
        .iter()
        .map(|(months, year_end)| match weighting {
            Weighting::WholeYear => year_end.decimal(),
            Weighting::MonthsHeld => months.iter().map(|m| m.decimal()).sum::<Decimal>() / Decimal::from(12),
            Weighting::AverageBalance => months.iter().map(|m| m.decimal()).sum::<Decimal>() / Decimal::from(months.len().max(1) as i64),
        })
        .sum();
    if base <= Decimal::ZERO {
        return Decimal::ZERO;
    }
    pool.decimal() * hundred() / base
}

/// The rule of a year-end appropriation, by kind of organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scheme {
    /// Bangladesh co-operative, Act s.34.
    Coop(CoopNorms),
    /// Thai co-operative: a reserve of `reserve` % first, the League of Co-operatives' fee of
    /// `league` % (at most 5 % by law) but not above `league_cap` (the League's board's ceiling),
    /// then a dividend at a rate of at most `cap` % a year on shares; what the meeting does not
    /// allocate goes to the reserve.
    ThaiCoop { reserve: Decimal, cap: Decimal, league: Decimal, league_cap: Option<Money> },
    /// Thai village fund / savings group: the fund's own template, totalling 100 %.
    Template(AllocationTemplate),
    /// The surplus simply stays (an SHG, a welfare club).
    SurplusStays,
}

/// The appropriation of a year's result under a scheme. `dividend_at` is what the dividend at
/// the resolved rate pays (Thai co-op, where the rate comes first); the other schemes take the
/// pool from percentages. None: nothing is appropriated (the surplus stays, or no profit).
pub fn close_appropriation(net: Money, scheme: &Scheme, dividend_at: Money, r: Rounding) -> Result<Option<Appropriation>> {
    match scheme {
        Scheme::SurplusStays => Ok(None),
        Scheme::Template(t) => {
            // A template that does not total 100 % is refused even in a year without profit.
            t.validate()?;
            if net.is_positive() { template_allocation(net, t, r).map(Some) } else { Ok(None) }
        }
        _ if !net.is_positive() => Ok(None),
        Scheme::Coop(n) => coop_appropriation(net, n, r).map(Some),
        Scheme::ThaiCoop { reserve, league, league_cap, .. } => {
            check_percent(*reserve)?;
            check_league_fee(*league)?;
            let reserve_part = r.round(net.decimal() * *reserve / hundred());
            let mut league_part = r.round(net.decimal() * *league / hundred());
            if let Some(ceiling) = league_cap {
                league_part = league_part.min(*ceiling);
            }
            let left = net - reserve_part - league_part;
            if dividend_at > left {
                return Err(Refusal::DividendAbovePool { dividend: dividend_at, pool: left });
            }
            let mut parts = vec![Part { bucket: Bucket::Reserve, percent: *reserve, amount: reserve_part }];
            if league_part.is_positive() {
                parts.push(Part { bucket: Bucket::LeagueFee, percent: share_of(net, league_part), amount: league_part });
            }
            parts.push(Part { bucket: Bucket::Dividend, percent: share_of(net, dividend_at), amount: dividend_at });
            if left > dividend_at {
                parts.push(Part { bucket: Bucket::UndistributedToReserve, percent: share_of(net, left - dividend_at), amount: left - dividend_at });
            }
            Ok(Some(Appropriation { net_profit: net, parts }))
        }
    }
}

// ---------------------------------------------------------------------------------------------
// §4.8 VSLA share-out
// ---------------------------------------------------------------------------------------------

/// Value of one share at share-out: (cash in the box − social fund) ÷ shares, exact. The cash
/// must be counted after every loan has been repaid (or the member payouts netted, below); the
/// social fund is not shared out.
pub fn vsla_share_value(cash_in_box: Money, social_fund: Money, total_shares: i64) -> Result<Decimal> {
    if total_shares <= 0 {
        return Err(Refusal::NoSharesToShareOut);
    }
    Ok((cash_in_box - social_fund).decimal() / Decimal::from(total_shares))
}

/// A member's share-out, netted against what the member still owes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShareOut {
    pub gross: Money,
    pub loan_deducted: Money,
    pub net: Money,
    /// Loan still owed after the deduction.
    pub loan_left: Money,
}

pub fn vsla_payout(shares: i64, value_per_share: Decimal, loan_owed: Money, r: Rounding) -> ShareOut {
    let gross = r.round(Decimal::from(shares) * value_per_share);
    let loan_deducted = gross.min(loan_owed.max(Money::ZERO));
    ShareOut { gross, loan_deducted, net: gross - loan_deducted, loan_left: loan_owed.max(Money::ZERO) - loan_deducted }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::loan::{AllocationOrder, InterestMethod, RatePeriod, RepaymentFrequency};
    use crate::domain::money::RoundingMode;
    use crate::domain::org::Attendance;
    use crate::domain::policy::Policy;
    use proptest::prelude::*;
    use std::str::FromStr;

    const R: Rounding = Rounding::PAISA_HALF_UP;

    fn m(units: i64) -> Money {
        Money::units(units)
    }
    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }
    fn date(y: i32, mo: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, mo, d).unwrap()
    }

    #[test]
    fn s4_2_attendance_fines_of_a_weekly_meeting() {
        let policy = Policy {
            id: 1,
            org_id: 1,
            effective_from: date(2025, 4, 1),
            saving_per_meeting: m(10),
            interest_rate: pct(2),
            rate_period: RatePeriod::Month,
            interest_method: InterestMethod::Flat,
            repayment_frequency: RepaymentFrequency::Monthly,
            default_instalments: 10,
            fine_absent: m(5),
            fine_late: Money::ZERO,
            fine_late_instalment: Money::ZERO,
            loan_cap: None,
            loan_cap_savings_multiple: None,
            guarantors_required: 0,
            rounding: R,
            allocation_order: AllocationOrder::default(),
            allow_prepayment: true,
            approval_threshold: None,
            cap_scope: crate::domain::policy::CapScope::PerLoan,
            period_convention: crate::domain::loan::PeriodConvention::Calendar,
        };
        // 15 members: 12 present, 2 absent without notice, 1 absent with leave.
        let mut marks = vec![Attendance::Present; 12];
        marks.extend([Attendance::Absent, Attendance::Absent, Attendance::AbsentWithLeave]);
        assert_eq!(marks.len(), 15);
        let fines: Money = marks.iter().map(|a| policy.attendance_fine(*a)).sum();
        assert_eq!(fines, m(10));
    }

    #[test]
    fn s4_3_first_dose_on_a_corpus_of_51000() {
        let n = LinkageNorms::default();
        let c = Corpus { savings: m(36_000), revolving_fund: m(15_000), grants: Money::ZERO };
        assert_eq!(c.total(), m(51_000));
        assert_eq!(n.eligible(c.total(), 1, R), m(306_000));
        // The minimum applies to a small corpus; later doses; beyond the table the last row.
        assert_eq!(n.eligible(m(20_000), 1, R), m(150_000));
        assert_eq!(n.eligible(c.total(), 2, R), m(408_000));
        assert_eq!(n.eligible(m(20_000), 2, R), m(300_000));
        assert_eq!(n.eligible(c.total(), 3, R), m(600_000));
        assert_eq!(n.eligible(c.total(), 4, R), m(600_000));
    }

    #[test]
    fn s4_3_subvention_for_a_year_on_300000() {
        let s = subvention(&LinkageNorms::default(), m(300_000), 12, R);
        assert_eq!((s.covered, s.charged, s.prompt_credit, s.net), (m(300_000), m(21_000), m(9_000), m(12_000)));
        // Only the first ₹3 lakh of a ₹3,06,000 dose is subvented; half a year is half.
        let s = subvention(&LinkageNorms::default(), m(306_000), 6, R);
        assert_eq!((s.covered, s.charged, s.prompt_credit), (m(300_000), m(10_500), m(4_500)));
    }

    #[test]
    fn s4_4_coop_appropriation_of_50000() {
        let n = CoopNorms::default();
        let a = coop_appropriation(m(50_000), &n, R).unwrap();
        let got: Vec<(Bucket, Money)> = a.parts.iter().map(|p| (p.bucket, p.amount)).collect();
        assert_eq!(
            got,
            vec![(Bucket::Reserve, m(7_500)), (Bucket::CoopDevelopmentFund, m(1_500)), (Bucket::BylawFunds, m(5_000)), (Bucket::Dividend, m(36_000))]
        );
        assert_eq!(a.parts[3].percent, pct(72));
        assert_eq!(a.total(), m(50_000));
        // Dividend rate on paid-up capital of 2,000 shares × Tk 100, and a 15-share member.
        let rate = dividend_rate(a.amount(Bucket::Dividend), m(200_000));
        assert_eq!(rate, pct(18));
        assert_eq!(at_rate(m(15 * 100), rate, R), m(270));
        let levy = audit_levy(m(50_000), &n, R);
        assert_eq!((levy.fee, levy.vat, levy.total()), (m(5_000), m(250), m(5_250)));
    }

    #[test]
    fn s4_4_financing_society_and_dividend_cap() {
        let n = CoopNorms { financing_society: true, ..CoopNorms::default() };
        let a = coop_appropriation(m(50_000), &n, R).unwrap();
        assert_eq!(a.amount(Bucket::BadDebtFund), m(5_000));
        assert_eq!(a.amount(Bucket::Dividend), m(31_000));
        // With no by-law funds the remainder (82 %) is above the 75 % cap: 7 % goes to the reserve.
        let n = CoopNorms { bylaw_funds: Decimal::ZERO, ..CoopNorms::default() };
        let a = coop_appropriation(m(50_000), &n, R).unwrap();
        assert_eq!(a.amount(Bucket::Dividend), m(37_500));
        assert_eq!(a.amount(Bucket::UndistributedToReserve), m(3_500));
        assert_eq!(a.total(), m(50_000));
    }

    #[test]
    fn s4_4_refusals() {
        let n = CoopNorms::default();
        assert_eq!(coop_appropriation(m(-100), &n, R), Err(Refusal::NoProfitToAppropriate { result: m(-100) }));
        assert_eq!(coop_appropriation(Money::ZERO, &n, R), Err(Refusal::NoProfitToAppropriate { result: Money::ZERO }));
        let low = CoopNorms { reserve: pct(10), ..n };
        assert_eq!(coop_appropriation(m(100), &low, R), Err(Refusal::ReserveBelowMinimum { percent: pct(10), minimum: pct(15) }));
        let over = CoopNorms { reserve: pct(90), financing_society: true, ..n };
        assert_eq!(coop_appropriation(m(100), &over, R), Err(Refusal::AppropriationAboveHundred { total: pct(113) }));
        let bad = CoopNorms { audit_fee: pct(-1), ..n };
        assert_eq!(coop_appropriation(m(100), &bad, R), Err(Refusal::PercentOutOfRange { percent: pct(-1) }));
    }

    #[test]
    fn s4_5_thai_template_of_100000() {
        let a = template_allocation(m(100_000), &AllocationTemplate::default(), R).unwrap();
        let got: Vec<Money> = a.parts.iter().map(|p| p.amount).collect();
        assert_eq!(got, vec![m(20_000), m(40_000), m(15_000), m(10_000), m(10_000), m(5_000)]);
        let t = AllocationTemplate { parts: vec![(Bucket::Reserve, pct(20)), (Bucket::Dividend, pct(70))] };
        assert_eq!(template_allocation(m(100), &t, R), Err(Refusal::AllocationNotHundred { total: pct(90) }));
    }

    #[test]
    fn s4_5_month_weighted_dividend() {
        // ฿6,000 on 1 Jan, ฿500 added at each month-end of the year.
        let months: Vec<(NaiveDate, NaiveDate)> =
            (1..=12).map(|mo| (date(2025, mo, 1), if mo == 12 { date(2025, 12, 31) } else { date(2025, mo + 1, 1).pred_opt().unwrap() })).collect();
        let mut moves = vec![(date(2025, 1, 1), m(6_000))];
        moves.extend(months.iter().map(|(_, last)| (*last, m(500))));
        let first = month_balances(Money::ZERO, &moves, &months, MonthBalance::FirstDay);
        assert_eq!(first[0], m(6_000));
        assert_eq!(first[11], m(11_500));
        let (sum, avg) = month_weighted(&first, R);
        assert_eq!((sum, avg), (m(105_000), m(8_750)));
        assert_eq!(at_rate(avg, pct(5), R), Money::from_decimal(dec("437.50")).unwrap());
        // If a deposit counts in its own month: 6,500 … 12,000.
        let (sum, _) = month_weighted(&month_balances(Money::ZERO, &moves, &months, MonthBalance::LastDay), R);
        assert_eq!(sum, m(111_000));
        // The 40,000 dividend pool shared by month-weighted balances: a member whose average is
        // 8,750 of 800,000 in all gets 437.50 (a 5 % rate).
        let d = distribute(m(40_000), &[m(8_750), m(791_250)], R);
        assert_eq!(d.amounts[0], Money::from_minor(43_750));
        assert_eq!(d.residual, Money::ZERO);
        assert_eq!(dividend_rate(m(40_000), m(800_000)), pct(5));
    }

    #[test]
    fn s4_5_average_return() {
        // Pool ฿15,000 over ฿150,000 interest collected: 10 %; ฿1,200 paid → ฿120; a defaulter none.
        let (rate, d) = average_return(m(15_000), &[(m(1_200), true), (m(800), false), (m(148_000), true)], R);
        assert_eq!(rate, pct(10));
        assert_eq!(d.amounts, vec![m(120), Money::ZERO, m(14_800)]);
        assert_eq!(d.residual, m(80));
    }

    #[test]
    fn s4_7_funeral_levy_and_the_borrower_rule() {
        let rules = FuneralRules::default();
        let p = funeral_payout(&rules, 200, Money::ZERO, Money::ZERO, R).unwrap();
        assert_eq!((p.collected, p.admin, p.to_family), (m(10_000), Money::ZERO, m(10_000)));
        // 5 % admin share; the deceased owed ฿3,000 principal and ฿150 interest.
        let rules = FuneralRules { admin_share: pct(5), ..rules };
        let p = funeral_payout(&rules, 200, m(3_000), m(150), R).unwrap();
        assert_eq!((p.admin, p.benefit), (m(500), m(9_500)));
        assert_eq!((p.to_fund_interest, p.to_fund_principal, p.to_family, p.debt_left), (m(150), m(3_000), m(6_350), Money::ZERO));
        // A debt larger than the benefit: all goes to the fund, the rest stays owed.
        let p = funeral_payout(&rules, 200, m(12_000), m(600), R).unwrap();
        assert_eq!((p.to_fund_interest, p.to_fund_principal, p.to_family, p.debt_left), (m(600), m(8_900), Money::ZERO, m(3_100)));
    }

    #[test]
    fn s4_8_vsla_share_out() {
        // 900 shares × ₵5 = ₵4,500 savings + ₵900 profit; the ₵200 social fund is not shared.
        let v = vsla_share_value(m(5_600), m(200), 900).unwrap();
        assert_eq!(v, pct(6));
        let s = vsla_payout(45, v, Money::ZERO, R);
        assert_eq!(s.gross, m(270));
        let s = vsla_payout(45, v, m(100), R);
        assert_eq!((s.loan_deducted, s.net, s.loan_left), (m(100), m(170), Money::ZERO));
        let s = vsla_payout(45, v, m(300), R);
        assert_eq!((s.loan_deducted, s.net, s.loan_left), (m(270), Money::ZERO, m(30)));
        assert_eq!(vsla_share_value(m(5_600), m(200), 0), Err(Refusal::NoSharesToShareOut));
    }

    #[test]
    fn rupee_rounding_puts_the_residual_in_the_last_part() {
        let rupee = Rounding::new(m(1), RoundingMode::HalfUp);
        let a = template_allocation(Money::from_minor(1_000_099), &AllocationTemplate::default(), rupee).unwrap();
        assert_eq!(a.total(), Money::from_minor(1_000_099));
        // 2,000.198 → 2,000; 4,000.396 → 4,000; 1,500.1485 → 1,500; 1,000.099 → 1,000 twice; the
        // last part (5 %) is the rest: 500.99.
        let got: Vec<Money> = a.parts.iter().map(|p| p.amount).collect();
        assert_eq!(got, vec![m(2_000), m(4_000), m(1_500), m(1_000), m(1_000), Money::from_minor(50_099)]);
    }

    fn rounding() -> impl Strategy<Value = Rounding> {
        prop_oneof![
            Just(R),
            Just(Rounding::new(m(1), RoundingMode::HalfUp)),
            Just(Rounding::new(m(10), RoundingMode::HalfEven)),
            Just(Rounding::new(m(5), RoundingMode::Truncate)),
        ]
    }

    proptest! {
        #[test]
        fn template_parts_sum_to_the_whole(profit in 1i64..10_000_000_000, cuts in prop::collection::vec(0u32..=10_000, 1..8), r in rounding()) {
            // Percentages with two decimals that total exactly 100.
            let total: u32 = cuts.iter().sum::<u32>().max(1);
            let mut hundredths: Vec<u32> = cuts.iter().map(|c| c * 10_000 / total).collect();
            let given: u32 = hundredths.iter().sum();
            *hundredths.last_mut().unwrap() += 10_000 - given;
            let t = AllocationTemplate { parts: hundredths.iter().map(|h| (Bucket::Reserve, Decimal::new(*h as i64, 2))).collect() };
            let a = template_allocation(Money::from_minor(profit), &t, r).unwrap();
            prop_assert_eq!(a.total(), Money::from_minor(profit));
            prop_assert!(a.parts.iter().all(|p| !p.amount.is_negative()));
        }

        #[test]
        fn coop_parts_sum_to_the_whole(profit in 1i64..10_000_000_000, reserve in 15u32..=40, cdf in 0u32..=5, bylaw in 0u32..=10, cap in 0u32..=100, fin in any::<bool>(), r in rounding()) {
            let n = CoopNorms { reserve: reserve.into(), development_fund: cdf.into(), bylaw_funds: bylaw.into(), dividend_cap: cap.into(), financing_society: fin, ..CoopNorms::default() };
            let a = coop_appropriation(Money::from_minor(profit), &n, r).unwrap();
            prop_assert_eq!(a.total(), Money::from_minor(profit));
            prop_assert!(a.parts.iter().all(|p| !p.amount.is_negative()));
        }

        #[test]
        fn a_distribution_and_its_residual_make_the_pool(pool in 0i64..1_000_000_000, ws in prop::collection::vec(0i64..100_000_000, 0..30), r in rounding()) {
            let weights: Vec<Money> = ws.iter().map(|w| Money::from_minor(*w)).collect();
            let d = distribute(Money::from_minor(pool), &weights, r);
            prop_assert_eq!(d.amounts.iter().copied().sum::<Money>() + d.residual, Money::from_minor(pool));
            // Never more than the pool, and no share below zero.
            prop_assert!(!d.residual.is_negative() || !r.unit.is_positive(), "{:?}", d);
            prop_assert!(d.amounts.iter().all(|a| !a.is_negative()));
        }

        #[test]
        fn an_average_return_never_pays_out_more_than_its_pool(pool in 0i64..100_000_000, paid in prop::collection::vec((0i64..10_000_000, any::<bool>()), 0..30), r in rounding()) {
            let paid: Vec<(Money, bool)> = paid.iter().map(|(m, ok)| (Money::from_minor(*m), *ok)).collect();
            let (_, d) = average_return(Money::from_minor(pool), &paid, r);
            prop_assert!(!d.residual.is_negative(), "{:?}", d);
            prop_assert_eq!(d.amounts.iter().copied().sum::<Money>() + d.residual, Money::from_minor(pool));
        }
    }
}
