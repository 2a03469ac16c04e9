//! Issue 15's follow-up records: what the committee decided about a reschedule's arrears, and
//! the visits to borrowers' households. Both append-only and chained.

use super::chain::RecordKind;
use super::{date_text, Book};
use crate::store::error::Result;
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

/// A follow-up meeting as recorded, with the payment each borrower agreed to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowupMeetingRecord {
    pub id: i64,
    pub held_on: NaiveDate,
    pub place: String,
    pub attended: String,
    pub notes: String,
    pub promises: Vec<PromiseRecord>,
}

/// What a borrower agreed at a follow-up meeting: to pay `amount` on `pay_on`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PromiseRecord {
    pub loan_id: i64,
    pub pay_on: NaiveDate,
    pub amount: crate::domain::money::Money,
    pub note: String,
}

impl Book<'_> {
    /// Records a follow-up meeting and its promises, chained as one record.
    pub fn insert_followup_meeting(&self, org_id: i64, held_on: NaiveDate, place: &str, attended: &str, notes: &str, promises: &[PromiseRecord], at: &str) -> Result<i64> {
        self.run(
            "INSERT INTO followup_meeting(org_id, held_on, place, attended, notes, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![org_id, date_text(held_on), place, attended, notes, at],
        )?;
        let id = self.c.last_insert_rowid();
        for p in promises {
            self.run(
                "INSERT INTO followup_promise(meeting_id, loan_id, pay_on, amount_minor, note) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id, p.loan_id, date_text(p.pay_on), p.amount.minor(), p.note],
            )?;
        }
        self.chain_record(RecordKind::FollowupMeeting, id)?;
        Ok(id)
    }

    /// The follow-up meetings of an organisation, oldest first, each with its promises.
    pub fn followup_meetings(&self, org_id: i64) -> Result<Vec<FollowupMeetingRecord>> {
        let day = |s: String| NaiveDate::parse_from_str(&s, "%Y-%m-%d").unwrap_or(NaiveDate::MIN);
        let mut st = self.c.prepare_cached("SELECT id, held_on, place, attended, notes FROM followup_meeting WHERE org_id = ?1 ORDER BY held_on, id")?;
        let mut out = st
            .query_map([org_id], |r| Ok(FollowupMeetingRecord { id: r.get(0)?, held_on: day(r.get(1)?), place: r.get(2)?, attended: r.get(3)?, notes: r.get(4)?, promises: Vec::new() }))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut st = self.c.prepare_cached("SELECT loan_id, pay_on, amount_minor, note FROM followup_promise WHERE meeting_id = ?1 ORDER BY loan_id")?;
        for m in &mut out {
            m.promises = st
                .query_map([m.id], |r| Ok(PromiseRecord { loan_id: r.get(0)?, pay_on: day(r.get(1)?), amount: crate::domain::money::Money::from_minor(r.get(2)?), note: r.get(3)? }))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
        }
        Ok(out)
    }
}
