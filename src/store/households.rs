//! Household keys on members and the fund centre's target households (migration 0018, issue
//! 16). Both are recorded facts: every insert joins the records chain in the same transaction.

use super::chain::RecordKind;
use super::{date_text, Book};
use crate::store::error::Result;
use chrono::NaiveDate;
use rusqlite::params;

/// A household the fund centre follows, from the date its committee chose it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetRecord {
    pub household: String,
    pub marked_on: NaiveDate,
    pub note: String,
}

fn day(s: String) -> NaiveDate {
    NaiveDate::parse_from_str(&s, "%Y-%m-%d").unwrap_or(NaiveDate::MIN)
}

impl Book<'_> {
    /// Records a member's household key (normalised by the caller; empty withdraws it).
    pub fn insert_member_household(&self, member_id: i64, household: &str, on: NaiveDate, at: &str) -> Result<i64> {
        self.run("INSERT INTO member_household(member_id, household, recorded_on, recorded_at) VALUES (?1, ?2, ?3, ?4)", params![member_id, household, date_text(on), at])?;
        let id = self.c.last_insert_rowid();
        self.chain_record(RecordKind::Household, id)?;
        Ok(id)
    }

    /// Every member's household key as it stands (the latest row per member; a withdrawn key is
    /// left out), by member id.
    pub fn member_households(&self, org_id: i64) -> Result<Vec<(i64, String)>> {
        if self.one_table_missing("member_household")? {
            return Ok(Vec::new());
        }
        let mut st = self.c.prepare_cached(
            "SELECT h.member_id, h.household FROM member_household h JOIN member m ON m.id = h.member_id \
             WHERE m.org_id = ?1 AND h.id = (SELECT max(id) FROM member_household WHERE member_id = h.member_id) AND h.household <> '' ORDER BY h.member_id",
        )?;
        let v = st.query_map([org_id], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    /// Marks a household as one the centre follows.
    pub fn insert_household_target(&self, org_id: i64, t: &TargetRecord, at: &str) -> Result<i64> {
        self.run(
            "INSERT INTO household_target(org_id, household, marked_on, note, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![org_id, t.household, date_text(t.marked_on), t.note, at],
        )?;
        let id = self.c.last_insert_rowid();
        self.chain_record(RecordKind::HouseholdTarget, id)?;
        Ok(id)
    }

    /// The households an organisation follows, in the order it chose them.
    pub fn household_targets(&self, org_id: i64) -> Result<Vec<TargetRecord>> {
        if self.one_table_missing("household_target")? {
            return Ok(Vec::new());
        }
        let mut st = self.c.prepare_cached("SELECT household, marked_on, note FROM household_target WHERE org_id = ?1 ORDER BY marked_on, id")?;
        let v = st.query_map([org_id], |r| Ok(TargetRecord { household: r.get(0)?, marked_on: day(r.get(1)?), note: r.get(2)? }))?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }
}
