//! What every write that appends a voucher answers (`Saved`, also when a client id replays an
//! earlier save) and the rule every such write ends with: cash in hand and the bank balance never
//! below zero on that day or any later day.

use crate::store::error::StoreError;
use crate::domain::ledger::code;
use crate::domain::org::Organisation;
use crate::error::{Error, Result};
use crate::store::{Book, VoucherRef};
use serde::{Deserialize, Serialize};

/// What a save answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Saved {
    pub org: String,
    pub voucher_id: i64,
    /// "2025-26/0012": fiscal year and gapless number.
    pub voucher: String,
    pub fiscal_year: i32,
    pub number: i64,
    pub hash: String,
    #[serde(default)]
    pub meeting_number: Option<i64>,
    #[serde(default)]
    pub loans: Vec<i64>,
    /// Counted minus book cash at close (positive: excess), when cash was counted.
    #[serde(default)]
    pub cash_difference: Option<String>,
    /// True when this answer replays an earlier save with the same client id.
    pub already_recorded: bool,
    /// The book code of the chain head after this save ("7K2M-9QXD"), printed in the minutes
    /// and on passbook pages; empty in answers stored before book codes existed.
    #[serde(default)]
    pub book_code: String,
}

impl Saved {
    pub(crate) fn voucher(b: &Book<'_>, org: &Organisation, v: &VoucherRef, meeting_number: Option<i64>, already: bool) -> Result<Saved> {
        let book_code = super::head_code(b, org.id)?;
        let fy = crate::domain::org::FiscalYear { start_year: v.fiscal_year, start_month: org.fiscal_start_month, start_day: org.fiscal_start_day };
        Ok(Saved {
            org: org.code.clone(),
            voucher_id: v.id,
            voucher: format!("{}/{:04}", fy.label(), v.number),
            fiscal_year: v.fiscal_year,
            number: v.number,
            hash: v.hash.clone(),
            meeting_number,
            loans: Vec::new(),
            cash_difference: None,
            already_recorded: already,
            book_code,
        })
    }
}

/// Refuses (and so rolls back) a save that would leave cash in hand or the bank balance below
/// zero at the end of the entry's day or any later day.
pub(crate) fn ensure_not_below_zero(b: &Book<'_>, org: &Organisation, from: chrono::NaiveDate) -> Result<()> {
    if let Some((day, low)) = b.lowest_daily_balance(org.id, code::CASH, from)? {
        if low.is_negative() {
            return Err(Error::CashBelowZero { date: day, shortfall: -low });
        }
    }
    if let Some((day, low)) = b.lowest_daily_balance(org.id, code::BANK, from)? {
        if low.is_negative() {
            return Err(Error::BankBelowZero { date: day, shortfall: -low });
        }
    }
    Ok(())
}

/// What a write command answers, as the command log keeps it: a replay of the same client id
/// answers the logged copy, marked as already recorded, and changes nothing.
pub(crate) trait Answer: Sized {
    fn to_log(&self) -> String;
    fn from_log(logged: &str) -> Result<Self>;
}

impl Answer for i64 {
    fn to_log(&self) -> String {
        self.to_string()
    }
    fn from_log(logged: &str) -> Result<i64> {
        logged.parse().map_err(|_| Error::Store(StoreError::Database { detail: format!("stored result {logged:?} is not an id") }))
    }
}

/// Answers logged as JSON, with the flag that tells a replay from the first run.
macro_rules! json_answer {
    ($($t:ty => |$a:ident| $mark:expr;)*) => {$(
        impl $crate::app::saved::Answer for $t {
            fn to_log(&self) -> String {
                serde_json::to_string(self).unwrap_or_default()
            }
            fn from_log(logged: &str) -> $crate::error::Result<Self> {
                let mut $a: $t = serde_json::from_str(logged).map_err(|e| $crate::error::Error::Store($crate::store::error::StoreError::Database { detail: e.to_string() }))?;
                $mark;
                Ok($a)
            }
        }
    )*};
}

/// Runs `f` once per client id: a replay (a double click, a retry after a crash) of the same
/// command with the same `input` answers what the first run answered and changes nothing; the
/// id reused for anything else is refused (`ClientIdReused`, from the log).
pub(crate) fn once<I: serde::Serialize + ?Sized, T: Answer>(b: &Book<'_>, client_id: Option<&str>, command: &str, input: &I, now: &str, f: impl FnOnce() -> Result<T>) -> Result<T> {
    let Some(cid) = client_id else { return f() };
    let digest = super::command_digest(command, input);
    if let Some(logged) = b.command_result(cid, command, &digest)? {
        return T::from_log(&logged);
    }
    let answer = f()?;
    b.log_command(cid, command, &digest, &answer.to_log(), now)?;
    Ok(answer)
}
pub(crate) use json_answer;

json_answer! {
    Saved => |a| a.already_recorded = true;
}
