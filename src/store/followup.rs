//! Issue 15's follow-up records: what the committee decided about a reschedule's arrears, and
//! the visits to borrowers' households. Both append-only and chained.

use super::chain::RecordKind;
use super::{date_text, Book};
use crate::error::Result;
use chrono::NaiveDate;
use rusqlite::params;

/// A follow-up visit to a borrower's household, as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisitRecord {
    pub id: i64,
    pub loan_id: i64,
    pub visited_on: NaiveDate,
    pub visitors: String,
    pub found: String,
    /// Whether the committee's record of the loan matches what the household says.
    pub record_matches: bool,
}

impl Book<'_> {
    /// Records that a reschedule's arrears were folded into its new instalments (or kept apart).
    pub fn insert_reschedule_rule(&self, reschedule_id: i64, folded: bool, at: &str) -> Result<()> {
        self.run(
            "INSERT INTO reschedule_rule(reschedule_id, arrears, recorded_at) VALUES (?1, ?2, ?3)",
            params![reschedule_id, if folded { "folded" } else { "kept" }, at],
        )?;
        self.chain_record(RecordKind::RescheduleRule, reschedule_id)?;
        Ok(())
    }

    /// Whether a reschedule folded its arrears into the new instalments.
    pub fn reschedule_folds(&self, reschedule_id: i64) -> Result<bool> {
        let mut st = self.c.prepare_cached("SELECT arrears FROM reschedule_rule WHERE reschedule_id = ?1")?;
        let v: Option<String> = st.query_map([reschedule_id], |r| r.get(0))?.next().transpose()?;
        Ok(v.as_deref() == Some("folded"))
    }

    pub fn insert_visit(&self, org_id: i64, loan_id: i64, on: NaiveDate, visitors: &str, found: &str, record_matches: bool, at: &str) -> Result<i64> {
        self.run(
            "INSERT INTO followup_visit(org_id, loan_id, visited_on, visitors, found, record_matches, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![org_id, loan_id, date_text(on), visitors, found, record_matches as i64, at],
        )?;
        let id = self.c.last_insert_rowid();
        self.chain_record(RecordKind::Visit, id)?;
        Ok(id)
    }

    /// The visits of an organisation's loans, oldest first.
    pub fn visits(&self, org_id: i64) -> Result<Vec<VisitRecord>> {
        let mut st = self.c.prepare_cached("SELECT id, loan_id, visited_on, visitors, found, record_matches FROM followup_visit WHERE org_id = ?1 ORDER BY visited_on, id")?;
        let v = st
            .query_map([org_id], |r| {
                let on: String = r.get(2)?;
                Ok(VisitRecord {
                    id: r.get(0)?,
                    loan_id: r.get(1)?,
                    visited_on: NaiveDate::parse_from_str(&on, "%Y-%m-%d").unwrap_or(NaiveDate::MIN),
                    visitors: r.get(3)?,
                    found: r.get(4)?,
                    record_matches: r.get::<_, i64>(5)? != 0,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }
}
