//! By-laws as dated policy versions: what a member saves each meeting, how loans are priced and
//! capped, which fines apply, how figures are rounded. A change is a new version from a date;
//! every entry keeps the version it was made under.

use crate::domain::loan::{AllocationOrder, InterestMethod, PeriodConvention, RatePeriod, RepaymentFrequency};
use crate::domain::org::vocabulary;
use crate::domain::refusal::Refusal;
use crate::domain::money::{Money, Rounding};
use chrono::NaiveDate;
use rust_decimal::Decimal;

#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    pub id: i64,
    pub org_id: i64,
    pub effective_from: NaiveDate,
    /// Regular saving expected from each member at each meeting.
    pub saving_per_meeting: Money,
    pub interest_rate: Decimal,
    pub rate_period: RatePeriod,
    pub interest_method: InterestMethod,
    pub repayment_frequency: RepaymentFrequency,
    pub default_instalments: u32,
    pub fine_absent: Money,
    pub fine_late: Money,
    /// Fine for each instalment found overdue at a meeting.
    pub fine_late_instalment: Money,
    /// Absolute loan cap per member (None: no absolute cap).
    pub loan_cap: Option<Money>,
    /// Cap as a multiple of the member's own savings (None: no multiple cap).
    pub loan_cap_savings_multiple: Option<Decimal>,
    pub guarantors_required: u32,
    pub rounding: Rounding,
    pub allocation_order: AllocationOrder,
    pub allow_prepayment: bool,
    /// Loans above this amount need a second person's approval (two-person rule).
    pub approval_threshold: Option<Money>,
    /// What the loan cap limits: each new loan, or all a member owes with it (issue 15).
    pub cap_scope: CapScope,
    /// How weekly and fortnightly interest is counted from a monthly or yearly rate.
    pub period_convention: PeriodConvention,
}

vocabulary!(
    /// What the by-laws' loan cap (absolute or a multiple of savings) is compared with.
    CapScope {
        /// Each loan on its own.
        PerLoan = "per-loan",
        /// The member's outstanding principal on every loan, with the new loan added.
        MemberOutstanding = "member-outstanding",
    }
);

impl Policy {
    /// The cap that applies to a member with `savings` saved: the smaller of the absolute cap and
    /// the savings multiple, or None if neither is set.
    pub fn loan_cap_for(&self, savings: Money) -> Option<Money> {
        let multiple = self
            .loan_cap_savings_multiple
            .map(|m| Money::from_decimal((savings.decimal() * m).round_dp(2)).unwrap_or(Money::ZERO));
        match (self.loan_cap, multiple) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (Some(a), None) => Some(a),
            (None, Some(b)) => Some(b),
            (None, None) => None,
        }
    }

    /// Refuses a new loan of `principal` above the cap: with `outstanding` the member already
    /// owes counted in when the by-laws cap what a member owes, not each loan.
    pub fn check_loan_cap(&self, member: &str, principal: Money, savings: Money, outstanding: Money) -> Result<(), Refusal> {
        let Some(cap) = self.loan_cap_for(savings) else { return Ok(()) };
        match self.cap_scope {
            CapScope::PerLoan if principal > cap => Err(Refusal::LoanAboveCap { member: member.to_string(), amount: principal, cap }),
            CapScope::MemberOutstanding if outstanding + principal > cap => Err(Refusal::LoanAboveMemberCap {
                member: member.to_string(),
                amount: principal,
                outstanding,
                cap,
                room: (cap - outstanding).max(Money::ZERO),
            }),
            _ => Ok(()),
        }
    }

    /// The fine due for an attendance mark at a meeting.
    pub fn attendance_fine(&self, a: crate::domain::org::Attendance) -> Money {
        use crate::domain::org::Attendance::*;
        match a {
            Present | AbsentWithLeave => Money::ZERO,
            Late => self.fine_late,
            Absent => self.fine_absent,
        }
    }
}

/// The policy in force on `date`: the latest version whose `effective_from` is on or before it.
pub fn in_force(versions: &[Policy], date: NaiveDate) -> Option<&Policy> {
    versions.iter().filter(|p| p.effective_from <= date).max_by_key(|p| (p.effective_from, p.id))
}
