//! Federation on disk (migration 0010, issue 16): an organisation's bundle-signing key and the
//! bundles it wrote; an oversight book's register of groups, the bundles it imported, the
//! groups' vouchers and postings as they hashed them, and the alarms of rewritten histories.
//! Every insert of a recorded fact joins the records chain in the same transaction.

use super::{Book, RecordKind};
use crate::error::Result;
use rusqlite::{params, OptionalExtension};

/// A bundle an organisation wrote (`bundle_written`).
#[derive(Debug, Clone, PartialEq)]
pub struct WrittenRow {
    pub seq: i64,
    pub scope: String,
    pub base_count: i64,
    pub head_count: i64,
    pub head_hash: String,
    pub book_code: String,
    pub names: bool,
    pub payload_sha256: String,
    pub written_on: String,
    pub written_at: String,
}

/// A group in an oversight book's register (`fed_group`).
#[derive(Debug, Clone, PartialEq)]
pub struct FedGroupRow {
    pub id: i64,
    pub overseer_id: i64,
    pub code: String,
    pub name: String,
    pub kind: String,
    pub country: String,
    pub currency: String,
    pub place: String,
    pub formed_on: String,
    pub meeting_frequency: String,
    pub public_key: String,
    pub fingerprint: String,
    pub registered_at: String,
}

/// A bundle imported (`fed_bundle`).
#[derive(Debug, Clone, PartialEq)]
pub struct FedBundleRow {
    pub id: i64,
    pub group_id: i64,
    pub seq: i64,
    pub scope: String,
    pub base_count: i64,
    pub head_count: i64,
    pub head_hash: String,
    pub records_count: i64,
    pub records_head: String,
    pub book_code: String,
    pub as_of: String,
    pub written_on: String,
    pub payload_sha256: String,
    pub records: String,
    pub imported_at: String,
}

/// An imported voucher, at its position in the group's chain, with its lines.
#[derive(Debug, Clone, PartialEq)]
pub struct FedVoucherRow {
    pub group_id: i64,
    pub position: i64,
    pub bundle_id: i64,
    pub src_id: i64,
    pub org_id: i64,
    pub fiscal_year: i64,
    pub number: i64,
    pub date: String,
    pub kind: String,
    pub narration: String,
    pub meeting_id: Option<i64>,
    pub reverses_id: Option<i64>,
    pub client_id: Option<String>,
    pub prev_hash: String,
    pub hash: String,
    pub lines: Vec<FedPostingRow>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FedPostingRow {
    pub line_no: i64,
    pub account: String,
    pub member_id: Option<i64>,
    pub loan_id: Option<i64>,
    pub amount_minor: i64,
    pub kind: String,
    pub note: String,
}

const GROUP_COLS: &str = "id, overseer_id, code, name, kind, country, currency, place, formed_on, meeting_frequency, public_key, fingerprint, registered_at";
const BUNDLE_COLS: &str =
    "id, group_id, seq, scope, base_count, head_count, head_hash, records_count, records_head, book_code, as_of, written_on, payload_sha256, records, imported_at";

fn group_from(r: &rusqlite::Row<'_>) -> rusqlite::Result<FedGroupRow> {
    Ok(FedGroupRow {
        id: r.get(0)?,
        overseer_id: r.get(1)?,
        code: r.get(2)?,
        name: r.get(3)?,
        kind: r.get(4)?,
        country: r.get(5)?,
        currency: r.get(6)?,
        place: r.get(7)?,
        formed_on: r.get(8)?,
        meeting_frequency: r.get(9)?,
        public_key: r.get(10)?,
        fingerprint: r.get(11)?,
        registered_at: r.get(12)?,
    })
}

fn bundle_from(r: &rusqlite::Row<'_>) -> rusqlite::Result<FedBundleRow> {
    Ok(FedBundleRow {
        id: r.get(0)?,
        group_id: r.get(1)?,
        seq: r.get(2)?,
        scope: r.get(3)?,
        base_count: r.get(4)?,
        head_count: r.get(5)?,
        head_hash: r.get(6)?,
        records_count: r.get(7)?,
        records_head: r.get(8)?,
        book_code: r.get(9)?,
        as_of: r.get(10)?,
        written_on: r.get(11)?,
        payload_sha256: r.get(12)?,
        records: r.get(13)?,
        imported_at: r.get(14)?,
    })
}

impl Book<'_> {
    /// Whether the book lacks a table (a backup from before a migration, opened read-only).
    pub fn one_table_missing(&self, name: &str) -> Result<bool> {
        Ok(self.one("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1", [name], |r| r.get::<_, i64>(0))? == 0)
    }

    /// The organisation's bundle-signing key: (public, secret), hex.
    pub fn bundle_key(&self, org_id: i64) -> Result<Option<(String, String)>> {
        Ok(self.one("SELECT public_key, secret_key FROM bundle_key WHERE org_id = ?1", [org_id], |r| Ok((r.get(0)?, r.get(1)?))).optional()?)
    }

    pub fn insert_bundle_key(&self, org_id: i64, public_key: &str, secret_key: &str, at: &str) -> Result<()> {
        self.run("INSERT INTO bundle_key(org_id, public_key, secret_key, created_at) VALUES (?1, ?2, ?3, ?4)", params![org_id, public_key, secret_key, at])?;
        self.chain_record(RecordKind::BundleKey, self.c.last_insert_rowid())
    }

    pub fn last_bundle_written(&self, org_id: i64) -> Result<Option<WrittenRow>> {
        Ok(self
            .one(
                "SELECT seq, scope, base_count, head_count, head_hash, book_code, names, payload_sha256, written_on, written_at
                 FROM bundle_written WHERE org_id = ?1 ORDER BY seq DESC LIMIT 1",
                [org_id],
                |r| {
                    Ok(WrittenRow {
                        seq: r.get(0)?,
                        scope: r.get(1)?,
                        base_count: r.get(2)?,
                        head_count: r.get(3)?,
                        head_hash: r.get(4)?,
                        book_code: r.get(5)?,
                        names: r.get::<_, i64>(6)? == 1,
                        payload_sha256: r.get(7)?,
                        written_on: r.get(8)?,
                        written_at: r.get(9)?,
                    })
                },
            )
            .optional()?)
    }

    pub fn insert_bundle_written(&self, org_id: i64, w: &WrittenRow) -> Result<()> {
        self.run(
            "INSERT INTO bundle_written(org_id, seq, scope, base_count, head_count, head_hash, book_code, names, payload_sha256, written_on, written_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![org_id, w.seq, w.scope, w.base_count, w.head_count, w.head_hash, w.book_code, w.names as i64, w.payload_sha256, w.written_on, w.written_at],
        )?;
        self.chain_record(RecordKind::BundleWritten, self.c.last_insert_rowid())
    }

    pub fn fed_group(&self, overseer_id: i64, code: &str) -> Result<Option<FedGroupRow>> {
        Ok(self.one(&format!("SELECT {GROUP_COLS} FROM fed_group WHERE overseer_id = ?1 AND code = ?2"), params![overseer_id, code], group_from).optional()?)
    }

    /// The groups an organisation oversees, by code.
    pub fn fed_groups(&self, overseer_id: i64) -> Result<Vec<FedGroupRow>> {
        let mut st = self.c.prepare_cached(&format!("SELECT {GROUP_COLS} FROM fed_group WHERE overseer_id = ?1 ORDER BY code"))?;
        let v = st.query_map([overseer_id], group_from)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    pub fn insert_fed_group(&self, g: &FedGroupRow) -> Result<i64> {
        self.run(
            "INSERT INTO fed_group(overseer_id, code, name, kind, country, currency, place, formed_on, meeting_frequency, public_key, fingerprint, registered_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![g.overseer_id, g.code, g.name, g.kind, g.country, g.currency, g.place, g.formed_on, g.meeting_frequency, g.public_key, g.fingerprint, g.registered_at],
        )?;
        let id = self.c.last_insert_rowid();
        self.chain_record(RecordKind::FedGroup, id)?;
        Ok(id)
    }

    /// The hashes of a group's imported chain, position 1 first.
    pub fn fed_hashes(&self, group_id: i64) -> Result<Vec<String>> {
        let mut st = self.c.prepare_cached("SELECT hash FROM fed_voucher WHERE group_id = ?1 ORDER BY position")?;
        let v = st.query_map([group_id], |r| r.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(v)
    }

    /// Whether this very bundle (by the SHA-256 of its signed content) was imported already.
    pub fn fed_bundle_seen(&self, group_id: i64, payload_sha256: &str) -> Result<bool> {
        Ok(self.one("SELECT count(*) FROM fed_bundle WHERE group_id = ?1 AND payload_sha256 = ?2", params![group_id, payload_sha256], |r| r.get::<_, i64>(0))? > 0)
    }

    pub fn insert_fed_bundle(&self, f: &FedBundleRow) -> Result<i64> {
        self.run(
            "INSERT INTO fed_bundle(group_id, seq, scope, base_count, head_count, head_hash, records_count, records_head, book_code, as_of, written_on, payload_sha256, records, imported_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            params![
                f.group_id,
                f.seq,
                f.scope,
                f.base_count,
                f.head_count,
                f.head_hash,
                f.records_count,
                f.records_head,
                f.book_code,
                f.as_of,
                f.written_on,
                f.payload_sha256,
                f.records,
                f.imported_at
            ],
        )?;
        let id = self.c.last_insert_rowid();
        self.chain_record(RecordKind::FedBundle, id)?;
        Ok(id)
    }

    /// Every bundle imported from a group, oldest first.
    pub fn fed_bundles(&self, group_id: i64) -> Result<Vec<FedBundleRow>> {
        let mut st = self.c.prepare_cached(&format!("SELECT {BUNDLE_COLS} FROM fed_bundle WHERE group_id = ?1 ORDER BY id"))?;
        let v = st.query_map([group_id], bundle_from)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    pub fn insert_fed_voucher(&self, v: &FedVoucherRow) -> Result<()> {
        self.run(
            "INSERT INTO fed_voucher(group_id, position, bundle_id, src_id, org_id, fiscal_year, number, date, kind, narration, meeting_id, reverses_id, client_id, prev_hash, hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            params![
                v.group_id,
                v.position,
                v.bundle_id,
                v.src_id,
                v.org_id,
                v.fiscal_year,
                v.number,
                v.date,
                v.kind,
                v.narration,
                v.meeting_id,
                v.reverses_id,
                v.client_id,
                v.prev_hash,
                v.hash
            ],
        )?;
        for l in &v.lines {
            self.run(
                "INSERT INTO fed_posting(group_id, position, line_no, account, member_id, loan_id, amount_minor, kind, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![v.group_id, v.position, l.line_no, l.account, l.member_id, l.loan_id, l.amount_minor, l.kind, l.note],
            )?;
        }
        Ok(())
    }

    /// A group's imported vouchers with their lines, in chain order.
    pub fn fed_vouchers(&self, group_id: i64) -> Result<Vec<FedVoucherRow>> {
        let mut st = self.c.prepare_cached(
            "SELECT group_id, position, bundle_id, src_id, org_id, fiscal_year, number, date, kind, narration, meeting_id, reverses_id, client_id, prev_hash, hash
             FROM fed_voucher WHERE group_id = ?1 ORDER BY position",
        )?;
        let mut out = st
            .query_map([group_id], |r| {
                Ok(FedVoucherRow {
                    group_id: r.get(0)?,
                    position: r.get(1)?,
                    bundle_id: r.get(2)?,
                    src_id: r.get(3)?,
                    org_id: r.get(4)?,
                    fiscal_year: r.get(5)?,
                    number: r.get(6)?,
                    date: r.get(7)?,
                    kind: r.get(8)?,
                    narration: r.get(9)?,
                    meeting_id: r.get(10)?,
                    reverses_id: r.get(11)?,
                    client_id: r.get(12)?,
                    prev_hash: r.get(13)?,
                    hash: r.get(14)?,
                    lines: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut st = self.c.prepare_cached(
            "SELECT position, line_no, account, member_id, loan_id, amount_minor, kind, note FROM fed_posting WHERE group_id = ?1 ORDER BY position, line_no",
        )?;
        let rows = st.query_map([group_id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                FedPostingRow { line_no: r.get(1)?, account: r.get(2)?, member_id: r.get(3)?, loan_id: r.get(4)?, amount_minor: r.get(5)?, kind: r.get(6)?, note: r.get(7)? },
            ))
        })?;
        for row in rows {
            let (pos, line) = row?;
            if let Some(v) = out.get_mut((pos - 1) as usize).filter(|v| v.position == pos) {
                v.lines.push(line);
            }
        }
        Ok(out)
    }

    pub fn insert_fed_alarm(&self, group_id: i64, payload_sha256: &str, differences: &str, at: &str) -> Result<()> {
        self.run("INSERT INTO fed_alarm(group_id, payload_sha256, differences, raised_at) VALUES (?1, ?2, ?3, ?4)", params![group_id, payload_sha256, differences, at])?;
        self.chain_record(RecordKind::FedAlarm, self.c.last_insert_rowid())
    }

    /// The alarms raised about a group: (when, the differences as recorded).
    pub fn fed_alarms(&self, group_id: i64) -> Result<Vec<(String, String)>> {
        let mut st = self.c.prepare_cached("SELECT raised_at, differences FROM fed_alarm WHERE group_id = ?1 ORDER BY id")?;
        let v = st.query_map([group_id], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    /// How many vouchers of a group were imported.
    pub fn fed_voucher_count(&self, group_id: i64) -> Result<i64> {
        Ok(self.c.query_row("SELECT count(*) FROM fed_voucher WHERE group_id = ?1", [group_id], |r| r.get(0))?)
    }

    /// The fiscal years (by start year) whose closing lines stand in a group's imported journal:
    /// a voucher with a `year-close` line that no imported voucher reverses.
    pub fn fed_closed_years(&self, group_id: i64) -> Result<Vec<i32>> {
        let mut st = self.c.prepare_cached(
            "SELECT DISTINCT v.fiscal_year FROM fed_voucher v
              WHERE v.group_id = ?1
                AND EXISTS (SELECT 1 FROM fed_posting p WHERE p.group_id = v.group_id AND p.position = v.position AND p.kind = 'year-close')
                AND NOT EXISTS (SELECT 1 FROM fed_voucher r WHERE r.group_id = v.group_id AND r.reverses_id = v.src_id)
              ORDER BY v.fiscal_year",
        )?;
        let v = st.query_map([group_id], |r| r.get(0))?.collect::<rusqlite::Result<Vec<i32>>>()?;
        Ok(v)
    }
}
