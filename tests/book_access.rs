//! Reaching the book (issue 13): a book that is not there (missing or empty file), a book with
//! damaged pages, a book on read-only media, and client ids as retry keys that never swallow a
//! different record. Each refusal is checked by its message id, in a language other than
//! English, and with the book (or the file that is not one) left exactly as it was.

mod common;

use samuh::store::error::StoreError;
use common::*;
use samuh::app;
use samuh::error::Error;
use samuh::i18n::{Lang, Locale, Localizer};
use samuh::store::Store;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn samuh(book: &Path, lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_samuh"))
        .args(["--db", book.to_str().unwrap(), "--lang", lang, "--today", "2025-09-30"])
        .args(args)
        .env_remove("SAMUH_DB")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).to_string()
}

/// The error code of a `--json` refusal (exit 1), from stderr.
fn refused_code(o: &Output) -> String {
    assert_eq!(o.status.code(), Some(1), "stdout: {}\nstderr: {}", text(&o.stdout), text(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stderr).unwrap_or_else(|e| panic!("{e}: {}", text(&o.stderr)));
    v["error"]["code"].as_str().unwrap().to_string()
}

fn sidecars(path: &Path) -> Vec<PathBuf> {
    ["-wal", "-shm"]
        .iter()
        .map(|s| {
            let mut p = path.as_os_str().to_os_string();
            p.push(s);
            PathBuf::from(p)
        })
        .filter(|p| p.exists())
        .collect()
}

fn has_script(s: &str, lo: char, hi: char) -> bool {
    s.chars().any(|c| (lo..=hi).contains(&c))
}

/// Every command that reads the book, with arguments that would work on a real book.
const READERS: &[&[&str]] = &[
    &["check"],
    &["check", "--org", "shg", "--code", "7K2M-9QXD"],
    &["org", "list"],
    &["member", "list", "--org", "shg"],
    &["person", "list"],
    &["report", "cash-book", "--org", "shg"],
    &["report", "trial-balance", "--org", "shg", "--format", "csv"],
    &["export", "journal"],
    &["backup", "--dir", "bk"],
    &["member", "add", "--org", "shg", "--no", "9", "--name", "Rina", "--joined-on", "2025-01-05"],
    &["loan", "repay", "--org", "shg", "--date", "2025-09-01", "--member", "1", "--amount", "10"],
    &["reverse", "--org", "shg", "--voucher", "1", "--reason", "typed twice"],
];

// ---- A book that is not there ----

#[test]
fn a_missing_or_empty_book_is_refused_by_every_command_and_never_made() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.samuh");
    let empty = dir.path().join("empty.samuh");
    std::fs::write(&empty, b"").unwrap();
    for args in READERS {
        for (path, code) in [(&missing, "error-book-missing"), (&empty, "error-book-empty")] {
            let mut a = vec!["--json"];
            a.extend_from_slice(args);
            let o = samuh(path, "en", &a);
            assert_eq!(refused_code(&o), code, "{args:?} on {}", path.display());
            assert!(o.stdout.is_empty(), "{args:?} printed {}", text(&o.stdout));
        }
        assert!(!missing.exists(), "{args:?} made a file at the missing path");
        assert_eq!(std::fs::metadata(&empty).unwrap().len(), 0, "{args:?} wrote into the empty file");
        assert!(sidecars(&missing).is_empty() && sidecars(&empty).is_empty(), "{args:?} left a -wal or -shm");
    }
    // In the reader's language, naming the file and what to do.
    let hi = samuh(&empty, "hi", &["check"]);
    assert_eq!(hi.status.code(), Some(1));
    let msg = text(&hi.stderr);
    assert!(msg.contains("empty.samuh") && has_script(&msg, '\u{0900}', '\u{097F}') && msg.contains("samuh init"), "{msg}");
    assert!(!msg.contains("problem"), "{msg}");
    let th = text(&samuh(&missing, "th", &["report", "cash-book", "--org", "shg"]).stderr);
    assert!(th.contains("missing.samuh") && has_script(&th, '\u{0E00}', '\u{0E7F}'), "{th}");
    // `check` no longer answers "0 problems" for an empty file.
    assert!(!text(&samuh(&empty, "en", &["check"]).stdout).contains("0 problem"));
}

#[test]
fn only_init_and_demo_make_a_book() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.samuh");
    std::fs::write(&empty, b"").unwrap();
    let o = samuh(&empty, "en", &["init"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(samuh(&empty, "en", &["check"]).status.success());
    // `init` on a book that is there opens it and changes nothing in it.
    let c = rusqlite::Connection::open(&empty).unwrap();
    c.execute_batch("CREATE TABLE IF NOT EXISTS x(y)").ok();
    drop(c);
    let before = dump(&empty);
    assert!(samuh(&empty, "en", &["init"]).status.success());
    assert_eq!(dump(&empty), before);

    let fresh = dir.path().join("demo.samuh");
    let o = samuh(&fresh, "en", &["demo"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(text(&samuh(&fresh, "en", &["org", "list"]).stdout).contains("shg-kishanganj"));
}

#[test]
fn the_core_refuses_a_missing_or_empty_book_and_the_shells_first_run_makes_the_demo() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nothing.samuh");
    let empty = dir.path().join("empty.samuh");
    std::fs::write(&empty, b"").unwrap();
    assert!(matches!(Store::open(&missing), Err(StoreError::BookMissing { .. })));
    assert!(matches!(Store::open(&empty), Err(StoreError::BookEmpty { .. })));
    assert!(matches!(app::book_open(&missing, samuh::store::Unlock::None), Err(Error::Store(StoreError::BookMissing { .. }))));
    assert!(!missing.exists());
    assert_eq!(std::fs::metadata(&empty).unwrap().len(), 0);
    let bn = Localizer::new(Locale::new(Lang::Bn)).error(&Error::Store(StoreError::BookEmpty { path: "empty.samuh".into() }));
    assert!(has_script(&bn, '\u{0980}', '\u{09FF}') && bn.contains("empty.samuh"), "{bn}");

    // An empty file with a WAL holding saves beside it is never made a new book (SQLite would
    // drop that WAL), not even by `open_or_create`.
    let mut wal = empty.as_os_str().to_os_string();
    wal.push("-wal");
    std::fs::write(&wal, b"not nothing").unwrap();
    assert!(matches!(Store::open_or_create(&empty), Err(StoreError::BookEmpty { .. })));
    assert_eq!(std::fs::read(&wal).unwrap(), b"not nothing");
    std::fs::remove_file(&wal).unwrap();
    drop(Store::open_or_create(&empty).unwrap());
    assert!(Store::open(&empty).is_ok());

    // The desktop shell and samuh-serve: a missing file becomes the demo book (README's first
    // run); an empty file is said to be empty, not filled with a demo.
    let today = d("2025-09-30");
    let first = dir.path().join("first.samuh");
    let s = samuh::demo::book_open_or_demo(&first, today).unwrap();
    assert_eq!(s.read().orgs().unwrap().len(), 9, "the SHG, the cooperative, the village fund, the VO's two younger SHGs, the welfare club, the village organisation, its cluster federation and the VSLA group");
    let empty2 = dir.path().join("empty2.samuh");
    std::fs::write(&empty2, b"").unwrap();
    assert!(matches!(samuh::demo::book_open_or_demo(&empty2, today), Err(Error::Store(StoreError::BookEmpty { .. }))));
    assert_eq!(std::fs::metadata(&empty2).unwrap().len(), 0);
    // The desktop's "open a book" says the same of an empty file, and makes nothing.
    let checker = app::BookCheck::new();
    let e = app::book_open_ui(empty2.to_str().unwrap(), "", &ctx("2025-09-30"), Locale::new(Lang::Th), &checker).err().unwrap();
    assert_eq!(e.code(), "error-book-empty");
    assert_eq!(std::fs::metadata(&empty2).unwrap().len(), 0);
    // The desktop's "new book" still makes one, and never over an existing file.
    let new = dir.path().join("new.samuh");
    drop(app::book_create(&new).unwrap());
    assert!(matches!(app::book_create(&new), Err(Error::BookFileExists { .. })));
}

// ---- Damaged pages ----

/// A closed copy of the small SHG book, and the number of its pages.
fn closed_book(dir: &Path, name: &str) -> (PathBuf, u64) {
    let f = shg();
    let to = dir.join(name);
    drop(f.store);
    copy_book(&f.path, &to);
    let pages = std::fs::metadata(&to).unwrap().len() / 4096;
    (to, pages)
}

fn scribble(path: &Path, page: u64, byte: u8) {
    use std::io::{Seek, SeekFrom, Write};
    let mut f = std::fs::OpenOptions::new().write(true).open(path).unwrap();
    f.seek(SeekFrom::Start(page * 4096 + 8)).unwrap();
    f.write_all(&vec![byte; 4000]).unwrap();
}

#[test]
fn check_reports_damaged_pages_as_a_finding_and_exits_three() {
    let dir = tempfile::tempdir().unwrap();
    let (book, pages) = closed_book(dir.path(), "book.samuh");
    assert!(pages > 8, "{pages} pages");
    // Every page after the first, one at a time, then several at once, then a truncated file:
    // never exit 1 with SQLite's text, never a panic, never "0 problems".
    let mut cases: Vec<(String, PathBuf)> = Vec::new();
    for page in 1..pages {
        for byte in [0xFF, 0x00] {
            let p = dir.path().join(format!("p{page}-{byte}.samuh"));
            copy_book(&book, &p);
            scribble(&p, page, byte);
            cases.push((format!("page {page} byte {byte:#x}"), p));
        }
    }
    let many = dir.path().join("many.samuh");
    copy_book(&book, &many);
    for page in (2..pages).step_by(2) {
        scribble(&many, page, 0xA5);
    }
    cases.push(("every other page".into(), many));
    // The first page: SQLite's magic line, then the schema's own page header and cells.
    for (name, at, len) in [("magic", 0u64, 16usize), ("schema", 100, 300)] {
        use std::io::{Seek, SeekFrom, Write};
        let p = dir.path().join(format!("first-{name}.samuh"));
        copy_book(&book, &p);
        let mut f = std::fs::OpenOptions::new().write(true).open(&p).unwrap();
        f.seek(SeekFrom::Start(at)).unwrap();
        f.write_all(&vec![b'X'; len]).unwrap();
        cases.push((format!("first page, {name}"), p));
    }
    let cut = dir.path().join("cut.samuh");
    let bytes = std::fs::read(&book).unwrap();
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    cases.push(("cut in half".into(), cut));

    // The oracle is SQLite's own full `integrity_check`, run here outside Samuh: whenever it
    // finds the file damaged, `samuh check` must report the damage (exit 3); a scribble over an
    // unused part of a page (an empty table's page) is no damage, and the check is clean.
    let mut damaged = 0;
    for (what, p) in &cases {
        let sqlite_says_damaged = {
            let c = rusqlite::Connection::open_with_flags(p, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
            let rows: Result<Vec<String>, _> = c.prepare("PRAGMA integrity_check").and_then(|mut st| st.query_map([], |r| r.get(0))?.collect());
            !matches!(rows.as_deref(), Ok([ok]) if ok == "ok")
        };
        let before = std::fs::read(p).unwrap();
        let o = samuh(p, "en", &["--json", "check"]);
        let err = text(&o.stderr);
        assert!(!err.contains("panicked") && !err.contains("malformed"), "{what}: {err}");
        let ids: Vec<String> = match o.status.code() {
            Some(0) | Some(3) => {
                let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{what}: {e}"));
                v["findings"].as_array().unwrap().iter().map(|f| f["id"].as_str().unwrap().to_string()).collect()
            }
            other => panic!("{what}: exit {other:?}\n{err}"),
        };
        if sqlite_says_damaged {
            damaged += 1;
            // The desktop's full check (in the background) says it too, without SQLite's words.
            if let Ok(store) = Store::open(p) {
                match app::full_self_check(&store) {
                    Ok(c) => assert!(c.findings.iter().any(|f| f.id == "finding-pages-damaged" || f.check != "quick-check"), "{what}: {:?}", c.findings),
                    Err(e) => assert!(app::is_damage(&e), "{what}: {e:?}"),
                }
            }
            assert_eq!(o.status.code(), Some(3), "{what}");
            assert!(ids.iter().any(|i| i == "finding-pages-damaged"), "{what}: {ids:?}");
        }
        assert_eq!(std::fs::read(p).unwrap(), before, "{what}: check changed the file");
    }
    assert!(damaged > 20, "only {damaged} of {} scribbles damaged the file: the test proves little", cases.len());

    // The half book, in Thai: the damage is a finding in Thai, the summary counts it.
    let cut = &cases.last().unwrap().1;
    let o = samuh(cut, "th", &["check"]);
    assert_eq!(o.status.code(), Some(3), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert!(has_script(&out, '\u{0E00}', '\u{0E7F}') && !out.contains("malformed"), "{out}");
    let en = text(&samuh(cut, "en", &["check"]).stdout);
    assert!(en.contains("The book file is damaged"), "{en}");
    // The book code check says the same and fails the same way.
    let o = samuh(cut, "en", &["check", "--org", "shg", "--code", "7K2M-9QXD"]);
    assert_eq!(o.status.code(), Some(3), "{}", text(&o.stderr));
}

// ---- Read-only media ----

/// Makes `path` (and, with `folder`, its folder) read-only for as long as the guard lives.
struct ReadOnly {
    paths: Vec<(PathBuf, u32)>,
}

impl ReadOnly {
    fn set(paths: &[&Path]) -> ReadOnly {
        use std::os::unix::fs::PermissionsExt;
        let mut kept = Vec::new();
        for p in paths {
            let mode = std::fs::metadata(p).unwrap().permissions().mode();
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode & !0o222)).unwrap();
            kept.push((p.to_path_buf(), mode));
        }
        ReadOnly { paths: kept }
    }
}

impl Drop for ReadOnly {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        for (p, mode) in self.paths.iter().rev() {
            let _ = std::fs::set_permissions(p, std::fs::Permissions::from_mode(*mode));
        }
    }
}

/// What can be done with a book on read-only media, and what is refused.
fn reads_but_never_writes(book: &Path, out: &Path) {
    let before = std::fs::read(book).unwrap();
    let check = samuh(book, "en", &["check"]);
    assert_eq!(check.status.code(), Some(0), "{}{}", text(&check.stdout), text(&check.stderr));
    let report = samuh(book, "hi", &["report", "cash-book", "--org", "shg"]);
    assert!(report.status.success(), "{}", text(&report.stderr));
    assert!(text(&report.stdout).contains("सुनीता") || has_script(&text(&report.stdout), '\u{0900}', '\u{097F}'));
    assert!(samuh(book, "en", &["export", "journal"]).status.success());
    let pdf = out.join("passbook.pdf");
    let o = samuh(book, "en", &["passbook", "--org", "shg", "--member", "1", "--all", "--out", pdf.to_str().unwrap()]);
    if o.status.success() {
        assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    } else {
        // Without the Noto fonts no PDF can be made at all; that refusal is not about the medium.
        assert!(text(&o.stderr).contains("font") || text(&o.stderr).contains("Noto"), "{}", text(&o.stderr));
    }
    // Printing new entries takes no line until confirmed, so it reads only and is allowed too.
    let o = samuh(book, "en", &["passbook", "--org", "shg", "--member", "1", "--out", pdf.to_str().unwrap()]);
    assert!(o.status.success() || text(&o.stderr).contains("font") || text(&o.stderr).contains("Noto"), "{}", text(&o.stderr));
    let copy = out.join("copy");
    let o = samuh(book, "en", &["backup", "--copy-to", copy.to_str().unwrap()]);
    assert!(o.status.success(), "copying the book off the medium: {}", text(&o.stderr));

    // Saving is refused, in the reader's language, with what to do.
    let meeting = out.join("m.json");
    std::fs::write(&meeting, r#"{"org":"shg","date":"2025-04-06","members":[{"member":"1","attendance":"present","savings":"50"}]}"#).unwrap();
    let writes: &[&[&str]] = &[
        &["meeting", "record", "--file", meeting.to_str().unwrap()],
        &["member", "add", "--org", "shg", "--no", "9", "--name", "Rina", "--joined-on", "2025-01-05"],
        &["policy", "set", "--org", "shg", "--from", "2025-06-01", "--saving", "60"],
        &["passbook-printed", "--org", "shg", "--member", "1", "--upto", "1"],
    ];
    for args in writes {
        let mut a = vec!["--json"];
        a.extend_from_slice(args);
        assert_eq!(refused_code(&samuh(book, "en", &a)), "error-book-read-only", "{args:?}");
    }
    let bn = text(&samuh(book, "bn", &["member", "add", "--org", "shg", "--no", "9", "--name", "Rina", "--joined-on", "2025-01-05"]).stderr);
    assert!(has_script(&bn, '\u{0980}', '\u{09FF}') && bn.contains(&book.display().to_string()), "{bn}");
    assert_eq!(std::fs::read(book).unwrap(), before, "the book on read-only media changed");
    assert!(sidecars(book).is_empty(), "a -wal or -shm was made beside a read-only book");
}

#[test]
fn a_book_marked_read_only_is_read_checked_and_printed_but_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let (book, _) = closed_book(dir.path(), "book.samuh");
    let out = tempfile::tempdir().unwrap();
    {
        let _ro = ReadOnly::set(&[&book]);
        reads_but_never_writes(&book, out.path());
        // The core: opened for reading, every save refused before SQLite is asked.
        let mut s = Store::open(&book).unwrap();
        assert!(s.is_read_only());
        let f_ctx = ctx("2025-09-30");
        let e = app::member_add(&mut s, &f_ctx, &app::MemberInput { org: "shg".into(), admission_no: "9".into(), name: "Rina".into(), joined_on: "2025-01-05".into(), ..Default::default() }).unwrap_err();
        assert_eq!(e.code(), "error-book-read-only");
        let th = Localizer::new(Locale::new(Lang::Th)).error(&e);
        assert!(has_script(&th, '\u{0E00}', '\u{0E7F}'), "{th}");
        assert!(app::check_book(&s, None).unwrap().ok());
        // The desktop's opening (quick check, checkpoints not recorded, full check behind).
        let checker = app::BookCheck::new();
        let (_s, opened) = app::book_open_ui(book.to_str().unwrap(), "", &f_ctx, Locale::new(Lang::En), &checker).unwrap();
        assert!(opened.check.ok, "{:?}", opened.check);
        checker.wait();
    }
    // Writable again: the same book saves as before.
    assert!(samuh(&book, "en", &["member", "add", "--org", "shg", "--no", "9", "--name", "Rina", "--joined-on", "2025-01-05"]).status.success());
}

#[test]
fn a_book_in_a_read_only_folder_is_read_but_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("cd");
    std::fs::create_dir(&folder).unwrap();
    let (book, _) = closed_book(&folder, "book.samuh");
    let out = tempfile::tempdir().unwrap();
    let _ro = ReadOnly::set(&[&folder]);
    reads_but_never_writes(&book, out.path());
}

/// A real read-only file system, where permission bits mean nothing to root: a read-only bind
/// mount in a private mount namespace (gone when the command ends). Needs `unshare` and the
/// right to mount; where that is not allowed the test says so and checks nothing more.
#[test]
fn a_book_on_a_read_only_file_system_is_read_but_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("pendrive");
    std::fs::create_dir(&folder).unwrap();
    let (book, _) = closed_book(&folder, "book.samuh");
    let before = std::fs::read(&book).unwrap();
    let exe = env!("CARGO_BIN_EXE_samuh");
    let f = folder.display().to_string();
    let b = book.display().to_string();
    let script = format!(
        "mount --bind '{f}' '{f}' && mount -o remount,bind,ro '{f}' || exit 77
         touch '{f}/probe' 2>/dev/null && exit 78
         '{exe}' --db '{b}' --today 2025-09-30 check >/dev/null || exit 10
         '{exe}' --db '{b}' --today 2025-09-30 report cash-book --org shg >/dev/null || exit 11
         '{exe}' --db '{b}' --today 2025-09-30 --lang hi --json member add --org shg --no 9 --name Rina --joined-on 2025-01-05 2>'{err}'
         test $? -eq 1 || exit 12",
        err = dir.path().join("err.json").display()
    );
    let status = match Command::new("unshare").args(["--mount", "--propagation", "private", "sh", "-c", &script]).status() {
        Ok(s) => s,
        Err(_) => return eprintln!("unshare is not available: the read-only file system is not tried here"),
    };
    match status.code() {
        Some(77) | Some(1) if !dir.path().join("err.json").exists() => eprintln!("mounting is not allowed here: the read-only file system is not tried"),
        Some(78) => panic!("the bind mount is not read-only"),
        Some(0) => {
            let v: serde_json::Value = serde_json::from_slice(&std::fs::read(dir.path().join("err.json")).unwrap()).unwrap();
            assert_eq!(v["error"]["code"], "error-book-read-only");
            assert!(has_script(v["error"]["message"].as_str().unwrap(), '\u{0900}', '\u{097F}'));
        }
        other => panic!("on a read-only file system, step {other:?} failed"),
    }
    assert_eq!(std::fs::read(&book).unwrap(), before);
}

/// Previews on read-only media (issue 13): the meeting screen's live check, the by-laws preview,
/// a member import's `--dry-run` and the passbook plan all work (the dry runs go to a private
/// copy of the book in memory), plain and encrypted; saving is still refused, and the book's
/// bytes stay as they were with no -wal or -shm made beside it.
#[test]
fn previews_and_dry_runs_work_on_read_only_media_and_only_saving_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (plain, _) = closed_book(dir.path(), "plain.samuh");
    let (encrypted, _) = closed_book(dir.path(), "encrypted.samuh");
    const PASS: &str = "पेन ड्राइव की किताब";
    drop(app::book_encrypt(&encrypted, PASS).unwrap());
    let csv = dir.path().join("members.csv");
    std::fs::write(&csv, "No,Name\n9,Rina Devi\n10,Kamla Devi\n").unwrap();
    let c = ctx("2025-09-30");
    for book in [&plain, &encrypted] {
        let envelope = samuh::store::envelope_path(book);
        let _ro = ReadOnly::set(&[book.as_path(), dir.path()]);
        let before = std::fs::read(book).unwrap();
        let mut s = if book == &encrypted { Store::open_with(book, samuh::store::Unlock::Passphrase(PASS)).unwrap() } else { Store::open(book).unwrap() };
        assert!(s.is_read_only(), "{book:?}");

        // A good meeting: ₹50 + ₹50 saved by members 1 and 2.
        let good = meeting("2025-06-13", vec![row("1", "present", "50"), row("2", "present", "50")]);
        let p = app::meeting_preview(&mut s, &c, &good, Locale::new(Lang::Hi)).unwrap();
        assert!(p.ok, "{book:?}: {:?}", p.errors);
        assert_eq!(p.totals.savings, "100.00");
        // The same refusal as on a writable book: a loan above 3 × ₹1,000 saved = ₹3,000.
        let mut bad = good.clone();
        bad.loans.push(app::LoanInput { member: "1".into(), amount: "3100".into(), guarantors: vec!["2".into()], purpose: "goat".into(), ..Default::default() });
        let p = app::meeting_preview(&mut s, &c, &bad, Locale::new(Lang::Bn)).unwrap();
        assert!(!p.ok && p.errors.iter().any(|e| e.code == "error-loan-above-cap"), "{book:?}: {:?}", p.errors);
        // The by-laws preview.
        let policy = app::PolicyInput { org: "shg".into(), effective_from: "2025-09-01".into(), saving_per_meeting: Some("60".into()), ..Default::default() };
        let p = app::policy_preview(&mut s, &c, &policy, Locale::new(Lang::Th)).unwrap();
        assert!(p.ok, "{book:?}: {:?}", p.errors);
        // A member import checked without saving: both rows would be imported.
        let r = app::members_import(&mut s, &c, "shg", &std::fs::read_to_string(&csv).unwrap(), true).unwrap();
        assert_eq!(r.accepted.len(), 2, "{book:?}: {r:?}");
        // What a passbook printing would print (positions are not recorded on read-only media).
        let plan = app::PassbookPrint {
            org: "shg".into(),
            member: Some("1".into()),
            locale: Locale::new(Lang::Hi),
            page: samuh::render::PageSize::A4,
            mode: app::PassbookMode::Continue,
        };
        assert!(!app::passbook_plan(&s, &c, &plan).unwrap().is_empty(), "{book:?}");

        // Saving is still refused, and refused as read-only media.
        let e = app::meeting_record(&mut s, &c, &good).unwrap_err();
        assert_eq!(e.code(), "error-book-read-only", "{book:?}");
        let e = app::members_import(&mut s, &c, "shg", &std::fs::read_to_string(&csv).unwrap(), false).unwrap_err();
        assert_eq!(e.code(), "error-book-read-only", "{book:?}");
        drop(s);

        // The command line's dry run too (plain book: no passphrase to pass).
        if book == &plain {
            let o = samuh(book, "hi", &["member", "import", "--org", "shg", "--file", csv.to_str().unwrap(), "--dry-run"]);
            assert!(o.status.success(), "{}", text(&o.stderr));
            let o = samuh(book, "hi", &["--json", "member", "import", "--org", "shg", "--file", csv.to_str().unwrap()]);
            assert_eq!(refused_code(&o), "error-book-read-only");
        }
        assert_eq!(std::fs::read(book).unwrap(), before, "{book:?}: the book on read-only media changed");
        assert!(sidecars(book).is_empty(), "{book:?}: a -wal or -shm was made beside a read-only book");
        assert!(!book.exists() || envelope.exists() == (book == &encrypted));
    }
}

// ---- Retries must not swallow other records ----

fn meeting_with(date: &str, cid: &str, savings: &str) -> app::MeetingInput {
    let mut m = meeting(date, vec![row("1", "present", savings), row("2", "present", "50")]);
    m.client_id = Some(cid.into());
    m
}

#[test]
fn a_client_id_reused_for_a_different_record_is_refused_and_saves_nothing() {
    let mut f = shg();
    let first = app::meeting_record(&mut f.store, &f.ctx, &meeting_with("2025-04-06", "tablet-7", "50")).unwrap();
    assert!(!first.already_recorded);
    // The same record again (a retry), even laid out differently: already recorded, no effect.
    let before = dump(&f.path);
    let mut same = meeting_with("2025-04-06", "tablet-7", "50");
    same.members[0].member = " 1 ".into();
    let again = app::meeting_record(&mut f.store, &f.ctx, &same).unwrap();
    assert!(again.already_recorded);
    assert_eq!(again.voucher, first.voucher);
    assert_eq!(dump(&f.path), before);

    // Different content under the same id: another meeting, another amount, another command.
    let refusals: Vec<(&str, Result<(), Error>)> = vec![
        ("another date", app::meeting_record(&mut f.store, &f.ctx, &meeting_with("2025-04-13", "tablet-7", "50")).map(|_| ())),
        ("another amount", app::meeting_record(&mut f.store, &f.ctx, &meeting_with("2025-04-06", "tablet-7", "70")).map(|_| ())),
        (
            "a repayment",
            app::loan_repay(&mut f.store, &f.ctx, &app::RepayInput { org: "shg".into(), date: "2025-04-13".into(), member: "1".into(), loan: None, amount: "100".into(), client_id: Some("tablet-7".into()) }).map(|_| ()),
        ),
        (
            "a member",
            app::member_add(&mut f.store, &f.ctx, &app::MemberInput { org: "shg".into(), admission_no: "9".into(), name: "Rina".into(), joined_on: "2025-01-05".into(), client_id: Some("tablet-7".into()), ..Default::default() }).map(|_| ()),
        ),
        (
            "a reversal",
            app::reverse(&mut f.store, &f.ctx, &app::ReverseInput { org: "shg".into(), voucher: first.voucher.clone(), reason: "typed twice".into(), date: None, client_id: Some("tablet-7".into()) }).map(|_| ()),
        ),
    ];
    for (what, r) in refusals {
        match r {
            Err(Error::Store(StoreError::ClientIdReused { client_id })) => assert_eq!(client_id, "tablet-7", "{what}"),
            other => panic!("{what}: expected ClientIdReused, got {other:?}"),
        }
        assert_eq!(dump(&f.path), before, "{what} changed the book");
    }
    let hi = Localizer::new(Locale::new(Lang::Hi)).error(&Error::Store(StoreError::ClientIdReused { client_id: "tablet-7".into() }));
    assert!(hi.contains("tablet-7") && has_script(&hi, '\u{0900}', '\u{097F}'), "{hi}");

    // Ids answered once per content for the commands that answer an id.
    let member = |no: &str, name: &str| app::MemberInput { org: "shg".into(), admission_no: no.into(), name: name.into(), joined_on: "2025-01-05".into(), client_id: Some("m-1".into()), ..Default::default() };
    let id = app::member_add(&mut f.store, &f.ctx, &member("9", "Rina")).unwrap();
    let after = dump(&f.path);
    assert_eq!(app::member_add(&mut f.store, &f.ctx, &member("9", "Rina")).unwrap(), id);
    assert!(matches!(app::member_add(&mut f.store, &f.ctx, &member("10", "Mina")), Err(Error::Store(StoreError::ClientIdReused { .. }))));
    assert_eq!(dump(&f.path), after);
}

#[test]
fn a_command_logged_before_digests_were_kept_still_replays() {
    let mut f = shg();
    let first = app::meeting_record(&mut f.store, &f.ctx, &meeting_with("2025-04-06", "old-1", "50")).unwrap();
    // As a book of the previous version holds it: no digest (the retry log is append-only
    // since migration 0008, so the edit is made as an outside one).
    outside_edit(&f.path, "UPDATE command_log SET digest = NULL WHERE client_id = 'old-1'");
    let before = dump(&f.path);
    let again = app::meeting_record(&mut f.store, &f.ctx, &meeting_with("2025-04-06", "old-1", "50")).unwrap();
    assert!(again.already_recorded);
    assert_eq!(again.voucher, first.voucher);
    // Another command under that id is still refused: the command name is known.
    let r = app::loan_repay(&mut f.store, &f.ctx, &app::RepayInput { org: "shg".into(), date: "2025-04-13".into(), member: "1".into(), loan: None, amount: "100".into(), client_id: Some("old-1".into()) });
    assert!(matches!(r, Err(Error::Store(StoreError::ClientIdReused { .. }))), "{r:?}");
    assert_eq!(dump(&f.path), before);
}

#[test]
fn the_command_line_refuses_a_reused_client_id() {
    let f = shg();
    drop(f.store);
    let repay = |amount: &str, lang: &str| samuh(&f.path, lang, &["--json", "loan", "disburse", "--org", "shg", "--date", "2025-05-04", "--member", "1", "--amount", amount, "--guarantor", "2", "--client-id", "cid-1"]);
    let o = repay("1000", "en");
    assert!(o.status.success(), "{}", text(&o.stderr));
    let before = dump(&f.path);
    let o = repay("1000", "en");
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["already_recorded"], true);
    assert_eq!(refused_code(&repay("2000", "th")), "error-client-id-reused");
    assert_eq!(dump(&f.path), before);
}

/// Restoring on a new computer, where there is no book yet, is not "a command that reads the
/// book": the backup is compared with nothing and restored as the new book.
#[test]
fn a_backup_is_restored_where_there_is_no_book_yet() {
    let dir = tempfile::tempdir().unwrap();
    let (book, _) = closed_book(dir.path(), "book.samuh");
    let backups = dir.path().join("pendrive");
    assert!(samuh(&book, "en", &["backup", "--dir", backups.to_str().unwrap()]).status.success());
    let backup = std::fs::read_dir(&backups).unwrap().next().unwrap().unwrap().path();
    let new = dir.path().join("new-computer.samuh");
    let o = samuh(&new, "hi", &["restore", "--from", backup.to_str().unwrap(), "--to", new.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(samuh(&new, "en", &["check"]).status.success());
    assert_eq!(dump(&new), dump(&book));
}
