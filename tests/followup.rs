//! A borrower who falls behind, and a receipt for every payer (issue 15, follow-up): receipts
//! drawn from a meeting's voucher with every figure worked out by hand here, on 58 mm, 80 mm and
//! A6 paper; the debt acknowledgement of a reschedule.

mod common;

use common::{dump, shg};
use samuh::app::{self, followup::ReceiptsInput, LoanInput};
use std::process::Command;

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

fn member(no: &str, attendance: &str, savings: Option<&str>, repayment: Option<&str>) -> app::MeetingMemberRow {
    app::MeetingMemberRow { member: no.into(), attendance: attendance.into(), savings: savings.map(String::from), repayment: repayment.map(String::from), ..Default::default() }
}

/// The fixture SHG (six members with ₹1,000 saved each at the opening of 2025-04-01; by-laws
/// 2 % a month flat, 10 monthly instalments, ₹2 fine for coming late) with:
/// - 6 April: ₹3,000 lent to member 1 (guarantor 2), taken from the bank; members 1 and 2 save 50.
///   Instalments: 3,000 / 10 = 300 principal + 3,000 × 2 % = 60 interest, due on the 6th from May.
/// - 6 May: member 1 saves 50 and repays 360 (interest 60 first, then principal 300); member 2
///   comes late, saves 50 and pays the ₹2 fine; member 3 comes and pays nothing.
fn book() -> common::Fixture {
    let mut f = shg();
    app::meeting_record(&mut f.store, &f.ctx, &app::MeetingInput {
        org: "shg".into(),
        date: "2025-04-06".into(),
        members: vec![member("1", "present", Some("50"), None), member("2", "present", Some("50"), None)],
        loans: vec![LoanInput { member: "1".into(), amount: "3000".into(), guarantors: vec!["2".into()], ..Default::default() }],
        group: vec![app::GroupLineInput { kind: "bank-withdrawal".into(), amount: "3000".into(), head: None, note: String::new() }],
        ..Default::default()
    })
    .unwrap();
    app::meeting_record(&mut f.store, &f.ctx, &app::MeetingInput {
        org: "shg".into(),
        date: "2025-05-06".into(),
        members: vec![member("1", "present", Some("50"), Some("360")), member("2", "late", Some("50"), None), member("3", "present", None, None)],
        ..Default::default()
    })
    .unwrap();
    f
}

fn input(meeting: &str) -> ReceiptsInput {
    ReceiptsInput { org: "shg".into(), meeting: s(meeting), ..Default::default() }
}

#[test]
fn a_receipt_for_every_payer_with_the_split_and_the_balances_after() {
    let f = book();
    let view = app::followup::receipts_view(&f.store, &f.ctx, &input("2025-05-06")).unwrap();
    // Members 1 and 2 paid; member 3 came and paid nothing, so has no receipt.
    let who: Vec<&str> = view.receipts.iter().map(|r| r.member_no.as_str()).collect();
    assert_eq!(who, ["1", "2"]);
    // Member 1: 50 + 300 + 60 = 410; savings 1,000 + 50 + 50 = 1,100; loan 3,000 − 300 = 2,700.
    // The group's language is Hindi (an Indian SHG), its digits Latin.
    let one = &view.receipts[0];
    assert_eq!(one.total, "410.00");
    for line in ["रसीद", "बचत: 50.00", "ऋण 1: मूलधन: 300.00", "ऋण 1: ब्याज: 60.00", "कुल भुगतान: 410.00", "शब्दों में: चार सौ दस रुपये मात्र", "बचत शेष: 1,100.00", "ऋण 1 बकाया: 2,700.00"] {
        assert!(one.text.lines().any(|l| l == line), "{line:?} in\n{}", one.text);
    }
    assert!(one.text.contains(&view.voucher), "the voucher number is on the receipt");
    assert!(one.text.contains(&view.book_code), "the book code is on the receipt");
    // Member 2: 50 + the ₹2 late fine = 52; savings 1,100; she has no loan.
    let two = &view.receipts[1];
    assert_eq!(two.total, "52.00");
    for line in ["बचत: 50.00", "जुर्माना: 2.00", "कुल भुगतान: 52.00", "बचत शेष: 1,100.00"] {
        assert!(two.text.lines().any(|l| l == line), "{line:?} in\n{}", two.text);
    }
    assert!(!two.text.contains("ऋण"), "no loan line for a member with no loan");
    // One member only.
    let only = app::followup::receipts_view(&f.store, &f.ctx, &ReceiptsInput { member: s("2"), ..input("2025-05-06") }).unwrap();
    assert_eq!(only.receipts.len(), 1);
    assert_eq!(only.receipts[0].member_no, "2");
}

fn have(tool: &str) -> bool {
    Command::new(tool).arg("-v").output().is_ok()
}

#[test]
fn receipts_on_thermal_rolls_and_a6_draw_their_letters_as_shapes() {
    let f = book();
    if !have("pdfinfo") || !have("pdftotext") {
        eprintln!("poppler-utils missing: skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    // Widths in points: 58 mm × 72 / 25.4 = 164.41; 80 mm = 226.77; A6 105 × 148 mm = 297.64 × 419.53.
    for (paper, width, height) in [("58mm", "164.409", None), ("80mm", "226.772", None), ("a6", "297.638", Some("419.528"))] {
        let pdf = app::followup::receipts_document(&f.store, &f.ctx, &ReceiptsInput { paper: s(paper), ..input("2025-05-06") }).unwrap();
        let path = dir.path().join(format!("{paper}.pdf"));
        std::fs::write(&path, &pdf).unwrap();
        let info = String::from_utf8(Command::new("pdfinfo").arg(&path).output().unwrap().stdout).unwrap();
        assert!(info.lines().any(|l| l.starts_with("Pages:") && l.ends_with(" 2")), "two receipts, two pages: {info}");
        let size = info.lines().find(|l| l.starts_with("Page size:")).unwrap();
        assert!(size.contains(&format!("{width} x")), "{paper}: {size}");
        if let Some(h) = height {
            assert!(size.contains(h), "{paper}: {size}");
        }
        // Drawn as outlines: no font in the file, so no text to extract.
        let fonts = String::from_utf8(Command::new("pdffonts").arg(&path).output().unwrap().stdout).unwrap();
        assert_eq!(fonts.lines().count(), 2, "no fonts embedded: {fonts}");
    }
    // With fonts embedded the same receipt reads back as text.
    let pdf = app::followup::receipts_document(&f.store, &f.ctx, &ReceiptsInput { paper: s("80mm"), fonts: Some(true), ..input("2025-05-06") }).unwrap();
    let path = dir.path().join("fonts.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let text = String::from_utf8(Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(&path).arg("-").output().unwrap().stdout).unwrap();
    for figure in ["410.00", "2,700.00", "52.00", "चार सौ दस रुपये मात्र"] {
        assert!(text.contains(figure), "{figure} in {text}");
    }
}

#[test]
fn no_receipt_where_nobody_paid_and_the_book_is_unchanged() {
    let mut f = book();
    // A loan given between meetings: money went out, nobody paid in.
    let saved = app::loan_disburse(&mut f.store, &f.ctx, &app::DisburseInput {
        org: "shg".into(),
        date: "2025-05-10".into(),
        loan: LoanInput { member: "4".into(), amount: "1000".into(), guarantors: vec!["5".into()], ..Default::default() },
        client_id: None,
    })
    .unwrap();
    let before = dump(&f.path);
    let e = app::followup::receipts_view(&f.store, &f.ctx, &ReceiptsInput { org: "shg".into(), voucher: s(&saved.voucher), ..Default::default() }).unwrap_err();
    assert_eq!(e.code(), "error-nothing-paid");
    let e = app::followup::receipts_view(&f.store, &f.ctx, &input("2025-05-07")).unwrap_err();
    assert_eq!(e.code(), "error-no-meeting-on");
    let e = app::followup::receipts_document(&f.store, &f.ctx, &ReceiptsInput { paper: s("letter"), ..input("2025-05-06") }).unwrap_err();
    assert_eq!(e.code(), "error-invalid-choice");
    // Member 3 came and paid nothing.
    let e = app::followup::receipts_view(&f.store, &f.ctx, &ReceiptsInput { member: s("3"), ..input("2025-05-06") }).unwrap_err();
    assert_eq!(e.code(), "error-nothing-paid");
    assert_eq!(dump(&f.path), before);
}

/// The SHG's loan 1: ₹3,000 to member 1 on 6 April 2025, flat 2 % a month, 10 monthly
/// instalments of 300 + 60 due on the 6th from May; nothing paid; rescheduled on 10 August into
/// 12 monthly instalments from 10 September: 3,000 / 12 = 250 principal + 3,000 × 2 % = 60
/// interest. The old instalments before 10 August (6 May, June, July, August) carried 4 × 60 =
/// 240 of interest, unpaid: the arrears the reschedule keeps.
fn rescheduled(arrears: Option<&str>) -> common::Fixture {
    let mut f = shg();
    app::meeting_record(&mut f.store, &f.ctx, &app::MeetingInput {
        org: "shg".into(),
        date: "2025-04-06".into(),
        loans: vec![LoanInput { member: "1".into(), amount: "3000".into(), guarantors: vec!["2".into()], ..Default::default() }],
        group: vec![app::GroupLineInput { kind: "bank-withdrawal".into(), amount: "3000".into(), head: None, note: String::new() }],
        ..Default::default()
    })
    .unwrap();
    app::loan_reschedule(&mut f.store, &f.ctx, &app::RescheduleInput {
        org: "shg".into(),
        loan: "1".into(),
        date: "2025-08-10".into(),
        instalments: "12".into(),
        agreement: "agreed at the meeting of 10 August before the guarantor".into(),
        arrears: arrears.map(String::from),
        ..Default::default()
    })
    .unwrap();
    f
}

/// Overdue principal + interest on a day, as the arrears report reads it.
fn overdue(f: &common::Fixture, on: &str) -> String {
    let b = f.store.read();
    let org = b.org_by_code("shg").unwrap().unwrap();
    let l = b.loan_by_number(org.id, 1).unwrap().unwrap();
    let st = app::loan_state(&b, &l, common::d(on), samuh::domain::money::Money::ZERO).unwrap();
    (st.dues.principal_overdue + st.dues.interest_overdue).to_plain()
}

fn total_interest(f: &common::Fixture) -> String {
    let b = f.store.read();
    let org = b.org_by_code("shg").unwrap().unwrap();
    let l = b.loan_by_number(org.id, 1).unwrap().unwrap();
    app::loan_state(&b, &l, common::d("2026-12-31"), samuh::domain::money::Money::ZERO).unwrap().schedule.total_interest.to_plain()
}

#[test]
fn the_arrears_a_reschedule_keeps_stay_apart_or_are_folded_in_as_the_committee_decides() {
    // Kept apart (the default, and "kept" said out loud): on 31 August, before the first new
    // instalment, the 240 of old interest is overdue; on 30 September the first new instalment
    // (10 September) adds 250 + 60: 240 + 310 = 550.
    for kept in [rescheduled(None), rescheduled(Some("kept"))] {
        assert_eq!(overdue(&kept, "2025-08-31"), "240.00");
        assert_eq!(overdue(&kept, "2025-09-30"), "550.00");
        // Interest over the loan's life: 240 old + 12 × 60 = 960.
        assert_eq!(total_interest(&kept), "960.00");
    }
    // Folded in: the 240 is spread over the 12 new instalments, 240 / 12 = 20 each; nothing is
    // overdue on 31 August; on 30 September the first new instalment is 250 + 60 + 20 = 330.
    let folded = rescheduled(Some("folded"));
    assert_eq!(overdue(&folded, "2025-08-31"), "0.00");
    assert_eq!(overdue(&folded, "2025-09-30"), "330.00");
    // The same interest over the loan's life: 12 × (60 + 20) = 960.
    assert_eq!(total_interest(&folded), "960.00");
}

#[test]
fn a_reschedule_with_an_arrears_choice_it_does_not_know_is_refused_and_changes_nothing() {
    let mut f = rescheduled(None);
    let before = dump(&f.path);
    let e = app::loan_reschedule(&mut f.store, &f.ctx, &app::RescheduleInput {
        org: "shg".into(),
        loan: "1".into(),
        date: "2025-09-12".into(),
        instalments: "6".into(),
        agreement: "agreed".into(),
        arrears: s("forgiven"),
        ..Default::default()
    })
    .unwrap_err();
    assert_eq!(e.code(), "error-invalid-choice");
    assert_eq!(dump(&f.path), before);
}

#[test]
fn the_loan_register_shows_the_new_instalments_after_a_reschedule() {
    use samuh::reports::Cell;
    let f = rescheduled(Some("folded"));
    let r = app::report(&f.store, &f.ctx, &app::ReportParams { org: "shg".into(), name: "loan-register".into(), member: None, from: None, to: s("2025-09-30"), sort: None }).unwrap();
    let sec = &r.sections[0];
    let row = sec.rows.iter().find(|row| matches!(row[sec.col("col-loan-no")], Cell::Count(1))).unwrap();
    // The agreement's 12 instalments, not the original 10.
    assert_eq!(row[sec.col("col-instalments")], Cell::Count(12));
    let note = sec.notes.iter().find(|n| n.id == "note-loan-rescheduled").expect("the reschedule is noted");
    let args: Vec<String> = note.args.iter().map(|(_, a)| a.plain()).collect();
    assert_eq!(args, ["1", "2025-08-10", "3000.00", "12", "10"]);
}

#[test]
fn a_reschedule_prints_a_debt_acknowledgement_with_the_arrears_and_the_new_instalments() {
    use samuh::reports::Cell;
    let f = rescheduled(Some("folded"));
    let input = app::followup::AcknowledgementInput { org: "shg".into(), loan: "1".into() };
    let r = app::followup::acknowledgement(&f.store, &f.ctx, &input).unwrap();
    let facts: Vec<(String, Cell)> = r.sections[0].rows.iter().map(|row| (match &row[0] { Cell::Msg(m) => m.id.clone(), _ => String::new() }, row[1].clone())).collect();
    let fact = |id: &str| facts.iter().find(|(k, _)| k == id).map(|(_, c)| c.clone()).unwrap();
    let money = |v: &str| Cell::Money(samuh::domain::money::Money::parse_plain(v, samuh::domain::money::Currency::Inr).unwrap());
    // The day before the reschedule (9 August) the instalments of 6 May, June, July and August
    // were overdue: principal 4 × 300 = 1,200, interest 4 × 60 = 240. All 3,000 re-planned.
    assert_eq!(fact("ack-old-balance"), money("3000"));
    assert_eq!(fact("ack-principal-overdue"), money("1200"));
    assert_eq!(fact("ack-interest-overdue"), money("240"));
    assert_eq!(fact("ack-arrears"), Cell::msg("ack-arrears-folded"));
    assert!(matches!(fact("ack-guarantors"), Cell::Text(t) if t.starts_with("2 ")), "the guarantor, member 2");
    // The 12 new instalments: 250 + 60 + 20 folded = 330 each, 3,960 in all (3,000 + 960).
    let s = &r.sections[1];
    assert_eq!(s.rows.len(), 12);
    assert_eq!(s.rows[0][s.col("col-instalment")], money("330"));
    assert_eq!(s.rows[0][s.col("col-due-date")], Cell::Date(common::d("2025-09-10")));
    assert_eq!(s.totals.as_ref().unwrap()[s.col("col-instalment")], money("3960"));
    // Signature lines: the borrower, the guarantor and three of the committee.
    assert_eq!(s.notes.iter().filter(|n| n.id.starts_with("ack-sign-")).count(), 5);
    let pdf = app::followup::acknowledgement_pdf(&f.store, &f.ctx, &input).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    // A loan never rescheduled has no acknowledgement; nothing changes.
    let before = dump(&f.path);
    let mut g = rescheduled(None);
    app::loan_disburse(&mut g.store, &g.ctx, &app::DisburseInput { org: "shg".into(), date: "2025-09-01".into(), loan: LoanInput { member: "4".into(), amount: "500".into(), guarantors: vec!["5".into()], ..Default::default() }, client_id: None }).unwrap();
    let e = app::followup::acknowledgement(&g.store, &g.ctx, &app::followup::AcknowledgementInput { org: "shg".into(), loan: "2".into() }).unwrap_err();
    assert_eq!(e.code(), "error-loan-not-rescheduled");
    assert_eq!(dump(&f.path), before);
}

#[test]
fn a_visit_to_the_household_is_recorded_once_and_bad_input_changes_nothing() {
    let mut f = rescheduled(None);
    let visit = |date: &str, visitors: &str, loan: &str| app::followup::VisitInput {
        org: "shg".into(),
        loan: loan.into(),
        date: date.into(),
        visitors: visitors.into(),
        found: "She says 300 was paid in cash in August; the book shows nothing paid.".into(),
        record_matches: false,
        client_id: None,
    };
    let before = dump(&f.path);
    for (input, code) in [
        (visit("2025-09-15", "  ", "1"), "error-required"),
        (visit("2025-09-15", "Asha Devi", "9"), "error-unknown-loan"),
        // Before the loan was given there was nothing to follow up.
        (visit("2025-04-01", "Asha Devi", "1"), "error-loan-not-active"),
    ] {
        let e = app::followup::visit_record(&mut f.store, &f.ctx, &input).unwrap_err();
        assert_eq!(e.code(), code);
        assert_eq!(dump(&f.path), before, "{code}: the book is unchanged");
    }
    app::followup::visit_record(&mut f.store, &f.ctx, &visit("2025-09-15", "Asha Devi, Bina Kumari", "1")).unwrap();
    let b = f.store.read();
    let org = b.org_by_code("shg").unwrap().unwrap();
    let visits = b.visits(org.id).unwrap();
    assert_eq!(visits.len(), 1);
    assert_eq!((visits[0].visited_on, visits[0].visitors.as_str(), visits[0].record_matches), (common::d("2025-09-15"), "Asha Devi, Bina Kumari", false));
    drop(b);
    // Chained: the book checks clean with the visit in it.
    assert!(app::check_book(&f.store, None).unwrap().ok());
}
