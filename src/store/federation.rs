//! Federation on disk (migration 0010, issue 16): an organisation's bundle-signing key and the
//! bundles it wrote; an oversight book's register of groups, the bundles it imported, the
//! groups' vouchers and postings as they hashed them, and the alarms of rewritten histories.
//! Every insert of a recorded fact joins the records chain in the same transaction.

use super::{Book, RecordKind};
use crate::store::error::{Result, StoreError};
use rusqlite::{params, OptionalExtension};

/// The year and month of a voucher's date as one number (202611 for November 2026).
const MONTH_OF_DATE: &str = "CAST(substr(v.date, 1, 4) AS INTEGER) * 100 + CAST(substr(v.date, 6, 2) AS INTEGER)";

/// Where a posting stands in its group's chain, as one number (the SQL of `line_place`; migration
/// 0022 writes the same): `fed_month.first_at` keeps the least of a sum's lines.
const PLACE_OF_LINE: &str = "p.position * 1000000 + p.line_no";

/// Where line `line_no` of the voucher at `position` stands in its group's chain (line 0: the
/// voucher itself, before its lines), as `fed_month.first_at` keeps it.
pub fn line_place(position: i64, line_no: i64) -> i64 {
    position.saturating_mul(1_000_000) + line_no
}

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
    /// The last import (`fed_bundle.id`) the bundle relayed, when it relayed any (issue 16: a
    /// village organisation's bundle carries its groups on to its cluster federation).
    pub relayed_upto: Option<i64>,
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
    /// The registered group whose bundle relayed this one (None: it sends its own bundles).
    pub via: Option<i64>,
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

/// An imported voucher's head, without its lines: what the Parquet export's vouchers table holds.
#[derive(Debug, Clone, PartialEq)]
pub struct FedVoucherHead {
    pub position: i64,
    pub fiscal_year: i64,
    pub number: i64,
    pub date: String,
    pub kind: String,
    pub narration: String,
    pub hash: String,
}

/// One imported posting, borrowed from the row being read (`Book::fed_postings_each`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FedPostingRef<'a> {
    pub position: i64,
    pub line_no: i64,
    pub account: &'a str,
    pub member_id: Option<i64>,
    pub loan_id: Option<i64>,
    pub amount_minor: i64,
    pub kind: &'a str,
}

/// One row of `fed_month` as the import writes it.
#[derive(Debug, Clone, PartialEq)]
pub struct FedMonthRow<'a> {
    pub group_id: i64,
    pub bundle_id: i64,
    /// 202611 for November 2026.
    pub month: i64,
    pub opening: bool,
    pub account: &'a str,
    pub kind: &'a str,
    pub amount_minor: i64,
    pub first_at: i64,
}

/// A group's postings of some months summed (`fed_month`, every bundle's together).
#[derive(Debug, Clone, PartialEq)]
pub struct FedMonthSum {
    /// The first of the months summed, as 202611 for November 2026.
    pub month: i64,
    /// Whether the vouchers summed are opening balances.
    pub opening: bool,
    pub account: String,
    pub kind: String,
    pub amount_minor: i64,
    /// Where the first line summed stands: its position in the group's chain times a million,
    /// plus its line number.
    pub first_at: i64,
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
/// The group whose bundle relayed a group (`FedGroupRow::via`).
const VIA: &str = "(SELECT via_id FROM fed_relay r WHERE r.group_id = fed_group.id)";
/// A group that sends its own bundles (not relayed through another's).
const SENDS_ITS_OWN: &str = "NOT EXISTS (SELECT 1 FROM fed_relay r WHERE r.group_id = fed_group.id)";
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
        via: r.get(13)?,
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
        // A backup from before migration 0024 (opened read-only) relayed nothing.
        let relayed = if self.one_table_missing("bundle_relayed")? { "NULL" } else { "(SELECT upto FROM bundle_relayed r WHERE r.written_id = bundle_written.id)" };
        Ok(self
            .one(
                &format!(
                    "SELECT seq, scope, base_count, head_count, head_hash, book_code, names, payload_sha256, written_on, written_at, {relayed}
                     FROM bundle_written WHERE org_id = ?1 ORDER BY seq DESC LIMIT 1"
                ),
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
                        relayed_upto: r.get(10)?,
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
        let id = self.c.last_insert_rowid();
        if let Some(upto) = w.relayed_upto {
            self.run("INSERT INTO bundle_relayed(written_id, upto) VALUES (?1, ?2)", params![id, upto])?;
        }
        self.chain_record(RecordKind::BundleWritten, id)
    }

    /// The register's relaying group column, and which of its groups send their own bundles,
    /// as this book keeps them (a backup from before migration 0024 relayed none).
    fn group_sql(&self) -> Result<(&'static str, &'static str)> {
        Ok(if self.one_table_missing("fed_relay")? { ("NULL", "1") } else { (VIA, SENDS_ITS_OWN) })
    }

    pub fn fed_group(&self, overseer_id: i64, code: &str) -> Result<Option<FedGroupRow>> {
        let (via, _) = self.group_sql()?;
        Ok(self.one(&format!("SELECT {GROUP_COLS}, {via} FROM fed_group WHERE overseer_id = ?1 AND code = ?2"), params![overseer_id, code], group_from).optional()?)
    }

    /// The groups an organisation oversees that send it their own bundles, by code (the ones
    /// its roll-ups, status board and CIF reconciliation are about).
    pub fn fed_groups(&self, overseer_id: i64) -> Result<Vec<FedGroupRow>> {
        let (via, own) = self.group_sql()?;
        let mut st = self.c.prepare_cached(&format!("SELECT {GROUP_COLS}, {via} FROM fed_group WHERE overseer_id = ?1 AND {own} ORDER BY code"))?;
        let v = st.query_map([overseer_id], group_from)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    /// Every group in the register, those relayed through another's bundle too, in the order
    /// they were registered (a group before any it relayed).
    pub fn fed_groups_all(&self, overseer_id: i64) -> Result<Vec<FedGroupRow>> {
        let (via, _) = self.group_sql()?;
        let mut st = self.c.prepare_cached(&format!("SELECT {GROUP_COLS}, {via} FROM fed_group WHERE overseer_id = ?1 ORDER BY id"))?;
        let v = st.query_map([overseer_id], group_from)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    /// The latest import of a group made no later than import `upto` (`fed_bundle.id`).
    pub fn fed_bundle_upto(&self, group_id: i64, upto: i64) -> Result<Option<FedBundleRow>> {
        let mut st = self.c.prepare_cached(&format!("SELECT {BUNDLE_COLS} FROM fed_bundle WHERE group_id = ?1 AND id <= ?2 ORDER BY id DESC LIMIT 1"))?;
        Ok(st.query_row([group_id, upto], bundle_from).optional()?)
    }

    /// The latest import into the book (0: none).
    pub fn fed_last_import(&self) -> Result<i64> {
        Ok(self.one("SELECT coalesce(max(id), 0) FROM fed_bundle", [], |r| r.get(0))?)
    }

    pub fn insert_fed_group(&self, g: &FedGroupRow) -> Result<i64> {
        self.run(
            "INSERT INTO fed_group(overseer_id, code, name, kind, country, currency, place, formed_on, meeting_frequency, public_key, fingerprint, registered_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![g.overseer_id, g.code, g.name, g.kind, g.country, g.currency, g.place, g.formed_on, g.meeting_frequency, g.public_key, g.fingerprint, g.registered_at],
        )?;
        let id = self.c.last_insert_rowid();
        if let Some(via) = g.via {
            self.run("INSERT INTO fed_relay(group_id, via_id) VALUES (?1, ?2)", params![id, via])?;
        }
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

    /// The latest bundle imported from a group (its records are what the group is now).
    pub fn fed_latest_bundle(&self, group_id: i64) -> Result<Option<FedBundleRow>> {
        let mut st = self.c.prepare_cached(&format!("SELECT {BUNDLE_COLS} FROM fed_bundle WHERE group_id = ?1 ORDER BY id DESC LIMIT 1"))?;
        Ok(st.query_row([group_id], bundle_from).optional()?)
    }

    /// Each bundle imported from a group, oldest first: (the period it reports, when it was
    /// imported), without the records each carried.
    pub fn fed_bundle_periods(&self, group_id: i64) -> Result<Vec<(String, String)>> {
        let mut st = self.c.prepare_cached("SELECT as_of, imported_at FROM fed_bundle WHERE group_id = ?1 ORDER BY id")?;
        let v = st.query_map([group_id], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<Vec<_>>>()?;
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
        // One statement for all the lines (a group's five years are some 5,000 of them): looked
        // up in the cache once per voucher, not once per line.
        let mut st = self.c.prepare_cached(
            "INSERT INTO fed_posting(group_id, position, line_no, account, member_id, loan_id, amount_minor, kind, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?;
        for l in &v.lines {
            st.execute(params![v.group_id, v.position, l.line_no, l.account, l.member_id, l.loan_id, l.amount_minor, l.kind, l.note])?;
        }
        Ok(())
    }

    /// A group's imported vouchers with their lines, in chain order.
    pub fn fed_vouchers(&self, group_id: i64) -> Result<Vec<FedVoucherRow>> {
        self.fed_vouchers_where(group_id, "", None)
    }

    /// A group's imported vouchers without their lines, in chain order.
    pub fn fed_voucher_heads(&self, group_id: i64) -> Result<Vec<FedVoucherHead>> {
        let mut st = self.c.prepare_cached("SELECT position, fiscal_year, number, date, kind, narration, hash FROM fed_voucher WHERE group_id = ?1 ORDER BY position")?;
        let rows = st.query_map([group_id], |r| {
            Ok(FedVoucherHead { position: r.get(0)?, fiscal_year: r.get(1)?, number: r.get(2)?, date: r.get(3)?, kind: r.get(4)?, narration: r.get(5)?, hash: r.get(6)? })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every imported posting of a group in chain order (position, line), handed to `f` one at a
    /// time and kept nowhere: a district's Parquet export streams eighteen million of them.
    pub fn fed_postings_each<E: From<StoreError>>(&self, group_id: i64, mut f: impl FnMut(FedPostingRef<'_>) -> Result<(), E>) -> Result<(), E> {
        let mut st = self.c.prepare_cached("SELECT position, line_no, account, member_id, loan_id, amount_minor, kind FROM fed_posting WHERE group_id = ?1 ORDER BY position, line_no").map_err(StoreError::from)?;
        let mut rows = st.query([group_id]).map_err(StoreError::from)?;
        while let Some(r) = rows.next().map_err(StoreError::from)? {
            let text = |i: usize| -> rusqlite::Result<&str> { r.get_ref(i)?.as_str().map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))) };
            let posting = (|| -> rusqlite::Result<FedPostingRef<'_>> {
                Ok(FedPostingRef { position: r.get(0)?, line_no: r.get(1)?, account: text(2)?, member_id: r.get(3)?, loan_id: r.get(4)?, amount_minor: r.get(5)?, kind: text(6)? })
            })()
            .map_err(StoreError::from)?;
            f(posting)?;
        }
        Ok(())
    }

    /// A group's imported vouchers dated from `from` to `to` (ISO dates, both kept), with their
    /// lines, in chain order: the days of a month a roll-up cuts inside.
    pub fn fed_vouchers_between(&self, group_id: i64, from: &str, to: &str) -> Result<Vec<FedVoucherRow>> {
        self.fed_vouchers_where(group_id, "AND v.date BETWEEN ?2 AND ?3", Some((from, to)))
    }

    fn fed_vouchers_where(&self, group_id: i64, filter: &str, dates: Option<(&str, &str)>) -> Result<Vec<FedVoucherRow>> {
        let voucher = |r: &rusqlite::Row<'_>| {
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
        };
        let posting = |r: &rusqlite::Row<'_>| {
            Ok((
                r.get::<_, i64>(0)?,
                FedPostingRow { line_no: r.get(1)?, account: r.get(2)?, member_id: r.get(3)?, loan_id: r.get(4)?, amount_minor: r.get(5)?, kind: r.get(6)?, note: r.get(7)? },
            ))
        };
        let mut st = self.c.prepare_cached(&format!(
            "SELECT v.group_id, v.position, v.bundle_id, v.src_id, v.org_id, v.fiscal_year, v.number, v.date, v.kind, v.narration, v.meeting_id, v.reverses_id, v.client_id, v.prev_hash, v.hash
             FROM fed_voucher v WHERE v.group_id = ?1 {filter} ORDER BY v.position"
        ))?;
        let mut out = match dates {
            Some((a, b)) => st.query_map(params![group_id, a, b], voucher)?.collect::<rusqlite::Result<Vec<_>>>()?,
            None => st.query_map([group_id], voucher)?.collect::<rusqlite::Result<Vec<_>>>()?,
        };
        if dates.is_none() {
            // The whole journal: the group's postings in key order, walked beside the vouchers.
            let mut st = self.c.prepare_cached(
                "SELECT position, line_no, account, member_id, loan_id, amount_minor, kind, note FROM fed_posting WHERE group_id = ?1 ORDER BY position, line_no",
            )?;
            let rows = st.query_map([group_id], posting)?;
            let mut k = 0;
            for row in rows {
                let (pos, line) = row?;
                while k < out.len() && out[k].position < pos {
                    k += 1;
                }
                if let Some(v) = out.get_mut(k).filter(|v| v.position == pos) {
                    v.lines.push(line);
                }
            }
            return Ok(out);
        }
        // Each voucher's lines come together and in order (the posting key); the vouchers in
        // whatever order the date index gives, found again by position.
        let mut st = self.c.prepare_cached(&format!(
            "SELECT p.position, p.line_no, p.account, p.member_id, p.loan_id, p.amount_minor, p.kind, p.note
             FROM fed_voucher v CROSS JOIN fed_posting p ON p.group_id = v.group_id AND p.position = v.position
             WHERE v.group_id = ?1 {filter}"
        ))?;
        let (a, b) = dates.unwrap_or_default();
        let rows = st.query_map(params![group_id, a, b], posting)?.collect::<rusqlite::Result<Vec<_>>>()?;
        let at: std::collections::HashMap<i64, usize> = out.iter().enumerate().map(|(k, v)| (v.position, k)).collect();
        for (pos, line) in rows {
            if let Some(k) = at.get(&pos) {
                out[*k].lines.push(line);
            }
        }
        for v in &mut out {
            if !v.lines.is_sorted_by_key(|l| l.line_no) {
                v.lines.sort_by_key(|l| l.line_no);
            }
        }
        Ok(out)
    }

    /// One sum of an imported bundle's postings (`fed_month`, migration 0022), written in the
    /// import's transaction with the postings it sums.
    pub fn insert_fed_month(&self, r: &FedMonthRow<'_>) -> Result<()> {
        let mut st = self.c.prepare_cached(
            "INSERT INTO fed_month(group_id, bundle_id, month, opening, account, kind, amount_minor, first_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        st.execute(params![r.group_id, r.bundle_id, r.month, r.opening, r.account, r.kind, r.amount_minor, r.first_at])?;
        Ok(())
    }

    /// A group's postings of the months up to `last` (202611 for November 2026) but those
    /// `left_out`, summed by account, line kind and opening or not within each stretch of months
    /// the `bounds` divide (a bound m: months up to m on one side, after it on the other), every
    /// bundle's together; only the accounts `keep` names (all when None). Each sum carries the
    /// first month of its stretch that it sums and its first line's place in the chain.
    pub fn fed_month_sums(&self, group_id: i64, last: i64, left_out: &[i64], bounds: &[i64], keep: Option<&[&str]>) -> Result<Vec<FedMonthSum>> {
        if keep.is_some_and(|k| k.is_empty()) {
            return Ok(Vec::new());
        }
        // The table's key order (account, then month), added up here: a roll-up asks this of
        // every group, and a sort per group would cost more than the sums.
        let accounts = match keep {
            Some(k) => format!("AND account IN ({})", (0..k.len()).map(|i| format!("?{}", i + 3)).collect::<Vec<_>>().join(", ")),
            None => String::new(),
        };
        // A backup from before migration 0022, opened read-only, kept no sums: they are made
        // from its postings, in the same order.
        let source = if self.one_table_missing("fed_month")? {
            format!(
                "(SELECT v.group_id AS group_id, {MONTH_OF_DATE} AS month, p.account AS account, p.kind AS kind, v.kind = 'opening' AS opening,
                         sum(p.amount_minor) AS amount_minor, min({PLACE_OF_LINE}) AS first_at
                    FROM fed_voucher v JOIN fed_posting p ON p.group_id = v.group_id AND p.position = v.position
                   WHERE v.group_id = ?1 GROUP BY 2, 3, 4, 5)"
            )
        } else {
            "fed_month".to_string()
        };
        let order = if source == "fed_month" { "" } else { "ORDER BY account, month" };
        let mut st = self.c.prepare_cached(&format!("SELECT month, account, kind, opening, amount_minor, first_at FROM {source} WHERE group_id = ?1 AND month <= ?2 {accounts} {order}"))?;
        let mut args: Vec<&dyn rusqlite::ToSql> = vec![&group_id, &last];
        for a in keep.unwrap_or(&[]) {
            args.push(a);
        }
        let mut rows = st.query(args.as_slice())?;
        let mut out: Vec<FedMonthSum> = Vec::new();
        // Where the sums of the current account and stretch of months begin in `out`.
        let (mut from, mut stretch) = (0, usize::MAX);
        while let Some(r) = rows.next()? {
            let month: i64 = r.get(0)?;
            if left_out.contains(&month) {
                continue;
            }
            let account = r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
            let here = bounds.iter().filter(|b| month > **b).count();
            if here != stretch || out.get(from).is_some_and(|s| s.account != account) {
                (from, stretch) = (out.len(), here);
            }
            let kind = r.get_ref(2)?.as_str().map_err(rusqlite::Error::from)?;
            let opening = r.get::<_, i64>(3)? == 1;
            let (amount, at): (i64, i64) = (r.get(4)?, r.get(5)?);
            match out[from..].iter_mut().find(|s| s.kind == kind && s.opening == opening) {
                Some(s) => {
                    s.amount_minor += amount;
                    s.first_at = s.first_at.min(at);
                }
                None => out.push(FedMonthSum { month, opening, account: account.to_string(), kind: kind.to_string(), amount_minor: amount, first_at: at }),
            }
        }
        Ok(out)
    }

    /// Whether a group's sums by month differ from its postings (changed outside Samuh).
    pub fn fed_month_differs(&self, group_id: i64) -> Result<bool> {
        let sums = "SELECT bundle_id, month, opening, account, kind, amount_minor, first_at FROM fed_month WHERE group_id = ?1";
        let postings = format!("SELECT v.bundle_id, {MONTH_OF_DATE}, v.kind = 'opening', p.account, p.kind, sum(p.amount_minor), min({PLACE_OF_LINE})
               FROM fed_voucher v JOIN fed_posting p ON p.group_id = v.group_id AND p.position = v.position
              WHERE v.group_id = ?1 GROUP BY v.bundle_id, substr(v.date, 1, 7), v.kind = 'opening', p.account, p.kind");
        let n: i64 = self.one(&format!("SELECT (SELECT count(*) FROM ({sums} EXCEPT {postings})) + (SELECT count(*) FROM ({postings} EXCEPT {sums}))"), [group_id], |r| r.get(0))?;
        Ok(n > 0)
    }

    /// What each of the loans given is owed on `to` (ISO date) in a group's imported postings to
    /// loans to members: (loan id, minor units), loans with no posting left out.
    pub fn fed_loan_balances(&self, group_id: i64, loans: &[i64], to: &str) -> Result<Vec<(i64, i64)>> {
        let mut st = self.c.prepare_cached(
            // CROSS JOIN: the loan's postings first (its index), then each one's voucher for the
            // date; never the group's vouchers each searched for the loan.
            "SELECT sum(p.amount_minor) FROM fed_posting p CROSS JOIN fed_voucher v ON v.group_id = p.group_id AND v.position = p.position
              WHERE p.group_id = ?1 AND p.loan_id = ?2 AND p.account = 'loans-to-members' AND v.date <= ?3",
        )?;
        let mut out = Vec::new();
        for id in loans {
            if let Some(sum) = st.query_row(params![group_id, id, to], |r| r.get::<_, Option<i64>>(0))? {
                out.push((*id, sum));
            }
        }
        Ok(out)
    }

    /// The meetings (the group's ids, from `lo` to `hi`) that have an entry in a group's imported
    /// journal, and who saved at each: (meeting, None) per voucher, (meeting, member) per saving.
    pub fn fed_meeting_entries(&self, group_id: i64, lo: i64, hi: i64) -> Result<Vec<(i64, Option<i64>)>> {
        let mut st = self.c.prepare_cached(
            "SELECT v.meeting_id, NULL FROM fed_voucher v WHERE v.group_id = ?1 AND v.meeting_id BETWEEN ?2 AND ?3
             UNION ALL
             SELECT v.meeting_id, p.member_id FROM fed_voucher v
               CROSS JOIN fed_posting p ON p.group_id = v.group_id AND p.position = v.position
                AND p.account = 'member-savings' AND p.kind = 'saving' AND p.amount_minor < 0
              WHERE v.group_id = ?1 AND v.meeting_id BETWEEN ?2 AND ?3 AND p.member_id IS NOT NULL",
        )?;
        let v = st.query_map(params![group_id, lo, hi], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    /// The date of a group's last imported entry on or before `to` (ISO dates).
    pub fn fed_last_entry(&self, group_id: i64, to: &str) -> Result<Option<String>> {
        Ok(self.one("SELECT max(date) FROM fed_voucher WHERE group_id = ?1 AND date <= ?2", params![group_id, to], |r| r.get(0))?)
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
    /// The date of a group's earliest imported entry (its opening balances, or its first meeting
    /// in Samuh); None before any.
    pub fn fed_first_entry(&self, group_id: i64) -> Result<Option<chrono::NaiveDate>> {
        let first: Option<String> = self.one("SELECT min(date) FROM fed_voucher WHERE group_id = ?1", [group_id], |r| r.get(0))?;
        first.map(|d| super::parse_stored_date(&d)).transpose().map_err(Into::into)
    }

    pub fn fed_voucher_count(&self, group_id: i64) -> Result<i64> {
        Ok(self.one("SELECT count(*) FROM fed_voucher WHERE group_id = ?1", [group_id], |r| r.get(0))?)
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
