//! Loan arithmetic: schedules for every interest method, dues and arrears as of a date, and the
//! allocation of a repayment. (Being written on the `schedule` branch; these are its signatures.)
use crate::domain::loan::{AllocationOrder, LoanTerms, RepaymentSplit};
use crate::domain::money::Money;
use crate::error::Error;
use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq)]
pub struct Explain { pub id: &'static str, pub args: Vec<(&'static str, String)> }
#[derive(Debug, Clone, PartialEq)]
pub struct Instalment { pub no: u32, pub due_on: NaiveDate, pub opening: Money, pub principal: Money, pub interest: Money, pub total: Money, pub closing: Money, pub explain: Vec<Explain> }
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule { pub instalments: Vec<Instalment>, pub total_principal: Money, pub total_interest: Money, pub explain: Vec<Explain> }
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Paid { pub on: NaiveDate, pub split: RepaymentSplit }
#[derive(Debug, Clone, PartialEq)]
pub struct Dues {
  pub as_of: NaiveDate, pub outstanding_principal: Money, pub principal_due: Money, pub interest_due: Money,
  pub principal_overdue: Money, pub interest_overdue: Money, pub fine_due: Money, pub instalments_overdue: u32,
  pub days_past_due: i64, pub next_due: Option<(NaiveDate, Money)>, pub total_owed: Money, pub explain: Vec<Explain>,
}
pub fn schedule(_terms: &LoanTerms) -> Result<Schedule, Error> { todo!() }
pub fn reschedule(_outstanding: Money, _new_terms: &LoanTerms) -> Result<Schedule, Error> { todo!() }
pub fn dues(_s: &Schedule, _t: &LoanTerms, _paid: &[Paid], _as_of: NaiveDate, _fine: Money) -> Dues { todo!() }
pub fn allocate(_amount: Money, _d: &Dues, _o: AllocationOrder, _allow: bool, _loan: &str) -> Result<RepaymentSplit, Error> { todo!() }
