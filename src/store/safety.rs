//! Store support for the book's safety: streaming the chain for the open-time self-check, the
//! schema check (every append-only trigger present and unaltered, no dangling references),
//! snapshots for backups, read-only opening of a backup, and the storage warning for books on a
//! network or removable drive.

use super::{bad_value, Book, Store, APPLICATION_ID, MIGRATIONS};
use crate::domain::ledger::{Line, LineKind};
use crate::domain::money::Money;
use crate::error::IoReason;
use crate::store::error::{StoreError, Result};
use super::journal::{voucher_from_row, VOUCHER_COLS};
use super::StoredVoucher;
use rusqlite::{params, Connection, OpenFlags};
use std::path::Path;

/// The warning code for a book on a network share or a removable drive.
pub const WARNING_REMOVABLE_OR_NETWORK: &str = "warning-removable-or-network";

impl Store {
    /// SQLite's quick structural check ("ok" when healthy); much faster than `integrity_check`.
    /// A file the check cannot even read through (truncated, corrupt beyond a finding, an I/O
    /// error) is `FileUnreadable` with its reason, not a list of findings: "the backup fails N
    /// checks" is for a file that opens and reads.
    pub fn quick_check(&self) -> Result<Vec<String>> {
        let unreadable = |e: rusqlite::Error| StoreError::FileUnreadable { path: self.path.clone(), reason: sqlite_reason(&e), detail: e.to_string() };
        let mut st = self.conn.prepare("PRAGMA quick_check").map_err(unreadable)?;
        let rows = st.query_map([], |r| r.get::<_, String>(0)).map_err(unreadable)?.collect::<rusqlite::Result<Vec<_>>>().map_err(unreadable)?;
        Ok(rows)
    }

    /// Opens a book file read-only, as it is, for looking at a backup: no migrations, no
    /// journal-mode change. Refuses a file that is not a book or is from a newer version.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        if super::is_encrypted(path) {
            let envelope = super::envelope_path(path);
            if !envelope.is_file() {
                return Err(StoreError::KeyFileMissing { path: path.display().to_string(), envelope: envelope.display().to_string() });
            }
            return Err(StoreError::BookEncrypted { path: path.display().to_string() });
        }
        Store::open_read_only_keyed(path, None)
    }

    /// `open_read_only` with the book key of an encrypted copy.
    pub(crate) fn open_read_only_keyed(path: &Path, key: Option<super::BookKey>) -> Result<Store> {
        let p = path.display().to_string();
        if !path.is_file() {
            return Err(StoreError::FileUnreadable { path: p, reason: IoReason::NotFound, detail: "no such file".into() });
        }
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
            .map_err(|e| StoreError::FileUnreadable { path: p.clone(), reason: sqlite_reason(&e), detail: e.to_string() })?;
        conn.set_prepared_statement_cache_capacity(super::STATEMENT_CACHE);
        let store = Store { conn, path: p, key, read_only: true };
        store.apply_key()?;
        Store::read_only_book(store)
    }

    /// Opens the bytes of a book file (a backup read into memory) read-only, with exactly the
    /// checks of `open_read_only`; its path is ":memory:". Used by the backup-reader fuzz
    /// target, which looks at hundreds of thousands of files a run without touching the disk.
    pub fn open_image(bytes: &[u8]) -> Result<Store> {
        let mut conn = Connection::open_in_memory()?;
        conn.deserialize_read_exact(rusqlite::MAIN_DB, bytes, bytes.len(), true)
            .map_err(|_| StoreError::NotABook { path: ":memory:".into() })?;
        conn.set_prepared_statement_cache_capacity(super::STATEMENT_CACHE);
        Store::read_only_book(Store { conn, path: ":memory:".into(), key: None, read_only: true })
    }

    /// The checks every read-only book passes: a Samuh book, not from a newer version; then
    /// foreign keys on, untrusted schema, defensive mode.
    pub(super) fn read_only_book(store: Store) -> Result<Store> {
        let p = store.path.clone();
        let conn = &store.conn;
        let app_id: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0)).map_err(|e| store.not_a_book(e))?;
        if app_id != APPLICATION_ID {
            return Err(StoreError::NotABook { path: p });
        }
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(|e| store.not_a_book(e))?;
        let supported = super::schema_version();
        if version > supported {
            return Err(StoreError::NewerDatabase { found: version, supported });
        }
        // Older books are read through today's queries only once migrated (restore_apply does
        // that on the restored copy); with one schema version so far, none exist.
        conn.execute_batch("PRAGMA foreign_keys=ON; PRAGMA trusted_schema=OFF;")?;
        conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
        Ok(store)
    }

    /// Writes a consistent snapshot of the whole book to `dest` (which must not exist) with
    /// `VACUUM INTO`, sets the copy to rollback-journal mode so it can be read anywhere (even
    /// read-only from a pen drive), and checks it. The caller fsyncs and renames it into place.
    /// The snapshot of an encrypted book is encrypted with the same key (SQLCipher gives the
    /// VACUUM INTO target the main database's key); this is checked, never assumed.
    pub fn snapshot_to(&self, dest: &Path) -> Result<()> {
        let d = dest.display().to_string();
        let fail = |e: rusqlite::Error| StoreError::BackupFailed { path: d.clone(), reason: sqlite_reason(&e), detail: e.to_string() };
        self.conn.execute("VACUUM INTO ?1", [&d]).map_err(fail)?;
        if self.key.is_some() != super::is_encrypted(dest) {
            return Err(StoreError::BackupFailed { path: d, reason: IoReason::Other, detail: "the copy is not encrypted like the book".into() });
        }
        let c = Connection::open(dest).map_err(fail)?;
        if let Some(k) = &self.key {
            c.pragma_update(None, "key", k.pragma_value().as_str()).map_err(fail)?;
        }
        let _mode: String = c.query_row("PRAGMA journal_mode=DELETE", [], |r| r.get(0)).map_err(fail)?;
        let ok: String = c.query_row("PRAGMA quick_check", [], |r| r.get(0)).map_err(fail)?;
        if ok != "ok" {
            return Err(StoreError::BackupFailed { path: d, reason: IoReason::Damaged, detail: ok });
        }
        c.close().map_err(|(_, e)| fail(e))?;
        Ok(())
    }
}

/// The append-only triggers the migrations create, by name, with their SQL.
pub(crate) fn expected_triggers() -> &'static [(String, String)] {
    static ALL: std::sync::OnceLock<Vec<(String, String)>> = std::sync::OnceLock::new();
    ALL.get_or_init(triggers_in_migrations)
}

fn triggers_in_migrations() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (_, sql) in MIGRATIONS {
        let mut rest = *sql;
        while let Some(i) = rest.find("CREATE TRIGGER ") {
            let stmt = &rest[i..];
            let end = stmt.find("END;").map(|e| e + 3).unwrap_or(stmt.len());
            // SQLite keeps a trigger's text without its IF NOT EXISTS (used by migrations that
            // may meet a book whose version number was set back).
            let text = stmt[..end].replacen("CREATE TRIGGER IF NOT EXISTS ", "CREATE TRIGGER ", 1);
            let name = text["CREATE TRIGGER ".len()..].split_whitespace().next().unwrap_or("").to_string();
            out.push((name, text));
            rest = &stmt[end..];
        }
    }
    out
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Postings of one account (or of a tail of vouchers on it): how many and their sum. (Reading
/// each posting's id from the index as well, for an id-weighted sum, doubled the cost of the
/// scan: measured in BENCHMARKS.md's notes.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PostingTotals {
    pub count: i64,
    pub sum: i64,
}

/// How far an organisation's chain verified at an earlier self-check (migration 0005).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainCheckpoint {
    pub org_id: i64,
    /// The voucher's position in the chain (from 1).
    pub vouchers: i64,
    pub voucher_id: i64,
    /// Its hash: the chain head at that point.
    pub head_hash: String,
    /// What came before it, from indexes (see `app::safety::fingerprint`).
    pub fingerprint: String,
    pub verified_at: String,
}

/// A problem with the book's structure found by `Book::schema_problems`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchemaProblem {
    /// An append-only trigger is missing or no longer what the migration created.
    Trigger(String),
    /// A row refers to a row that does not exist (table, row id).
    DanglingReference(String, i64),
}

impl Book<'_> {
    /// Streams an organisation's vouchers in chain order, each with its lines, from one ordered
    /// query: constant memory and one pass, for the self-check of large books. `reversed_by` is
    /// not filled in.
    pub fn each_voucher(&self, org_id: i64, f: impl FnMut(&StoredVoucher) -> Result<()>) -> Result<()> {
        self.each_voucher_after(org_id, 0, f)
    }

    /// `each_voucher` for the vouchers whose id is above `after_id` (the tail after a checkpoint).
    pub fn each_voucher_after(&self, org_id: i64, after_id: i64, mut f: impl FnMut(&StoredVoucher) -> Result<()>) -> Result<()> {
        // reversed_by (column 9) is left NULL: the chain does not need it.
        let mut st = self.c.prepare_cached(&format!(
            "SELECT {VOUCHER_COLS}, NULL, v.client_id, v.recorded_at, v.prev_hash, v.hash,
                    p.id, a.code, p.member_id, p.loan_id, p.amount_minor, p.kind, p.note
             FROM voucher v LEFT JOIN posting p ON p.voucher_id = v.id LEFT JOIN account a ON a.id = p.account_id
             WHERE v.org_id = ?1 AND v.id > ?2 ORDER BY v.id, p.line_no, p.id"
        ))?;
        let mut rows = st.query([org_id, after_id])?;
        let mut cur: Option<StoredVoucher> = None;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            if cur.as_ref().map(|v| v.id) != Some(id) {
                if let Some(v) = cur.take() {
                    f(&v)?;
                }
                cur = Some(voucher_from_row(r)?);
            }
            if r.get::<_, Option<i64>>(14)?.is_some() {
                let kind: String = r.get(19)?;
                let line = Line {
                    // A posting to an account that does not exist reads as an empty code: its
                    // voucher's hash then no longer matches.
                    account: r.get::<_, Option<String>>(15)?.unwrap_or_default(),
                    member_id: r.get(16)?,
                    loan_id: r.get(17)?,
                    amount: Money::from_minor(r.get(18)?),
                    kind: LineKind::from_code(&kind).ok_or_else(|| bad_value("line kind", &kind))?,
                    note: r.get(20)?,
                };
                cur.as_mut().expect("set above").lines.push(line);
            }
        }
        if let Some(v) = cur.take() {
            f(&v)?;
        }
        Ok(())
    }

    /// The sum of every posting per organisation (zero when the trial balance agrees), and the
    /// sum of postings whose account or voucher is missing (book-wide, org 0).
    pub fn trial_balance_sums(&self) -> Result<Vec<(i64, i64)>> {
        let mut st = self.c.prepare_cached(
            "SELECT coalesce(a.org_id, 0), sum(p.amount_minor) FROM posting p LEFT JOIN account a ON a.id = p.account_id
             GROUP BY coalesce(a.org_id, 0) ORDER BY 1",
        )?;
        let v = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    /// Per account, the count and sum of its postings, read from the covering
    /// index `posting_account` alone (no posting row is touched), with each account's
    /// organisation (0 for postings on an account that does not exist). The trial balance and the
    /// checkpoint fingerprint of the open self-check.
    pub fn posting_totals(&self) -> Result<Vec<(i64, i64, PostingTotals)>> {
        let mut st = self.c.prepare_cached(&format!(
            "SELECT t.account_id, coalesce(a.org_id, 0), t.n, t.s FROM
               (SELECT account_id, count(*) AS n, sum(amount_minor) AS s FROM posting GROUP BY account_id) t
             LEFT JOIN account a ON a.id = t.account_id ORDER BY t.account_id"
        ))?;
        let v = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, PostingTotals { count: r.get(2)?, sum: r.get(3)? })))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    /// `posting_totals` of the postings of an organisation's vouchers whose id is above
    /// `after_id` (the tail after a checkpoint), by account.
    pub fn posting_totals_after(&self, org_id: i64, after_id: i64) -> Result<Vec<(i64, PostingTotals)>> {
        let mut st = self.c.prepare_cached(
            "SELECT p.account_id, count(*), sum(p.amount_minor) FROM voucher v JOIN posting p ON p.voucher_id = v.id
             WHERE v.org_id = ?1 AND v.id > ?2 GROUP BY p.account_id ORDER BY p.account_id",
        )?;
        let v = st
            .query_map([org_id, after_id], |r| Ok((r.get(0)?, PostingTotals { count: r.get(1)?, sum: r.get(2)? })))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    /// The count and the id-and-date-weighted sum of an organisation's vouchers with id up to
    /// `through_id`, read from the index `voucher_org_date` alone.
    pub fn voucher_totals_through(&self, org_id: i64, through_id: i64) -> Result<(i64, i64)> {
        Ok(self.c.prepare_cached(
            "SELECT count(*), coalesce(sum(((CAST(replace(date, '-', '') AS INTEGER) % 2147483647) * (id % 2147483647)) % 2147483647), 0)
             FROM voucher WHERE org_id = ?1 AND id <= ?2",
        )?
        .query_row([org_id, through_id], |r| Ok((r.get(0)?, r.get(1)?)))?)
    }

    /// Each organisation's checkpoint: how far its chain verified at an earlier check.
    pub fn checkpoints(&self) -> Result<Vec<ChainCheckpoint>> {
        let mut st = self.c.prepare_cached("SELECT org_id, vouchers, voucher_id, head_hash, fingerprint, verified_at FROM chain_checkpoint ORDER BY org_id")?;
        let v = st
            .query_map([], |r| {
                Ok(ChainCheckpoint { org_id: r.get(0)?, vouchers: r.get(1)?, voucher_id: r.get(2)?, head_hash: r.get(3)?, fingerprint: r.get(4)?, verified_at: r.get(5)? })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    /// Records (replaces) an organisation's checkpoint; never replaces one further along the
    /// chain (a slow background check finishing after a quicker, later one).
    pub fn save_checkpoint(&self, c: &ChainCheckpoint) -> Result<()> {
        self.run(
            "INSERT INTO chain_checkpoint(org_id, vouchers, voucher_id, head_hash, fingerprint, verified_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT(org_id) DO UPDATE SET vouchers = excluded.vouchers, voucher_id = excluded.voucher_id,
               head_hash = excluded.head_hash, fingerprint = excluded.fingerprint, verified_at = excluded.verified_at
             WHERE excluded.vouchers >= chain_checkpoint.vouchers",
            params![c.org_id, c.vouchers, c.voucher_id, c.head_hash, c.fingerprint, c.verified_at],
        )?;
        Ok(())
    }

    /// Append-only triggers missing or altered, and rows referring to rows that do not exist
    /// (as left by an outside tool that turned foreign keys off).
    pub fn schema_problems(&self) -> Result<Vec<SchemaProblem>> {
        let mut out: Vec<SchemaProblem> = self.trigger_problems()?.into_iter().map(SchemaProblem::Trigger).collect();
        let mut st = self.c.prepare_cached("PRAGMA foreign_key_check")?;
        let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<i64>>(1)?)))?;
        for row in rows {
            let (table, rowid) = row?;
            out.push(SchemaProblem::DanglingReference(table, rowid.unwrap_or(0)));
        }
        Ok(out)
    }

    /// The append-only triggers missing or altered, by name (no foreign-key scan: cheap). A
    /// trigger's stored text is compared as the migration wrote it first, then with whitespace
    /// squashed (the slower comparison only for a text that differs at all).
    pub fn trigger_problems(&self) -> Result<Vec<String>> {
        static EXPECTED: std::sync::OnceLock<Vec<(String, String, String)>> = std::sync::OnceLock::new();
        let expected = EXPECTED.get_or_init(|| {
            expected_triggers().iter().map(|(n, sql)| (n.clone(), sql.trim_end_matches(';').to_string(), squash(sql.trim_end_matches(';')))).collect()
        });
        let mut found = std::collections::HashMap::new();
        let mut st = self.c.prepare_cached("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'")?;
        for row in st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?)))? {
            let (name, sql) = row?;
            found.insert(name, sql.unwrap_or_default());
        }
        let altered = |name: &String, raw: &String, squashed: &String| !found.get(name).is_some_and(|sql| sql == raw || squash(sql) == *squashed);
        Ok(expected.iter().filter(|(n, raw, sq)| altered(n, raw, sq)).map(|(n, _, _)| n.clone()).collect())
    }

    /// Per organisation: vouchers, last meeting date, and the balances a restore compares.
    pub fn book_summary_rows(&self, org_id: i64) -> Result<(i64, Option<String>)> {
        let n: i64 = self.one("SELECT count(*) FROM voucher WHERE org_id = ?1", [org_id], |r| r.get(0))?;
        let last: Option<String> = self.one(
            "SELECT max(m.date) FROM meeting m WHERE m.org_id = ?1
               AND NOT EXISTS (SELECT 1 FROM voucher v JOIN voucher r ON r.reverses_id = v.id WHERE v.meeting_id = m.id)",
            params![org_id],
            |r| r.get(0),
        )?;
        Ok((n, last))
    }
}

/// The warning for a book kept on a network share or a removable drive (where a pulled cable or
/// pen drive can lose a save), read from /proc/mounts; None elsewhere or when unknown.
pub fn storage_warning(path: &Path) -> Option<&'static str> {
    let mounts = std::fs::read_to_string("/proc/mounts").ok()?;
    let abs = std::fs::canonicalize(path).or_else(|_| {
        // A book not yet created: judge by its folder.
        path.parent().map(std::fs::canonicalize).unwrap_or_else(|| Ok(path.to_path_buf()))
    });
    storage_warning_from(&mounts, abs.ok()?.to_str()?)
}

/// `storage_warning` on a given /proc/mounts text and absolute path: the longest mount point
/// containing the path decides.
pub fn storage_warning_from(mounts: &str, abs_path: &str) -> Option<&'static str> {
    let unescape = |s: &str| s.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\");
    let mut best: Option<(usize, String, String)> = None;
    for line in mounts.lines() {
        let mut f = line.split_whitespace();
        let (Some(_dev), Some(mp), Some(fs)) = (f.next(), f.next(), f.next()) else { continue };
        let mp = unescape(mp);
        let inside = mp == "/" || abs_path == mp || abs_path.starts_with(&format!("{}/", mp.trim_end_matches('/')));
        if inside && best.as_ref().map_or(true, |(len, _, _)| mp.len() >= *len) {
            best = Some((mp.len(), mp, fs.to_string()));
        }
    }
    let (_, mp, fs) = best?;
    let risky_fs = matches!(fs.as_str(), "nfs" | "nfs4" | "cifs" | "smbfs" | "smb3" | "fuse.sshfs" | "vfat" | "exfat" | "msdos" | "fuseblk" | "ntfs" | "ntfs3")
        || fs.starts_with("smb")
        || fs.starts_with("nfs");
    let removable_place = mp.starts_with("/media/") || mp.starts_with("/run/media/") || mp == "/media" || mp == "/run/media";
    (risky_fs || removable_place).then_some(WARNING_REMOVABLE_OR_NETWORK)
}


/// Classifies a SQLite error about a file (opening, reading, copying) for the reader's message.
pub(crate) fn sqlite_reason(e: &rusqlite::Error) -> IoReason {
    use rusqlite::ErrorCode as C;
    match e.sqlite_error_code() {
        Some(C::DiskFull) => IoReason::DiskFull,
        Some(C::ReadOnly) => IoReason::ReadOnly,
        Some(C::PermissionDenied) | Some(C::AuthorizationForStatementDenied) => IoReason::PermissionDenied,
        Some(C::DatabaseCorrupt) | Some(C::NotADatabase) => IoReason::Damaged,
        Some(C::CannotOpen) => IoReason::NotFound,
        _ => IoReason::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MOUNTS: &str = "/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
/dev/sdb1 /media/asha/KINGSTON vfat rw,uid=1000 0 0
//server/share /mnt/office cifs rw 0 0
/dev/sdc1 /run/media/ravi/Backup\\040Disk ext4 rw 0 0
/dev/sdd1 /mnt/win fuseblk rw 0 0
/dev/sda2 /home ext4 rw 0 0
host:/export /home/shared nfs4 rw 0 0
";

    #[test]
    fn network_and_removable_drives_are_warned_about() {
        let w = |p| storage_warning_from(MOUNTS, p);
        assert_eq!(w("/home/asha/books/shg.samuh"), None);
        assert_eq!(w("/tmp/x.samuh"), None);
        assert_eq!(w("/media/asha/KINGSTON/shg.samuh"), Some(WARNING_REMOVABLE_OR_NETWORK));
        assert_eq!(w("/mnt/office/shg.samuh"), Some(WARNING_REMOVABLE_OR_NETWORK));
        assert_eq!(w("/run/media/ravi/Backup Disk/shg.samuh"), Some(WARNING_REMOVABLE_OR_NETWORK));
        assert_eq!(w("/mnt/win/shg.samuh"), Some(WARNING_REMOVABLE_OR_NETWORK));
        assert_eq!(w("/home/shared/shg.samuh"), Some(WARNING_REMOVABLE_OR_NETWORK));
        assert_eq!(w("/home/sharedx/shg.samuh"), None);
        assert_eq!(w("/mnt/officex/shg.samuh"), None);
    }

    #[test]
    fn the_expected_triggers_are_all_present_in_a_new_book() {
        // 16 from 0001 (journal, meetings, loans, by-laws, reschedules), 2 from 0003 (print runs)
        // 6 from 0004 (people, PIN history, who did what), 2 from 0007 (record hashes), 4 from
        // 0008 (the retry log, an opening cut-off), 6 from 0009 (share prices, year closes and
        // reopenings), 14 from 0010 (the federation's keys, bundles, register and alarms) and 2
        // from 0011 (by-law rules, issue 15), and the rest of the later migrations' (2 from 0020,
        // a year's audit sign-off, 2 from 0021, the statements a close kept, 2 from 0022, the imported
        // sums by month, 0023's 2, levy_paid's again over its table keyed anew, and 0024's 4, the
        // groups relayed and what a written bundle relayed).
        assert_eq!(expected_triggers().len(), 102);
        let s = Store::open_in_memory().unwrap();
        assert_eq!(s.read().schema_problems().unwrap(), vec![]);
        s.conn.execute_batch("DROP TRIGGER posting_no_update").unwrap();
        assert_eq!(s.read().schema_problems().unwrap(), vec![SchemaProblem::Trigger("posting_no_update".into())]);
    }
}
