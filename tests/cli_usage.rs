//! A command line that cannot be read is answered in the reader's language, never in clap's
//! English: what is missing, which word is not an option (and the one meant), which command does
//! not exist, which options cannot go together; exit code 2 as clap's, the book untouched. A
//! negative amount reaches the core, which refuses it in her words; a misspelt --digits or
//! --calendar is refused rather than read as Latin digits or the Gregorian calendar.
//!
//! Each expected text is the message as the translator wrote it in `locales/*/cli.ftl`, with
//! the command's words put in by hand.

use samuh::domain::refusal::Refusal;
use samuh::error::Error;
use samuh::i18n::{Lang, Locale, Localizer};
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn run(book: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_samuh"))
        .args(["--db", book.to_str().unwrap(), "--today", "2026-11-20"])
        .args(args)
        .env_remove("SAMUH_DB")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

/// The message `id` of `locales/{lang}/{file}.ftl` with its `{ $name }` placeables filled.
fn ftl(lang: &str, file: &str, id: &str, args: &[(&str, &str)]) -> String {
    let path = format!("{}/locales/{lang}/{file}.ftl", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    let line = text.lines().find(|l| l.starts_with(&format!("{id} = "))).unwrap_or_else(|| panic!("{path} lacks {id}"));
    let mut m = line[id.len() + 3..].to_string();
    for (k, v) in args {
        m = m.replace(&format!("{{ ${k} }}"), v);
    }
    assert!(!m.contains("{ $"), "{id}: a placeable left unfilled: {m}");
    m
}

fn refused(o: &Output, code: i32) -> String {
    assert_eq!(o.status.code(), Some(code), "stdout {}\nstderr {}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    assert!(o.stdout.is_empty());
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn demo() -> (tempfile::TempDir, std::path::PathBuf, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("demo.samuh");
    assert!(run(&book, &["demo"]).status.success());
    // The book as a whole file, for "nothing changed" (a checkpoint first, so the bytes are all of it).
    let bytes = std::fs::read(&book).unwrap();
    (dir, book, bytes)
}

#[test]
fn a_command_line_that_cannot_be_read_is_answered_in_her_language() {
    let (_dir, book, before) = demo();
    // Hindi: a required option left out.
    let o = run(&book, &["--lang", "hi", "member", "add", "--org", "shg-kishanganj", "--no", "M30", "--name", "रीता देवी"]);
    let expected = ftl("hi", "cli", "cli-usage-missing", &[("args", "--joined-on <JOINED_ON>"), ("help", "samuh member add --help")]);
    assert_eq!(refused(&o, 2), format!("त्रुटि: {expected}\n"));

    // Bengali, with the option name misspelt: the option meant is named.
    let o = run(&book, &["loan", "repay", "--lang", "bn", "--org", "coop-meherpur", "--date", "2026-11-20", "--membr", "M01", "--amount", "50"]);
    let expected = format!(
        "{} {}",
        ftl("bn", "cli", "cli-usage-unknown", &[("arg", "--membr"), ("help", "samuh loan repay --help")]),
        ftl("bn", "cli", "cli-usage-did-you-mean", &[("word", "--member")])
    );
    assert_eq!(refused(&o, 2), format!("ত্রুটি: {expected}\n"));

    // Thai: a command that does not exist, and the one meant.
    let o = run(&book, &["--lang", "th", "lon", "list"]);
    let expected = format!(
        "{} {}",
        ftl("th", "cli", "cli-usage-command", &[("command", "lon"), ("help", "samuh --help")]),
        ftl("th", "cli", "cli-usage-did-you-mean", &[("word", "loan")])
    );
    assert_eq!(refused(&o, 2), format!("ข้อผิดพลาด: {expected}\n"));

    // English: two options that exclude each other.
    let o = run(&book, &["reverse", "--org", "shg-kishanganj", "--voucher", "1", "--meeting", "2026-11-15", "--reason", "typed twice"]);
    let expected = ftl("en", "cli", "cli-usage-conflict", &[("arg", "--voucher <VOUCHER>"), ("other", "--meeting <MEETING>")]);
    assert_eq!(refused(&o, 2), format!("Error: {expected}\n"));

    // A command with no command after it (Hindi): the commands it has, by name.
    let o = run(&book, &["--lang", "hi", "loan"]);
    let expected = ftl("hi", "cli", "cli-usage-no-command", &[("command", "samuh loan"), ("commands", "disburse, repay, reschedule, schedule"), ("help", "samuh loan --help")]);
    assert_eq!(refused(&o, 2), format!("त्रुटि: {expected}
"));
    // An option given twice (Bengali) is said as that, not as two options that exclude each other.
    let o = run(&book, &["--lang", "bn", "member", "list", "--org", "coop-meherpur", "--org", "shg-kishanganj"]);
    let expected = ftl("bn", "cli", "cli-usage-twice", &[("arg", "--org <ORG>")]);
    assert_eq!(refused(&o, 2), format!("ত্রুটি: {expected}\n"));

    // --json: the code, its arguments and the message, for a program that reads the answer.
    let o = run(&book, &["--json", "--lang", "hi", "member", "add", "--org", "shg-kishanganj", "--no", "M30", "--name", "X"]);
    let v: serde_json::Value = serde_json::from_str(&refused(&o, 2)).unwrap();
    assert_eq!(v["error"]["code"], "cli-usage-missing");
    assert_eq!(v["error"]["args"]["args"], "--joined-on <JOINED_ON>");
    assert_eq!(v["error"]["message"], ftl("hi", "cli", "cli-usage-missing", &[("args", "--joined-on <JOINED_ON>"), ("help", "samuh member add --help")]));

    // Nothing of any of it reached the book.
    assert_eq!(std::fs::read(&book).unwrap(), before, "a refused command line changed the book");
    // Help is still help (exit 0, clap's text).
    let o = run(&book, &["--lang", "hi", "loan", "repay", "--help"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8(o.stdout).unwrap().contains("--amount <AMOUNT>"));
}

#[test]
fn a_negative_amount_reaches_the_core_and_a_misspelt_setting_is_refused() {
    let (_dir, book, before) = demo();
    // clap took "-5" for an unknown option and said so in English; now the core refuses the
    // amount, in Hindi, naming the box (repayment).
    let o = run(&book, &["--lang", "hi", "loan", "repay", "--org", "shg-kishanganj", "--date", "2026-11-20", "--member", "M01", "--amount", "-5"]);
    let hi = Localizer::new(Locale::new(Lang::Hi));
    let e = Error::Domain(Refusal::NegativeAmount { field: "repayment".into(), input: "-5".into() });
    assert_eq!(refused(&o, 1), format!("त्रुटि: {}\n", hi.cli_error(&e)));
    // The field's name and the advice, as the translator wrote them.
    let text = hi.cli_error(&e);
    assert!(text.starts_with(&ftl("hi", "core", "field-repayment", &[])), "{text}");

    // A misspelt digits or calendar: refused with the setting's name in her language, and the command's --help to read for the values it takes.
    for (args, field, value) in [(["--digits", "nativ"], "field-digits", "nativ"), (["--calendar", "buddha"], "field-calendar", "buddha")] {
        let mut line = vec!["--lang", "bn"];
        line.extend_from_slice(&args);
        line.extend_from_slice(&["org", "list"]);
        let o = run(&book, &line);
        let expected = ftl("bn", "cli", "cli-error-invalid-choice", &[("field", &ftl("bn", "core", field, &[])), ("value", value)]);
        assert_eq!(refused(&o, 1), format!("ত্রুটি: {expected}\n"));
    }
    assert_eq!(std::fs::read(&book).unwrap(), before);
}
