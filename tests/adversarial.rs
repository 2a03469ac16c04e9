//! Replays the adversarial corpus in `tests/adversarial/*.jsonl` (format: tests/adversarial/README.md):
//! every case is an input of one kind (an amount, a count, a name, a member file, a meeting
//! file, a by-law change, …) with its expected outcome, refused with which message id or
//! accepted as what. A refusal must also leave the book exactly as it was (every table dumped
//! before and after) and render in all four languages; a case may pin the exact message in one
//! language. Every failing case is listed with its file and line.

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

/// Two book templates, built once and copied for each case: the test SHG with its opening
/// balances (`testkit::shg`), and the same group before its opening balances.
fn template(opened: bool) -> &'static Path {
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
        dir
    });
    let name = if opened { "opened.samuh" } else { "unopened.samuh" };
    Box::leak(dir.path().join(name).into_boxed_path())
}

/// Runs `act` on a fresh copy of a template book; a refusal must leave every table as it was.
fn on_book(opened: bool, act: impl FnOnce(&mut Store, &Path) -> Outcome) -> Outcome {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.samuh");
    common::copy_book(template(opened), &path);
    let mut store = Store::open(&path).unwrap();
    let before = common::dump(&path);
    let r = act(&mut store, &path);
    drop(store);
    if r.is_err() {
        assert_eq!(common::dump(&path), before, "the refusal changed the book");
    }
    r
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
        "member-import" => on_book(true, |s, _| {
            let r = app::members_import(s, &ctx, "shg", &input, false)?;
            Ok(Value::from(r.accepted.len()))
        }),
        "meeting-file" => on_book(true, |s, _| {
            let m: app::MeetingInput = app::parse_input_file(input.as_bytes(), "meeting.json", app::InputFile::Meeting)?;
            let saved = app::meeting_record(s, &ctx, &m)?;
            Ok(Value::String(saved.voucher))
        }),
        "opening-file" => on_book(false, |s, _| {
            let o: app::OpeningInput = app::parse_input_file(input.as_bytes(), "opening.json", app::InputFile::Opening)?;
            let saved = app::opening_record(s, &ctx, &o)?;
            Ok(Value::String(saved.voucher))
        }),
        "member-add" => on_book(true, |s, _| {
            let i = object(case, serde_json::json!({"org": "shg", "admission_no": "50", "name": "Kamla Devi", "joined_on": "2025-02-01"}));
            let id = app::member_add(s, &ctx, &from_value(i))?;
            let m = s.read().members(1).unwrap().into_iter().find(|m| m.id == id).unwrap();
            Ok(Value::String(format!("{} {}", m.admission_no, m.name)))
        }),
        "org-add" => on_book(true, |s, _| {
            let i = object(case, serde_json::json!({"code": "vo2", "name": "Second group", "kind": "shg", "country": "in", "meeting_frequency": "monthly", "formed_on": "2025-01-05"}));
            let i: app::OrgInput = from_value(i);
            app::org_add(s, &ctx, &i)?;
            let o = s.read().orgs().unwrap().into_iter().find(|o| o.code == i.code.trim()).unwrap();
            Ok(Value::String(format!("{} {}", o.code, o.name)))
        }),
        "person-enrol" => on_book(true, |s, _| {
            let i = object(case, serde_json::json!({"name": "Meena", "role": "treasurer", "pin": "4821"}));
            app::person_enrol(s, &ctx, &from_value(i))?;
            Ok(Value::String("enrolled".into()))
        }),
        "policy" => on_book(true, |s, _| {
            let i = object(case, serde_json::json!({"org": "shg", "effective_from": "2025-09-01"}));
            app::policy_set(s, &ctx, &from_value(i))?;
            Ok(Value::String("saved".into()))
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
    assert!(all.len() >= 80, "only {} cases", all.len());
    let failed: Vec<String> = all
        .iter()
        .filter_map(|(file, line, case)| check(case).err().map(|why| format!("{file}:{line}: {why}")))
        .collect();
    assert!(failed.is_empty(), "{} of {} cases fail:\n{}", failed.len(), all.len(), failed.join("\n"));
}
