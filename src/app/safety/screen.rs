//! View models for the desktop's Safety screen: the book code of each organisation (to compare
//! with the one written in the signed minutes), the backups next to the book, "back up now",
//! "copy to pen drive", and restore, which shows how a backup differs from this book before it
//! writes anything, and then restores only as a new book.
//!
//! Nothing here reads the clock (`Ctx::now`) or formats in the UI: every figure and date comes
//! formatted for the reader.

use crate::app::backup::{backup_now, book_summary, copy_to, list_backups, restore_apply_from, restore_preview, BackupInfo, BookSummary};
use crate::app::input::Ctx;
use crate::app::safety::verify_code;
use crate::domain::money::Money;
use crate::error::{Arg, Error, Result};
use crate::i18n::{Locale, Localizer};
use crate::store::Store;
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// How many automatic backups are kept next to the book.
pub const BACKUPS_KEPT: usize = 10;

/// The folder of a book's automatic backups: `<folder of the book>/<book name>-backups`.
pub fn backup_dir(book: &Path) -> PathBuf {
    let stem = book.file_stem().and_then(|s| s.to_str()).filter(|s| !s.is_empty()).unwrap_or("book");
    let parent = book.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    parent.join(format!("{stem}-backups"))
}

fn now_of(ctx: &Ctx) -> Result<NaiveDateTime> {
    NaiveDateTime::parse_from_str(&ctx.now, "%Y-%m-%dT%H:%M:%S").map_err(|_| Error::InvalidDate { field: "now".into(), input: ctx.now.clone() })
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct OrgCode {
    pub org: String,
    pub name: String,
    /// The book code of the latest entry, as printed in the minutes ("7K2M-9QXD").
    pub book_code: String,
    pub entries_display: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct BackupRow {
    pub path: String,
    pub name: String,
    pub when_display: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct SafetyView {
    pub book_path: String,
    pub backup_dir: String,
    pub orgs: Vec<OrgCode>,
    /// Newest first.
    pub backups: Vec<BackupRow>,
}

/// The Safety screen: book codes now, and the backups kept next to the book.
pub fn safety_view(store: &Store, locale: Locale) -> Result<SafetyView> {
    let l = Localizer::new(locale);
    let summary = book_summary(store)?;
    let b = store.read();
    let mut orgs = Vec::new();
    for o in b.orgs()? {
        let s = summary.iter().find(|s| s.org == o.code);
        orgs.push(OrgCode {
            book_code: s.map(|s| s.book_code.clone()).unwrap_or_default(),
            entries_display: l.count(s.map(|s| s.vouchers).unwrap_or(0)),
            org: o.code,
            name: o.name,
        });
    }
    let dir = backup_dir(Path::new(store.path()));
    let backups = if dir.is_dir() { list_backups(store, &dir)? } else { Vec::new() };
    let backups = backups
        .into_iter()
        .map(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
            let when = name.rsplit_once(".samuh").map(|(a, _)| a).and_then(|a| a.get(a.len().saturating_sub(15)..)).and_then(|t| NaiveDateTime::parse_from_str(t, "%Y%m%d-%H%M%S").ok());
            let when_display = when.map(|t| format!("{} {}", l.date(t.date()), l.digits_of(&t.format("%H:%M").to_string()))).unwrap_or_default();
            BackupRow { path: p.display().to_string(), name, when_display }
        })
        .collect();
    Ok(SafetyView { book_path: store.path().to_string(), backup_dir: dir.display().to_string(), orgs, backups })
}

/// What a book code from paper says about the book.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct CodeCheck {
    pub matches: bool,
    pub status: String,
    pub message: String,
}

/// Compares a book code written on paper (minutes, passbook page) with the book.
pub fn code_check(store: &Store, org: &str, code: &str, locale: Locale) -> Result<CodeCheck> {
    let l = Localizer::new(locale);
    let m = verify_code(store, org, code)?;
    let args = m.message_args();
    let status = serde_json::to_value(m.status).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
    Ok(CodeCheck { matches: m.status.is_match(), status, message: l.msg(m.message, &args) })
}

/// A backup written, as the screen reports it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct BackupDone {
    pub path: String,
    pub message: String,
}

fn done(l: &Localizer, info: &BackupInfo) -> BackupDone {
    let mut message = l.msg("backup-written", &[("path", Arg::Text(info.path.clone()))]);
    for r in &info.removed {
        message.push('\n');
        message.push_str(&l.msg("backup-removed", &[("path", Arg::Text(r.clone()))]));
    }
    BackupDone { path: info.path.clone(), message }
}

/// "Back up now": into the book's backup folder, keeping the newest `BACKUPS_KEPT`.
pub fn backup_make(store: &Store, ctx: &Ctx, locale: Locale) -> Result<BackupDone> {
    let info = backup_now(store, &backup_dir(Path::new(store.path())), BACKUPS_KEPT, now_of(ctx)?)?;
    Ok(done(&Localizer::new(locale), &info))
}

/// "Copy to pen drive": one safe copy into the chosen folder.
pub fn backup_copy(store: &Store, ctx: &Ctx, target_dir: &str, locale: Locale) -> Result<BackupDone> {
    let dir = target_dir.trim();
    if dir.is_empty() {
        return Err(Error::Required { field: "folder".into() });
    }
    let info = copy_to(store, Path::new(dir), now_of(ctx)?)?;
    Ok(done(&Localizer::new(locale), &info))
}

/// One line of the restore comparison: a figure for this book and for the backup.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct RestoreLine {
    pub label: String,
    pub current: String,
    pub backup: String,
    pub differs: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct RestoreOrg {
    pub org: String,
    pub name: String,
    pub lines: Vec<RestoreLine>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct RestoreView {
    pub backup_path: String,
    pub same: bool,
    /// "The backup holds exactly…" or "The backup differs…".
    pub verdict: String,
    pub orgs: Vec<RestoreOrg>,
    /// Where the restored book would be written (a new file next to this book).
    pub target: String,
    pub question: String,
}

/// A new file next to the book for a restored backup: `<book>-restored[-N].samuh`.
fn restore_target(book: &Path) -> PathBuf {
    let stem = book.file_stem().and_then(|s| s.to_str()).unwrap_or("book");
    let parent = book.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut n = 1;
    loop {
        let name = if n == 1 { format!("{stem}-restored.samuh") } else { format!("{stem}-restored-{n}.samuh") };
        let p = parent.join(name);
        if !p.exists() {
            return p;
        }
        n += 1;
    }
}

/// Shows how a backup differs from this book, organisation by organisation. Changes nothing.
pub fn restore_view(store: &Store, backup: &str, locale: Locale) -> Result<RestoreView> {
    let l = Localizer::new(locale);
    let diff = restore_preview(store, Path::new(backup.trim()))?;
    let b = store.read();
    let money = |s: &str| -> String { s.parse::<rust_decimal::Decimal>().ok().and_then(|d| Money::from_decimal(d).ok()).map(|m| l.amount(m)).unwrap_or_else(|| s.to_string()) };
    let meeting = |s: &Option<String>| -> String { s.as_deref().and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()).map(|d| l.date(d)).unwrap_or_default() };
    let mut codes: Vec<String> = diff.current.iter().map(|s| s.org.clone()).collect();
    for s in &diff.backup {
        if !codes.contains(&s.org) {
            codes.push(s.org.clone());
        }
    }
    let mut orgs = Vec::new();
    for code in codes {
        let cur = diff.current.iter().find(|s| s.org == code);
        let bak = diff.backup.iter().find(|s| s.org == code);
        let pick = |s: Option<&BookSummary>, f: &dyn Fn(&BookSummary) -> String| s.map(f).unwrap_or_default();
        let rows: [(&str, &dyn Fn(&BookSummary) -> String); 6] = [
            ("restore-last-meeting", &|s| meeting(&s.last_meeting)),
            ("restore-vouchers", &|s| l.count(s.vouchers)),
            ("restore-cash", &|s| money(&s.cash)),
            ("restore-bank", &|s| money(&s.bank)),
            ("restore-savings", &|s| money(&s.savings)),
            ("restore-loans", &|s| money(&s.loans_outstanding)),
        ];
        let lines = rows
            .iter()
            .map(|(id, f)| {
                let (current, backup) = (pick(cur, f), pick(bak, f));
                RestoreLine { label: l.msg(id, &[]), differs: current != backup, current, backup }
            })
            .collect();
        let name = b.orgs()?.into_iter().find(|o| o.code == code).map(|o| o.name).unwrap_or_else(|| code.clone());
        orgs.push(RestoreOrg { org: code, name, lines });
    }
    let target = restore_target(Path::new(store.path()));
    Ok(RestoreView {
        backup_path: diff.backup_path,
        same: diff.same,
        verdict: l.msg(if diff.same { "restore-same" } else { "restore-differs" }, &[]),
        orgs,
        question: l.msg("restore-question", &[("path", Arg::Text(target.display().to_string()))]),
        target: target.display().to_string(),
    })
}

/// Restores a backup of the open book `current` as the new book `target` (never over an
/// existing file; an encrypted backup is read with the book's key); the shell then opens it.
/// Returns the message to show.
pub fn restore_to(current: &Store, backup: &str, target: &str, locale: Locale) -> Result<BackupDone> {
    let info = restore_apply_from(current, Path::new(backup.trim()), Path::new(target.trim()))?;
    let l = Localizer::new(locale);
    Ok(BackupDone { message: l.msg("restore-done", &[("path", Arg::Text(info.path.clone()))]), path: info.path })
}
