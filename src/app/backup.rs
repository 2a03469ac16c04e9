//! Backups: a consistent copy of the book written safely (snapshot to a temporary file in the
//! target folder, fsync, atomic rename, fsync of the folder), rotated so the newest N are kept;
//! daily and on-close backups; "copy to pen drive"; and restore, which never overwrites: it opens
//! the backup as its own book, shows how it differs from the current one, and writes the restored
//! book to a new file only when asked.
//!
//! Nothing here reads the clock: `now` is a parameter.

pub mod removable;

use crate::store::error::StoreError;
use super::safety::{full_self_check, open_self_check, OrgSelfCheck, SelfCheck};
use crate::domain::ledger::code;
use crate::error::{Error, Result};
use crate::store::Store;
use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;
use std::fs;
use std::path::{Path, PathBuf};

/// A backup written.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct BackupInfo {
    pub path: String,
    pub bytes: u64,
    /// Older backups removed by rotation.
    pub removed: Vec<String>,
    /// Each organisation's chain head and book code in the backup.
    pub orgs: Vec<OrgSelfCheck>,
}

/// One organisation as a restore shows it, for the book and for the backup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct BookSummary {
    pub org: String,
    /// ISO date of the last standing meeting.
    pub last_meeting: Option<String>,
    pub vouchers: i64,
    pub head: String,
    pub book_code: String,
    /// Plain decimal amounts.
    pub cash: String,
    pub bank: String,
    pub savings: String,
    pub loans_outstanding: String,
}

/// What restoring a backup would change, for the user to confirm.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct RestoreDiff {
    pub backup_path: String,
    pub current: Vec<BookSummary>,
    pub backup: Vec<BookSummary>,
    /// True when the backup holds exactly what the current book holds (same chain heads).
    pub same: bool,
    pub backup_check: SelfCheck,
}

/// A restored book.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct RestoreInfo {
    pub path: String,
    pub summary: Vec<BookSummary>,
}

fn failed(path: &Path, e: std::io::Error) -> Error {
    Error::Store(StoreError::BackupFailed { path: path.display().to_string(), reason: crate::error::IoReason::of_io(&e), detail: e.to_string() })
}

/// The file-name stem of the book ("shg" for shg.samuh); "book" for an in-memory book.
fn stem(store: &Store) -> String {
    Path::new(store.path())
        .file_stem()
        .and_then(|s| s.to_str())
        .filter(|s| !s.is_empty() && *s != ":memory:")
        .unwrap_or("book")
        .to_string()
}

/// (time, sequence) of a backup file name `<stem>-YYYYMMDD-HHMMSS[-N].samuh`.
fn parse_backup_name(stem: &str, name: &str) -> Option<(NaiveDateTime, u32)> {
    let mid = name.strip_prefix(stem)?.strip_prefix('-')?.strip_suffix(".samuh")?;
    let (ts, seq) = match mid.len() {
        15 => (mid, 1),
        n if n > 16 && mid.as_bytes()[15] == b'-' => (&mid[..15], mid[16..].parse().ok()?),
        _ => return None,
    };
    Some((NaiveDateTime::parse_from_str(ts, "%Y%m%d-%H%M%S").ok()?, seq))
}

/// This book's backups in a folder, newest first.
pub fn list_backups(store: &Store, dir: &Path) -> Result<Vec<PathBuf>> {
    let stem = stem(store);
    let mut found = Vec::new();
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::Store(StoreError::FileUnreadable { path: dir.display().to_string(), reason: crate::error::IoReason::of_io(&e), detail: e.to_string() })),
    };
    for e in entries.flatten() {
        let name = e.file_name();
        if let Some(key) = name.to_str().and_then(|n| parse_backup_name(&stem, n)) {
            found.push((key, e.path()));
        }
    }
    found.sort_by(|a, b| b.0.cmp(&a.0));
    Ok(found.into_iter().map(|(_, p)| p).collect())
}

fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    fs::File::open(dir).and_then(|d| d.sync_all()).map_err(|e| failed(dir, e))?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Writes a snapshot of `store` to `dir/<name>` safely and returns its path: temporary file in
/// the same folder, fsync, atomic rename (never onto an existing file), fsync of the folder.
/// A copy of an encrypted book is encrypted with the same key and gets `keys`'s key envelope
/// beside it (`<copy>.key`, written first), so the copy opens on its own.
fn write_safely(store: &Store, keys: &Store, dir: &Path, name: &str) -> Result<PathBuf> {
    fs::create_dir_all(dir).map_err(|e| failed(dir, e))?;
    let target = dir.join(name);
    if target.exists() {
        return Err(Error::Store(StoreError::RestoreTargetExists { path: target.display().to_string() }));
    }
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let _ = fs::remove_file(&tmp);
    let envelope = crate::store::envelope_path(&target);
    let had_envelope = envelope.exists();
    let result = (|| {
        keys.write_envelope_for(&target)?;
        store.snapshot_to(&tmp)?;
        fs::OpenOptions::new().read(true).write(true).open(&tmp).and_then(|f| f.sync_all()).map_err(|e| failed(&tmp, e))?;
        place_without_overwriting(&tmp, &target)?;
        sync_dir(dir)
    })();
    if result.is_err() {
        remove_book_files(&tmp);
        if !had_envelope {
            let _ = fs::remove_file(&envelope);
        }
    }
    result.map(|_| target)
}

/// Removes a book file this module created, with any journal SQLite left beside it.
fn remove_book_files(path: &Path) {
    let _ = fs::remove_file(path);
    for suffix in ["-journal", "-wal", "-shm"] {
        let mut side = path.as_os_str().to_owned();
        side.push(suffix);
        let _ = fs::remove_file(PathBuf::from(side));
    }
}

/// Moves `tmp` to `target` atomically, refusing to replace an existing file.
fn place_without_overwriting(tmp: &Path, target: &Path) -> Result<()> {
    match fs::hard_link(tmp, target) {
        Ok(()) => {
            fs::remove_file(tmp).map_err(|e| failed(tmp, e))?;
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(Error::Store(StoreError::RestoreTargetExists { path: target.display().to_string() })),
        // File systems without hard links (FAT pen drives): check, then rename.
        Err(_) => {
            if target.exists() {
                return Err(Error::Store(StoreError::RestoreTargetExists { path: target.display().to_string() }));
            }
            fs::rename(tmp, target).map_err(|e| failed(target, e))
        }
    }
}

/// A file name for a backup at `now` not yet used in `dir`.
fn fresh_name(stem: &str, dir: &Path, now: NaiveDateTime) -> String {
    let ts = now.format("%Y%m%d-%H%M%S");
    let mut name = format!("{stem}-{ts}.samuh");
    let mut n = 2;
    while dir.join(&name).exists() {
        name = format!("{stem}-{ts}-{n}.samuh");
        n += 1;
    }
    name
}

fn info(store: &Store, path: PathBuf, removed: Vec<String>) -> Result<BackupInfo> {
    let bytes = fs::metadata(&path).map_err(|e| failed(&path, e))?.len();
    let copy = store.open_copy_read_only(&path)?;
    let orgs = open_self_check(&copy)?.orgs;
    Ok(BackupInfo { path: path.display().to_string(), bytes, removed, orgs })
}

/// Backs the book up into `dir` as `<book>-YYYYMMDD-HHMMSS.samuh`, then removes all but the
/// newest `keep` backups of this book there (at least one is always kept).
pub fn backup_now(store: &Store, dir: &Path, keep: usize, now: NaiveDateTime) -> Result<BackupInfo> {
    let stem = stem(store);
    let path = write_safely(store, store, dir, &fresh_name(&stem, dir, now))?;
    // Read the new backup back before rotating older ones out: a backup that cannot be read
    // back is removed and reported, and the older ones stay.
    let mut out = verified(store, path, dir)?;
    for old in list_backups(store, dir)?.into_iter().skip(keep.max(1)) {
        if old.display().to_string() != out.path && fs::remove_file(&old).is_ok() {
            // Its key envelope goes with it (none for a plain book).
            let _ = fs::remove_file(crate::store::envelope_path(&old));
            out.removed.push(old.display().to_string());
        }
    }
    if !out.removed.is_empty() {
        sync_dir(dir)?;
    }
    Ok(out)
}

/// `info` of a backup just written; when it cannot be read back, the file (and its key
/// envelope) is removed so that an error never leaves a backup behind that nobody checked.
fn verified(store: &Store, path: PathBuf, dir: &Path) -> Result<BackupInfo> {
    match info(store, path.clone(), Vec::new()) {
        Ok(i) => Ok(i),
        Err(e) => {
            let _ = fs::remove_file(&path);
            let _ = fs::remove_file(crate::store::envelope_path(&path));
            let _ = sync_dir(dir);
            Err(e)
        }
    }
}

/// The daily backup: made only when `dir` holds no backup of this book dated today.
pub fn backup_if_due(store: &Store, dir: &Path, keep: usize, now: NaiveDateTime) -> Result<Option<BackupInfo>> {
    let today: NaiveDate = now.date();
    let stem = stem(store);
    let done_today = list_backups(store, dir)?
        .iter()
        .filter_map(|p| p.file_name().and_then(|n| n.to_str()).and_then(|n| parse_backup_name(&stem, n)))
        .any(|(t, _)| t.date() == today);
    if done_today {
        return Ok(None);
    }
    backup_now(store, dir, keep, now).map(Some)
}

/// The backup on closing the book: made unless the newest backup already holds exactly this
/// book (same chain heads), so closing without changes does not rotate good backups out.
pub fn backup_on_close(store: &Store, dir: &Path, keep: usize, now: NaiveDateTime) -> Result<Option<BackupInfo>> {
    if let Some(newest) = list_backups(store, dir)?.first() {
        if let Ok(copy) = store.open_copy_read_only(newest) {
            if book_summary(&copy)? == book_summary(store)? {
                return Ok(None);
            }
        }
    }
    backup_now(store, dir, keep, now).map(Some)
}

/// "Copy to pen drive": one safe copy into `target_dir`, no rotation.
pub fn copy_to(store: &Store, target_dir: &Path, now: NaiveDateTime) -> Result<BackupInfo> {
    let stem = stem(store);
    let path = write_safely(store, store, target_dir, &fresh_name(&stem, target_dir, now))?;
    verified(store, path, target_dir)
}

/// Each organisation's last meeting, voucher count, chain head and code, and main balances.
pub fn book_summary(store: &Store) -> Result<Vec<BookSummary>> {
    let b = store.read();
    let sc = open_self_check_heads(store)?;
    let mut out = Vec::new();
    for o in b.orgs()? {
        let (vouchers, last_meeting) = b.book_summary_rows(o.id)?;
        let bal = |c: &str| -> Result<crate::domain::money::Money> { Ok(b.account_balance(o.id, c, None, None, None)?) };
        let (head, book_code) = sc.iter().find(|h| h.org == o.code).map(|h| (h.head.clone(), h.book_code.clone())).unwrap_or_default();
        out.push(BookSummary {
            org: o.code.clone(),
            last_meeting,
            vouchers,
            head,
            book_code,
            cash: bal(code::CASH)?.to_plain(),
            bank: bal(code::BANK)?.to_plain(),
            savings: (-bal(code::MEMBER_SAVINGS)?).to_plain(),
            loans_outstanding: bal(code::LOANS_TO_MEMBERS)?.to_plain(),
        });
    }
    Ok(out)
}

fn open_self_check_heads(store: &Store) -> Result<Vec<OrgSelfCheck>> {
    let b = store.read();
    let mut out = Vec::new();
    for o in b.orgs()? {
        let n = b.voucher_count(o.id)?;
        let head = b.last_hash(o.id)?;
        out.push(OrgSelfCheck { org: o.code.clone(), vouchers: n, book_code: super::safety::code_now(&b, o.id, n, &head)?, head, from_checkpoint: 0, checkpoint: None });
    }
    Ok(out)
}

/// Opens a backup read-only as its own book and shows, organisation by organisation, how it
/// differs from the current book. Refuses a file that is not a book, a book from a newer
/// version, and a backup whose self-check fails. Changes nothing.
pub fn restore_preview(current: &Store, backup: &Path) -> Result<RestoreDiff> {
    restore_preview_of(current, &current.open_copy_read_only(backup)?, &backup.display().to_string())
}

/// `restore_preview` on a backup already opened read-only (from a file, or from its bytes by
/// `Store::open_image` in the backup-reader fuzz target); `backup_path` is only shown.
pub(crate) fn restore_preview_of(current: &Store, copy: &Store, backup_path: &str) -> Result<RestoreDiff> {
    // A backup about to be trusted is checked in full: its checkpoints came with the file.
    let check = full_self_check(copy)?;
    if !check.ok() {
        return Err(Error::BackupFailsCheck { path: backup_path.to_string(), count: check.findings.len() as i64 });
    }
    let cur = book_summary(current)?;
    let bak = book_summary(copy)?;
    let same = cur == bak;
    Ok(RestoreDiff { backup_path: backup_path.to_string(), current: cur, backup: bak, same, backup_check: check })
}

/// Restores a backup as a NEW book at `target` (refused if anything exists there): checks the
/// backup, writes it safely, opens it as a book (WAL, migrations) and checks it again.
/// A plain backup only; `restore_apply_from` restores a backup of an encrypted book too.
pub fn restore_apply(backup: &Path, target: &Path) -> Result<RestoreInfo> {
    if target.exists() {
        return Err(Error::Store(StoreError::RestoreTargetExists { path: target.display().to_string() }));
    }
    let copy = Store::open_read_only(backup)?;
    restore_copy(&copy, &copy, backup, target)
}

/// `restore_apply` for a backup of the open book `current`, plain or encrypted: an encrypted
/// backup is read with the book's key, and the restored book gets the book's key envelope (so
/// the current passphrase opens it).
pub fn restore_apply_from(current: &Store, backup: &Path, target: &Path) -> Result<RestoreInfo> {
    if target.exists() {
        return Err(Error::Store(StoreError::RestoreTargetExists { path: target.display().to_string() }));
    }
    let copy = current.open_copy_read_only(backup)?;
    restore_copy(&copy, current, backup, target)
}

fn restore_copy(copy: &Store, keys: &Store, backup: &Path, target: &Path) -> Result<RestoreInfo> {
    // A backup about to be trusted is checked in full: its checkpoints came with the file.
    let check = full_self_check(copy)?;
    if !check.ok() {
        return Err(Error::BackupFailsCheck { path: backup.display().to_string(), count: check.findings.len() as i64 });
    }
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target.file_name().and_then(|n| n.to_str()).ok_or_else(|| Error::Store(StoreError::BackupFailed { path: target.display().to_string(), reason: crate::error::IoReason::Other, detail: "no file name".into() }))?;
    let path = write_safely(copy, keys, &dir, name)?;
    // The new book is ours until it has opened and passed its check: when that fails, it is
    // removed again, so an error never leaves a half-restored book in the way of a retry.
    let opened = (|| {
        let restored = keys.open_sibling(&path)?;
        let after = full_self_check(&restored)?;
        if !after.ok() {
            return Err(Error::BackupFailsCheck { path: path.display().to_string(), count: after.findings.len() as i64 });
        }
        Ok(RestoreInfo { path: path.display().to_string(), summary: book_summary(&restored)? })
    })();
    if opened.is_err() {
        remove_book_files(&path);
        let _ = fs::remove_file(crate::store::envelope_path(&path));
        let _ = sync_dir(&dir);
    }
    opened
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_names_parse_and_sort() {
        let t = |s| NaiveDateTime::parse_from_str(s, "%Y%m%d-%H%M%S").unwrap();
        assert_eq!(parse_backup_name("shg", "shg-20250406-101500.samuh"), Some((t("20250406-101500"), 1)));
        assert_eq!(parse_backup_name("shg", "shg-20250406-101500-3.samuh"), Some((t("20250406-101500"), 3)));
        assert_eq!(parse_backup_name("shg", "shg-old-20250406-101500.samuh"), None);
        assert_eq!(parse_backup_name("shg", "shg-20250406-101500.samuh.tmp"), None);
        assert_eq!(parse_backup_name("shg", ".shg-20250406-101500.samuh.1.tmp"), None);
    }
}
