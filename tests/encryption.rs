//! Encryption at rest: members' names written into an encrypted book never appear in the raw
//! bytes of the book, its WAL, its backups, its pen-drive copy or the backup's temporary
//! snapshot (UTF-8, UTF-16LE, UTF-16BE); the same run on a plain book finds them (so the search
//! can fail). Also: a wrong passphrase or recovery code is refused with a localized message in
//! all four locales and leaves the files byte for byte as they were; the recovery code opens
//! the book and sets a new passphrase; changing the passphrase rewraps without re-encrypting;
//! a plain book is encrypted into a new file; backups restore and verify.
//!
//! Key derivation runs at the production cost, so each test opens the book only a few times.

mod common;
use samuh::store::error::StoreError;
use chrono::NaiveDateTime;
use common::ctx;
use samuh::app;
use samuh::i18n::{Lang, Locale, Localizer};
use samuh::store::{envelope_path, Store, Unlock};
use samuh::Error;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

const PASS: &str = "mango tree by the well";

/// Unique names in four scripts; none occurs anywhere else in the program or the fixtures.
const NAMES: [&str; 4] = ["Quorvelline Zhabrastova", "सुरभिलक्ष्मीवती", "মৌসুমীরঞ্জনাবতী", "ประภาพรรณวดีศรี"];

fn at(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap()
}

/// A group with the four members, by-laws, opening balances and three meetings.
fn fill(store: &mut Store) {
    let c = ctx("2025-09-30");
    samuh::testkit::shg(store, &c, &NAMES, "1000").unwrap();
    for (i, day) in ["2025-04-06", "2025-04-13", "2025-04-20"].iter().enumerate() {
        let mut m = common::meeting(day, (1..=4).map(|n| common::row(&n.to_string(), "present", "50")).collect());
        if i == 1 {
            m.loans.push(app::LoanInput { member: "2".into(), amount: "900".into(), guarantors: vec!["3".into()], ..Default::default() });
        }
        app::meeting_record(store, &c, &m).unwrap();
    }
}

/// Backups, a pen-drive copy, the backup's temporary snapshot (the file `backup_now` writes
/// before its rename, kept here so its bytes can be searched), and the exports (whose outputs,
/// plain on purpose, go to a folder that is not searched).
fn backups_and_exports(store: &mut Store, dir: &Path) -> Vec<PathBuf> {
    let b1 = app::backup_now(store, &dir.join("backups"), 5, at("2025-04-20 18:00:00")).unwrap();
    let b2 = app::backup_now(store, &dir.join("backups"), 5, at("2025-04-20 19:00:00")).unwrap();
    let pen = app::copy_to(store, &dir.join("pendrive"), at("2025-04-20 19:30:00")).unwrap();
    let snap = dir.join("backups").join(".book-snapshot.samuh.tmp");
    store.snapshot_to(&snap).unwrap();
    let out = dir.join("exports");
    std::fs::create_dir_all(&out).unwrap();
    let c = ctx("2025-09-30");
    let journal = app::export_journal(store, None, app::JournalFormat::Ledger).unwrap();
    std::fs::write(out.join("book.ledger"), &journal).unwrap();
    let params = app::AuditParams { org: "shg".into(), from: None, to: None, locale: Locale::new(Lang::Hi), prepared_by: "Treasurer".into() };
    app::audit_export(store, &c, &params).unwrap();
    let p = app::PassbookPrint {
        org: "shg".into(),
        member: Some("2".into()),
        locale: Locale::new(Lang::Hi),
        page: samuh::render::PageSize::A4,
        mode: app::PassbookMode::All,
    };
    if let Ok(pdf) = app::passbook_pdf(store, &c, &p) {
        std::fs::write(out.join("passbook.pdf"), pdf).unwrap();
    }
    vec![PathBuf::from(b1.path), PathBuf::from(b2.path), PathBuf::from(pen.path), snap]
}

/// Every file under `dir` except the exports folder.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            if p.file_name().unwrap() != "exports" {
                out.extend(files_under(&p));
            }
        } else {
            out.push(p);
        }
    }
    out
}

fn encodings(name: &str) -> Vec<(&'static str, Vec<u8>)> {
    let le: Vec<u8> = name.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    let be: Vec<u8> = name.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
    vec![("utf-8", name.as_bytes().to_vec()), ("utf-16le", le), ("utf-16be", be)]
}

/// (file, name, encoding) of every occurrence of a member's name in the files.
fn hits(files: &[PathBuf]) -> Vec<(String, &'static str, &'static str)> {
    let mut out = Vec::new();
    for f in files {
        let bytes = std::fs::read(f).unwrap();
        for name in NAMES {
            for (enc, needle) in encodings(name) {
                if bytes.windows(needle.len()).any(|w| w == needle.as_slice()) {
                    out.push((f.display().to_string(), name, enc));
                }
            }
        }
    }
    out
}

fn sha(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn names_never_reach_the_disk_of_an_encrypted_book_and_do_reach_it_in_a_plain_one() {
    for encrypted in [true, false] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("book.samuh");
        let mut store = if encrypted {
            let (s, info) = app::book_create_encrypted(&path, PASS).unwrap();
            assert_eq!(info.recovery_code.len(), 35);
            assert!(envelope_path(&path).is_file());
            s
        } else {
            Store::open_or_create(&path).unwrap()
        };
        fill(&mut store);
        let copies = backups_and_exports(&mut store, dir.path());
        // While the book is open its WAL holds the latest pages.
        let wal = dir.path().join("book.samuh-wal");
        assert!(wal.is_file() && std::fs::metadata(&wal).unwrap().len() > 0, "the WAL is searched while it holds data");
        let open_files = files_under(dir.path());
        for c in &copies {
            assert!(open_files.contains(c), "{} is searched", c.display());
        }
        let found_open = hits(&open_files);
        let check = app::check_book(&store, None).unwrap();
        assert!(check.ok(), "{:?}", check.findings);
        drop(store);
        let found_closed = hits(&files_under(dir.path()));
        if encrypted {
            assert!(found_open.is_empty(), "names found in the raw bytes: {found_open:?}");
            assert!(found_closed.is_empty(), "names found in the raw bytes: {found_closed:?}");
            // Every copy is encrypted and carries the envelope, so it opens on its own.
            for c in &copies[..3] {
                assert!(samuh::store::is_encrypted(c), "{}", c.display());
                assert!(envelope_path(c).is_file(), "{} has its key file", c.display());
            }
        } else {
            // The negative control: the same search finds every name in the plain files.
            for name in NAMES {
                assert!(found_open.iter().any(|(_, n, _)| *n == name), "{name} not found in the plain book: {found_open:?}");
                for c in &copies {
                    let c = c.display().to_string();
                    assert!(found_open.iter().any(|(f, n, _)| *n == name && *f == c), "{name} not found in {c}");
                }
            }
        }
    }
}

#[test]
fn wrong_secrets_are_refused_in_every_locale_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.samuh");
    let (mut store, info) = app::book_create_encrypted(&path, PASS).unwrap();
    fill(&mut store);
    drop(store);
    let env = envelope_path(&path);
    let before = (sha(&path), sha(&env));

    let wrong = app::book_open(&path, Unlock::Passphrase("mango tree by the wall")).err().unwrap();
    assert!(matches!(wrong, Error::Store(StoreError::WrongPassphrase { .. })), "{wrong:?}");
    // A code of the right shape that is not this book's.
    let other_dir = tempfile::tempdir().unwrap();
    let (_o, other) = app::book_create_encrypted(&other_dir.path().join("other.samuh"), PASS).unwrap();
    let wrong_code = app::book_open(&path, Unlock::RecoveryCode(&other.recovery_code)).err().unwrap();
    assert!(matches!(wrong_code, Error::Store(StoreError::WrongRecoveryCode { .. })), "{wrong_code:?}");
    // A mistyped code is caught by its check symbol, before any key derivation.
    let mut typo = info.recovery_code.clone().into_bytes();
    typo[2] = if typo[2] == b'7' { b'8' } else { b'7' };
    let mistyped = app::book_open(&path, Unlock::RecoveryCode(std::str::from_utf8(&typo).unwrap())).err().unwrap();
    assert!(matches!(mistyped, Error::Store(StoreError::RecoveryCodeMistyped)), "{mistyped:?}");
    // Opened as a plain book (no passphrase): it says it is encrypted.
    let none: Error = Store::open(&path).err().unwrap().into();
    assert!(matches!(none, Error::Store(StoreError::BookEncrypted { .. })), "{none:?}");
    assert!(matches!(Store::open_read_only(&path).err().unwrap(), StoreError::BookEncrypted { .. }));

    // Localized, saying what to do, never SQLite's words.
    for e in [&wrong, &wrong_code, &mistyped, &none] {
        let mut seen = Vec::new();
        for (lang, script) in [(Lang::En, 'a'..='z'), (Lang::Hi, '\u{0900}'..='\u{097F}'), (Lang::Bn, '\u{0980}'..='\u{09FF}'), (Lang::Th, '\u{0E00}'..='\u{0E7F}')] {
            let m = Localizer::new(Locale::new(lang)).error(e);
            assert!(m.chars().any(|c| script.contains(&c)), "{lang:?}: {m}");
            assert!(!m.contains("not a database") && !m.contains("error-"), "{lang:?}: {m}");
            if !matches!(e, Error::Store(StoreError::RecoveryCodeMistyped)) {
                assert!(m.contains("book.samuh"), "{lang:?}: {m}");
            }
            seen.push(m);
        }
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), 4, "four different messages");
    }
    assert_eq!((sha(&path), sha(&env)), before, "a refused open changes neither the book nor its key file");

    // Without its key file the book says which file is missing.
    std::fs::rename(&env, dir.path().join("elsewhere.key")).unwrap();
    assert!(matches!(app::book_open(&path, Unlock::Passphrase(PASS)).err().unwrap(), Error::Store(StoreError::KeyFileMissing { .. })));
    std::fs::rename(dir.path().join("elsewhere.key"), &env).unwrap();
    assert_eq!((sha(&path), sha(&env)), before);
}

#[test]
fn the_recovery_code_replaces_a_lost_passphrase_and_backups_restore() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.samuh");
    let (mut store, info) = app::book_create_encrypted(&path, PASS).unwrap();
    fill(&mut store);
    let backup = app::backup_now(&store, &dir.path().join("backups"), 3, at("2025-04-20 18:00:00")).unwrap();
    let summary = app::book_summary(&store).unwrap();
    drop(store);

    // The passphrase is lost: the code (typed loosely) opens the book and sets a new one.
    let typed = info.recovery_code.to_lowercase().replace('-', " ");
    let s = app::book_open(&path, Unlock::RecoveryCode(&typed)).unwrap();
    assert!(matches!(app::passphrase_change(&s, "short"), Err(Error::Store(StoreError::PassphraseTooShort { min: 8 }))));
    let book_hash = sha(&path);
    app::passphrase_change(&s, "जामुन का पेड़ 2025").unwrap();
    assert_eq!(sha(&path), book_hash, "changing the passphrase does not touch the book's data");
    drop(s);
    // Rewrapped, not re-encrypted: the key is the same, so the old backup opens with the new
    // passphrase's book and restores.
    assert!(matches!(app::book_open(&path, Unlock::Passphrase(PASS)).err().unwrap(), Error::Store(StoreError::WrongPassphrase { .. })));
    let s = app::book_open(&path, Unlock::Passphrase("जामुन का पेड़ 2025")).unwrap();
    assert_eq!(app::book_summary(&s).unwrap(), summary);
    let check = app::check_book(&s, None).unwrap();
    assert!(check.ok(), "{:?}", check.findings);
    assert_eq!(s.integrity_check().unwrap(), vec!["ok".to_string()]);

    let diff = app::restore_preview(&s, Path::new(&backup.path)).unwrap();
    assert!(diff.same && diff.backup_check.ok());
    let target = dir.path().join("restored.samuh");
    let restored = app::restore_apply_from(&s, Path::new(&backup.path), &target).unwrap();
    assert_eq!(restored.summary, summary);
    assert!(samuh::store::is_encrypted(&target) && envelope_path(&target).is_file());
    // The plain-only restore refuses an encrypted backup with the encryption message.
    assert!(matches!(app::restore_apply(Path::new(&backup.path), &dir.path().join("r2.samuh")).err().unwrap(), Error::Store(StoreError::BookEncrypted { .. })));
    drop(s);
    // The restored book has the book's current envelope: the new passphrase opens it.
    let r = app::book_open(&target, Unlock::Passphrase("जामुन का पेड़ 2025")).unwrap();
    let check = app::check_book(&r, None).unwrap();
    assert!(check.ok(), "{:?}", check.findings);
    assert_eq!(app::book_summary(&r).unwrap(), summary);
}

#[test]
fn a_plain_book_is_encrypted_into_a_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.samuh");
    let mut store = Store::open_or_create(&path).unwrap();
    fill(&mut store);
    let summary = app::book_summary(&store).unwrap();
    drop(store);
    assert!(!hits(&[path.clone()]).is_empty());
    assert!(matches!(app::book_encrypt(&path, "short"), Err(Error::Store(StoreError::PassphraseTooShort { .. }))));
    let (s, info) = app::book_encrypt(&path, PASS).unwrap();
    assert_eq!(info.envelope, envelope_path(&path).display().to_string());
    assert!(s.is_encrypted());
    assert_eq!(app::book_summary(&s).unwrap(), summary);
    let check = app::check_book(&s, None).unwrap();
    assert!(check.ok(), "{:?}", check.findings);
    drop(s);
    let left = files_under(dir.path());
    assert!(left.iter().all(|f| !f.display().to_string().contains("encrypting")), "{left:?}");
    assert_eq!(hits(&left), vec![]);
    assert!(matches!(app::book_encrypt(&path, PASS).err().unwrap(), Error::Store(StoreError::BookEncrypted { .. })));
    let s = app::book_open(&path, Unlock::RecoveryCode(&info.recovery_code)).unwrap();
    assert_eq!(app::book_summary(&s).unwrap(), summary);
}

/// The command line: `init --encrypt`, the passphrase from a named environment variable (never
/// on the command line), a localized refusal for a wrong one and for none, `recover --code`,
/// `passphrase change`, and a backup that restores.
#[test]
fn the_command_line_encrypts_recovers_and_changes_the_passphrase() {
    use std::process::Command;
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("cli.samuh");
    let run = |lang: &str, envs: &[(&str, &str)], args: &[&str]| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_samuh"));
        c.args(["--db", book.to_str().unwrap(), "--lang", lang, "--today", "2025-09-30"]).args(args);
        for (k, v) in envs {
            c.env(k, v);
        }
        c.output().unwrap()
    };
    let out = run("en", &[("BOOK_PASS", PASS)], &["--passphrase-env", "BOOK_PASS", "--json", "init", "--encrypt"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let code = json["recovery_code"].as_str().unwrap().to_string();
    assert_eq!(code.split('-').count(), 6);
    let pass = [("BOOK_PASS", PASS)];
    let add = run("bn", &pass, &["--passphrase-env", "BOOK_PASS", "org", "add", "--code", "shg", "--name", "Ekta", "--kind", "shg", "--country", "bd", "--frequency", "weekly", "--formed-on", "2025-01-05", "--place", "Rangpur"]);
    assert!(add.status.success(), "{}", String::from_utf8_lossy(&add.stderr));
    let m = run("bn", &pass, &["--passphrase-env", "BOOK_PASS", "member", "add", "--org", "shg", "--no", "1", "--name", NAMES[2], "--joined-on", "2025-01-05"]);
    assert!(m.status.success(), "{}", String::from_utf8_lossy(&m.stderr));
    assert!(hits(&files_under(dir.path())).is_empty());

    // No passphrase (no terminal to ask on) and a wrong one: exit 1, localized, nothing changed.
    let before = sha(&book);
    let none = run("th", &[], &["org", "list"]);
    assert_eq!(none.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&none.stderr).contains("ถูกเข้ารหัสไว้"), "{}", String::from_utf8_lossy(&none.stderr));
    let wrong = run("hi", &[("BOOK_PASS", "not the passphrase")], &["--passphrase-env", "BOOK_PASS", "org", "list"]);
    assert_eq!(wrong.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("पासफ़्रेज़"), "{}", String::from_utf8_lossy(&wrong.stderr));
    assert_eq!(sha(&book), before);

    // Lost passphrase: the recovery code sets a new one.
    let rec = run("en", &[("NEW_PASS", "a brand new passphrase")], &["recover", "--code", &code, "--new-passphrase-env", "NEW_PASS"]);
    assert!(rec.status.success(), "{}", String::from_utf8_lossy(&rec.stderr));
    let old = run("en", &pass, &["--passphrase-env", "BOOK_PASS", "org", "list"]);
    assert_eq!(old.status.code(), Some(1));
    let newp = [("BOOK_PASS", "a brand new passphrase"), ("NEW_PASS", "yet another passphrase")];
    let ch = run("en", &newp, &["--passphrase-env", "BOOK_PASS", "passphrase", "change", "--new-passphrase-env", "NEW_PASS"]);
    assert!(ch.status.success(), "{}", String::from_utf8_lossy(&ch.stderr));
    let last = [("BOOK_PASS", "yet another passphrase")];
    let bk = run("en", &last, &["--passphrase-env", "BOOK_PASS", "backup", "--dir", dir.path().join("bk").to_str().unwrap()]);
    assert!(bk.status.success(), "{}", String::from_utf8_lossy(&bk.stderr));
    let backup = std::fs::read_dir(dir.path().join("bk")).unwrap().map(|e| e.unwrap().path()).find(|p| p.extension().unwrap() == "samuh").unwrap();
    let to = dir.path().join("restored.samuh");
    let rs = run("en", &last, &["--passphrase-env", "BOOK_PASS", "restore", "--from", backup.to_str().unwrap(), "--to", to.to_str().unwrap()]);
    assert!(rs.status.success(), "{}", String::from_utf8_lossy(&rs.stderr));
    assert!(samuh::store::is_encrypted(&to));
    assert!(hits(&files_under(dir.path())).is_empty());
}

#[test]
fn a_damaged_key_file_is_said_to_be_damaged_not_a_wrong_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.samuh");
    let (store, info) = app::book_create_encrypted(&path, PASS).unwrap();
    drop(store);
    let key = PathBuf::from(format!("{}.key", path.display()));
    let good = std::fs::read_to_string(&key).unwrap();
    let hindi = |e: &Error| Localizer::new(Locale::new(Lang::Hi)).error(e);
    let open = || app::book_open(&path, Unlock::Passphrase(PASS));

    // One hexadecimal digit of the wrapped key changed: the right passphrase, a damaged file.
    let v: serde_json::Value = serde_json::from_str(&good).unwrap();
    let wrapped = v["passphrase"]["wrapped"].as_str().unwrap().to_string();
    let flipped = format!("{}{}", if wrapped.starts_with('0') { '1' } else { '0' }, &wrapped[1..]);
    std::fs::write(&key, good.replacen(&wrapped, &flipped, 1)).unwrap();
    let e = open().err().unwrap();
    assert!(matches!(e, Error::Store(StoreError::KeyFileDamaged { .. })), "{e:?}");
    assert!(hindi(&e).starts_with("चाबी फ़ाइल") && hindi(&e).contains("ख़राब"), "{}", hindi(&e));
    // The recovery code is in the same file: it says the same, not "wrong code".
    assert!(matches!(app::book_open(&path, Unlock::RecoveryCode(&info.recovery_code)).err().unwrap(), Error::Store(StoreError::KeyFileDamaged { .. })));

    // Cut short, or not JSON at all: damaged, in the reader's words (no parser text).
    for broken in [&good[..good.len() / 2], "not a key file", ""] {
        std::fs::write(&key, broken).unwrap();
        let e = open().err().unwrap();
        assert!(matches!(e, Error::Store(StoreError::KeyFileDamaged { .. })), "{broken:?}: {e:?}");
        assert!(!hindi(&e).contains("EOF") && !hindi(&e).contains("expected"), "{}", hindi(&e));
    }

    // A key file written before the check existed (no "check") still opens; a wrong passphrase
    // on an undamaged file is still a wrong passphrase.
    let mut old: serde_json::Value = serde_json::from_str(&good).unwrap();
    old.as_object_mut().unwrap().remove("check").expect("new key files carry a check");
    std::fs::write(&key, serde_json::to_string_pretty(&old).unwrap()).unwrap();
    assert!(open().is_ok());
    std::fs::write(&key, &good).unwrap();
    assert!(matches!(app::book_open(&path, Unlock::Passphrase("mango tree by the wall")).err().unwrap(), Error::Store(StoreError::WrongPassphrase { .. })));
    assert!(open().is_ok());
}
