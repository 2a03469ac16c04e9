//! VSLA records (issue 14): the cycles with their by-laws and the share-outs that end them. Each
//! row joins the records chain in the transaction that saves it.

use super::chain::RecordKind;
use super::{date_text, parse_stored_date, Book};
use crate::domain::money::Money;
use crate::store::error::Result;
use chrono::NaiveDate;
use rusqlite::params;

/// One VSLA cycle as recorded, with its share-out once made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VslaCycleRecord {
    pub id: i64,
    pub number: i64,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub share_price: Money,
    pub social_fund: Money,
    pub service_charge: String,
    /// "net" or "refuse".
    pub loans_at_share_out: String,
    /// (date, voucher id, value per share, residual) of its share-out.
    pub share_out: Option<(NaiveDate, i64, String, Money)>,
}

/// A cycle being opened.
pub struct NewCycle<'a> {
    pub org_id: i64,
    pub number: i64,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub share_price: Money,
    pub social_fund: Money,
    pub service_charge: &'a str,
    pub loans_at_share_out: &'a str,
}

impl Book<'_> {
    pub fn insert_vsla_cycle(&self, c: &NewCycle<'_>, recorded_at: &str) -> Result<i64> {
        self.run(
            "INSERT INTO vsla_cycle(org_id, number, start_date, end_date, share_price_minor, social_fund_minor, service_charge, loans_at_share_out, recorded_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![c.org_id, c.number, date_text(c.start), date_text(c.end), c.share_price.minor(), c.social_fund.minor(), c.service_charge, c.loans_at_share_out, recorded_at],
        )?;
        let id = self.c.last_insert_rowid();
        self.chain_record(RecordKind::VslaCycle, id)?;
        Ok(id)
    }

    pub fn insert_vsla_share_out(&self, cycle_id: i64, on: NaiveDate, voucher_id: i64, value_per_share: &str, residual: Money, recorded_at: &str) -> Result<i64> {
        self.run(
            "INSERT INTO vsla_share_out(cycle_id, on_date, voucher_id, value_per_share, residual_minor, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![cycle_id, date_text(on), voucher_id, value_per_share, residual.minor(), recorded_at],
        )?;
        let id = self.c.last_insert_rowid();
        self.chain_record(RecordKind::VslaShareOut, id)?;
        Ok(id)
    }

    /// Every cycle of the organisation, oldest first.
    pub fn vsla_cycles(&self, org_id: i64) -> Result<Vec<VslaCycleRecord>> {
        let mut st = self.c.prepare_cached(
            "SELECT c.id, c.number, c.start_date, c.end_date, c.share_price_minor, c.social_fund_minor, c.service_charge, c.loans_at_share_out,
                    s.on_date, s.voucher_id, s.value_per_share, s.residual_minor
             FROM vsla_cycle c LEFT JOIN vsla_share_out s ON s.cycle_id = c.id WHERE c.org_id = ?1 ORDER BY c.number",
        )?;
        let v = st
            .query_map([org_id], |r| {
                let share_out = match r.get::<_, Option<String>>(8)? {
                    Some(d) => Some((parse_stored_date(&d)?, r.get(9)?, r.get(10)?, Money::from_minor(r.get(11)?))),
                    None => None,
                };
                Ok(VslaCycleRecord {
                    id: r.get(0)?,
                    number: r.get(1)?,
                    start: parse_stored_date(&r.get::<_, String>(2)?)?,
                    end: parse_stored_date(&r.get::<_, String>(3)?)?,
                    share_price: Money::from_minor(r.get(4)?),
                    social_fund: Money::from_minor(r.get(5)?),
                    service_charge: r.get(6)?,
                    loans_at_share_out: r.get(7)?,
                    share_out,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }
}
