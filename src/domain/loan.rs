//! Loan terms: the vocabulary of methods, frequencies and allocation orders, and the terms a
//! loan is disbursed (or rescheduled) under. The arithmetic on them lives in `domain::schedule`.

use crate::domain::money::{Money, Rounding};
use crate::domain::org::vocabulary;
use chrono::NaiveDate;
use rust_decimal::Decimal;

vocabulary!(
    /// How interest is charged.
    InterestMethod {
        /// Interest on the original principal for every period.
        Flat = "flat",
        /// Equal principal each period; interest on the opening balance of the period.
        ReducingEqualPrincipal = "reducing-equal-principal",
        /// Equal instalments (EMI = P·r / (1 − (1+r)^−n)); interest on the opening balance.
        ReducingEmi = "reducing-emi",
        /// All principal at maturity; interest pro rata for the time the money was out.
        Bullet = "bullet",
    }
);

vocabulary!(
    /// How often instalments fall due.
    RepaymentFrequency { Weekly = "weekly", Fortnightly = "fortnightly", Monthly = "monthly", Annual = "annual" }
);

vocabulary!(
    /// The period a quoted interest rate refers to (2 % per month, 24 % per year).
    RatePeriod { Month = "month", Year = "year" }
);

vocabulary!(
    /// How a monthly or yearly rate is turned into a weekly or fortnightly one (a by-law, issue
    /// 15): many SHG registers count four weeks to a month (1 % a month on 12,000 is 30 a week),
    /// others go by the calendar's 52 weeks a year (27.69).
    PeriodConvention { Calendar = "calendar", FourWeeks = "four-weeks" }
);

impl Default for PeriodConvention {
    /// The calendar: what every loan counted before the by-laws could say otherwise.
    fn default() -> Self {
        PeriodConvention::Calendar
    }
}

vocabulary!(
    /// Where the money lent came from.
    FundKind {
        OwnSavings = "own-savings",
        RevolvingFund = "revolving-fund",
        CommunityInvestmentFund = "community-investment-fund",
        BankLoan = "bank-loan",
        VillageFundCapital = "village-fund-capital",
        WelfareFund = "welfare-fund",
    }
);

vocabulary!(
    /// One part of a repayment.
    RepaymentPart { Fine = "fine", Interest = "interest", Principal = "principal" }
);

/// The order in which a repayment pays off what is owed (fine, interest, principal by default).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AllocationOrder(pub [RepaymentPart; 3]);

impl Default for AllocationOrder {
    fn default() -> Self {
        AllocationOrder([RepaymentPart::Fine, RepaymentPart::Interest, RepaymentPart::Principal])
    }
}

impl AllocationOrder {
    /// "fine,interest,principal"
    pub fn code(&self) -> String {
        self.0.iter().map(|p| p.code()).collect::<Vec<_>>().join(",")
    }
    pub fn from_code(s: &str) -> Option<AllocationOrder> {
        let parts: Vec<RepaymentPart> = s.split(',').map(RepaymentPart::from_code).collect::<Option<_>>()?;
        if parts.len() != 3 {
            return None;
        }
        let mut seen = parts.clone();
        seen.sort();
        seen.dedup();
        if seen.len() != 3 {
            return None;
        }
        Some(AllocationOrder([parts[0], parts[1], parts[2]]))
    }
}

/// The terms of a loan (at disbursement, or from a rescheduling date on).
#[derive(Debug, Clone, PartialEq)]
pub struct LoanTerms {
    /// Principal the schedule amortises (at a reschedule: the outstanding principal).
    pub principal: Money,
    /// Rate in percent per `rate_period` (2 means 2 %).
    pub rate: Decimal,
    pub rate_period: RatePeriod,
    pub method: InterestMethod,
    pub frequency: RepaymentFrequency,
    /// Number of instalments (1 for a bullet loan).
    pub instalments: u32,
    /// Periods at the start with interest only, no principal.
    pub grace_periods: u32,
    /// Start of the schedule: the disbursement date (or the rescheduling date).
    pub start: NaiveDate,
    /// Instalment rounding: each instalment is a multiple of `unit` (e.g. ₹1 or ₹10); the last
    /// instalment absorbs the remainder so the schedule sums exactly.
    pub rounding: Rounding,
    /// How the rate is counted for weekly and fortnightly instalments (the by-laws' convention).
    pub period: PeriodConvention,
}

/// The split of one repayment, as it is stored (never re-derived from a schedule).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RepaymentSplit {
    pub fine: Money,
    pub interest: Money,
    pub principal: Money,
}

impl RepaymentSplit {
    pub fn total(&self) -> Money {
        self.fine + self.interest + self.principal
    }
}
