//! Power loss and I/O errors, simulated in-process with a fault-injecting SQLite VFS
//! (`common/faultvfs.rs`) under the real store and app code.
//!
//! * Power loss at every I/O step of a small workload, with unsynced writes dropped, reordered
//!   or torn: every crash image opens as a healthy, balanced book holding every save that was
//!   acknowledged before the crash, and no meeting is half-present. The same workload with
//!   `synchronous=NORMAL` must be caught losing an acknowledged save (the harness can fail).
//! * An I/O error (or a full disk) at the Nth operation, once or from then on, for every N, while
//!   saving a meeting, backing up and restoring: each failure is an `Error` with a message in all
//!   four languages, never a panic or a false "saved"; afterwards the book is intact and balanced,
//!   and retrying a save with the same client id has exactly one effect.

mod common;
#[path = "common/faultvfs.rs"]
mod faultvfs;

use samuh::store::error::StoreError;
use common::*;
use faultvfs::{FaultKind, Loss, Rng, VFS_NAME};
use samuh::app;
use samuh::error::Error;
use samuh::i18n::{Lang, Locale, Localizer};
use samuh::store::Store;
use samuh::testkit;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const BOOK: &str = "book.samuh";

/// A temporary folder on tmpfs when there is one: the backup code's own fsyncs (outside the VFS)
/// then cost nothing. Durability is modelled by the VFS, not by the real disk.
fn fast_tmp() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    if shm.is_dir() {
        if let Ok(t) = tempfile::tempdir_in(shm) {
            return t;
        }
    }
    tempfile::tempdir().unwrap()
}

/// A save the workload saw acknowledged, and the I/O step count when it was.
#[derive(Debug, Clone)]
enum Ack {
    Org,
    Members(usize),
    Opening,
    Meeting(String),
}

fn meeting_input(i: usize, members: usize) -> app::MeetingInput {
    let date = d("2025-04-06") + chrono::Duration::days(7 * i as i64);
    let mut m = meeting(&date.to_string(), (1..=members).map(|n| row(&n.to_string(), "present", "50")).collect());
    m.client_id = Some(format!("meeting-{i}"));
    m.minutes = app::MinutesInput { agenda: vec!["बचत".into()], resolutions: vec!["ठीक".into()], ..Default::default() };
    m
}

const MEMBERS: usize = 3;
const MEETINGS: usize = 4;

/// The workload: a new book, an organisation, members, by-laws, opening balances and meetings,
/// closed and reopened half-way (so a checkpoint, the WAL's removal and a recovery are in it).
/// `open` opens the book; every acknowledged save is pushed with the step count at that moment.
fn workload(path: &Path, open: &dyn Fn(&Path) -> Store, steps: &dyn Fn() -> u64, acks: &mut Vec<(u64, Ack)>) {
    let ctx = ctx("2025-09-30");
    let mut store = open(path);
    testkit::org(&mut store, &ctx).unwrap();
    acks.push((steps(), Ack::Org));
    let names = ["सुनीता देवी", "রুবি খাতুন", "สมศรี ใจดี"];
    for i in 1..=MEMBERS {
        testkit::member(&mut store, &ctx, i, names[(i - 1) % 3]).unwrap();
        acks.push((steps(), Ack::Members(i)));
    }
    testkit::bylaws(&mut store, &ctx).unwrap();
    testkit::opening(&mut store, &ctx, MEMBERS, "2000").unwrap();
    acks.push((steps(), Ack::Opening));
    for i in 0..MEETINGS {
        if i == MEETINGS / 2 {
            drop(store);
            store = open(path);
        }
        let saved = app::meeting_record(&mut store, &ctx, &meeting_input(i, MEMBERS)).unwrap();
        assert!(!saved.already_recorded);
        acks.push((steps(), Ack::Meeting(format!("meeting-{i}"))));
    }
    drop(store);
}

/// The shape every meeting of the workload has when whole: (voucher lines, attendance, minutes).
fn meeting_shape(path: &Path) -> (usize, usize, usize) {
    let store = Store::open(path).unwrap();
    let b = store.read();
    let m = &b.meetings(1).unwrap()[0];
    let v = b.meeting_voucher(m.id).unwrap().unwrap();
    (v.lines.len(), b.attendance(m.id).unwrap().len(), b.minutes(m.id).unwrap().len())
}

/// Checks a crash image; `Err` says what is wrong. `lost` is set when the only problem is an
/// acknowledged save missing.
fn check_image(dir: &Path, acked: &[&Ack], shape: (usize, usize, usize)) -> Result<(), (bool, String)> {
    let bad = |s: String| Err((false, s));
    let store = match Store::open(&dir.join(BOOK)) {
        Ok(s) => s,
        // A cut before the new book's first page reached the disk leaves no book, or an empty
        // file: refused as such (never silently made a new book), and fine while nothing was
        // acknowledged.
        Err(StoreError::BookMissing { .. } | StoreError::BookEmpty { .. }) if acked.is_empty() => return Ok(()),
        Err(e) => return bad(format!("does not open: {e:?}")),
    };
    let ic = store.integrity_check().map_err(|e| (false, format!("{e:?}")))?;
    if ic != ["ok"] {
        return bad(format!("integrity_check: {ic:?}"));
    }
    let report = app::check_book(&store, None).map_err(|e| (false, format!("{e:?}")))?;
    if !report.ok() {
        return bad(format!("check_book: {:?}", report.findings));
    }
    let b = store.read();
    for (org, sum) in b.trial_balance_sums().map_err(|e| (false, format!("{e:?}")))? {
        if sum != 0 {
            return bad(format!("trial balance of org {org} off by {sum}"));
        }
    }
    let orgs = b.orgs().unwrap();
    if let Some(o) = orgs.first() {
        for m in b.meetings(o.id).unwrap() {
            let v = b.meeting_voucher(m.id).unwrap();
            let got = (v.map(|v| v.lines.len()).unwrap_or(0), b.attendance(m.id).unwrap().len(), b.minutes(m.id).unwrap().len());
            if got != shape {
                return bad(format!("meeting {} half-present: {got:?}, whole is {shape:?}", m.number));
            }
        }
    }
    drop(b);
    drop(store);
    let c = rusqlite::Connection::open(dir.join(BOOK)).unwrap();
    let count = |sql: &str, p: &str| -> i64 { c.query_row(sql, [p], |r| r.get(0)).unwrap() };
    for a in acked {
        let present = match a {
            Ack::Org => count("SELECT count(*) FROM organisation WHERE code = ?1", "shg") == 1,
            Ack::Members(n) => count("SELECT count(*) FROM member WHERE ?1 <> ''", "x") >= *n as i64,
            Ack::Opening => count("SELECT count(*) FROM book WHERE key LIKE ?1", "opening:%") == 1,
            Ack::Meeting(cid) => count("SELECT count(*) FROM meeting WHERE client_id = ?1", cid) == 1,
        };
        if !present {
            return Err((true, format!("acknowledged save {a:?} lost")));
        }
    }
    Ok(())
}

fn write_image(dir: &Path, files: &[(String, Option<Vec<u8>>)]) {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).unwrap();
    for (name, content) in files {
        if let Some(c) = content {
            std::fs::write(dir.join(name), c).unwrap();
        }
    }
}

struct Sweep {
    images: usize,
    steps: u64,
    failures: Vec<String>,
    lost: usize,
}

/// Runs the workload under the VFS, recording, then checks the power-loss image at every step
/// for every mode (drop once; reorder and tear with each seed).
fn power_loss_sweep(normal: bool, seeds: &[u64]) -> Sweep {
    let tmp = fast_tmp();
    let live = tmp.path().join("live");
    std::fs::create_dir_all(&live).unwrap();
    let scope = faultvfs::scope(&live);
    scope.record();
    let path = live.join(BOOK);
    let open = |p: &Path| {
        if normal {
            Store::open_with_vfs_unsafe_synchronous_normal(p, VFS_NAME).unwrap()
        } else {
            Store::open_with_vfs(p, VFS_NAME).unwrap()
        }
    };
    let mut acks = Vec::new();
    workload(&path, &open, &|| scope.steps(), &mut acks);
    let steps = scope.steps();
    let shape = meeting_shape(&path);
    assert_eq!(shape.1, MEMBERS);
    let mut out = Sweep { images: 0, steps, failures: Vec::new(), lost: 0 };
    // The images live in a scope that records nothing, so their fsyncs are skipped too.
    let images = tmp.path().join("images");
    std::fs::create_dir_all(&images).unwrap();
    let _images_scope = faultvfs::scope(&images);
    let img = images.join("image");
    let mut modes = vec![(Loss::Drop, 0u64)];
    for &s in seeds {
        modes.push((Loss::Reorder, s));
        modes.push((Loss::Tear, s));
    }
    for (mode, seed) in modes {
        let mut rng = Rng(seed);
        for k in 0..=steps {
            let files = scope.power_loss_image(k, mode, &mut rng);
            write_image(&img, &files);
            let acked: Vec<&Ack> = acks.iter().filter(|(s, _)| *s <= k).map(|(_, a)| a).collect();
            out.images += 1;
            if let Err((lost, why)) = check_image(&img, &acked, shape) {
                if lost {
                    out.lost += 1;
                }
                out.failures.push(format!("{mode:?} seed {seed} step {k}/{steps}: {why}"));
            }
        }
    }
    out
}

#[test]
fn power_loss_at_every_step_loses_no_acknowledged_save() {
    let s = power_loss_sweep(false, &[1, 0x5A4D_5548]);
    eprintln!("{} steps, {} crash images checked", s.steps, s.images);
    assert!(s.steps > 50, "the workload did too little I/O to prove anything ({} steps)", s.steps);
    assert!(s.failures.is_empty(), "{} of {} crash images are bad:\n{}", s.failures.len(), s.images, s.failures.join("\n"));
}

#[test]
fn the_harness_catches_synchronous_normal_losing_a_save() {
    let s = power_loss_sweep(true, &[]);
    eprintln!("synchronous=NORMAL: {} of {} crash images lost an acknowledged save", s.lost, s.images);
    assert!(s.lost > 0, "synchronous=NORMAL lost nothing: the harness cannot see a lost save");
    // NORMAL may lose saves but must never corrupt the book.
    assert_eq!(s.lost, s.failures.len(), "{}", s.failures.join("\n"));
}

// ---- I/O errors ----

/// Every failure reaches the user in words in all four languages (not an id, not English
/// under another language), and is not the generic database error.
fn localized(e: &Error, seen: &mut BTreeSet<&'static str>) {
    let en = Localizer::new(Locale::new(Lang::En)).error(e);
    for &lang in Lang::ALL {
        let text = Localizer::new(Locale::new(lang)).error(e);
        assert!(!text.trim().is_empty() && !text.starts_with("error-"), "{lang:?} has no message for {e:?}");
        assert!(lang == Lang::En || text != en, "{lang:?} shows the English message for {e:?}");
    }
    assert!(!matches!(e, Error::Store(StoreError::Database { .. })), "an I/O failure reached the user as the generic database error: {e:?}");
    seen.insert(e.code());
}

/// The book is healthy: integrity, every check, trial balance.
fn intact(path: &Path) -> Store {
    let store = Store::open(path).unwrap_or_else(|e| panic!("the book does not reopen: {e:?}"));
    assert_eq!(store.integrity_check().unwrap(), ["ok"]);
    let report = app::check_book(&store, None).unwrap();
    assert!(report.ok(), "{:?}", report.findings);
    assert!(store.read().trial_balance_sums().unwrap().iter().all(|(_, s)| *s == 0), "trial balance off");
    store
}

fn meetings_with(path: &Path, cid: &str) -> (i64, i64) {
    let c = rusqlite::Connection::open(path).unwrap();
    let one: i64 = c.query_row("SELECT count(*) FROM meeting WHERE client_id = ?1", [cid], |r| r.get(0)).unwrap();
    let all: i64 = c.query_row("SELECT count(*) FROM meeting", [], |r| r.get(0)).unwrap();
    (one, all)
}

/// A closed fixture book (six members, by-laws, opening balances) to copy for each run.
fn base_book() -> (tempfile::TempDir, PathBuf) {
    let f = shg();
    let path = f.path.clone();
    drop(f.store);
    (f.dir, path)
}

fn fresh_copy(base: &Path, dir: &Path) -> PathBuf {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).unwrap();
    let p = dir.join(BOOK);
    std::fs::copy(base, &p).unwrap();
    p
}

const FAULTS: [(bool, FaultKind); 3] = [(false, FaultKind::Io), (true, FaultKind::Io), (true, FaultKind::DiskFull)];

/// Runs `f` with a fault at every operation count it performs, for each kind of fault.
fn sweep(name: &str, mut run: impl FnMut(&Path, &faultvfs::Scope, Option<(u64, bool, FaultKind)>) -> bool) {
    let tmp = fast_tmp();
    let root = tmp.path().join("io");
    std::fs::create_dir_all(&root).unwrap();
    let scope = faultvfs::scope(&root);
    // `run` answers whether the fault fired; a run with no fault tells how many operations there are.
    assert!(!run(&root, &scope, None));
    let mut runs = 0;
    for (persistent, kind) in FAULTS {
        let mut n = 1;
        while run(&root, &scope, Some((n, persistent, kind))) {
            n += 1;
            runs += 1;
        }
        assert!(n > 3, "{name}: only {} operations under {kind:?}", n - 1);
    }
    eprintln!("{name}: {runs} faulted runs");
}

#[test]
fn io_errors_while_saving_a_meeting() {
    let (_base_dir, base) = base_book();
    let ctx = ctx("2025-09-30");
    let input = || {
        let mut m = meeting_input(0, 6);
        m.client_id = Some("save-1".into());
        m
    };
    let mut seen = BTreeSet::new();
    sweep("meeting_record", |root, scope, fault| {
        let path = fresh_copy(&base, &root.join("run"));
        let mut store = Store::open_with_vfs(&path, VFS_NAME).unwrap();
        if let Some((n, p, k)) = fault {
            scope.arm(n, p, k);
        } else {
            scope.arm(u64::MAX, false, FaultKind::Io);
        }
        let r = app::meeting_record(&mut store, &ctx, &input());
        let (_, fired) = scope.disarm();
        drop(store);
        match &r {
            Ok(saved) => assert!(!saved.already_recorded),
            Err(e) => localized(e, &mut seen),
        }
        let (present, _) = meetings_with(&path, "save-1");
        intact(&path);
        match &r {
            Ok(_) => assert_eq!(present, 1, "acknowledged save missing after fault {fault:?}"),
            Err(Error::Store(StoreError::DiskFull)) => assert_eq!(present, 0, "disk full said nothing was saved, but it was ({fault:?})"),
            Err(_) => {}
        }
        // Retrying with the same client id has exactly one effect.
        let mut store = Store::open(&path).unwrap();
        let again = app::meeting_record(&mut store, &ctx, &input()).unwrap();
        assert_eq!(again.already_recorded, present == 1, "{fault:?} {r:?}");
        drop(store);
        assert_eq!(meetings_with(&path, "save-1"), (1, 1), "{fault:?}");
        intact(&path);
        assert!(fault.is_some() || r.is_ok(), "the save fails with no fault: {r:?}");
        fired > 0
    });
    eprintln!("errors seen: {seen:?}");
}

#[test]
fn io_errors_while_backing_up() {
    let (_base_dir, base) = base_book();
    let now = chrono::NaiveDateTime::parse_from_str("2025-09-30 18:00:00", "%Y-%m-%d %H:%M:%S").unwrap();
    let mut seen = BTreeSet::new();
    sweep("backup_now", |root, scope, fault| {
        let path = fresh_copy(&base, &root.join("run"));
        let backups = root.join("run").join("backups");
        let store = Store::open_with_vfs(&path, VFS_NAME).unwrap();
        let want = app::book_summary(&store).unwrap();
        match fault {
            Some((n, p, k)) => scope.arm(n, p, k),
            None => scope.arm(u64::MAX, false, FaultKind::Io),
        }
        let r = app::backup_now(&store, &backups, 3, now);
        let (_, fired) = scope.disarm();
        let listed = app::list_backups(&store, &backups).unwrap();
        match &r {
            Ok(info) => {
                assert_eq!(listed.len(), 1);
                let diff = app::restore_preview(&store, Path::new(&info.path)).unwrap();
                assert!(diff.same && diff.backup == want, "{fault:?}: the backup differs from the book");
            }
            Err(e) => {
                localized(e, &mut seen);
                // A failed backup leaves no file that looks like a backup, and no temporary file.
                let left: Vec<_> = std::fs::read_dir(&backups).map(|d| d.flatten().map(|e| e.file_name()).collect()).unwrap_or_default();
                assert!(left.is_empty(), "{fault:?}: a failed backup left {left:?}");
            }
        }
        drop(store);
        let store = intact(&path);
        assert_eq!(app::book_summary(&store).unwrap(), want);
        assert!(fault.is_some() || r.is_ok(), "the backup fails with no fault: {r:?}");
        fired > 0
    });
    eprintln!("errors seen: {seen:?}");
}

#[test]
fn io_errors_while_restoring() {
    let (_base_dir, base) = base_book();
    let now = chrono::NaiveDateTime::parse_from_str("2025-09-30 18:00:00", "%Y-%m-%d %H:%M:%S").unwrap();
    let mut seen = BTreeSet::new();
    sweep("restore_preview + restore_apply", |root, scope, fault| {
        let run = root.join("run");
        let path = fresh_copy(&base, &run);
        let store = Store::open(&path).unwrap();
        let want = app::book_summary(&store).unwrap();
        let backup = PathBuf::from(app::backup_now(&store, &run.join("backups"), 3, now).unwrap().path);
        let target = run.join("restored.samuh");
        match fault {
            Some((n, p, k)) => scope.arm(n, p, k),
            None => scope.arm(u64::MAX, false, FaultKind::Io),
        }
        let preview = app::restore_preview(&store, &backup);
        let applied = app::restore_apply(&backup, &target);
        let (_, fired) = scope.disarm();
        match &preview {
            Ok(diff) => assert!(diff.same && diff.backup == want, "{fault:?}: preview shows the wrong backup"),
            Err(e) => localized(e, &mut seen),
        }
        match &applied {
            Ok(info) => {
                assert_eq!(info.summary, want, "{fault:?}: restored book differs");
                let restored = intact(&target);
                assert_eq!(app::book_summary(&restored).unwrap(), want);
            }
            Err(e) => {
                localized(e, &mut seen);
                // Nothing half-restored is left behind: the user can simply try again.
                assert!(!target.exists(), "{fault:?}: a failed restore left {} ({e:?})", target.display());
                let info = app::restore_apply(&backup, &target).unwrap_or_else(|e| panic!("retry after {fault:?}: {e:?}"));
                assert_eq!(info.summary, want);
            }
        }
        drop(store);
        let store = intact(&path);
        assert_eq!(app::book_summary(&store).unwrap(), want);
        let copy = Store::open_read_only(&backup).unwrap();
        assert_eq!(copy.quick_check().unwrap(), ["ok"], "{fault:?}: the backup was damaged");
        assert!(fault.is_some() || (preview.is_ok() && applied.is_ok()), "restore fails with no fault");
        fired > 0
    });
    eprintln!("errors seen: {seen:?}");
}

// ---- Encrypted books (issue 13) ----

const PASS: &str = "हमारी समिति की किताब";
const NEW_PASS: &str = "নতুন পাসফ্রেজ আমাদের";

/// A closed encrypted copy of the fixture book in `dir`: (path, recovery code).
fn encrypted_book(dir: &Path) -> (PathBuf, String) {
    let (_base_dir, base) = base_book();
    let path = fresh_copy(&base, dir);
    let (store, info) = app::book_encrypt(&path, PASS).unwrap();
    drop(store);
    (path, info.recovery_code)
}

/// Whether `secret` opens the encrypted book at `path` (and the book then reads whole).
fn opens(path: &Path, unlock: samuh::store::Unlock<'_>) -> bool {
    match Store::open_with(path, unlock) {
        Ok(s) => {
            assert_eq!(s.integrity_check().unwrap(), ["ok"]);
            true
        }
        Err(StoreError::WrongPassphrase { .. } | StoreError::WrongRecoveryCode { .. }) => false,
        Err(e) => panic!("{}: {e:?}", path.display()),
    }
}

/// A meeting save in an encrypted book, the power lost after every I/O step (unsynced writes
/// dropped, reordered or torn): every image opens with the book's key, is whole and checks
/// clean, holds every acknowledged meeting and at most the one being saved; the passphrase (and
/// no other) and the recovery code open it.
#[test]
fn power_loss_while_saving_a_meeting_in_an_encrypted_book() {
    let tmp = fast_tmp();
    let live = tmp.path().join("live");
    let (path, code) = encrypted_book(&live);
    let envelope = samuh::store::envelope_path(&path);
    let ctx = ctx("2025-09-30");
    let scope = faultvfs::scope(&live);
    scope.record();
    // Opened through the process's default VFS, which the fault VFS is once installed.
    let mut store = Store::open_with(&path, samuh::store::Unlock::Passphrase(PASS)).unwrap();
    let mut acks: Vec<(u64, chrono::NaiveDate)> = Vec::new();
    for i in 0..2 {
        let m = meeting_input(i, 6);
        app::meeting_record(&mut store, &ctx, &m).unwrap();
        acks.push((scope.steps(), d(&m.date)));
    }
    drop(store);
    let steps = scope.steps();
    assert!(steps > 10, "too little I/O to prove anything ({steps} steps)");
    // One key for every image (Argon2 once, not per image); the secrets are tried on some.
    let keyholder = Store::open_with(&path, samuh::store::Unlock::Passphrase(PASS)).unwrap();
    let images = tmp.path().join("images");
    std::fs::create_dir_all(&images).unwrap();
    let _images_scope = faultvfs::scope(&images);
    let img = images.join("image");
    let book = img.join(BOOK);
    let mut checked = 0;
    for (mode, seed) in [(Loss::Drop, 0u64), (Loss::Reorder, 7), (Loss::Tear, 0x454E_43)] {
        let mut rng = Rng(seed);
        for k in 0..=steps {
            let what = format!("{mode:?} seed {seed} step {k}/{steps}");
            write_image(&img, &scope.power_loss_image(k, mode, &mut rng));
            std::fs::copy(&envelope, samuh::store::envelope_path(&book)).unwrap();
            let s = keyholder.open_sibling(&book).unwrap_or_else(|e| panic!("{what}: does not open: {e:?}"));
            assert_eq!(s.integrity_check().unwrap(), ["ok"], "{what}");
            let r = app::check_book(&s, None).unwrap();
            assert!(r.ok(), "{what}: {:?}", r.findings);
            let b = s.read();
            let meetings = b.meetings(1).unwrap();
            for m in &meetings {
                let v = b.meeting_voucher(m.id).unwrap().expect("a meeting without its voucher");
                assert_eq!((b.attendance(m.id).unwrap().len(), b.minutes(m.id).unwrap().len()), (6, 2), "{what}: a half-written meeting");
                assert!(!v.lines.is_empty(), "{what}");
            }
            let acked = acks.iter().filter(|(s, _)| *s <= k).count();
            assert!(meetings.len() == acked || meetings.len() == acked + 1, "{what}: {} meetings, {acked} acknowledged", meetings.len());
            for (_, date) in acks.iter().filter(|(s, _)| *s <= k) {
                assert!(meetings.iter().any(|m| m.date == *date), "{what}: the acknowledged meeting of {date} lost");
            }
            drop(b);
            drop(s);
            if k == 0 || k == steps || k % 16 == 5 {
                assert!(opens(&book, samuh::store::Unlock::Passphrase(PASS)), "{what}: the passphrase does not open it");
                assert!(!opens(&book, samuh::store::Unlock::Passphrase(NEW_PASS)), "{what}: another passphrase opens it");
                assert!(opens(&book, samuh::store::Unlock::RecoveryCode(&code)), "{what}: the recovery code does not open it");
            }
            checked += 1;
        }
    }
    eprintln!("encrypted meeting save: {steps} steps, {checked} power-loss images checked");
}

/// A passphrase change, the power lost at each step of writing the new key envelope (made by
/// the real `passphrase change`; written as a temporary file, fsynced, renamed over the old one,
/// the folder fsynced). What the disk can hold then: the old envelope with no temporary file,
/// an empty one, any prefix of the new one (unsynced data torn) or all of it (synced, rename
/// not yet durable), or the new envelope in place. In each the book opens with exactly one of
/// the two passphrases (the old one until the rename is durable), the recovery code opens it,
/// check passes, the figures are the same, and the next opening removes the temporary file.
#[test]
fn power_loss_while_changing_the_passphrase_of_an_encrypted_book() {
    let tmp = fast_tmp();
    let (path, code) = encrypted_book(&tmp.path().join("live"));
    let envelope = samuh::store::envelope_path(&path);
    let old_envelope = std::fs::read(&envelope).unwrap();
    let figures = |p: &Path, pass: &str| {
        let s = Store::open_with(p, samuh::store::Unlock::Passphrase(pass)).unwrap();
        let sums = s.read().trial_balance_sums().unwrap();
        let r = app::check_book(&s, None).unwrap();
        assert!(r.ok(), "{:?}", r.findings);
        sums
    };
    let before = figures(&path, PASS);
    // The new envelope, as the real command writes it.
    {
        let s = Store::open_with(&path, samuh::store::Unlock::Passphrase(PASS)).unwrap();
        app::passphrase_change(&s, NEW_PASS).unwrap();
    }
    let new_envelope = std::fs::read(&envelope).unwrap();
    assert_ne!(old_envelope, new_envelope);
    let book_bytes = std::fs::read(&path).unwrap();
    let img = tmp.path().join("image");
    let tmp_name = format!(".{BOOK}.key.4194301.tmp");
    let n = new_envelope.len();
    let mut states: Vec<(&str, Vec<u8>, Option<Vec<u8>>)> = vec![("before", old_envelope.clone(), None), ("temporary made", old_envelope.clone(), Some(Vec::new()))];
    for cut in [1, 17, n / 2, n - 1] {
        states.push(("temporary torn", old_envelope.clone(), Some(new_envelope[..cut].to_vec())));
    }
    // A torn sector: the right length, zeros where the data never arrived.
    let mut holed = new_envelope.clone();
    holed[n / 3..(n / 3 + 64).min(n)].fill(0);
    states.push(("temporary with a hole", old_envelope.clone(), Some(holed)));
    states.push(("temporary synced, rename not durable", old_envelope.clone(), Some(new_envelope.clone())));
    states.push(("renamed", new_envelope.clone(), None));
    let (mut old_kept, mut new_taken) = (0, 0);
    for (what, env, temporary) in &states {
        let _ = std::fs::remove_dir_all(&img);
        std::fs::create_dir_all(&img).unwrap();
        let book = img.join(BOOK);
        std::fs::write(&book, &book_bytes).unwrap();
        std::fs::write(samuh::store::envelope_path(&book), env).unwrap();
        if let Some(t) = temporary {
            std::fs::write(img.join(&tmp_name), t).unwrap();
        }
        let old_opens = opens(&book, samuh::store::Unlock::Passphrase(PASS));
        let new_opens = opens(&book, samuh::store::Unlock::Passphrase(NEW_PASS));
        assert!(old_opens != new_opens, "{what}: old opens {old_opens}, new opens {new_opens}");
        assert_eq!(new_opens, env == &new_envelope, "{what}");
        assert!(opens(&book, samuh::store::Unlock::RecoveryCode(&code)), "{what}: the recovery code does not open it");
        let current = if new_opens { NEW_PASS } else { PASS };
        assert_eq!(figures(&book, current), before, "{what}: a figure moved");
        assert!(!img.join(&tmp_name).exists(), "{what}: the temporary file outlived the next opening");
        if new_opens {
            new_taken += 1;
        } else {
            old_kept += 1;
        }
    }
    eprintln!("passphrase change: {} power-loss states, {old_kept} kept the old passphrase, {new_taken} took the new one", states.len());
}
