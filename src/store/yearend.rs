//! The year's records (issue 14): share prices from a date, the closes of fiscal years with the
//! vouchers they posted, and their reopenings. Each row joins the records chain in the
//! transaction that saves it; `closed_year` is what every voucher append asks before writing.

use super::chain::RecordKind;
use super::{date_text, parse_stored_date, Book};
use crate::domain::ledger::AccountDef;
use crate::domain::money::Money;
use crate::store::error::Result;
use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};

/// One close of a fiscal year as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearCloseRecord {
    pub id: i64,
    pub fiscal_year: i32,
    pub year_end: NaiveDate,
    pub rule: String,
    /// The vouchers the close posted, in order.
    pub vouchers: Vec<i64>,
    pub recorded_at: String,
    /// Reopened since (the reopening's id).
    pub reopened_by: Option<i64>,
}

/// A year's audit as signed off (issue 14): who audited, when, the bank statement's balance
/// and a remark per checklist item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearAuditRecord {
    pub id: i64,
    pub fiscal_year: i32,
    pub audited_on: NaiveDate,
    pub auditor: String,
    /// The fund a peer auditor comes from; empty: the fund's own auditor.
    pub peer_from: String,
    pub bank_statement: Option<Money>,
    /// Item code -> remark, as canonical JSON.
    pub remarks: String,
    pub recorded_at: String,
}

/// A year's audit as it is saved.
pub struct NewYearAudit<'a> {
    pub org_id: i64,
    pub fiscal_year: i32,
    pub audited_on: NaiveDate,
    pub auditor: &'a str,
    pub peer_from: &'a str,
    pub bank_statement: Option<Money>,
    pub remarks: &'a str,
    pub recorded_at: &'a str,
}

fn ids_text(ids: &[i64]) -> String {
    ids.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(",")
}

fn ids_of(s: &str) -> Vec<i64> {
    s.split(',').filter_map(|x| x.trim().parse().ok()).collect()
}

impl Book<'_> {
    /// Records the price of one share from a date.
    pub fn insert_share_price(&self, org_id: i64, from: NaiveDate, price: Money, recorded_at: &str) -> Result<i64> {
        self.run(
            "INSERT INTO share_price(org_id, effective_from, price_minor, recorded_at) VALUES (?1, ?2, ?3, ?4)",
            params![org_id, date_text(from), price.minor(), recorded_at],
        )?;
        let id = self.c.last_insert_rowid();
        self.chain_record(RecordKind::SharePrice, id)?;
        Ok(id)
    }

    /// Every share price of the organisation, oldest first (a later row for the same date wins).
    pub fn share_prices(&self, org_id: i64) -> Result<Vec<(NaiveDate, Money)>> {
        let mut st = self.c.prepare_cached("SELECT effective_from, price_minor FROM share_price WHERE org_id = ?1 ORDER BY effective_from, id")?;
        let v = st
            .query_map([org_id], |r| Ok((parse_stored_date(&r.get::<_, String>(0)?)?, Money::from_minor(r.get(1)?))))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    /// The price of a share on `date`: the latest set on or before it.
    pub fn share_price_on(&self, org_id: i64, date: NaiveDate) -> Result<Option<Money>> {
        Ok(self.share_prices(org_id)?.into_iter().filter(|(d, _)| *d <= date).last().map(|(_, p)| p))
    }

    pub fn insert_year_close(&self, org_id: i64, fiscal_year: i32, year_end: NaiveDate, rule: &str, vouchers: &[i64], recorded_at: &str) -> Result<i64> {
        self.run(
            "INSERT INTO year_close(org_id, fiscal_year, year_end, rule, vouchers, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![org_id, fiscal_year, date_text(year_end), rule, ids_text(vouchers), recorded_at],
        )?;
        let id = self.c.last_insert_rowid();
        self.chain_record(RecordKind::YearClose, id)?;
        Ok(id)
    }

    pub fn insert_year_reopen(&self, close_id: i64, reason: &str, recorded_at: &str) -> Result<i64> {
        self.run(
            "INSERT INTO year_reopen(close_id, reason, recorded_at) VALUES (?1, ?2, ?3)",
            params![close_id, reason, recorded_at],
        )?;
        let id = self.c.last_insert_rowid();
        self.chain_record(RecordKind::YearReopen, id)?;
        Ok(id)
    }

    /// Records a year's audit sign-off.
    pub fn insert_year_audit(&self, a: &NewYearAudit<'_>) -> Result<i64> {
        self.run(
            "INSERT INTO year_audit(org_id, fiscal_year, audited_on, auditor, peer_from, bank_statement_minor, remarks, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![a.org_id, a.fiscal_year, date_text(a.audited_on), a.auditor, a.peer_from, a.bank_statement.map(|m| m.minor()), a.remarks, a.recorded_at],
        )?;
        let id = self.c.last_insert_rowid();
        self.chain_record(RecordKind::YearAudit, id)?;
        Ok(id)
    }

    /// The audit of a fiscal year that stands: the latest signed off.
    pub fn year_audit(&self, org_id: i64, fiscal_year: i32) -> Result<Option<YearAuditRecord>> {
        let mut st = self.c.prepare_cached(
            "SELECT id, fiscal_year, audited_on, auditor, peer_from, bank_statement_minor, remarks, recorded_at
             FROM year_audit WHERE org_id = ?1 AND fiscal_year = ?2 ORDER BY id DESC LIMIT 1",
        )?;
        Ok(st
            .query_row(params![org_id, fiscal_year], |r| {
                Ok(YearAuditRecord {
                    id: r.get(0)?,
                    fiscal_year: r.get(1)?,
                    audited_on: parse_stored_date(&r.get::<_, String>(2)?)?,
                    auditor: r.get(3)?,
                    peer_from: r.get(4)?,
                    bank_statement: r.get::<_, Option<i64>>(5)?.map(Money::from_minor),
                    remarks: r.get(6)?,
                    recorded_at: r.get(7)?,
                })
            })
            .optional()?)
    }

    /// Keeps a statement of a closed year as it stood at the close (`reports::snapshot_json`).
    pub fn insert_year_snapshot(&self, close_id: i64, report: &str, body: &str) -> Result<i64> {
        self.run("INSERT INTO year_snapshot(close_id, report, body) VALUES (?1, ?2, ?3)", params![close_id, report, body])?;
        let id = self.c.last_insert_rowid();
        self.chain_record(RecordKind::YearSnapshot, id)?;
        Ok(id)
    }

    /// A statement a close kept, as written.
    pub fn year_snapshot(&self, close_id: i64, report: &str) -> Result<Option<String>> {
        Ok(self.one("SELECT body FROM year_snapshot WHERE close_id = ?1 AND report = ?2", params![close_id, report], |r| r.get(0)).optional()?)
    }

    /// Every close of the organisation's years, in the order they were made.
    pub fn year_closes(&self, org_id: i64) -> Result<Vec<YearCloseRecord>> {
        let mut st = self.c.prepare_cached(
            "SELECT y.id, y.fiscal_year, y.year_end, y.rule, y.vouchers, y.recorded_at, r.id
             FROM year_close y LEFT JOIN year_reopen r ON r.close_id = y.id WHERE y.org_id = ?1 ORDER BY y.id",
        )?;
        let v = st
            .query_map([org_id], |r| {
                Ok(YearCloseRecord {
                    id: r.get(0)?,
                    fiscal_year: r.get(1)?,
                    year_end: parse_stored_date(&r.get::<_, String>(2)?)?,
                    rule: r.get(3)?,
                    vouchers: ids_of(&r.get::<_, String>(4)?),
                    recorded_at: r.get(5)?,
                    reopened_by: r.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    /// Whether the organisation's fiscal year (by its start year) stands closed.
    pub fn year_is_closed(&self, org_id: i64, fiscal_year: i32) -> Result<bool> {
        Ok(self
            .one(
                "SELECT 1 FROM year_close y WHERE y.org_id = ?1 AND y.fiscal_year = ?2 AND NOT EXISTS (SELECT 1 FROM year_reopen r WHERE r.close_id = y.id)",
                params![org_id, fiscal_year],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// Adds to the organisation's chart the accounts it lacks among `defs` (each chained as a
    /// record), so a close can post to funds its first chart did not have.
    pub fn ensure_accounts(&self, org_id: i64, defs: &[AccountDef]) -> Result<()> {
        let have: Vec<String> = self.accounts(org_id)?.into_iter().map(|(_, c, _, _)| c).collect();
        for a in defs.iter().filter(|a| !have.iter().any(|c| c == a.code)) {
            self.run("INSERT INTO account(org_id, code, type, sub_ledger) VALUES (?1, ?2, ?3, ?4)", params![org_id, a.code, a.kind.code(), a.sub_ledger.code()])?;
            let id = self.c.last_insert_rowid();
            self.chain_record(RecordKind::Account, id)?;
        }
        self.charts.borrow_mut().remove(&org_id);
        Ok(())
    }
}
