//! The VSLA way of running a savings group (issue 14, domain.md §4.8): shares bought at each
//! meeting (1 to 5 at the cycle's fixed price), a social fund that is never shared out, loans
//! with a flat service charge a month, and the share-out at the cycle's end with its posting.

use super::ledger::{code, BalancedEntry, Entry, Line, LineKind, VoucherKind};
use super::money::{Money, Rounding, RoundingMode};
use crate::domain::refusal::{Refusal, Result};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// The fewest and most shares a member may buy at one meeting.
pub const MIN_SHARES_PER_MEETING: i64 = 1;
pub const MAX_SHARES_PER_MEETING: i64 = 5;

/// The longest a cycle may run, in months. A VSLA cycle runs about a year (domain.md §4.8),
/// usually 9 to 12 months; two years is the most any group's by-laws set.
pub const MAX_CYCLE_MONTHS: u32 = 24;

/// The highest service charge a cycle may set, % a month (flat). Groups set 5 to 10 % a month;
/// above 20 % is a typing slip (a yearly rate typed as monthly, or an amount for a rate).
pub const MAX_SERVICE_CHARGE_PERCENT: i64 = 20;

/// Refuses a cycle whose end is not after its start, or that runs longer than
/// `MAX_CYCLE_MONTHS` (its last day at most that many months after its first).
pub fn check_cycle_dates(start: NaiveDate, end: NaiveDate) -> Result<()> {
    if end <= start {
        return Err(Refusal::VslaCycleEndNotAfterStart { start, end });
    }
    let latest = start.checked_add_months(chrono::Months::new(MAX_CYCLE_MONTHS)).unwrap_or(NaiveDate::MAX);
    if end > latest {
        return Err(Refusal::VslaCycleTooLong { start, end, months: MAX_CYCLE_MONTHS.into(), latest });
    }
    Ok(())
}

/// Refuses a service charge below zero or above `MAX_SERVICE_CHARGE_PERCENT` a month; `typed`
/// is what the reader typed, for the message.
pub fn check_service_charge(typed: &str, percent_a_month: Decimal) -> Result<()> {
    let max = MAX_SERVICE_CHARGE_PERCENT;
    if percent_a_month.is_sign_negative() && !percent_a_month.is_zero() || percent_a_month > Decimal::from(max) {
        return Err(Refusal::VslaServiceChargeOutOfRange { input: typed.to_string(), max });
    }
    Ok(())
}

/// Refuses a purchase of shares at a meeting that is not 1 to 5 whole shares (none is fine: the
/// member buys nothing that week).
pub fn check_meeting_shares(member: &str, typed: &str, n: Decimal) -> Result<()> {
    if !n.fract().is_zero() {
        return Err(Refusal::NotWholeShares { member: member.to_string(), shares: typed.to_string() });
    }
    if n.is_zero() {
        return Ok(());
    }
    if n < Decimal::from(MIN_SHARES_PER_MEETING) || n > Decimal::from(MAX_SHARES_PER_MEETING) {
        return Err(Refusal::VslaSharesOutOfRange { member: member.to_string(), shares: typed.to_string() });
    }
    Ok(())
}

/// The service charge of a loan: a flat percentage a month of the principal, for each month the
/// loan runs, rounded by the group's rule.
pub fn service_charge(principal: Money, percent_a_month: Decimal, months: u32, r: Rounding) -> Money {
    r.round(principal.decimal() * percent_a_month / Decimal::from(100) * Decimal::from(months))
}

/// What a by-law says a share-out does with a loan still out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoansAtShareOut {
    /// The balance is deducted from the borrower's payout (and counted in the fund as if repaid).
    Net,
    /// No share-out while any loan is out.
    Refuse,
}

impl LoansAtShareOut {
    pub fn code(self) -> &'static str {
        match self {
            LoansAtShareOut::Net => "net",
            LoansAtShareOut::Refuse => "refuse",
        }
    }
    pub fn from_code(s: &str) -> Option<LoansAtShareOut> {
        match s {
            "net" => Some(LoansAtShareOut::Net),
            "refuse" => Some(LoansAtShareOut::Refuse),
            _ => None,
        }
    }
}

/// A member as the share-out sees them: shares held, the share capital those shares stand at in
/// the book, and each loan still out (loan id, principal outstanding).
#[derive(Debug, Clone, PartialEq)]
pub struct Holding {
    pub member_id: i64,
    pub label: String,
    pub shares: i64,
    pub capital: Money,
    pub loans: Vec<(i64, Money)>,
}

/// One member's line of the share-out sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareOutLine {
    pub member_id: i64,
    pub label: String,
    pub shares: i64,
    pub capital: Money,
    /// shares × value per share, cut to the rounding unit.
    pub gross: Money,
    /// Loans still out, deducted (each loan id with what is deducted from it).
    pub loans_deducted: Vec<(i64, Money)>,
    /// What is handed to the member.
    pub net: Money,
}

impl ShareOutLine {
    pub fn deducted(&self) -> Money {
        self.loans_deducted.iter().map(|(_, a)| *a).sum()
    }
    /// The member's profit: what the shares fetch above what they cost (negative in a loss).
    pub fn profit(&self) -> Money {
        self.gross - self.capital
    }
}

/// The whole share-out, before it is posted.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareOutPlan {
    pub cash: Money,
    pub bank: Money,
    pub social_fund: Money,
    pub loans_out: Money,
    /// cash + bank − social fund + loans still out (netted): what the shares are worth together.
    pub fund: Money,
    pub total_shares: i64,
    /// fund ÷ total shares, exact.
    pub value_per_share: Decimal,
    pub lines: Vec<ShareOutLine>,
    /// fund − Σ gross: what cutting each payout to the unit leaves; it stays in the fund and is
    /// carried into the next cycle.
    pub residual: Money,
}

impl ShareOutPlan {
    pub fn gross(&self) -> Money {
        self.lines.iter().map(|l| l.gross).sum()
    }
    pub fn paid(&self) -> Money {
        self.lines.iter().map(|l| l.net).sum()
    }
    pub fn capital(&self) -> Money {
        self.lines.iter().map(|l| l.capital).sum()
    }
}

/// Works out a share-out. The loan fund is the cash and bank after every loan is repaid, less
/// the social fund (not shared out). Each payout is shares × value per share cut (truncated) to
/// `unit`, so payouts never exceed the fund; the residual stays in the fund.
pub fn share_out(cash: Money, bank: Money, social_fund: Money, holdings: &[Holding], rule: LoansAtShareOut, unit: Money) -> Result<ShareOutPlan> {
    let total_shares: i64 = holdings.iter().map(|h| h.shares).sum();
    if total_shares <= 0 {
        return Err(Refusal::NoSharesToShareOut);
    }
    let loans_out: Money = holdings.iter().flat_map(|h| h.loans.iter().map(|(_, a)| *a)).filter(|a| a.is_positive()).sum();
    if loans_out.is_positive() && rule == LoansAtShareOut::Refuse {
        let count = holdings.iter().flat_map(|h| h.loans.iter()).filter(|(_, a)| a.is_positive()).count();
        return Err(Refusal::VslaLoansOutstanding { count: count as i64, amount: loans_out });
    }
    let fund = cash + bank - social_fund + loans_out;
    if fund.is_negative() {
        return Err(Refusal::VslaFundShort { fund, social_fund });
    }
    let value_per_share = fund.decimal() / Decimal::from(total_shares);
    let cut = Rounding::new(unit, RoundingMode::Truncate);
    let mut lines = Vec::new();
    for h in holdings.iter().filter(|h| h.shares > 0 || !h.capital.is_zero() || h.loans.iter().any(|(_, a)| a.is_positive())) {
        let gross = cut.round(Decimal::from(h.shares) * value_per_share);
        let mut left = gross;
        let mut loans_deducted = Vec::new();
        for (loan, owed) in h.loans.iter().filter(|(_, a)| a.is_positive()) {
            let d = left.min(*owed);
            left -= d;
            loans_deducted.push((*loan, d));
        }
        // A loan larger than the borrower's payout cannot be netted whole: the member would
        // leave owing the group, which the share-out cannot settle.
        let short: Money = h.loans.iter().map(|(_, a)| (*a).max(Money::ZERO)).sum::<Money>() - loans_deducted.iter().map(|(_, a)| *a).sum::<Money>();
        if short.is_positive() {
            return Err(Refusal::VslaLoanAbovePayout { member: h.label.clone(), owed: short + gross, payout: gross });
        }
        lines.push(ShareOutLine { member_id: h.member_id, label: h.label.clone(), shares: h.shares, capital: h.capital, gross, loans_deducted, net: left });
    }
    let residual = fund - lines.iter().map(|l| l.gross).sum::<Money>();
    Ok(ShareOutPlan { cash, bank, social_fund, loans_out, fund, total_shares, value_per_share, lines, residual })
}

/// The share-out voucher: each member's share capital is paid back and the profit above it
/// comes out of the accumulated surplus (a loss goes back into it); loans netted are credited
/// to the loan; the payouts leave the cash box first, then the bank. The residual and the
/// social fund are not touched, so they stay for the next cycle.
pub fn share_out_posting(date: NaiveDate, p: &ShareOutPlan) -> Result<BalancedEntry> {
    let mut e = Entry::new(date, VoucherKind::Payment, "");
    for l in &p.lines {
        e.push(Line::new(code::SHARE_CAPITAL, l.capital, LineKind::ShareOut).member(l.member_id));
        e.push(Line::new(code::SURPLUS, l.profit(), LineKind::ShareOut).member(l.member_id));
        for (loan, amount) in &l.loans_deducted {
            e.push(Line::new(code::LOANS_TO_MEMBERS, -*amount, LineKind::Principal).member(l.member_id).loan(*loan));
        }
    }
    let paid = p.paid();
    let from_cash = paid.min(p.cash.max(Money::ZERO));
    e.push(Line::new(code::CASH, -from_cash, LineKind::ShareOut));
    e.push(Line::new(code::BANK, -(paid - from_cash), LineKind::ShareOut));
    e.balance()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(units: i64) -> Money {
        Money::units(units)
    }
    fn h(id: i64, shares: i64, price: i64, loans: Vec<(i64, Money)>) -> Holding {
        Holding { member_id: id, label: format!("M{id}"), shares, capital: m(shares * price), loans }
    }

    #[test]
    fn shares_at_a_meeting_are_one_to_five_whole() {
        for ok in ["0", "1", "5", "3.0"] {
            assert!(check_meeting_shares("M1", ok, ok.parse().unwrap()).is_ok(), "{ok}");
        }
        assert!(matches!(check_meeting_shares("M1", "6", Decimal::from(6)), Err(Refusal::VslaSharesOutOfRange { .. })));
        assert!(matches!(check_meeting_shares("M1", "1.5", "1.5".parse().unwrap()), Err(Refusal::NotWholeShares { .. })));
    }

    #[test]
    fn a_cycle_ends_after_it_starts_and_runs_two_years_at_most() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        // A year less a day, and two years to the day (1 Jan 2025 + 24 months = 1 Jan 2027).
        assert!(check_cycle_dates(d(2025, 1, 1), d(2025, 12, 31)).is_ok());
        assert!(check_cycle_dates(d(2025, 1, 1), d(2027, 1, 1)).is_ok());
        assert_eq!(check_cycle_dates(d(2025, 1, 1), d(2027, 1, 2)), Err(Refusal::VslaCycleTooLong { start: d(2025, 1, 1), end: d(2027, 1, 2), months: 24, latest: d(2027, 1, 1) }));
        assert_eq!(check_cycle_dates(d(2025, 1, 1), d(2025, 1, 1)), Err(Refusal::VslaCycleEndNotAfterStart { start: d(2025, 1, 1), end: d(2025, 1, 1) }));
        assert_eq!(check_cycle_dates(d(2025, 1, 1), d(2024, 12, 1)), Err(Refusal::VslaCycleEndNotAfterStart { start: d(2025, 1, 1), end: d(2024, 12, 1) }));
    }

    #[test]
    fn a_service_charge_is_zero_to_twenty_percent_a_month() {
        assert!(check_service_charge("0", Decimal::ZERO).is_ok());
        assert!(check_service_charge("20", Decimal::from(20)).is_ok());
        let out = |typed: &str| Err(Refusal::VslaServiceChargeOutOfRange { input: typed.into(), max: 20 });
        assert_eq!(check_service_charge("20.5", "20.5".parse().unwrap()), out("20.5"));
        assert_eq!(check_service_charge("-5", Decimal::from(-5)), out("-5"));
    }

    #[test]
    fn service_charge_is_flat_on_the_principal() {
        // 1,000 at 10 % a month for 3 months: 1,000 × 0.10 × 3 = 300.
        assert_eq!(service_charge(m(1_000), Decimal::from(10), 3, Rounding::PAISA_HALF_UP), m(300));
    }

    #[test]
    fn the_270_example() {
        // 900 shares at 5 = 4,500 saved, plus 900 profit: 5,400 in the loan fund (cash 5,600
        // less a social fund of 200). 5,400 ÷ 900 = 6 a share; 45 shares × 6 = 270.
        let mut hs = vec![h(1, 45, 5, vec![])];
        for i in 2..=19 {
            hs.push(h(i, 45, 5, vec![]));
        }
        hs.push(h(20, 45, 5, vec![]));
        assert_eq!(hs.iter().map(|x| x.shares).sum::<i64>(), 900);
        let p = share_out(m(5_600), Money::ZERO, m(200), &hs, LoansAtShareOut::Refuse, Money::from_minor(1)).unwrap();
        assert_eq!(p.value_per_share, Decimal::from(6));
        assert_eq!(p.lines[0].gross, m(270));
        assert_eq!(p.lines[0].profit(), m(45));
        assert_eq!(p.residual, Money::ZERO);
    }
}
