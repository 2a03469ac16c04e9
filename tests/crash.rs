//! A killed process mid-save leaves the book valid, with each meeting wholly present or wholly
//! absent, and every acknowledged save still there. Drives the real `samuh` binary and kills it
//! with SIGKILL at varying moments.

mod common;
use common::*;
use std::process::{Command, Stdio};
use std::time::Duration;

/// splitmix64: a fixed-seed source of kill delays, so a failure can be replayed.
fn next(seed: &mut u64) -> u64 {
    *seed = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *seed;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[test]
fn a_killed_save_is_wholly_present_or_wholly_absent() {
    let f = shg();
    let path = f.path.clone();
    drop(f.store);
    let exe = env!("CARGO_BIN_EXE_samuh");
    let mut seed = 0x5A_4D_55_48u64;
    let mut acknowledged = Vec::new();
    let rounds = 60;
    // The kill window follows this machine's start-up time (an open without a save, timed
    // once), so kills land both before and after commits on a fast or a loaded machine.
    let t0 = std::time::Instant::now();
    let probe = Command::new(exe).args(["--db", path.to_str().unwrap(), "org", "list"]).stdout(Stdio::null()).status().unwrap();
    assert!(probe.success());
    let window_us = (t0.elapsed().as_micros() as u64 * 3).max(12_000);
    for i in 0..rounds {
        let date = d("2025-04-06") + chrono::Duration::days(7 * i);
        let members: Vec<String> = (1..=6)
            .map(|m| format!(r#"{{"member":"{m}","attendance":"present","savings":"50","fine":"1"}}"#))
            .collect();
        let json = format!(
            r#"{{"org":"shg","date":"{date}","client_id":"kill-{i}","members":[{}],"minutes":{{"agenda":["बचत"],"resolutions":["ठीक"]}}}}"#,
            members.join(",")
        );
        let file = f.dir.path().join(format!("m{i}.json"));
        std::fs::write(&file, json).unwrap();
        let mut child = Command::new(exe)
            .args(["--db", path.to_str().unwrap(), "--today", "2026-11-20", "--json", "meeting", "record", "--file", file.to_str().unwrap()])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Kill somewhere between start-up and well after the commit.
        std::thread::sleep(Duration::from_micros(next(&mut seed) % window_us));
        let _ = child.kill();
        let out = child.wait_with_output().unwrap();
        if out.status.success() {
            acknowledged.push(format!("kill-{i}"));
        }
    }
    let store = samuh::store::Store::open(&path).unwrap();
    assert_eq!(store.integrity_check().unwrap(), vec!["ok".to_string()]);
    let report = samuh::app::check_book(&store, None).unwrap();
    assert!(report.ok(), "{:?}", report.findings);
    let b = store.read();
    let meetings = b.meetings(1).unwrap();
    for m in &meetings {
        let v = b.meeting_voucher(m.id).unwrap().expect("a meeting without its voucher");
        assert_eq!(v.lines.len(), 24, "a half-written meeting voucher");
        assert_eq!(b.attendance(m.id).unwrap().len(), 6, "half-written attendance");
        assert_eq!(b.minutes(m.id).unwrap().len(), 2, "half-written minutes");
    }
    // Every save the program acknowledged is in the book.
    let c = rusqlite::Connection::open(&path).unwrap();
    for cid in &acknowledged {
        let n: i64 = c.query_row("SELECT count(*) FROM meeting WHERE client_id = ?1", [cid], |r| r.get(0)).unwrap();
        assert_eq!(n, 1, "acknowledged save {cid} was lost");
    }
    // The kills landed both before and after commits, or the test proves nothing.
    assert!(!acknowledged.is_empty() && acknowledged.len() < rounds as usize, "{} of {rounds} saves acknowledged", acknowledged.len());
    eprintln!("{} of {rounds} saves acknowledged, {} meetings present", acknowledged.len(), meetings.len());
}
