//! Audit documents fit for signing (issue 12): the statements are the ones the organisation's
//! country and kind call for, and the pages people sign show no internal code, hash or shell
//! command — those are on the technical appendix, the last page; the book code stays on the
//! cover. The workbook has print setup and meaningful, unique sheet names.

use chrono::NaiveDate;
use samuh::app::{self, AuditParams, Ctx};
use samuh::i18n::{Digits, Lang, Locale, Localizer};
use samuh::render::PageSize;
use samuh::store::Store;
use std::process::Command;

const TODAY: &str = "2026-11-20";
const ORGS: [(&str, Lang); 3] = [("shg-kishanganj", Lang::Hi), ("coop-meherpur", Lang::Bn), ("vf-roiet", Lang::Th)];

fn demo(dir: &std::path::Path) -> (Store, Ctx) {
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    let mut s = Store::open_or_create(&dir.join("demo.samuh")).unwrap();
    samuh::demo::demo_create(&mut s, today).unwrap();
    (s, Ctx::new(today, &format!("{TODAY}T00:00:00"), Lang::En))
}

fn pdftotext(pdf: &[u8], path: &std::path::Path) -> String {
    std::fs::write(path, pdf).unwrap();
    let out = Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(path).arg("-").output().expect("pdftotext is needed: apt-get install -y poppler-utils");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn signed_pages_hold_no_hash_code_or_command_and_the_appendix_holds_them() {
    let dir = tempfile::tempdir().unwrap();
    let (s, ctx) = demo(dir.path());
    for (org, lang) in ORGS {
        let locale = Locale::new(lang).with_digits(Digits::Native);
        let sheet = app::audit_export(&s, &ctx, &AuditParams { org: org.into(), from: None, to: None, locale, prepared_by: "Auditor".into() }).unwrap();
        let ids: Vec<&str> = sheet.reports.iter().map(|r| r.id).collect();
        // Statements by country and kind: Panchsutra (NABARD, India) only for the Indian SHG.
        assert_eq!(ids.contains(&"panchsutra"), org == "shg-kishanganj", "{org}: {ids:?}");
        assert_eq!(ids.first(), Some(&"audit-cover"));
        assert_eq!(ids.last(), Some(&"audit-appendix"));
        let text = pdftotext(&sheet.pdf(PageSize::A4).unwrap(), &dir.path().join(format!("{org}.pdf")));
        let title = Localizer::new(locale).msg("report-audit-appendix", &[]);
        let pages: Vec<&str> = text.split('\u{c}').filter(|p| !p.trim().is_empty()).collect();
        let at = pages.iter().position(|p| p.contains(&title)).unwrap_or_else(|| panic!("{org}: no appendix page titled {title}"));
        let (signed, appendix) = pages.split_at(at);
        let squash = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let signed = squash(&signed.join("\n"));
        let appendix = squash(&appendix.join("\n"));
        for (what, needle) in [("the journal hash", sheet.journal_hash.as_str()), ("the hash algorithm", "SHA-256"), ("a shell command", "samuhcheck"), ("the organisation's code", org)] {
            assert!(!signed.contains(needle), "{org}: a signed page shows {what}");
        }
        assert!(appendix.contains(&sheet.journal_hash) && appendix.contains(org), "{org}: the appendix lacks the hash or the code");
        // The book code stays on the cover, as the minutes print it.
        let code = match &sheet.reports[0].sections[0].rows.last().unwrap()[1] {
            samuh::reports::Cell::Code(c) => c.clone(),
            other => panic!("{org}: the cover's last row is {other:?}"),
        };
        assert!(code.len() == 9 && pages[0].contains(&code), "{org}: the cover lacks the book code {code}");
    }
}

fn unzip(xlsx: &std::path::Path, member: &str) -> String {
    let out = Command::new("unzip").arg("-p").arg(xlsx).arg(member).output().expect("unzip is needed: apt-get install -y unzip");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_workbook_has_short_unique_sheet_names_and_print_setup() {
    let dir = tempfile::tempdir().unwrap();
    let (s, ctx) = demo(dir.path());
    for (org, lang) in ORGS {
        let locale = Locale::new(lang);
        let l = Localizer::new(locale);
        let sheet = app::audit_export(&s, &ctx, &AuditParams { org: org.into(), from: None, to: None, locale, prepared_by: "Auditor".into() }).unwrap();
        let path = dir.path().join(format!("{org}.xlsx"));
        std::fs::write(&path, sheet.xlsx().unwrap()).unwrap();
        let wb = unzip(&path, "xl/workbook.xml");
        let names: Vec<String> = wb.split("<sheet name=\"").skip(1).map(|r| r.split('"').next().unwrap().to_string()).collect();
        // One sheet per report, each named by the report's own short name in the reader's language.
        let want: Vec<String> = sheet.reports.iter().map(|r| l.msg(&format!("sheet-{}", r.id), &[])).collect();
        assert_eq!(names, want, "{org}");
        for n in &names {
            assert!(n.chars().count() <= 31 && !n.is_empty(), "{org}: sheet name {n}");
        }
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "{org}: sheet names repeat");
        // Print titles: every sheet repeats its column headings.
        assert_eq!(wb.matches("_xlnm.Print_Titles").count(), names.len(), "{org}: {wb}");
        for (i, r) in sheet.reports.iter().enumerate() {
            let xml = unzip(&path, &format!("xl/worksheets/sheet{}.xml", i + 1));
            assert!(xml.contains("<pageSetUpPr fitToPage=\"1\"/>") && xml.contains("fitToHeight=\"0\""), "{org} {}: not fitted to the width", r.id);
            assert!(xml.contains("paperSize=\"9\""), "{org} {}: not A4", r.id);
            let wide = r.sections.iter().any(|s| s.columns.len() > 6);
            assert_eq!(xml.contains("orientation=\"landscape\""), wide, "{org} {}: orientation", r.id);
        }
        assert!(sheet.reports.iter().any(|r| r.id == "loan-register" && r.sections[0].columns.len() > 6), "the loan register is a wide table");
    }
}
