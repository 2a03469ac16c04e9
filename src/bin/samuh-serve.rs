//! `samuh-serve`: a test-only stand-in for the desktop shell. It serves the built UI
//! (`ui/dist`) and answers `POST /api/<command>` with the same `app` functions the Tauri commands
//! call, so the browser end-to-end tests drive the real UI against the real core.
//!
//! Bounded on purpose: it listens on loopback only, prints `listening http://127.0.0.1:PORT`,
//! and exits when its standard input closes (the test that started it has ended).

use chrono::{Local, NaiveDate};
use samuh::app::{self, Actor, Ctx, PolicyInput, LocaleInput, MeetingInput, Progress, ReportParams, ReportSave, ReverseInput, SetupInput, UiError};
use samuh::i18n::Lang;
use samuh::store::Store;
use samuh::Error;
use serde::Deserialize;
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

struct State {
    store: Mutex<Option<Store>>,
    dist: PathBuf,
    /// Where saves go (`--out`): the UI names a file, the server keeps only its last component.
    out: Option<PathBuf>,
    /// The last step of the running save, for `report_progress` (polled while a save runs).
    progress: Mutex<Progress>,
    /// Who is using the book: its path and the signed-in person, as the desktop shell holds them.
    session: Mutex<Option<(String, Actor)>>,
    /// The full check of the open book in the background, for `book_check_status`.
    check: app::BookCheck,
    /// The list of recent books (`--recent FILE`), as the desktop keeps it in its data folder.
    recent: Option<PathBuf>,
}

fn today() -> NaiveDate {
    std::env::var("SAMUH_TODAY").ok().and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok()).unwrap_or_else(|| Local::now().date_naive())
}

fn ctx(lang: Lang) -> Ctx {
    let now = Local::now().format("%Y-%m-%dT%H:%M:%S").to_string();
    Ctx::new(today(), &now, lang)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Req {
    locale: LocaleInput,
    path: String,
    org: String,
    date: String,
    input: Value,
    params: Value,
    lang: String,
    text: String,
    loan: String,
    to: Option<String>,
    code: String,
    backup: String,
    target: String,
    name: String,
    pin: String,
    current: String,
    member: String,
    approver: Option<Actor>,
    passphrase: String,
    repeat: String,
    protect: bool,
}

fn open_book(path: &Path) -> Result<Store, Error> {
    app::book_open_or_demo(path, today())
}

fn parse<T: serde::de::DeserializeOwned>(v: Value) -> Result<T, Error> {
    serde_json::from_value(v).map_err(|e| Error::Database { detail: e.to_string() })
}

/// One command: the same delegations as the Tauri shell's commands.
fn call(st: &State, command: &str, body: &[u8]) -> Result<Value, UiError> {
    let req: Req = serde_json::from_slice(body).map_err(|e| UiError::new(&Error::Database { detail: e.to_string() }, Lang::En))?;
    let lang = req.locale.lang();
    let err = |e: Error| UiError::new(&e, lang);
    let to = |v: Result<Value, serde_json::Error>| v.map_err(|e| err(Error::Database { detail: e.to_string() }));
    if command == "report_progress" {
        return to(serde_json::to_value(st.progress.lock().unwrap_or_else(|p| p.into_inner()).clone()));
    }
    if command == "ui_messages" {
        return to(serde_json::to_value(app::ui_messages(Lang::from_code(&req.lang).unwrap_or(Lang::En))));
    }
    if command == "setup_form" {
        return to(serde_json::to_value(app::setup_form(&ctx(lang), req.locale.locale())));
    }
    if command == "members_csv_parse" {
        return to(serde_json::to_value(app::members_csv_view(&ctx(lang), &req.text, req.locale.locale())));
    }
    if command == "book_recent" {
        return to(serde_json::to_value(st.recent.as_deref().map(app::recent_books).unwrap_or_default()));
    }
    if command == "book_check_status" {
        // Answered without the book's lock, like report_progress.
        return to(serde_json::to_value(st.check.view(req.locale.locale())));
    }
    let mut guard = st.store.lock().unwrap_or_else(|p| p.into_inner());
    // Opening or creating a book (app::ui_book), with the passphrase as the desktop takes it.
    let opened = match command {
        "book_open" => Some(app::book_open_ui(&req.path, &req.passphrase, &ctx(lang), req.locale.locale(), &st.check)),
        "book_create" => Some(app::book_create_ui(&req.path, req.protect, &req.passphrase, &req.repeat, &ctx(lang), req.locale.locale(), &st.check)),
        "book_recover" => Some(app::book_recover_ui(&req.path, &req.code, &req.passphrase, &req.repeat, &ctx(lang), req.locale.locale(), &st.check)),
        _ => None,
    };
    if let Some(r) = opened {
        let (store, opened) = r.map_err(err)?;
        if let Some(list) = &st.recent {
            let _ = app::recent_remember(list, &opened.overview.path);
        }
        *guard = Some(store);
        return to(serde_json::to_value(opened));
    }
    if command == "book_encrypt" {
        return to(serde_json::to_value(app::book_encrypt_ui(&mut guard, &req.passphrase, &req.repeat, &ctx(lang), req.locale.locale(), &st.check).map_err(err)?));
    }
    if command == "book_security" {
        return to(serde_json::to_value(app::book_security(guard.as_ref(), "", req.locale.locale())));
    }
    if command == "restore_open" {
        // Restore as a new book, then open it (as the desktop shell does).
        let current = guard.as_ref().ok_or_else(|| err(Error::Required { field: "file".into() }))?;
        let done = app::restore_to(current, &req.backup, &req.target, req.locale.locale()).map_err(err)?;
        // A copy of this book: an encrypted one opens with this book's key.
        let restored = current.open_sibling(Path::new(&done.path)).map_err(err)?;
        st.check.start(&restored, &ctx(lang).now);
        *guard = Some(restored);
        return to(serde_json::to_value(done));
    }
    let store = guard.as_mut().ok_or_else(|| err(Error::Required { field: "file".into() }))?;
    let store_path = store.path().to_string();
    let held = st.session.lock().unwrap_or_else(|p| p.into_inner()).as_ref().filter(|(path, _)| path == store.path()).map(|(_, a)| a.clone());
    let c = Ctx { actor: held, approver: req.approver.clone(), ..ctx(lang) };
    let hold = |actor: Option<Actor>| *st.session.lock().unwrap_or_else(|p| p.into_inner()) = actor.map(|a| (store_path.clone(), a));
    let loc = req.locale.locale();
    match command {
        "book_overview" => to(serde_json::to_value(app::book_overview(store, &c, loc).map_err(err)?)),
        "meeting_form" => to(serde_json::to_value(app::meeting_form(store, &c, &req.org, &req.date, loc).map_err(err)?)),
        "meeting_preview" => {
            let i: MeetingInput = parse(req.input).map_err(err)?;
            to(serde_json::to_value(app::meeting_preview(store, &c, &i, loc).map_err(err)?))
        }
        "meeting_record" => {
            let i: MeetingInput = parse(req.input).map_err(err)?;
            to(serde_json::to_value(app::meeting_record(store, &c, &i).map_err(err)?))
        }
        "report_view" => {
            let p: ReportParams = parse(req.params).map_err(err)?;
            to(serde_json::to_value(app::report_view(store, &c, &p, loc).map_err(err)?))
        }
        "reports_catalog" => to(serde_json::to_value(app::reports_catalog(store, &c, &req.org, loc).map_err(err)?)),
        "audit_view" => {
            let p: ReportSave = parse(req.params).map_err(err)?;
            to(serde_json::to_value(app::audit_view(store, &c, &p, loc).map_err(err)?))
        }
        "passbook_lines" => {
            let p: ReportSave = parse(req.params).map_err(err)?;
            to(serde_json::to_value(app::passbook_lines(store, &c, &p, loc).map_err(err)?))
        }
        // Saving and printing both write into the --out folder (a browser cannot print a PDF
        // for the test to see); the file name is the last component of what the UI sent.
        "report_save" | "report_print" => {
            let mut p: ReportSave = parse(req.params).map_err(err)?;
            let dir = st.out.clone().ok_or_else(|| err(Error::Required { field: "path".into() }))?;
            let name = Path::new(p.path.trim()).file_name().map(|n| n.to_os_string()).ok_or_else(|| err(Error::Required { field: "path".into() }))?;
            p.path = dir.join(name).display().to_string();
            *st.progress.lock().unwrap_or_else(|p| p.into_inner()) = Progress::default();
            let saved = app::report_save(store, &c, &p, loc, &mut |step| {
                *st.progress.lock().unwrap_or_else(|p| p.into_inner()) = step;
                // Slow enough for a test to see the steps (test-only server).
                if let Some(ms) = std::env::var("SAMUH_SERVE_STEP_MS").ok().and_then(|v| v.parse().ok()) {
                    std::thread::sleep(Duration::from_millis(ms));
                }
            });
            to(serde_json::to_value(saved.map_err(err)?))
        }
        "voucher_reverse" => {
            let i: ReverseInput = parse(req.input).map_err(err)?;
            to(serde_json::to_value(app::reverse(store, &c, &i).map_err(err)?))
        }
        "setup_preview" => {
            let i: SetupInput = parse(req.input).map_err(err)?;
            to(serde_json::to_value(app::setup_preview(store, &c, &i, loc).map_err(err)?))
        }
        "setup_record" => {
            let i: SetupInput = parse(req.input).map_err(err)?;
            to(serde_json::to_value(app::setup_record(store, &c, &i).map_err(err)?))
        }
        "meeting_list" => to(serde_json::to_value(app::meeting_list(store, &req.org, loc).map_err(err)?)),
        "meeting_reverse" => {
            let i: app::MeetingReverseInput = parse(req.input).map_err(err)?;
            to(serde_json::to_value(app::meeting_reverse(store, &c, &i).map_err(err)?))
        }
        "loan_list" => to(serde_json::to_value(app::loan_list(store, &req.org, loc).map_err(err)?)),
        "loan_view" => to(serde_json::to_value(app::loan_view(store, &c, &req.org, &req.loan, req.to.as_deref(), loc).map_err(err)?)),
        "chart_view" => to(serde_json::to_value(app::savings_loans_chart(store, &c, &req.org, loc).map_err(err)?)),
        "safety_view" => to(serde_json::to_value(app::safety_view(store, loc).map_err(err)?)),
        "code_check" => to(serde_json::to_value(app::code_check(store, &req.org, &req.code, loc).map_err(err)?)),
        "backup_make" => to(serde_json::to_value(app::backup_make(store, &c, loc).map_err(err)?)),
        "backup_copy" => to(serde_json::to_value(app::backup_copy(store, &c, &req.target, loc).map_err(err)?)),
        "restore_view" => to(serde_json::to_value(app::restore_view(store, &req.backup, loc).map_err(err)?)),
        "session_view" => to(serde_json::to_value(app::session_view(store, &c, loc).map_err(err)?)),
        "session_start" => {
            let (actor, who) = app::session_start(store, &c, &req.name, &req.pin, loc).map_err(err)?;
            hold(Some(actor));
            to(serde_json::to_value(who))
        }
        "session_end" => {
            hold(None);
            Ok(Value::Null)
        }
        "people_view" => to(serde_json::to_value(app::people_view(store, &c, loc).map_err(err)?)),
        "person_enrol" => {
            let i: app::PersonInput = parse(req.input).map_err(err)?;
            to(serde_json::to_value(app::person_enrol(store, &c, &i).map_err(err)?))
        }
        "person_pin_change" => {
            hold(Some(app::session_pin_change(store, &c, &req.current, &req.pin, None).map_err(err)?));
            Ok(Value::Null)
        }
        "member_list" => to(serde_json::to_value(app::member_list(store, &c, &req.org, loc).map_err(err)?)),
        "member_erase" => to(serde_json::to_value(app::member_erase(store, &c, &req.org, &req.member, None).map_err(err)?)),
        "policy_view" => to(serde_json::to_value(app::policy_view(store, &c, &req.org, loc).map_err(err)?)),
        "policy_preview" => {
            let i: PolicyInput = parse(req.input).map_err(err)?;
            to(serde_json::to_value(app::policy_preview(store, &c, &i, loc).map_err(err)?))
        }
        "policy_set" => {
            let i: PolicyInput = parse(req.input).map_err(err)?;
            to(serde_json::to_value(app::policy_save(store, &c, &i).map_err(err)?))
        }
        "passphrase_change" => to(serde_json::to_value(app::passphrase_change_ui(store, &req.current, &req.passphrase, &req.repeat, loc).map_err(err)?)),
        _ => Err(err(Error::InvalidChoice { field: "command".into(), value: command.to_string() })),
    }
}

fn respond(s: &mut TcpStream, status: &str, ctype: &str, body: &[u8]) {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\nCache-Control: no-store\r\nContent-Security-Policy: default-src 'self'\r\n\r\n",
        body.len()
    );
    let _ = s.write_all(head.as_bytes());
    let _ = s.write_all(body);
}

fn content_type(p: &Path) -> &'static str {
    match p.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "woff2" => "font/woff2",
        "json" => "application/json",
        _ => "application/octet-stream",
    }
}

fn handle(st: &State, mut s: TcpStream) {
    let _ = s.set_read_timeout(Some(Duration::from_secs(10)));
    let mut r = BufReader::new(match s.try_clone() {
        Ok(c) => c,
        Err(_) => return,
    });
    let mut line = String::new();
    if r.read_line(&mut line).unwrap_or(0) == 0 {
        return;
    }
    let mut parts = line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or("").to_string(), parts.next().unwrap_or("/").to_string());
    let mut len = 0usize;
    loop {
        let mut h = String::new();
        if r.read_line(&mut h).unwrap_or(0) == 0 || h == "\r\n" || h == "\n" {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            if k.trim().eq_ignore_ascii_case("content-length") {
                len = v.trim().parse().unwrap_or(0);
            }
        }
    }
    let mut body = vec![0u8; len.min(16 << 20)];
    if r.read_exact(&mut body).is_err() {
        return;
    }
    let path = target.split('?').next().unwrap_or("/");
    if let Some(command) = path.strip_prefix("/api/") {
        if method != "POST" {
            return respond(&mut s, "405 Method Not Allowed", "text/plain", b"POST only");
        }
        match call(st, command, &body) {
            Ok(v) => respond(&mut s, "200 OK", "application/json", v.to_string().as_bytes()),
            Err(e) => respond(&mut s, "400 Bad Request", "application/json", json!(e).to_string().as_bytes()),
        }
        return;
    }
    // Static files from ui/dist only: no "..", unknown paths answer index.html.
    let rel = path.trim_start_matches('/');
    let file = if rel.is_empty() || rel.split('/').any(|c| c == ".." || c.is_empty()) { st.dist.join("index.html") } else { st.dist.join(rel) };
    let file = if file.is_file() { file } else { st.dist.join("index.html") };
    match std::fs::read(&file) {
        Ok(b) => respond(&mut s, "200 OK", content_type(&file), &b),
        Err(_) => respond(&mut s, "404 Not Found", "text/plain", b"not found"),
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut db = std::env::var("SAMUH_DB").ok().map(PathBuf::from);
    let mut dist = PathBuf::from("ui/dist");
    let mut out = None;
    let mut recent = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--db" => db = args.next().map(PathBuf::from),
            "--dist" => dist = args.next().map(PathBuf::from).unwrap_or(dist),
            "--out" => out = args.next().map(PathBuf::from),
            "--recent" => recent = args.next().map(PathBuf::from),
            _ => {
                eprintln!("usage: samuh-serve [--db BOOK] [--dist ui/dist] [--out FOLDER] [--recent FILE]   (test-only; exits when stdin closes)");
                std::process::exit(2);
            }
        }
    }
    let store = match db {
        Some(p) => match open_book(&p) {
            Ok(s) => Some(s),
            Err(e) => {
                eprintln!("{}", UiError::new(&e, Lang::En).message);
                std::process::exit(1);
            }
        },
        None => None,
    };
    // SAMUH_SERVE_CHECK_MS slows each step of the background full check (test-only), so a
    // browser test can watch its progress bar on a small book.
    let pause = Duration::from_millis(std::env::var("SAMUH_SERVE_CHECK_MS").ok().and_then(|v| v.parse().ok()).unwrap_or(0));
    let check = app::BookCheck::with_pause(pause);
    if let Some(s) = &store {
        check.start(s, &ctx(Lang::En).now);
        if let Some(list) = &recent {
            let _ = app::recent_remember(list, s.path());
        }
    }
    let st = Arc::new(State { store: Mutex::new(store), dist, out, progress: Mutex::new(Progress::default()), session: Mutex::new(None), check, recent });
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    println!("listening http://{}", listener.local_addr().expect("address"));
    let _ = std::io::stdout().flush();
    // Bounded: the parent test holds our stdin; when it ends, so do we.
    std::thread::spawn(|| {
        let mut sink = Vec::new();
        let _ = std::io::stdin().read_to_end(&mut sink);
        std::process::exit(0);
    });
    for conn in listener.incoming().flatten() {
        let st = Arc::clone(&st);
        std::thread::spawn(move || handle(&st, conn));
    }
}
