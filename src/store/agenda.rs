//! A meeting's agenda (migration 0016, issue 12): the previous meeting's decisions marked done,
//! pending or dropped, and whether loans given one to three months before were used for their
//! stated purpose. Append-only, chained per meeting like its minutes.

use super::chain::RecordKind;
use super::Book;
use crate::store::error::Result;
use chrono::NaiveDate;
use rusqlite::params;

/// One item of a meeting's agenda as recorded: a decision reviewed (`decision`, answer done /
/// pending / dropped) or a loan's use asked (`loan-use`, answer yes / partly / no, with a note).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaRecord {
    pub item: String,
    pub decision: String,
    pub loan_id: Option<i64>,
    pub answer: String,
    pub note: String,
}

impl Book<'_> {
    /// Records a meeting's agenda, in order, and chains it (nothing when nothing was asked).
    pub fn insert_agenda(&self, meeting_id: i64, items: &[AgendaRecord]) -> Result<()> {
        if items.is_empty() {
            return Ok(());
        }
        let mut st = self.c.prepare_cached("INSERT INTO meeting_agenda(meeting_id, seq, item, decision, loan_id, answer, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")?;
        for (k, x) in items.iter().enumerate() {
            st.execute(params![meeting_id, k as i64 + 1, x.item, x.decision, x.loan_id, x.answer, x.note])?;
        }
        self.chain_record(RecordKind::Agenda, meeting_id)
    }

    /// A meeting's agenda, in the order it was asked.
    pub fn agenda(&self, meeting_id: i64) -> Result<Vec<AgendaRecord>> {
        let mut st = self.c.prepare_cached("SELECT item, decision, loan_id, answer, note FROM meeting_agenda WHERE meeting_id = ?1 ORDER BY seq")?;
        let v = st
            .query_map([meeting_id], |r| Ok(AgendaRecord { item: r.get(0)?, decision: r.get(1)?, loan_id: r.get(2)?, answer: r.get(3)?, note: r.get(4)? }))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    /// Every loan-use answer of an organisation: (meeting id, meeting date, the answer), oldest
    /// first. The caller leaves out reversed meetings.
    pub fn loan_uses(&self, org_id: i64) -> Result<Vec<(i64, NaiveDate, AgendaRecord)>> {
        let mut st = self.c.prepare_cached(
            "SELECT m.id, m.date, a.item, a.decision, a.loan_id, a.answer, a.note FROM meeting_agenda a JOIN meeting m ON m.id = a.meeting_id
              WHERE m.org_id = ?1 AND a.item = 'loan-use' ORDER BY m.date, m.id, a.seq",
        )?;
        let v = st
            .query_map([org_id], |r| {
                let date: String = r.get(1)?;
                let date = NaiveDate::parse_from_str(&date, "%Y-%m-%d").map_err(|e| rusqlite::Error::FromSqlConversionFailure(1, rusqlite::types::Type::Text, Box::new(e)))?;
                Ok((r.get(0)?, date, AgendaRecord { item: r.get(2)?, decision: r.get(3)?, loan_id: r.get(4)?, answer: r.get(5)?, note: r.get(6)? }))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }
}
