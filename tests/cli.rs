//! The `samuh` binary end to end: what a person types and what they read back, in four languages.

mod common;
use common::cli as samuh;

use std::path::PathBuf;
use std::process::{Command, Output};

struct Book {
    _dir: tempfile::TempDir,
    path: PathBuf,
}


fn ok(o: &Output) -> String {
    assert!(o.status.success(), "exit {:?}\nstdout: {}\nstderr: {}", o.status.code(), String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn refused(o: &Output) -> String {
    assert_eq!(o.status.code(), Some(1), "stdout: {}", String::from_utf8_lossy(&o.stdout));
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn shg() -> Book {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.samuh");
    let p = path.as_path();
    ok(&samuh(p, "en", &["init"]));
    ok(&samuh(p, "hi", &["org", "add", "--code", "shg", "--name", "जय माँ दुर्गा समूह", "--kind", "shg", "--country", "in", "--frequency", "weekly", "--formed-on", "05-01-2025", "--place", "किशनगंज"]));
    for (no, name) in [("1", "सुनीता देवी"), ("2", "रुबी खातून"), ("3", "गीता कुमारी")] {
        ok(&samuh(p, "hi", &["member", "add", "--org", "shg", "--no", no, "--name", name, "--joined-on", "2025-01-05"]));
    }
    ok(&samuh(p, "hi", &["policy", "set", "--org", "shg", "--from", "2025-01-05", "--saving", "50", "--rate", "2", "--rate-period", "month", "--method", "flat", "--loan-cap", "5000", "--guarantors", "1"]));
    let opening = dir.path().join("opening.json");
    std::fs::write(&opening, r#"{"org":"shg","date":"2025-04-01","cash":"२,०००","bank":"10,000","savings":[{"member":"1","savings":"1,000"},{"member":"2","savings":"१,०००"}]}"#).unwrap();
    ok(&samuh(p, "hi", &["opening", "record", "--file", opening.to_str().unwrap()]));
    Book { _dir: dir, path }
}

#[test]
fn a_meeting_typed_in_devanagari_lands_in_the_cash_book_and_passbook() {
    let b = shg();
    let file = b.path.with_file_name("m.json");
    std::fs::write(
        &file,
        r#"{"org":"shg","date":"०६-०४-२०२५","members":[
            {"member":"1","attendance":"present","savings":"५०"},
            {"member":"2","attendance":"late","savings":"५०"},
            {"member":"3","attendance":"absent"}],
          "minutes":{"agenda":["बचत जमा"],"resolutions":["अगली बैठक रविवार को"]}}"#,
    )
    .unwrap();
    let out = ok(&samuh(&b.path, "hi", &["meeting", "record", "--file", file.to_str().unwrap()]));
    assert!(out.contains("2025-26/0002"), "{out}");
    let cash = ok(&samuh(&b.path, "hi", &["report", "cash-book", "--org", "shg"]));
    assert!(cash.contains("सुनीता देवी"), "{cash}");
    // The absent member's ₹5 fine is owed, not cash at the meeting she missed (issue 15).
    assert!(cash.contains("2,102.00"), "closing cash 2,000 + 100 savings + 2 late fine:\n{cash}");
    let passbook = ok(&samuh(&b.path, "hi", &["--digits", "native", "report", "passbook", "--org", "shg", "--member", "1"]));
    assert!(passbook.contains("१,०५०.००"), "{passbook}");
    let tb = ok(&samuh(&b.path, "hi", &["report", "trial-balance", "--org", "shg", "--format", "csv", "--iso-dates", "--digits", "latin"]));
    // Cash 2,102 + bank 10,000 + the 5 owed = 12,107 on each side.
    assert!(tb.contains("12107.00") || tb.contains("12,107.00"), "{tb}");
    ok(&samuh(&b.path, "en", &["check"]));
}

#[test]
fn a_corrupt_or_truncated_file_is_refused_in_the_users_language() {
    let b = shg();
    let file = b.path.with_file_name("bad.json");
    std::fs::write(&file, r#"{"org":"shg","date":"2025-04-06","members":[{"member":"1","attendance":"pres"#).unwrap();
    let before = std::fs::read(&b.path).unwrap();
    let hi = refused(&samuh(&b.path, "hi", &["meeting", "record", "--file", file.to_str().unwrap()]));
    let bn = refused(&samuh(&b.path, "bn", &["meeting", "record", "--file", file.to_str().unwrap()]));
    let th = refused(&samuh(&b.path, "th", &["meeting", "record", "--file", file.to_str().unwrap()]));
    let en = refused(&samuh(&b.path, "en", &["meeting", "record", "--file", file.to_str().unwrap()]));
    assert!(hi.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c)), "{hi}");
    assert!(bn.chars().any(|c| ('\u{0980}'..='\u{09FF}').contains(&c)), "{bn}");
    assert!(th.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c)), "{th}");
    assert!(en.contains("bad.json"), "{en}");
    assert_eq!(std::fs::read(&b.path).unwrap(), before);
    let json = samuh(&b.path, "en", &["--json", "meeting", "record", "--file", file.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_slice(&json.stderr).unwrap();
    // A file the person wrote is "not a meeting file" with where and why, never the advice for a
    // damaged book; the file ends inside a string on line 1.
    assert_eq!(v["error"]["code"], "error-input-file-malformed");
    assert_eq!((v["error"]["args"]["line"].as_str(), v["error"]["args"]["reason"].as_str()), (Some("1"), Some("eof")));
    assert!(!hi.contains("EOF") && !hi.contains("bad.json is damaged"), "{hi}");
}

#[test]
fn the_command_line_says_what_to_fix_in_the_file_not_in_a_screen_row() {
    // The screen's words ("press P in that row", "remove this loan row") mean nothing to
    // someone running a meeting file: the command line names the file's keys and its flags.
    let b = shg();
    let file = b.path.with_file_name("unmarked.json");
    std::fs::write(&file, r#"{"org":"shg","date":"2025-04-06","members":[{"member":"1","attendance":"","savings":"50"}]}"#).unwrap();
    let before = std::fs::read(&b.path).unwrap();
    let en = refused(&samuh(&b.path, "en", &["meeting", "record", "--file", file.to_str().unwrap()]));
    assert!(en.trim_end().ends_with("is not marked. Give that member's \"attendance\" in the meeting file: present, late, absent or absent-with-leave."), "{en}");
    let hi = refused(&samuh(&b.path, "hi", &["meeting", "record", "--file", file.to_str().unwrap()]));
    assert!(hi.trim_end().ends_with("की हाज़िरी नहीं लगी है। बैठक फ़ाइल में उस सदस्य की \"attendance\" लिखें: present, late, absent या absent-with-leave।"), "{hi}");
    assert!(!en.contains("row") && !hi.contains("पंक्ति"), "{en}\n{hi}");
    let loan = b.path.with_file_name("noamount.json");
    std::fs::write(&loan, r#"{"org":"shg","date":"2025-04-06","loans":[{"member":"1","amount":" ","guarantors":["2"]}]}"#).unwrap();
    let th = refused(&samuh(&b.path, "th", &["meeting", "record", "--file", loan.to_str().unwrap()]));
    assert!(th.trim_end().ends_with("ยังไม่ได้ระบุจำนวนเงินกู้ ใส่ด้วย --amount หรือเป็น \"amount\" ของเงินกู้ในไฟล์การประชุม"), "{th}");
    let bn = refused(&samuh(&b.path, "bn", &["meeting", "record", "--file", loan.to_str().unwrap()]));
    assert!(bn.trim_end().ends_with("ঋণের পরিমাণ দেওয়া হয়নি। --amount দিয়ে দিন, অথবা সভার ফাইলে ঋণের \"amount\" হিসেবে লিখুন।"), "{bn}");
    // The code stays the screen's, so scripts and the screen agree on what went wrong.
    let json = samuh(&b.path, "en", &["--json", "meeting", "record", "--file", loan.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_slice(&json.stderr).unwrap();
    assert_eq!(v["error"]["code"], "error-loan-amount-required");
    assert_eq!(std::fs::read(&b.path).unwrap(), before);
}

#[test]
fn a_loan_above_the_cap_is_refused_with_the_figures_in_native_digits() {
    let b = shg();
    let file = b.path.with_file_name("loan.json");
    std::fs::write(&file, r#"{"org":"shg","date":"2025-04-06","loans":[{"member":"1","amount":"६,०००","guarantors":["2"]}]}"#).unwrap();
    let msg = refused(&samuh(&b.path, "hi", &["--digits", "native", "meeting", "record", "--file", file.to_str().unwrap()]));
    assert!(msg.contains("६,०००.००") && msg.contains("५,०००.००"), "{msg}");
    let th = refused(&samuh(&b.path, "th", &["meeting", "record", "--file", file.to_str().unwrap()]));
    assert!(th.contains("6,000.00"), "{th}");
}

#[test]
fn a_future_date_and_a_thai_buddhist_era_date() {
    let b = shg();
    let out = refused(&samuh(&b.path, "en", &["loan", "repay", "--org", "shg", "--date", "2025-10-01", "--member", "1", "--amount", "10"]));
    assert!(out.contains("1 October 2025") && out.contains("30 September 2025"), "{out}");
    // 06/04/2568 in Thai is 6 April 2025 (Buddhist Era); the save succeeds.
    let file = b.path.with_file_name("th.json");
    std::fs::write(&file, r#"{"org":"shg","date":"06/04/2568","members":[{"member":"1","attendance":"present","savings":"๕๐"}]}"#).unwrap();
    ok(&samuh(&b.path, "th", &["meeting", "record", "--file", file.to_str().unwrap()]));
    // In Hindi the same year is refused, with a message saying so.
    let file2 = b.path.with_file_name("hi.json");
    std::fs::write(&file2, r#"{"org":"shg","date":"13/04/2568","members":[]}"#).unwrap();
    refused(&samuh(&b.path, "hi", &["meeting", "record", "--file", file2.to_str().unwrap()]));
}

#[test]
fn a_newer_book_is_refused() {
    let b = shg();
    let c = rusqlite::Connection::open(&b.path).unwrap();
    c.pragma_update(None, "user_version", 999).unwrap();
    drop(c);
    let msg = refused(&samuh(&b.path, "en", &["check"]));
    assert!(msg.contains("999"), "{msg}");
}

#[test]
fn loan_schedule_needs_no_book() {
    let out = Command::new(env!("CARGO_BIN_EXE_samuh"))
        .args(["--json", "loan", "schedule", "--principal", "10000", "--rate", "2", "--method", "reducing-emi", "--instalments", "10", "--start", "2025-04-06"])
        .output()
        .unwrap();
    let text = ok(&out);
    assert!(text.contains("1113.27"), "{text}");
    let hi = Command::new(env!("CARGO_BIN_EXE_samuh"))
        .args(["--lang", "hi", "loan", "schedule", "--principal", "10000", "--rate", "2", "--method", "flat", "--instalments", "10", "--start", "2025-04-06"])
        .output()
        .unwrap();
    let text = ok(&hi);
    assert!(text.contains("1,200.00") && text.contains("12,000.00"), "{text}");
}

#[test]
fn check_exits_three_when_the_book_was_edited_outside() {
    let b = shg();
    let c = rusqlite::Connection::open(&b.path).unwrap();
    c.execute_batch("DROP TRIGGER posting_no_update; UPDATE posting SET amount_minor = amount_minor + 100 WHERE id = 1;").unwrap();
    drop(c);
    let o = samuh(&b.path, "hi", &["check"]);
    assert_eq!(o.status.code(), Some(3));
}

#[test]
fn the_book_code_from_the_minutes_verifies_the_book() {
    let b = shg();
    let file = b.path.with_file_name("m.json");
    std::fs::write(&file, r#"{"org":"shg","date":"2025-04-06","members":[{"member":"1","attendance":"present","savings":"50"}]}"#).unwrap();
    let out = samuh(&b.path, "en", &["--json", "meeting", "record", "--file", file.to_str().unwrap()]);
    let saved: serde_json::Value = serde_json::from_str(&ok(&out)).unwrap();
    let code = saved["book_code"].as_str().unwrap().to_string();
    assert_eq!(code.len(), 9, "{code}");
    let text = ok(&samuh(&b.path, "hi", &["check", "--org", "shg", "--code", &code.to_lowercase()]));
    assert!(text.contains(&code), "{text}");
    // The voucher's day as she writes dates, never the ISO text (locales/hi/safety.ftl).
    assert!(text.contains("6 अप्रैल 2025") && !text.contains("2025-04-06"), "{text}");
    // A meeting after it: one entry added after the code, counted in the reader's digits.
    let next = b.path.with_file_name("m2.json");
    std::fs::write(&next, r#"{"org":"shg","date":"2025-04-13","members":[{"member":"1","attendance":"present","savings":"50"}]}"#).unwrap();
    ok(&samuh(&b.path, "en", &["meeting", "record", "--file", next.to_str().unwrap()]));
    let text = ok(&samuh(&b.path, "hi", &["--digits", "native", "check", "--org", "shg", "--code", &code]));
    assert!(text.contains("६ अप्रैल २०२५") && !text.chars().any(|c| c.is_ascii_digit() && !code.contains(c)), "{text}");
    // A code that was never printed for this book is not a match (exit 3).
    let wrong = samuh(&b.path, "en", &["check", "--org", "shg", "--code", "ZZZZ-ZZZZ"]);
    assert_eq!(wrong.status.code(), Some(3));
}

#[test]
fn backup_then_restore_as_a_new_book() {
    let b = shg();
    let dir = b.path.with_file_name("backups");
    let out = ok(&samuh(&b.path, "en", &["--json", "backup", "--dir", dir.to_str().unwrap(), "--keep", "3"]));
    let info: serde_json::Value = serde_json::from_str(&out).unwrap();
    let backup = info["path"].as_str().unwrap().to_string();
    let preview = ok(&samuh(&b.path, "bn", &["restore", "--from", &backup]));
    assert!(preview.contains("shg"), "{preview}");
    let target = b.path.with_file_name("restored.samuh");
    ok(&samuh(&b.path, "en", &["restore", "--from", &backup, "--to", target.to_str().unwrap()]));
    ok(&samuh(&target, "en", &["check"]));
    // Never over an existing file.
    refused(&samuh(&b.path, "en", &["restore", "--from", &backup, "--to", target.to_str().unwrap()]));
}

/// `welfare payout --settle` takes FUND:LOAN (or FUND NAME:LOAN:PRINCIPAL:INTEREST); anything
/// else is refused with the format to write, in the reader's language, and changes nothing.
#[test]
fn a_loan_to_settle_not_written_fund_colon_loan_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("b.samuh");
    ok(&samuh(&p, "en", &["init"]));
    let before = common::dump(&p);
    let payout = |lang: &str, settle: &str, json: bool| {
        let mut args = vec!["welfare", "payout", "--org", "wc", "--deceased", "1", "--date", "2025-11-10", "--settle", settle];
        if json {
            args.insert(0, "--json");
        }
        samuh(&p, lang, &args)
    };
    for settle in ["garbage", "vf:1:600:21:9"] {
        let v: serde_json::Value = serde_json::from_slice(&payout("en", settle, true).stderr).unwrap();
        assert_eq!(v["error"]["code"], "error-settle-malformed", "{v}");
        let en = refused(&payout("en", settle, false));
        assert!(en.contains("FUND:LOAN") && en.contains(settle) && !en.contains("not one of the choices"), "{en}");
    }
    let th = refused(&payout("th", "garbage", false));
    assert!(th.contains("FUND:LOAN") && th.contains("เงินกู้"), "{th}");
    assert_eq!(common::dump(&p), before);
}
