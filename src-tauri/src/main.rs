//! The desktop shell: a thin Tauri 2 window over `samuh::app`. Every command is a one-line
//! delegation named `noun_verb`; the shell holds the open book behind a mutex, reads the clock
//! for `Ctx`, and turns errors into `{code, args, message}`. No SQL, arithmetic or formatting here.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use chrono::{Local, NaiveDate};
use samuh::app::{self, Actor, MemberEntry, PeopleView, PolicyInput, PolicyPreview, PolicyView, SessionView, SignedIn};
use samuh::app::{BackupDone, Chart, CodeCheck, Ctx, LoanEntry, LocaleInput, MeetingEntry, MeetingForm, MeetingInput, MeetingReverseInput, MeetingReversed, MemberImportView, Overview, PassbookLines, Preview, Progress, ReportParams, ReportSave, ReportsCatalog, RestoreView, ReverseInput, SafetyView, Saved, SavedFiles, SetupForm, SetupInput, SetupPreview, SetupSaved, UiError};
use samuh::app::BookOpened;
use samuh::i18n::{Lang, Locale};
use samuh::render::DisplayReport;
use samuh::store::Store;
use samuh::Error;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use tauri::{Manager, State};

/// The open book.
struct Book(Mutex<Option<Store>>);

/// The last step of the running save (polled by the Reports screen with `report_progress`).
struct Saving(Mutex<Progress>);

fn today() -> NaiveDate {
    std::env::var("SAMUH_TODAY").ok().and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok()).unwrap_or_else(|| Local::now().date_naive())
}

fn ctx(lang: Lang) -> Ctx {
    Ctx::new(today(), &Local::now().format("%Y-%m-%dT%H:%M:%S").to_string(), lang)
}

/// Opens a book; a missing file becomes the demo book (the README's first run).
fn open_book(path: &Path) -> Result<Store, Error> {
    app::book_open_or_demo(path, today())
}

impl Book {
    /// Runs one app function on the open book with today's `Ctx` and the reader's locale.
    fn with<T>(&self, locale: &LocaleInput, f: impl FnOnce(&mut Store, &Ctx, Locale) -> Result<T, Error>) -> Result<T, UiError> {
        let lang = locale.lang();
        let mut guard = self.0.lock().unwrap_or_else(|p| p.into_inner());
        let store = guard.as_mut().ok_or_else(|| UiError::new(&Error::Required { field: "file".into() }, lang))?;
        let c = Ctx { actor: signed_in(store), ..ctx(lang) };
        f(store, &c, locale.locale()).map_err(|e| UiError::new(&e, lang))
    }
    /// `with`, and a second person approving this one action (`Ctx::approver`; the core checks their PIN).
    fn approved<T>(&self, locale: &LocaleInput, approver: Option<Actor>, f: impl FnOnce(&mut Store, &Ctx, Locale) -> Result<T, Error>) -> Result<T, UiError> {
        self.with(locale, |s, c, l| f(s, &Ctx { approver: approver.clone(), ..c.clone() }, l))
    }
}

#[tauri::command]
fn book_overview(book: State<'_, Book>, locale: LocaleInput) -> Result<Overview, UiError> {
    book.with(&locale, |s, c, l| app::book_overview(s, c, l))
}

#[tauri::command]
fn meeting_form(book: State<'_, Book>, org: String, date: String, locale: LocaleInput) -> Result<MeetingForm, UiError> {
    book.with(&locale, |s, c, l| app::meeting_form(s, c, &org, &date, l))
}

#[tauri::command]
fn meeting_preview(book: State<'_, Book>, input: MeetingInput, locale: LocaleInput) -> Result<Preview, UiError> {
    book.with(&locale, |s, c, l| app::meeting_preview(s, c, &input, l))
}

#[tauri::command]
fn meeting_record(book: State<'_, Book>, input: MeetingInput, approver: Option<Actor>, locale: LocaleInput) -> Result<Saved, UiError> {
    book.approved(&locale, approver, |s, c, _| app::meeting_record(s, c, &input))
}

#[tauri::command]
fn report_view(book: State<'_, Book>, params: ReportParams, locale: LocaleInput) -> Result<DisplayReport, UiError> {
    book.with(&locale, |s, c, l| app::report_view(s, c, &params, l))
}

#[tauri::command]
fn voucher_reverse(book: State<'_, Book>, input: ReverseInput, approver: Option<Actor>, locale: LocaleInput) -> Result<Saved, UiError> {
    book.approved(&locale, approver, |s, c, _| app::reverse(s, c, &input))
}

#[tauri::command]
fn setup_form(locale: LocaleInput) -> SetupForm {
    app::setup_form(&ctx(locale.lang()), locale.locale())
}

#[tauri::command]
fn members_csv_parse(text: String, locale: LocaleInput) -> MemberImportView {
    app::members_csv_view(&ctx(locale.lang()), &text, locale.locale())
}

#[tauri::command]
fn setup_preview(book: State<'_, Book>, input: SetupInput, locale: LocaleInput) -> Result<SetupPreview, UiError> {
    book.with(&locale, |s, c, l| app::setup_preview(s, c, &input, l))
}

#[tauri::command]
fn setup_record(book: State<'_, Book>, input: SetupInput, locale: LocaleInput) -> Result<SetupSaved, UiError> {
    book.with(&locale, |s, c, _| app::setup_record(s, c, &input))
}

#[tauri::command]
fn meeting_list(book: State<'_, Book>, org: String, locale: LocaleInput) -> Result<Vec<MeetingEntry>, UiError> {
    book.with(&locale, |s, _, l| app::meeting_list(s, &org, l))
}

#[tauri::command]
fn meeting_reverse(book: State<'_, Book>, input: MeetingReverseInput, approver: Option<Actor>, locale: LocaleInput) -> Result<MeetingReversed, UiError> {
    book.approved(&locale, approver, |s, c, _| app::meeting_reverse(s, c, &input))
}

#[tauri::command]
fn loan_list(book: State<'_, Book>, org: String, locale: LocaleInput) -> Result<Vec<LoanEntry>, UiError> {
    book.with(&locale, |s, _, l| app::loan_list(s, &org, l))
}

#[tauri::command]
fn loan_view(book: State<'_, Book>, org: String, loan: String, to: Option<String>, locale: LocaleInput) -> Result<DisplayReport, UiError> {
    book.with(&locale, |s, c, l| app::loan_view(s, c, &org, &loan, to.as_deref(), l))
}

#[tauri::command]
fn chart_view(book: State<'_, Book>, org: String, locale: LocaleInput) -> Result<Chart, UiError> {
    book.with(&locale, |s, c, l| app::savings_loans_chart(s, c, &org, l))
}

#[tauri::command]
fn reports_catalog(book: State<'_, Book>, org: String, locale: LocaleInput) -> Result<ReportsCatalog, UiError> {
    book.with(&locale, |s, c, l| app::reports_catalog(s, c, &org, l))
}

#[tauri::command]
fn audit_view(book: State<'_, Book>, params: ReportSave, locale: LocaleInput) -> Result<Vec<DisplayReport>, UiError> {
    book.with(&locale, |s, c, l| app::audit_view(s, c, &params, l))
}

#[tauri::command]
fn passbook_lines(book: State<'_, Book>, params: ReportSave, locale: LocaleInput) -> Result<PassbookLines, UiError> {
    book.with(&locale, |s, c, l| app::passbook_lines(s, c, &params, l))
}

/// Off the main thread (`async`), so the window keeps answering `report_progress` meanwhile.
/// `params.path` is the file the save dialog returned.
#[tauri::command(async)]
fn report_save(book: State<'_, Book>, saving: State<'_, Saving>, params: ReportSave, locale: LocaleInput) -> Result<SavedFiles, UiError> {
    *saving.0.lock().unwrap_or_else(|p| p.into_inner()) = Progress::default();
    book.with(&locale, |s, c, l| app::report_save(s, c, &params, l, &mut |p| *saving.0.lock().unwrap_or_else(|p| p.into_inner()) = p))
}

#[tauri::command]
fn report_progress(saving: State<'_, Saving>) -> Progress {
    saving.0.lock().unwrap_or_else(|p| p.into_inner()).clone()
}

/// Printing: the core writes the PDF into the app's cache folder (only the file name comes from
/// the window) and the system's PDF viewer opens it with its print dialog. The window gets no
/// opener or file-system permission: it cannot name what is opened.
#[tauri::command(async)]
fn report_print(app: tauri::AppHandle, book: State<'_, Book>, saving: State<'_, Saving>, mut params: ReportSave, locale: LocaleInput) -> Result<SavedFiles, UiError> {
    let fail = |path: &Path, e: std::io::Error| UiError::new(&Error::FileUnwritable { path: path.display().to_string(), detail: e.to_string() }, locale.lang());
    let dir = app.path().app_cache_dir().map_err(|e| UiError::new(&Error::Required { field: e.to_string() }, locale.lang()))?.join("print");
    std::fs::create_dir_all(&dir).map_err(|e| fail(&dir, e))?;
    let name = Path::new(params.path.trim()).file_name().map(|n| n.to_os_string()).unwrap_or_else(|| "samuh.pdf".into());
    params.path = dir.join(name).display().to_string();
    params.format = "pdf".into();
    let saved = report_save(book, saving, params, locale.clone())?;
    let file = PathBuf::from(&saved.written[0]);
    open_with_system(&file).map_err(|e| fail(&file, e))?;
    Ok(saved)
}

/// Opens a file the core has just written with the system's default application.
fn open_with_system(path: &Path) -> std::io::Result<()> {
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

#[tauri::command]
fn safety_view(book: State<'_, Book>, locale: LocaleInput) -> Result<SafetyView, UiError> {
    book.with(&locale, |s, _, l| app::safety_view(s, l))
}

#[tauri::command]
fn code_check(book: State<'_, Book>, org: String, code: String, locale: LocaleInput) -> Result<CodeCheck, UiError> {
    book.with(&locale, |s, _, l| app::code_check(s, &org, &code, l))
}

#[tauri::command]
fn backup_make(book: State<'_, Book>, locale: LocaleInput) -> Result<BackupDone, UiError> {
    book.with(&locale, |s, c, l| app::backup_make(s, c, l))
}

#[tauri::command]
fn backup_copy(book: State<'_, Book>, target: String, locale: LocaleInput) -> Result<BackupDone, UiError> {
    book.with(&locale, |s, c, l| app::backup_copy(s, c, &target, l))
}

#[tauri::command]
fn restore_view(book: State<'_, Book>, backup: String, locale: LocaleInput) -> Result<RestoreView, UiError> {
    book.with(&locale, |s, _, l| app::restore_view(s, &backup, l))
}

#[tauri::command]
fn restore_open(book: State<'_, Book>, opening: State<'_, Opening>, backup: String, target: String, locale: LocaleInput) -> Result<BackupDone, UiError> {
    let done = book.with(&locale, |s, _, l| app::restore_to(s, &backup, &target, l))?;
    // The restored book is a copy of this one: an encrypted one opens with this book's key.
    let restored = book.with(&locale, |s, _, _| s.open_sibling(Path::new(&done.path)))?;
    opening.check.start(&restored, &ctx(locale.lang()).now);
    *book.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(restored);
    Ok(done)
}

/// The automatic backups: daily when the book is opened, and on closing it (skipped when nothing
/// changed since the newest backup). A failure is reported, never fatal: the book is unchanged.
fn auto_backup(book: &Book, closing: bool) {
    let guard = book.0.lock().unwrap_or_else(|p| p.into_inner());
    let Some(store) = guard.as_ref() else { return };
    let dir = app::backup_dir(Path::new(store.path()));
    let now = Local::now().naive_local();
    let r = if closing { app::backup_on_close(store, &dir, app::BACKUPS_KEPT, now) } else { app::backup_if_due(store, &dir, app::BACKUPS_KEPT, now) };
    if let Err(e) = r {
        eprintln!("{}", UiError::new(&e, Lang::En).message);
    }
}

// ---- Opening or creating a book (app::ui_book): plain or encrypted, the recovery code shown
// once, the forgotten passphrase, the full check of the book in the background. `async`: the key
// derivation and the quick check run off the main thread, and `book_check_status` is answered
// from `Opening` without the book's lock while the full check runs.

/// The full check of the open book running in the background, and the book the shell could not
/// open at start (offered by the picker).
struct Opening {
    check: app::BookCheck,
    unopened: Mutex<String>,
    /// The list of recent books, in the app's data folder.
    recent: Mutex<PathBuf>,
}

impl Opening {
    /// Remembers a book just opened in the recent list (a failure only loses the list entry).
    fn remember(&self, path: &str) {
        let _ = app::recent_remember(&self.recent.lock().unwrap_or_else(|p| p.into_inner()), path);
    }
}

impl Book {
    /// Puts a book just opened in place of the open one, remembers it, and answers what the UI shows.
    fn put(&self, opening: &Opening, r: Result<(Store, BookOpened), Error>, lang: Lang) -> Result<BookOpened, UiError> {
        let (store, opened) = r.map_err(|e| UiError::new(&e, lang))?;
        opening.remember(&opened.overview.path);
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(store);
        Ok(opened)
    }
}

#[tauri::command]
fn book_recent(opening: State<'_, Opening>) -> Vec<app::RecentBook> {
    app::recent_books(&opening.recent.lock().unwrap_or_else(|p| p.into_inner()))
}

#[tauri::command(async)]
fn book_open(book: State<'_, Book>, opening: State<'_, Opening>, path: String, passphrase: Option<String>, locale: LocaleInput) -> Result<BookOpened, UiError> {
    book.put(&opening, app::book_open_ui(&path, passphrase.as_deref().unwrap_or(""), &ctx(locale.lang()), locale.locale(), &opening.check), locale.lang())
}

#[tauri::command(async)]
fn book_create(book: State<'_, Book>, opening: State<'_, Opening>, path: String, protect: Option<bool>, passphrase: Option<String>, repeat: Option<String>, locale: LocaleInput) -> Result<BookOpened, UiError> {
    book.put(&opening, app::book_create_ui(&path, protect.unwrap_or(false), passphrase.as_deref().unwrap_or(""), repeat.as_deref().unwrap_or(""), &ctx(locale.lang()), locale.locale(), &opening.check), locale.lang())
}

#[tauri::command(async)]
fn book_recover(book: State<'_, Book>, opening: State<'_, Opening>, path: String, code: String, passphrase: String, repeat: String, locale: LocaleInput) -> Result<BookOpened, UiError> {
    book.put(&opening, app::book_recover_ui(&path, &code, &passphrase, &repeat, &ctx(locale.lang()), locale.locale(), &opening.check), locale.lang())
}

#[tauri::command]
fn book_check_status(opening: State<'_, Opening>, locale: LocaleInput) -> app::BookCheckView {
    opening.check.view(locale.locale())
}

#[tauri::command]
fn book_security(book: State<'_, Book>, opening: State<'_, Opening>, locale: LocaleInput) -> app::BookSecurity {
    app::book_security(book.0.lock().unwrap_or_else(|p| p.into_inner()).as_ref(), &opening.unopened.lock().unwrap_or_else(|p| p.into_inner()), locale.locale())
}

#[tauri::command(async)]
fn passphrase_change(book: State<'_, Book>, current: String, passphrase: String, repeat: String, locale: LocaleInput) -> Result<app::BookDone, UiError> {
    book.with(&locale, |s, _, l| app::passphrase_change_ui(s, &current, &passphrase, &repeat, l))
}

#[tauri::command(async)]
fn book_encrypt(book: State<'_, Book>, opening: State<'_, Opening>, passphrase: String, repeat: String, locale: LocaleInput) -> Result<BookOpened, UiError> {
    app::book_encrypt_ui(&mut book.0.lock().unwrap_or_else(|p| p.into_inner()), &passphrase, &repeat, &ctx(locale.lang()), locale.locale(), &opening.check).map_err(|e| UiError::new(&e, locale.lang()))
}

#[tauri::command]
fn ui_messages(lang: String) -> BTreeMap<String, String> {
    app::ui_messages(Lang::from_code(&lang).unwrap_or(Lang::En))
}

/// Who is using the book at this window: the book's path and the signed-in person (name and PIN,
/// checked by the core at sign-in and again by every write). Held by the shell for its one
/// window, put into every `Ctx` (`Book::with`), and only for the book it was given for.
static SESSION: Mutex<Option<(String, Actor)>> = Mutex::new(None);

fn signed_in(store: &Store) -> Option<Actor> {
    SESSION.lock().unwrap_or_else(|p| p.into_inner()).as_ref().filter(|(path, _)| path == store.path()).map(|(_, a)| a.clone())
}

fn hold(store: &Store, actor: Option<Actor>) {
    *SESSION.lock().unwrap_or_else(|p| p.into_inner()) = actor.map(|a| (store.path().to_string(), a));
}

#[tauri::command]
fn session_view(book: State<'_, Book>, locale: LocaleInput) -> Result<SessionView, UiError> {
    book.with(&locale, |s, c, l| app::session_view(s, c, l))
}

#[tauri::command]
fn session_start(book: State<'_, Book>, name: String, pin: String, locale: LocaleInput) -> Result<SignedIn, UiError> {
    book.with(&locale, |s, c, l| {
        let (actor, who) = app::session_start(s, c, &name, &pin, l)?;
        hold(s, Some(actor));
        Ok(who)
    })
}

#[tauri::command]
fn session_end(book: State<'_, Book>, locale: LocaleInput) -> Result<(), UiError> {
    book.with(&locale, |s, _, _| Ok(hold(s, None)))
}

#[tauri::command]
fn people_view(book: State<'_, Book>, locale: LocaleInput) -> Result<PeopleView, UiError> {
    book.with(&locale, |s, c, l| app::people_view(s, c, l))
}

#[tauri::command]
fn person_enrol(book: State<'_, Book>, input: app::PersonInput, locale: LocaleInput) -> Result<i64, UiError> {
    book.with(&locale, |s, c, _| app::person_enrol(s, c, &input))
}

#[tauri::command]
fn person_pin_change(book: State<'_, Book>, current: String, pin: String, locale: LocaleInput) -> Result<(), UiError> {
    book.with(&locale, |s, c, _| app::session_pin_change(s, c, &current, &pin, None).map(|a| hold(s, Some(a))))
}

#[tauri::command]
fn member_list(book: State<'_, Book>, org: String, locale: LocaleInput) -> Result<Vec<MemberEntry>, UiError> {
    book.with(&locale, |s, c, l| app::member_list(s, c, &org, l))
}

#[tauri::command]
fn member_erase(book: State<'_, Book>, org: String, member: String, locale: LocaleInput) -> Result<i64, UiError> {
    book.with(&locale, |s, c, _| app::member_erase(s, c, &org, &member, None))
}

#[tauri::command]
fn policy_view(book: State<'_, Book>, org: String, locale: LocaleInput) -> Result<PolicyView, UiError> {
    book.with(&locale, |s, c, l| app::policy_view(s, c, &org, l))
}

#[tauri::command]
fn policy_preview(book: State<'_, Book>, input: PolicyInput, locale: LocaleInput) -> Result<PolicyPreview, UiError> {
    book.with(&locale, |s, c, l| app::policy_preview(s, c, &input, l))
}

#[tauri::command]
fn policy_set(book: State<'_, Book>, input: PolicyInput, approver: Option<Actor>, locale: LocaleInput) -> Result<i64, UiError> {
    book.approved(&locale, approver, |s, c, _| app::policy_save(s, c, &input))
}

fn main() {
    // Blank white windows on WebKitGTK 2.42+ with some GPUs (see shared/toolchain.md).
    std::env::set_var("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(Book(Mutex::new(None)))
        .manage(Saving(Mutex::new(Progress::default())))
        .manage(Opening { check: app::BookCheck::new(), unopened: Mutex::new(String::new()), recent: Mutex::new(PathBuf::new()) })
        .setup(|app| {
            let data = app.path().app_data_dir()?;
            *app.state::<Opening>().recent.lock().unwrap_or_else(|p| p.into_inner()) = data.join("recent-books.json");
            // The book: $SAMUH_DB, else the demo book in the app's data folder.
            let path = match std::env::var_os("SAMUH_DB") {
                Some(p) => PathBuf::from(p),
                None => {
                    let dir = app.path().app_data_dir()?;
                    std::fs::create_dir_all(&dir)?;
                    dir.join("demo.samuh")
                }
            };
            match open_book(&path) {
                Ok(store) => {
                    app.state::<Opening>().check.start(&store, &ctx(Lang::En).now);
                    app.state::<Opening>().remember(store.path());
                    *app.state::<Book>().0.lock().unwrap_or_else(|p| p.into_inner()) = Some(store)
                }
                // The UI shows the book picker with this path when the book cannot be opened
                // (an encrypted book asks for its passphrase there).
                Err(e) => {
                    eprintln!("{}: {}", path.display(), UiError::new(&e, Lang::En).message);
                    *app.state::<Opening>().unopened.lock().unwrap_or_else(|p| p.into_inner()) = path.display().to_string();
                }
            }
            auto_backup(&app.state::<Book>(), false);
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            book_open, book_create, book_overview, setup_form, members_csv_parse, setup_preview, setup_record,
            meeting_form, meeting_preview, meeting_record, report_view, voucher_reverse, meeting_list, meeting_reverse,
            loan_list, loan_view, chart_view, ui_messages,
            reports_catalog, audit_view, passbook_lines, report_save, report_progress, report_print,
            safety_view, code_check, backup_make, backup_copy, restore_view, restore_open,
            session_view, session_start, session_end, people_view, person_enrol, person_pin_change,
            member_list, member_erase, policy_view, policy_preview, policy_set,
            book_recover, book_check_status, book_security, passphrase_change, book_encrypt, book_recent,
        ])
        .build(tauri::generate_context!())
        .expect("the Samuh window")
        .run(|app, event| {
            if let tauri::RunEvent::Exit = event {
                auto_backup(&app.state::<Book>(), true);
            }
        });
}
