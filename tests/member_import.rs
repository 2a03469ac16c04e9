//! The member file (docs/member-csv.md): what real files look like is read, what matters is
//! refused row by row with line and column, the report reads in the chosen language, and a file
//! with nothing importable changes nothing.

mod common;

use common::{dump, shg};
use samuh::app::{self, members_csv_parse, Ctx};
use samuh::i18n::{Lang, Locale, Localizer};
use samuh::Error;
use std::process::Command;

fn ctx(lang: Lang) -> Ctx {
    Ctx::new(common::d("2025-09-30"), "2025-09-30T10:00:00", lang)
}

/// A register exported from a spreadsheet in Hindi: BOM, semicolons, Devanagari digits, a blank
/// line, a quoted name, and four bad rows among four good ones.
const MIXED: &str = "\u{feff}सदस्य संख्या;नाम;पद;जुड़ने की तारीख़;पहचान के आख़िरी 4\r\n\
11;\"देवी, कमला\";अध्यक्ष;०५-०१-२०२५;XXXX XXXX १२३४\r\n\
12;रीना कुमारी;;2025-02-01;\r\n\
\r\n\
13;;सदस्य;2025-02-01;\r\n\
12;दोबारा वही;;2025-02-01;\r\n\
14;पूजा;;31-02-2025;\r\n\
15;सीमा;;2025-03-01;2345 6789 0123\r\n\
16;गीता देवी;member;01/03/2025;5678\r\n\
17;लता;treasurer;;\r\n";

#[test]
fn a_mixed_file_accepts_the_good_rows_and_names_line_and_column_of_the_bad() {
    let r = members_csv_parse(MIXED, &ctx(Lang::Hi));
    assert!(r.header);
    assert_eq!(r.delimiter, ';');
    let ok: Vec<_> = r.accepted.iter().map(|m| (m.line, m.admission_no.as_str())).collect();
    assert_eq!(ok, [(2, "11"), (3, "12"), (9, "16"), (10, "17")]);
    assert_eq!(r.accepted[0].name, "देवी, कमला");
    assert_eq!(r.accepted[0].role, "president", "a role in Hindi");
    assert_eq!(r.accepted[0].joined_on, Some(common::d("2025-01-05")), "Devanagari digits");
    assert_eq!(r.accepted[0].id_last4.as_deref(), Some("1234"));
    assert_eq!(r.accepted[3].joined_on, None, "a blank date means: joined at formation");
    let bad: Vec<_> = r.rejected.iter().map(|x| (x.line, x.problems[0].column.as_str(), x.problems[0].error.code())).collect();
    assert_eq!(
        bad,
        [
            (5, "name", "error-required"),
            (6, "admission-no", "error-duplicate-member"),
            (7, "joined-on", "error-invalid-date"),
            (8, "identity", "error-full-identity-number"),
        ]
    );
    // A full identity number never reaches the report.
    assert!(r.rejected[3].cells.iter().all(|c| !c.contains("2345")), "{:?}", r.rejected[3].cells);
}

#[test]
fn the_rejected_row_report_reads_in_hindi_and_in_thai() {
    let r = members_csv_parse(MIXED, &ctx(Lang::Hi));
    let hi = r.report_lines(&Localizer::new(Locale::new(Lang::Hi)));
    assert_eq!(hi.len(), 4);
    assert!(hi[0].starts_with("पंक्ति 5: नाम"), "{}", hi[0]);
    assert!(hi[3].contains("आख़िरी चार अंक"), "{}", hi[3]);
    let th = r.report_lines(&Localizer::new(Locale::new(Lang::Th)));
    assert!(th[2].starts_with("บรรทัด 7:"), "{}", th[2]);
    assert!(th.iter().all(|l| l.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c))), "{th:?}");
    let en = r.report_lines(&Localizer::new(Locale::new(Lang::En)));
    assert!(en[1].starts_with("Line 6, Admission no.:"), "{}", en[1]);
}

#[test]
fn headers_in_thai_commas_tabs_and_files_without_a_header() {
    let th = "เลขที่สมาชิก,ชื่อ,วันที่เข้าเป็นสมาชิก\n๑,สมศรี ใจดี,๐๕/๐๑/๒๕๖๘\n";
    let r = members_csv_parse(th, &ctx(Lang::Th));
    assert!(r.header && r.rejected.is_empty(), "{:?}", r.rejected);
    assert_eq!(r.accepted[0].admission_no, "1");
    assert_eq!(r.accepted[0].joined_on, Some(common::d("2025-01-05")), "Buddhist Era year");
    let plain = "1\tSunita\tpresident\n2\tRani\n";
    let r = members_csv_parse(plain, &ctx(Lang::En));
    assert!(!r.header);
    assert_eq!(r.delimiter, '\t');
    assert_eq!(r.accepted.len(), 2);
    let extra = "1,Sunita,,,,,surplus\n";
    let r = members_csv_parse(extra, &ctx(Lang::En));
    assert_eq!(r.rejected[0].problems[0].error, Error::UnknownCsvColumn { column: "7".into() });
}

#[test]
fn import_saves_the_accepted_rows_and_a_clash_with_the_book_is_reported() {
    let mut f = shg();
    let before = f.store.read().members(1).unwrap().len();
    let r = app::members_import(&mut f.store, &ctx(Lang::Hi), "shg", MIXED, false).unwrap();
    assert_eq!(r.accepted.len(), 4);
    assert_eq!(f.store.read().members(1).unwrap().len(), before + 4);
    // The same file again: every good row now clashes with the book, so nothing is importable.
    let d = dump(&f.path);
    let e = app::members_import(&mut f.store, &ctx(Lang::Hi), "shg", MIXED, false).unwrap_err();
    assert_eq!(e, Error::NothingToImport { rejected: 8 });
    assert_eq!(dump(&f.path), d, "changes nothing");
}

#[test]
fn nothing_accepted_or_a_dry_run_changes_nothing() {
    let mut f = shg();
    let d = dump(&f.path);
    let all_bad = "No,Name\n1,\n,Nameless number\n";
    let e = app::members_import(&mut f.store, &ctx(Lang::En), "shg", all_bad, false).unwrap_err();
    assert!(matches!(e, Error::NothingToImport { rejected: 2 }), "{e:?}");
    assert_eq!(dump(&f.path), d);
    let r = app::members_import(&mut f.store, &ctx(Lang::Hi), "shg", MIXED, true).unwrap();
    assert_eq!(r.accepted.len(), 4);
    assert_eq!(dump(&f.path), d, "a dry run saves nothing");
}

#[test]
fn the_cli_imports_and_reports_in_the_chosen_language() {
    let f = shg();
    let file = f.dir.path().join("members.csv");
    std::fs::write(&file, MIXED).unwrap();
    let d = dump(&f.path);
    let run = |args: &[&str]| {
        let mut all = vec!["--db", f.path.to_str().unwrap(), "--lang", "hi", "member", "import", "--org", "shg", "--file", file.to_str().unwrap()];
        all.extend_from_slice(args);
        Command::new(env!("CARGO_BIN_EXE_samuh")).args(all).env("SAMUH_TODAY", "2025-09-30").output().unwrap()
    };
    let out = run(&["--dry-run"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("पंक्ति 7"), "{text}");
    assert_eq!(dump(&f.path), d, "--dry-run saves nothing");
    let out = run(&[]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("4 सदस्य जोड़े गए"));
    let out = run(&[]);
    assert_eq!(out.status.code(), Some(1), "the second time nothing is importable");
    assert!(String::from_utf8_lossy(&out.stderr).contains("पंक्ति"));
}
