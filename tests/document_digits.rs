//! One digit system per document (issue 12): every report of the demo, every loan statement,
//! the passbook, the audit sheet and the meeting summary, rendered in Hindi, Bengali and Thai
//! with native digits, as text and as PDF read back with `pdftotext`, holds no Latin digit and
//! no number with more than two decimals (money is shown to the currency's minor unit, percentages to two places).

use chrono::NaiveDate;
use samuh::app::{self, AuditParams, Ctx, ReportParams};
use samuh::i18n::{Digits, Lang, Locale, Localizer};
use samuh::render::{render_pdf_all, render_text, PageSize};
use samuh::reports::{Report, REPORTS};
use samuh::store::Store;
use std::path::Path;
use std::process::Command;

const TODAY: &str = "2026-11-20";
const ORGS: [&str; 3] = ["shg-kishanganj", "coop-meherpur", "vf-roiet"];
const LANGS: [Lang; 3] = [Lang::Hi, Lang::Bn, Lang::Th];

fn today() -> NaiveDate {
    NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap()
}

/// Every document of one organisation: the reports, one passbook, each loan statement, the
/// audit sheet (cover included).
fn documents(s: &Store, org: &str) -> Vec<Report> {
    let ctx = Ctx::new(today(), &format!("{TODAY}T00:00:00"), Lang::En);
    let mut out = Vec::new();
    for name in REPORTS {
        let member = (*name == "passbook").then(|| "M01".to_string());
        match app::report(s, &ctx, &ReportParams { org: org.into(), name: name.to_string(), member, ..Default::default() }) {
            Ok(r) => out.push(r),
            // A report the organisation's kind does not have is refused, not shown.
            Err(e) => assert!(e.code().starts_with("error-"), "{org} {name}: {e:?}"),
        }
    }
    for loan in app::loan_list(s, org, Locale::new(Lang::En)).unwrap() {
        out.push(app::loan_statement(s, &ctx, org, &loan.number.to_string(), None).unwrap());
    }
    // The printable summary of the newest meeting standing (issue 12).
    if let Some(m) = app::meeting_list(s, org, Locale::new(Lang::En)).unwrap().into_iter().find(|m| !m.reversed) {
        out.push(app::meeting_summary(s, &ctx, org, &m.date).unwrap());
    }
    let sheet = app::audit_export(s, &ctx, &AuditParams { org: org.into(), from: None, to: None, locale: Locale::new(Lang::En), prepared_by: "auditor".into() }).unwrap();
    // The technical appendix holds hashes for tools, in Latin letters and digits by design.
    let (appendix, signed): (Vec<Report>, Vec<Report>) = sheet.reports.into_iter().partition(|r| r.id == "audit-appendix");
    assert_eq!(appendix.len(), 1, "{org}: one technical appendix");
    out.extend(signed);
    out
}

/// Lines holding a Latin digit, or a number (in any digits) with more than two decimals.
fn offending(text: &str) -> Vec<String> {
    let latin: String = text
        .chars()
        .map(|c| match c {
            '०'..='९' => char::from_u32('0' as u32 + (c as u32 - '०' as u32)).unwrap(),
            '০'..='৯' => char::from_u32('0' as u32 + (c as u32 - '০' as u32)).unwrap(),
            '๐'..='๙' => char::from_u32('0' as u32 + (c as u32 - '๐' as u32)).unwrap(),
            other => other,
        })
        .collect();
    let mut bad = Vec::new();
    for (line, normal) in text.lines().zip(latin.lines()) {
        // The book code ("7K2M-9QXD") is compared letter by letter with the minutes: kept as it is.
        let has_latin = line.split_whitespace().filter(|w| !is_book_code(w)).any(|w| w.chars().any(|c| c.is_ascii_digit()));
        let b = normal.as_bytes();
        let long_decimal = (1..b.len()).any(|i| b[i] == b'.' && b[i - 1].is_ascii_digit() && b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count() > 2);
        if has_latin || long_decimal {
            bad.push(line.trim().to_string());
        }
    }
    bad
}

fn is_book_code(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 9 && b[4] == b'-' && b.iter().enumerate().all(|(i, c)| i == 4 || c.is_ascii_digit() || c.is_ascii_uppercase())
}

#[test]
fn the_scanner_finds_latin_digits_and_long_decimals() {
    assert_eq!(offending("১২৩.৪৫ টাকা\n৳ 12\n๑๓๓๓.๓๓๓๓๓๓"), vec!["৳ 12", "๑๓๓๓.๓๓๓๓๓๓"]);
    assert!(offending("१,२३४.५० ₹ v१.२ 7K2M-9QXD").is_empty());
}

fn pdftotext(pdf: &[u8], path: &Path) -> String {
    std::fs::write(path, pdf).unwrap();
    let out = Command::new("pdftotext").args(["-enc", "UTF-8", "-layout"]).arg(path).arg("-").output().expect("pdftotext is needed: apt-get install -y poppler-utils");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn every_demo_document_in_native_digits_has_one_digit_system_and_rounded_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open_or_create(&dir.path().join("demo.samuh")).unwrap();
    samuh::demo::demo_create(&mut s, today()).unwrap();
    let mut failures = Vec::new();
    for org in ORGS {
        let docs = documents(&s, org);
        for lang in LANGS {
            let l = Localizer::new(Locale::new(lang).with_digits(Digits::Native));
            for r in &docs {
                for line in offending(&render_text(r, &l)) {
                    failures.push(format!("{org} {lang:?} {} text: {line}", r.id));
                }
            }
            let pdf = render_pdf_all(&docs, &l, PageSize::A4).unwrap();
            for line in offending(&pdftotext(&pdf, &dir.path().join(format!("{org}-{lang:?}.pdf")))) {
                failures.push(format!("{org} {lang:?} pdf: {line}"));
            }
        }
    }
    assert!(failures.is_empty(), "{} lines:\n{}", failures.len(), failures.iter().take(80).cloned().collect::<Vec<_>>().join("\n"));
}
