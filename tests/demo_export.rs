//! The demonstration books and the journal export, on real book files: the demo is
//! deterministic, passes every check, has loans in every state and a reversal in each
//! organisation, and the exported journals are accepted by ledger, hledger and bean-check, with
//! hledger's balance of every account equal to the book's.
//!
//! ledger, hledger and bean-check must be installed (`apt-get install -y ledger hledger
//! beancount`); a missing tool fails the test rather than skipping it.

use chrono::NaiveDate;
use samuh::app::{check_book, export_journal, JournalFormat};
use samuh::demo::{demo_create, DemoSummary};
use samuh::domain::money::{Currency, Money};
use samuh::render::journal::account_name;
use samuh::store::Store;
use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
}

fn make(dir: &Path, name: &str) -> (Store, DemoSummary) {
    let mut store = Store::open_or_create(&dir.join(name)).expect("open book");
    let summary = demo_create(&mut store, today()).expect("demo");
    (store, summary)
}

/// Runs a checker; a missing program is a failure that says how to install it.
fn run(program: &str, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(program).args(args).output().unwrap_or_else(|e| {
        panic!("cannot run `{program}` ({e}): install it with `apt-get install -y ledger hledger beancount`")
    });
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// hledger's `-O csv` amount ("-1234.50 INR", "0") as exact money.
fn parse_amount(cell: &str, currency: Currency) -> Money {
    let t = cell.trim().trim_end_matches(currency.code()).trim();
    let (neg, body) = match t.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, t),
    };
    let m = Money::parse_plain(&body.replace(',', ""), currency).unwrap_or_else(|e| panic!("hledger amount {cell:?}: {e:?}"));
    if neg { -m } else { m }
}

#[test]
fn the_demo_is_deterministic_checked_and_complete() {
    let dir = tempfile::tempdir().unwrap();
    let t0 = std::time::Instant::now();
    let (a, sa) = make(dir.path(), "a.samuh");
    eprintln!("demo_create took {:?}", t0.elapsed());
    let (b, sb) = make(dir.path(), "b.samuh");
    assert_eq!(sa, sb, "two runs give the same summary");
    let (ra, rb) = (check_book(&a, None).unwrap(), check_book(&b, None).unwrap());
    assert_eq!(ra.heads, rb.heads, "two runs give the same chain heads");
    assert_eq!(export_journal(&a, None, JournalFormat::Ledger).unwrap(), export_journal(&b, None, JournalFormat::Ledger).unwrap());
    assert!(ra.ok(), "check findings: {:#?}", ra.findings);
    eprintln!("{}", serde_json::to_string_pretty(&sa).unwrap());

    // The three story groups, then the village organisation's two younger SHGs.
    let codes: Vec<&str> = sa.orgs.iter().map(|o| o.code.as_str()).collect();
    assert_eq!(codes, ["shg-kishanganj", "coop-meherpur", "vf-roiet", "shg-belwa", "shg-tulsia"]);
    for o in &sa.orgs[..3] {
        for status in ["current", "overdue", "repaid", "rescheduled"] {
            assert!(o.loans.get(status).copied().unwrap_or(0) >= 1, "{}: no {status} loan: {:?}", o.code, o.loans);
        }
        assert!(o.reversals >= 1, "{}: no reversal", o.code);
        assert!(o.meetings >= 15, "{}: {} meetings", o.code, o.meetings);
    }
    // Half a year of weekly meetings each, a mistake reversed, loans running; in Belwa one
    // member has stopped paying.
    for o in &sa.orgs[3..] {
        // 26 meetings, one of them first entered wrongly and reversed: 27 recorded.
        assert_eq!(o.meetings, 27, "{}", o.code);
        assert!(o.reversals >= 1, "{}: no reversal", o.code);
        assert!(o.loans.get("current").copied().unwrap_or(0) >= 1, "{}: {:?}", o.code, o.loans);
    }
    assert!(sa.orgs[3].loans.get("overdue").copied().unwrap_or(0) >= 1, "{:?}", sa.orgs[3].loans);
}

#[test]
fn exported_journals_are_accepted_and_agree_with_the_book() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = make(dir.path(), "demo.samuh");

    // The whole book: every tool accepts it.
    let all = dir.path().join("all.ledger");
    std::fs::write(&all, export_journal(&store, None, JournalFormat::Ledger).unwrap()).unwrap();
    let all_bean = dir.path().join("all.beancount");
    std::fs::write(&all_bean, export_journal(&store, None, JournalFormat::Beancount).unwrap()).unwrap();
    let all_s = all.to_str().unwrap();
    let (ok, _, err) = run("ledger", &["-f", all_s, "balance"]);
    assert!(ok && err.trim().is_empty(), "ledger refused the journal: {err}");
    let (ok, _, err) = run("hledger", &["-f", all_s, "balance"]);
    assert!(ok, "hledger refused the journal: {err}");
    let (ok, out, err) = run("bean-check", &[all_bean.to_str().unwrap()]);
    assert!(ok, "bean-check refused the journal: {out}{err}");

    // One organisation at a time: hledger's balance of every account equals the book's.
    let book = store.read();
    for org in book.orgs().unwrap() {
        let path = dir.path().join(format!("{}.ledger", org.code));
        std::fs::write(&path, export_journal(&store, Some(&org.code), JournalFormat::Ledger).unwrap()).unwrap();
        let bean = dir.path().join(format!("{}.beancount", org.code));
        std::fs::write(&bean, export_journal(&store, Some(&org.code), JournalFormat::Beancount).unwrap()).unwrap();
        let (ok, out, err) = run("bean-check", &[bean.to_str().unwrap()]);
        assert!(ok, "bean-check refused {}: {out}{err}", org.code);
        let (ok, _, err) = run("ledger", &["-f", path.to_str().unwrap(), "balance"]);
        assert!(ok && err.trim().is_empty(), "ledger refused {}: {err}", org.code);

        let (ok, csv, err) = run("hledger", &["-f", path.to_str().unwrap(), "balance", "--flat", "--no-total", "-O", "csv"]);
        assert!(ok, "hledger refused {}: {err}", org.code);
        let mut rows: HashMap<String, Money> = HashMap::new();
        for line in csv.lines().skip(1).filter(|l| !l.trim().is_empty()) {
            let (acct, amount) = line.split_once(',').expect("two columns");
            rows.insert(acct.trim_matches('"').to_string(), parse_amount(amount.trim_matches('"'), org.currency));
        }
        let mut compared = 0;
        for bal in book.balances(Some(org.id), None).unwrap() {
            let name = account_name(None, &bal.code, bal.kind);
            // A head kept per member or loan appears as its sub-accounts.
            let theirs = match rows.get(&name) {
                Some(m) => *m,
                None => rows.iter().filter(|(a, _)| a.starts_with(&format!("{name}:"))).map(|(_, m)| *m).sum(),
            };
            assert_eq!(theirs, bal.balance, "{}: {} ({name}) hledger {theirs} vs book {}", org.code, bal.code, bal.balance);
            compared += 1;
        }
        assert!(compared > 10);
        // And nothing in hledger that the book does not have.
        let names: Vec<String> = book.balances(Some(org.id), None).unwrap().iter().map(|b| account_name(None, &b.code, b.kind)).collect();
        for acct in rows.keys() {
            assert!(names.iter().any(|n| acct == n || acct.starts_with(&format!("{n}:"))), "{}: hledger has {acct}", org.code);
        }
    }
}
