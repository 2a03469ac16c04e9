//! Shared fixtures for integration tests: a small SHG book in a temp file, and a dump of every
//! table so a test can assert that a refused action changed nothing at all.
#![allow(dead_code)]

use chrono::NaiveDate;
use samuh::app::{self, Ctx};
use samuh::i18n::Lang;
use samuh::store::Store;
use samuh::testkit;
use std::path::PathBuf;

pub fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

pub fn ctx(today: &str) -> Ctx {
    Ctx::new(d(today), &format!("{today}T10:00:00"), Lang::En)
}

pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub path: PathBuf,
    pub store: Store,
    pub ctx: Ctx,
}

/// A weekly SHG formed 2025-01-05 with six members, by-laws (₹50 saving, 2 %/month flat,
/// cap ₹10,000 or 3× savings, 1 guarantor, no prepayment), opening balances at 2025-04-01
/// (`samuh::testkit`, which the fuzz book builds too).
pub fn shg() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.samuh");
    let mut store = Store::open_or_create(&path).unwrap();
    let ctx = ctx("2025-09-30");
    testkit::shg(&mut store, &ctx, &testkit::MEMBERS, "1000").unwrap();
    Fixture { dir, path, store, ctx }
}

/// Every row of every table, in a stable order: equal dumps mean nothing changed.
pub fn dump(path: &std::path::Path) -> String {
    let c = rusqlite::Connection::open(path).unwrap();
    let mut out = String::new();
    let tables: Vec<String> = c
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for t in tables {
        out.push_str(&format!("## {t}\n"));
        let mut st = c.prepare(&format!("SELECT * FROM \"{t}\" ORDER BY 1")).unwrap();
        let n = st.column_count();
        let mut rows = st.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            let cells: Vec<String> = (0..n).map(|i| format!("{:?}", r.get_ref(i).unwrap())).collect();
            out.push_str(&cells.join("|"));
            out.push('\n');
        }
    }
    out
}

pub fn meeting(date: &str, rows: Vec<app::MeetingMemberRow>) -> app::MeetingInput {
    app::MeetingInput { org: "shg".into(), date: date.into(), members: rows, ..Default::default() }
}

pub fn row(member: &str, attendance: &str, savings: &str) -> app::MeetingMemberRow {
    app::MeetingMemberRow { member: member.into(), attendance: attendance.into(), savings: Some(savings.into()), ..Default::default() }
}

/// The open self-check, its checkpoints then recorded at `at` (as the app does after a clean
/// open, so the next open check starts from them); returns the check.
pub fn check_and_record(store: &mut Store, at: &str) -> app::SelfCheck {
    let check = app::open_self_check(store).unwrap();
    app::record_checkpoints(store, &check, at).unwrap();
    check
}

/// A copy of the closed book `from` at `to`, without any WAL or shared-memory file an earlier
/// copy left beside `to` (which SQLite would otherwise replay into it).
pub fn copy_book(from: &std::path::Path, to: &std::path::Path) {
    for ext in ["samuh-wal", "samuh-shm"] {
        let _ = std::fs::remove_file(to.with_extension(ext));
    }
    std::fs::copy(from, to).unwrap();
}

/// Runs `sql` on the closed book at `path` as an outsider with the sqlite3 shell would: foreign
/// keys off, the append-only triggers dropped for the edit and put back after it.
pub fn outside_edit(path: &std::path::Path, sql: &str) {
    let c = rusqlite::Connection::open(path).unwrap();
    c.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
    let saved: Vec<(String, String, String)> = c
        .prepare("SELECT name, sql, tbl_name FROM sqlite_schema WHERE type = 'trigger'")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for (name, _, _) in &saved {
        c.execute_batch(&format!("DROP TRIGGER {name}")).unwrap();
    }
    c.execute_batch(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
    for (_, sql, table) in &saved {
        // A book made to look older has no table (record_hash, the federation's) for its triggers.
        let kept: i64 = c.query_row("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1", [table], |r| r.get(0)).unwrap();
        if kept == 1 {
            c.execute_batch(sql).unwrap();
        }
    }
}

/// Runs the built `samuh` CLI on the book at `path`, in `lang`, on 30 September 2025.
pub fn cli(book: &std::path::Path, lang: &str, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_samuh"))
        .args(["--db", book.to_str().unwrap(), "--lang", lang, "--today", "2025-09-30"])
        .args(args)
        .output()
        .unwrap()
}
