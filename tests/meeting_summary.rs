//! The printable meeting summary (issue 12): a meeting recorded through the app with figures
//! chosen here, its summary checked row by row against the arithmetic written out below, the
//! PDF read back with `pdftotext`, the headings in two languages, and the refusals.

mod common;

use common::{dump, shg};
use samuh::app::{self, GroupLineInput, LoanInput, MeetingMemberRow, MinutesInput};
use samuh::domain::money::Money;
use samuh::i18n::{Lang, Locale, Localizer};
use samuh::reports::{Cell, Report, Section};
use std::process::Command;

fn row(no: &str, attendance: &str, savings: Option<&str>, repayment: Option<&str>, fine: Option<&str>) -> MeetingMemberRow {
    MeetingMemberRow {
        member: no.into(),
        attendance: attendance.into(),
        savings: savings.map(String::from),
        repayment: repayment.map(String::from),
        fine: fine.map(String::from),
        ..Default::default()
    }
}

/// The fixture SHG (six members, ₹1,000 cash and ₹5,000 in the bank at the opening of
/// 2025-04-01; by-laws 2 % a month flat, 10 monthly instalments, fines ₹2 late and ₹5 absent;
/// member 1 is the president) with two meetings:
/// - 2 August: all six save 50 (300); ₹2,000 lent to member 2 (guarantor 1), ₹1,000 taken from
///   the bank. Cash: 1,000 + 300 + 1,000 − 2,000 = 300, counted 300.
///   Instalments: 2,000 / 10 = 200 principal + 2,000 × 2 % = 40 interest, due on the 2nd.
/// - 6 September (meeting no. 2): members 1, 2 and 6 present and member 3 late save 50 each;
///   member 2 repays 240 (interest 40, principal 200); member 3 pays the ₹2 late fine; member 4
///   is absent (her ₹5 fine is owed, not cash); member 5 is on leave (no fine). The group
///   receives ₹20 other income and pays ₹30 for stationery; ₹730 is counted.
fn book() -> common::Fixture {
    let mut f = shg();
    app::meeting_record(&mut f.store, &f.ctx, &app::MeetingInput {
        org: "shg".into(),
        date: "2025-08-02".into(),
        members: (1..=6).map(|n| row(&n.to_string(), "present", Some("50"), None, None)).collect(),
        loans: vec![LoanInput { member: "2".into(), amount: "2000".into(), guarantors: vec!["1".into()], purpose: "goat".into(), ..Default::default() }],
        group: vec![GroupLineInput { kind: "bank-withdrawal".into(), amount: "1000".into(), head: None, note: String::new() }],
        cash_counted: Some("300".into()),
        ..Default::default()
    })
    .unwrap();
    app::meeting_record(&mut f.store, &f.ctx, &app::MeetingInput {
        org: "shg".into(),
        date: "2025-09-06".into(),
        place: "Anganwadi centre".into(),
        members: vec![
            row("1", "present", Some("50"), None, None),
            row("2", "present", Some("50"), Some("240"), None),
            row("3", "late", Some("50"), None, None),
            row("4", "absent", None, None, None),
            row("5", "absent-with-leave", None, None, Some("0")),
            row("6", "present", Some("50"), None, None),
        ],
        group: vec![
            GroupLineInput { kind: "other-income".into(), amount: "20".into(), head: None, note: "old register sold".into() },
            GroupLineInput { kind: "expense".into(), amount: "30".into(), head: Some("stationery".into()), note: "pens".into() },
        ],
        minutes: MinutesInput { agenda: vec!["Savings and repayments".into()], resolutions: vec!["Buy a new cash box before Diwali".into()], ..Default::default() },
        cash_counted: Some("730".into()),
        ..Default::default()
    })
    .unwrap();
    f
}

fn section<'a>(r: &'a Report, title: &str) -> &'a Section {
    r.sections.iter().find(|s| s.title.as_ref().is_some_and(|t| t.id == title)).unwrap_or_else(|| panic!("no section {title}"))
}

/// A two-column section (item, amount) as (message id, amount) pairs.
fn figures(s: &Section) -> Vec<(String, Money)> {
    s.rows
        .iter()
        .map(|r| match (&r[0], &r[1]) {
            (Cell::Msg(m), Cell::Money(x)) => (m.id.clone(), *x),
            other => panic!("not a figure: {other:?}"),
        })
        .collect()
}

fn rupees(s: &str) -> Money {
    match s.strip_prefix('-') {
        Some(x) => Money::ZERO - rupees(x),
        None => Money::parse_plain(s, samuh::domain::money::Currency::Inr).unwrap(),
    }
}

fn text(c: &Cell) -> String {
    match c {
        Cell::Text(s) => s.clone(),
        Cell::Msg(m) => m.id.clone(),
        Cell::Empty => String::new(),
        other => format!("{other:?}"),
    }
}

#[test]
fn the_summary_holds_the_attendance_the_money_the_cash_and_the_minutes_worked_out_by_hand() {
    let f = book();
    let r = app::meeting_summary(&f.store, &f.ctx, "shg", "2025-09-06").unwrap();
    let names = samuh::testkit::MEMBERS;
    assert_eq!(r.id, "meeting-summary");
    assert_eq!(r.title.id, "report-meeting-summary");

    // Attendance: present 1, 2, 6 = 3; late 3 = 1; on leave 5 = 1; absent 4 = 1.
    let att = section(&r, "summary-section-attendance");
    assert_eq!(att.rows.len(), 1);
    assert_eq!(att.rows[0][1], Cell::text("Anganwadi centre"));
    assert_eq!(att.rows[0][2..], [Cell::Count(3), Cell::Count(1), Cell::Count(1), Cell::Count(1)]);
    // The money: savings 4 × 50 = 200; principal 200 and interest 40 (member 2's 240, interest
    // first); fines 2 (member 3; member 4's 5 is owed, not received); other receipts 20; no
    // loans; payments 30. No shares (an SHG without them) and no withdrawals: those rows left out.
    let money = figures(section(&r, "summary-section-money"));
    let want: Vec<(String, Money)> = [
        ("summary-savings", "200"),
        ("summary-principal", "200"),
        ("summary-interest", "40"),
        ("summary-fines", "2"),
        ("summary-other-receipts", "20"),
        ("summary-loans-given", "0"),
        ("summary-payments", "30"),
    ]
    .iter()
    .map(|(id, x)| (id.to_string(), rupees(x)))
    .collect();
    assert_eq!(money, want);

    // The cash: 300 at the start (counted at the August meeting); in 200 + 200 + 40 + 2 + 20 =
    // 462; out 30; expected 300 + 462 − 30 = 732; counted 730; difference 730 − 732 = −2.
    let cash = section(&r, "summary-section-cash");
    let heads: Vec<&str> = cash.columns.iter().map(|c| c.id).collect();
    assert_eq!(heads, ["meeting-page-cash-open", "meeting-page-cash-in", "meeting-page-cash-out", "meeting-page-cash-expected", "meeting-page-cash-counted", "col-difference"]);
    let want: Vec<Cell> = ["300", "462", "30", "732", "730", "-2"].iter().map(|x| Cell::Money(rupees(x))).collect();
    assert_eq!(cash.rows, [want]);

    // The minutes as recorded.
    let minutes: Vec<(String, String)> = section(&r, "summary-section-minutes").rows.iter().map(|x| (text(&x[0]), text(&x[1]))).collect();
    assert_eq!(minutes, [("minute-agenda".to_string(), "Savings and repayments".to_string()), ("minute-resolution".into(), "Buy a new cash box before Diwali".into())]);

    // The officers' lines: president (member 1), secretary and treasurer (no member holds those
    // offices in this book: their names are left to be written in).
    let officers = section(&r, "summary-section-signatures");
    let offices: Vec<String> = officers.rows.iter().map(|x| match &x[0] {
        Cell::Msg(m) => format!("{}:{:?}", m.id, m.args[0].1),
        _ => String::new(),
    }).collect();
    assert_eq!(offices.len(), 3);
    for (o, role) in offices.iter().zip(["president", "secretary", "treasurer"]) {
        assert!(o.starts_with("summary-role:") && o.contains(role), "{o}");
    }
    let who = |n: usize| format!("{n} {}", names[n - 1]);
    assert_eq!(officers.rows.iter().map(|x| text(&x[1])).collect::<Vec<_>>(), [who(1), String::new(), String::new()]);
    // Every marked member with her mark, in admission order, and a line to sign for each who
    // came (present or late: 1, 2, 3, 6), none for the absent 4 and the 5 on leave.
    let members = section(&r, "summary-section-members");
    let rows: Vec<(String, String, bool)> = members.rows.iter().map(|x| (text(&x[0]), text(&x[1]), x[2] != Cell::Empty)).collect();
    let expect: Vec<(String, String, bool)> = [(1, "present", true), (2, "present", true), (3, "late", true), (4, "absent", false), (5, "absent-with-leave", false), (6, "present", true)]
        .iter()
        .map(|(n, a, sign)| (who(*n), format!("attendance-{a}"), *sign))
        .collect();
    assert_eq!(rows, expect);
}

/// The summary also reads back what went through the bank (not in the cash box) and the agenda
/// the meeting answered: the previous decision followed up, a loan's use (issue 12).
#[test]
fn the_summary_reads_back_the_bank_and_the_agenda_answered() {
    let mut f = book();
    let c = f.ctx.clone();
    // 27 September: all six save ₹50; ₹500 is deposited in the bank; the cash box bought (the
    // decision of 6 September, done); loan 1 (member 2, ₹2,000 for a goat on 2 August) partly
    // used for it.
    app::meeting_record(&mut f.store, &c, &app::MeetingInput {
        org: "shg".into(),
        date: "2025-09-27".into(),
        members: (1..=6).map(|n| row(&n.to_string(), "present", Some("50"), None, None)).collect(),
        group: vec![GroupLineInput { kind: "bank-deposit".into(), amount: "500".into(), head: None, note: String::new() }],
        minutes: MinutesInput {
            decisions: vec![app::DecisionReview { decision: "Buy a new cash box before Diwali".into(), status: "done".into() }],
            loan_uses: vec![app::LoanUseInput { loan: "1".into(), answer: "partly".into(), note: "half went to the goat".into() }],
            ..Default::default()
        },
        ..Default::default()
    })
    .unwrap();
    let r = app::meeting_summary(&f.store, &c, "shg", "2025-09-27").unwrap();
    // The deposit: ₹500 out of the cash box (a payment above) and into the bank.
    assert_eq!(figures(section(&r, "summary-section-bank")), [("summary-bank-in".to_string(), rupees("500")), ("summary-bank-out".to_string(), rupees("0"))]);
    assert_eq!(figures(section(&r, "summary-section-money")).iter().find(|(id, _)| id == "summary-payments").map(|x| x.1), Some(rupees("500")));
    let agenda = section(&r, "summary-section-agenda");
    assert_eq!(agenda.columns.iter().map(|c| c.id).collect::<Vec<_>>(), ["col-item", "col-answer"]);
    assert_eq!(agenda.rows[0], vec![Cell::text("Buy a new cash box before Diwali"), Cell::msg("meeting-agenda-done")]);
    let (asked, said) = (&agenda.rows[1][0], &agenda.rows[1][1]);
    let l = Localizer::new(Locale::new(Lang::En));
    let read = |c: &Cell| match c {
        Cell::Msg(m) => l.msg(&m.id, &m.args.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>()),
        other => panic!("{other:?}"),
    };
    assert_eq!(read(asked), format!("Loan 1 to 2 {}: used for its purpose?", samuh::testkit::MEMBERS[1]));
    assert_eq!(read(said), "Partly: half went to the goat");
    // August's meeting drew ₹1,000 from the bank into the cash box; September's touched neither
    // the bank nor an agenda: no such parts.
    let aug = app::meeting_summary(&f.store, &c, "shg", "2025-08-02").unwrap();
    assert_eq!(figures(section(&aug, "summary-section-bank")), [("summary-bank-in".to_string(), rupees("0")), ("summary-bank-out".to_string(), rupees("1000"))]);
    let sep = app::meeting_summary(&f.store, &c, "shg", "2025-09-06").unwrap();
    assert!(sep.sections.iter().all(|s| !matches!(s.title.as_ref().map(|t| t.id.as_str()), Some("summary-section-bank" | "summary-section-agenda"))));

    // The minutes book over August and September shows the same agenda under the meeting that
    // answered it — the book's third meeting (2 August, 6 September, 27 September) — and none
    // under the two that answered none.
    let minutes = app::report(&f.store, &c, &app::ReportParams { org: "shg".into(), name: "minutes".into(), from: Some("2025-08-01".into()), to: Some("2025-09-30".into()), ..Default::default() }).unwrap();
    let agendas: Vec<&Section> = minutes.sections.iter().filter(|s| s.title.as_ref().is_some_and(|t| t.id == "section-meeting-agenda")).collect();
    assert_eq!(agendas.len(), 1);
    let title = agendas[0].title.as_ref().unwrap();
    assert_eq!(l.msg(&title.id, &title.args.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>()), "Agenda of meeting 3: decisions followed up and loans' use");
    assert_eq!(agendas[0].rows, agenda.rows);
}

#[test]
fn the_heading_is_in_the_reader_s_language_and_the_pdf_in_the_group_s() {
    let f = book();
    let r = app::meeting_summary(&f.store, &f.ctx, "shg", "2025-09-06").unwrap();
    // The title as locales/en/summary.ftl and locales/hi/summary.ftl word it, the date as a
    // report writes it in each language (day, month in words, year).
    let en = samuh::render::render_text(&r, &Localizer::new(Locale::new(Lang::En)));
    assert!(en.starts_with("Meeting summary: meeting no. 2 of 6 September 2025\n"), "{en}");
    assert!(en.contains("Signature or thumbprint"), "{en}");
    let hi = samuh::render::render_text(&r, &Localizer::new(Locale::new(Lang::Hi)));
    assert!(hi.starts_with("बैठक का सारांश: बैठक संख्या 2, दिनांक 6 सितंबर 2025\n"), "{hi}");
    assert!(hi.contains("हस्ताक्षर या अँगूठे का निशान"), "{hi}");

    // The PDF: A4, in the group's language (Hindi) whatever the screen's; read back from outside.
    let pdf = app::meeting_summary_pdf(&f.store, &f.ctx, "shg", "2025-09-06").unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    let path = f.dir.path().join("summary.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let out = Command::new("pdftotext").args(["-enc", "UTF-8", "-layout"]).arg(&path).arg("-").output().expect("pdftotext is needed: apt-get install -y poppler-utils");
    let text = String::from_utf8(out.stdout).unwrap();
    // Figures as worked out above, with the group's grouping and two decimals.
    for want in ["732.00", "730.00", "462.00", "300.00"] {
        assert!(text.contains(want), "{want} missing:\n{text}");
    }
    // Nothing internal on a page people sign: no book code, hash, voucher number or command.
    let code = app::meeting_saved(&f.store, &f.ctx, "shg", "2025-09-06", Locale::new(Lang::En)).unwrap().unwrap().book_code;
    for bad in [code.as_str(), "SHA", "sha256", "samuh ", "2025-26/", "shg"] {
        assert!(!text.contains(bad), "{bad} on the summary:\n{text}");
    }
}

#[test]
fn a_date_without_a_meeting_or_an_unknown_group_is_refused_and_the_book_is_unchanged() {
    let f = book();
    let before = dump(&f.path);
    let e = app::meeting_summary_pdf(&f.store, &f.ctx, "shg", "2025-09-13").unwrap_err();
    assert_eq!(e.code(), "error-no-meeting-on");
    let e = app::meeting_summary_pdf(&f.store, &f.ctx, "nosuch", "2025-09-06").unwrap_err();
    assert_eq!(e.code(), "error-unknown-organisation");
    let e = app::meeting_summary(&f.store, &f.ctx, "shg", "31-02-2025").unwrap_err();
    assert_eq!(e.code(), "error-invalid-date");
    assert_eq!(dump(&f.path), before);
    // A meeting reversed did not happen in the books: it has no summary to sign.
    let mut f = f;
    app::meeting_reverse(&mut f.store, &f.ctx, &app::MeetingReverseInput {
        org: "shg".into(),
        meeting: "2025-09-06".into(),
        reason: "typed in the wrong group".into(),
        date: Some("2025-09-06".into()),
        client_id: None,
    })
    .unwrap();
    let e = app::meeting_summary(&f.store, &f.ctx, "shg", "2025-09-06").unwrap_err();
    assert_eq!(e.code(), "error-no-meeting-on");
}

#[test]
fn the_cli_writes_the_summary_and_refuses_a_date_without_a_meeting() {
    let f = book();
    drop(f.store);
    let out = f.dir.path().join("s.pdf");
    let o = common::cli(&f.path, "en", &["meeting", "summary", "--org", "shg", "--date", "2025-09-06", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF"));
    let before = dump(&f.path);
    let o = common::cli(&f.path, "hi", &["meeting", "summary", "--org", "shg", "--date", "2025-09-13", "--out", out.to_str().unwrap()]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!err.contains("No meeting"), "the refusal is in Hindi: {err}");
    assert_eq!(dump(&f.path), before);
}

/// The demo's Bangladeshi cooperative and Thai village fund: each summary is printed in the
/// group's own language with its digits and calendar (Bengali digits; the Buddhist Era year,
/// 2026 + 543 = 2569), whatever the language of the screen that asked.
#[test]
fn the_demo_groups_summaries_use_their_own_digits_and_calendar() {
    let dir = tempfile::tempdir().unwrap();
    let today = common::d("2026-11-20");
    let mut s = samuh::store::Store::open_or_create(&dir.path().join("demo.samuh")).unwrap();
    samuh::demo::demo_create(&mut s, today).unwrap();
    let ctx = app::Ctx::new(today, "2026-11-20T00:00:00", Lang::En);
    let pdf_text = |org: &str| -> String {
        let last = app::meeting_list(&s, org, Locale::new(Lang::En)).unwrap().into_iter().find(|m| !m.reversed).expect("a meeting");
        assert!(last.date.starts_with("2026-"), "{org}: {}", last.date);
        let pdf = app::meeting_summary_pdf(&s, &ctx, org, &last.date).unwrap();
        let path = dir.path().join(format!("{org}.pdf"));
        std::fs::write(&path, &pdf).unwrap();
        let out = Command::new("pdftotext").args(["-enc", "UTF-8", "-layout"]).arg(&path).arg("-").output().expect("pdftotext");
        String::from_utf8(out.stdout).unwrap()
    };
    let bn = pdf_text("coop-meherpur");
    assert!(bn.contains("সভার সারসংক্ষেপ"), "{bn}");
    assert!(bn.contains("২০২৬"), "the year in Bengali digits:\n{bn}");
    assert!(!bn.chars().any(|c| c.is_ascii_digit()), "a Latin digit in the Bengali summary:\n{bn}");
    let th = pdf_text("vf-roiet");
    assert!(th.contains("สรุปการประชุม"), "{th}");
    assert!(th.contains("2569") && !th.contains("2026"), "the Buddhist Era year:\n{th}");
}
