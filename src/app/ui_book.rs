//! The desktop's "open or create a book" flows: open a book (plain, or encrypted with its
//! passphrase), create one (optionally protected by a passphrase, asked twice, with the recovery
//! code shown once), recover a lost passphrase with the recovery code, change the passphrase,
//! encrypt the open plain book. Every opening runs the quick self-check (`open_self_check`, from
//! the checkpoints), records the checkpoints when it is clean, and starts the full self-check on
//! a second connection in a background thread (`BookCheck`), whose progress the shells answer
//! from `BookCheck::view` without the book's lock (polled by the UI, like `report_progress`).

use crate::store::error::StoreError;
use super::safety::encryption::{book_create_encrypted, book_encrypt, passphrase_change};
use super::safety::{full_self_check_progress, open_self_check, record_checkpoints, CheckPhase, SelfCheck};
use super::ui::{book_overview, Overview};
use super::setup::screen::book_create;
use super::Ctx;
use crate::error::{Arg, Error, Result};
use crate::i18n::{Locale, Localizer};
use crate::store::{envelope_path, Store, Unlock, MIN_PASSPHRASE_CHARS};
use serde::Serialize;
use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::Duration;

/// The quick self-check run at opening, in the reader's words.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct QuickCheckView {
    pub ok: bool,
    /// "The book opened and checked out: 1,234 entries, chain intact." or the problem count.
    pub message: String,
    /// Each problem found, then each warning (a book on a pen drive), one sentence each.
    pub lines: Vec<String>,
}

/// A book just opened, created, recovered or encrypted.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct BookOpened {
    pub overview: Overview,
    pub encrypted: bool,
    /// A new recovery code (a new encrypted book, or a book just encrypted): shown once, to be
    /// written on paper. Never stored anywhere in the clear.
    pub recovery_code: Option<String>,
    /// What happened, in words ("The passphrase … is changed"), or empty.
    pub notice: String,
    pub check: QuickCheckView,
}

/// The open book's protection, for Settings and the new-book form.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct BookSecurity {
    /// The open book, or (none open) the one the shell could not open at start, or empty.
    pub path: String,
    /// Whether a book is open.
    pub open: bool,
    pub encrypted: bool,
    /// The key file beside an encrypted book (`<book>.key`), or empty.
    pub envelope: String,
    /// The passphrase rule in words ("at least 8 characters …").
    pub rule: String,
}

/// A message for a finished step (the passphrase changed).
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct BookDone {
    pub message: String,
}

fn book_path(path: &str) -> Result<&Path> {
    let p = path.trim();
    if p.is_empty() {
        return Err(Error::Required { field: "file".into() });
    }
    Ok(Path::new(p))
}

fn existing_book(path: &str) -> Result<&Path> {
    let p = book_path(path)?;
    if !p.is_file() {
        return Err(Error::BookFileMissing { path: p.display().to_string() });
    }
    Ok(p)
}

/// A new passphrase as typed twice: long enough, and the same both times. Checked before any
/// slow key derivation and before anything is written.
/// Both are compared, and the length counted, in Unicode NFC (`store::passphrase_nfc`), as the
/// key is derived: the same words typed composed once and decomposed once are the same passphrase.
pub fn passphrase_check(passphrase: &str, repeat: &str) -> Result<()> {
    let nfc = crate::store::passphrase_nfc(passphrase);
    if nfc.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(Error::Store(StoreError::PassphraseTooShort { min: MIN_PASSPHRASE_CHARS as i64 }));
    }
    if nfc[..] != crate::store::passphrase_nfc(repeat)[..] {
        return Err(Error::PassphraseMismatch);
    }
    Ok(())
}

fn quick_view(check: &SelfCheck, l: &Localizer, path: &str) -> QuickCheckView {
    let message = if check.ok() {
        l.msg("self-check-ok", &[("vouchers", Arg::Count(check.vouchers))])
    } else {
        l.msg("self-check-failed", &[("count", Arg::Count(check.findings.len() as i64))])
    };
    let mut lines = finding_lines(check, l);
    lines.extend(check.warnings.iter().map(|w| l.msg(w, &[("path", Arg::Text(path.to_string()))])));
    QuickCheckView { ok: check.ok(), message, lines }
}

fn finding_lines(check: &SelfCheck, l: &Localizer) -> Vec<String> {
    check
        .findings
        .iter()
        .map(|f| {
            let args = f.message_args();
            let text = l.msg(f.id, &args);
            if f.org.is_empty() {
                text
            } else {
                format!("{} — {text}", f.org)
            }
        })
        .collect()
}

/// The common end of every opening: the quick self-check (checkpoints recorded when clean),
/// the overview, and the full check started in the background.
fn opened(mut store: Store, recovery_code: Option<String>, notice: String, ctx: &Ctx, locale: Locale, checker: &BookCheck) -> Result<(Store, BookOpened)> {
    let l = Localizer::new(locale);
    let check = open_self_check(&store)?;
    record_checkpoints(&mut store, &check, &ctx.now)?;
    let view = quick_view(&check, &l, store.path());
    let overview = book_overview(&store, ctx, locale)?;
    checker.start(&store, &ctx.now);
    let encrypted = store.is_encrypted();
    Ok((store, BookOpened { overview, encrypted, recovery_code, notice, check: view }))
}

/// Opens an existing book: a plain one with no passphrase, an encrypted one with its passphrase
/// (without one, `BookEncrypted` says a passphrase is needed; a wrong one, `WrongPassphrase`).
/// A missing file is refused (`BookFileMissing`), never created.
pub fn book_open_ui(path: &str, passphrase: &str, ctx: &Ctx, locale: Locale, checker: &BookCheck) -> Result<(Store, BookOpened)> {
    let p = existing_book(path)?;
    let unlock = if passphrase.is_empty() { Unlock::None } else { Unlock::Passphrase(passphrase) };
    let store = Store::open_with(p, unlock)?;
    opened(store, None, String::new(), ctx, locale, checker)
}

/// Creates a new, empty book; with `protect`, an encrypted one whose passphrase is typed twice
/// (at least `MIN_PASSPHRASE_CHARS` characters, the same both times), and its recovery code is
/// answered once. Never over an existing file.
pub fn book_create_ui(path: &str, protect: bool, passphrase: &str, repeat: &str, ctx: &Ctx, locale: Locale, checker: &BookCheck) -> Result<(Store, BookOpened)> {
    if !protect {
        let store = book_create(Path::new(path.trim()))?;
        return opened(store, None, String::new(), ctx, locale, checker);
    }
    let p = book_path(path)?;
    passphrase_check(passphrase, repeat)?;
    if p.exists() {
        return Err(Error::BookFileExists { path: p.display().to_string() });
    }
    let (store, info) = book_create_encrypted(p, passphrase)?;
    let l = Localizer::new(locale);
    let notice = l.msg("encrypt-done", &[("path", Arg::Text(info.path.clone())), ("envelope", Arg::Text(info.envelope.clone()))]);
    opened(store, Some(info.recovery_code), notice, ctx, locale, checker)
}

/// "Forgot the passphrase": opens the encrypted book with its recovery code and sets a new
/// passphrase (typed twice, checked before the code is tried). The recovery code stays valid.
pub fn book_recover_ui(path: &str, code: &str, passphrase: &str, repeat: &str, ctx: &Ctx, locale: Locale, checker: &BookCheck) -> Result<(Store, BookOpened)> {
    let p = existing_book(path)?;
    passphrase_check(passphrase, repeat)?;
    let store = Store::open_with(p, Unlock::RecoveryCode(code))?;
    passphrase_change(&store, passphrase)?;
    let notice = Localizer::new(locale).msg("passphrase-changed", &[("path", Arg::Text(store.path().to_string()))]);
    opened(store, None, notice, ctx, locale, checker)
}

/// Settings' "change passphrase": the current passphrase must be given (someone at an unlocked
/// laptop cannot lock the treasurer out), the new one twice.
pub fn passphrase_change_ui(store: &Store, current: &str, passphrase: &str, repeat: &str, locale: Locale) -> Result<BookDone> {
    if !store.is_encrypted() {
        return Err(Error::Store(StoreError::BookNotEncrypted { path: store.path().to_string() }));
    }
    passphrase_check(passphrase, repeat)?;
    store.verify_passphrase(current)?;
    passphrase_change(store, passphrase)?;
    Ok(BookDone { message: Localizer::new(locale).msg("passphrase-changed", &[("path", Arg::Text(store.path().to_string()))]) })
}

/// Settings' "encrypt this book": the open plain book (taken out of `slot`) is encrypted into a
/// new file that replaces it atomically, and opened again; the new recovery code is answered
/// once. The background check is waited for first (it holds the old file). On a failure the
/// plain book is opened again into `slot`, as it was.
pub fn book_encrypt_ui(slot: &mut Option<Store>, passphrase: &str, repeat: &str, ctx: &Ctx, locale: Locale, checker: &BookCheck) -> Result<BookOpened> {
    let store = slot.as_ref().ok_or_else(|| Error::Required { field: "file".into() })?;
    if store.is_encrypted() {
        return Err(Error::Store(StoreError::BookEncrypted { path: store.path().to_string() }));
    }
    passphrase_check(passphrase, repeat)?;
    let path = store.path().to_string();
    checker.wait();
    *slot = None;
    match book_encrypt(Path::new(&path), passphrase) {
        Ok((store, info)) => {
            let l = Localizer::new(locale);
            let notice = l.msg("encrypt-done", &[("path", Arg::Text(info.path.clone())), ("envelope", Arg::Text(info.envelope.clone()))]);
            let (store, opened) = opened(store, Some(info.recovery_code), notice, ctx, locale, checker)?;
            *slot = Some(store);
            Ok(opened)
        }
        Err(e) => {
            *slot = Some(Store::open(Path::new(&path))?);
            checker.start(slot.as_ref().expect("just opened"), &ctx.now);
            Err(e)
        }
    }
}

/// The open book's protection, and the passphrase rule in words. With no book open, `path` is
/// the book the shell could not open at start (`unopened`: e.g. an encrypted `$SAMUH_DB`, which
/// needs its passphrase), so the picker can offer it.
pub fn book_security(store: Option<&Store>, unopened: &str, locale: Locale) -> BookSecurity {
    let l = Localizer::new(locale);
    let rule = l.msg("ui-passphrase-rule", &[("min", Arg::Count(MIN_PASSPHRASE_CHARS as i64))]);
    match store {
        Some(s) => BookSecurity {
            path: s.path().to_string(),
            encrypted: s.is_encrypted(),
            envelope: if s.is_encrypted() { envelope_path(Path::new(s.path())).display().to_string() } else { String::new() },
            open: true,
            rule,
        },
        None => BookSecurity { path: unopened.to_string(), encrypted: false, envelope: String::new(), open: false, rule },
    }
}

// ---------------------------------------------------------------------------------------------
// Recent books
// ---------------------------------------------------------------------------------------------

/// How many recent books the picker offers.
pub const RECENT_KEPT: usize = 8;

/// A book opened lately, offered by the picker.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct RecentBook {
    pub path: String,
    /// The file name without `.samuh`.
    pub name: String,
    pub encrypted: bool,
}

fn recent_paths(list: &Path) -> Vec<String> {
    std::fs::read(list).ok().and_then(|b| serde_json::from_slice::<Vec<String>>(&b).ok()).unwrap_or_default()
}

/// The books opened lately, newest first, from the small list the shell keeps in its own data
/// folder (`list`; never inside a book). Books no longer there are left out; an unreadable list
/// is an empty one.
pub fn recent_books(list: &Path) -> Vec<RecentBook> {
    recent_paths(list)
        .into_iter()
        .filter(|p| Path::new(p).is_file())
        .map(|p| {
            let path = Path::new(&p);
            let name = path.file_stem().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            RecentBook { encrypted: crate::store::is_encrypted(path), name, path: p }
        })
        .collect()
}

/// Puts `book` first in the recent list (at most `RECENT_KEPT`, no repeats), written atomically.
pub fn recent_remember(list: &Path, book: &str) -> Result<()> {
    let book = std::fs::canonicalize(book).map(|p| p.display().to_string()).unwrap_or_else(|_| book.to_string());
    let mut paths = recent_paths(list);
    paths.retain(|p| p != &book);
    paths.insert(0, book);
    paths.truncate(RECENT_KEPT);
    let fail = |e: std::io::Error| Error::Store(StoreError::FileUnwritable { path: list.display().to_string(), detail: e.to_string() });
    if let Some(dir) = list.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(fail)?;
    }
    let tmp = list.with_extension("tmp");
    std::fs::write(&tmp, serde_json::to_vec_pretty(&paths).expect("json")).map_err(fail)?;
    std::fs::rename(&tmp, list).map_err(fail)
}

// ---------------------------------------------------------------------------------------------
// The full self-check in the background
// ---------------------------------------------------------------------------------------------

#[derive(Default)]
struct CheckState {
    /// Bumped by every start: a check of an earlier book never writes over a later one's state.
    generation: u64,
    started: bool,
    phase: Option<CheckPhase>,
    outcome: Option<std::result::Result<SelfCheck, Error>>,
}

/// The full self-check of the open book, run on its own connection in a background thread after
/// the first screen. The shells keep one `BookCheck` beside the book's mutex and answer
/// `book_check_status` from `view` without taking the book's lock.
#[derive(Default)]
pub struct BookCheck {
    state: Arc<Mutex<CheckState>>,
    threads: Mutex<Vec<JoinHandle<()>>>,
    /// A pause after each progress step (0 in the desktop; the test server sets it so a browser
    /// test can watch the bar move on a small book).
    pause: Duration,
}

/// Where the background check is, in the reader's words.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct BookCheckView {
    /// "idle" (no book checked yet), "running", "done" (with `ok`), "failed" (could not run).
    pub state: &'static str,
    /// Vouchers re-hashed so far and in all (0 of 0 during the page check).
    pub step: i64,
    pub steps: i64,
    /// What it is doing now ("Verifying entries: 120 of 1,500").
    pub label: String,
    pub ok: bool,
    /// The outcome ("All 1,500 entries verified …" or the problem count), when finished.
    pub message: String,
    /// Each problem found, one sentence each.
    pub lines: Vec<String>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl BookCheck {
    pub fn new() -> BookCheck {
        BookCheck::default()
    }

    /// A check that pauses after each progress step (test servers only).
    pub fn with_pause(pause: Duration) -> BookCheck {
        BookCheck { pause, ..BookCheck::default() }
    }

    /// Starts the full self-check of `store`'s book on a second connection (with the book's key
    /// when encrypted); when it is clean its checkpoints are recorded (`at`: the time). A check
    /// still running for an earlier book goes on but its result is dropped.
    pub fn start(&self, store: &Store, at: &str) {
        let generation = {
            let mut s = lock(&self.state);
            s.generation += 1;
            s.started = true;
            s.phase = None;
            s.outcome = None;
            s.generation
        };
        let sibling = store.open_sibling(Path::new(store.path()));
        let state = Arc::clone(&self.state);
        let pause = self.pause;
        let at = at.to_string();
        let handle = std::thread::spawn(move || {
            let outcome = sibling.map_err(Error::from).and_then(|mut s| {
                let check = full_self_check_progress(&s, &mut |phase| {
                    {
                        let mut st = lock(&state);
                        if st.generation == generation {
                            st.phase = Some(phase);
                        }
                    }
                    if !pause.is_zero() {
                        std::thread::sleep(pause);
                    }
                })?;
                record_checkpoints(&mut s, &check, &at)?;
                Ok(check)
            });
            let mut st = lock(&state);
            if st.generation == generation {
                st.outcome = Some(outcome);
            }
        });
        let mut threads = lock(&self.threads);
        threads.retain(|t| !t.is_finished());
        threads.push(handle);
    }

    /// Waits until every check started so far has finished (before the book file is replaced).
    pub fn wait(&self) {
        let threads: Vec<JoinHandle<()>> = lock(&self.threads).drain(..).collect();
        for t in threads {
            let _ = t.join();
        }
    }

    /// Where the check is, in the reader's words.
    pub fn view(&self, locale: Locale) -> BookCheckView {
        let l = Localizer::new(locale);
        let s = lock(&self.state);
        let mut v = BookCheckView { state: "idle", step: 0, steps: 0, label: String::new(), ok: false, message: String::new(), lines: Vec::new() };
        if !s.started {
            return v;
        }
        match &s.outcome {
            None => {
                v.state = "running";
                match s.phase {
                    None | Some(CheckPhase::Pages) => v.label = l.msg("ui-book-check-pages", &[]),
                    Some(CheckPhase::Vouchers { done, total }) => {
                        v.step = done;
                        v.steps = total;
                        v.label = l.msg("ui-book-check-vouchers", &[("done", Arg::Count(done)), ("total", Arg::Count(total))]);
                    }
                }
            }
            Some(Ok(check)) => {
                v.state = "done";
                v.ok = check.ok();
                v.step = check.vouchers;
                v.steps = check.vouchers;
                v.message = if check.ok() {
                    l.msg("ui-book-check-ok", &[("vouchers", Arg::Count(check.vouchers))])
                } else {
                    l.msg("ui-book-check-problems", &[("count", Arg::Count(check.findings.len() as i64))])
                };
                v.lines = finding_lines(check, &l);
            }
            Some(Err(e)) => {
                v.state = "failed";
                v.message = l.msg("ui-book-check-failed", &[("error", Arg::Text(l.error(e)))]);
            }
        }
        v
    }

    /// Blocks until the current check has an outcome, then answers its view (tests, CLI).
    pub fn finish(&self, locale: Locale) -> BookCheckView {
        self.wait();
        self.view(locale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use chrono::NaiveDate;

    fn ctx() -> Ctx {
        Ctx::new(NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(), "2026-11-20T10:00:00", Lang::En)
    }

    fn en() -> Locale {
        Locale::new(Lang::En)
    }

    #[test]
    fn a_new_passphrase_must_be_long_enough_and_typed_the_same_twice() {
        assert_eq!(passphrase_check("short", "short"), Err(Error::Store(StoreError::PassphraseTooShort { min: MIN_PASSPHRASE_CHARS as i64 })));
        assert_eq!(passphrase_check("long enough words", "long enough word"), Err(Error::PassphraseMismatch));
        assert_eq!(passphrase_check("long enough words", "long enough words"), Ok(()));
        // Characters, not bytes: eight Devanagari letters are enough.
        assert_eq!(passphrase_check("बचतसमूहखाता", "बचतसमूहखाता"), Ok(()));
    }

    #[test]
    fn a_plain_book_created_opens_checks_and_is_fully_checked_in_the_background() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("g.samuh");
        let checker = BookCheck::new();
        let (mut store, opened) = book_create_ui(path.to_str().unwrap(), false, "", "", &ctx(), en(), &checker).unwrap();
        assert!(!opened.encrypted && opened.recovery_code.is_none());
        assert!(opened.check.ok, "{:?}", opened.check);
        crate::demo::demo_create(&mut store, ctx().today).unwrap();
        drop(store);
        let (_store, opened) = book_open_ui(path.to_str().unwrap(), "", &ctx(), en(), &checker).unwrap();
        assert!(opened.check.ok);
        assert!(opened.overview.orgs.len() >= 3);
        let v = checker.finish(en());
        assert_eq!(v.state, "done");
        assert!(v.ok, "{v:?}");
        assert!(v.steps > 0 && v.step == v.steps);
        assert!(v.message.contains("verified"), "{}", v.message);
    }

    #[test]
    fn recent_books_are_newest_first_without_repeats_or_missing_files() {
        let dir = tempfile::tempdir().unwrap();
        let list = dir.path().join("state/recent-books.json");
        assert!(recent_books(&list).is_empty(), "no list yet");
        let books: Vec<_> = (0..10).map(|i| dir.path().join(format!("b{i}.samuh"))).collect();
        for b in &books {
            std::fs::write(b, b"").unwrap();
            recent_remember(&list, b.to_str().unwrap()).unwrap();
        }
        recent_remember(&list, books[9].to_str().unwrap()).unwrap();
        recent_remember(&list, books[5].to_str().unwrap()).unwrap();
        let names: Vec<String> = recent_books(&list).into_iter().map(|r| r.name).collect();
        assert_eq!(names, ["b5", "b9", "b8", "b7", "b6", "b4", "b3", "b2"]);
        std::fs::remove_file(&books[9]).unwrap();
        assert_eq!(recent_books(&list).len(), RECENT_KEPT - 1, "a book no longer there is left out");
        std::fs::write(&list, b"not json").unwrap();
        assert!(recent_books(&list).is_empty());
    }

    #[test]
    fn opening_a_missing_file_is_refused_and_creates_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nothing.samuh");
        let e = book_open_ui(path.to_str().unwrap(), "", &ctx(), en(), &BookCheck::new()).err().unwrap();
        assert_eq!(e.code(), "error-book-file-missing");
        assert!(!path.exists());
        assert_eq!(book_open_ui("  ", "", &ctx(), en(), &BookCheck::new()).err().unwrap().code(), "error-required");
    }

    #[test]
    fn an_encrypted_book_needs_its_passphrase_and_the_change_needs_the_current_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("e.samuh");
        let p = path.to_str().unwrap();
        let checker = BookCheck::new();
        // Mismatch and too short are refused before anything is written.
        let e = book_create_ui(p, true, "correct horse", "correct hors", &ctx(), en(), &checker).err().unwrap();
        assert_eq!(e, Error::PassphraseMismatch);
        assert!(!path.exists() && !envelope_path(&path).exists());
        let (store, opened) = book_create_ui(p, true, "correct horse", "correct horse", &ctx(), en(), &checker).unwrap();
        assert!(opened.encrypted);
        assert_eq!(opened.recovery_code.as_deref().map(str::len), Some(35));
        assert!(book_security(Some(&store), "", en()).encrypted);
        // Changing needs the current passphrase.
        assert_eq!(passphrase_change_ui(&store, "wrong one!", "battery staple", "battery staple", en()).err().unwrap().code(), "error-wrong-passphrase");
        passphrase_change_ui(&store, "correct horse", "battery staple", "battery staple", en()).unwrap();
        checker.wait();
        drop(store);
        assert_eq!(book_open_ui(p, "", &ctx(), en(), &checker).err().unwrap().code(), "error-book-encrypted");
        assert_eq!(book_open_ui(p, "correct horse", &ctx(), en(), &checker).err().unwrap().code(), "error-wrong-passphrase");
        let (_s, opened) = book_open_ui(p, "battery staple", &ctx(), en(), &checker).unwrap();
        assert!(opened.encrypted);
        assert_eq!(checker.finish(en()).state, "done");
    }

    #[test]
    fn encrypting_the_open_plain_book_keeps_it_open_and_answers_the_code_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.samuh");
        let checker = BookCheck::new();
        let (mut store, _) = book_create_ui(path.to_str().unwrap(), false, "", "", &ctx(), en(), &checker).unwrap();
        crate::demo::demo_create(&mut store, ctx().today).unwrap();
        let before = crate::app::book_overview(&store, &ctx(), en()).unwrap();
        let mut slot = Some(store);
        // A refusal leaves the plain book open as it was.
        assert_eq!(book_encrypt_ui(&mut slot, "short", "short", &ctx(), en(), &checker).err().unwrap().code(), "error-passphrase-too-short");
        assert!(!slot.as_ref().unwrap().is_encrypted());
        let opened = book_encrypt_ui(&mut slot, "village fund 2569", "village fund 2569", &ctx(), en(), &checker).unwrap();
        assert!(opened.encrypted && opened.recovery_code.is_some());
        assert_eq!(opened.overview.orgs, before.orgs);
        assert!(slot.as_ref().unwrap().is_encrypted());
        assert!(crate::store::is_encrypted(&path));
        let v = checker.finish(en());
        assert!(v.ok, "{v:?}");
    }
}
