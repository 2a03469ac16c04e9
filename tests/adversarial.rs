//! Replays the adversarial corpus in `tests/adversarial/*.jsonl` (format: tests/adversarial/README.md):
//! every case is an input of one kind (an amount, a count, a name, a member file, a meeting
//! file, a book file, a by-law change, a loan, a reversal, a retried save, …) with its expected
//! outcome, refused with which message id or accepted as what. A refusal (and a retry answered
//! as already recorded) must also leave the book exactly as it was (every table dumped before
//! and after; for a book file, its bytes) and render in all four languages; a case may pin the
//! exact message in one language. Every failing case is listed with its file and line.

mod common;

use samuh::app::{self, Ctx};
use samuh::i18n::{self, Lang, Locale, Localizer};
use samuh::store::Store;
use samuh::{testkit, Error};
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The outcome of one case: the accepted value in plain text, or the error.
type Outcome = Result<Value, Error>;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("adversarial")
}

fn lang_of(case: &Map<String, Value>) -> Lang {
    case.get("lang").and_then(Value::as_str).and_then(Lang::from_code).unwrap_or(Lang::En)
}

fn text(case: &Map<String, Value>) -> String {
    match case.get("input") {
        Some(Value::String(s)) => s.clone(),
        Some(v) => v.to_string(),
        None => String::new(),
    }
}

/// The case's input object with the kind's defaults filled in where the case leaves them out.
fn object(case: &Map<String, Value>, defaults: Value) -> Value {
    let mut out = defaults.as_object().cloned().unwrap_or_default();
    if let Some(Value::Object(o)) = case.get("input") {
        for (k, v) in o {
            out.insert(k.clone(), v.clone());
        }
    }
    Value::Object(out)
}

fn from_value<T: serde::de::DeserializeOwned>(v: Value) -> T {
    serde_json::from_value(v).expect("the case's input object fits the input type")
}

/// The books a case acts on, built once and copied for each case (key `book`, else the kind's).
#[derive(Clone, Copy)]
enum Template {
    /// The test SHG with its opening balances (`testkit::shg`).
    Opened,
    /// The same group before its opening balances.
    Unopened,
    /// The opened SHG after a few saves made with client ids (see `lend`).
    Lent,
}

fn book_of(case: &Map<String, Value>, default: Template) -> Template {
    match case.get("book").and_then(Value::as_str) {
        None => default,
        Some("opened") => Template::Opened,
        Some("unopened") => Template::Unopened,
        Some("lent") => Template::Lent,
        Some(other) => panic!("unknown book {other:?} (tests/adversarial/README.md lists the books)"),
    }
}

/// What the `Lent` book holds after the opening (voucher 2025-26/0001), each save made through
/// the app from the JSON the corpus's retry cases repeat:
/// 0002 the meeting of 2025-04-06 (members 1 to 6 save ₹50; client id `meeting-1`),
/// 0003 loan 1, ₹500 to member 1 on 2025-04-13 (guarantor 2, "goat"; client id `loan-1`),
/// 0004 loan 2, ₹300 to member 3 on 2025-04-20 (guarantor 4, "seeds"),
/// 0005 the reversal of 0004 on 2025-04-21 ("entered twice"; client id `reverse-1`),
/// 0006 member 1 repays ₹60 of loan 1 on 2025-05-13 (client id `repay-1`).
fn lend(s: &mut Store, ctx: &Ctx) {
    let members: Vec<Value> = (1..=6).map(|k| serde_json::json!({"member": k.to_string(), "attendance": "present", "savings": "50"})).collect();
    let m: app::MeetingInput = from_value(serde_json::json!({"org": "shg", "date": "2025-04-06", "members": members, "client_id": "meeting-1"}));
    app::meeting_record(s, ctx, &m).unwrap();
    let loan = |json: Value| disburse_input(json);
    app::loan_disburse(s, ctx, &loan(serde_json::json!({"org": "shg", "date": "2025-04-13", "member": "1", "amount": "500", "guarantors": ["2"], "purpose": "goat", "client_id": "loan-1"}))).unwrap();
    app::loan_disburse(s, ctx, &loan(serde_json::json!({"org": "shg", "date": "2025-04-20", "member": "3", "amount": "300", "guarantors": ["4"], "purpose": "seeds"}))).unwrap();
    app::reverse(s, ctx, &from_value(serde_json::json!({"org": "shg", "voucher": "2025-26/0004", "reason": "entered twice", "date": "2025-04-21", "client_id": "reverse-1"}))).unwrap();
    app::loan_repay(s, ctx, &from_value(serde_json::json!({"org": "shg", "date": "2025-05-13", "member": "1", "amount": "60", "client_id": "repay-1"}))).unwrap();
}

fn template(t: Template) -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    let dir = DIR.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let ctx = common::ctx("2025-09-30");
        let mut s = Store::open_or_create(&dir.path().join("opened.samuh")).unwrap();
        testkit::shg(&mut s, &ctx, &testkit::MEMBERS, "1000").unwrap();
        drop(s);
        let mut s = Store::open_or_create(&dir.path().join("unopened.samuh")).unwrap();
        testkit::org(&mut s, &ctx).unwrap();
        for (k, name) in testkit::MEMBERS.iter().enumerate() {
            testkit::member(&mut s, &ctx, k + 1, name).unwrap();
        }
        testkit::bylaws(&mut s, &ctx).unwrap();
        drop(s);
        common::copy_book(&dir.path().join("opened.samuh"), &dir.path().join("lent.samuh"));
        let mut s = Store::open(&dir.path().join("lent.samuh")).unwrap();
        lend(&mut s, &ctx);
        drop(s);
        dir
    });
    let name = match t {
        Template::Opened => "opened.samuh",
        Template::Unopened => "unopened.samuh",
        Template::Lent => "lent.samuh",
    };
    Box::leak(dir.path().join(name).into_boxed_path())
}

/// Runs `act` on a fresh copy of a template book; a refusal, and a retry answered as already
/// recorded, must leave every table as it was.
fn on_book(t: Template, act: impl FnOnce(&mut Store, &Path) -> Outcome) -> Outcome {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.samuh");
    common::copy_book(template(t), &path);
    let mut store = Store::open(&path).unwrap();
    let before = common::dump(&path);
    let r = act(&mut store, &path);
    drop(store);
    let kept = match &r {
        Err(_) => true,
        Ok(Value::String(v)) => v.ends_with(ALREADY),
        Ok(_) => false,
    };
    if kept {
        assert_eq!(common::dump(&path), before, "the refusal (or the replayed retry) changed the book");
    }
    r
}

/// How a save answered as a replay of an earlier one ends its value.
const ALREADY: &str = " already recorded";

/// A save's value: its voucher number, marked when a client id replayed an earlier save.
fn saved_value(s: app::Saved) -> Outcome {
    Ok(Value::String(if s.already_recorded { format!("{}{ALREADY}", s.voucher) } else { s.voucher }))
}

/// A loan-disburse case's flat object: `org`, `date` and `client_id` are the command's, the
/// other keys the loan's.
fn disburse_input(flat: Value) -> app::DisburseInput {
    let mut top = Map::new();
    let mut loan = Map::new();
    for (k, v) in flat.as_object().cloned().unwrap_or_default() {
        if matches!(k.as_str(), "org" | "date" | "client_id") {
            top.insert(k, v);
        } else {
            loan.insert(k, v);
        }
    }
    top.insert("loan".into(), Value::Object(loan));
    from_value(Value::Object(top))
}

fn hex(s: &str) -> Vec<u8> {
    let s: String = s.split_whitespace().collect();
    (0..s.len()).step_by(2).map(|k| u8::from_str_radix(&s[k..k + 2], 16).expect("hex bytes")).collect()
}

/// `Store::open` on a file made as the case says (README: kind `book-file`). A refused open
/// must leave the file's bytes as they were, and make no file where there was none.
fn open_book_file(case: &Map<String, Value>) -> Outcome {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.samuh");
    let flag = |o: &Map<String, Value>, k: &str| o.get(k) == Some(&Value::Bool(true));
    match case.get("input") {
        Some(Value::String(s)) => std::fs::write(&path, s).unwrap(),
        Some(Value::Object(o)) if flag(o, "missing") => {}
        Some(Value::Object(o)) if flag(o, "folder") => std::fs::create_dir(&path).unwrap(),
        Some(Value::Object(o)) => {
            if let Some(h) = o.get("hex").and_then(Value::as_str) {
                std::fs::write(&path, hex(h)).unwrap();
            }
            if let Some(sql) = o.get("sqlite").and_then(Value::as_str) {
                rusqlite::Connection::open(&path).unwrap().execute_batch(sql).unwrap();
            }
            if let Some(b) = o.get("book") {
                common::copy_book(template(book_of(&Map::from_iter([("book".to_string(), b.clone())]), Template::Opened)), &path);
                if let Some(sql) = o.get("sql").and_then(Value::as_str) {
                    rusqlite::Connection::open(&path).unwrap().execute_batch(sql).unwrap();
                }
            }
            let mut bytes = std::fs::read(&path).unwrap_or_default();
            if let Some(n) = o.get("cut").and_then(Value::as_u64) {
                bytes.truncate(n as usize);
            }
            if let Some(n) = o.get("pad").and_then(Value::as_u64) {
                bytes.resize(n as usize, 0);
            }
            for p in o.get("patch").and_then(Value::as_array).into_iter().flatten() {
                let (at, with) = (p[0].as_u64().unwrap() as usize, hex(p[1].as_str().unwrap()));
                bytes[at..at + with.len()].copy_from_slice(&with);
            }
            std::fs::write(&path, bytes).unwrap();
        }
        _ => panic!("book-file: input is the file's text or an object"),
    }
    let before = std::fs::read(&path).ok();
    let existed = path.exists();
    let r = Store::open(&path).map(|_| Value::String("opened".into()));
    if let Err(e) = &r {
        assert!(std::fs::read(&path).ok() == before, "the refused open ({}) changed the file", e.code());
        assert_eq!(path.exists(), existed, "the refused open made a file");
    }
    Ok(r?)
}

fn run_case(case: &Map<String, Value>) -> Outcome {
    let kind = case.get("kind").and_then(Value::as_str).unwrap_or("");
    let lang = lang_of(case);
    let ctx = Ctx { lang, ..common::ctx("2025-09-30") };
    let input = text(case);
    let plain = |s: String| Ok(Value::String(s));
    match kind {
        "amount" => {
            let c = match case.get("currency").and_then(Value::as_str).unwrap_or("INR") {
                "BDT" => samuh::domain::money::Currency::Bdt,
                "THB" => samuh::domain::money::Currency::Thb,
                _ => samuh::domain::money::Currency::Inr,
            };
            i18n::parse_amount(&input, c, "savings").map(|m| Value::String(m.to_plain()))
        }
        "count" => i18n::parse_count(&input, "guarantors").map(|n| Value::String(n.to_string())),
        "count-positive" => i18n::parse_count_positive(&input, "instalments").map(|n| Value::String(n.to_string())),
        "rate" => i18n::parse_rate(&input, "rate").map(|r| Value::String(r.to_string())),
        "date" => i18n::parse_date(&input, lang, "date").map(|d| Value::String(d.format("%Y-%m-%d").to_string())),
        "name" => app::name_text("name", &input, 200).and_then(plain),
        "member-csv" => {
            let r = app::members_csv_parse(&input, &ctx);
            let accepted: Vec<Value> = r.accepted.iter().map(|m| Value::String(format!("{} {}", m.admission_no, m.name))).collect();
            let rejected: Vec<Value> = r
                .rejected
                .iter()
                .flat_map(|row| row.problems.iter().map(move |p| serde_json::json!([row.line, p.error.code()])))
                .collect();
            Ok(serde_json::json!({"accepted": accepted, "rejected": rejected}))
        }
        "member-import" => on_book(book_of(case, Template::Opened), |s, _| {
            let r = app::members_import(s, &ctx, "shg", &input, false)?;
            Ok(Value::from(r.accepted.len()))
        }),
        "meeting-file" => on_book(book_of(case, Template::Opened), |s, _| {
            let m: app::MeetingInput = app::parse_input_file(input.as_bytes(), "meeting.json", app::InputFile::Meeting)?;
            saved_value(app::meeting_record(s, &ctx, &m)?)
        }),
        "opening-file" => on_book(book_of(case, Template::Unopened), |s, _| {
            let o: app::OpeningInput = app::parse_input_file(input.as_bytes(), "opening.json", app::InputFile::Opening)?;
            let saved = app::opening_record(s, &ctx, &o)?;
            Ok(Value::String(saved.voucher))
        }),
        "member-add" => on_book(book_of(case, Template::Opened), |s, _| {
            let i = object(case, serde_json::json!({"org": "shg", "admission_no": "50", "name": "Kamla Devi", "joined_on": "2025-02-01"}));
            let id = app::member_add(s, &ctx, &from_value(i))?;
            let m = s.read().members(1).unwrap().into_iter().find(|m| m.id == id).unwrap();
            Ok(Value::String(format!("{} {}", m.admission_no, m.name)))
        }),
        "org-add" => on_book(book_of(case, Template::Opened), |s, _| {
            let i = object(case, serde_json::json!({"code": "vo2", "name": "Second group", "kind": "shg", "country": "in", "meeting_frequency": "monthly", "formed_on": "2025-01-05"}));
            let i: app::OrgInput = from_value(i);
            app::org_add(s, &ctx, &i)?;
            let o = s.read().orgs().unwrap().into_iter().find(|o| o.code == i.code.trim()).unwrap();
            Ok(Value::String(format!("{} {}", o.code, o.name)))
        }),
        "person-enrol" => on_book(book_of(case, Template::Opened), |s, _| {
            let i = object(case, serde_json::json!({"name": "Meena", "role": "treasurer", "pin": "4821"}));
            app::person_enrol(s, &ctx, &from_value(i))?;
            Ok(Value::String("enrolled".into()))
        }),
        "policy" => on_book(book_of(case, Template::Opened), |s, _| {
            let i = object(case, serde_json::json!({"org": "shg", "effective_from": "2025-09-01"}));
            app::policy_set(s, &ctx, &from_value(i))?;
            Ok(Value::String("saved".into()))
        }),
        "book-file" => open_book_file(case),
        "loan-disburse" => on_book(book_of(case, Template::Lent), |s, _| {
            let i = object(case, serde_json::json!({"org": "shg", "date": "2025-09-30", "member": "5", "amount": "500", "guarantors": ["6"], "purpose": "cow"}));
            saved_value(app::loan_disburse(s, &ctx, &disburse_input(i))?)
        }),
        "loan-repay" => on_book(book_of(case, Template::Lent), |s, _| {
            let i = object(case, serde_json::json!({"org": "shg", "date": "2025-06-13", "member": "1", "amount": "60"}));
            saved_value(app::loan_repay(s, &ctx, &from_value(i))?)
        }),
        "loan-reschedule" => on_book(book_of(case, Template::Lent), |s, _| {
            let i = object(case, serde_json::json!({"org": "shg", "loan": "1", "date": "2025-09-30", "instalments": "12", "agreement": "agreed at the meeting"}));
            app::loan_reschedule(s, &ctx, &from_value(i))?;
            Ok(Value::String("rescheduled".into()))
        }),
        "reverse" => on_book(book_of(case, Template::Lent), |s, _| {
            let i = object(case, serde_json::json!({"org": "shg", "voucher": "2025-26/0006", "reason": "entered by mistake", "date": "2025-09-30"}));
            saved_value(app::reverse(s, &ctx, &from_value(i))?)
        }),
        "meeting-reverse" => on_book(book_of(case, Template::Lent), |s, _| {
            let i = object(case, serde_json::json!({"org": "shg", "meeting": "2025-04-06", "reason": "held on another day", "date": "2025-09-30"}));
            let r = app::meeting_reverse(s, &ctx, &from_value(i))?;
            Ok(Value::String(if r.already_recorded { format!("{}{ALREADY}", r.reversals.join(" ")) } else { r.reversals.join(" ") }))
        }),
        other => panic!("unknown kind {other:?} (tests/adversarial/README.md lists the kinds)"),
    }
}

/// Checks one case; `Err` says what differs.
fn check(case: &Map<String, Value>) -> Result<(), String> {
    let expect = case.get("expect").and_then(Value::as_str).ok_or("no \"expect\"")?;
    let outcome = std::panic::catch_unwind(|| run_case(case)).map_err(|p| {
        let msg = p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default();
        format!("panicked: {msg}")
    })?;
    match (expect, outcome) {
        ("ok", Ok(v)) => match case.get("value") {
            Some(want) if *want != v => Err(format!("accepted as {v}, expected {want}")),
            _ => Ok(()),
        },
        ("ok", Err(e)) => Err(format!("refused with {} ({e:?}), expected to be accepted", e.code())),
        (code, Ok(v)) => Err(format!("accepted as {v}, expected refusal {code}")),
        (code, Err(e)) => {
            if e.code() != code {
                return Err(format!("refused with {} ({e:?}), expected {code}", e.code()));
            }
            for &lang in Lang::ALL {
                let l = Localizer::new(Locale::new(lang));
                let m = l.try_msg(e.code(), &e.args()).map_err(|m| format!("{lang:?}: does not render: {m}"))?;
                if lang != Lang::En && m.contains("{$") {
                    return Err(format!("{lang:?}: placeholder left in {m}"));
                }
            }
            if let Some(Value::Object(want)) = case.get("args") {
                let got: Map<String, Value> = e.args().into_iter().map(|(k, v)| (k.to_string(), Value::String(v.plain()))).collect();
                for (k, v) in want {
                    if got.get(k) != Some(v) {
                        return Err(format!("argument {k} is {:?}, expected {v}", got.get(k)));
                    }
                }
            }
            if let Some(Value::Object(m)) = case.get("message") {
                for (lang, want) in m {
                    let l = Localizer::new(Locale::new(Lang::from_code(lang).ok_or("unknown language in \"message\"")?));
                    let got = l.error(&e);
                    if Some(got.as_str()) != want.as_str() {
                        return Err(format!("{lang} message is {got:?}, expected {want}"));
                    }
                }
            }
            Ok(())
        }
    }
}

/// Every case of every file: (file, line, case).
fn cases() -> Vec<(String, usize, Map<String, Value>)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("jsonl"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        for (k, line) in std::fs::read_to_string(&f).unwrap().lines().enumerate() {
            let t = line.trim();
            if t.is_empty() || t.starts_with('#') {
                continue;
            }
            match serde_json::from_str::<Value>(t) {
                Ok(Value::Object(case)) => out.push((name.clone(), k + 1, case)),
                _ => panic!("{name}:{}: not a JSON object on one line", k + 1),
            }
        }
    }
    out
}

#[test]
fn every_adversarial_case_has_its_expected_outcome() {
    let all = cases();
    // Issue 13 asks for at least 200 bad inputs across every file format and command.
    assert!(all.len() >= 200, "only {} cases", all.len());
    let failed: Vec<String> = all
        .iter()
        .filter_map(|(file, line, case)| check(case).err().map(|why| format!("{file}:{line}: {why}")))
        .collect();
    assert!(failed.is_empty(), "{} of {} cases fail:\n{}", failed.len(), all.len(), failed.join("\n"));
}
