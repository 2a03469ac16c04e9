//! The desk: everything a window holds between two commands (the open book, the signed-in person,
//! the progress of a long save, the background check, the recent-books list, the book that could
//! not be opened at start), as one type both shells own. The Tauri shell and the browser test
//! server (`samuh-serve`) each make one `Desk` and pass every command to `Desk::call`; neither keeps
//! state or per-command logic of its own, so they cannot drift apart.
//!
//! This is the layer above `app`: it reads the clock (`SAMUH_TODAY` for tests) to fill `Ctx`, and
//! the environment of the machine it runs on (where printing goes, how a PDF is opened).
//!
//! Architecture invariant: the shells call `Desk::call` (or `Desk::open_at_start`,
//! `Desk::auto_backup`) and nothing else of the core; `api::COMMANDS` is the one list of commands.

pub mod api;
mod typescript;

use crate::app::{self, Actor, BookCheck, BookOpened, Ctx, LocaleInput, Progress, UiError};
use crate::i18n::{Lang, Locale};
use crate::store::Store;
use crate::Error;
use chrono::{Local, NaiveDate};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

pub use api::{Access, Command, COMMANDS};
pub use typescript::typescript;

/// What differs between the machine a desk runs on and another: where saved and printed files go,
/// and how a printed PDF reaches the printer. Everything else is the same for every shell.
#[derive(Default)]
pub struct Host {
    /// Saves confined to this folder (the test server): only the last component of the path the
    /// UI sends is kept. `None`: the path the save dialog returned, as it is (the desktop).
    pub save_dir: Option<PathBuf>,
    /// Where printing writes its PDF (the desktop's cache folder; the test server's save folder).
    pub print_dir: PathBuf,
    /// Opens a printed PDF with the system's viewer and its print dialog; `None` leaves the file.
    pub open: Option<fn(&Path) -> std::io::Result<()>>,
    /// The list of recent books (the desktop's data folder; `--recent` of the test server).
    pub recent: Option<PathBuf>,
    /// A pause after each step of a long save, so a browser test can watch the progress (tests only).
    pub step_pause: Duration,
}

/// One window's state. Every lock is taken for one command and released before it answers;
/// `report_progress` and `book_check_status` never take the book's lock, so they answer while a
/// long save or the background check runs.
pub struct Desk {
    book: Mutex<Option<Store>>,
    /// The signed-in person and the book (its path) they signed in to.
    session: Mutex<Option<(String, Actor)>>,
    progress: Mutex<Progress>,
    check: BookCheck,
    /// The book the desk could not open at start (the picker offers it, asking a passphrase).
    unopened: Mutex<String>,
    host: Host,
}

/// What every command carries besides its own arguments: the reader's locale and, for a write
/// that needs a second person, the approver's name and PIN.
#[derive(Debug, Clone, Default, serde::Deserialize, ts_rs::TS)]
#[ts(optional_fields = nullable)]
pub struct Call {
    #[serde(default)]
    pub locale: LocaleInput,
    #[serde(default)]
    pub approver: Option<Actor>,
    /// Set from the command table, never sent: whether this command writes.
    #[serde(skip)]
    pub writes: bool,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// Today: `SAMUH_TODAY` (YYYY-MM-DD, for tests and demos), else the machine's date.
pub fn today() -> NaiveDate {
    std::env::var("SAMUH_TODAY").ok().and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok()).unwrap_or_else(|| Local::now().date_naive())
}

/// The context of one command: today, the time to record, the reader's language. The time
/// recorded is on `today` (the clock's time of day), so that a test or demo book dated by
/// `SAMUH_TODAY` does not record facts, such as a bundle's import, on the machine's real date.
pub fn ctx(lang: Lang) -> Ctx {
    let today = today();
    Ctx::new(today, &format!("{}T{}", today.format("%Y-%m-%d"), Local::now().format("%H:%M:%S")), lang)
}

impl Desk {
    pub fn new(host: Host) -> Desk {
        Desk::with_check(host, BookCheck::new())
    }

    /// A desk whose background check pauses between steps (the test server's `SAMUH_SERVE_CHECK_MS`).
    pub fn with_check(host: Host, check: BookCheck) -> Desk {
        Desk { book: Mutex::new(None), session: Mutex::new(None), progress: Mutex::new(Progress::default()), check, unopened: Mutex::new(String::new()), host }
    }

    /// Runs one command by name with its JSON arguments; the answer is JSON, an error is a
    /// `UiError` in the reader's language.
    pub fn call(&self, command: &str, args: Value) -> Result<Value, UiError> {
        let call: Call = serde_json::from_value(args.clone()).unwrap_or_default();
        let lang = call.locale.lang();
        api::run(self, command, &call, args).map_err(|e| UiError::new(&e, lang))
    }

    /// Opens the book a shell starts with; a missing file becomes the demo book (the README's
    /// first run). On failure the picker is shown with this path (an encrypted book asks for its
    /// passphrase there) and the error is answered for the shell to log.
    pub fn open_at_start(&self, path: &Path) -> Result<(), Error> {
        match crate::demo::book_open_or_demo(path, today()) {
            Ok(store) => {
                self.check.start(&store, &ctx(Lang::En).now);
                self.remember(store.path());
                *lock(&self.book) = Some(store);
                Ok(())
            }
            Err(e) => {
                *lock(&self.unopened) = path.display().to_string();
                Err(e)
            }
        }
    }

    /// The automatic backups: daily when the book is opened, and on closing it (skipped when
    /// nothing changed since the newest backup). A failure is reported, never fatal.
    pub fn auto_backup(&self, closing: bool) -> Result<(), UiError> {
        let guard = lock(&self.book);
        let Some(store) = guard.as_ref() else { return Ok(()) };
        let dir = app::backup_dir(Path::new(store.path()));
        let now = Local::now().naive_local();
        let r = if closing { app::backup_on_close(store, &dir, app::BACKUPS_KEPT, now) } else { app::backup_if_due(store, &dir, app::BACKUPS_KEPT, now) };
        r.map(|_| ()).map_err(|e| UiError::new(&e, Lang::En))
    }

    /// Runs `f` on the open book with today's `Ctx`: the signed-in person as the actor and, for a
    /// write, the approver the call carries.
    fn with<T>(&self, call: &Call, f: impl FnOnce(&mut Store, &Ctx, Locale) -> Result<T, Error>) -> Result<T, Error> {
        let mut guard = lock(&self.book);
        let store = guard.as_mut().ok_or_else(|| Error::Required { field: "file".into() })?;
        let actor = lock(&self.session).as_ref().filter(|(path, _)| path == store.path()).map(|(_, a)| a.clone());
        let approver = if call.writes { call.approver.clone() } else { None };
        let c = Ctx { actor, approver, ..ctx(call.locale.lang()) };
        f(store, &c, call.locale.locale())
    }

    /// Holds (or, with `None`, ends) the session of `store`'s book.
    fn hold(&self, store: &Store, actor: Option<Actor>) {
        *lock(&self.session) = actor.map(|a| (store.path().to_string(), a));
    }

    fn remember(&self, path: &str) {
        if let Some(list) = &self.host.recent {
            // A failure only loses the list entry.
            let _ = app::recent_remember(list, path);
        }
    }

    /// Puts a book just opened in place of the open one and remembers it.
    fn put(&self, r: Result<(Store, BookOpened), Error>) -> Result<BookOpened, Error> {
        let (store, opened) = r?;
        self.remember(&opened.overview.path);
        *lock(&self.book) = Some(store);
        Ok(opened)
    }
}

/// Opens a file the core has just written with the system's default application (printing: the
/// PDF viewer and its print dialog).
pub fn open_with_system(path: &Path) -> std::io::Result<()> {
    #[cfg(target_os = "windows")]
    let mut cmd = {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    };
    #[cfg(target_os = "macos")]
    let mut cmd = std::process::Command::new("open");
    #[cfg(not(any(target_os = "windows", target_os = "macos")))]
    let mut cmd = std::process::Command::new("xdg-open");
    cmd.arg(path).spawn().map(|_| ())
}
