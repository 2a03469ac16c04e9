//! The input rules of docs/input-rules.md through the real `samuh` binary and the library: each
//! refusal has its message id, reads in Hindi, Bengali and Thai without English parser text or
//! field ids, and leaves the book exactly as it was (every table dumped before and after).

mod common;

use samuh::domain::refusal::Refusal;
use common::{cli as samuh, dump, shg};
use samuh::app;
use samuh::i18n::{Lang, Locale, Localizer};
use samuh::Error;
use std::path::{Path, PathBuf};
use std::process::Output;


fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn loc(lang: Lang) -> Localizer {
    Localizer::new(Locale::new(lang))
}

/// The fixture book closed (so the binary can open it) and its path.
fn book() -> (tempfile::TempDir, PathBuf) {
    let f = shg();
    let (dir, path) = (f.dir, f.path);
    drop(f.store);
    (dir, path)
}

/// The words of `text` in Latin letters, once the given allowed strings are removed: a message
/// in hi, bn or th must have none (no English parser text, no field id).
fn latin_words(text: &str, allowed: &[&str]) -> Vec<String> {
    let mut t = text.to_string();
    for a in allowed {
        t = t.replace(a, " ");
    }
    t.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| w.len() > 1).map(str::to_string).collect()
}

#[test]
fn a_meeting_file_saved_by_notepad_with_a_byte_order_mark_is_read() {
    let (dir, path) = book();
    let file = dir.path().join("m.json");
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(br#"{"org":"shg","date":"2025-04-13","members":[{"member":"1","attendance":"present","savings":"50"}]}"#);
    std::fs::write(&file, bytes).unwrap();
    let o = samuh(&path, "hi", &["meeting", "record", "--file", file.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    // The opening voucher is 0001; this meeting's is the next.
    assert!(stdout(&o).contains("2025-26/0002"), "{}", stdout(&o));
}

#[test]
fn a_malformed_meeting_file_says_line_column_and_what_is_wrong_in_the_readers_language() {
    let (dir, path) = book();
    let file = dir.path().join("m.json");
    // Line 3 ends without the closing brace: serde_json stops at its end, column 22.
    std::fs::write(&file, "{\n  \"org\": \"shg\",\n  \"date\": \"2025-04-13\"").unwrap();
    let before = dump(&path);
    let f = file.to_str().unwrap();
    let o = samuh(&path, "hi", &["meeting", "record", "--file", f]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    let want = format!(
        "{f} बैठक की फ़ाइल नहीं है: पंक्ति 3, स्तंभ 22: फ़ाइल बीच में ख़त्म हो जाती है; कोई बंद करने वाला कोष्ठक या उद्धरण चिह्न छूट गया है। फ़ाइल ठीक करके आदेश फिर से चलाएँ।"
    );
    assert!(err.contains(&want), "{err}");
    assert!(!err.contains("EOF") && !err.contains("parsing"), "serde's English: {err}");
    let backup_advice = loc(Lang::Hi).error(&Error::CorruptFile { path: f.into(), detail: String::new() });
    assert!(!err.contains(backup_advice.split('(').next().unwrap()), "the book's advice for a file: {err}");
    assert_eq!(dump(&path), before);
    // The same in Bengali and Thai: the path is the only Latin text.
    for lang in ["bn", "th"] {
        let e = stderr(&samuh(&path, lang, &["meeting", "record", "--file", f]));
        assert_eq!(latin_words(&e, &[f]), Vec::<String>::new(), "{lang}: {e}");
    }
    // --json carries the code and the plain arguments.
    let o = samuh(&path, "th", &["--json", "meeting", "record", "--file", f]);
    let v: serde_json::Value = serde_json::from_str(&stderr(&o)).unwrap();
    assert_eq!(v["error"]["code"], "error-input-file-malformed");
    assert_eq!((v["error"]["args"]["line"].as_str(), v["error"]["args"]["reason"].as_str()), (Some("3"), Some("eof")));
}

#[test]
fn every_reason_a_file_is_refused_reads_without_english_in_hi_bn_th() {
    for reason in ["syntax", "eof", "unknown-field", "missing-field", "duplicate-field", "type", "encoding", "empty"] {
        for kind in ["meeting", "opening", "member-csv"] {
            let e = Error::InputFileMalformed { path: "x.json".into(), kind: kind.into(), line: 3, column: 5, reason: reason.into(), key: "dat".into() };
            for lang in [Lang::Hi, Lang::Bn, Lang::Th] {
                let m = loc(lang).error(&e);
                assert_eq!(latin_words(&m, &["x.json", "dat", "UTF"]), Vec::<String>::new(), "{lang:?} {kind} {reason}: {m}");
            }
        }
    }
    // Not UTF-8: the line and column of the first bad byte.
    let e = app::parse_input_file::<app::MeetingInput>(b"{\n  \"org\": \"s\xffhg\"}", "m.json", app::InputFile::Meeting).unwrap_err();
    assert!(matches!(&e, Error::InputFileMalformed { line: 2, column: 12, reason, .. } if reason == "encoding"), "{e:?}");
    // UTF-16 with its mark (Notepad's "Unicode") is read.
    let text = r#"{"org":"shg","date":"2025-04-13"}"#;
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let m: app::MeetingInput = app::parse_input_file(&utf16, "m.json", app::InputFile::Meeting).unwrap();
    assert_eq!(m.date, "2025-04-13");
}

#[test]
fn loan_term_refusals_name_the_term_in_the_readers_words() {
    let reasons = ["principal", "rate", "instalments", "grace", "bullet-grace", "rounding", "rounding-above-principal", "due-date", "too-large", "reschedule-principal"];
    for lang in [Lang::Hi, Lang::Bn, Lang::Th] {
        let mut seen = std::collections::BTreeSet::new();
        for r in reasons {
            let m = loc(lang).error(&Error::Domain(Refusal::InvalidLoanTerms { detail: r.into() }));
            assert_eq!(latin_words(&m, &[]), Vec::<String>::new(), "{lang:?} {r}: {m}");
            seen.insert(m);
        }
        assert_eq!(seen.len(), reasons.len(), "{lang:?}: each reason has its own sentence");
    }
    // A loan of zero through the CLI, in Thai: the term in Thai, no field id.
    let (_dir, path) = book();
    let before = dump(&path);
    let o = samuh(&path, "th", &["loan", "disburse", "--org", "shg", "--date", "2025-04-13", "--member", "1", "--amount", "0", "--guarantor", "2"]);
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(e.contains("เงื่อนไขเงินกู้นี้ใช้ไม่ได้: จำนวนเงินต้องมากกว่าศูนย์"), "{e}");
    assert!(!e.contains("principal"), "{e}");
    assert_eq!(dump(&path), before);
}

#[test]
fn zero_instalments_and_a_zero_cap_are_refused_and_change_nothing() {
    let (_dir, path) = book();
    let before = dump(&path);
    let o = samuh(&path, "hi", &["loan", "disburse", "--org", "shg", "--date", "2025-04-13", "--member", "1", "--amount", "500", "--instalments", "0", "--guarantor", "2"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("किस्तों की संख्या कम से कम 1 होनी चाहिए, “0” नहीं चलेगा।"), "{}", stderr(&o));
    let o = samuh(&path, "bn", &["policy", "set", "--org", "shg", "--from", "2025-09-01", "--loan-cap", "0"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("ঋণসীমা: “0” দিলে কোনো ঋণই দেওয়া যাবে না। শূন্যের বেশি একটি সীমা লিখুন, অথবা কোনো সীমা না চাইলে ঘরটি খালি রাখুন (বা “none” লিখুন)।"),
        "{}",
        stderr(&o)
    );
    let o = samuh(&path, "en", &["--json", "policy", "set", "--org", "shg", "--from", "2025-09-01", "--loan-cap-multiple", "0"]);
    let v: serde_json::Value = serde_json::from_str(&stderr(&o)).unwrap();
    assert_eq!(v["error"]["code"], "error-cap-not-positive");
    let o = samuh(&path, "en", &["--json", "policy", "set", "--org", "shg", "--from", "2025-09-01", "--instalments", "0"]);
    let v: serde_json::Value = serde_json::from_str(&stderr(&o)).unwrap();
    assert_eq!(v["error"]["code"], "error-count-below-one");
    assert_eq!(dump(&path), before, "no refusal changed the book");
    // "none" is still no cap, and a loan above the old cap then passes the cap check.
    assert!(samuh(&path, "en", &["policy", "set", "--org", "shg", "--from", "2025-09-01", "--loan-cap", "none"]).status.success());
}

#[test]
fn an_amount_in_two_digit_systems_is_refused_in_every_language() {
    let (dir, path) = book();
    let file = dir.path().join("m.json");
    std::fs::write(&file, r#"{"org":"shg","date":"2025-04-13","members":[{"member":"1","attendance":"present","savings":"१2३"}]}"#).unwrap();
    let before = dump(&path);
    let f = file.to_str().unwrap();
    let want = [
        ("hi", "बचत: “१2३” में दो लिपियों के अंक मिले हुए हैं।"),
        ("bn", "সঞ্চয়: “१2३”-এ দুই লিপির অঙ্ক মেশানো আছে।"),
        ("th", "เงินออม: “१2३” ใช้ตัวเลขสองระบบปนกัน"),
        ("en", "Savings: “१2३” mixes digits of two scripts."),
    ];
    for (lang, text) in want {
        let e = stderr(&samuh(&path, lang, &["meeting", "record", "--file", f]));
        assert!(e.contains(text), "{lang}: {e}");
    }
    assert_eq!(dump(&path), before);
}

#[test]
fn the_opening_balances_refuse_a_member_named_twice() {
    let mut f = fresh_group();
    let before = dump(&f.path);
    let input = app::OpeningInput {
        org: "shg".into(),
        date: "2025-04-01".into(),
        cash: Some("1000".into()),
        savings: vec![
            app::OpeningSavingsInput { member: "1".into(), savings: "500".into(), shares: None },
            app::OpeningSavingsInput { member: "2".into(), savings: "300".into(), shares: None },
            app::OpeningSavingsInput { member: "1".into(), savings: "200".into(), shares: None },
        ],
        ..Default::default()
    };
    let e = app::opening_record(&mut f.store, &f.ctx, &input).unwrap_err();
    assert_eq!(e, Error::OpeningMemberTwice { member: "1 सुनीता देवी".into(), first: 1, second: 3 });
    assert_eq!(
        loc(Lang::Hi).error(&e),
        "1 सुनीता देवी का नाम शुरुआती बचत में दो बार है (पंक्ति 1 और 3)। सदस्य की पूरी बचत के साथ एक ही पंक्ति रखें।"
    );
    assert_eq!(dump(&f.path), before);
    // Without the repeated row the opening is saved: 500 + 300 of savings.
    let ok = app::OpeningInput { savings: input.savings[..2].to_vec(), ..input };
    app::opening_record(&mut f.store, &f.ctx, &ok).unwrap();
}

/// The test SHG without its opening balances.
fn fresh_group() -> common::Fixture {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.samuh");
    let mut store = samuh::store::Store::open_or_create(&path).unwrap();
    let ctx = common::ctx("2025-09-30");
    samuh::testkit::org(&mut store, &ctx).unwrap();
    for (k, name) in samuh::testkit::MEMBERS.iter().enumerate() {
        samuh::testkit::member(&mut store, &ctx, k + 1, name).unwrap();
    }
    samuh::testkit::bylaws(&mut store, &ctx).unwrap();
    common::Fixture { dir, path, store, ctx }
}

#[test]
fn names_with_control_or_direction_characters_are_refused_and_change_nothing() {
    let mut f = shg();
    let before = dump(&f.path);
    let add = |name: &str| app::MemberInput { org: "shg".into(), admission_no: "50".into(), name: name.into(), joined_on: "2025-02-01".into(), ..Default::default() };
    let e = app::member_add(&mut f.store, &f.ctx, &add("Kamla\u{0}Devi")).unwrap_err();
    assert_eq!(e, Error::ControlCharacter { field: "name".into(), position: 6 });
    assert_eq!(loc(Lang::Bn).error(&e), "নাম-এ একটি অদৃশ্য নিয়ন্ত্রণ অক্ষর আছে (অক্ষর নম্বর ৬)। লেখাটি সেটি ছাড়া আবার লিখুন; অন্য প্রোগ্রাম থেকে কপি করলে এমন অক্ষর চলে আসে।");
    let e = app::member_add(&mut f.store, &f.ctx, &add("\u{202E}iveD almaK")).unwrap_err();
    assert_eq!(e, Error::BidiCharacter { field: "name".into() });
    let e = app::member_add(&mut f.store, &f.ctx, &app::MemberInput { admission_no: "1".repeat(21), ..add("Kamla") }).unwrap_err();
    assert_eq!(e, Error::TextTooLong { field: "admission-no".into(), max: 20 });
    let e = app::person_enrol(&mut f.store, &f.ctx, &app::PersonInput { name: "Meena\u{2067}".into(), role: "treasurer".into(), pin: "4821".into(), ..Default::default() }).unwrap_err();
    assert_eq!(e.code(), "error-bidi-character");
    assert_eq!(dump(&f.path), before);
    // Bengali spelled with a zero-width joiner is a name.
    app::member_add(&mut f.store, &f.ctx, &add("র\u{200D}্যাব")).unwrap();
}

#[test]
fn a_member_file_with_every_row_refused_lists_each_reason_also_dry_run_and_json() {
    let (dir, path) = book();
    let file = dir.path().join("members.csv");
    // Line 2: an unclosed quote (the lines after it are still read); line 3: a member number of
    // 21 characters; line 4: a number already in the book.
    std::fs::write(&file, "No,Name\n7,\"Sita Devi\n123456789012345678901,Gita\n1,Rina\n").unwrap();
    let before = dump(&path);
    let f = file.to_str().unwrap();
    for extra in [&[][..], &["--dry-run"][..]] {
        let mut args = vec!["member", "import", "--org", "shg", "--file", f];
        args.extend_from_slice(extra);
        let o = samuh(&path, "hi", &args);
        assert_eq!(o.status.code(), Some(1));
        let e = stderr(&o);
        assert!(e.contains("पंक्ति 2: एक उद्धरण चिह्न (\") खाना शुरू करता है पर कभी बंद नहीं होता।"), "{e}");
        assert!(e.contains("पंक्ति 3: सदस्य क्रमांक बहुत लंबा है: ज़्यादा से ज़्यादा 20 अक्षर।"), "{e}");
        assert!(e.contains("पंक्ति 4, सदस्य क्रमांक: सदस्य “1” पहले से दर्ज है।"), "{e}");
        let mut json_args = vec!["--json"];
        json_args.extend_from_slice(&args);
        let o = samuh(&path, "th", &json_args);
        assert_eq!(o.status.code(), Some(1));
        let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
        let codes: Vec<(i64, String)> = v["rejected"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["line"].as_i64().unwrap(), r["problems"][0]["code"].as_str().unwrap().to_string()))
            .collect();
        assert_eq!(
            codes,
            [(2, "error-csv-unclosed-quote".to_string()), (3, "error-text-too-long".to_string()), (4, "error-duplicate-member".to_string())]
        );
        assert_eq!(v["error"]["code"], "error-nothing-to-import");
        assert_eq!(dump(&path), before);
    }
}

#[test]
fn a_meeting_that_moves_no_money_says_what_was_saved() {
    let (dir, path) = book();
    let file = dir.path().join("m.json");
    std::fs::write(&file, r#"{"org":"shg","date":"2025-04-13","members":[{"member":"1","attendance":"present"}],"minutes":{"agenda":["बचत"]}}"#).unwrap();
    let o = samuh(&path, "hi", &["meeting", "record", "--file", file.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("13 अप्रैल 2025 की बैठक shg में सहेजी गई: हाज़िरी और कार्यवाही; कोई पैसा नहीं आया-गया, इसलिए कोई वाउचर नहीं बना।"), "{out}");
    assert!(!out.contains("वाउचर  "), "{out}");
}

/// Every field id written in src/ (the `field` of an error) has a `field-<id>` message in every
/// language, so no message shows an id such as "rate-period".
#[test]
fn every_field_named_in_a_message_has_a_name_in_every_language() {
    let mut ids = std::collections::BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                if !p.ends_with("fuzzing") {
                    stack.push(p);
                }
                continue;
            }
            if p.extension().and_then(|x| x.to_str()) != Some("rs") || p.ends_with("tests.rs") {
                continue;
            }
            let src = std::fs::read_to_string(&p).unwrap();
            for prefix in ["field: \"", " amount(\"", "opt_amount(\"", " count(\"", "count_positive(\"", " rate(\"", " date(\"", " choice(\"", "name_text(\"", "input::date(\""] {
                for piece in src.split(prefix).skip(1) {
                    let id: String = piece.chars().take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-').collect();
                    if piece[id.len()..].starts_with('"') && id.chars().any(|c| c.is_ascii_lowercase()) {
                        ids.insert(id);
                    }
                }
            }
        }
    }
    assert!(ids.len() > 30, "found only {ids:?}");
    for &lang in Lang::ALL {
        let l = loc(lang);
        let missing: Vec<&String> = ids.iter().filter(|id| !l.has(&format!("field-{id}"))).collect();
        assert!(missing.is_empty(), "{lang:?} has no field-… for {missing:?}");
    }
}

/// A UI message that takes arguments ("Passbook: { $member }") is never shown without them: the
/// core sends it with `{$name}` placeholders and every use in ui/src must pass its arguments to
/// `t(id, args)`. A message chosen by a template (`t(\`report-${r}\`)`) must not reach one that
/// takes arguments unless the file picks that one out by name (`r === 'passbook'`).
#[test]
fn every_ui_message_that_takes_arguments_is_given_them() {
    let en = app::ui_messages(samuh::i18n::Locale::new(Lang::En));
    let with_args: Vec<&String> = en.iter().filter(|(_, v)| v.contains("{$")).map(|(k, _)| k).collect();
    assert!(with_args.iter().any(|k| *k == "report-passbook"), "{with_args:?}");
    for &lang in Lang::ALL {
        for (id, text) in app::ui_messages(samuh::i18n::Locale::new(lang)) {
            // Only `{$name}` placeholders, the form ui/src/i18n.ts fills; and only in messages
            // that take arguments in English too.
            assert_eq!(text.contains("{$"), en[&id].contains("{$"), "{lang:?} {id}: {text}");
        }
    }
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("ui").join("src")];
    let mut problems = Vec::new();
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            if p.extension().and_then(|x| x.to_str()) != Some("ts") {
                continue;
            }
            let src = std::fs::read_to_string(&p).unwrap();
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            for id in &with_args {
                for q in ['\'', '"', '`'] {
                    let lit = format!("{q}{id}{q}");
                    for (at, _) in src.match_indices(&lit) {
                        let called_with_args = src[..at].ends_with("t(") && src[at + lit.len()..].trim_start().starts_with(',');
                        if !called_with_args {
                            problems.push(format!("{name}: {id} used without its arguments"));
                        }
                    }
                }
                // Template ids: `t(\`report-${…}\`)` with the suffix of an argument-taking id
                // listed in the same file.
                for (at, _) in src.match_indices("t(`") {
                    let tpl: String = src[at + 3..].chars().take_while(|c| *c != '$' && *c != '`').collect();
                    if let Some(suffix) = id.strip_prefix(tpl.as_str()).filter(|_| !tpl.is_empty()) {
                        let listed = src.contains(&format!("'{suffix}'"));
                        let picked_out = src.contains(&format!("=== '{suffix}'"));
                        if listed && !picked_out {
                            problems.push(format!("{name}: t(`{tpl}${{…}}`) can reach {id} without its arguments"));
                        }
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}
