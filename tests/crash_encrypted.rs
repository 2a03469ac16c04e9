//! Encrypted books under kill -9 of the real `samuh` CLI: killed while encrypting a plain book,
//! while changing the passphrase, and while recording meetings. After every kill the book opens
//! with exactly one of the secrets that were valid, the recovery code still opens it, `samuh
//! check` passes and no acknowledged save or figure is lost.

mod common;
use common::*;
use samuh::store::{is_encrypted, Store, Unlock};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// splitmix64: a fixed-seed source of kill moments, so a failure can be replayed.
fn next(seed: &mut u64) -> u64 {
    *seed = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *seed;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

const EXE: &str = env!("CARGO_BIN_EXE_samuh");

fn command(book: &Path, pass: Option<&str>, new: Option<&str>, args: &[&str]) -> Command {
    let mut c = Command::new(EXE);
    c.args(["--db", book.to_str().unwrap(), "--today", "2026-11-20"]);
    c.env_remove("BOOK_PASS").env_remove("NEW_PASS");
    if let Some(p) = pass {
        c.env("BOOK_PASS", p).args(["--passphrase-env", "BOOK_PASS"]);
    }
    if let Some(n) = new {
        c.env("NEW_PASS", n);
    }
    c.args(args);
    c
}

fn run(book: &Path, pass: Option<&str>, new: Option<&str>, args: &[&str]) -> Output {
    command(book, pass, new, args).stdin(Stdio::null()).output().unwrap()
}

/// The command started, then killed with SIGKILL after `delay`; its output, and whether it
/// finished successfully on its own before the kill (only then is its result acknowledged).
fn killed(mut c: Command, delay: Duration) -> Output {
    let mut child = c.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
    std::thread::sleep(delay);
    let _ = child.kill();
    child.wait_with_output().unwrap()
}

/// The trial balance of `shg` as the CLI prints it in JSON: encrypting and rewrapping must not
/// move a single figure, so this is compared byte for byte.
fn trial_balance(book: &Path, pass: Option<&str>) -> String {
    let out = run(book, pass, None, &["report", "--org", "shg", "--format", "json", "trial-balance"]);
    assert!(out.status.success(), "trial balance: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn check_passes(book: &Path, pass: Option<&str>, what: &str) {
    let out = run(book, pass, None, &["check"]);
    assert!(out.status.success(), "{what}: `samuh check` exit {:?}: {}{}", out.status.code(), String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
}

fn opens(book: &Path, unlock: Unlock<'_>) -> bool {
    match Store::open_with(book, unlock) {
        Ok(s) => {
            assert_eq!(s.quick_check().unwrap(), vec!["ok".to_string()]);
            true
        }
        Err(_) => false,
    }
}

/// Files in the book's folder other than the book and its envelope (temporary files a kill
/// left behind).
fn litter(dir: &Path, keep: &[&Path]) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        // SQLite's own -wal and -shm stay: a killed connection leaves them, and they may hold
        // committed transactions.
        .filter(|p| !keep.contains(&p.as_path()) && p.extension().is_none_or(|e| e != "json"))
        .filter(|p| !p.to_string_lossy().ends_with("-wal") && !p.to_string_lossy().ends_with("-shm"))
        .collect()
}

/// Samuh's own temporary files in the book's folder (the encrypted copy being written, with
/// SQLite's side files of it, and a key envelope being written): after the next command that
/// opens the book, none may remain.
fn temporaries(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy().into_owned();
            n.contains(".encrypting") || n.ends_with(".tmp")
        })
        .collect()
}

/// `samuh recovery-code new` with the passphrase: the new code, which must open the book.
fn new_recovery_code(book: &Path, pass: &str, what: &str) -> String {
    let out = run(book, Some(pass), None, &["--json", "recovery-code", "new"]);
    assert!(out.status.success(), "{what}: recovery-code new: {}", String::from_utf8_lossy(&out.stderr));
    let info: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let code = info["recovery_code"].as_str().unwrap().to_string();
    assert!(opens(book, Unlock::RecoveryCode(&code)), "{what}: the new recovery code does not open the book");
    code
}

/// A plain book with twelve meetings on it, closed; returns the fixture's folder and path.
fn plain_book_with_meetings() -> (tempfile::TempDir, PathBuf) {
    let f = shg();
    let path = f.path.clone();
    drop(f.store);
    for i in 0..12 {
        assert!(record_meeting(&path, f.dir.path(), None, i, "setup").status.success(), "setup meeting {i}");
    }
    (f.dir, path)
}

fn meeting_date(i: i64) -> chrono::NaiveDate {
    d("2025-04-06") + chrono::Duration::days(7 * i)
}

fn meeting_file(dir: &Path, i: i64, tag: &str) -> PathBuf {
    let members: Vec<String> =
        (1..=6).map(|m| format!(r#"{{"member":"{m}","attendance":"present","savings":"50","fine":"1"}}"#)).collect();
    let json = format!(
        r#"{{"org":"shg","date":"{}","client_id":"{tag}-{i}","members":[{}],"minutes":{{"agenda":["बचत"],"resolutions":["ठीक"]}}}}"#,
        meeting_date(i),
        members.join(",")
    );
    let file = dir.join(format!("{tag}-{i}.json"));
    std::fs::write(&file, json).unwrap();
    file
}

fn record_meeting(book: &Path, dir: &Path, pass: Option<&str>, i: i64, tag: &str) -> Output {
    let file = meeting_file(dir, i, tag);
    run(book, pass, None, &["--json", "meeting", "record", "--file", file.to_str().unwrap()])
}

/// The seed of a run: `base`, or mixed with `SAMUH_CRASH_SEED` to explore other moments by hand.
fn seed(base: u64) -> u64 {
    let extra = std::env::var("SAMUH_CRASH_SEED").ok().and_then(|s| s.parse::<u64>().ok()).unwrap_or(0);
    if extra != 0 {
        eprintln!("SAMUH_CRASH_SEED={extra}");
    }
    base ^ extra
}

/// The kill moment: a random point of 0..1.5 × the command's measured duration, so kills land
/// before, inside and just after each step (and some after the command ended, as a loaded
/// machine runs it slower than when it was timed).
fn moment(seed: &mut u64, full: Duration) -> Duration {
    let us = full.as_micros() as u64 * 3 / 2;
    Duration::from_micros(next(seed) % us.max(1))
}

/// The command's duration as the kills should assume it: when a kill at or after the timed
/// duration still found the command unfinished, the machine runs it slower now than when it was
/// timed (other tests, another build beside them), and the window grows by half, so the kills
/// keep landing on both sides of the swap.
fn stretched(full: Duration, at: Duration, finished: bool) -> Duration {
    if !finished && at >= full {
        full * 3 / 2
    } else {
        full
    }
}

const PASS: &str = "हमारी समिति की किताब";
const ROUNDS: usize = 24;

#[test]
fn a_plain_book_killed_while_being_encrypted_stays_plain_or_opens_encrypted() {
    let (dir, path) = plain_book_with_meetings();
    let before = trial_balance(&path, None);
    let pristine = dir.path().join("pristine.samuh");
    copy_book(&path, &pristine);
    let envelope = samuh::store::envelope_path(&path);
    let restore = || {
        let _ = std::fs::remove_file(&envelope);
        for p in litter(dir.path(), &[&pristine, &path]) {
            let _ = std::fs::remove_file(p);
        }
        copy_book(&pristine, &path);
    };
    // How long the whole command takes on this machine, timed once.
    let t0 = Instant::now();
    assert!(run(&path, None, Some(PASS), &["--passphrase-env", "NEW_PASS", "encrypt"]).status.success());
    let mut full = t0.elapsed();
    let mut seed = seed(0x454E_4352u64);
    let (mut plain, mut encrypted, mut acknowledged, mut unseen_code, mut left, mut stray_envelope) = (0, 0, 0, 0, 0, 0);
    for round in 0..ROUNDS {
        restore();
        let at = moment(&mut seed, full);
        let out = killed(command(&path, None, Some(PASS), &["--passphrase-env", "NEW_PASS", "--json", "encrypt"]), at);
        let what = format!("encrypt, seed round {round}, killed at {at:?} of {full:?}");
        let leftovers = litter(dir.path(), &[&pristine, &path, &envelope]);
        if !leftovers.is_empty() {
            left += 1;
            eprintln!("{what}: left behind {leftovers:?}");
        }
        full = stretched(full, at, is_encrypted(&path));
        if is_encrypted(&path) {
            encrypted += 1;
            // The next command (here `check`) sweeps what the killed one left.
            check_passes(&path, Some(PASS), &what);
            assert_eq!(temporaries(dir.path()), Vec::<PathBuf>::new(), "{what}: temporary files left after the next command");
            assert!(opens(&path, Unlock::Passphrase(PASS)), "{what}: encrypted but the new passphrase does not open it");
            assert!(!opens(&path, Unlock::None), "{what}");
            let printed = if out.status.success() {
                acknowledged += 1;
                let info: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
                let code = info["recovery_code"].as_str().unwrap().to_string();
                assert!(opens(&path, Unlock::RecoveryCode(&code)), "{what}: the printed recovery code does not open it");
                Some(code)
            } else {
                // Encrypted, but the recovery code was never shown to anyone.
                unseen_code += 1;
                eprintln!("{what}: encrypted, recovery code never printed");
                None
            };
            // What the treasurer is told to do then: a new code, which works, while a code
            // printed before no longer opens the book.
            new_recovery_code(&path, PASS, &what);
            if let Some(old) = printed {
                assert!(!opens(&path, Unlock::RecoveryCode(&old)), "{what}: the replaced recovery code still opens the book");
            }
            assert!(opens(&path, Unlock::Passphrase(PASS)), "{what}: the passphrase no longer opens the book");
            assert_eq!(trial_balance(&path, Some(PASS)), before, "{what}: a figure moved");
        } else {
            plain += 1;
            // Killed between writing the envelope and the rename: harmless (a plain header is
            // never taken for an encrypted book), but counted.
            stray_envelope += usize::from(envelope.exists());
            assert!(!out.status.success(), "{what}: acknowledged but the book is still plain");
            check_passes(&path, None, &what);
            assert_eq!(temporaries(dir.path()), Vec::<PathBuf>::new(), "{what}: temporary files left after the next command");
            assert!(opens(&path, Unlock::None), "{what}: neither plain nor encrypted");
            assert_eq!(trial_balance(&path, None), before, "{what}: a figure moved");
            // Encrypting again works and leaves nothing behind.
            if round % 6 == 0 {
                let again = run(&path, None, Some(PASS), &["--passphrase-env", "NEW_PASS", "--json", "encrypt"]);
                assert!(again.status.success(), "{what}: encrypt after the kill: {}", String::from_utf8_lossy(&again.stderr));
                assert_eq!(temporaries(dir.path()), Vec::<PathBuf>::new(), "{what}: temporary files after encrypting again");
                assert!(opens(&path, Unlock::Passphrase(PASS)), "{what}");
            }
        }
    }
    eprintln!(
        "encrypt: {ROUNDS} kills over {full:?}: {plain} left plain, {encrypted} encrypted ({acknowledged} acknowledged, \
         {unseen_code} with a recovery code never printed); {left} left temporary files, {stray_envelope} an envelope \
         beside the still plain book"
    );
    assert!(plain > 0 && encrypted > 0, "kills landed only on one side of the swap: {plain} plain, {encrypted} encrypted");
}

#[test]
fn a_passphrase_change_killed_leaves_exactly_one_passphrase_and_the_code() {
    let (dir, path) = plain_book_with_meetings();
    let before = trial_balance(&path, None);
    let out = run(&path, None, Some(PASS), &["--passphrase-env", "NEW_PASS", "--json", "encrypt"]);
    assert!(out.status.success());
    let info: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let code = info["recovery_code"].as_str().unwrap().to_string();
    let envelope = samuh::store::envelope_path(&path);
    // Timed once on a copy, so the chain below starts from PASS.
    let probe = dir.path().join("probe.samuh");
    copy_book(&path, &probe);
    std::fs::copy(&envelope, samuh::store::envelope_path(&probe)).unwrap();
    let t0 = Instant::now();
    assert!(run(&probe, Some(PASS), Some("a timing passphrase"), &["passphrase", "change", "--new-passphrase-env", "NEW_PASS"]).status.success());
    let mut full = t0.elapsed();
    let mut seed = seed(0x5041_5353u64);
    let mut current = PASS.to_string();
    let (mut kept, mut changed) = (0, 0);
    for round in 0..ROUNDS {
        let new = format!("নতুন পাসফ্রেজ {round}");
        let at = moment(&mut seed, full);
        let out = killed(command(&path, Some(&current), Some(&new), &["passphrase", "change", "--new-passphrase-env", "NEW_PASS"]), at);
        let what = format!("passphrase change, round {round}, killed at {at:?} of {full:?}");
        let leftovers = litter(dir.path(), &[&path, &envelope, &probe, &samuh::store::envelope_path(&probe)]);
        if !leftovers.is_empty() {
            eprintln!("{what}: left behind {leftovers:?}");
        }
        // `check` with whichever passphrase now opens the book sweeps the envelope's temporary.
        let opener = if opens(&path, Unlock::Passphrase(&current)) { current.clone() } else { new.clone() };
        check_passes(&path, Some(&opener), &what);
        assert_eq!(temporaries(dir.path()), Vec::<PathBuf>::new(), "{what}: temporary files left after the next command");
        let old_opens = opens(&path, Unlock::Passphrase(&current));
        let new_opens = opens(&path, Unlock::Passphrase(&new));
        assert!(old_opens != new_opens, "{what}: old opens {old_opens}, new opens {new_opens}");
        if out.status.success() {
            assert!(new_opens, "{what}: acknowledged but the new passphrase does not open the book");
        }
        assert!(opens(&path, Unlock::RecoveryCode(&code)), "{what}: the recovery code no longer opens the book");
        full = stretched(full, at, new_opens);
        if new_opens {
            current = new;
            changed += 1;
        } else {
            kept += 1;
        }
        check_passes(&path, Some(&current), &what);
        assert_eq!(trial_balance(&path, Some(&current)), before, "{what}: a figure moved");
    }
    eprintln!("passphrase change: {ROUNDS} kills over {full:?}: {kept} kept the old passphrase, {changed} took the new one");
    assert!(kept > 0 && changed > 0, "kills landed only on one side of the rename: {kept} kept, {changed} changed");
    // A new recovery code after the chain of kills: it opens the book, the old one no longer
    // does, and the current passphrase still does.
    new_recovery_code(&path, &current, "after the passphrase kills");
    assert!(!opens(&path, Unlock::RecoveryCode(&code)), "the replaced recovery code still opens the book");
    assert!(opens(&path, Unlock::Passphrase(&current)));
}

#[test]
fn a_killed_meeting_save_in_an_encrypted_book_is_wholly_present_or_absent() {
    let (dir, path) = plain_book_with_meetings();
    let out = run(&path, None, Some(PASS), &["--passphrase-env", "NEW_PASS", "--json", "encrypt"]);
    assert!(out.status.success());
    let info: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let code = info["recovery_code"].as_str().unwrap().to_string();
    // Meeting 12 recorded in full, timed: the kill window.
    let t0 = Instant::now();
    assert!(record_meeting(&path, dir.path(), Some(PASS), 12, "timed").status.success());
    let mut full = t0.elapsed();
    let mut seed = seed(0x4D45_4554u64);
    let mut acknowledged = vec![meeting_date(12)];
    let rounds = 2 * ROUNDS;
    for round in 0..rounds {
        let i = 13 + round as i64;
        let file = meeting_file(dir.path(), i, "kill");
        let at = moment(&mut seed, full);
        let out = killed(command(&path, Some(PASS), None, &["--json", "meeting", "record", "--file", file.to_str().unwrap()]), at);
        if out.status.success() {
            acknowledged.push(meeting_date(i));
        }
        let what = format!("meeting record, round {round}, killed at {at:?} of {full:?}");
        full = stretched(full, at, out.status.success());
        let store = Store::open_with(&path, Unlock::Passphrase(PASS)).unwrap_or_else(|e| panic!("{what}: {e:?}"));
        assert_eq!(store.integrity_check().unwrap(), vec!["ok".to_string()], "{what}");
        let b = store.read();
        let meetings = b.meetings(1).unwrap();
        for m in &meetings {
            let v = b.meeting_voucher(m.id).unwrap().expect("a meeting without its voucher");
            assert_eq!(v.lines.len(), 24, "{what}: a half-written meeting voucher");
            assert_eq!(b.attendance(m.id).unwrap().len(), 6, "{what}: half-written attendance");
            assert_eq!(b.minutes(m.id).unwrap().len(), 2, "{what}: half-written minutes");
        }
        for date in &acknowledged {
            assert!(meetings.iter().any(|m| m.date == *date), "{what}: acknowledged meeting of {date} lost");
        }
        drop(store);
        assert!(opens(&path, Unlock::RecoveryCode(&code)), "{what}: the recovery code no longer opens the book");
        check_passes(&path, Some(PASS), &what);
    }
    assert!(acknowledged.len() > 1 && acknowledged.len() - 1 < rounds, "{} of {rounds} saves acknowledged", acknowledged.len() - 1);
    eprintln!("meeting record: {rounds} kills over {full:?}: {} acknowledged", acknowledged.len() - 1);
}
