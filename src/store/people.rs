//! People who use the book (their PINs as Argon2id hashes, failed attempts), the record of who
//! did and who approved what, and members' minimal personal data with erasure.

use super::{bad_value, date_text, parse_stored_date, Book, Store};
use crate::store::error::Result;
use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};

/// A person enrolled in the book, with their current PIN hash.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonRecord {
    pub id: i64,
    pub name: String,
    /// "treasurer", "bookkeeper", "president" or "field-officer".
    pub role: String,
    /// None: every organisation in the book.
    pub org_id: Option<i64>,
    pub org_code: Option<String>,
    pub pin_hash: String,
    pub enrolled_at: String,
}

/// One row of who did what: read back for the approvals report.
#[derive(Debug, Clone, PartialEq)]
pub struct ActRecord {
    pub action: String,
    pub on: NaiveDate,
    pub voucher_id: Option<i64>,
    pub loan_number: Option<i64>,
    pub policy_from: Option<NaiveDate>,
    pub member_no: Option<String>,
    pub done_by: String,
    pub approved_by: Option<String>,
    pub recorded_at: String,
}

/// A row to append to the record of who did what.
#[derive(Debug, Clone, Default)]
pub struct NewAct<'a> {
    pub org_id: Option<i64>,
    pub action: &'a str,
    pub on: Option<NaiveDate>,
    pub voucher_id: Option<i64>,
    pub loan_id: Option<i64>,
    pub policy_id: Option<i64>,
    pub member_id: Option<i64>,
    pub done_by: i64,
    pub approved_by: Option<i64>,
    pub recorded_at: &'a str,
}

const PERSON_SELECT: &str = "SELECT p.id, p.name, p.role, p.org_id, o.code,
        (SELECT pin_hash FROM person_pin WHERE person_id = p.id ORDER BY id DESC LIMIT 1), p.enrolled_at
     FROM person p LEFT JOIN organisation o ON o.id = p.org_id";

fn person_from(r: &rusqlite::Row<'_>) -> rusqlite::Result<PersonRecord> {
    Ok(PersonRecord {
        id: r.get(0)?,
        name: r.get(1)?,
        role: r.get(2)?,
        org_id: r.get(3)?,
        org_code: r.get(4)?,
        pin_hash: r.get::<_, Option<String>>(5)?.unwrap_or_default(),
        enrolled_at: r.get(6)?,
    })
}

impl Book<'_> {
    pub fn people_count(&self) -> Result<i64> {
        Ok(self.one("SELECT count(*) FROM person", [], |r| r.get(0))?)
    }
    pub fn people(&self) -> Result<Vec<PersonRecord>> {
        let mut st = self.c.prepare_cached(&format!("{PERSON_SELECT} ORDER BY p.id"))?;
        let v = st.query_map([], person_from)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }
    pub fn person_by_name(&self, name: &str) -> Result<Option<PersonRecord>> {
        Ok(self.one(&format!("{PERSON_SELECT} WHERE p.name = ?1"), [name], person_from).optional()?)
    }
    pub fn insert_person(&self, name: &str, role: &str, org_id: Option<i64>, enrolled_by: Option<i64>, at: &str) -> Result<i64> {
        self.run(
            "INSERT INTO person(name, role, org_id, enrolled_by, enrolled_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![name, role, org_id, enrolled_by, at],
        )?;
        let id = self.c.last_insert_rowid();
        self.chain_record(super::chain::RecordKind::Person, id)?;
        Ok(id)
    }
    pub fn insert_pin(&self, person_id: i64, pin_hash: &str, at: &str) -> Result<()> {
        self.run("INSERT INTO person_pin(person_id, pin_hash, set_at) VALUES (?1, ?2, ?3)", params![person_id, pin_hash, at])?;
        self.chain_record(super::chain::RecordKind::Pin, self.c.last_insert_rowid())
    }
    /// Failed attempts since the last good PIN, and when the last one failed.
    pub fn pin_failures(&self, person_id: i64) -> Result<Option<(i64, String)>> {
        Ok(self
            .one("SELECT failures, last_failed_at FROM pin_attempt WHERE person_id = ?1", [person_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }
    pub fn pin_failed(&self, person_id: i64, at: &str) -> Result<()> {
        self.run(
            "INSERT INTO pin_attempt(person_id, failures, last_failed_at) VALUES (?1, 1, ?2)
             ON CONFLICT(person_id) DO UPDATE SET failures = failures + 1, last_failed_at = excluded.last_failed_at",
            params![person_id, at],
        )?;
        Ok(())
    }
    pub fn pin_succeeded(&self, person_id: i64) -> Result<()> {
        self.run("DELETE FROM pin_attempt WHERE person_id = ?1", [person_id])?;
        Ok(())
    }

    pub fn insert_act(&self, a: &NewAct<'_>) -> Result<()> {
        let on = a.on.map(date_text).unwrap_or_else(|| a.recorded_at.get(..10).unwrap_or("").to_string());
        self.run(
            "INSERT INTO act(org_id, action, on_date, voucher_id, loan_id, policy_id, member_id, done_by, approved_by, recorded_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![a.org_id, a.action, on, a.voucher_id, a.loan_id, a.policy_id, a.member_id, a.done_by, a.approved_by, a.recorded_at],
        )?;
        self.chain_record(super::chain::RecordKind::Act, self.c.last_insert_rowid())
    }
    /// Who did what in an organisation, in the order it was done.
    pub fn acts(&self, org_id: i64) -> Result<Vec<ActRecord>> {
        let mut st = self.c.prepare_cached(
            "SELECT a.action, a.on_date, a.voucher_id, l.number, po.effective_from, m.admission_no, d.name, ap.name, a.recorded_at
             FROM act a
             JOIN person d ON d.id = a.done_by
             LEFT JOIN person ap ON ap.id = a.approved_by
             LEFT JOIN loan l ON l.id = a.loan_id
             LEFT JOIN policy po ON po.id = a.policy_id
             LEFT JOIN member m ON m.id = a.member_id
             WHERE a.org_id = ?1 ORDER BY a.id",
        )?;
        let v = st
            .query_map([org_id], |r| {
                Ok(ActRecord {
                    action: r.get(0)?,
                    on: parse_stored_date(&r.get::<_, String>(1)?)?,
                    voucher_id: r.get(2)?,
                    loan_number: r.get(3)?,
                    policy_from: r.get::<_, Option<String>>(4)?.map(|s| parse_stored_date(&s)).transpose()?,
                    member_no: r.get(5)?,
                    done_by: r.get(6)?,
                    approved_by: r.get(7)?,
                    recorded_at: r.get(8)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    /// A member's phone number and the last four digits of their identity number.
    pub fn member_personal(&self, member_id: i64) -> Result<(Option<String>, Option<String>, Option<String>)> {
        Ok(self.one("SELECT phone, id_last4, erased_at FROM member WHERE id = ?1", [member_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?)
    }
    pub fn set_member_personal(&self, member_id: i64, phone: Option<&str>, id_last4: Option<&str>) -> Result<()> {
        self.run("UPDATE member SET phone = ?2, id_last4 = ?3 WHERE id = ?1", params![member_id, phone, id_last4])?;
        Ok(())
    }
    /// Replaces a member's name with `label` and clears every personal field.
    /// The ids of an organisation's members whose personal data has been erased.
    pub fn erased_members(&self, org_id: i64) -> Result<Vec<i64>> {
        let mut st = self.c.prepare("SELECT id FROM member WHERE org_id = ?1 AND erased_at IS NOT NULL ORDER BY id")?;
        let v = st.query_map([org_id], |r| r.get(0))?.collect::<rusqlite::Result<Vec<i64>>>()?;
        Ok(v)
    }
    pub fn erase_member(&self, member_id: i64, label: &str, at: &str) -> Result<()> {
        let n = self.run(
            "UPDATE member SET name = ?2, nominee = NULL, phone = NULL, id_last4 = NULL, erased_at = ?3 WHERE id = ?1",
            params![member_id, label, at],
        )?;
        if n != 1 {
            return Err(bad_value("member", &member_id.to_string()).into());
        }
        Ok(())
    }
}

impl Store {
    /// Turns SQLite's `secure_delete` on or off for this connection: with it on, freed content is
    /// overwritten with zeros rather than left in free pages.
    pub fn set_secure_delete(&self, on: bool) -> Result<()> {
        let _: i64 = self.conn.query_row(&format!("PRAGMA secure_delete={}", if on { "ON" } else { "OFF" }), [], |r| r.get(0))?;
        Ok(())
    }
    /// Copies the WAL back into the book and empties it, then rebuilds the file (VACUUM) so no
    /// old page survives anywhere, and empties the WAL again.
    pub fn compact_and_truncate_wal(&self) -> Result<()> {
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        self.conn.execute_batch("VACUUM")?;
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }
}
