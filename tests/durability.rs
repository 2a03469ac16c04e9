//! Durability and tamper evidence on real book files:
//! - a kill -9 loop: a child process records meetings and is killed at random moments, over a
//!   thousand times; after each kill the book is intact, checks clean, every acknowledged save is
//!   there and no meeting is half-present;
//! - a mutation test: outside edits of a book (as with the sqlite3 shell) are all detected, by
//!   the checks or by the book code printed before the edit, with no false alarm on clean books;
//! - a model-based property test: random command sequences against the real store and a simple
//!   reference ledger (in tests/model.rs).
//!
//! Counts can be lowered for a quick run: SAMUH_KILLS, SAMUH_MUTATIONS.

mod common;
use common::*;
use samuh::app::{self, CodeStatus};
use samuh::domain::ledger::voucher_hash;
use samuh::store::Store;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// splitmix64: a fixed-seed source of choices, so a failure can be replayed.
fn next(seed: &mut u64) -> u64 {
    *seed = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *seed;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn env_count(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn full_meeting(date: chrono::NaiveDate, cid: &str) -> app::MeetingInput {
    let mut m = meeting(&date.to_string(), (1..=6).map(|i| app::MeetingMemberRow { fine: Some("1".into()), ..row(&i.to_string(), "present", "50") }).collect());
    m.client_id = Some(cid.to_string());
    m.minutes.agenda.push("बचत".into());
    m.minutes.resolutions.push("ठीक".into());
    m
}

/// The child of the kill loop: does nothing unless SAMUH_KILL_CHILD names a book. Records
/// meetings one after another, printing "ACK <client id>" (flushed) after each commit.
#[test]
fn kill9_child() {
    let Ok(path) = std::env::var("SAMUH_KILL_CHILD") else { return };
    let tag = std::env::var("SAMUH_KILL_TAG").unwrap_or_default();
    let mut store = Store::open(Path::new(&path)).unwrap();
    let ctx = ctx("2035-12-31");
    let last = store.read().meetings(1).unwrap().last().map(|m| m.date).unwrap_or(d("2025-04-01"));
    let out = std::io::stdout();
    for i in 0..1000 {
        let date = last + chrono::Duration::days(i + 1);
        let cid = format!("{tag}-{i}");
        app::meeting_record(&mut store, &ctx, &full_meeting(date, &cid)).unwrap();
        let mut o = out.lock();
        writeln!(o, "ACK {cid}").unwrap();
        o.flush().unwrap();
    }
}

#[test]
fn kill9_loop_loses_no_acknowledged_save() {
    let kills = env_count("SAMUH_KILLS", 1000);
    let exe = std::env::current_exe().unwrap();
    let mut seed = 0x5A_4D_55_48u64;
    let started = Instant::now();
    let (mut acked_total, mut before_first_ack, mut after_ack, mut meetings_seen) = (0usize, 0usize, 0usize, 0usize);
    let mut f = shg();
    drop(f.store);
    let mut all_acked: Vec<String> = Vec::new();
    let mut verify_time = Duration::ZERO;
    for k in 0..kills {
        // A fresh book every 25 kills keeps each check small.
        if k % 25 == 0 && k > 0 {
            f = shg();
            drop(f.store);
            all_acked.clear();
        }
        let mut child = Command::new(&exe)
            .args(["--exact", "kill9_child", "--nocapture", "--test-threads=1", "-q"])
            .env("SAMUH_KILL_CHILD", &f.path)
            .env("SAMUH_KILL_TAG", format!("k{k}"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Kill somewhere from start-up to a few commits in.
        std::thread::sleep(Duration::from_micros(2_000 + next(&mut seed) % 16_000));
        let _ = child.kill();
        let out = child.wait_with_output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        let acked: Vec<String> = text.lines().filter_map(|l| l.strip_prefix("ACK ")).map(str::to_string).collect();
        if acked.is_empty() { before_first_ack += 1 } else { after_ack += 1 }
        acked_total += acked.len();
        all_acked.extend(acked);

        let t0 = Instant::now();
        let mut store = Store::open(&f.path).unwrap();
        assert_eq!(store.integrity_check().unwrap(), vec!["ok".to_string()], "kill {k}");
        let report = app::check_book(&store, None).unwrap();
        assert!(report.ok(), "kill {k}: {:?}", report.findings);
        {
            let b = store.read();
            let meetings = b.meetings(1).unwrap();
            for m in &meetings {
                let v = b.meeting_voucher(m.id).unwrap().expect("a meeting without its voucher");
                assert_eq!(v.lines.len(), 24, "kill {k}: a half-written meeting voucher");
                assert_eq!(b.attendance(m.id).unwrap().len(), 6, "kill {k}: half-written attendance");
                assert_eq!(b.minutes(m.id).unwrap().len(), 2, "kill {k}: half-written minutes");
            }
            meetings_seen = meetings.len();
        }
        // Replaying the last acknowledged save answers "already recorded" and adds nothing.
        if let Some(cid) = all_acked.last() {
            let n = store.read().voucher_count(1).unwrap();
            let saved = app::meeting_record(&mut store, &ctx("2035-12-31"), &full_meeting(d("2025-04-02"), cid)).unwrap();
            assert!(saved.already_recorded, "kill {k}: acknowledged save {cid} was lost");
            assert_eq!(store.read().voucher_count(1).unwrap(), n);
        }
        drop(store);
        verify_time += t0.elapsed();
        let c = rusqlite::Connection::open(&f.path).unwrap();
        for cid in &all_acked {
            let n: i64 = c.query_row("SELECT count(*) FROM meeting WHERE client_id = ?1", [cid], |r| r.get(0)).unwrap();
            assert_eq!(n, 1, "kill {k}: acknowledged save {cid} was lost");
        }
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "kill -9 loop: {kills} kills in {secs:.1} s ({:.0}/min); {before_first_ack} before the first commit, {after_ack} after; {acked_total} saves acknowledged; {meetings_seen} meetings in the last book; {:.1} s verifying",
        kills as f64 * 60.0 / secs,
        verify_time.as_secs_f64()
    );
    assert!(before_first_ack > 0 && after_ack > 0, "kills must land both before and after commits");
}
