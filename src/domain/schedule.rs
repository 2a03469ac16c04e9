//! Loan arithmetic: schedules for every interest method, dues and arrears as of a date, and the
//! allocation of a repayment.
//!
//! Every figure is exact (`rust_decimal`); intermediate results keep full precision and are
//! rounded once, by the group's rounding rule, where an amount is shown to a member. Each computed
//! amount carries `Explain` entries so the app can say how it was computed.
//!
//! # Explanation messages
//!
//! The English text of every `explain-*` Fluent id used here (arguments are plain, Latin-digit
//! text: amounts as "1234.50", rates as percent without the sign, dates as ISO "2024-01-31"):
//!
//! | id | English text |
//! |---|---|
//! | `explain-periodic-rate` | Rate { $rate } % per { $rate_period } is { $periodic } % per { $frequency } instalment period. |
//! | `explain-period-convention` | Weeks are counted { $convention }: four weeks to a month, or 52 weeks to a year by the calendar. |
//! | `explain-flat-total-interest` | Flat interest: { $principal } × { $periodic } % × { $periods } periods = { $exact }, rounded to { $total }. |
//! | `explain-reducing-total-interest` | Interest on the opening balances adds up to { $exact }, rounded to { $total }. |
//! | `explain-equal-principal` | Principal per instalment: { $principal } ÷ { $periods } = { $exact }, rounded to { $amount }. |
//! | `explain-emi` | Equal instalment: { $principal } × r ÷ (1 − (1 + r)^−{ $periods }) with r = { $periodic } % = { $exact }, rounded to { $instalment }. |
//! | `explain-emi-zero-rate` | At 0 % the equal instalment is { $principal } ÷ { $periods } = { $exact }, rounded to { $instalment }. |
//! | `explain-grace` | Instalments 1 to { $grace } are interest only; the principal is repaid over the remaining { $periods } instalments. |
//! | `explain-rounding` | Amounts are rounded to multiples of { $unit } ({ $mode }); the last instalment absorbs the difference and differs from a regular one by { $difference } (signed). |
//! | `explain-flat-interest` | Interest: { $principal } × { $periodic } % = { $exact }, rounded to { $interest }. |
//! | `explain-reducing-interest` | Interest on the opening balance: { $opening } × { $periodic } % = { $exact }, rounded to { $interest }. |
//! | `explain-emi-principal` | Principal: instalment { $instalment } − interest { $interest } = { $principal }. |
//! | `explain-grace-instalment` | Grace period: interest only, no principal. |
//! | `explain-principal-capped` | Principal limited to the remaining balance { $principal }. |
//! | `explain-interest-capped` | Interest limited to { $interest }, what remains of the total interest. |
//! | `explain-last-principal` | Last instalment: the principal { $principal } is the whole remaining balance. |
//! | `explain-last-interest` | Last instalment: the interest { $interest } is the total interest { $total } less { $earlier } in earlier instalments. |
//! | `explain-bullet` | All principal { $principal } is repaid on { $maturity }; interest { $principal } × { $yearly } % a year × ({ $months } months ÷ 12 + { $days } days ÷ 365) = { $exact }, rounded to { $interest }. |
//! | `explain-bullet-accrued` | Interest accrued to { $date }: { $principal } × { $yearly } % a year × ({ $months } months ÷ 12 + { $days } days ÷ 365) = { $exact }, rounded to { $interest }. |
//! | `explain-dues-scheduled` | Due by { $date }: principal { $principal } and interest { $interest }; paid so far: principal { $paid_principal } and interest { $paid_interest }. |
//! | `explain-settled` | The principal was fully repaid on { $date }; interest of instalments due after that date is not charged. |
//! | `explain-fine` | Fine: { $late } late instalments × { $fine } = { $charged }, less { $paid } already paid = { $due }. |
//! | `explain-days-past-due` | The oldest unpaid instalment fell due on { $date }: { $days } days past due, { $count } instalments overdue. |

use crate::domain::loan::{
    AllocationOrder, InterestMethod, LoanTerms, PeriodConvention, RatePeriod, RepaymentFrequency, RepaymentPart, RepaymentSplit,
};
use crate::domain::money::{Money, Rounding};
use crate::domain::refusal::Refusal;
use chrono::{Datelike, Days, Months, NaiveDate};
use rust_decimal::Decimal;

/// A Fluent message id plus plain (Latin-digit, locale-free) arguments explaining one figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explain {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Explain {
    fn new(id: &'static str, args: Vec<(&'static str, String)>) -> Explain {
        Explain { id, args }
    }
}

/// One line of a repayment schedule.
#[derive(Debug, Clone, PartialEq)]
pub struct Instalment {
    /// 1-based.
    pub no: u32,
    pub due_on: NaiveDate,
    pub opening: Money,
    pub principal: Money,
    pub interest: Money,
    pub total: Money,
    pub closing: Money,
    pub explain: Vec<Explain>,
}

/// A repayment schedule: the instalments and their sums.
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    pub instalments: Vec<Instalment>,
    pub total_principal: Money,
    pub total_interest: Money,
    pub explain: Vec<Explain>,
}

/// A repayment as actually recorded (its stored split, never re-derived).
#[derive(Debug, Clone, PartialEq)]
pub struct Paid {
    pub on: NaiveDate,
    pub split: RepaymentSplit,
}

/// What a borrower owes on a date.
#[derive(Debug, Clone, PartialEq)]
pub struct Dues {
    pub as_of: NaiveDate,
    /// Principal lent less principal repaid.
    pub outstanding_principal: Money,
    /// Scheduled principal due on or before `as_of` and not yet paid (includes the overdue part).
    pub principal_due: Money,
    /// Scheduled interest due on or before `as_of` and not yet paid; for a bullet loan the interest
    /// accrued pro rata to `as_of` less interest paid.
    pub interest_due: Money,
    /// The part of `principal_due` whose due date is strictly before `as_of`.
    pub principal_overdue: Money,
    /// The part of `interest_due` whose due date is strictly before `as_of`.
    pub interest_overdue: Money,
    /// Late fines charged (one per instalment that was not covered by its due date) less fines paid.
    pub fine_due: Money,
    /// Instalments due strictly before `as_of` that are not fully covered.
    pub instalments_overdue: u32,
    /// Days since the oldest instalment not fully covered fell due (0 if none is overdue).
    pub days_past_due: i64,
    /// The next instalment falling due strictly after `as_of` and the amount it adds to what is due.
    pub next_due: Option<(NaiveDate, Money)>,
    /// `fine_due + interest_due + outstanding_principal`: the full settlement today.
    pub total_owed: Money,
    pub explain: Vec<Explain>,
}

/// The periodic rate as `rate × mul ÷ div` (a fraction, not percent), kept as parts so that
/// interest is computed with a single division at the end.
#[derive(Debug, Clone, Copy)]
struct PeriodRate {
    rate: Decimal,
    mul: Decimal,
    div: Decimal,
}

impl PeriodRate {
    fn of(terms: &LoanTerms) -> PeriodRate {
        use RatePeriod as R;
        use RepaymentFrequency as F;
        // The quoted rate is converted by simple proportion (no compounding), as groups do.
        if terms.period == PeriodConvention::FourWeeks {
            // Four weeks to a month, so 48 weeks (24 fortnights) to a year.
            let four_weeks = match (terms.frequency, terms.rate_period) {
                (F::Weekly, R::Month) => Some((1, 400)),
                (F::Weekly, R::Year) => Some((1, 4800)),
                (F::Fortnightly, R::Month) => Some((1, 200)),
                (F::Fortnightly, R::Year) => Some((1, 2400)),
                _ => None,
            };
            if let Some((mul, div)) = four_weeks {
                return PeriodRate { rate: terms.rate, mul: Decimal::from(mul), div: Decimal::from(div) };
            }
        }
        let (mul, div): (i64, i64) = match (terms.frequency, terms.rate_period) {
            (F::Monthly, R::Month) => (1, 100),
            (F::Monthly, R::Year) => (1, 1200),
            (F::Weekly, R::Year) => (1, 5200),
            (F::Weekly, R::Month) => (12, 5200),
            (F::Fortnightly, R::Year) => (1, 2600),
            (F::Fortnightly, R::Month) => (12, 2600),
            (F::Annual, R::Year) => (1, 100),
            (F::Annual, R::Month) => (12, 100),
        };
        PeriodRate { rate: terms.rate, mul: Decimal::from(mul), div: Decimal::from(div) }
    }
    fn on(&self, base: Decimal) -> Decimal {
        base * self.rate * self.mul / self.div
    }
    fn fraction(&self) -> Decimal {
        self.rate * self.mul / self.div
    }
    fn percent(&self) -> Decimal {
        self.rate * self.mul * Decimal::ONE_HUNDRED / self.div
    }
}

fn yearly_rate(terms: &LoanTerms) -> Decimal {
    match terms.rate_period {
        RatePeriod::Year => terms.rate,
        RatePeriod::Month => terms.rate * Decimal::from(12),
    }
}

fn dec(d: Decimal) -> String {
    let mut r = d.round_dp(6).normalize();
    if r.is_zero() {
        r = Decimal::ZERO;
    }
    r.to_string()
}

fn money(m: Money) -> String {
    m.to_plain()
}

fn date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// A refusal of loan terms. `reason` is a code the message selects its sentence by (the
/// `error-invalid-loan-terms` message in every locale), never English text shown to the reader.
/// The most instalments a loan may have (ten years of weekly instalments).
pub const MAX_INSTALMENTS: u32 = 520;

fn invalid(reason: &str) -> Refusal {
    Refusal::InvalidLoanTerms { detail: reason.into() }
}

fn minor_rounding(r: Rounding) -> Rounding {
    Rounding { unit: Money::from_minor(1), mode: r.mode }
}

/// The due date of instalment `k` (1-based), always computed from the start so that month-end
/// clamping does not drift (31 Jan → 29 Feb → 31 Mar).
fn due_date(start: NaiveDate, freq: RepaymentFrequency, k: u32) -> Option<NaiveDate> {
    match freq {
        RepaymentFrequency::Weekly => start.checked_add_days(Days::new(7 * u64::from(k))),
        RepaymentFrequency::Fortnightly => start.checked_add_days(Days::new(14 * u64::from(k))),
        RepaymentFrequency::Monthly => start.checked_add_months(Months::new(k)),
        RepaymentFrequency::Annual => start.checked_add_months(Months::new(k.checked_mul(12)?)),
    }
}

/// Whole calendar months from `start` to `end` and the days left over after them.
fn months_and_days(start: NaiveDate, end: NaiveDate) -> (u32, i64) {
    if end <= start {
        return (0, 0);
    }
    let diff = (end.year() - start.year()) * 12 + end.month() as i32 - start.month() as i32;
    let mut m = diff.max(0) as u32;
    // The calendar difference is an upper bound; it overshoots when the day of month is later.
    while m > 0 && start.checked_add_months(Months::new(m)).is_none_or(|d| d > end) {
        m -= 1;
    }
    let anchor = start.checked_add_months(Months::new(m)).unwrap_or(start);
    (m, (end - anchor).num_days())
}

/// Bullet interest accrued from `start` to `to`: P × yearly % × (m/12 + d/365), exact.
fn bullet_exact(terms: &LoanTerms, to: NaiveDate) -> (u32, i64, Decimal) {
    let (m, d) = months_and_days(terms.start, to);
    let p = terms.principal.decimal();
    // One division at the end keeps 7 whole months on ฿20,000 at 6 % exactly 700.
    let num = p * yearly_rate(terms) * (Decimal::from(m) * Decimal::from(365) + Decimal::from(d) * Decimal::from(12));
    (m, d, num / Decimal::from(100 * 12 * 365))
}

fn bullet_explain(id: &'static str, terms: &LoanTerms, to: NaiveDate, interest: Money) -> Explain {
    let (m, d, exact) = bullet_exact(terms, to);
    let key = if id == "explain-bullet" { "maturity" } else { "date" };
    Explain::new(
        id,
        vec![
            ("principal", money(terms.principal)),
            (key, date(to)),
            ("yearly", dec(yearly_rate(terms))),
            ("months", m.to_string()),
            ("days", d.to_string()),
            ("exact", dec(exact)),
            ("interest", money(interest)),
        ],
    )
}

fn validate(terms: &LoanTerms) -> Result<(), Refusal> {
    if !terms.principal.is_positive() {
        return Err(invalid("principal"));
    }
    if terms.rate < Decimal::ZERO || terms.rate > Decimal::ONE_HUNDRED {
        return Err(invalid("rate"));
    }
    if terms.instalments == 0 || terms.instalments > MAX_INSTALMENTS {
        return Err(invalid("instalments"));
    }
    if terms.grace_periods >= terms.instalments {
        return Err(invalid("grace"));
    }
    if terms.method == InterestMethod::Bullet && terms.grace_periods != 0 {
        return Err(invalid("bullet-grace"));
    }
    if !terms.rounding.unit.is_positive() {
        return Err(invalid("rounding"));
    }
    if terms.rounding.unit > terms.principal {
        return Err(invalid("rounding-above-principal"));
    }
    Ok(())
}

/// Builds the repayment schedule of a loan.
pub fn schedule(terms: &LoanTerms) -> Result<Schedule, Refusal> {
    validate(terms)?;
    let n = terms.instalments;
    let mut dates = Vec::with_capacity(n as usize);
    for k in 1..=n {
        dates.push(due_date(terms.start, terms.frequency, k).ok_or_else(|| invalid("due-date"))?);
    }
    let rate = PeriodRate::of(terms);
    let mut explain = Vec::new();
    if terms.method != InterestMethod::Bullet {
        explain.push(Explain::new(
            "explain-periodic-rate",
            vec![
                ("rate", dec(terms.rate)),
                ("rate_period", terms.rate_period.code().to_string()),
                ("periodic", dec(rate.percent())),
                ("frequency", terms.frequency.code().to_string()),
            ],
        ));
        // The convention only matters (and is only stated) where weeks meet months or years.
        if matches!(terms.frequency, RepaymentFrequency::Weekly | RepaymentFrequency::Fortnightly) {
            explain.push(Explain::new("explain-period-convention", vec![("convention", terms.period.code().to_string())]));
        }
    }
    if terms.grace_periods > 0 {
        explain.push(Explain::new(
            "explain-grace",
            vec![("grace", terms.grace_periods.to_string()), ("periods", (n - terms.grace_periods).to_string())],
        ));
    }
    let instalments = match terms.method {
        InterestMethod::Bullet => bullet(terms, &dates, &mut explain),
        InterestMethod::ReducingEmi => emi(terms, rate, &dates, &mut explain),
        InterestMethod::Flat | InterestMethod::ReducingEqualPrincipal => equal_principal(terms, rate, &dates, &mut explain),
    };
    let total_principal: Money = instalments.iter().map(|i| i.principal).sum();
    let total_interest: Money = instalments.iter().map(|i| i.interest).sum();
    // Extreme rates over hundreds of periods can exceed what the book stores as minor units.
    if (total_principal + total_interest).try_minor().is_none() {
        return Err(invalid("too-large"));
    }
    debug_assert_eq!(total_principal, terms.principal);
    Ok(Schedule { instalments, total_principal, total_interest, explain })
}

/// A new schedule for the outstanding principal of a running loan, from `new_terms.start`.
pub fn reschedule(outstanding: Money, new_terms: &LoanTerms) -> Result<Schedule, Refusal> {
    if new_terms.principal != outstanding {
        return Err(invalid("reschedule-principal"));
    }
    schedule(new_terms)
}

fn bullet(terms: &LoanTerms, dates: &[NaiveDate], explain: &mut Vec<Explain>) -> Vec<Instalment> {
    let maturity = dates[dates.len() - 1];
    let (_, _, exact) = bullet_exact(terms, maturity);
    let interest = terms.rounding.round(exact);
    explain.push(bullet_explain("explain-bullet", terms, maturity, interest));
    vec![Instalment {
        no: 1,
        due_on: maturity,
        opening: terms.principal,
        principal: terms.principal,
        interest,
        total: terms.principal + interest,
        closing: Money::ZERO,
        explain: vec![],
    }]
}

fn rounding_explain(terms: &LoanTerms, rows: &[Instalment], regular_total: Option<Money>, explain: &mut Vec<Explain>) {
    let difference = match (regular_total, rows.last()) {
        (Some(reg), Some(last)) => last.total - reg,
        _ => Money::ZERO,
    };
    explain.push(Explain::new(
        "explain-rounding",
        vec![
            ("unit", money(terms.rounding.unit)),
            ("mode", terms.rounding.mode.code().to_string()),
            ("difference", money(difference)),
        ],
    ));
}

/// Flat and reducing-equal-principal: the same principal each amortising period; they differ
/// only in the base the interest is charged on.
fn equal_principal(terms: &LoanTerms, rate: PeriodRate, dates: &[NaiveDate], explain: &mut Vec<Explain>) -> Vec<Instalment> {
    let n = dates.len() as u32;
    let g = terms.grace_periods;
    let amortising = n - g;
    let p = terms.principal;
    let unit_round = terms.rounding;
    let exact_principal = p.decimal() / Decimal::from(amortising);
    let regular_principal = unit_round.round(exact_principal);
    let flat = terms.method == InterestMethod::Flat;

    // The exact total interest is known before rounding any instalment: flat charges the original
    // principal every period; equal-principal charges the (rounded) opening balances, which are
    // fixed once the per-instalment principal is.
    let mut openings = Vec::with_capacity(n as usize);
    let mut bal = p;
    for k in 1..=n {
        openings.push(bal);
        if k > g {
            let pr = if k == n { bal } else { regular_principal.min(bal) };
            bal -= pr;
        }
    }
    let exact_total = if flat {
        rate.on(p.decimal() * Decimal::from(n))
    } else {
        rate.on(openings.iter().map(|o| o.decimal()).sum())
    };
    let total_interest = minor_rounding(terms.rounding).round(exact_total);
    if flat {
        explain.push(Explain::new(
            "explain-flat-total-interest",
            vec![
                ("principal", money(p)),
                ("periodic", dec(rate.percent())),
                ("periods", n.to_string()),
                ("exact", dec(exact_total)),
                ("total", money(total_interest)),
            ],
        ));
    } else {
        explain.push(Explain::new(
            "explain-reducing-total-interest",
            vec![("exact", dec(exact_total)), ("total", money(total_interest))],
        ));
    }
    explain.push(Explain::new(
        "explain-equal-principal",
        vec![
            ("principal", money(p)),
            ("periods", amortising.to_string()),
            ("exact", dec(exact_principal)),
            ("amount", money(regular_principal)),
        ],
    ));

    let mut rows = Vec::with_capacity(n as usize);
    let mut bal = p;
    let mut interest_left = total_interest;
    let mut regular_total = None;
    for (i, &due_on) in dates.iter().enumerate() {
        let k = i as u32 + 1;
        let last = k == n;
        let mut ex = Vec::new();
        let base = if flat { p } else { bal };
        let exact_interest = rate.on(base.decimal());
        let rounded_interest = unit_round.round(exact_interest);
        ex.push(Explain::new(
            if flat { "explain-flat-interest" } else { "explain-reducing-interest" },
            vec![
                (if flat { "principal" } else { "opening" }, money(base)),
                ("periodic", dec(rate.percent())),
                ("exact", dec(exact_interest)),
                ("interest", money(rounded_interest)),
            ],
        ));
        // Rounding every instalment up could collect more than the exact total; later
        // instalments then take only what is left, so no figure goes negative.
        let interest = if last {
            ex.push(Explain::new(
                "explain-last-interest",
                vec![
                    ("interest", money(interest_left)),
                    ("total", money(total_interest)),
                    ("earlier", money(total_interest - interest_left)),
                ],
            ));
            interest_left
        } else if rounded_interest > interest_left {
            ex.push(Explain::new("explain-interest-capped", vec![("interest", money(interest_left))]));
            interest_left
        } else {
            rounded_interest
        };
        interest_left -= interest;
        let principal = if k <= g {
            ex.push(Explain::new("explain-grace-instalment", vec![]));
            Money::ZERO
        } else if last {
            ex.push(Explain::new("explain-last-principal", vec![("principal", money(bal))]));
            bal
        } else if regular_principal > bal {
            ex.push(Explain::new("explain-principal-capped", vec![("principal", money(bal))]));
            bal
        } else {
            regular_principal
        };
        let opening = bal;
        bal -= principal;
        if !last && k > g && regular_total.is_none() {
            regular_total = Some(principal + interest);
        }
        rows.push(Instalment {
            no: k,
            due_on,
            opening,
            principal,
            interest,
            total: principal + interest,
            closing: bal,
            explain: ex,
        });
    }
    rounding_explain(terms, &rows, regular_total, explain);
    rows
}

/// (1 + r)^−n by repeated multiplication of 1/(1 + r): the factor is at most 1, so the product
/// cannot overflow; very small values lose only digits that cannot change an amount in paise.
fn discount(r: Decimal, n: u32) -> Decimal {
    let v = Decimal::ONE / (Decimal::ONE + r);
    let mut acc = Decimal::ONE;
    for _ in 0..n {
        acc *= v;
    }
    acc
}

fn emi(terms: &LoanTerms, rate: PeriodRate, dates: &[NaiveDate], explain: &mut Vec<Explain>) -> Vec<Instalment> {
    let n = dates.len() as u32;
    let g = terms.grace_periods;
    let amortising = n - g;
    let p = terms.principal;
    let r = rate.fraction();
    let exact_emi = if r.is_zero() {
        p.decimal() / Decimal::from(amortising)
    } else {
        p.decimal() * r / (Decimal::ONE - discount(r, amortising))
    };
    let instalment = terms.rounding.round(exact_emi);
    explain.push(if r.is_zero() {
        Explain::new(
            "explain-emi-zero-rate",
            vec![
                ("principal", money(p)),
                ("periods", amortising.to_string()),
                ("exact", dec(exact_emi)),
                ("instalment", money(instalment)),
            ],
        )
    } else {
        Explain::new(
            "explain-emi",
            vec![
                ("principal", money(p)),
                ("periods", amortising.to_string()),
                ("periodic", dec(rate.percent())),
                ("exact", dec(exact_emi)),
                ("instalment", money(instalment)),
            ],
        )
    });
    // Interest is charged to the paisa on the opening balance; only the instalment (what changes
    // hands at the meeting) is a multiple of the group's unit.
    let minor = minor_rounding(terms.rounding);
    let mut rows = Vec::with_capacity(n as usize);
    let mut bal = p;
    for (i, &due_on) in dates.iter().enumerate() {
        let k = i as u32 + 1;
        let last = k == n;
        let mut ex = Vec::new();
        let exact_interest = rate.on(bal.decimal());
        // Grace instalments are interest only, so their total is the interest: round it by the unit.
        let interest = if k <= g { terms.rounding.round(exact_interest) } else { minor.round(exact_interest) };
        ex.push(Explain::new(
            "explain-reducing-interest",
            vec![
                ("opening", money(bal)),
                ("periodic", dec(rate.percent())),
                ("exact", dec(exact_interest)),
                ("interest", money(interest)),
            ],
        ));
        let principal = if k <= g {
            ex.push(Explain::new("explain-grace-instalment", vec![]));
            Money::ZERO
        } else if last {
            ex.push(Explain::new("explain-last-principal", vec![("principal", money(bal))]));
            bal
        } else {
            let wanted = (instalment - interest).max(Money::ZERO);
            if wanted > bal {
                ex.push(Explain::new("explain-principal-capped", vec![("principal", money(bal))]));
                bal
            } else {
                ex.push(Explain::new(
                    "explain-emi-principal",
                    vec![
                        ("instalment", money(instalment)),
                        ("interest", money(interest)),
                        ("principal", money(wanted)),
                    ],
                ));
                wanted
            }
        };
        let opening = bal;
        bal -= principal;
        rows.push(Instalment {
            no: k,
            due_on,
            opening,
            principal,
            interest,
            total: principal + interest,
            closing: bal,
            explain: ex,
        });
    }
    rounding_explain(terms, &rows, if amortising > 1 { Some(instalment) } else { None }, explain);
    rows
}

/// What is owed on `as_of` given the schedule and the repayments recorded so far.
///
/// Repayments dated after `as_of` are ignored. Dues follow the original schedule: a part
/// prepayment counts towards the next instalments' principal but does not lower their interest
/// (a reschedule does that); once the principal is fully repaid, interest of instalments falling
/// due after that date whose scheduled opening balance is not zero (for a bullet loan: interest
/// after that date) is not charged.
pub fn dues(schedule: &Schedule, terms: &LoanTerms, paid: &[Paid], as_of: NaiveDate, fine_per_overdue_instalment: Money) -> Dues {
    let mut pays: Vec<&Paid> = paid.iter().filter(|p| p.on <= as_of).collect();
    pays.sort_by_key(|p| p.on);
    let principal = schedule.total_principal;
    let paid_p: Money = pays.iter().map(|p| p.split.principal).sum();
    let paid_i: Money = pays.iter().map(|p| p.split.interest).sum();
    let paid_f: Money = pays.iter().map(|p| p.split.fine).sum();
    let outstanding = (principal - paid_p).max(Money::ZERO);

    // Running sums after each payment date (payments on one date count together).
    let mut running: Vec<(NaiveDate, Money, Money)> = Vec::new();
    let (mut cp, mut ci) = (Money::ZERO, Money::ZERO);
    for p in &pays {
        cp += p.split.principal;
        ci += p.split.interest;
        match running.last_mut() {
            Some(last) if last.0 == p.on => *last = (p.on, cp, ci),
            _ => running.push((p.on, cp, ci)),
        }
    }
    let settled_on = running.iter().find(|(_, p, _)| *p >= principal).map(|r| r.0);

    let bullet = terms.method == InterestMethod::Bullet;
    // Effective schedule: (due date, principal, interest) with interest waived after settlement.
    let rows: Vec<(NaiveDate, Money, Money)> = schedule
        .instalments
        .iter()
        .map(|i| {
            let interest = if bullet {
                let end = settled_on.map_or(i.due_on, |s| s.min(i.due_on));
                terms.rounding.round(bullet_exact(terms, end).2)
            } else if settled_on.is_some_and(|s| i.due_on > s) && i.opening.is_positive() {
                // Repaid ahead of the schedule: the money was not out for this period. (An
                // instalment opening at zero is a rounding tail the schedule itself collects.)
                Money::ZERO
            } else {
                i.interest
            };
            (i.due_on, i.principal, interest)
        })
        .collect();

    let mut cum = Vec::with_capacity(rows.len());
    let (mut sp, mut si) = (Money::ZERO, Money::ZERO);
    for r in &rows {
        sp += r.1;
        si += r.2;
        cum.push((r.0, sp, si));
    }
    // The date each instalment became fully covered by cumulative payments, if it has.
    let covered_on: Vec<Option<NaiveDate>> = cum
        .iter()
        .map(|&(_, need_p, need_i)| {
            if need_p.is_zero() && need_i.is_zero() {
                return Some(NaiveDate::MIN);
            }
            running.iter().find(|(_, p, i)| *p >= need_p && *i >= need_i).map(|r| r.0)
        })
        .collect();

    let through = |pred: &dyn Fn(NaiveDate) -> bool| -> (Money, Money) {
        cum.iter().rev().find(|c| pred(c.0)).map_or((Money::ZERO, Money::ZERO), |c| (c.1, c.2))
    };
    let (due_p, due_i) = through(&|d| d <= as_of);
    let (over_p, over_i) = through(&|d| d < as_of);
    let principal_due = (due_p - paid_p).max(Money::ZERO);
    let principal_overdue = (over_p - paid_p).max(Money::ZERO);
    let mut interest_due = (due_i - paid_i).max(Money::ZERO);
    let interest_overdue = (over_i - paid_i).max(Money::ZERO);

    let mut explain = Vec::new();
    let mut charged_interest = due_i;
    if bullet && as_of < rows[rows.len() - 1].0 {
        // Before maturity a bullet loan owes the interest accrued so far, not a scheduled amount.
        let end = settled_on.map_or(as_of, |s| s.min(as_of));
        charged_interest = terms.rounding.round(bullet_exact(terms, end).2);
        interest_due = (charged_interest - paid_i).max(Money::ZERO);
        explain.push(bullet_explain("explain-bullet-accrued", terms, end, charged_interest));
    }
    explain.push(Explain::new(
        "explain-dues-scheduled",
        vec![
            ("date", date(as_of)),
            ("principal", money(due_p)),
            ("interest", money(charged_interest)),
            ("paid_principal", money(paid_p)),
            ("paid_interest", money(paid_i)),
        ],
    ));
    if let Some(s) = settled_on {
        explain.push(Explain::new("explain-settled", vec![("date", date(s))]));
    }

    let mut instalments_overdue = 0u32;
    let mut late = 0u32;
    let mut oldest: Option<NaiveDate> = None;
    for (r, c) in rows.iter().zip(&covered_on) {
        if r.0 >= as_of {
            continue;
        }
        match c {
            None => {
                instalments_overdue += 1;
                late += 1;
                oldest.get_or_insert(r.0);
            }
            Some(c) if *c > r.0 => late += 1,
            Some(_) => {}
        }
    }
    let days_past_due = oldest.map_or(0, |d| (as_of - d).num_days());
    if let Some(d) = oldest {
        explain.push(Explain::new(
            "explain-days-past-due",
            vec![("date", date(d)), ("days", days_past_due.to_string()), ("count", instalments_overdue.to_string())],
        ));
    }
    let charged = Money::from_minor(fine_per_overdue_instalment.minor() * i64::from(late));
    let fine_due = (charged - paid_f).max(Money::ZERO);
    if late > 0 || paid_f.is_positive() {
        explain.push(Explain::new(
            "explain-fine",
            vec![
                ("late", late.to_string()),
                ("fine", money(fine_per_overdue_instalment)),
                ("charged", money(charged)),
                ("paid", money(paid_f)),
                ("due", money(fine_due)),
            ],
        ));
    }

    let next_due = cum.iter().zip(&covered_on).filter(|(c, cov)| c.0 > as_of && cov.is_none()).find_map(|(c, _)| {
        let adds = (c.1 - paid_p).max(Money::ZERO) + (c.2 - paid_i).max(Money::ZERO) - principal_due - interest_due;
        adds.is_positive().then_some((c.0, adds))
    });

    Dues {
        as_of,
        outstanding_principal: outstanding,
        principal_due,
        interest_due,
        principal_overdue,
        interest_overdue,
        fine_due,
        instalments_overdue,
        days_past_due,
        next_due,
        total_owed: fine_due + interest_due + outstanding,
        explain,
    }
}

/// Splits a repayment over fine, interest and principal in `order`, each up to what is due; the
/// rest prepays principal if the by-laws allow it.
pub fn allocate(
    amount: Money,
    dues: &Dues,
    order: AllocationOrder,
    allow_prepayment: bool,
    loan_label: &str,
) -> Result<RepaymentSplit, Refusal> {
    if amount.is_negative() {
        return Err(Refusal::NegativeAmount { field: "repayment".to_string(), input: amount.to_plain() });
    }
    let mut split = RepaymentSplit::default();
    if amount.is_zero() {
        return Ok(split);
    }
    if amount > dues.total_owed {
        return Err(Refusal::RepaymentAboveOwed { loan: loan_label.to_string(), amount, owed: dues.total_owed });
    }
    let due_now = dues.fine_due + dues.interest_due + dues.principal_due;
    if amount > due_now && !allow_prepayment {
        return Err(Refusal::PrepaymentNotAllowed { loan: loan_label.to_string(), amount, due: due_now });
    }
    let mut rest = amount;
    for part in order.0 {
        let (slot, cap) = match part {
            RepaymentPart::Fine => (&mut split.fine, dues.fine_due),
            RepaymentPart::Interest => (&mut split.interest, dues.interest_due),
            RepaymentPart::Principal => (&mut split.principal, dues.principal_due),
        };
        let take = rest.min(cap).max(Money::ZERO);
        *slot += take;
        rest -= take;
    }
    // Only reachable with prepayment allowed; bounded by the outstanding principal because
    // amount ≤ total_owed.
    split.principal += rest;
    Ok(split)
}

/// Days the oldest unpaid instalment is past due on `as_of` (0 if none): a shorthand for
/// portfolio-at-risk reports that need only this figure.
pub fn arrears_days(schedule: &Schedule, terms: &LoanTerms, paid: &[Paid], as_of: NaiveDate) -> i64 {
    dues(schedule, terms, paid, as_of, Money::ZERO).days_past_due
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::money::RoundingMode;
    use proptest::prelude::*;
    use std::str::FromStr;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn m(s: &str) -> Money {
        Money::from_decimal(Decimal::from_str(s).unwrap()).unwrap()
    }

    fn terms(method: InterestMethod) -> LoanTerms {
        LoanTerms {
            principal: Money::units(10_000),
            rate: Decimal::from(2),
            rate_period: RatePeriod::Month,
            method,
            frequency: RepaymentFrequency::Monthly,
            instalments: 10,
            grace_periods: 0,
            start: d(2024, 1, 15),
            rounding: Rounding::PAISA_HALF_UP,
            period: PeriodConvention::Calendar,
        }
    }

    fn check_invariants(t: &LoanTerms, s: &Schedule) -> Result<(), TestCaseError> {
        let n = s.instalments.len();
        prop_assert!(n >= 1);
        prop_assert_eq!(s.instalments.iter().map(|i| i.principal).sum::<Money>(), t.principal);
        prop_assert_eq!(s.total_principal, t.principal);
        prop_assert_eq!(s.instalments.iter().map(|i| i.interest).sum::<Money>(), s.total_interest);
        prop_assert_eq!(s.instalments.iter().map(|i| i.total).sum::<Money>(), s.total_principal + s.total_interest);
        prop_assert_eq!(s.instalments[0].opening, t.principal);
        prop_assert!(s.instalments[n - 1].closing.is_zero());
        let mut prev: Option<&Instalment> = None;
        for (k, i) in s.instalments.iter().enumerate() {
            prop_assert_eq!(i.no as usize, k + 1);
            prop_assert!(!i.principal.is_negative() && !i.interest.is_negative() && !i.closing.is_negative());
            prop_assert_eq!(i.closing, i.opening - i.principal);
            prop_assert_eq!(i.total, i.principal + i.interest);
            prop_assert!(i.principal.try_minor().is_some() && i.interest.try_minor().is_some());
            if let Some(p) = prev {
                prop_assert_eq!(i.opening, p.closing);
                prop_assert!(i.due_on > p.due_on);
            } else {
                prop_assert!(i.due_on > t.start);
            }
            if (k as u32) < t.grace_periods {
                prop_assert!(i.principal.is_zero());
            }
            prev = Some(i);
        }
        Ok(())
    }

    fn pay_all(s: &Schedule) -> Vec<Paid> {
        s.instalments
            .iter()
            .map(|i| Paid {
                on: i.due_on,
                split: RepaymentSplit { fine: Money::ZERO, interest: i.interest, principal: i.principal },
            })
            .collect()
    }

    #[test]
    fn worked_example_4_1_flat() {
        let s = schedule(&terms(InterestMethod::Flat)).unwrap();
        assert_eq!(s.instalments.len(), 10);
        for i in &s.instalments {
            assert_eq!(i.total, Money::units(1_200));
            assert_eq!(i.interest, Money::units(200));
        }
        assert_eq!(s.total_interest, Money::units(2_000));
    }

    #[test]
    fn worked_example_4_1_reducing_equal_principal() {
        let s = schedule(&terms(InterestMethod::ReducingEqualPrincipal)).unwrap();
        let totals: Vec<i64> = s.instalments.iter().map(|i| i.total.minor() / 100).collect();
        assert_eq!(totals, vec![1200, 1180, 1160, 1140, 1120, 1100, 1080, 1060, 1040, 1020]);
        assert_eq!(s.total_interest, Money::units(1_100));
    }

    #[test]
    fn worked_example_4_1_emi() {
        let s = schedule(&terms(InterestMethod::ReducingEmi)).unwrap();
        let i = &s.instalments;
        assert_eq!(i[0].total, m("1113.27"));
        assert_eq!((i[0].interest, i[0].principal), (m("200.00"), m("913.27")));
        assert_eq!((i[1].interest, i[1].principal), (m("181.73"), m("931.54")));
        for k in &i[..9] {
            assert_eq!(k.total, m("1113.27"));
        }
        assert_eq!(s.total_interest, m("1132.65"));
        assert_eq!(i[9].total, m("1113.22"));
        assert!(s.explain.iter().any(|e| e.id == "explain-emi"
            && e.args.contains(&("instalment", "1113.27".to_string()))));
    }

    #[test]
    fn worked_example_4_6_bullet() {
        let t = LoanTerms {
            principal: Money::units(20_000),
            rate: Decimal::from(6),
            rate_period: RatePeriod::Year,
            method: InterestMethod::Bullet,
            frequency: RepaymentFrequency::Monthly,
            instalments: 12,
            grace_periods: 0,
            start: d(2024, 3, 10),
            rounding: Rounding::PAISA_HALF_UP,
            period: PeriodConvention::Calendar,
        };
        let s = schedule(&t).unwrap();
        assert_eq!(s.instalments.len(), 1);
        assert_eq!(s.instalments[0].due_on, d(2025, 3, 10));
        assert_eq!(s.total_interest, Money::units(1_200));
        // The same loan as one annual instalment.
        let annual = LoanTerms { frequency: RepaymentFrequency::Annual, instalments: 1, ..t.clone() };
        assert_eq!(schedule(&annual).unwrap().total_interest, Money::units(1_200));

        let seven = dues(&s, &t, &[], d(2024, 10, 10), Money::ZERO);
        assert_eq!(seven.interest_due, Money::units(700));
        assert_eq!(seven.principal_due, Money::ZERO);
        assert_eq!(seven.total_owed, Money::units(20_700));
        assert_eq!(seven.next_due, Some((d(2025, 3, 10), Money::units(20_500))));
        // Settled after 7 months: nothing more accrues.
        let split = allocate(seven.total_owed, &seven, AllocationOrder::default(), true, "L1").unwrap();
        assert_eq!(split, RepaymentSplit { fine: Money::ZERO, interest: Money::units(700), principal: Money::units(20_000) });
        let paid = [Paid { on: d(2024, 10, 10), split }];
        let later = dues(&s, &t, &paid, d(2025, 6, 1), Money::units(50));
        assert_eq!(later.total_owed, Money::ZERO);
        assert_eq!(later.fine_due, Money::ZERO);
        // Unpaid past maturity: interest stops at the full term; fines are separate.
        let late = dues(&s, &t, &[], d(2025, 6, 1), Money::units(50));
        assert_eq!(late.interest_due, Money::units(1_200));
        assert_eq!(late.interest_overdue, Money::units(1_200));
        assert_eq!(late.principal_overdue, Money::units(20_000));
        assert_eq!(late.fine_due, Money::units(50));
        assert_eq!(late.instalments_overdue, 1);
        assert_eq!(late.days_past_due, (d(2025, 6, 1) - d(2025, 3, 10)).num_days());
    }

    #[test]
    fn bullet_pro_rata_with_days() {
        let t = LoanTerms {
            principal: Money::units(20_000),
            rate: Decimal::from(6),
            rate_period: RatePeriod::Year,
            method: InterestMethod::Bullet,
            frequency: RepaymentFrequency::Annual,
            instalments: 1,
            grace_periods: 0,
            start: d(2024, 1, 31),
            rounding: Rounding::PAISA_HALF_UP,
            period: PeriodConvention::Calendar,
        };
        let s = schedule(&t).unwrap();
        // 31 Jan → 29 Feb is one whole month (clamped), then 1 day: 20,000 × 6 % × (1/12 + 1/365).
        let dd = dues(&s, &t, &[], d(2024, 3, 1), Money::ZERO);
        assert_eq!(dd.interest_due, m("103.29"));
    }

    #[test]
    fn due_dates_clamp_to_month_end() {
        let t = LoanTerms { start: d(2024, 1, 31), instalments: 4, ..terms(InterestMethod::Flat) };
        let s = schedule(&t).unwrap();
        let dates: Vec<NaiveDate> = s.instalments.iter().map(|i| i.due_on).collect();
        assert_eq!(dates, vec![d(2024, 2, 29), d(2024, 3, 31), d(2024, 4, 30), d(2024, 5, 31)]);
        let annual = LoanTerms { start: d(2024, 2, 29), frequency: RepaymentFrequency::Annual, instalments: 2, ..terms(InterestMethod::Flat) };
        let s = schedule(&annual).unwrap();
        assert_eq!(s.instalments[0].due_on, d(2025, 2, 28));
        assert_eq!(s.instalments[1].due_on, d(2026, 2, 28));
        let weekly = LoanTerms { frequency: RepaymentFrequency::Weekly, instalments: 2, ..terms(InterestMethod::Flat) };
        let s = schedule(&weekly).unwrap();
        assert_eq!(s.instalments[1].due_on, d(2024, 1, 29));
        let fortnightly = LoanTerms { frequency: RepaymentFrequency::Fortnightly, instalments: 2, ..terms(InterestMethod::Flat) };
        assert_eq!(schedule(&fortnightly).unwrap().instalments[1].due_on, d(2024, 2, 12));
    }

    #[test]
    fn grace_periods_are_interest_only() {
        for method in [InterestMethod::Flat, InterestMethod::ReducingEqualPrincipal, InterestMethod::ReducingEmi] {
            let t = LoanTerms { grace_periods: 2, instalments: 12, ..terms(method) };
            let s = schedule(&t).unwrap();
            for i in &s.instalments[..2] {
                assert_eq!(i.principal, Money::ZERO);
                assert_eq!(i.interest, Money::units(200));
            }
            assert!(s.instalments[2].principal.is_positive());
            assert!(s.explain.iter().any(|e| e.id == "explain-grace"));
            if method != InterestMethod::ReducingEmi {
                assert_eq!(s.instalments[2].principal, Money::units(1_000));
            }
        }
    }

    #[test]
    fn rounding_to_ten_rupees_last_absorbs() {
        let ten = Rounding { unit: Money::units(10), mode: RoundingMode::HalfUp };
        let t = LoanTerms { instalments: 12, rounding: ten, ..terms(InterestMethod::Flat) };
        let s = schedule(&t).unwrap();
        for i in &s.instalments[..11] {
            assert_eq!(i.principal, Money::units(830));
            assert_eq!(i.interest, Money::units(200));
        }
        assert_eq!(s.instalments[11].principal, Money::units(870));
        assert_eq!(s.total_interest, Money::units(2_400));
        assert!(s.explain.iter().any(|e| e.id == "explain-rounding" && e.args.contains(&("difference", "40.00".to_string()))));

        let e = LoanTerms { rounding: ten, ..terms(InterestMethod::ReducingEmi) };
        let s = schedule(&e).unwrap();
        for i in &s.instalments[..9] {
            assert_eq!(i.total, Money::units(1_110));
        }
        assert!(s.instalments[9].total > Money::units(1_110));
        assert_eq!(s.total_principal, Money::units(10_000));
    }

    #[test]
    fn rounding_up_never_overcharges_interest() {
        // ₹5 a month rounds up to ₹10; the total stays at the exact ₹60.
        let t = LoanTerms {
            principal: Money::units(1_000),
            rate: Decimal::new(5, 1),
            instalments: 12,
            rounding: Rounding { unit: Money::units(10), mode: RoundingMode::HalfUp },
            ..terms(InterestMethod::Flat)
        };
        let s = schedule(&t).unwrap();
        assert_eq!(s.total_interest, Money::units(60));
        assert!(s.instalments.iter().all(|i| !i.interest.is_negative()));
    }

    #[test]
    fn invalid_terms_are_refused() {
        let base = terms(InterestMethod::Flat);
        let bad = [
            LoanTerms { principal: Money::ZERO, ..base.clone() },
            LoanTerms { rate: Decimal::from(-1), ..base.clone() },
            LoanTerms { rate: Decimal::from(101), ..base.clone() },
            LoanTerms { instalments: 0, ..base.clone() },
            LoanTerms { instalments: 521, ..base.clone() },
            LoanTerms { grace_periods: 10, ..base.clone() },
            LoanTerms { method: InterestMethod::Bullet, grace_periods: 1, ..base.clone() },
            LoanTerms { principal: Money::units(5), rounding: Rounding { unit: Money::units(10), mode: RoundingMode::HalfUp }, ..base.clone() },
        ];
        for t in bad {
            assert!(matches!(schedule(&t), Err(Refusal::InvalidLoanTerms { .. })), "{t:?}");
        }
        assert!(schedule(&LoanTerms { rate: Decimal::ZERO, ..base.clone() }).is_ok());
        assert!(matches!(reschedule(Money::units(9_000), &base), Err(Refusal::InvalidLoanTerms { .. })));
        let r = reschedule(Money::units(9_000), &LoanTerms { principal: Money::units(9_000), ..base }).unwrap();
        assert_eq!(r.total_principal, Money::units(9_000));
    }

    #[test]
    fn zero_rate_emi_is_principal_over_periods() {
        let t = LoanTerms { rate: Decimal::ZERO, instalments: 3, ..terms(InterestMethod::ReducingEmi) };
        let s = schedule(&t).unwrap();
        assert_eq!(s.total_interest, Money::ZERO);
        assert_eq!(s.instalments[0].total, m("3333.33"));
        assert_eq!(s.instalments[2].total, m("3333.34"));
    }

    #[test]
    fn dues_arrears_and_fines() {
        let t = terms(InterestMethod::ReducingEqualPrincipal);
        let s = schedule(&t).unwrap();
        let fine = Money::units(10);
        // Nothing paid, three instalments past (15 Feb, 15 Mar, 15 Apr); as of 15 Apr the third is due, not overdue.
        let dd = dues(&s, &t, &[], d(2024, 4, 15), fine);
        assert_eq!(dd.principal_due, Money::units(3_000));
        assert_eq!(dd.interest_due, Money::units(200 + 180 + 160));
        assert_eq!(dd.principal_overdue, Money::units(2_000));
        assert_eq!(dd.interest_overdue, Money::units(380));
        assert_eq!(dd.instalments_overdue, 2);
        assert_eq!(dd.days_past_due, 60);
        assert_eq!(dd.fine_due, Money::units(20));
        assert_eq!(dd.outstanding_principal, Money::units(10_000));
        assert_eq!(dd.total_owed, Money::units(10_000 + 540 + 20));
        assert_eq!(dd.next_due, Some((d(2024, 5, 15), Money::units(1_140))));

        // Catch up late on 20 Apr, paying the fine; then miss May: one more fine, the old one stays paid.
        let split = allocate(dd.fine_due + dd.interest_due + dd.principal_due, &dd, AllocationOrder::default(), false, "L1").unwrap();
        assert_eq!(split.fine, Money::units(20));
        let paid = vec![Paid { on: d(2024, 4, 20), split }];
        let dd = dues(&s, &t, &paid, d(2024, 5, 20), fine);
        // Instalment 3 (15 Apr) was covered on 20 Apr: late, so fined too.
        assert_eq!(dd.fine_due, Money::units(20));
        assert_eq!(dd.instalments_overdue, 1);
        assert_eq!(dd.days_past_due, 5);
        assert_eq!(dd.principal_due, Money::units(1_000));
        assert_eq!(dd.interest_due, Money::units(140));
        assert!(dd.explain.iter().any(|e| e.id == "explain-fine"));
    }

    #[test]
    fn early_settlement_waives_later_interest() {
        let t = terms(InterestMethod::ReducingEqualPrincipal);
        let s = schedule(&t).unwrap();
        let on = d(2024, 4, 15);
        let now = dues(&s, &t, &[], on, Money::units(10));
        assert!(matches!(
            allocate(now.total_owed, &now, AllocationOrder::default(), false, "L"),
            Err(Refusal::PrepaymentNotAllowed { .. })
        ));
        let split = allocate(now.total_owed, &now, AllocationOrder::default(), true, "L").unwrap();
        assert_eq!(split.principal, Money::units(10_000));
        assert_eq!(split.interest, Money::units(540));
        assert_eq!(split.fine, Money::units(20));
        let paid = [Paid { on, split }];
        let later = dues(&s, &t, &paid, d(2024, 12, 1), Money::units(10));
        assert_eq!(later.total_owed, Money::ZERO);
        assert_eq!(later.interest_due, Money::ZERO);
        assert_eq!(later.next_due, None);
        assert!(later.explain.iter().any(|e| e.id == "explain-settled"));

        // A part prepayment counts towards the next instalments' principal.
        let part = [Paid { on: d(2024, 2, 15), split: RepaymentSplit { fine: Money::ZERO, interest: Money::units(200), principal: Money::units(2_500) } }];
        let dd = dues(&s, &t, &part, d(2024, 3, 15), Money::units(10));
        assert_eq!(dd.principal_due, Money::ZERO);
        assert_eq!(dd.interest_due, Money::units(180));
        assert_eq!(dd.instalments_overdue, 0);
        assert_eq!(dd.next_due, Some((d(2024, 4, 15), Money::units(500 + 160))));
    }

    #[test]
    fn allocation_orders_and_errors() {
        let dd = Dues {
            as_of: d(2024, 5, 1),
            outstanding_principal: Money::units(5_000),
            principal_due: Money::units(1_000),
            interest_due: Money::units(200),
            principal_overdue: Money::ZERO,
            interest_overdue: Money::ZERO,
            fine_due: Money::units(10),
            instalments_overdue: 0,
            days_past_due: 0,
            next_due: None,
            total_owed: Money::units(5_210),
            explain: vec![],
        };
        let o = AllocationOrder::default();
        let s = allocate(Money::units(100), &dd, o, false, "L").unwrap();
        assert_eq!((s.fine, s.interest, s.principal), (Money::units(10), Money::units(90), Money::ZERO));
        let p_first = AllocationOrder([RepaymentPart::Principal, RepaymentPart::Interest, RepaymentPart::Fine]);
        let s = allocate(Money::units(1_100), &dd, p_first, false, "L").unwrap();
        assert_eq!((s.fine, s.interest, s.principal), (Money::ZERO, Money::units(100), Money::units(1_000)));
        assert_eq!(allocate(Money::ZERO, &dd, o, false, "L").unwrap(), RepaymentSplit::default());
        assert!(matches!(allocate(-Money::units(1), &dd, o, true, "L"), Err(Refusal::NegativeAmount { .. })));
        assert_eq!(
            allocate(Money::units(1_300), &dd, o, false, "L"),
            Err(Refusal::PrepaymentNotAllowed { loan: "L".into(), amount: Money::units(1_300), due: Money::units(1_210) })
        );
        let s = allocate(Money::units(1_300), &dd, o, true, "L").unwrap();
        assert_eq!(s.principal, Money::units(1_090));
        assert_eq!(
            allocate(Money::units(5_211), &dd, o, true, "L"),
            Err(Refusal::RepaymentAboveOwed { loan: "L".into(), amount: Money::units(5_211), owed: Money::units(5_210) })
        );
    }

    #[test]
    fn extreme_terms_stay_exact() {
        for method in InterestMethod::ALL.iter().copied() {
            for frequency in RepaymentFrequency::ALL.iter().copied() {
                let t = LoanTerms {
                    principal: Money::units(100_000_000_000),
                    rate: Decimal::ONE_HUNDRED,
                    rate_period: RatePeriod::Month,
                    method,
                    frequency,
                    instalments: 520,
                    grace_periods: if method == InterestMethod::Bullet { 0 } else { 519 },
                    start: d(2024, 12, 31),
                    rounding: Rounding { unit: Money::units(10), mode: RoundingMode::Truncate },
                    period: PeriodConvention::Calendar,
                };
                let s = schedule(&t).unwrap();
                check_invariants(&t, &s).unwrap();
                let huge = LoanTerms { principal: Money::units(10_000_000_000_000), ..t.clone() };
                if method == InterestMethod::Bullet && frequency == RepaymentFrequency::Annual {
                    assert!(matches!(schedule(&huge), Err(Refusal::InvalidLoanTerms { .. })));
                }
                let paid = pay_all(&s);
                let end = s.instalments.last().unwrap().due_on;
                assert_eq!(dues(&s, &t, &paid, end, Money::units(5)).total_owed, Money::ZERO);
            }
        }
    }

    #[test]
    fn emi_instalments_are_level_until_the_last() {
        let t = LoanTerms { rate: Decimal::from(24), rate_period: RatePeriod::Year, instalments: 24, ..terms(InterestMethod::ReducingEmi) };
        let s = schedule(&t).unwrap();
        let first = s.instalments[0].total;
        assert!(s.instalments[..23].iter().all(|i| i.total == first));
        assert!((s.instalments[23].total - first).abs() < Money::units(1));
    }

    fn arb_terms() -> impl Strategy<Value = LoanTerms> {
        (
            10_000i64..1_000_000_000,
            0u32..=500,
            prop::bool::ANY,
            prop::sample::select(InterestMethod::ALL.to_vec()),
            prop::sample::select(RepaymentFrequency::ALL.to_vec()),
            1u32..=60,
            0u32..60,
            prop::sample::select(vec![1i64, 100, 500, 1_000]),
            prop::sample::select(vec![RoundingMode::HalfUp, RoundingMode::HalfEven, RoundingMode::Truncate]),
            0i64..3_000,
        )
            .prop_map(|(p, rate_bp, yearly, method, frequency, n, g, unit, mode, day)| {
                let (rate, rate_period) = if yearly {
                    (Decimal::new(i64::from(rate_bp) * 12, 2), RatePeriod::Year)
                } else {
                    (Decimal::new(i64::from(rate_bp), 2), RatePeriod::Month)
                };
                let bullet = method == InterestMethod::Bullet;
                LoanTerms {
                    principal: Money::from_minor(p),
                    rate,
                    rate_period,
                    method,
                    frequency,
                    instalments: n,
                    grace_periods: if bullet { 0 } else { g % n },
                    start: d(2020, 1, 1) + chrono::Duration::days(day),
                    rounding: Rounding { unit: Money::from_minor(unit), mode },
                    period: PeriodConvention::Calendar,
                }
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn schedules_sum_exactly(t in arb_terms()) {
            let s = schedule(&t).unwrap();
            check_invariants(&t, &s)?;
        }

        #[test]
        fn paying_the_schedule_leaves_nothing_due(t in arb_terms(), fine in 0i64..10_000) {
            let s = schedule(&t).unwrap();
            let paid = pay_all(&s);
            let end = s.instalments.last().unwrap().due_on;
            for as_of in [end, end + chrono::Duration::days(40)] {
                let dd = dues(&s, &t, &paid, as_of, Money::from_minor(fine));
                prop_assert_eq!(dd.total_owed, Money::ZERO);
                prop_assert_eq!(dd.principal_due, Money::ZERO);
                prop_assert_eq!(dd.interest_due, Money::ZERO);
                prop_assert_eq!(dd.fine_due, Money::ZERO);
                prop_assert_eq!(dd.instalments_overdue, 0);
                prop_assert_eq!(dd.days_past_due, 0);
                prop_assert_eq!(dd.next_due, None);
            }
            // Paid on time, each instalment: no arrears on any due date.
            for (k, i) in s.instalments.iter().enumerate() {
                let dd = dues(&s, &t, &paid[..=k], i.due_on, Money::from_minor(fine));
                prop_assert_eq!(dd.principal_due, Money::ZERO);
                prop_assert_eq!(dd.interest_due, Money::ZERO);
                prop_assert_eq!(dd.fine_due, Money::ZERO);
                prop_assert_eq!(dd.outstanding_principal, i.closing);
            }
        }

        #[test]
        fn dues_are_consistent(t in arb_terms(), pays in prop::collection::vec((0i64..2_000, 0u32..100, 0u32..100), 0..6), offset in 0i64..2_500, fine in 0i64..5_000) {
            let s = schedule(&t).unwrap();
            let as_of = t.start + chrono::Duration::days(offset);
            // Random part payments, each a fraction of what is due at that point, so data stay sane.
            let mut paid: Vec<Paid> = Vec::new();
            let mut sorted = pays.clone();
            sorted.sort();
            for (day, pi, pp) in sorted {
                let on = t.start + chrono::Duration::days(day);
                let now = dues(&s, &t, &paid, on, Money::from_minor(fine));
                let frac = |m: Money, pct: u32| Money::from_minor(m.minor() * i64::from(pct) / 100);
                paid.push(Paid { on, split: RepaymentSplit {
                    fine: Money::ZERO,
                    interest: frac(now.interest_due, pi),
                    principal: frac(now.outstanding_principal, pp),
                } });
            }
            let dd = dues(&s, &t, &paid, as_of, Money::from_minor(fine));
            for v in [dd.outstanding_principal, dd.principal_due, dd.interest_due, dd.principal_overdue, dd.interest_overdue, dd.fine_due] {
                prop_assert!(!v.is_negative());
            }
            prop_assert!(dd.principal_overdue <= dd.principal_due);
            prop_assert!(dd.interest_overdue <= dd.interest_due);
            prop_assert!(dd.principal_due <= dd.outstanding_principal);
            prop_assert_eq!(dd.total_owed, dd.fine_due + dd.interest_due + dd.outstanding_principal);
            prop_assert_eq!(dd.instalments_overdue == 0, dd.days_past_due == 0);
            if let Some((on, amt)) = dd.next_due {
                prop_assert!(on > as_of && amt.is_positive());
            }
            // Full settlement clears everything.
            let split = allocate(dd.total_owed, &dd, AllocationOrder::default(), true, "L").unwrap();
            prop_assert_eq!(split.total(), dd.total_owed);
            let mut all = paid.clone();
            all.push(Paid { on: as_of, split });
            let after = dues(&s, &t, &all, as_of, Money::from_minor(fine));
            prop_assert_eq!(after.total_owed, Money::ZERO);
        }

        #[test]
        fn allocation_never_overpays(
            fine in 0i64..10_000, interest in 0i64..100_000, pdue in 0i64..1_000_000, extra in 0i64..1_000_000,
            amount in -1_000i64..3_000_000, allow in prop::bool::ANY,
            order in Just(RepaymentPart::ALL.to_vec()).prop_shuffle(),
        ) {
            let f = Money::from_minor;
            let dd = Dues {
                as_of: d(2024, 1, 1),
                outstanding_principal: f(pdue + extra),
                principal_due: f(pdue),
                interest_due: f(interest),
                principal_overdue: Money::ZERO,
                interest_overdue: Money::ZERO,
                fine_due: f(fine),
                instalments_overdue: 0,
                days_past_due: 0,
                next_due: None,
                total_owed: f(fine + interest + pdue + extra),
                explain: vec![],
            };
            let order = AllocationOrder([order[0], order[1], order[2]]);
            let amt = f(amount);
            let due = fine + interest + pdue;
            let owed = due + extra;
            match allocate(amt, &dd, order, allow, "L") {
                Ok(s) => {
                    prop_assert!(amount >= 0 && amount <= owed && (allow || amount <= due));
                    prop_assert_eq!(s.total(), amt);
                    prop_assert!(s.fine <= dd.fine_due && s.interest <= dd.interest_due);
                    prop_assert!(s.principal <= dd.outstanding_principal);
                    prop_assert!(!s.fine.is_negative() && !s.interest.is_negative() && !s.principal.is_negative());
                    if s.principal > dd.principal_due {
                        prop_assert!(allow && s.fine == dd.fine_due && s.interest == dd.interest_due);
                    }
                    // Earlier parts are filled before later parts get anything.
                    let got = |p: RepaymentPart| match p { RepaymentPart::Fine => (s.fine, dd.fine_due), RepaymentPart::Interest => (s.interest, dd.interest_due), RepaymentPart::Principal => (s.principal.min(dd.principal_due), dd.principal_due) };
                    for w in 0..2 {
                        let (later, _) = got(order.0[w + 1]);
                        let (earlier, cap) = got(order.0[w]);
                        if later.is_positive() { prop_assert_eq!(earlier, cap); }
                    }
                }
                Err(Refusal::NegativeAmount { .. }) => prop_assert!(amount < 0),
                Err(Refusal::RepaymentAboveOwed { owed: o, .. }) => { prop_assert!(amount > owed); prop_assert_eq!(o, dd.total_owed); }
                Err(Refusal::PrepaymentNotAllowed { due: dv, .. }) => { prop_assert!(!allow && amount > due && amount <= owed); prop_assert_eq!(dv, f(due)); }
                Err(e) => prop_assert!(false, "unexpected {:?}", e),
            }
        }
    }
}
