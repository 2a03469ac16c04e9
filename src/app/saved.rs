//! What every write that appends a voucher answers (`Saved`, also when a client id replays an
//! earlier save) and the rule every such write ends with: cash in hand and the bank balance never
//! below zero on that day or any later day.

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
    pub(crate) fn to_json(&self) -> String {
        serde_json::to_string(self).expect("Saved serialises")
    }
}

/// The stored answer of a replayed command, marked as already recorded.
pub(crate) fn replayed(result: &str) -> Result<Saved> {
    let mut s: Saved = serde_json::from_str(result).map_err(|e| Error::Database { detail: e.to_string() })?;
    s.already_recorded = true;
    Ok(s)
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
