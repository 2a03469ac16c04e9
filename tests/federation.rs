//! Federation without a server (issue 16): a group writes a signed bundle, a village
//! organisation's book imports it. Round trip, "since the last bundle", idempotent re-import,
//! and every refusal (truncated, one byte altered, another key, unknown group, older, a gap,
//! rewritten history, a newer version, not a bundle) with the oversight book unchanged.

mod common;
use common::*;
use samuh::app::{self, BundleImportInput, BundleWriteInput, Ctx, OrgInput};
use samuh::store::Store;
use std::path::{Path, PathBuf};

/// The village organisation's book beside the group's, with its one organisation `vo`.
/// The village organisation "vo" the tests import into.
fn vo_input() -> OrgInput {
    OrgInput {
        code: "vo".into(),
        name: "Jeevika VO".into(),
        kind: "village-organisation".into(),
        country: "in".into(),
        meeting_frequency: "monthly".into(),
        formed_on: "2024-01-01".into(),
        ..Default::default()
    }
}

fn vo_book(dir: &Path, name: &str) -> (PathBuf, Store) {
    let path = dir.join(name);
    let mut s = Store::open_or_create(&path).unwrap();
    app::org_add(&mut s, &ctx("2025-09-30"), &vo_input()).unwrap();
    (path, s)
}

fn write(store: &mut Store, c: &Ctx, out: &Path, since_last: bool) -> app::BundleWritten {
    app::bundle_write(store, c, &BundleWriteInput { org: "shg".into(), out: out.display().to_string(), since_last, no_names: false }).unwrap()
}

fn import(store: &mut Store, files: &[&Path], register: bool) -> samuh::error::Result<Vec<app::BundleImported>> {
    let input = BundleImportInput { org: "vo".into(), files: files.iter().map(|f| f.display().to_string()).collect(), register };
    app::bundle_import(store, &ctx("2025-10-01"), &input)
}

fn count(path: &Path, sql: &str) -> i64 {
    rusqlite::Connection::open(path).unwrap().query_row(sql, [], |r| r.get(0)).unwrap()
}

fn hashes(path: &Path, sql: &str) -> Vec<String> {
    let c = rusqlite::Connection::open(path).unwrap();
    let v = c.prepare(sql).unwrap().query_map([], |r| r.get(0)).unwrap().collect::<Result<Vec<String>, _>>().unwrap();
    v
}

/// The dump without the tables a bundle write may add to: the key, the note and their hashes.
fn dump_without_notes(path: &Path) -> String {
    let mut out = String::new();
    let mut keep = true;
    for line in dump(path).lines() {
        if let Some(t) = line.strip_prefix("## ") {
            keep = !matches!(t, "bundle_key" | "bundle_written" | "record_hash");
        }
        if keep {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The group's book with two meetings after its opening: 2025-04-06 (savings ₹50 from members
/// 1–3) and 2025-04-13.
fn group() -> Fixture {
    let mut f = shg();
    let c = f.ctx.clone();
    app::meeting_record(&mut f.store, &c, &meeting("2025-04-06", vec![row("1", "present", "50"), row("2", "present", "50"), row("3", "present", "50")])).unwrap();
    app::meeting_record(&mut f.store, &c, &meeting("2025-04-13", vec![row("1", "present", "50"), row("2", "absent", "")])).unwrap();
    f
}

fn assert_refused(e: samuh::Error, code: &str) {
    assert_eq!(e.code(), code, "{e:?}");
}

#[test]
fn a_bundle_round_trips_and_writing_it_changes_only_its_note() {
    let mut f = group();
    let c = f.ctx.clone();
    let before = dump_without_notes(&f.path);
    let out = f.dir.path().join("shg-1.bundle");
    let w = write(&mut f.store, &c, &out, false);
    assert_eq!(dump_without_notes(&f.path), before, "writing a bundle changes nothing but its note and the key");
    assert!(w.key_created);
    assert_eq!(count(&f.path, "SELECT count(*) FROM bundle_written"), 1);
    assert_eq!(count(&f.path, "SELECT count(*) FROM bundle_key"), 1);
    // Every voucher of the group: the opening and one per meeting, counted in its own book.
    let group_vouchers = count(&f.path, "SELECT count(*) FROM voucher");
    assert_eq!(w.vouchers, group_vouchers);
    assert_eq!(w.head_count, group_vouchers);

    let (vo_path, mut vo) = vo_book(f.dir.path(), "vo.samuh");
    let done = import(&mut vo, &[&out], true).unwrap();
    assert_eq!(done.len(), 1);
    assert!(done[0].registered);
    assert!(!done[0].already);
    assert_eq!(done[0].fingerprint, w.fingerprint, "the officer compares the same fingerprint the group printed");
    assert_eq!(done[0].new_vouchers, group_vouchers);
    assert_eq!(
        hashes(&vo_path, "SELECT hash FROM fed_voucher ORDER BY position"),
        hashes(&f.path, "SELECT hash FROM voucher ORDER BY id"),
        "the oversight book holds the group's chain as the group hashed it"
    );
    assert_eq!(
        count(&vo_path, "SELECT sum(amount_minor) FROM fed_posting WHERE account = 'member-savings'"),
        count(&f.path, "SELECT sum(p.amount_minor) FROM posting p JOIN account a ON a.id = p.account_id WHERE a.code = 'member-savings'"),
    );
    // Nothing in the oversight book's own journal.
    assert_eq!(count(&vo_path, "SELECT count(*) FROM voucher"), 0);
    // Imported groups are read-only: their rows refuse any change.
    let conn = rusqlite::Connection::open(&vo_path).unwrap();
    assert!(conn.execute("UPDATE fed_posting SET amount_minor = 1", []).is_err());
    assert!(conn.execute("DELETE FROM fed_voucher", []).is_err());
    drop(conn);

    // The same bundle again: a no-op.
    let dumped = dump(&vo_path);
    let again = import(&mut vo, &[&out], false).unwrap();
    assert!(again[0].already);
    assert_eq!(dump(&vo_path), dumped, "importing the same bundle twice changes nothing");

    // Both books still pass every check (the new records are in the records chain).
    assert!(app::check_book(&vo, None).unwrap().findings.is_empty());
    assert!(app::check_book(&f.store, None).unwrap().findings.is_empty());
}

#[test]
fn a_bundle_since_the_last_extends_what_was_imported() {
    let mut f = group();
    let c = f.ctx.clone();
    let (vo_path, mut vo) = vo_book(f.dir.path(), "vo.samuh");
    let first = f.dir.path().join("1.bundle");
    write(&mut f.store, &c, &first, false);
    import(&mut vo, &[&first], true).unwrap();
    let before = count(&f.path, "SELECT count(*) FROM voucher");
    app::meeting_record(&mut f.store, &c, &meeting("2025-04-20", vec![row("1", "present", "50"), row("3", "present", "50")])).unwrap();
    let added = count(&f.path, "SELECT count(*) FROM voucher") - before;
    assert!(added >= 1);
    let second = f.dir.path().join("2.bundle");
    let w = write(&mut f.store, &c, &second, true);
    assert_eq!(w.scope, "since");
    assert_eq!(w.vouchers, added, "only what was recorded since the last bundle");
    assert!(!w.key_created, "the key is made once");
    let done = import(&mut vo, &[&second], false).unwrap();
    assert_eq!(done[0].new_vouchers, added);
    assert_eq!(hashes(&vo_path, "SELECT hash FROM fed_voucher ORDER BY position"), hashes(&f.path, "SELECT hash FROM voucher ORDER BY id"));
    // A bundle of everything after that adds nothing new to the journal.
    let third = f.dir.path().join("3.bundle");
    write(&mut f.store, &c, &third, false);
    let done = import(&mut vo, &[&third], false).unwrap();
    assert_eq!(done[0].new_vouchers, 0);
    assert!(app::check_book(&vo, None).unwrap().findings.is_empty());
}

#[test]
fn every_bad_bundle_is_refused_and_nothing_is_imported() {
    let mut f = group();
    let c = f.ctx.clone();
    let dir = f.dir.path().to_path_buf();
    // A second copy of the group's book, made before its first bundle: it makes its own key.
    drop(std::mem::replace(&mut f.store, Store::open_in_memory().unwrap()));
    copy_book(&f.path, &dir.join("twin.samuh"));
    let mut twin = Store::open(&dir.join("twin.samuh")).unwrap();
    f.store = Store::open(&f.path).unwrap();

    let good = dir.join("good.bundle");
    write(&mut f.store, &c, &good, false);
    let bytes = std::fs::read(&good).unwrap();
    let (vo_path, mut vo) = vo_book(&dir, "vo.samuh");

    // Unknown group: not registered, nothing imported.
    let before = dump(&vo_path);
    assert_refused(import(&mut vo, &[&good], false).unwrap_err(), "error-bundle-unknown-group");
    assert_eq!(dump(&vo_path), before);

    let bad = |name: &str, content: &[u8]| {
        let p = dir.join(name);
        std::fs::write(&p, content).unwrap();
        p
    };
    let header_end = bytes.windows(2).position(|w| w == b"\n\n").unwrap() + 2;
    let mut altered = bytes.clone();
    // One byte in the middle of the payload: '0'..'9' or a letter, changed to another.
    let i = header_end + (bytes.len() - header_end) / 2;
    altered[i] = if altered[i] == b'1' { b'2' } else { b'1' };
    let mut newer = bytes.clone();
    newer[b"SAMUH-BUNDLE ".len()] = b'2';
    let cases: Vec<(PathBuf, &str)> = vec![
        (bad("cut.bundle", &bytes[..bytes.len() - 100]), "error-bundle-truncated"),
        (bad("cut-header.bundle", &bytes[..40]), "error-bundle-truncated"),
        (bad("altered.bundle", &altered), "error-bundle-altered"),
        (bad("newer.bundle", &newer), "error-bundle-newer-version"),
        (bad("notes.txt", b"minutes of the meeting"), "error-bundle-not-a-bundle"),
    ];
    for (p, code) in &cases {
        let before = dump(&vo_path);
        assert_refused(import(&mut vo, &[p], true).unwrap_err(), code);
        assert_eq!(dump(&vo_path), before, "{code}: nothing imported");
    }

    // Registered with the good bundle's key; then the twin's bundle, signed with another key.
    import(&mut vo, &[&good], true).unwrap();
    let other = dir.join("twin.bundle");
    let tw = app::bundle_write(&mut twin, &c, &BundleWriteInput { org: "shg".into(), out: other.display().to_string(), ..Default::default() }).unwrap();
    let before = dump(&vo_path);
    let e = import(&mut vo, &[&other], true).unwrap_err();
    assert_refused(e.clone(), "error-bundle-wrong-key");
    assert!(e.args().iter().any(|(k, v)| *k == "fingerprint" && v.plain() == tw.fingerprint));
    assert_eq!(dump(&vo_path), before);

    // Older: two bundles of everything; the newer imported, then the older.
    app::meeting_record(&mut f.store, &c, &meeting("2025-04-20", vec![row("1", "present", "50")])).unwrap();
    let newer_all = dir.join("newer-all.bundle");
    write(&mut f.store, &c, &newer_all, false);
    import(&mut vo, &[&newer_all], false).unwrap();
    let before = dump(&vo_path);
    // The good bundle was imported already: the same file is a no-op, not a refusal.
    assert!(import(&mut vo, &[&good], false).unwrap()[0].already);
    assert_eq!(dump(&vo_path), before);

    // Gap and rewritten history: a copy of the group's book that shares its key (made after
    // the first bundle) records a different meeting on 2025-04-20.
    drop(std::mem::replace(&mut f.store, Store::open_in_memory().unwrap()));
    let fork_path = dir.join("fork.samuh");
    copy_book(&f.path, &fork_path);
    f.store = Store::open(&f.path).unwrap();
    let mut fork = Store::open(&fork_path).unwrap();
    // In the group's book: bundle "since" (the 20 April meeting was in newer-all), then one more
    // meeting and two "since" bundles; import only the last: a gap.
    app::meeting_record(&mut f.store, &c, &meeting("2025-04-27", vec![row("2", "present", "50")])).unwrap();
    let since_a = dir.join("since-a.bundle");
    write(&mut f.store, &c, &since_a, true);
    app::meeting_record(&mut f.store, &c, &meeting("2025-05-04", vec![row("3", "present", "50")])).unwrap();
    let since_b = dir.join("since-b.bundle");
    write(&mut f.store, &c, &since_b, true);
    let before = dump(&vo_path);
    assert_refused(import(&mut vo, &[&since_b], false).unwrap_err(), "error-bundle-gap");
    assert_eq!(dump(&vo_path), before);
    import(&mut vo, &[&since_a, &since_b], false).unwrap();

    // Older: the bundle of everything as of 20 April, never imported (the import of newer-all
    // was); written now from the fork, which still stands there and has the group's key.
    let fork_older = dir.join("fork-older.bundle");
    app::bundle_write(&mut fork, &c, &BundleWriteInput { org: "shg".into(), out: fork_older.display().to_string(), ..Default::default() }).unwrap();
    let before = dump(&vo_path);
    let e = import(&mut vo, &[&fork_older], false).unwrap_err();
    assert_refused(e, "error-bundle-older");
    assert_eq!(dump(&vo_path), before);

    // Rewritten history: the fork records its own 27 April meeting (another member saved) and
    // sends everything. Refused, and an alarm is recorded; nothing else changes.
    app::meeting_record(&mut fork, &c, &meeting("2025-04-27", vec![row("4", "present", "50")])).unwrap();
    let rewritten = dir.join("rewritten.bundle");
    app::bundle_write(&mut fork, &c, &BundleWriteInput { org: "shg".into(), out: rewritten.display().to_string(), ..Default::default() }).unwrap();
    let before = dump_without_alarms(&vo_path);
    let alarms = count(&vo_path, "SELECT count(*) FROM fed_alarm");
    let e = import(&mut vo, &[&rewritten], false).unwrap_err();
    assert_refused(e.clone(), "error-bundle-rewrites-history");
    // The first differing entry is the one after 20 April's: position = vouchers up to then + 1.
    let upto_20th = count(&fork_path, "SELECT count(*) FROM voucher WHERE date <= '2025-04-20'");
    assert!(e.args().iter().any(|(k, v)| *k == "position" && v.plain() == (upto_20th + 1).to_string()), "{e:?}");
    // The differing voucher is the fork's 27 April meeting: its date in the reader's calendar and
    // digits (Thai: 27 April 2025 + 543 = 2568), never an ISO date inside a Thai sentence.
    let th = samuh::i18n::Localizer::new(samuh::i18n::Locale::new(samuh::i18n::Lang::Th)).error(&e);
    assert!(th.contains("วันที่ 27 เมษายน 2568"), "{th}");
    assert!(!th.contains("2025-04-27"), "{th}");
    let hi = samuh::i18n::Localizer::new(samuh::i18n::Locale::new(samuh::i18n::Lang::Hi)).error(&e);
    assert!(hi.contains("(27 अप्रैल 2025 का वाउचर "), "{hi}");
    // The voucher is named as the group's registers print it: its fiscal year's label and its
    // number in that year, in Bengali digits for a Bengali reader.
    let n = count(&fork_path, "SELECT number FROM voucher WHERE date = '2025-04-27'");
    assert!(hi.contains(&format!("का वाउचर 2025-26/{n:04})")), "{hi}");
    let bn = samuh::i18n::Localizer::new(samuh::i18n::Locale::new(samuh::i18n::Lang::Bn)).error(&e);
    let bengali: String = format!("2025-26/{n:04}").chars().map(|c| c.to_digit(10).map(|d| char::from_u32(0x09E6 + d).unwrap()).unwrap_or(c)).collect();
    assert!(bn.contains(&format!("ভাউচার {bengali})")), "{bn}");
    assert_eq!(dump_without_alarms(&vo_path), before, "never merged");
    assert_eq!(count(&vo_path, "SELECT count(*) FROM fed_alarm"), alarms + 1, "the alarm is recorded");
    assert!(app::check_book(&vo, None).unwrap().findings.is_empty());
}

/// The dump without the alarms and the hashes that record them.
fn dump_without_alarms(path: &Path) -> String {
    let mut out = String::new();
    let mut keep = true;
    for line in dump(path).lines() {
        if let Some(t) = line.strip_prefix("## ") {
            keep = !matches!(t, "fed_alarm" | "record_hash");
        }
        if keep {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[test]
fn only_a_village_organisation_imports_and_messages_exist_in_every_language() {
    let mut f = group();
    let c = f.ctx.clone();
    let out = f.dir.path().join("b.bundle");
    write(&mut f.store, &c, &out, false);
    let input = BundleImportInput { org: "shg".into(), files: vec![out.display().to_string()], register: true };
    let before = dump(&f.path);
    assert_refused(app::bundle_import(&mut f.store, &c, &input).unwrap_err(), "error-not-an-oversight-book");
    assert_eq!(dump(&f.path), before);
    for code in [
        "error-bundle-not-a-bundle",
        "error-bundle-truncated",
        "error-bundle-altered",
        "error-bundle-newer-version",
        "error-bundle-wrong-key",
        "error-bundle-unknown-group",
        "error-bundle-older",
        "error-bundle-gap",
        "error-bundle-rewrites-history",
        "error-not-an-oversight-book",
        "error-bundle-of-own-book",
    ] {
        assert!(samuh::Error::codes().contains(&code), "{code}");
    }
}

#[test]
fn the_cli_writes_and_imports_and_refuses_in_the_readers_language() {
    let f = group();
    drop(f.store);
    let out = f.dir.path().join("cli.bundle");
    let o = cli(&f.path, "en", &["bundle", "write", "--org", "shg", "--out", out.to_str().unwrap(), "--no-names"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8_lossy(&o.stdout).to_string();
    assert!(text.contains("Key fingerprint"), "{text}");
    // No names in the bundle: the members' names from the test kit do not appear.
    let bytes = std::fs::read(&out).unwrap();
    let content = String::from_utf8_lossy(&bytes);
    assert!(!content.contains(samuh::testkit::MEMBERS[0]));
    let (vo_path, vo) = vo_book(f.dir.path(), "vo.samuh");
    drop(vo);
    let o = cli(&vo_path, "hi", &["bundle", "import", "--org", "vo", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("रजिस्टर"), "{err}");
    let o = cli(&vo_path, "en", &["bundle", "import", "--org", "vo", "--register", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).contains("registered with key fingerprint"));
}

fn cells(r: &samuh::reports::Report) -> Vec<Vec<samuh::reports::Cell>> {
    r.sections[0].rows.clone()
}

#[test]
fn the_status_board_and_the_portfolio_roll_up_what_the_groups_sent() {
    use rust_decimal::Decimal;
    use samuh::domain::money::Money;
    use samuh::reports::Cell;
    let mut f = group();
    let c = f.ctx.clone();
    // A loan of ₹800 to member 4 on 20 April: 2 %/month flat, 10 monthly instalments of ₹80
    // principal + ₹16 interest (800 × 2 %), the first due 20 May.
    let mut m = meeting("2025-04-20", vec![row("1", "present", "50")]);
    m.loans.push(app::LoanInput { member: "4".into(), amount: "800".into(), guarantors: vec!["5".into()], ..Default::default() });
    app::meeting_record(&mut f.store, &c, &m).unwrap();
    // The first instalment paid on time; the June and July ones not.
    app::loan_repay(&mut f.store, &c, &app::RepayInput { org: "shg".into(), date: "2025-05-20".into(), member: "4".into(), amount: "96".into(), ..Default::default() }).unwrap();
    app::meeting_record(&mut f.store, &c, &meeting("2025-07-27", vec![row("1", "present", "50")])).unwrap();
    let out = f.dir.path().join("g.bundle");
    write(&mut f.store, &c, &out, false);
    let (_vo_path, mut vo) = vo_book(f.dir.path(), "vo.samuh");
    import(&mut vo, &[&out], true).unwrap();
    let rep = |name: &str, from: &str, to: &str| {
        let p = app::ReportParams { org: "vo".into(), name: name.into(), from: Some(from.into()), to: Some(to.into()), ..Default::default() };
        app::report(&vo, &ctx("2025-10-01"), &p).unwrap()
    };

    let p = rep("portfolio", "2025-04-01", "2025-09-30");
    let row = &cells(&p)[0];
    let money = |units: i64| Cell::Money(Money::units(units));
    let pct = |s: &str| Cell::Percent(s.parse::<Decimal>().unwrap());
    assert_eq!(row[0], Cell::text("shg"));
    assert_eq!(row[1], Cell::Count(6), "six members, none left");
    // Savings: 6 × ₹1,000 opening + 3 × ₹50 (6 Apr) + ₹50 (13 Apr) + ₹50 (20 Apr) + ₹50 (27 Jul).
    assert_eq!(row[2], money(6300));
    // Outstanding: 800 − 80 repaid; disbursed 800 and recovered 80 in the period.
    assert_eq!(row[3], money(720));
    assert_eq!(row[4], money(800));
    assert_eq!(row[5], money(80));
    // On 27 July (the bundle's date) the June and July instalments are overdue: principal
    // 2 × 80 = 160; recovery 80 ÷ (80 + 160) = 33.33 %. The oldest unpaid instalment fell due on
    // 20 June: 37 days past due, so the whole ₹720 is at risk over 30 days, none over 60 or 90.
    assert_eq!(row[6], pct("33.33"));
    assert_eq!(row[7], pct("100"));
    assert_eq!(row[8], pct("0"));
    assert_eq!(row[9], pct("0"));
    assert_eq!(p.sections[0].totals.as_ref().unwrap()[3], money(720));

    // The status board: up to date on 15 August (19 days after the period sent), late on
    // 30 September (65 days after, more than 35).
    let s = rep("group-status", "2025-04-01", "2025-08-15");
    let row = &cells(&s)[0];
    assert_eq!(row[2], Cell::Count(1));
    assert_eq!(row[3], Cell::Date(d("2025-07-27")));
    assert_eq!(row[4], Cell::Date(d("2025-10-01")));
    assert_eq!(row[7], Cell::msg("group-status-ok"));
    let s = rep("group-status", "2025-04-01", "2025-09-30");
    assert_eq!(cells(&s)[0][7], Cell::msg("group-status-late"));

    // Overdue borrowers: member 4's loan 1 from the own savings, 37 days past due on 27 July
    // with the June and July principal (2 × ₹80 = ₹160) due, ₹720 outstanding, guarantor 5.
    let o = rep("overdue-borrowers", "2025-04-01", "2025-09-30");
    assert_eq!(cells(&o).len(), 1);
    assert_eq!(
        cells(&o)[0],
        vec![Cell::text("shg"), Cell::text("4"), Cell::Count(1), Cell::msg("fund-own-savings"), Cell::Count(37), money(160), money(720), Cell::text("5")]
    );
    assert_eq!(o.sections[0].totals.as_ref().unwrap()[5], money(160));
}

/// The status board names the groups whose annual statement has not come (the Meherpur office's
/// list, issue 16): the statement due is that of the last fiscal year ended. The test group keeps
/// the Indian year, April to March; 2025-26 ended on 31 March 2026. On 15 May 2026 (45 days
/// later, within 90) it is awaited; on 15 July 2026 (106 days later) it is missing; once the
/// group has closed 2025-26 and sent a bundle holding the close, it is received.
#[test]
fn the_status_board_names_the_groups_whose_annual_statement_has_not_come() {
    use samuh::domain::org::FiscalYear;
    use samuh::i18n::{Lang, Locale};
    use samuh::reports::{Cell, Msg};
    let mut f = group();
    let out = f.dir.path().join("1.bundle");
    write(&mut f.store, &ctx("2025-10-01"), &out, false);
    let (_vo_path, mut vo) = vo_book(f.dir.path(), "vo.samuh");
    import(&mut vo, &[&out], true).unwrap();
    let board = |vo: &Store, to: &str| {
        let p = app::ReportParams { org: "vo".into(), name: "group-status".into(), to: Some(to.into()), ..Default::default() };
        app::report(vo, &ctx("2026-08-01"), &p).unwrap()
    };
    let fy = FiscalYear { start_year: 2025, start_month: 4, start_day: 1 };
    let said = |id: &str| Cell::Msg(Msg::new(id).arg("year", samuh::error::Arg::Year(fy)));
    let col = |r: &samuh::reports::Report| r.sections[0].col("col-annual-statement");
    let r = board(&vo, "2026-05-15");
    assert_eq!(r.sections[0].rows[0][col(&r)], said("group-annual-awaited"));
    let r = board(&vo, "2026-07-15");
    assert_eq!(r.sections[0].rows[0][col(&r)], said("group-annual-missing"));
    // Said in the reader's words, with the count of missing statements under the board.
    let p = app::ReportParams { org: "vo".into(), name: "group-status".into(), to: Some("2026-07-15".into()), ..Default::default() };
    let hi = app::report_view(&vo, &ctx("2026-08-01"), &p, Locale::new(Lang::Hi)).unwrap();
    let k = hi.sections[0].columns.iter().position(|c| c.label == "वार्षिक विवरण").expect("the column, headed in Hindi");
    assert_eq!(hi.sections[0].rows[0][k], "नहीं आया (2025-26)");
    assert!(hi.sections[0].notes.iter().any(|n| n.ends_with("1 समूहों का वार्षिक विवरण नहीं आया।")), "{:?}", hi.sections[0].notes);
    let en = app::report_view(&vo, &ctx("2026-08-01"), &p, Locale::new(Lang::En)).unwrap();
    assert_eq!(en.sections[0].rows[0][k], "Missing (2025-26)");
    assert!(en.sections[0].notes.iter().any(|n| n.ends_with("One group's annual statement is missing.")), "{:?}", en.sections[0].notes);

    // The group closes 2025-26 (its ₹5 fine of 13 April is the year's income) and sends it.
    let c = ctx("2026-07-20");
    app::year_close(&mut f.store, &c, &app::YearInput { org: "shg".into(), year: "2025".into(), ..Default::default() }).unwrap();
    let out2 = f.dir.path().join("2.bundle");
    write(&mut f.store, &c, &out2, true);
    import(&mut vo, &[&out2], false).unwrap();
    let r = board(&vo, "2026-07-20");
    assert_eq!(r.sections[0].rows[0][col(&r)], said("group-annual-received"));
    // The imported journal says the same (what a bundle written before closes were listed
    // shows): the closing lines of 2025-26 stand.
    let b = vo.read();
    let vo_org = b.org_by_code("vo").unwrap().unwrap();
    let g = b.fed_groups(vo_org.id).unwrap().into_iter().find(|g| g.code == "shg").unwrap();
    assert_eq!(b.fed_closed_years(g.id).unwrap(), vec![2025]);
}

#[test]
fn the_desktop_writes_imports_and_shows_the_roll_ups_through_the_command_table() {
    use samuh::desk::{Desk, Host};
    use serde_json::json;
    let f = group();
    drop(f.store);
    let dir = f.dir.path();
    let (vo_path, vo) = vo_book(dir, "vo.samuh");
    drop(vo);
    let desk = Desk::new(Host { save_dir: None, print_dir: dir.to_path_buf(), open: None, recent: None, step_pause: std::time::Duration::ZERO });
    desk.call("book_open", json!({ "path": f.path.display().to_string() })).unwrap();
    let out = dir.join("pen").join("shg.bundle");
    std::fs::create_dir_all(out.parent().unwrap()).unwrap();
    let w = desk.call("bundle_write", json!({ "input": { "org": "shg", "out": out.display().to_string() } })).unwrap();
    assert_eq!(w["org"], "shg");
    desk.call("book_open", json!({ "path": vo_path.display().to_string() })).unwrap();
    let files = desk.call("bundle_files", json!({ "dir": out.parent().unwrap().display().to_string() })).unwrap();
    assert_eq!(files, json!([out.display().to_string()]));
    let done = desk.call("bundle_import", json!({ "input": { "org": "vo", "files": files, "register": true } })).unwrap();
    assert_eq!(done[0]["registered"], true);
    assert_eq!(done[0]["fingerprint"], w["fingerprint"]);
    // A refusal comes back in the reader's language, with its id.
    let e = desk.call("bundle_import", json!({ "input": { "org": "shg", "files": files }, "locale": { "lang": "hi" } })).unwrap_err();
    assert_eq!(e.code, "error-unknown-organisation");
    assert!(e.message.chars().any(|c| (0x0900..0x0980).contains(&(c as u32))), "{}", e.message);
    let r = desk.call("report_view", json!({ "params": { "org": "vo", "name": "portfolio" } })).unwrap();
    assert!(r.to_string().contains("shg"));
}

#[test]
fn check_names_an_outside_change_to_an_imported_group() {
    let mut f = group();
    let c = f.ctx.clone();
    let out = f.dir.path().join("g.bundle");
    write(&mut f.store, &c, &out, false);
    let (vo_path, mut vo) = vo_book(f.dir.path(), "vo.samuh");
    import(&mut vo, &[&out], true).unwrap();
    drop(vo);
    let work = f.dir.path().join("work.samuh");
    for (sql, position) in [
        // A saving of the 6 April meeting made larger: that entry (position 2, after the opening).
        ("UPDATE fed_posting SET amount_minor = amount_minor * 2 WHERE position = 2", "2"),
        // The last entry removed: the chain stops short of the bundle's head at position 3.
        ("DELETE FROM fed_posting WHERE position = 3; DELETE FROM fed_voucher WHERE position = 3", "3"),
    ] {
        copy_book(&vo_path, &work);
        outside_edit(&work, sql);
        let s = Store::open(&work).unwrap();
        let r = app::check_book(&s, None).unwrap();
        assert!(
            r.findings.iter().any(|x| x.id == "finding-imported-chain-broken" && x.args.contains(&("group".into(), "shg".into())) && x.args.contains(&("position".into(), position.into()))),
            "{sql}: {:?}",
            r.findings
        );
    }
    // The sums by month the roll-ups read (migration 0022), changed while the entries stand:
    // the check names the group, and the portfolio read before the change is what the entries
    // still give once the sums are put back.
    let portfolio = |path: &std::path::Path| {
        let s = Store::open(path).unwrap();
        let p = app::ReportParams { org: "vo".into(), name: "portfolio".into(), to: Some("2025-06-30".into()), ..Default::default() };
        app::report(&s, &c, &p).unwrap()
    };
    copy_book(&vo_path, &work);
    let before = portfolio(&work);
    outside_edit(&work, "UPDATE fed_month SET amount_minor = amount_minor - 100000 WHERE account = 'member-savings'");
    let s = Store::open(&work).unwrap();
    let r = app::check_book(&s, None).unwrap();
    assert!(r.findings.iter().any(|x| x.id == "finding-imported-sums-differ" && x.args == vec![("group".to_string(), "shg".to_string())]), "{:?}", r.findings);
    assert!(!r.findings.iter().any(|x| x.id == "finding-imported-chain-broken"), "{:?}", r.findings);
    drop(s);
    assert_ne!(portfolio(&work), before, "the changed sums are what the portfolio read");
    copy_book(&vo_path, &work);
    let s = Store::open(&work).unwrap();
    assert!(app::check_book(&s, None).unwrap().findings.iter().all(|x| x.id != "finding-imported-sums-differ"));
    drop(s);
    // A book without the sums (a backup from before them, opened read-only) reads its roll-ups
    // from the postings, the same.
    outside_edit(&work, "DROP TABLE fed_month");
    assert_eq!(portfolio(&work), before);
}

#[test]
fn an_shg_records_repaying_cif_to_its_village_organisation() {
    let mut f = shg();
    let c = f.ctx.clone();
    let mut m = meeting("2025-04-06", vec![row("1", "present", "50")]);
    // ₹2,000 of CIF received in the bank, then ₹500 repaid from cash at the next meeting.
    m.group.push(app::GroupLineInput { kind: "grant".into(), head: Some("community-investment-fund".into()), amount: "2000".into(), note: String::new() });
    app::meeting_record(&mut f.store, &c, &m).unwrap();
    let mut m = meeting("2025-04-13", vec![row("1", "present", "50")]);
    m.group.push(app::GroupLineInput { kind: "cif-repaid".into(), head: None, amount: "500".into(), note: "VO receipt 12".into() });
    app::meeting_record(&mut f.store, &c, &m).unwrap();
    // CIF payable: 2,000 received − 500 repaid = 1,500 still owed (a credit balance).
    let owed = count(&f.path, "SELECT -sum(p.amount_minor) FROM posting p JOIN account a ON a.id = p.account_id WHERE a.code = 'cif-payable'");
    assert_eq!(owed, 1500_00);
    // Cash: 1,000 opening + 50 + 50 saved − 500 repaid = 600.
    let cash = count(&f.path, "SELECT sum(p.amount_minor) FROM posting p JOIN account a ON a.id = p.account_id WHERE a.code = 'cash'");
    assert_eq!(cash, 600_00);
    // The payment is its own head in receipts and payments.
    let p = app::ReportParams { org: "shg".into(), name: "receipts-payments".into(), from: Some("2025-04-01".into()), to: Some("2025-04-30".into()), ..Default::default() };
    let r = app::report(&f.store, &c, &p).unwrap();
    let found = r.sections.iter().flat_map(|s| s.rows.iter()).any(|row| row.iter().any(|cell| *cell == samuh::reports::Cell::msg("line-cif-repaid")));
    assert!(found, "{r:?}");
    assert!(app::check_book(&f.store, None).unwrap().findings.is_empty());

    // 1,500 is owed now: repaying 1,500.01 is refused beside the CIF line (group line 1, after
    // other income of 1,000 that keeps the cash above zero), in the reader's language, and the book is unchanged. Then 1,500 is
    // accepted, after which even 0.01 more is refused.
    let before = dump(&f.path);
    let mut m = meeting("2025-04-20", vec![row("1", "present", "50")]);
    m.group.push(app::GroupLineInput { kind: "other-income".into(), head: None, amount: "1000".into(), note: String::new() });
    m.group.push(app::GroupLineInput { kind: "cif-repaid".into(), head: None, amount: "1500.01".into(), note: String::new() });
    let e = app::meeting_record(&mut f.store, &c, &m).unwrap_err();
    assert_eq!(e.code(), "error-cif-above-owed");
    assert!(e.args().contains(&("owed", samuh::error::Arg::Money(samuh::domain::money::Money::units(1500)))), "{:?}", e.args());
    assert_eq!(dump(&f.path), before);
    let hindi = samuh::i18n::Localizer::new(samuh::i18n::Locale::new(samuh::i18n::Lang::Hi)).error(&e);
    assert_eq!(hindi, "1,500.01 की CIF वापसी उस 1,500.00 से अधिक है जो समूह पर अपने ग्राम संगठन का बकाया है। कुछ भी सहेजा नहीं गया। अधिकतम 1,500.00 लिखें, या पहले मिली CIF दर्ज करें।");
    m.group[1].amount = "1500".into();
    app::meeting_record(&mut f.store, &c, &m).unwrap();
    let mut m = meeting("2025-04-27", vec![row("1", "present", "50")]);
    m.group.push(app::GroupLineInput { kind: "cif-repaid".into(), head: None, amount: "0.01".into(), note: String::new() });
    assert_eq!(app::meeting_record(&mut f.store, &c, &m).unwrap_err().code(), "error-cif-above-owed");
}

#[test]
fn the_signing_key_of_an_encrypted_book_is_encrypted_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("locked.samuh");
    let (mut store, _) = app::book_create_encrypted(&path, "correct horse battery").unwrap();
    let c = ctx("2025-09-30");
    samuh::testkit::shg(&mut store, &c, &samuh::testkit::MEMBERS, "1000").unwrap();
    let out = dir.path().join("locked.bundle");
    write(&mut store, &c, &out, false);
    let secret: String = store.read().bundle_key(1).unwrap().unwrap().1;
    drop(store);
    let mut raw = std::fs::read(&path).unwrap();
    if let Ok(wal) = std::fs::read(path.with_extension("samuh-wal")) {
        raw.extend(wal);
    }
    let hay = String::from_utf8_lossy(&raw);
    assert!(!hay.contains(&secret), "the secret key is not in the file in the clear");
    assert!(!hay.contains(&secret[..16]));
    // The bundle itself carries only the public key.
    assert!(!String::from_utf8_lossy(&std::fs::read(&out).unwrap()).contains(&secret));
}

/// The village organisation's by-laws for its CIF loans: 1 %/month flat, monthly, 10
/// instalments, rounding to the rupee; and ₹50,000 of CIF received from the project on
/// 2025-04-02 (in the bank), ₹20,000 of it drawn in cash the same day.
fn vo_with_cif(store: &mut Store) {
    with_cif(store, "vo", "2025-04-02", "50000", "20000");
}

/// An oversight body's CIF by-laws (as the VO's above) and `fund` of CIF received from the
/// project on `on` in the bank, `cash` of it drawn the same day.
fn with_cif(store: &mut Store, org: &str, on: &str, fund: &str, cash: &str) {
    let c = ctx("2025-10-01");
    let s = |x: &str| Some(x.to_string());
    app::policy_set(store, &c, &app::PolicyInput {
        org: org.into(),
        effective_from: "2024-01-01".into(),
        saving_per_meeting: s("0"),
        interest_rate: s("1"),
        rate_period: s("month"),
        interest_method: s("flat"),
        repayment_frequency: s("monthly"),
        default_instalments: s("10"),
        rounding_unit: s("1"),
        ..Default::default()
    })
    .unwrap();
    let mut m = meeting(on, vec![]);
    m.org = org.into();
    m.group.push(app::GroupLineInput { kind: "grant".into(), head: Some("community-investment-fund".into()), amount: fund.into(), note: String::new() });
    m.group.push(app::GroupLineInput { kind: "bank-withdrawal".into(), head: None, amount: cash.into(), note: String::new() });
    app::meeting_record(store, &c, &m).unwrap();
}

fn cif_loan(store: &mut Store, org: &str, group: &str, date: &str, amount: &str) -> samuh::error::Result<app::Saved> {
    app::cif_loan(store, &ctx("2025-10-01"), &app::CifLoanInput { org: org.into(), group: group.into(), date: date.into(), amount: amount.into(), ..Default::default() })
}

fn group_line(kind: &str, head: Option<&str>, amount: &str) -> app::GroupLineInput {
    app::GroupLineInput { kind: kind.into(), head: head.map(str::to_string), amount: amount.into(), note: String::new() }
}

fn balance(path: &Path, account: &str) -> i64 {
    count(path, &format!("SELECT coalesce(sum(p.amount_minor), 0) FROM posting p JOIN account a ON a.id = p.account_id WHERE a.code = '{account}'"))
}

#[test]
fn cif_goes_both_ways_and_the_reconciliation_compares_the_two_books() {
    use samuh::domain::money::Money;
    use samuh::reports::Cell;
    let mut f = shg();
    let c = f.ctx.clone();
    let dir = f.dir.path().to_path_buf();
    let (vo_path, mut vo) = vo_book(&dir, "vo.samuh");
    vo_with_cif(&mut vo);

    // A group not registered cannot borrow; an SHG's book cannot lend CIF. Nothing changes.
    let before = dump(&vo_path);
    assert_refused(cif_loan(&mut vo, "vo", "shg", "2025-04-10", "10000").unwrap_err(), "error-cif-group-not-registered");
    assert_eq!(dump(&vo_path), before);
    let shg_before = dump(&f.path);
    assert_refused(cif_loan(&mut f.store, "shg", "vo", "2025-04-10", "10000").unwrap_err(), "error-not-an-oversight-book");
    assert_eq!(dump(&f.path), shg_before);

    // The group registers with its first bundle; then the VO lends it ₹10,000 of CIF on 10 April
    // (1 %/month flat, 10 monthly instalments: ₹1,000 principal + ₹100 interest each).
    let first = dir.join("1.bundle");
    write(&mut f.store, &c, &first, false);
    import(&mut vo, &[&first], true).unwrap();
    // More than the VO's CIF holds (₹50,000): refused, nothing saved.
    let before = dump(&vo_path);
    assert_refused(cif_loan(&mut vo, "vo", "shg", "2025-04-10", "60000").unwrap_err(), "error-loan-above-fund");
    assert_eq!(dump(&vo_path), before);
    let lent = cif_loan(&mut vo, "vo", "shg", "2025-04-10", "10000").unwrap();
    assert_eq!(lent.loans, vec![1]);
    // The borrower is the group: the VO's register names it by its code.
    assert_eq!(count(&vo_path, "SELECT count(*) FROM member WHERE admission_no = 'shg'"), 1);
    assert_eq!(balance(&vo_path, "loans-to-members"), 10000_00);

    // The SHG receives it in the bank on 13 April, and on 11 May repays ₹1,000 of CIF and pays
    // ₹100 interest from cash; the VO records the same ₹1,100 from the group on 11 May.
    let mut m = meeting("2025-04-13", vec![row("1", "present", "50")]);
    m.group.push(group_line("grant", Some("community-investment-fund"), "10000"));
    app::meeting_record(&mut f.store, &c, &m).unwrap();
    let mut m = meeting("2025-05-11", vec![row("1", "present", "50")]);
    m.group.push(group_line("cif-repaid", None, "1000"));
    m.group.push(group_line("cif-interest", None, "100"));
    app::meeting_record(&mut f.store, &c, &m).unwrap();
    app::loan_repay(&mut vo, &ctx("2025-10-01"), &app::RepayInput { org: "vo".into(), date: "2025-05-11".into(), member: "shg".into(), amount: "1100".into(), ..Default::default() }).unwrap();

    // SHG: CIF payable 10,000 − 1,000 = 9,000 (credit); interest expense ₹100; cash 1,000
    // opening + 50 + 50 saved − 1,000 − 100 = 0.
    assert_eq!(balance(&f.path, "cif-payable"), -9000_00);
    assert_eq!(balance(&f.path, "cif-interest"), 100_00);
    assert_eq!(balance(&f.path, "cash"), 0);
    // VO: receivable 10,000 − 1,000 = 9,000; interest income ₹100 (the first instalment's
    // interest, 10,000 × 1 %); cash 20,000 − 10,000 + 1,100 = 11,100.
    assert_eq!(balance(&vo_path, "loans-to-members"), 9000_00);
    assert_eq!(balance(&vo_path, "interest-income"), -100_00);
    assert_eq!(balance(&vo_path, "cash"), 11100_00);
    // The SHG's interest is its own head in receipts and payments and an expense.
    let p = app::ReportParams { org: "shg".into(), name: "receipts-payments".into(), from: Some("2025-04-01".into()), to: Some("2025-05-31".into()), ..Default::default() };
    let r = app::report(&f.store, &c, &p).unwrap();
    assert!(r.sections.iter().flat_map(|s| s.rows.iter()).any(|x| x.contains(&Cell::msg("line-cif-interest"))), "{r:?}");

    let second = dir.join("2.bundle");
    write(&mut f.store, &c, &second, true);
    import(&mut vo, &[&second], false).unwrap();
    let rec = |vo: &Store| {
        let p = app::ReportParams { org: "vo".into(), name: "cif-reconciliation".into(), to: Some("2025-06-30".into()), ..Default::default() };
        app::report(vo, &ctx("2025-10-01"), &p).unwrap()
    };
    // Compared on 11 May (the bundle's date): 9,000 lent and unpaid = 9,000 owed.
    let r = rec(&vo);
    let x = &r.sections[0].rows[0];
    assert_eq!(x[0], Cell::text("shg"));
    assert_eq!(x[2], Cell::Date(d("2025-05-11")));
    assert_eq!(x[3], Cell::Money(Money::units(9000)));
    assert_eq!(x[4], Cell::Money(Money::units(9000)));
    assert_eq!(x[5], Cell::Money(Money::ZERO));
    assert_eq!(x[6], Cell::msg("cif-rec-ok"));

    // Consolidated (issue 16): the VO and its SHG as one, what passes between them taken out.
    // Each single book's own statement, read independently, gives the figures to add up.
    let report = |store: &Store, org: &str, name: &str, from: Option<&str>, to: &str| {
        let p = app::ReportParams { org: org.into(), name: name.into(), from: from.map(String::from), to: Some(to.into()), ..Default::default() };
        app::report(store, &ctx("2025-10-01"), &p).unwrap()
    };
    let total = |r: &samuh::reports::Report, k: usize, col: usize| r.sections[k].totals.as_ref().unwrap()[col].as_money().unwrap();
    let line = |r: &samuh::reports::Report, k: usize, head: &str| r.sections[k].rows.iter().find(|x| x[0] == Cell::msg(head)).cloned();
    let m = |v: i64| Cell::Money(Money::units(v));
    // Balance sheet on 31 May. The VO's receivable from the SHG (10,000 lent − 1,000 repaid =
    // 9,000) and the SHG's CIF payable (9,000) both come out; they match, so no unmatched line.
    let bs = report(&vo, "vo", "consolidated-balance-sheet", None, "2025-05-31");
    let (shg_bs, vo_bs) = (report(&f.store, "shg", "balance-sheet", None, "2025-05-31"), report(&vo, "vo", "balance-sheet", None, "2025-05-31"));
    let lent = line(&bs, 1, "account-loans-to-members").unwrap();
    assert_eq!((&lent[2], &lent[3]), (&m(9000), &m(-9000)));
    let payable = line(&bs, 0, "account-cif-payable").unwrap();
    // The SHG owes 9,000; the VO owes its project the ₹50,000 of CIF it received: kept.
    assert_eq!((&payable[1], &payable[2], &payable[3], &payable[4]), (&m(9000), &m(50000), &m(-9000), &m(50000)));
    assert!(line(&bs, 1, "row-intergroup-unmatched").is_none());
    // Totals: each side is the two books' totals less the 9,000 counted twice; still balanced.
    assert_eq!(total(&bs, 1, 4), total(&shg_bs, 1, 1) + total(&vo_bs, 1, 1) - Money::units(9000));
    assert_eq!(total(&bs, 0, 4), total(&shg_bs, 0, 1) + total(&vo_bs, 0, 1) - Money::units(9000));
    assert_eq!(total(&bs, 0, 4), total(&bs, 1, 4));
    // Income and expenditure, April–May: the ₹100 of interest is the VO's income and the SHG's
    // expense; both come out, so the consolidated surplus is the two surpluses added.
    let ie = report(&vo, "vo", "consolidated-income-expenditure", Some("2025-04-01"), "2025-05-31");
    assert_eq!(line(&ie, 0, "account-interest-income").unwrap()[3], m(-100));
    assert_eq!(line(&ie, 1, "account-cif-interest").unwrap()[3], m(-100));
    let surplus = |r: &samuh::reports::Report| total(r, 0, 1) - total(r, 1, 1);
    let (shg_ie, vo_ie) = (report(&f.store, "shg", "income-expenditure", Some("2025-04-01"), "2025-05-31"), report(&vo, "vo", "income-expenditure", Some("2025-04-01"), "2025-05-31"));
    assert_eq!(total(&ie, 0, 4) - total(&ie, 1, 4), surplus(&shg_ie) + surplus(&vo_ie));
    // Receipts and payments, April–May: out of receipts the SHG's 10,000 of CIF received and the
    // VO's 1,000 + 100 received from it (11,100); out of payments the VO's 10,000 paid out and
    // the SHG's 1,000 + 100 paid to it (11,100). Both sides fall by 11,100 and still agree.
    let rp = report(&vo, "vo", "consolidated-receipts-payments", Some("2025-04-01"), "2025-05-31");
    let (shg_rp, vo_rp) = (report(&f.store, "shg", "receipts-payments", Some("2025-04-01"), "2025-05-31"), report(&vo, "vo", "receipts-payments", Some("2025-04-01"), "2025-05-31"));
    assert_eq!(total(&rp, 0, 3), -Money::units(11100));
    assert_eq!(total(&rp, 1, 3), -Money::units(11100));
    assert_eq!(total(&rp, 0, 4), total(&shg_rp, 0, 1) + total(&vo_rp, 0, 1) - Money::units(11100));
    assert_eq!(total(&rp, 0, 4), total(&rp, 1, 4));
    assert_eq!(line(&rp, 1, "line-disbursement").unwrap()[3], m(-10000));

    // Drill-down: the SHG's own registers opened from the VO's book, read-only, are the ones
    // its own book prints (same period, same sections), and opening them changes nothing.
    let before = dump(&vo_path);
    for name in app::GROUP_REGISTERS {
        let there = app::group_register(&vo, &ctx("2025-10-01"), &app::GroupRegisterInput { org: "vo".into(), group: "shg".into(), name: name.to_string(), from: Some("2025-04-01".into()), to: Some("2025-05-11".into()) }).unwrap();
        let here = report(&f.store, "shg", name, Some("2025-04-01"), "2025-05-11");
        if *name == "loan-register" {
            // Its status is the bundle's, which the note says; the rest is the group's own.
            let (mut t, h) = (there.sections.clone(), here.sections.clone());
            assert_eq!(t[0].notes.pop().map(|n| n.id), Some("note-imported-loan-status".to_string()));
            assert_eq!(t, h, "{name}");
        } else {
            assert_eq!(there.sections, here.sections, "{name}");
        }
        assert_eq!(there.title, here.title, "{name}");
    }
    assert_eq!(dump(&vo_path), before);
    let drill = |group: &str, name: &str| app::group_register(&vo, &ctx("2025-10-01"), &app::GroupRegisterInput { org: "vo".into(), group: group.into(), name: name.into(), ..Default::default() });
    assert_refused(drill("shg-rampur", "cash-book").unwrap_err(), "error-group-not-registered");
    assert_refused(drill("shg", "passbook").unwrap_err(), "error-unknown-report");
    // The same from the command line.
    drop(std::mem::replace(&mut vo, Store::open_in_memory().unwrap()));
    let out = common::cli(&vo_path, "en", &["report", "savings-register", "--org", "vo", "--group", "shg", "--from", "2025-04-01", "--to", "2025-05-11"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    vo = Store::open(&vo_path).unwrap();

    // The VO lends ₹5,000 more on 11 May, which the group's book does not show: 14,000 lent
    // against 9,000 owed, a difference of 5,000, flagged.
    cif_loan(&mut vo, "vo", "shg", "2025-05-11", "5000").unwrap();
    let r = rec(&vo);
    let x = &r.sections[0].rows[0];
    assert_eq!(x[3], Cell::Money(Money::units(14000)));
    assert_eq!(x[4], Cell::Money(Money::units(9000)));
    assert_eq!(x[5], Cell::Money(Money::units(5000)));
    assert_eq!(x[6], Cell::msg("cif-rec-differs"));
    // Consolidated, the 5,000 the group's book does not show yet is not hidden: 14,000 of
    // receivable and 9,000 of payable come out, and 14,000 − 9,000 = 5,000 stays on a line of
    // its own among the assets, so the sheet still balances.
    let bs = report(&vo, "vo", "consolidated-balance-sheet", None, "2025-05-31");
    assert_eq!(line(&bs, 1, "account-loans-to-members").unwrap()[3], m(-14000));
    assert_eq!(line(&bs, 0, "account-cif-payable").unwrap()[3], m(-9000));
    assert_eq!(line(&bs, 1, "row-intergroup-unmatched").unwrap()[4], m(5000));
    assert_eq!(total(&bs, 0, 4), total(&bs, 1, 4));
    // The group's figures are those of its bundle of 11 May, and the report says so.
    assert!(bs.sections[1].notes.iter().any(|n| n.id == "note-consolidated-behind"), "{:?}", bs.sections[1].notes);

    // The group records the ₹5,000 on 18 May and sends it: compared on 18 May, 14,000 = 14,000.
    let mut m = meeting("2025-05-18", vec![row("1", "present", "50")]);
    m.group.push(group_line("grant", Some("community-investment-fund"), "5000"));
    app::meeting_record(&mut f.store, &c, &m).unwrap();
    let third = dir.join("3.bundle");
    write(&mut f.store, &c, &third, true);
    import(&mut vo, &[&third], false).unwrap();
    let r = rec(&vo);
    let x = &r.sections[0].rows[0];
    assert_eq!(x[2], Cell::Date(d("2025-05-18")));
    assert_eq!((&x[3], &x[4], &x[6]), (&Cell::Money(Money::units(14000)), &Cell::Money(Money::units(14000)), &Cell::msg("cif-rec-ok")));
    assert!(app::check_book(&vo, None).unwrap().findings.is_empty());
    assert!(app::check_book(&f.store, None).unwrap().findings.is_empty());
}

#[test]
fn the_parquet_export_holds_the_imported_groups_in_minor_units_partitioned_by_place_and_year() {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::Field;
    let mut f = group();
    let c = f.ctx.clone();
    let out = f.dir.path().join("g.bundle");
    write(&mut f.store, &c, &out, false);
    let (_vo_path, mut vo) = vo_book(f.dir.path(), "vo.samuh");
    import(&mut vo, &[&out], true).unwrap();

    // An SHG's book has no groups to export: refused, nothing written.
    let refused = f.dir.path().join("refused");
    let e = app::export_parquet(&f.store, &app::ParquetExportInput { org: "shg".into(), to: refused.display().to_string() }).unwrap_err();
    assert_refused(e, "error-not-an-oversight-book");
    assert!(!refused.exists());

    let dir = f.dir.path().join("pq");
    let done = app::export_parquet(&vo, &app::ParquetExportInput { org: "vo".into(), to: dir.display().to_string() }).unwrap();
    assert_eq!(done.groups, 1);
    // The test group's place is "Kishanganj": a district, state and block unknown; its entries
    // are all of 2025.
    let part = "state=unknown/district=Kishanganj/block=unknown/year=2025/part-0.parquet";
    for table in ["groups", "members", "vouchers", "postings"] {
        assert!(done.files.contains(&format!("{table}/{part}")), "{table}: {:?}", done.files);
    }
    let rows = |table: &str| -> Vec<Vec<(String, Field)>> {
        let r = SerializedFileReader::new(std::fs::File::open(dir.join(table).join(part)).unwrap()).unwrap();
        r.get_row_iter(None).unwrap().map(|row| row.unwrap().get_column_iter().map(|(n, v)| (n.clone(), v.clone())).collect()).collect()
    };
    let get = |row: &Vec<(String, Field)>, name: &str| row.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone()).unwrap();
    // Savings: 6 members × ₹1,000 opening + 3 × ₹50 (6 April) + ₹50 (13 April) = ₹6,200, a
    // credit: −620,000 paise, in INR.
    let postings = rows("postings");
    let savings: i64 = postings
        .iter()
        .filter(|r| get(r, "account") == Field::Str("member-savings".into()))
        .map(|r| match get(r, "amount_minor") {
            Field::Long(v) => v,
            other => panic!("amount_minor is {other:?}, not INT64"),
        })
        .sum();
    assert_eq!(savings, -620_000);
    assert!(postings.iter().all(|r| get(r, "currency") == Field::Str("INR".into())));
    // Every voucher balances in the export too.
    let total: i64 = postings.iter().map(|r| if let Field::Long(v) = get(r, "amount_minor") { v } else { 0 }).sum();
    assert_eq!(total, 0);
    // Members without names: six rows, and no column called name.
    let members = rows("members");
    assert_eq!(members.len(), 6);
    assert!(members[0].iter().all(|(n, _)| n != "name"));
    assert_eq!(rows("groups").len(), 1);
}

// ---- issue 16 (session 8): the grading sheet, per-currency portfolio totals ----

/// The group of `group()` (meetings 6 and 13 April) sent in one bundle to the VO's book.
fn grading_books() -> (Fixture, PathBuf, Store) {
    let f = group();
    let (vo_path, mut vo) = vo_book(f.dir.path(), "vo.samuh");
    let c = f.ctx.clone();
    let out = f.dir.path().join("shg.bundle");
    let mut f = f;
    write(&mut f.store, &c, &out, false);
    import(&mut vo, &[&out], true).unwrap();
    (f, vo_path, vo)
}

fn grading_report(vo: &Store, sort: Option<&str>) -> samuh::error::Result<samuh::reports::Report> {
    let p = app::ReportParams { org: "vo".into(), name: "grading".into(), from: Some("2025-04-01".into()), to: Some("2025-04-13".into()), sort: sort.map(str::to_string), ..Default::default() };
    app::report(vo, &ctx("2025-10-01"), &p)
}

#[test]
fn the_grading_sheet_scores_each_group_on_the_five_norms_and_shows_the_rule() {
    use samuh::reports::Cell;
    let (_f, vo_path, vo) = grading_books();
    let r = grading_report(&vo, None).unwrap();
    // Period 1–13 April 2025 for a weekly group formed 5 January: expected meetings from 1 April
    // to 13 April = 12 days ÷ 7 + 1 = 2.
    // - Meetings: held 6 and 13 April = 2 of 2 = 100 %; attendance marked: 6 April members 1–3
    //   present, 13 April member 1 present and member 2 absent, so 4 came of 5 on the rolls =
    //   80 %. The lower, 80 %, is under 90 and at least 60 → half marks, 10.
    // - Savings: six members on the roll; member 1 saved at both meetings (100 %); members 2
    //   and 3 at one of two (50 % < 90); members 4–6 at none. 1 of 6 = 16.67 % < 60 → 0.
    // - Internal lending: no loan outstanding; 0 ÷ savings = 0 % < 50 → 0.
    // - Repayment: no loan running counts as 100 % → 20.
    // - Books: both meetings have their voucher (2 of 2), the last entry 13 April is 0 days
    //   old on the end date (≤ 7 for weekly) → 20.
    // Total 10 + 0 + 0 + 20 + 20 = 50 < 75 → C; two norms met in full; attendance 80 %.
    assert_eq!(r.sections[0].rows.len(), 1);
    let row = &r.sections[0].rows[0];
    assert_eq!(row[0], Cell::text("shg"));
    assert_eq!(
        row[2..],
        [Cell::Count(10), Cell::Count(0), Cell::Count(0), Cell::Count(20), Cell::Count(20), Cell::Count(2), Cell::Count(50), Cell::text("C"), Cell::Percent(80.into())]
    );
    // Every group's bundle carried its attendance: no note that a group was graded without it.
    assert!(r.sections[0].notes.iter().all(|n| n.id != "note-grading-attendance-unknown"));
    // The rule is printed: five criteria, 20 marks each, with their thresholds, and the bands.
    let rule = &r.sections[1];
    assert_eq!(rule.rows.len(), 5);
    assert_eq!(rule.rows[0][0], Cell::msg("grading-meetings"));
    assert_eq!(rule.rows[2][2], Cell::Percent(80.into()));
    assert_eq!(rule.notes[0].id, "note-grading-bands");
    // Every sort key works; an unknown one is refused with its own message, the book unchanged.
    for k in ["grade", "score", "group"] {
        assert_eq!(grading_report(&vo, Some(k)).unwrap().sections[0].rows.len(), 1);
    }
    let before = dump(&vo_path);
    let e = grading_report(&vo, Some("marks")).unwrap_err();
    assert_refused(e, "error-grading-sort-unknown");
    assert_eq!(dump(&vo_path), before);
}

#[test]
fn grades_and_sorting_follow_the_rule_table() {
    use samuh::domain::grading::{grade, Facts};
    use samuh::domain::money::Money;
    use samuh::domain::org::MeetingFrequency;
    use samuh::reports::{Cell, GradingSort, GroupLine, GroupView};
    let (_f, _p, vo) = grading_books();
    let org = vo.read().org_by_code("vo").unwrap().unwrap();
    // Group "b": monthly, formed 2025-01-01, two members (ids 1, 2), meetings on 5 Jan, 5 Feb,
    // 5 Mar (ids 1–3), both save ₹100 at each; a loan of ₹500 to member 1 on 5 Feb, nothing past
    // due. Period 1 Jan – 31 Mar: expected 3 (Jan, Feb, Mar), held 3 → 20; savers 2/2 → 20;
    // lending 500 ÷ 600 = 83.33 % ≥ 80 → 20; on time 1/1 → 20; books 3/3 but the last entry
    // (5 Mar) is 26 days old ≤ 31 → 20. Total 100 → A, five norms met.
    let line = |date: &str, account: &str, amount: i64, kind: &str, member: Option<i64>, meeting: Option<i64>, loan: Option<i64>| GroupLine {
        date: d(date),
        account: account.into(),
        loan_id: loan,
        amount: Money::units(amount),
        kind: kind.into(),
        member_id: member,
        meeting_id: meeting,
    };
    let mut lines = Vec::new();
    for (m, day) in [(1, "2025-01-05"), (2, "2025-02-05"), (3, "2025-03-05")] {
        for who in [1, 2] {
            lines.push(line(day, "member-savings", -100, "saving", Some(who), Some(m), None));
            lines.push(line(day, "cash", 100, "saving", None, Some(m), None));
        }
    }
    lines.push(line("2025-02-05", "loans-to-members", 500, "disbursement", Some(1), Some(2), Some(1)));
    lines.push(line("2025-02-05", "cash", -500, "disbursement", None, Some(2), None));
    let b = GroupView {
        code: "b".into(),
        name: "B".into(),
        bundles: vec![(d("2025-03-05"), d("2025-03-06"))],
        entries: 3,
        alarms: 0,
        members: vec![(d("2025-01-01"), None), (d("2025-01-01"), None)],
        loans: vec![samuh::reports::GroupLoan { id: 1, fund: "own-savings".into(), days_past_due: 0, principal_overdue: Money::ZERO, number: 1, member: "1".into(), guarantors: vec![] }],
        lines,
        read: None,
        member_ids: vec![1, 2],
        currency: "INR".into(),
        formed_on: d("2025-01-01"),
        frequency: MeetingFrequency::Monthly,
        meetings: vec![(1, d("2025-01-05")), (2, d("2025-02-05")), (3, d("2025-03-05"))],
        attendance: [(1, (2, 2)), (2, (2, 2)), (3, (2, 2))].into_iter().collect(),
        fiscal_start: (4, 1),
        closed: vec![],
    };
    let (from, to) = (d("2025-01-01"), d("2025-03-31"));
    assert_eq!(
        samuh::reports::group_facts(&b, from, to),
        Facts { meetings: (3, 3), savers: (2, 2), lending: (500_00, 600_00), on_time: (1, 1), booked: (3, 3), books_fresh: true, attendance: Some((6, 6)) }
    );
    // Group "b" with member 2 away from two of the three meetings (one on leave, one absent):
    // 4 came of 6 = 66.67 %, the lower share (held 3 of 3) → half marks, 10: total 90, still A.
    // Without attendance sent (an older bundle) the meetings alone count: 20; the sheet says so.
    let mut away = b.clone();
    away.attendance.insert(2, (1, 2));
    away.attendance.insert(3, (1, 2));
    let g = grade(&samuh::reports::group_facts(&away, from, to));
    assert_eq!((g.scores[0].marks, g.total, g.grade), (10, 90, "A"));
    let mut older = b.clone();
    older.attendance.clear();
    assert_eq!(samuh::reports::group_facts(&older, from, to).attendance, None);
    assert_eq!(grade(&samuh::reports::group_facts(&older, from, to)).scores[0].marks, 20);
    let r = samuh::reports::grading(&org, from, to, &[older], GradingSort::Grade);
    assert_eq!(r.sections[0].rows[0][10], Cell::Empty);
    assert_eq!(r.sections[0].notes[0].id, "note-grading-attendance-unknown");
    // Group "a": the same, but member 2 missed saving at the March meeting (2 of 3 = 66.67 %
    // < 90, so 1 saver of 2 = 50 % < 60 → 0) and the loan is 10 days past due (0 of 1 < 80 →
    // 0): 20 + 0 + 20(500 ÷ 500 = 100 %) + 0 + 20 = 60 → C. Group "c": "b" with the books
    // stale (period to 30 April: the last entry 5 March is 56 days old > 31 → 0; and April's
    // meeting not held, 3 of 4 = 75 % → 10): 10 + 20 + 20 + 20 + 0 = 70 → C.
    let mut a = GroupView { code: "a".into(), ..b.clone() };
    a.lines.retain(|l| !(l.member_id == Some(2) && l.meeting_id == Some(3)));
    a.loans[0].days_past_due = 10;
    let ga = grade(&samuh::reports::group_facts(&a, from, to));
    assert_eq!(ga.scores.iter().map(|s| s.marks).collect::<Vec<_>>(), vec![20, 0, 20, 0, 20]);
    assert_eq!((ga.total, ga.grade), (60, "C"));

    let r = samuh::reports::grading(&org, from, to, &[a.clone(), b.clone()], GradingSort::Grade);
    let order = |r: &samuh::reports::Report| r.sections[0].rows.iter().map(|x| x[0].clone()).collect::<Vec<_>>();
    assert_eq!(order(&r), vec![Cell::text("b"), Cell::text("a")], "A before C");
    assert_eq!(r.sections[0].rows[0][8..], [Cell::Count(100), Cell::text("A"), Cell::Percent(100.into())]);
    assert_eq!(r.sections[0].rows[0][7], Cell::Count(5));
    let r = samuh::reports::grading(&org, from, to, &[b.clone(), a.clone()], GradingSort::Group);
    assert_eq!(order(&r), vec![Cell::text("a"), Cell::text("b")]);
    let gc = grade(&samuh::reports::group_facts(&b, from, d("2025-04-30")));
    assert_eq!(gc.scores.iter().map(|s| s.marks).collect::<Vec<_>>(), vec![10, 20, 20, 20, 0]);
    assert_eq!((gc.total, gc.grade), (70, "C"));

    // The portfolio never adds rupees to taka: group "b" in INR and a copy "t" in BDT make two
    // sections, each with its own total. INR: savings 2 × 3 × 100 = 600, outstanding 500. BDT:
    // the same figures in taka, its own total 600, not 1,200.
    let t = GroupView { code: "t".into(), currency: "BDT".into(), ..b.clone() };
    let p = samuh::reports::portfolio(&org, from, to, &[b.clone(), t]);
    assert_eq!(p.sections.len(), 2);
    for (s, cur) in p.sections.iter().zip(["INR", "BDT"]) {
        assert_eq!(s.title.as_ref().unwrap().id, "section-portfolio-currency");
        assert_eq!(s.title.as_ref().unwrap().args[0].1, samuh::error::Arg::Text(cur.into()));
        let tot = s.totals.as_ref().unwrap();
        assert_eq!((tot[2].clone(), tot[3].clone()), (Cell::Money(Money::units(600)), Cell::Money(Money::units(500))));
    }
    // One currency only: one untitled section, as before.
    let p = samuh::reports::portfolio(&org, from, to, std::slice::from_ref(&b));
    assert_eq!((p.sections.len(), p.sections[0].title.is_none()), (1, true));

    // Overdue borrowers likewise: group "a"'s loan (10 days past due, ₹100 of principal due, ₹500
    // outstanding) in rupees and the same loan of a taka copy "u" stay in two sections, each
    // totalling 100 due and 500 outstanding, never 200 and 1,000; the VO's own rupees first,
    // though the taka group is listed first.
    a.loans[0].principal_overdue = Money::units(100);
    let u = GroupView { code: "u".into(), currency: "BDT".into(), ..a.clone() };
    let o = samuh::reports::overdue_borrowers(&org, to, &[u, a]);
    let totals: Vec<(String, Cell, Cell)> = o.sections.iter().map(|s| (s.title.as_ref().unwrap().args[0].1.plain(), s.totals.as_ref().unwrap()[5].clone(), s.totals.as_ref().unwrap()[6].clone())).collect();
    assert_eq!(
        totals,
        vec![("INR".into(), Cell::Money(Money::units(100)), Cell::Money(Money::units(500))), ("BDT".into(), Cell::Money(Money::units(100)), Cell::Money(Money::units(500)))]
    );
}

/// The oversight screen (issue 16): the overview says which organisations oversee groups, and
/// the reports catalog lists the roll-ups for those only, the status board first.
#[test]
fn the_overview_and_catalog_tell_an_oversight_book_from_a_group() {
    let mut f = group();
    let c = f.ctx.clone();
    app::org_add(&mut f.store, &c, &vo_input()).unwrap();
    app::org_add(&mut f.store, &c, &OrgInput { code: "fc".into(), name: "Fund centre".into(), kind: "fund-centre".into(), country: "th".into(), meeting_frequency: "monthly".into(), formed_on: "2024-01-01".into(), ..Default::default() }).unwrap();
    let en = samuh::i18n::Locale::new(samuh::i18n::Lang::En);
    let ov = app::book_overview(&f.store, &c, en).unwrap();
    let flag = |code: &str| ov.orgs.iter().find(|o| o.code == code).unwrap().oversees;
    assert!(flag("vo"), "a village organisation oversees its groups");
    assert!(!flag("shg"), "an SHG does not");
    let ids = |org: &str| app::reports_catalog(&f.store, &c, org, en).unwrap().rollups.into_iter().map(|r| (r.id, r.label)).collect::<Vec<_>>();
    let vo_rollups = ids("vo");
    let want = ["group-status", "portfolio", "grading", "overdue-borrowers", "cif-reconciliation", "interest-by-fund", "consolidated-receipts-payments", "consolidated-income-expenditure", "consolidated-balance-sheet"];
    assert_eq!(vo_rollups.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>(), want);
    // The households' roll-ups are a fund centre's only (seed 003), after the groups' CIF ones.
    let fc: Vec<_> = ids("fc").into_iter().map(|(id, _)| id).collect();
    let households = ["household-debts", "restructuring-plan", "target-households"];
    assert_eq!(fc[..6], want[..6]);
    assert_eq!(fc[6..9], households);
    assert_eq!(fc[9..], want[6..]);
    // The label is the report's title in the reader's language (locales/en/federation.ftl).
    assert_eq!(vo_rollups[0].1, "Status of the groups' bundles");
    assert!(ids("shg").is_empty(), "no roll-ups for a group's own book");
}

/// The oversight screen shows what each file did, and the group screen what was written, in the
/// reader's words (locales/*/oversight.ftl) with dates and counts in the reader's digits.
#[test]
fn the_import_and_write_answers_are_said_in_the_readers_language() {
    use samuh::i18n::{Lang, Locale};
    let mut f = group();
    let c = f.ctx.clone();
    let out = f.dir.path().join("shg-1.bundle");
    let w = write(&mut f.store, &c, &out, false);
    let entries = count(&f.path, "SELECT count(*) FROM voucher");
    // The bundle's period ends at the group's last entry: the meeting of 13 April 2025.
    assert_eq!(w.as_of, "2025-04-13");
    let en = app::written_message(&w, Locale::new(Lang::En));
    assert_eq!(
        en,
        format!(
            "Bundle 1 written to {}: {entries} entries, up to 13 April 2025. Book code {}: write it in the minutes. Key fingerprint, to write on paper for the officer: {}",
            out.display(),
            w.book_code,
            w.fingerprint
        )
    );
    // Bengali: Bengali words and digits (the long date, as the other messages write it), nothing
    // English but the path and the codes.
    let bn = app::written_message(&w, Locale::new(Lang::Bn));
    assert!(bn.starts_with("বান্ডেল ১ "), "{bn}");
    assert!(bn.contains("১৩ এপ্রিল, ২০২৫ পর্যন্ত"), "{bn}");

    let (_, mut vo) = vo_book(f.dir.path(), "vo.samuh");
    let done = import(&mut vo, &[&out], true).unwrap();
    assert_eq!(
        app::imported_message(&done[0], Locale::new(Lang::En)),
        format!(
            "shg is now in the register with key fingerprint {fp}. Compare it with the fingerprint on the group's paper. shg: {entries} new entries imported, up to 13 April 2025. Book code {code}.",
            fp = w.fingerprint,
            code = w.book_code
        )
    );
    let again = import(&mut vo, &[&out], false).unwrap();
    assert_eq!(app::imported_message(&again[0], Locale::new(Lang::Hi)), "shg: यह बंडल पहले ही आयात हो चुका है; कुछ नया नहीं।");
}

/// The demo book (session 9) holds a village organisation that has imported the demo SHG's
/// bundle: the oversight screen has a group to show on a first run. Its key is made from a
/// fixed phrase, so two demo books hold the same key, bundle note, import and records chain.
#[test]
fn the_demo_village_organisation_has_imported_the_demo_group_the_same_way_twice() {
    let dir = tempfile::tempdir().unwrap();
    let today = d("2026-11-20");
    let make = |name: &str| {
        let path = dir.path().join(name);
        let mut s = Store::open_or_create(&path).unwrap();
        samuh::demo::demo_create(&mut s, today).unwrap();
        drop(s);
        path
    };
    let (a, b) = (make("a.samuh"), make("b.samuh"));
    let federation = |path: &Path| {
        let mut out = String::new();
        let mut keep = false;
        for line in dump(path).lines() {
            if let Some(t) = line.strip_prefix("## ") {
                keep = t.starts_with("fed_") || t.starts_with("bundle_") || t == "record_hash";
            }
            if keep {
                out.push_str(line);
                out.push('\n');
            }
        }
        out
    };
    let fa = federation(&a);
    assert!(fa.contains("## fed_group"), "the dump lists the register of groups");
    assert_eq!(fa, federation(&b), "two demo books hold the same federation records");
    // The VO's register holds its three SHGs, with every entry of their books imported.
    assert_eq!(
        count(&a, "SELECT count(*) FROM fed_group g JOIN organisation o ON o.id = g.overseer_id WHERE o.code = 'vo-kishanganj' AND g.code IN ('shg-kishanganj', 'shg-belwa', 'shg-tulsia')"),
        3
    );
    let vo_holds = "SELECT count(*) FROM fed_voucher v JOIN fed_group g ON g.id = v.group_id JOIN organisation o ON o.id = g.overseer_id WHERE o.code = 'vo-kishanganj'";
    assert_eq!(
        count(&a, vo_holds),
        count(&a, "SELECT count(*) FROM voucher v JOIN organisation o ON o.id = v.org_id WHERE o.code IN ('shg-kishanganj', 'shg-belwa', 'shg-tulsia')")
    );
    // Above it the cluster federation holds the VO and, relayed through it, the same three SHGs
    // with every entry: the VO's own books and the three SHGs' again.
    let clf_holds = |codes: &str| count(&a, &format!("SELECT count(*) FROM fed_voucher v JOIN fed_group g ON g.id = v.group_id JOIN organisation o ON o.id = g.overseer_id WHERE o.code = 'clf-kishanganj' AND g.code IN ({codes})"));
    assert_eq!(clf_holds("'vo-kishanganj'"), count(&a, "SELECT count(*) FROM voucher v JOIN organisation o ON o.id = v.org_id WHERE o.code = 'vo-kishanganj'"));
    assert_eq!(clf_holds("'shg-kishanganj', 'shg-belwa', 'shg-tulsia'"), count(&a, vo_holds));
    assert_eq!(
        count(&a, "SELECT count(*) FROM fed_group g JOIN organisation o ON o.id = g.overseer_id JOIN fed_relay r ON r.group_id = g.id WHERE o.code = 'clf-kishanganj'"),
        3,
        "the three SHGs came relayed"
    );
    assert_eq!(count(&a, "SELECT count(*) FROM fed_alarm"), 0);

    // The CIF between the VO and its two younger groups, worked out by hand. The demo's last
    // weekly meeting is the Sunday before 20 November 2026 (a Friday): 15 November. Belwa got
    // ₹30,000 at its 4th of 26 meetings, 22 weeks earlier: 14 June; its instalments fall due
    // monthly from 14 July, and by 15 November five have (14 Jul, Aug, Sep, Oct, Nov), each
    // ₹3,000 + ₹300 interest (1 % of 30,000): it owes 30,000 − 5 × 3,000 = ₹15,000. Tulsia got
    // ₹25,000 at its 6th meeting, 20 weeks earlier: 28 June; four instalments by 15 November
    // (28 Jul … 28 Oct; 28 Nov is after), each ₹2,500 + ₹250: 25,000 − 4 × 2,500 = ₹15,000.
    use samuh::domain::money::Money;
    use samuh::reports::Cell;
    let store = Store::open(&a).unwrap();
    let c = ctx("2026-11-20");
    let p = app::ReportParams { org: "vo-kishanganj".into(), name: "cif-reconciliation".into(), to: Some("2026-11-20".into()), ..Default::default() };
    let r = app::report(&store, &c, &p).unwrap();
    let rows: Vec<(Cell, Cell, Cell, Cell, Cell, Cell)> =
        r.sections[0].rows.iter().map(|x| (x[0].clone(), x[2].clone(), x[3].clone(), x[4].clone(), x[5].clone(), x[6].clone())).collect();
    let inr = |u: i64| Cell::Money(Money::units(u));
    let nov15 = Cell::Date(d("2026-11-15"));
    // (The demo SHG borrowed no CIF: nothing either side.)
    assert_eq!(rows, vec![
        (Cell::text("shg-belwa"), nov15.clone(), inr(15_000), inr(15_000), inr(0), Cell::msg("cif-rec-ok")),
        (Cell::text("shg-kishanganj"), nov15.clone(), inr(0), inr(0), inr(0), Cell::msg("cif-rec-ok")),
        (Cell::text("shg-tulsia"), nov15.clone(), inr(15_000), inr(15_000), inr(0), Cell::msg("cif-rec-ok")),
    ]);
    // The VO's interest income: Belwa 5 × ₹300 + Tulsia 4 × ₹250 = ₹2,500.
    let b = store.read();
    let vo = b.org_by_code("vo-kishanganj").unwrap().unwrap();
    assert_eq!(-b.account_balance(vo.id, samuh::domain::ledger::code::INTEREST_INCOME, None, None, None).unwrap(), Money::units(2_500));
    // On the status board all three sent their bundle of 15 November. The demo SHG's book began
    // on 17 August 2025, inside 2025-26 (April 2025 to March 2026, ended 233 days before), which
    // it has not closed: its annual statement is missing. Belwa's and Tulsia's books began on
    // 17 May 2026, after that year ended (kept on paper before): none is asked of them.
    drop(b);
    let p = app::ReportParams { org: "vo-kishanganj".into(), name: "group-status".into(), to: Some("2026-11-20".into()), ..Default::default() };
    let r = app::report(&store, &c, &p).unwrap();
    let s = &r.sections[0];
    let fy = samuh::domain::org::FiscalYear { start_year: 2025, start_month: 4, start_day: 1 };
    let missing = Cell::Msg(samuh::reports::Msg::new("group-annual-missing").arg("year", samuh::error::Arg::Year(fy)));
    for row in &s.rows {
        let annual = if row[0] == Cell::text("shg-kishanganj") { missing.clone() } else { Cell::Empty };
        assert_eq!((&row[s.col("col-status")], &row[s.col("col-annual-statement")]), (&Cell::msg("group-status-ok"), &annual), "{:?}", row[0]);
    }
    assert_eq!(s.rows.len(), 3);

    // Drill-down into each group's loan register from the VO's book, on the day of its bundle
    // (15 November): every loan's number, fund, date, principal, terms in force, repaid,
    // interest, outstanding and status are those its own book prints, and so are the totals;
    // member names are compared only when the group sent them. The note says whose status.
    for group in ["shg-kishanganj", "shg-belwa", "shg-tulsia"] {
        let there = app::group_register(&store, &c, &app::GroupRegisterInput { org: "vo-kishanganj".into(), group: group.into(), name: "loan-register".into(), from: None, to: Some("2026-11-15".into()) }).unwrap();
        let p = app::ReportParams { org: group.into(), name: "loan-register".into(), to: Some("2026-11-15".into()), ..Default::default() };
        let here = app::report(&store, &c, &p).unwrap();
        let (t, h) = (&there.sections[0], &here.sections[0]);
        assert!(!h.rows.is_empty(), "{group} has loans");
        assert_eq!(t.rows.len(), h.rows.len(), "{group}");
        let named = t.rows.iter().any(|r| r[1] == h.rows[0][1]);
        let compared: Vec<usize> = ["col-loan-no", "col-fund", "col-disbursed-on", "col-principal", "col-rate", "col-rate-period", "col-method", "col-instalments", "col-principal-repaid", "col-interest-paid", "col-outstanding", "col-status"]
            .iter()
            .map(|c| h.col(c))
            .chain(named.then(|| h.col("col-member")))
            .collect();
        for (x, y) in t.rows.iter().zip(&h.rows) {
            for k in &compared {
                assert_eq!(x[*k], y[*k], "{group} loan {:?}, column {}", y[0], h.columns[*k].id);
            }
        }
        assert_eq!(t.totals, h.totals, "{group}");
        // The group's own notes (a rescheduled loan's), then whose status it is.
        let mut notes = h.notes.clone();
        notes.push(samuh::reports::Msg::new("note-imported-loan-status").arg("date", samuh::error::Arg::Date(d("2026-11-15"))));
        assert_eq!(t.notes, notes, "{group}");
    }
}

/// Three levels (issue 16): the SHG sends to its village organisation, the VO's bundle relays
/// the SHG to its cluster federation, and the CLF's consolidated statements are the three books
/// added up, with both the CLF ↔ VO CIF and the VO ↔ SHG CIF taken out. Every expected figure
/// is worked from the single books' own statements and the amounts written here.
#[test]
fn a_cluster_federation_consolidates_its_village_organisations_and_the_groups_they_relayed() {
    use samuh::domain::money::Money;
    use samuh::reports::{Cell, Report};
    let mut f = shg();
    let c = f.ctx.clone();
    let dir = f.dir.path().to_path_buf();
    let (vo_path, mut vo) = vo_book(&dir, "vo.samuh");
    vo_with_cif(&mut vo);
    let first = dir.join("shg-1.bundle");
    write(&mut f.store, &c, &first, false);
    import(&mut vo, &[&first], true).unwrap();
    // The VO lends the SHG ₹10,000 on 10 April; the SHG receives it on 13 April and on 11 May
    // repays ₹1,000 with ₹100 of interest, which the VO records the same day.
    cif_loan(&mut vo, "vo", "shg", "2025-04-10", "10000").unwrap();
    let mut m = meeting("2025-04-13", vec![row("1", "present", "50")]);
    m.group.push(group_line("grant", Some("community-investment-fund"), "10000"));
    app::meeting_record(&mut f.store, &c, &m).unwrap();
    let mut m = meeting("2025-05-11", vec![row("1", "present", "50")]);
    m.group.push(group_line("cif-repaid", None, "1000"));
    m.group.push(group_line("cif-interest", None, "100"));
    app::meeting_record(&mut f.store, &c, &m).unwrap();
    app::loan_repay(&mut vo, &ctx("2025-10-01"), &app::RepayInput { org: "vo".into(), date: "2025-05-11".into(), member: "shg".into(), amount: "1100".into(), ..Default::default() }).unwrap();
    let second = dir.join("shg-2.bundle");
    write(&mut f.store, &c, &second, true);
    import(&mut vo, &[&second], false).unwrap();

    // The cluster federation: ₹2,00,000 of CIF from the project on 1 April, in the bank, ₹60,000
    // of it drawn in cash.
    let clf_path = dir.join("clf.samuh");
    let mut clf = Store::open_or_create(&clf_path).unwrap();
    app::org_add(&mut clf, &ctx("2025-09-30"), &OrgInput { code: "clf".into(), name: "Kishanganj CLF".into(), kind: "cluster-federation".into(), ..vo_input() }).unwrap();
    with_cif(&mut clf, "clf", "2025-04-01", "200000", "60000");

    // The VO's first bundle: its own journal, and its SHG relayed.
    let vo_write = |vo: &mut Store, name: &str, since_last: bool| {
        let out = dir.join(name);
        let w = app::bundle_write(vo, &ctx("2025-10-01"), &BundleWriteInput { org: "vo".into(), out: out.display().to_string(), since_last, no_names: false }).unwrap();
        (out, w.relayed)
    };
    let clf_import = |clf: &mut Store, file: &Path, register: bool| {
        app::bundle_import(clf, &ctx("2025-10-01"), &BundleImportInput { org: "clf".into(), files: vec![file.display().to_string()], register })
    };
    let (vo1, relayed) = vo_write(&mut vo, "vo-1.bundle", false);
    assert_eq!(relayed, 1);
    // The relayed groups are written one at a time; the bytes signed are still exactly the
    // payload serialised whole.
    let raw = std::fs::read(&vo1).unwrap();
    let body = &raw[raw.windows(2).position(|w| w == b"\n\n").unwrap() + 2..];
    let whole = app::bundle_decode(&raw, "vo-1.bundle").unwrap().payload;
    assert_eq!(serde_json::to_vec(&whole).unwrap(), body);
    assert_eq!((whole.relayed.len(), whole.relayed[0].bundle.group.code.as_str()), (1, "shg"));
    let got = clf_import(&mut clf, &vo1, true).unwrap();
    assert_eq!((got[0].group.as_str(), got[0].registered, got[0].relayed), ("vo", true, 1));
    assert_eq!(app::imported_message(&got[0], samuh::i18n::Locale::new(samuh::i18n::Lang::En)).split(". ").last().unwrap(), "vo also relayed one group with something new; they are consolidated under it.");
    let shg_entries = count(&f.path, "SELECT count(*) FROM voucher");
    let clf_entries = |code: &str| count(&clf_path, &format!("SELECT count(*) FROM fed_voucher v JOIN fed_group g ON g.id = v.group_id WHERE g.code = '{code}'"));
    assert_eq!(clf_entries("shg"), shg_entries);
    assert_eq!(clf_entries("vo"), count(&vo_path, "SELECT count(*) FROM voucher"));
    // The CLF lends the VO the ₹50,000 the VO's book shows received as CIF on 2 April. A group
    // that came relayed is not the CLF's to lend to.
    cif_loan(&mut clf, "clf", "vo", "2025-04-02", "50000").unwrap();
    let before = dump(&clf_path);
    assert_refused(cif_loan(&mut clf, "clf", "shg", "2025-04-02", "1000").unwrap_err(), "error-cif-group-not-registered");
    // Nor is its own bundle the way in: its books come through the VO's.
    let e = clf_import(&mut clf, &second, true).unwrap_err();
    assert_refused(e.clone(), "error-bundle-relayed-group");
    assert_eq!(samuh::i18n::Localizer::new(samuh::i18n::Locale::new(samuh::i18n::Lang::En)).error(&e).split(". ").last().unwrap(), "Import the latest bundle of vo instead: it carries shg's entries.");
    assert_eq!(dump(&clf_path), before);

    let report = |store: &Store, org: &str, name: &str, from: Option<&str>, to: &str| {
        let p = app::ReportParams { org: org.into(), name: name.into(), from: from.map(String::from), to: Some(to.into()), ..Default::default() };
        app::report(store, &ctx("2025-10-01"), &p).unwrap()
    };
    let total = |r: &Report, k: usize, col: usize| r.sections[k].totals.as_ref().unwrap()[col].as_money().unwrap();
    let line = |r: &Report, k: usize, head: &str| r.sections[k].rows.iter().find(|x| x[0] == Cell::msg(head)).cloned().unwrap_or_else(|| panic!("{head}: {r:?}"));
    let m = |v: i64| Cell::Money(Money::units(v));
    let singles = |name: &str, from: Option<&str>, to: &str| [report(&f.store, "shg", name, from, to), report(&vo, "vo", name, from, to), report(&clf, "clf", name, from, to)];

    // Balance sheet on 31 May. Receivables: the CLF's from the VO 50,000, the VO's from the SHG
    // 10,000 − 1,000 = 9,000; 59,000 out. Payables: the VO's CIF 50,000 and the SHG's 9,000;
    // 59,000 out. They match: no unmatched line; each side is the three books' less 59,000.
    let bs = report(&clf, "clf", "consolidated-balance-sheet", None, "2025-05-31");
    let one = singles("balance-sheet", None, "2025-05-31");
    let lent = line(&bs, 1, "account-loans-to-members");
    assert_eq!((&lent[2], &lent[3]), (&m(50000), &m(-59000)));
    let payable = line(&bs, 0, "account-cif-payable");
    assert_eq!((&payable[1], &payable[2], &payable[3], &payable[4]), (&m(59000), &m(200000), &m(-59000), &m(200000)));
    assert!(!bs.sections[1].rows.iter().any(|x| x[0] == Cell::msg("row-intergroup-unmatched")), "{bs:?}");
    for k in 0..2 {
        assert_eq!(total(&bs, k, 4), one.iter().map(|r| total(r, k, 1)).sum::<Money>() - Money::units(59000), "side {k}");
    }
    assert_eq!(total(&bs, 0, 4), total(&bs, 1, 4));
    // The notes name what each level's lenders hold: the CLF's 50,000, the VO's 9,000.
    let note = |id: &str| bs.sections[1].notes.iter().find(|n| n.id == id).unwrap_or_else(|| panic!("{id}: {:?}", bs.sections[1].notes)).args.clone();
    assert!(note("note-consolidated").contains(&("eliminated", samuh::error::Arg::Money(Money::units(50000)))));
    assert!(note("note-consolidated-relayed").contains(&("eliminated", samuh::error::Arg::Money(Money::units(9000)))));

    // Income and expenditure, April–May: the VO's ₹100 of interest from the SHG and the SHG's
    // ₹100 paid come out (the CLF has had no interest from the VO yet): the surplus is the
    // three surpluses added.
    let ie = report(&clf, "clf", "consolidated-income-expenditure", Some("2025-04-01"), "2025-05-31");
    assert_eq!(line(&ie, 0, "account-interest-income")[3], m(-100));
    assert_eq!(line(&ie, 1, "account-cif-interest")[3], m(-100));
    let one = singles("income-expenditure", Some("2025-04-01"), "2025-05-31");
    assert_eq!(total(&ie, 0, 4) - total(&ie, 1, 4), one.iter().map(|r| total(r, 0, 1) - total(r, 1, 1)).sum::<Money>());

    // Receipts and payments, April–May: out of receipts the VO's 50,000 and the SHG's 10,000 of
    // CIF received and the VO's 1,100 from the SHG (61,100); out of payments the CLF's 50,000
    // and the VO's 10,000 paid out and the SHG's 1,100 to the VO (61,100).
    let rp = report(&clf, "clf", "consolidated-receipts-payments", Some("2025-04-01"), "2025-05-31");
    let one = singles("receipts-payments", Some("2025-04-01"), "2025-05-31");
    assert_eq!(total(&rp, 0, 3), -Money::units(61100));
    assert_eq!(total(&rp, 1, 3), -Money::units(61100));
    assert_eq!(line(&rp, 1, "line-disbursement")[3], m(-60000));
    assert_eq!(total(&rp, 0, 4), one.iter().map(|r| total(r, 0, 1)).sum::<Money>() - Money::units(61100));
    assert_eq!(total(&rp, 0, 4), total(&rp, 1, 4));

    // The VO's own consolidation is unchanged by its bundle having gone up: its SHG, 9,000 out.
    let vo_bs = report(&vo, "vo", "consolidated-balance-sheet", None, "2025-05-31");
    assert_eq!(line(&vo_bs, 1, "account-loans-to-members")[3], m(-9000));

    // Drill-down from the CLF to the relayed SHG's registers: the SHG's own.
    for name in ["cash-book", "savings-register", "trial-balance"] {
        let there = app::group_register(&clf, &ctx("2025-10-01"), &app::GroupRegisterInput { org: "clf".into(), group: "shg".into(), name: name.into(), from: Some("2025-04-01".into()), to: Some("2025-05-31".into()) }).unwrap();
        assert_eq!(there.sections, report(&f.store, "shg", name, Some("2025-04-01"), "2025-05-31").sections, "{name}");
    }
    // The CLF's status board is about the bundles it receives (the VO's); below it, the SHG its
    // VO relayed, with the VO that brings it, how far its books reach (its meeting of 11 May)
    // and its entries.
    let status = report(&clf, "clf", "group-status", None, "2025-05-31");
    assert_eq!(status.sections[0].rows.len(), 1);
    assert_eq!(status.sections[0].rows[0][0], Cell::text("vo"));
    assert_eq!(status.sections[1].title.as_ref().map(|t| t.id.as_str()), Some("section-relayed-groups"));
    assert_eq!(status.sections[1].rows, vec![vec![Cell::text("shg"), Cell::text(&f.store.read().org_by_code("shg").unwrap().unwrap().name), Cell::text("vo"), Cell::Date(d("2025-05-11")), Cell::Count(shg_entries)]]);
    // The VO's own board has no such part.
    assert_eq!(report(&vo, "vo", "group-status", None, "2025-05-31").sections.len(), 1);

    // The CLF's portfolio, grading and overdue borrowers go down to the SHG: after its own part
    // (the VO), a part for the groups the VO relays, titled with the VO, with the very lines and
    // totals of the VO's own roll-up of its SHG (the same entries, come one level further). The
    // members are the SHG book's own.
    let shg_members = count(&f.path, "SELECT count(*) FROM member");
    for name in ["portfolio", "grading", "overdue-borrowers", "cif-reconciliation"] {
        let at_clf = report(&clf, "clf", name, Some("2025-04-01"), "2025-05-31");
        let at_vo = report(&vo, "vo", name, Some("2025-04-01"), "2025-05-31");
        // (The grading's rule, a section of its own, is not repeated.)
        assert_eq!(at_clf.sections.len(), at_vo.sections.len() + 1, "{name}: {at_clf:?}");
        assert_ne!(at_clf.sections[0].rows.iter().map(|r| r[0].clone()).collect::<Vec<_>>(), vec![Cell::text("shg")], "{name}: the CLF's own part is its VO's");
        let part = at_clf.sections.iter().find(|s| s.title.as_ref().is_some_and(|t| t.id.starts_with("section-relayed"))).unwrap_or_else(|| panic!("{name}: {at_clf:?}"));
        let title = part.title.as_ref().unwrap();
        assert_eq!((title.id.as_str(), &title.args), ("section-relayed-by", &vec![("group", samuh::error::Arg::Text("vo".into()))]), "{name}");
        assert_eq!((&part.rows, &part.totals), (&at_vo.sections[0].rows, &at_vo.sections[0].totals), "{name}");
    }
    let portfolio = report(&clf, "clf", "portfolio", Some("2025-04-01"), "2025-05-31");
    let p = &portfolio.sections[1];
    assert_eq!(p.rows[0][0], Cell::text("shg"));
    assert_eq!(p.rows[0][p.col("col-members-count")], Cell::Count(shg_members));
    // The VO's CIF with the SHG, seen at the CLF: lent 10,000, repaid 1,000 on 11 May: 9,000 on
    // both sides, no difference.
    let rec = report(&clf, "clf", "cif-reconciliation", None, "2025-05-31");
    let part = &rec.sections[1];
    assert_eq!(
        (&part.rows[0][0], &part.rows[0][part.col("col-cif-receivable-relayer")], &part.rows[0][part.col("col-cif-payable-group")], &part.rows[0][part.col("col-status")]),
        (&Cell::text("shg"), &m(9000), &m(9000), &Cell::msg("cif-rec-ok"))
    );
    assert_eq!(part.notes[0].id, "note-cif-reconciliation-relayed", "the note says whose book lent");
    assert!(samuh::render::render_text(&portfolio, &samuh::i18n::Localizer::new(samuh::i18n::Locale::new(samuh::i18n::Lang::En))).contains("The groups vo relays"));

    // The CLF's Parquet export holds the SHG as well as its VO, the SHG marked as relayed by the
    // VO, with every posting of the SHG's own book (balancing to zero).
    {
        use parquet::file::reader::{FileReader, SerializedFileReader};
        use parquet::record::Field;
        let pq = dir.join("clf-parquet");
        let done = app::export_parquet(&clf, &app::ParquetExportInput { org: "clf".into(), to: pq.display().to_string() }).unwrap();
        assert_eq!(done.groups, 2);
        let rows = |table: &str| -> Vec<Vec<(String, Field)>> {
            let mut out = Vec::new();
            for file in done.files.iter().filter(|f| f.starts_with(&format!("{table}/"))) {
                let r = SerializedFileReader::new(std::fs::File::open(pq.join(file)).unwrap()).unwrap();
                out.extend(r.get_row_iter(None).unwrap().map(|row| row.unwrap().get_column_iter().map(|(n, v)| (n.clone(), v.clone())).collect::<Vec<_>>()));
            }
            out
        };
        let get = |row: &Vec<(String, Field)>, name: &str| row.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone()).unwrap();
        let mut groups: Vec<(Field, Field)> = rows("groups").iter().map(|r| (get(r, "group_code"), get(r, "relayed_by"))).collect();
        groups.sort_by_key(|g| format!("{:?}", g.0));
        assert_eq!(groups, vec![(Field::Str("shg".into()), Field::Str("vo".into())), (Field::Str("vo".into()), Field::Null)]);
        let shg_postings: Vec<i64> = rows("postings")
            .iter()
            .filter(|r| get(r, "group_code") == Field::Str("shg".into()))
            .map(|r| if let Field::Long(v) = get(r, "amount_minor") { v } else { panic!("amount_minor") })
            .collect();
        assert_eq!(shg_postings.len() as i64, count(&f.path, "SELECT count(*) FROM posting"));
        assert_eq!(shg_postings.iter().sum::<i64>(), 0);
    }

    // Since the last bundle: the SHG meets on 18 May and sends it; the VO's next bundle relays
    // only that (one entry), and the CLF's copy of the SHG is whole again.
    app::meeting_record(&mut f.store, &c, &meeting("2025-05-18", vec![row("1", "present", "50")])).unwrap();
    let third = dir.join("shg-3.bundle");
    write(&mut f.store, &c, &third, true);
    import(&mut vo, &[&third], false).unwrap();
    let (vo2, _) = vo_write(&mut vo, "vo-2.bundle", true);
    let sent = app::bundle_decode(&std::fs::read(&vo2).unwrap(), "vo-2.bundle").unwrap().payload;
    assert_eq!(sent.relayed.len(), 1);
    assert_eq!((sent.relayed[0].via.as_str(), sent.relayed[0].bundle.base_count, sent.relayed[0].bundle.vouchers.len()), ("vo", shg_entries, 1));
    let got = clf_import(&mut clf, &vo2, false).unwrap();
    // No entry of the VO's own (its records moved on: it noted a bundle written and one imported).
    assert_eq!((got[0].new_vouchers, got[0].relayed), (0, 1), "nothing new of the VO's own; its SHG's meeting");
    assert_eq!(clf_entries("shg"), shg_entries + 1);
    // Nothing imported since: the VO's next bundle relays nothing; importing it twice, the
    // second time is a no-op.
    let (vo3, _) = vo_write(&mut vo, "vo-3.bundle", true);
    assert!(app::bundle_decode(&std::fs::read(&vo3).unwrap(), "vo-3.bundle").unwrap().payload.relayed.is_empty());
    let got = clf_import(&mut clf, &vo3, false).unwrap();
    assert_eq!((got[0].new_vouchers, got[0].relayed), (0, 0));
    let before = dump(&clf_path);
    let got = clf_import(&mut clf, &vo3, false).unwrap();
    assert_eq!((got[0].already, got[0].relayed), (true, 0));
    assert_eq!(dump(&clf_path), before);
    // The VO's first bundle again (everything, the SHG relayed from its start): nothing new.
    let got = clf_import(&mut clf, &vo1, false).unwrap();
    assert_eq!((got[0].already, got[0].relayed), (true, 0));
    assert_eq!(dump(&clf_path), before);

    // A VO that alters a relayed entry and signs the bundle again: the SHG's hashes no longer
    // verify; refused, nothing imported.
    let mut forged = app::bundle_decode(&std::fs::read(&vo1).unwrap(), "vo-1.bundle").unwrap().payload;
    forged.seq = 9;
    forged.relayed[0].bundle.vouchers[1].lines[0].amount_minor += 100;
    let secret = vo.read().bundle_key(1).unwrap().unwrap().1;
    let key: [u8; 32] = (0..32).map(|i| u8::from_str_radix(&secret[2 * i..2 * i + 2], 16).unwrap()).collect::<Vec<u8>>().try_into().unwrap();
    let bad = dir.join("forged.bundle");
    std::fs::write(&bad, app::bundle_encode(&serde_json::to_vec(&forged).unwrap(), &key)).unwrap();
    let before = dump(&clf_path);
    assert_refused(clf_import(&mut clf, &bad, false).unwrap_err(), "error-bundle-altered");
    assert_eq!(dump(&clf_path), before);
    assert!(app::check_book(&clf, None).unwrap().findings.is_empty());
    assert!(app::check_book(&vo, None).unwrap().findings.is_empty());

    // The CLF is the top: its own bundle carries its journal alone, not its VOs and SHGs.
    let w = app::bundle_write(&mut clf, &ctx("2025-10-01"), &BundleWriteInput { org: "clf".into(), out: dir.join("clf.bundle").display().to_string(), since_last: false, no_names: false }).unwrap();
    assert_eq!(w.relayed, 0);
    assert!(app::bundle_decode(&std::fs::read(dir.join("clf.bundle")).unwrap(), "clf.bundle").unwrap().payload.relayed.is_empty());

    // Which group a relayed group came through is part of its record: taken out behind
    // Samuh's back (the guard lifted and put back), the book's check finds the record changed.
    drop(clf);
    let raw = rusqlite::Connection::open(&clf_path).unwrap();
    let guard: String = raw.query_row("SELECT sql FROM sqlite_schema WHERE name = 'fed_relay_no_delete'", [], |r| r.get(0)).unwrap();
    raw.execute_batch(&format!("DROP TRIGGER fed_relay_no_delete; DELETE FROM fed_relay; {guard};")).unwrap();
    drop(raw);
    let clf = Store::open(&clf_path).unwrap();
    let found = app::check_book(&clf, None).unwrap().findings;
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(format!("{found:?}").contains("shg"), "{found:?}");
}
