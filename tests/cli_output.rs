//! What the `samuh` binary writes out (issue 13): output to a reader that stops early ends
//! quietly (never Rust's panic and exit 101 on a broken pipe), and CSV text never becomes a
//! spreadsheet formula while amounts stay numbers.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn cmd(book: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_samuh"));
    c.args(["--db", book.to_str().unwrap(), "--today", "2025-09-30"]).args(args).env_remove("SAMUH_DB").stdin(Stdio::null());
    c
}

fn run(book: &Path, args: &[&str]) -> Output {
    cmd(book, args).output().unwrap()
}

fn ok(o: &Output) -> String {
    assert!(o.status.success(), "exit {:?}\n{}", o.status.code(), String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn demo_book() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("demo.samuh");
    ok(&run(&book, &["demo"]));
    (dir, book)
}

/// Commands with much output (more than a pipe holds), little, a refusal, and no book at all.
fn commands() -> Vec<Vec<&'static str>> {
    vec![
        vec!["export", "journal"],
        vec!["export", "journal", "--format", "beancount"],
        vec!["--lang", "hi", "report", "cash-book", "--org", "shg-kishanganj"],
        vec!["report", "savings-register", "--org", "coop-meherpur", "--format", "csv"],
        vec!["--json", "report", "dcb", "--org", "vf-roiet"],
        vec!["check"],
        vec!["org", "list"],
        vec!["member", "list", "--org", "shg-kishanganj"],
        vec!["--json", "loan", "schedule", "--principal", "100000", "--rate", "2", "--instalments", "240", "--start", "2025-04-06"],
        vec!["report", "no-such-report", "--org", "shg-kishanganj"],
        vec!["--help"],
    ]
}

fn no_panic(what: &str, code: Option<i32>, stderr: &str) {
    assert_ne!(code, Some(101), "{what} panicked: {stderr}");
    assert!(!stderr.contains("panicked") && !stderr.contains("Broken pipe"), "{what}: {stderr}");
}

#[test]
fn output_to_a_reader_that_closes_early_ends_quietly() {
    let (_dir, book) = demo_book();
    for args in commands() {
        let what = args.join(" ");
        // The reader closes before anything is written.
        let mut child = cmd(&book, &args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        drop(child.stdout.take());
        let mut err = String::new();
        child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
        let status = child.wait().unwrap();
        no_panic(&format!("{what} (closed at once)"), status.code(), &err);

        // The reader takes one line, as `| head -1` does, then closes.
        let mut child = cmd(&book, &args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
        let mut err = String::new();
        child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
        let status = child.wait().unwrap();
        no_panic(&format!("{what} (one line)"), status.code(), &err);
    }
}

#[test]
fn a_refusal_to_a_closed_error_stream_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.samuh");
    for args in [vec!["check"], vec!["--json", "check"], vec!["--lang", "th", "report", "cash-book", "--org", "x"]] {
        let mut child = cmd(&missing, &args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        drop(child.stderr.take());
        drop(child.stdout.take());
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(1), "{args:?}: the refusal's exit code is kept");
    }
}

/// The first character of each CSV field of each record (after an opening quote).
fn field_starts(csv: &str) -> Vec<String> {
    let mut starts = Vec::new();
    for rec in csv.trim_start_matches('\u{feff}').split("\r\n") {
        let mut in_quotes = false;
        let mut at_start = true;
        let mut field = String::new();
        for c in rec.chars() {
            if at_start && c == '"' {
                in_quotes = true;
                at_start = false;
                continue;
            }
            at_start = false;
            if c == '"' && in_quotes {
                in_quotes = false;
                continue;
            }
            if c == ',' && !in_quotes {
                starts.push(std::mem::take(&mut field));
                at_start = true;
                continue;
            }
            field.push(c);
        }
        starts.push(field);
    }
    starts
}

const HOSTILE: &[&str] = &["=HYPERLINK(\"http://evil.example\",\"x\")", "+919876543210", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A2)"];

/// A number as a spreadsheet reads it: optional minus, digits, an optional decimal part.
fn is_number(s: &str) -> bool {
    let t = s.strip_prefix('-').unwrap_or(s);
    !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '.') && t.chars().filter(|c| *c == '.').count() <= 1
}

#[test]
fn csv_exports_make_formula_text_inert_and_keep_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("b.samuh");
    ok(&run(&book, &["init"]));
    ok(&run(&book, &["org", "add", "--code", "shg", "--name", "=cmd|' /C calc'!A0", "--kind", "shg", "--country", "in", "--frequency", "weekly", "--formed-on", "2025-01-05"]));
    for (i, name) in HOSTILE.iter().enumerate() {
        ok(&run(&book, &["member", "add", "--org", "shg", "--no", &(i + 1).to_string(), &format!("--name={name}"), "--joined-on", "2025-01-05"]));
    }
    ok(&run(&book, &["policy", "set", "--org", "shg", "--from", "2025-01-05", "--saving", "50", "--rate", "2", "--loan-cap", "5000", "--guarantors", "1"]));
    let opening = dir.path().join("opening.json");
    std::fs::write(&opening, r#"{"org":"shg","date":"2025-04-01","cash":"2000","bank":"0","savings":[{"member":"1","savings":"500"},{"member":"2","savings":"500"}]}"#).unwrap();
    ok(&run(&book, &["opening", "record", "--file", opening.to_str().unwrap()]));

    let mut csvs: Vec<(String, String)> = Vec::new();
    for report in ["savings-register", "cash-book", "trial-balance", "balance-sheet"] {
        for style in [&[][..], &["--iso-dates", "--digits", "latin"][..]] {
            let mut args = vec!["report", report, "--org", "shg", "--format", "csv"];
            args.extend_from_slice(style);
            csvs.push((format!("{report} {style:?}"), ok(&run(&book, &args))));
        }
    }
    let folder = dir.path().join("audit");
    ok(&run(&book, &["audit", "--org", "shg", "--format", "csv", "--out", folder.to_str().unwrap()]));
    for e in std::fs::read_dir(&folder).unwrap() {
        let p = e.unwrap().path();
        csvs.push((p.display().to_string(), std::fs::read_to_string(&p).unwrap()));
    }
    let mut quoted = 0;
    for (what, csv) in &csvs {
        for f in field_starts(csv) {
            let first = f.chars().next();
            if first.is_some_and(|c| "=+-@\t\r".contains(c)) {
                // Only a real number may start with a minus sign.
                assert!(is_number(&f.replace(',', "")), "{what}: the field {f:?} would run as a formula");
            }
            if HOSTILE.iter().any(|h| f == format!("'{h}")) {
                quoted += 1;
            }
        }
    }
    assert!(quoted >= HOSTILE.len(), "the member names were not found made inert ({quoted})");
    // The trial balance in the machine style has plain numbers: 2,000 cash at the opening,
    // 1,000 of savings (hand sums of the opening file).
    let tb = &csvs.iter().find(|(w, _)| w.starts_with("trial-balance [\"--iso")).unwrap().1;
    assert!(tb.contains(",2000.00") && tb.contains(",1000.00"), "{tb}");
}

/// `samuh audit --out audit.pdf` writes a PDF (it wrote the xlsx workbook into a file named
/// .pdf, which no PDF reader opens); any other name keeps the xlsx default, and `--format`
/// still decides when given.
#[test]
fn the_audit_sheet_is_written_in_the_format_its_file_name_asks_for() {
    let (dir, book) = demo_book();
    let write = |name: &str, format: Option<&str>| {
        let out = dir.path().join(name);
        let mut args = vec!["audit", "--org", "shg-kishanganj", "--out", out.to_str().unwrap()];
        if let Some(f) = format {
            args.extend_from_slice(&["--format", f]);
        }
        ok(&run(&book, &args));
        std::fs::read(&out).unwrap()
    };
    // A PDF starts "%PDF-"; an xlsx workbook is a zip archive, "PK\x03\x04".
    assert!(write("audit.pdf", None).starts_with(b"%PDF-"));
    assert!(write("AUDIT.PDF", None).starts_with(b"%PDF-"));
    assert!(write("audit.xlsx", None).starts_with(b"PK\x03\x04"));
    assert!(write("audit", None).starts_with(b"PK\x03\x04"));
    assert!(write("sheet.bin", Some("pdf")).starts_with(b"%PDF-"));
    assert!(write("sheet2.pdf", Some("xlsx")).starts_with(b"PK\x03\x04"));
}
