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

// The thousand kills run as two halves with their own seeds, one per test thread (the loop
// mostly waits on its child, so a 2-core machine runs both at once).
#[test]
fn kill9_loop_loses_no_acknowledged_save() {
    kill9_loop(env_count("SAMUH_KILLS", 1000).div_ceil(2), 0x5A_4D_55_48, "a");
}

#[test]
fn kill9_loop_loses_no_acknowledged_save_second_half() {
    kill9_loop(env_count("SAMUH_KILLS", 1000) / 2, 0x48_55_4D_5A, "b");
}

fn kill9_loop(kills: usize, mut seed: u64, half: &str) {
    if kills == 0 {
        return;
    }
    let exe = std::env::current_exe().unwrap();
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
            .env("SAMUH_KILL_TAG", format!("{half}{k}"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Kill somewhere from start-up to a few commits in.
        std::thread::sleep(Duration::from_micros(3_000 + next(&mut seed) % 30_000));
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
        // Replaying the last acknowledged save (the same meeting: a client id is bound to its
        // content) answers "already recorded" and adds nothing.
        if let Some(cid) = all_acked.last() {
            let n = store.read().voucher_count(1).unwrap();
            let held: String = rusqlite::Connection::open(&f.path)
                .unwrap()
                .query_row("SELECT date FROM meeting WHERE client_id = ?1", [cid], |r| r.get(0))
                .unwrap_or_else(|e| panic!("kill {k}: acknowledged save {cid} was lost ({e})"));
            let saved = app::meeting_record(&mut store, &ctx("2035-12-31"), &full_meeting(d(&held), cid)).unwrap();
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
        "kill -9 loop ({half}): {kills} kills in {secs:.1} s ({:.0}/min); {before_first_ack} before the first commit, {after_ack} after; {acked_total} saves acknowledged; {meetings_seen} meetings in the last book; {:.1} s verifying",
        kills as f64 * 60.0 / secs,
        verify_time.as_secs_f64()
    );
    assert!(before_first_ack > 0 && after_ack > 0, "kills must land both before and after commits");
}

/// The book the mutation test edits: meetings with savings, fines and minutes, two loans, a
/// repayment, a reversal and a reschedule. Returns the book code printed at the last save.
fn mutation_base(f: &mut Fixture) -> String {
    let c = &f.ctx;
    for (i, day) in ["2025-04-06", "2025-04-13", "2025-04-20", "2025-04-27"].iter().enumerate() {
        let mut m = meeting(day, vec![row("1", "present", "50"), row("2", "late", "60"), row("3", "absent", "")]);
        if i == 1 {
            m.loans.push(app::LoanInput { member: "4".into(), amount: "800".into(), guarantors: vec!["5".into()], ..Default::default() });
            m.loans.push(app::LoanInput { member: "6".into(), amount: "500".into(), guarantors: vec!["1".into()], ..Default::default() });
            m.group.push(app::GroupLineInput { kind: "bank-withdrawal".into(), head: None, amount: "1000".into(), note: String::new() });
        }
        m.minutes.agenda.push(format!("बैठक {}", i + 1));
        m.minutes.resolutions.push("बचत जमा".into());
        app::meeting_record(&mut f.store, c, &m).unwrap();
    }
    app::loan_repay(&mut f.store, c, &app::RepayInput { org: "shg".into(), date: "2025-05-13".into(), member: "4".into(), amount: "96".into(), ..Default::default() }).unwrap();
    app::reverse(&mut f.store, c, &app::ReverseInput { org: "shg".into(), voucher: "2025-26/4".into(), reason: "wrong".into(), date: Some("2025-05-14".into()), ..Default::default() }).unwrap();
    app::loan_reschedule(&mut f.store, c, &app::RescheduleInput { org: "shg".into(), loan: "2".into(), date: "2025-05-15".into(), instalments: "8".into(), agreement: "agreed".into(), ..Default::default() }).unwrap();
    let last = app::meeting_record(&mut f.store, c, &meeting("2025-05-18", vec![row("1", "present", "50")])).unwrap();
    last.book_code
}

const TRIGGERS: &[&str] = &[
    "voucher_no_update", "voucher_no_delete", "posting_no_update", "posting_no_delete", "meeting_no_update", "meeting_no_delete",
    "loan_no_update", "loan_no_delete", "policy_no_update", "policy_no_delete", "reschedule_no_update", "reschedule_no_delete",
    "attendance_no_update", "attendance_no_delete", "minute_no_update", "minute_no_delete",
];

const KINDS: &[&str] = &[
    "amount-single", "amount-pair", "date", "delete-posting", "delete-voucher", "insert-posting", "insert-pair", "swap-vouchers",
    "member-id", "loan-id", "account", "drop-trigger", "rehash-after-edit",
    // The records beside the journal (the records chain): one column of one row changed.
    "record-loan", "record-member", "record-policy", "record-meeting", "record-attendance", "record-minute", "record-guarantor",
    "record-account", "record-organisation", "record-reschedule",
];

/// Columns outside every record: a member's name and personal data (erasure changes them).
const UNHASHED: &[(&str, &str)] = &[("member", "name"), ("member", "nominee"), ("member", "phone"), ("member", "id_last4"), ("member", "erased_at")];

/// Changes one hashed column of one random row of `table` to another value its CHECK
/// constraints allow (tried in turn: a neighbouring number, the next day, a value another row
/// holds, the text with a letter added). Panics when no column of the table can be changed.
fn mutate_record(c: &rusqlite::Connection, table: &str, seed: &mut u64) {
    let rows = ids(c, &format!("SELECT rowid FROM {table}"));
    assert!(!rows.is_empty(), "{table} has no rows to change");
    let cols: Vec<String> = c
        .prepare(&format!("SELECT name FROM pragma_table_info('{table}') WHERE name <> 'id'"))
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<Vec<String>, _>>()
        .unwrap()
        .into_iter()
        .filter(|col| !UNHASHED.contains(&(table, col.as_str())))
        .collect();
    let row = rows[(next(seed) % rows.len() as u64) as usize];
    let first = (next(seed) % cols.len() as u64) as usize;
    for k in 0..cols.len() {
        let col = &cols[(first + k) % cols.len()];
        let candidates = [
            format!("{col} + 1"),
            format!("{col} - 1"),
            format!("date({col}, '+1 day')"),
            format!("CASE WHEN {col} IS NULL THEN 1 ELSE NULL END"),
            format!("(SELECT {col} FROM {table} WHERE {col} IS NOT (SELECT {col} FROM {table} WHERE rowid = {row}) LIMIT 1)"),
            format!("{col} || 'x'"),
        ];
        for value in candidates {
            let sql = format!("UPDATE {table} SET {col} = {value} WHERE rowid = {row} AND {col} IS NOT {value}");
            if let Ok(1) = c.execute(&sql, []) {
                return;
            }
        }
    }
    panic!("no column of {table} row {row} could be changed");
}

fn ids(c: &rusqlite::Connection, sql: &str) -> Vec<i64> {
    c.prepare(sql).unwrap().query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
}

/// Edits the book at `path` as an outsider with the sqlite3 shell would: triggers dropped for the
/// edit and (except for "drop-trigger") put back afterwards, so only the content differs.
fn mutate(path: &Path, kind: &str, seed: &mut u64) {
    let c = rusqlite::Connection::open(path).unwrap();
    // As in the sqlite3 shell, where foreign keys are off unless asked for.
    c.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
    let saved: Vec<(String, String)> = c
        .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for (name, _) in &saved {
        c.execute_batch(&format!("DROP TRIGGER {name}")).unwrap();
    }
    let postings = ids(&c, "SELECT id FROM posting");
    let vouchers = ids(&c, "SELECT id FROM voucher");
    let delta = 1 + (next(seed) % 5000) as i64;
    let edit = |c: &rusqlite::Connection, kind: &str, seed: &mut u64| {
        let mut pick = |v: &[i64]| v[(next(seed) % v.len() as u64) as usize];
        match kind {
            "amount-single" => {
                let p = pick(&postings);
                c.execute("UPDATE posting SET amount_minor = CASE WHEN amount_minor + ?1 = 0 THEN amount_minor + 2 * ?1 ELSE amount_minor + ?1 END WHERE id = ?2", [delta, p]).unwrap();
            }
            "amount-pair" => {
                let v = pick(&ids(c, "SELECT voucher_id FROM posting GROUP BY voucher_id HAVING count(*) >= 2"));
                let lines = ids(c, &format!("SELECT id FROM posting WHERE voucher_id = {v} ORDER BY line_no"));
                let a = pick(&lines);
                let b = loop {
                    let b = pick(&lines);
                    if b != a { break b; }
                };
                let (aa, bb): (i64, i64) = (
                    c.query_row("SELECT amount_minor FROM posting WHERE id = ?1", [a], |r| r.get(0)).unwrap(),
                    c.query_row("SELECT amount_minor FROM posting WHERE id = ?1", [b], |r| r.get(0)).unwrap(),
                );
                let d = if aa + delta == 0 || bb - delta == 0 { delta + 1 } else { delta };
                c.execute("UPDATE posting SET amount_minor = amount_minor + ?1 WHERE id = ?2", [d, a]).unwrap();
                c.execute("UPDATE posting SET amount_minor = amount_minor - ?1 WHERE id = ?2", [d, b]).unwrap();
            }
            "date" => {
                let v = pick(&vouchers);
                let days = 1 + (next(seed) % 20) as i64;
                let days = if next(seed) % 2 == 0 { days } else { -days };
                c.execute("UPDATE voucher SET date = date(date, ?1 || ' days') WHERE id = ?2", rusqlite::params![days.to_string(), v]).unwrap();
            }
            "delete-posting" => {
                c.execute("DELETE FROM posting WHERE id = ?1", [pick(&postings)]).unwrap();
            }
            "delete-voucher" => {
                let v = pick(&vouchers);
                c.execute("DELETE FROM posting WHERE voucher_id = ?1", [v]).unwrap();
                c.execute("DELETE FROM voucher WHERE id = ?1", [v]).unwrap();
            }
            "insert-posting" | "insert-pair" => {
                let v = pick(&vouchers);
                let cash: i64 = c.query_row("SELECT id FROM account WHERE code = 'cash' AND org_id = 1", [], |r| r.get(0)).unwrap();
                let income: i64 = c.query_row("SELECT id FROM account WHERE code = 'fine-income' AND org_id = 1", [], |r| r.get(0)).unwrap();
                let n: i64 = c.query_row("SELECT coalesce(max(line_no), 0) FROM posting WHERE voucher_id = ?1", [v], |r| r.get(0)).unwrap();
                c.execute("INSERT INTO posting(voucher_id, line_no, account_id, amount_minor, kind) VALUES (?1, ?2, ?3, ?4, 'attendance-fine')", [v, n + 1, cash, delta]).unwrap();
                if kind == "insert-pair" {
                    c.execute("INSERT INTO posting(voucher_id, line_no, account_id, amount_minor, kind) VALUES (?1, ?2, ?3, ?4, 'attendance-fine')", [v, n + 2, income, -delta]).unwrap();
                }
            }
            "swap-vouchers" => {
                let a = pick(&vouchers);
                let b = loop {
                    let b = pick(&vouchers);
                    if b != a { break b; }
                };
                c.execute_batch(&format!(
                    "UPDATE voucher SET id = -1 WHERE id = {a}; UPDATE voucher SET id = {a} WHERE id = {b}; UPDATE voucher SET id = {b} WHERE id = -1;
                     UPDATE posting SET voucher_id = -1 WHERE voucher_id = {a}; UPDATE posting SET voucher_id = {a} WHERE voucher_id = {b}; UPDATE posting SET voucher_id = {b} WHERE voucher_id = -1;"
                )).unwrap();
            }
            "member-id" => {
                let p = pick(&ids(c, "SELECT id FROM posting WHERE member_id IS NOT NULL"));
                let m = 1 + (next(seed) % 5) as i64;
                c.execute("UPDATE posting SET member_id = CASE WHEN member_id = ?1 THEN ?1 + 1 ELSE ?1 END WHERE id = ?2", [m, p]).unwrap();
            }
            "loan-id" => {
                let p = pick(&ids(c, "SELECT id FROM posting WHERE loan_id IS NOT NULL"));
                c.execute("UPDATE posting SET loan_id = CASE WHEN loan_id = 1 THEN 2 ELSE 1 END WHERE id = ?1", [p]).unwrap();
            }
            "account" => {
                let p = pick(&postings);
                let other = pick(&ids(c, "SELECT id FROM account WHERE org_id = 1"));
                c.execute("UPDATE posting SET account_id = CASE WHEN account_id = ?1 THEN ?1 + 1 ELSE ?1 END WHERE id = ?2", [other, p]).unwrap();
            }
            other => panic!("unknown mutation {other}"),
        }
    };
    match kind {
        "drop-trigger" => {
            let keep = TRIGGERS[(next(seed) % TRIGGERS.len() as u64) as usize];
            for (name, sql) in &saved {
                if name != keep {
                    c.execute_batch(sql).unwrap();
                }
            }
            return;
        }
        "rehash-after-edit" => {
            let inner = ["amount-pair", "date", "member-id", "delete-voucher", "insert-pair", "swap-vouchers"][(next(seed) % 6) as usize];
            edit(&c, inner, seed);
            rehash(&c);
        }
        k if k.starts_with("record-") => mutate_record(&c, &k["record-".len()..], seed),
        k => edit(&c, k, seed),
    }
    for (_, sql) in &saved {
        c.execute_batch(sql).unwrap();
    }
}

/// Recomputes every voucher's prev_hash and hash in chain order, as a forger who knows the hash
/// recipe would, so the chain verifies again.
fn rehash(c: &rusqlite::Connection) {
    let ids = ids(c, "SELECT id FROM voucher ORDER BY id");
    let mut prev = samuh::domain::ledger::GENESIS_HASH.to_string();
    for id in ids {
        let (org_id, fy, number, date, kind, narration, meeting_id, reverses, client_id): (i64, i32, i64, String, String, String, Option<i64>, Option<i64>, Option<String>) = c
            .query_row("SELECT org_id, fiscal_year, number, date, kind, narration, meeting_id, reverses_id, client_id FROM voucher WHERE id = ?1", [id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?))
            })
            .unwrap();
        let header = samuh::domain::ledger::VoucherHeader {
            org_id,
            fiscal_year: fy,
            number,
            date: d(&date),
            kind: samuh::domain::ledger::VoucherKind::from_code(&kind).unwrap(),
            narration: &narration,
            meeting_id,
            reverses,
            client_id: client_id.as_deref(),
        };
        let lines: Vec<samuh::domain::ledger::Line> = c
            .prepare("SELECT a.code, p.member_id, p.loan_id, p.amount_minor, p.kind, p.note FROM posting p JOIN account a ON a.id = p.account_id WHERE p.voucher_id = ?1 ORDER BY p.line_no")
            .unwrap()
            .query_map([id], |r| {
                Ok(samuh::domain::ledger::Line {
                    account: r.get(0)?,
                    member_id: r.get(1)?,
                    loan_id: r.get(2)?,
                    amount: samuh::domain::money::Money::from_minor(r.get(3)?),
                    kind: samuh::domain::ledger::LineKind::from_code(&r.get::<_, String>(4)?).unwrap(),
                    note: r.get(5)?,
                })
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let h = voucher_hash(&prev, &header, &lines);
        c.execute("UPDATE voucher SET prev_hash = ?1, hash = ?2 WHERE id = ?3", rusqlite::params![prev, h, id]).unwrap();
        prev = h;
    }
}

/// What the book says when opened and checked with the code from the last signed minutes:
/// None when everything is clean, else which safeguard raised the alarm.
fn alarm(path: &Path, code: &str) -> Option<&'static str> {
    let store = match Store::open(path) {
        Ok(s) => s,
        Err(_) => return Some("open"),
    };
    match app::open_self_check(&store) {
        Ok(sc) if sc.ok() && sc.orgs.iter().all(|o| o.from_checkpoint == o.vouchers) => {}
        _ => return Some("self-check"),
    }
    match app::check_book(&store, None) {
        Ok(r) if r.ok() => {}
        _ => return Some("check"),
    }
    match app::verify_code(&store, "shg", code) {
        Ok(m) if m.status == CodeStatus::MatchesHead => None,
        _ => Some("book-code"),
    }
}

#[test]
fn every_outside_edit_is_detected_and_clean_books_raise_no_alarm() {
    let n = env_count("SAMUH_MUTATIONS", 1000);
    let started = Instant::now();
    let mut f = shg();
    let code = mutation_base(&mut f);
    let base = f.path.clone();
    let r = app::check_book(&f.store, None).unwrap();
    assert!(r.ok(), "the base book must be clean: {:?}", r.findings);
    // The open check remembers its checkpoint, so every mutation below lands before it and every
    // clean reopening starts from it.
    check_and_record(&mut f.store, "2026-11-20T10:00:00");
    drop(f.store);
    assert!(!base.with_extension("samuh-wal").exists(), "the book was not checkpointed on close");
    let work = f.dir.path().join("work.samuh");
    let mut seed = 0xB00C_C0DEu64;
    let mut by_kind: std::collections::BTreeMap<&str, (usize, std::collections::BTreeMap<&str, usize>)> = Default::default();
    for i in 0..n {
        let kind = KINDS[i % KINDS.len()];
        copy_book(&base, &work);
        mutate(&work, kind, &mut seed);
        let how = alarm(&work, &code).unwrap_or_else(|| panic!("mutation {i} ({kind}) went undetected"));
        if kind.starts_with("record-") {
            // Named as a record that differs, not only caught by a figure it moved.
            let r = app::check_book(&Store::open(&work).unwrap(), None).unwrap();
            assert!(r.findings.iter().any(|f| f.check == "records"), "mutation {i} ({kind}): {:?}", r.findings);
        }
        let e = by_kind.entry(kind).or_default();
        e.0 += 1;
        *e.1.entry(how).or_default() += 1;
    }
    let mutate_secs = started.elapsed().as_secs_f64();
    // No false alarm: the clean book, reopened and checked again and again.
    let clean = Instant::now();
    for i in 0..n {
        assert_eq!(alarm(&base, &code), None, "false alarm on clean reopening {i}");
    }
    eprintln!("{n} mutations in {mutate_secs:.1} s, all detected; by kind (first safeguard to fire): {by_kind:?}");
    eprintln!("{n} clean reopenings in {:.1} s, no false alarm", clean.elapsed().as_secs_f64());
}
