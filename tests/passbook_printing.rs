//! Printing and saving a passbook are different things (issue 12): making, previewing or saving
//! the PDF never takes a line of the paper passbook; only the answer "it printed correctly"
//! does, and only for the entries the printed PDF held.

mod common;

use samuh::store::error::StoreError;
use common::{dump, meeting, row};
use samuh::app::{self, PassbookMode, PassbookPrint};
use samuh::i18n::{Lang, Locale};
use samuh::render::PageSize;

fn print_of(mode: PassbookMode) -> PassbookPrint {
    PassbookPrint { org: "shg".into(), member: Some("1".into()), locale: Locale::new(Lang::Hi), page: PageSize::Custom { w_mm: 150.0, h_mm: 210.0, lines: 10 }, mode }
}

fn waiting(f: &mut common::Fixture) -> (usize, (u32, u32)) {
    let plan = app::passbook_plan(&f.store, &f.ctx, &print_of(PassbookMode::Continue)).unwrap();
    (plan[0].count, plan[0].first)
}

#[test]
fn a_saved_pdf_takes_no_line_and_the_print_after_it_still_prints_the_new_lines() {
    let mut f = common::shg();
    let c = f.ctx.clone();
    // Member 1's passbook: the opening savings (2025-04-01) and the savings of one meeting.
    let four = |d: &str| meeting(d, (1..=4).map(|n| row(&n.to_string(), "present", "50")).collect());
    app::meeting_record(&mut f.store, &c, &four("2025-09-06")).unwrap();
    assert_eq!(waiting(&mut f), (2, (1, 1)), "1 opening line + 1 meeting line, from page 1 line 1");

    // Preview and save: the book is untouched and the same two lines wait.
    let before = dump(&f.path);
    let p = print_of(PassbookMode::Continue);
    assert!(app::passbook_pdf(&mut f.store, &c, &p).unwrap().starts_with(b"%PDF"));
    let saved = f.dir.path().join("saved.pdf");
    let printing = app::passbook_pdf_to(&mut f.store, &c, &p, |pdf| std::fs::write(&saved, pdf).map_err(|e| samuh::Error::Store(StoreError::FileUnwritable { path: "saved.pdf".into(), detail: e.to_string() }))).unwrap();
    assert_eq!(printing.lines, 2);
    assert_eq!(dump(&f.path), before, "saving the PDF changed the book");
    assert_eq!(waiting(&mut f), (2, (1, 1)));

    // The real print, answered "no" (nothing is called): the lines still wait.
    let print = app::passbook_pdf_to(&mut f.store, &c, &p, |_| Ok(())).unwrap();
    assert_eq!(dump(&f.path), before);
    assert_eq!(print.lines, 2);

    // A meeting is saved while the printer runs; then "yes": only the printed two are taken.
    app::meeting_record(&mut f.store, &c, &four("2025-09-13")).unwrap();
    assert_eq!(app::passbook_printed(&mut f.store, &c, &p, print.upto).unwrap(), 2);
    assert_eq!(waiting(&mut f), (1, (1, 3)), "the new meeting waits at line 3 (2 lines printed + 1)");
    // Answering "yes" twice takes nothing more.
    assert_eq!(app::passbook_printed(&mut f.store, &c, &p, print.upto).unwrap(), 0);
    assert_eq!(waiting(&mut f), (1, (1, 3)));

    // The next printing prints exactly that line and, confirmed, leaves nothing new.
    let next = app::passbook_pdf_to(&mut f.store, &c, &p, |_| Ok(())).unwrap();
    assert_eq!(next.lines, 1);
    assert_eq!(app::passbook_printed(&mut f.store, &c, &p, next.upto).unwrap(), 1);
    assert_eq!(waiting(&mut f).0, 0);
    assert_eq!(app::passbook_pdf(&mut f.store, &c, &p).unwrap_err().code(), "error-nothing-to-print");
}

#[test]
fn the_cli_writes_the_pdf_then_records_the_lines_only_when_told_it_printed() {
    let f = common::shg();
    drop(f.store);
    let pdf = f.dir.path().join("p.pdf");
    let out = common::cli(&f.path, "hi", &["--json", "passbook", "--org", "shg", "--member", "1", "--page", "a5", "--out", pdf.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let j: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // Only the opening savings line: the fixture has no meeting yet.
    assert_eq!(j["lines"], 1);
    let confirm = j["confirm"].as_str().unwrap().to_string();
    assert!(confirm.starts_with("samuh passbook-printed --org shg --member 1 --page a5 --upto "), "{confirm}");
    // Printing again without the answer prints the same line again.
    let again = common::cli(&f.path, "hi", &["--json", "passbook", "--org", "shg", "--member", "1", "--page", "a5", "--out", pdf.to_str().unwrap()]);
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&again.stdout).unwrap()["lines"], 1);
    // The text answer tells, in Hindi, how to record the lines.
    let text = common::cli(&f.path, "hi", &["passbook", "--org", "shg", "--member", "1", "--page", "a5", "--out", pdf.to_str().unwrap()]);
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("पासबुक सही छप जाने पर") && text.contains("passbook-printed"), "{text}");
    // "It printed": the given command records the line; then nothing is new.
    let args: Vec<&str> = confirm.split_whitespace().skip(1).collect();
    let mut a = vec!["--json"];
    a.extend(args);
    let rec = common::cli(&f.path, "hi", &a);
    assert!(rec.status.success(), "{}", String::from_utf8_lossy(&rec.stderr));
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&rec.stdout).unwrap()["lines"], 1);
    let none = common::cli(&f.path, "hi", &["--json", "passbook", "--org", "shg", "--member", "1", "--page", "a5", "--out", pdf.to_str().unwrap()]);
    assert!(!none.status.success());
    assert!(String::from_utf8_lossy(&none.stdout).contains("error-nothing-to-print") || String::from_utf8_lossy(&none.stderr).contains("error-nothing-to-print"));
}
