//! Printing checked from outside: passbook PDFs read back with `pdftotext` (poppler-utils), the
//! audit workbook opened by LibreOffice headless (libreoffice-calc) and by calamine, and every
//! total of every export cross-checked against the ledger's own SQL sums for the three demo
//! organisations. A missing tool FAILS the test with the command that installs it.

use samuh::store::error::StoreError;
use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use chrono::{Datelike, NaiveDate};
use samuh::app::{self, AuditParams, Ctx, PassbookMode, PassbookPrint, ReportParams};
use samuh::domain::ledger::{code, AccountType};
use samuh::domain::money::Money;
use samuh::i18n::{Calendar, Digits, Lang, Locale, Localizer};
use samuh::render::PageSize;
use samuh::error::Arg;
use samuh::reports::{Cell, Report};
use samuh::store::Store;
use std::path::Path;
use std::process::Command;

const TODAY: &str = "2026-11-20";
const ORGS: [(&str, Lang); 3] = [("shg-kishanganj", Lang::Hi), ("coop-meherpur", Lang::Bn), ("vf-roiet", Lang::Th)];

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn demo(dir: &Path) -> Store {
    let mut s = Store::open_or_create(&dir.join("demo.samuh")).unwrap();
    samuh::demo::demo_create(&mut s, d(TODAY)).unwrap();
    s
}

fn ctx(today: &str) -> Ctx {
    Ctx::new(d(today), &format!("{today}T00:00:00"), Lang::En)
}

fn need(tool: &str, package: &str) {
    let flag = if tool == "soffice" { "--version" } else { "-v" };
    let ok = Command::new(tool).arg(flag).output().map(|o| o.status.success()).unwrap_or(false);
    assert!(ok, "{tool} is needed for this test: apt-get install -y {package}");
}

fn pdftotext(pdf: &[u8], dir: &Path, name: &str) -> String {
    need("pdftotext", "poppler-utils");
    let path = dir.join(name);
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext").arg("-enc").arg("UTF-8").arg(&path).arg("-").output().unwrap();
    assert!(out.status.success(), "pdftotext failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn totals(r: &Report) -> Vec<Money> {
    r.sections.iter().filter_map(|s| s.totals.as_ref()).flat_map(|t| t.iter().filter_map(Cell::as_money)).collect()
}

#[test]
fn passbook_pdfs_read_back_in_each_script_with_native_digits() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = demo(dir.path());
    for (org, lang) in ORGS {
        let locale = Locale::new(lang).with_digits(Digits::Native);
        let loc = Localizer::new(locale);
        let b = s.read();
        let o = b.org_by_code(org).unwrap().unwrap();
        let m = b.member_by_no(o.id, "M01").unwrap().unwrap();
        let p = PassbookPrint { org: org.into(), member: Some("M01".into()), locale, page: PageSize::A4, mode: PassbookMode::All };
        let pdf = app::passbook_pdf(&mut s, &ctx(TODAY), &p).unwrap();
        let text = pdftotext(&pdf, dir.path(), &format!("{org}.pdf"));
        assert!(text.contains(&m.name), "{org}: the member's name {} is not in the PDF text:\n{text}", m.name);
        let r = app::report(&s, &ctx(TODAY), &ReportParams { org: org.into(), name: "passbook".into(), member: Some("M01".into()), from: Some(o.formed_on.min(m.joined_on).to_string()), to: None, sort: None }).unwrap();
        let sec = &r.sections[0];
        let balance = sec.totals.as_ref().unwrap()[sec.col("col-savings-balance")].as_money().unwrap();
        let shown = loc.amount(balance);
        assert!(shown.chars().any(|c| !c.is_ascii()), "{org}: native digits expected in {shown}");
        assert!(text.contains(&shown), "{org}: savings balance {shown} not in the PDF text:\n{text}");
        assert!(!text.contains("1,") && !text.contains(".00"), "{org}: Latin digits in a native-digit passbook:\n{text}");
        if lang == Lang::Th {
            // Buddhist Era: 2026 is 2569, in Thai digits.
            assert_eq!(locale.calendar, Calendar::Buddhist);
            assert!(text.contains("๒๕๖๙"), "Thai passbook should show BE years:\n{text}");
            assert!(!text.contains("๒๐๒๖"));
        }
        let words = samuh::i18n::amount_in_words(balance, o.currency, lang);
        let first_word = words.split(' ').next().unwrap();
        assert!(text.contains(first_word), "{org}: amount in words missing ({words})");
        // Latin digits when asked.
        let latin = Locale::new(lang).with_digits(Digits::Latin);
        let p = PassbookPrint { locale: latin, ..p };
        let pdf = app::passbook_pdf(&mut s, &ctx(TODAY), &p).unwrap();
        let text = pdftotext(&pdf, dir.path(), &format!("{org}-latin.pdf"));
        assert!(text.contains(&Localizer::new(latin).amount(balance)), "{org}: Latin-digit balance missing");
    }
}

#[test]
fn continue_printing_prints_only_new_lines_at_the_next_free_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = demo(dir.path());
    let org = "shg-kishanganj";
    let page = PageSize::Custom { w_mm: 150.0, h_mm: 210.0, lines: 12 };
    let p = PassbookPrint { org: org.into(), member: Some("M01".into()), locale: Locale::new(Lang::Hi), page, mode: PassbookMode::Continue };
    let (o, m) = {
        let b = s.read();
        let o = b.org_by_code(org).unwrap().unwrap();
        let m = b.member_by_no(o.id, "M01").unwrap().unwrap();
        (o, m)
    };
    // First printing as of mid-2026, then the meetings after it.
    let first = app::passbook_pdf_to(&mut s, &ctx("2026-06-30"), &p, |_| Ok(())).unwrap();
    assert_eq!(s.read().last_print_run(m.id).unwrap(), None, "making the PDF takes no line");
    app::passbook_printed(&mut s, &ctx("2026-06-30"), &p, first.upto).unwrap();
    let first = first.pdf;
    let run1 = s.read().last_print_run(m.id).unwrap().unwrap();
    let text1 = pdftotext(&first, dir.path(), "first.pdf");
    assert!(text1.contains(&m.name));
    let second = app::passbook_pdf_to(&mut s, &ctx(TODAY), &p, |_| Ok(())).unwrap();
    app::passbook_printed(&mut s, &ctx(TODAY), &p, second.upto).unwrap();
    let second = second.pdf;
    let run2 = s.read().last_print_run(m.id).unwrap().unwrap();
    assert!(run2.first_voucher_id > run1.last_voucher_id, "the second printing repeated old entries");
    let rows_before = (run1.page - 1) * run1.lines_per_page + run1.line;
    let r = app::report(&s, &ctx(TODAY), &ReportParams { org: org.into(), name: "passbook".into(), member: Some("M01".into()), from: Some(o.formed_on.min(m.joined_on).to_string()), to: None, sort: None }).unwrap();
    let rows_all = r.sections[0].rows.len() as i64;
    assert_eq!((run2.page - 1) * run2.lines_per_page + run2.line, rows_all, "the last line printed is the passbook's last line");
    assert!(rows_all > rows_before);
    // The second printing starts at the next free line: with no header when that is mid-page.
    let text2 = pdftotext(&second, dir.path(), "second.pdf");
    let next_line = rows_before % run1.lines_per_page + 1;
    let first_page = text2.split('\u{c}').next().unwrap();
    assert_eq!(first_page.contains(&m.name), next_line == 1, "header printed only when resuming at line 1 (line {next_line})");
    let pages2 = Command::new("pdfinfo").arg(dir.path().join("second.pdf")).output().unwrap();
    let pages2 = String::from_utf8_lossy(&pages2.stdout).lines().find(|l| l.starts_with("Pages:")).unwrap().split_whitespace().nth(1).unwrap().parse::<i64>().unwrap();
    assert_eq!(pages2, run2.page - run1.page + if run1.line == run1.lines_per_page { 0 } else { 1 });
    // Nothing new: refused, and nothing recorded.
    let e = app::passbook_pdf(&mut s, &ctx(TODAY), &p).unwrap_err();
    assert_eq!(e.code(), "error-nothing-to-print");
    assert_eq!(s.read().last_print_run(m.id).unwrap().unwrap(), run2);
    // A reprint from any line.
    let again = app::passbook_pdf(&mut s, &ctx(TODAY), &PassbookPrint { mode: PassbookMode::FromLine(1), ..p.clone() }).unwrap();
    assert!(pdftotext(&again, dir.path(), "again.pdf").contains(&m.name));
    // A failed delivery records nothing.
    let before = s.read().last_print_run(m.id).unwrap();
    let err = app::passbook_pdf_to(&mut s, &ctx(TODAY), &PassbookPrint { mode: PassbookMode::All, ..p.clone() }, |_| Err(samuh::Error::Store(StoreError::FileUnwritable { path: "x".into(), detail: "full".into() })));
    assert!(err.is_err());
    assert_eq!(s.read().last_print_run(m.id).unwrap(), before);
    // All members at once: one PDF with every member's name.
    let all = app::passbook_pdf(&mut s, &ctx(TODAY), &PassbookPrint { member: None, mode: PassbookMode::All, page: PageSize::A4, ..p }).unwrap();
    // Compared without spaces: pdftotext inserts a space after some Devanagari clusters whose
    // mark has zero advance ("कु मारी" for कुमारी), though the page shows the word whole.
    let squash = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let text = squash(&pdftotext(&all, dir.path(), "all.pdf"));
    for mem in s.read().members(o.id).unwrap() {
        assert!(text.contains(&squash(&mem.name)), "{} missing from the all-members PDF", mem.name);
    }
}

/// The numbers LibreOffice shows in a CSV cell ("1,23,456.00") as a plain decimal.
fn plain(s: &str) -> String {
    s.trim().trim_matches('"').replace(',', "")
}

#[test]
fn audit_workbook_opened_by_libreoffice_matches_the_trial_balance() {
    need("soffice", "libreoffice-calc");
    let dir = tempfile::tempdir().unwrap();
    let s = demo(dir.path());
    for (org, lang) in ORGS {
        let locale = Locale::new(lang);
        let sheet = app::audit_export(&s, &ctx(TODAY), &AuditParams { org: org.into(), from: None, to: None, locale, prepared_by: "Auditor".into() }).unwrap();
        let out = dir.path().join(org);
        std::fs::create_dir_all(&out).unwrap();
        let xlsx = out.join("audit.xlsx");
        std::fs::write(&xlsx, sheet.xlsx().unwrap()).unwrap();
        let status = Command::new("soffice")
            .arg("--headless")
            .arg(format!("-env:UserInstallation=file://{}", out.join("lo").display()))
            .args(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "--outdir"])
            .arg(&out)
            .arg(&xlsx)
            .output()
            .unwrap();
        assert!(status.status.success(), "LibreOffice failed: {}", String::from_utf8_lossy(&status.stderr));
        let title = Localizer::new(locale).msg("report-trial-balance", &[]);
        let csv = std::fs::read_dir(&out)
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.path().extension().is_some_and(|x| x == "csv"))
            .map(|e| std::fs::read_to_string(e.path()).unwrap())
            .find(|t| t.lines().next().is_some_and(|l| split_csv(l.trim_start_matches('\u{feff}'))[0] == title))
            .unwrap_or_else(|| panic!("{org}: no trial balance sheet in LibreOffice's CSV output"));
        let tb = app::report(&s, &ctx(TODAY), &ReportParams { org: org.into(), name: "trial-balance".into(), ..Default::default() }).unwrap();
        let want = totals(&tb);
        assert_eq!(want.len(), 2);
        let total_label = Localizer::new(locale).msg("row-total", &[]);
        let row = csv.lines().find(|l| l.split(',').next().is_some_and(|c| c.trim_matches('"') == total_label)).unwrap_or_else(|| panic!("{org}: no totals row in\n{csv}"));
        // Fields are quoted when they hold the grouping comma: split on '","'-aware boundaries.
        let fields: Vec<String> = split_csv(row);
        assert_eq!(plain(&fields[1]), want[0].to_plain(), "{org}: debit total");
        assert_eq!(plain(&fields[2]), want[1].to_plain(), "{org}: credit total");
    }
}

fn split_csv(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    out.push(cur);
    out
}

#[test]
fn every_export_total_agrees_with_the_ledger_for_the_demo_organisations() {
    let dir = tempfile::tempdir().unwrap();
    let s = demo(dir.path());
    for (org, lang) in ORGS {
        let locale = Locale::new(lang);
        let c = ctx(TODAY);
        let sheet = app::audit_export(&s, &c, &AuditParams { org: org.into(), from: None, to: None, locale, prepared_by: "Auditor".into() }).unwrap();
        // The ledger's own SQL sums, independent of the report code.
        let b = s.read();
        let o = b.org_by_code(org).unwrap().unwrap();
        assert_eq!(sheet.reports.len(), 2 + app::audit_reports_for(&o).len(), "the cover, the reports, the technical appendix");
        // Statutory variants: the Bangladesh co-op's Form-10 set has the profit and loss
        // appropriation; the Thai village fund has its balance sheet and income statement.
        let ids: Vec<&str> = sheet.reports.iter().map(|r| r.id).collect();
        let statutory: &[&str] = match org {
            "coop-meherpur" => &["cash-book", "balance-sheet", "income-expenditure", "appropriation"],
            "vf-roiet" => &["balance-sheet", "income-expenditure"],
            _ => &[],
        };
        for want in statutory {
            assert!(ids.contains(want), "{org}: the audit sheet lacks {want}");
            assert!(sheet.csv_files().iter().any(|(n, _)| n.ends_with(&format!("-{want}.csv"))), "{org}: no CSV for {want}");
        }
        assert_eq!(ids.contains(&"appropriation"), org == "coop-meherpur", "{org}: appropriation only for the co-op");
        // NABARD's Panchsutra grades Indian self-help groups: not a Bangladesh co-op, not a Thai fund.
        assert_eq!(ids.contains(&"panchsutra"), org == "shg-kishanganj", "{org}: Panchsutra only for the Indian SHG");
        let bal = b.balances(Some(o.id), Some(d(TODAY))).unwrap();
        let of = |code: &str| bal.iter().find(|a| a.code == code).map(|a| a.balance).unwrap_or_default();
        let debit: Money = bal.iter().filter(|a| a.balance.is_positive()).map(|a| a.balance).sum();
        let assets: Money = bal.iter().filter(|a| a.kind == AccountType::Asset).map(|a| a.balance).sum();
        let by_id = |id: &str| sheet.reports.iter().find(|r| r.id == id).unwrap();
        assert_eq!(totals(by_id("trial-balance")), vec![debit, debit], "{org}: trial balance");
        assert_eq!(totals(by_id("cash-book")).last().copied(), Some(of(code::CASH)), "{org}: cash book closing");
        assert_eq!(totals(by_id("bank-book")).last().copied(), Some(of(code::BANK)), "{org}: bank book closing");
        assert_eq!(totals(by_id("balance-sheet")), vec![assets, assets], "{org}: balance sheet");
        let sr = by_id("savings-register");
        let sec = &sr.sections[0];
        let closing = sec.totals.as_ref().unwrap().iter().filter_map(Cell::as_money).last().unwrap();
        assert_eq!(closing, -of(code::MEMBER_SAVINGS), "{org}: savings register");
        // Issue 14: share capital per member in the audit sheet where the kind keeps shares (the
        // cooperative does, the SHG does not), its total the balance sheet's share capital.
        if org == "coop-meherpur" {
            assert!(ids.contains(&"share-register"), "{org}: the audit sheet lacks the share register");
        }
        if org == "shg-kishanganj" {
            assert!(!ids.contains(&"share-register"), "{org}: an SHG keeps no shares");
        }
        if ids.contains(&"share-register") {
            assert_eq!(totals(by_id("share-register")), vec![-of(code::SHARE_CAPITAL)], "{org}: share register against the ledger");
        }
        let lr = by_id("loan-register");
        assert!(totals(lr).contains(&of(code::LOANS_TO_MEMBERS)), "{org}: loan register outstanding");
        let year_start = o.fiscal_year(d(TODAY)).start();
        let _ = year_start.year();

        // XLSX read back (calamine): every totals row of every report is in its sheet as numbers.
        let bytes = sheet.xlsx().unwrap();
        let mut wb: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
        let names = wb.sheet_names().to_vec();
        assert_eq!(names.len(), sheet.reports.len());
        for (r, name) in sheet.reports.iter().zip(&names) {
            let range = wb.worksheet_range(name).unwrap();
            let rows: Vec<Vec<f64>> = range.rows().map(|row| row.iter().filter_map(|c| match c {
                Data::Float(f) => Some(*f),
                Data::Int(i) => Some(*i as f64),
                _ => None,
            }).collect()).collect();
            for sec in &r.sections {
                let Some(t) = &sec.totals else { continue };
                let want: Vec<f64> = t.iter().filter_map(Cell::as_money).map(|m| m.to_plain().parse().unwrap()).collect();
                if want.is_empty() {
                    continue;
                }
                // A totals row may start with counts (the share register's shares): its money
                // cells are its last numbers.
                assert!(rows.iter().any(|row| row.len() >= want.len() && row[row.len() - want.len()..].iter().zip(&want).all(|(a, b)| (a - b).abs() < 0.005)), "{org}: sheet {name} lacks the totals {want:?}");
            }
            // Numbers are numbers: no money cell was written as text.
            for row in range.rows() {
                for c in row {
                    if let Data::String(s) = c {
                        assert!(s.parse::<f64>().is_err() || s.len() < 3 || s.chars().all(|c| c.is_ascii_hexdigit()), "{org}: {name} has a number stored as text: {s}");
                    }
                }
            }
        }
        // CSV: exact amounts in Latin digits.
        let files = sheet.csv_files();
        let (_, tb_csv) = files.iter().find(|(n, _)| n.ends_with("trial-balance.csv")).unwrap();
        let last = tb_csv.lines().filter(|l| !l.is_empty()).last().unwrap();
        assert!(last.ends_with(&format!("{},{}", debit.to_plain(), debit.to_plain())), "{org}: CSV totals {last}");
        // PDF: the trial balance total in the reader's digits.
        let pdf = sheet.pdf(PageSize::A4).unwrap();
        let text = pdftotext(&pdf, dir.path(), &format!("{org}-audit.pdf"));
        let shown = Localizer::new(locale).amount(debit);
        assert!(text.contains(&shown), "{org}: audit PDF lacks the trial balance total {shown}");
        let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        assert!(compact.contains(&sheet.journal_hash), "{org}: journal hash missing from the cover");
        // When it was made, as the reader reads a date and a time; ISO only in the machine CSV.
        let when: String = Localizer::new(locale)
            .msg("cover-generated-when", &[("date", Arg::Date(d(TODAY))), ("time", Arg::Time(chrono::NaiveTime::MIN))])
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        assert!(compact.contains(&when), "{org}: the cover lacks the time it was made, {when}");
        assert!(!text.contains("T00:00:00"), "{org}: the cover shows the raw ISO time");
        assert!(files[0].1.contains(&format!("{TODAY}T00:00")), "{org}: the cover CSV lacks the ISO time: {}", files[0].1);
        for want in statutory {
            let title: String = Localizer::new(locale).msg(&format!("report-{want}"), &[]).chars().filter(|c| !c.is_whitespace()).collect();
            assert!(compact.contains(&title), "{org}: audit PDF lacks the statement {title}");
        }
    }
}

#[test]
fn cli_prints_passbooks_and_writes_the_audit_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.samuh");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_samuh")).arg("--db").arg(&db).args(args).env("SAMUH_TODAY", TODAY).output().unwrap()
    };
    assert!(run(&["demo"]).status.success());
    let pdf = dir.path().join("m01.pdf");
    let out = run(&["--lang", "bn", "--json", "passbook", "--org", "coop-meherpur", "--member", "M01", "--page", "150x210:20", "--out", pdf.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    // It printed correctly: the confirmation the answer names takes the lines.
    let answer: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let confirm: Vec<&str> = answer["confirm"].as_str().unwrap().split_whitespace().skip(1).collect();
    assert!(run(&confirm).status.success());
    // Fed again with nothing new: refused with a message, exit 1.
    let out = run(&["--json", "passbook", "--org", "coop-meherpur", "--member", "M01", "--page", "150x210:20", "--out", pdf.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("error-nothing-to-print"));
    let out = run(&["--json", "passbook", "--org", "coop-meherpur", "--page", "huge", "--out", pdf.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let csv = dir.path().join("audit");
    let out = run(&["audit", "--org", "vf-roiet", "--format", "csv", "--out", csv.to_str().unwrap(), "--prepared-by", "Auditor"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(std::fs::read_dir(&csv).unwrap().count(), 1 + app::AUDIT_REPORTS.len());
    let xlsx = dir.path().join("audit.xlsx");
    assert!(run(&["--lang", "hi", "audit", "--org", "shg-kishanganj", "--out", xlsx.to_str().unwrap()]).status.success());
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK"));
    let apdf = dir.path().join("audit.pdf");
    assert!(run(&["--lang", "th", "audit", "--org", "vf-roiet", "--format", "pdf", "--out", apdf.to_str().unwrap()]).status.success());
}

/// LibreOffice's CSV of every sheet of a workbook, as shown (formatted), sheet title → text.
fn sheets_as_shown(xlsx: &[u8], dir: &Path) -> Vec<String> {
    let file = dir.join("book.xlsx");
    std::fs::write(&file, xlsx).unwrap();
    let status = Command::new("soffice")
        .arg("--headless")
        .arg(format!("-env:UserInstallation=file://{}", dir.join("lo").display()))
        .args(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "--outdir"])
        .arg(dir)
        .arg(&file)
        .output()
        .unwrap();
    assert!(status.status.success(), "LibreOffice failed: {}", String::from_utf8_lossy(&status.stderr));
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "csv"))
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .collect()
}

#[test]
fn thai_workbook_dates_are_date_cells_shown_in_the_buddhist_era_with_thai_digits_on_request() {
    need("soffice", "libreoffice-calc");
    let dir = tempfile::tempdir().unwrap();
    let s = demo(dir.path());
    for digits in [Digits::Latin, Digits::Native] {
        let locale = Locale::new(Lang::Th).with_digits(digits);
        let sheet = app::audit_export(&s, &ctx(TODAY), &AuditParams { org: "vf-roiet".into(), from: None, to: None, locale, prepared_by: "ผู้ตรวจสอบ".into() }).unwrap();
        let xlsx = sheet.xlsx().unwrap();
        // Real cells: the cash book's dates are date cells and its amounts numbers.
        let title = Localizer::new(locale).msg("report-cash-book", &[]);
        let mut wb: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(xlsx.clone())).unwrap();
        let name = wb.sheet_names().into_iter().find(|n| title.starts_with(n.as_str())).unwrap_or_else(|| panic!("no sheet {title}"));
        let range = wb.worksheet_range(&name).unwrap();
        assert!(range.used_cells().any(|(_, _, c)| matches!(c, Data::DateTime(_))), "date cells");
        assert!(range.used_cells().any(|(_, _, c)| matches!(c, Data::Float(_))), "number cells");
        // As shown by a spreadsheet program: Buddhist Era years, in Thai digits when asked.
        let out = dir.path().join(format!("{digits:?}"));
        std::fs::create_dir_all(&out).unwrap();
        let shown = sheets_as_shown(&xlsx, &out);
        let cash = shown.iter().find(|t| t.lines().next().is_some_and(|l| l.trim_start_matches('\u{feff}').trim_matches('"').starts_with(&title))).expect("cash book sheet");
        let be_date = buddhist_era_date(digits == Digits::Native);
        assert!(cash.lines().skip(3).any(|l| be_date(l)), "{digits:?}: no Buddhist Era date in\n{cash}");
        assert!(!cash.contains("/2025") && !cash.contains("/2026"), "{digits:?}: a Gregorian year in\n{cash}");
        if digits == Digits::Native {
            assert!(cash.chars().any(|c| ('๐'..='๙').contains(&c)), "Thai digits");
        }
    }
}

/// Whether a line holds a date dd/mm/25yy (a Buddhist Era year), in Thai or Latin digits.
fn buddhist_era_date(native: bool) -> impl Fn(&str) -> bool {
    move |line: &str| {
        let chars: Vec<char> = line.chars().collect();
        let digit = |c: char| if native { ('๐'..='๙').contains(&c) } else { c.is_ascii_digit() };
        let (two, five) = if native { ('๒', '๕') } else { ('2', '5') };
        chars.windows(10).any(|w| {
            digit(w[0]) && digit(w[1]) && w[2] == '/' && digit(w[3]) && digit(w[4]) && w[5] == '/' && w[6] == two && w[7] == five && digit(w[8]) && digit(w[9])
        })
    }
}
