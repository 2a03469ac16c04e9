//! What a rule of the domain refuses: a voucher that does not balance, a loan above its cap, a
//! repayment above what is owed, a share-out the by-laws do not allow, an amount that is not one.
//! The domain's own error type; the app carries it as `Error::Domain`, with the same code and
//! message as any other error.

use crate::domain::money::{AmountError, Money};
use chrono::NaiveDate;
use rust_decimal::Decimal;

crate::error::error_enum! {
/// A refusal of a domain rule; its code is `error-` and its name in kebab case.
pub enum Refusal {
    #[error("not an amount: {input}")]
    InvalidAmount { field: String, input: String },
    #[error("negative amount: {input}")]
    NegativeAmount { field: String, input: String },
    #[error("too many decimals: {input}")]
    TooManyDecimals { field: String, input: String, digits: u32 },
    #[error("amount too large: {input}")]
    AmountTooLarge { field: String, input: String },
    #[error("loan {amount} above the cap {cap}")]
    LoanAboveCap { member: String, amount: Money, cap: Money },
    #[error("invalid loan terms: {detail}")]
    InvalidLoanTerms { detail: String },
    #[error("repayment {amount} is more than the {owed} owed")]
    RepaymentAboveOwed { loan: String, amount: Money, owed: Money },
    #[error("repayment {amount} is more than the {due} due and prepayment is not allowed")]
    PrepaymentNotAllowed { loan: String, amount: Money, due: Money },
    #[error("withdrawal {amount} is more than the savings balance {balance}")]
    WithdrawalAboveSavings { member: String, amount: Money, balance: Money },
    #[error("bank loan repayment {amount} is more than the {owed} owed")]
    BankLoanAboveOwed { amount: Money, owed: Money },
    #[error("voucher does not balance by {difference}")]
    UnbalancedVoucher { difference: Money },
    #[error("voucher has no lines")]
    EmptyVoucher,
    #[error("no net profit to appropriate: {result}")]
    NoProfitToAppropriate { result: Money },
    #[error("percentage {percent} is not between 0 and 100")]
    PercentOutOfRange { percent: Decimal },
    #[error("reserve {percent} % is below the minimum {minimum} %")]
    ReserveBelowMinimum { percent: Decimal, minimum: Decimal },
    #[error("the appropriation percentages add up to {total} %, more than 100 %")]
    AppropriationAboveHundred { total: Decimal },
    #[error("the allocation percentages add up to {total} %, not 100 %")]
    AllocationNotHundred { total: Decimal },
    #[error("no shares to share out")]
    NoSharesToShareOut,
    #[error("{member}: {shares} is not a whole number of shares")]
    NotWholeShares { member: String, shares: String },
    #[error("a dividend of {dividend} is more than the {pool} left for it")]
    DividendAbovePool { dividend: Money, pool: Money },
    #[error("a league fee of {percent}% is outside 0 to {max}% of the net profit")]
    LeagueFeeAboveLaw { percent: Decimal, max: Decimal },
    #[error("loan of {amount} for {member} would take what they owe ({outstanding}) above the cap {cap}")]
    LoanAboveMemberCap { member: String, amount: Money, outstanding: Money, cap: Money, room: Money },
    #[error("{member} may buy 1 to 5 shares at a meeting, not {shares}")]
    VslaSharesOutOfRange { member: String, shares: String },
    #[error("{count} loans ({amount}) are still out; the by-laws refuse a share-out until they are repaid")]
    VslaLoansOutstanding { count: i64, amount: Money },
    #[error("the loan fund ({fund}) is less than nothing once the social fund ({social_fund}) is set aside")]
    VslaFundShort { fund: Money, social_fund: Money },
    #[error("{member} owes {owed}, more than the payout of {payout}")]
    VslaLoanAbovePayout { member: String, owed: Money, payout: Money },
    #[error("CIF repayment {amount} is more than the {owed} owed")]
    CifAboveOwed { amount: Money, owed: Money },
    #[error("the cycle's end {end} is not after its start {start}")]
    VslaCycleEndNotAfterStart { start: NaiveDate, end: NaiveDate } => field "end",
    #[error("a cycle from {start} to {end} is longer than {months} months")]
    VslaCycleTooLong { start: NaiveDate, end: NaiveDate, months: i64, latest: NaiveDate } => field "end",
    #[error("service charge {input} is not from 0 to {max} % a month")]
    VslaServiceChargeOutOfRange { input: String, max: i64 } => field "service-charge",
}
}

impl Refusal {
    /// The message arguments, named as in the Fluent messages (the largest amount there is, for
    /// an amount too large).
    pub fn args(&self) -> Vec<(&'static str, crate::error::Arg)> {
        let mut args = self.field_args();
        if let Refusal::AmountTooLarge { .. } = self {
            args.push(("limit", crate::error::Arg::Money(Money::max_input())));
        }
        args
    }

    /// Maps a plain-amount parse failure to the refusal for a named input field.
    pub fn from_amount(field: &str, input: &str, e: AmountError) -> Refusal {
        let (field, input) = (field.to_string(), input.to_string());
        match e {
            AmountError::Malformed => Refusal::InvalidAmount { field, input },
            AmountError::Negative => Refusal::NegativeAmount { field, input },
            AmountError::TooManyDecimals { digits } => Refusal::TooManyDecimals { field, input, digits },
            AmountError::TooLarge => Refusal::AmountTooLarge { field, input },
        }
    }
}

/// A domain rule's result.
pub type Result<T, E = Refusal> = std::result::Result<T, E>;
