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

fn report(f: &common::Fixture, name: &str, to: &str) -> samuh::reports::Report {
    app::report(&f.store, &f.ctx, &app::ReportParams { org: "shg".into(), name: name.into(), member: None, from: None, to: s(to), sort: None }).unwrap()
}

fn inr(v: &str) -> samuh::reports::Cell {
    samuh::reports::Cell::Money(samuh::domain::money::Money::parse_plain(v, samuh::domain::money::Currency::Inr).unwrap())
}

#[test]
fn the_follow_up_list_shows_who_fell_behind_until_the_loan_is_repaid() {
    use samuh::reports::Cell;
    let mut f = rescheduled(None);
    // Member 1's phone is in the book; one visit on 15 September.
    let id = {
        let b = f.store.read();
        let org = b.org_by_code("shg").unwrap().unwrap();
        b.member_by_no(org.id, "1").unwrap().unwrap().id
    };
    f.store.write(|b| b.set_member_personal(id, Some("9876543210"), None)).unwrap();
    app::followup::visit_record(&mut f.store, &f.ctx, &app::followup::VisitInput {
        org: "shg".into(),
        loan: "1".into(),
        date: "2025-09-15".into(),
        visitors: "Asha Devi".into(),
        found: "Crop failed; she will pay after the harvest.".into(),
        record_matches: true,
        client_id: None,
    })
    .unwrap();
    let r = report(&f, "followup-list", "2025-09-30");
    assert!(samuh::reports::COMMITTEE_ONLY.contains(&r.id), "a committee document");
    let s = &r.sections[0];
    assert_eq!(s.rows.len(), 1, "one loan on follow-up");
    let row = &s.rows[0];
    assert!(matches!(&row[s.col("col-member")], Cell::Text(t) if t.starts_with("1 ")));
    assert!(matches!(&row[s.col("col-guarantors")], Cell::Text(t) if t.starts_with("2 ")));
    assert_eq!(row[s.col("col-contact")], Cell::Code("9876543210".into()));
    assert_eq!(row[s.col("col-loan-no")], Cell::Count(1));
    // Overdue on 30 September: the old interest the reschedule kept, 4 × 60 = 240, and the first
    // new instalment of 10 September, 250 + 60 = 310: 550.
    assert_eq!(row[s.col("col-overdue")], inr("550"));
    // Nothing was ever paid; the next new instalment falls due on 10 October.
    assert_eq!(row[s.col("col-last-payment")], Cell::Empty);
    assert_eq!(row[s.col("col-next-due")], Cell::Date(common::d("2025-10-10")));
    // The oldest unpaid instalment fell due on 6 May: 25 days to 31 May, + 30 (June) + 31 (July)
    // + 31 (August) + 30 (September) = 147 days.
    assert_eq!(row[s.col("col-days-past-due")], Cell::Count(147));
    assert_eq!(row[s.col("col-visits")], Cell::Count(1));
    assert_eq!(row[s.col("col-last-visit")], Cell::Date(common::d("2025-09-15")));
    assert!(s.notes.iter().any(|n| n.id == "note-followup-rescheduled"), "the reschedule is noted");
    // Before the loan was given and before anything fell due, nobody is on the list.
    assert!(report(&f, "followup-list", "2025-05-06").sections[0].rows.is_empty(), "6 May: the first instalment is due today, not yet overdue");
}

#[test]
fn a_borrower_who_fell_behind_and_repaid_everything_is_on_the_debt_free_list() {
    use samuh::reports::Cell;
    let mut f = shg();
    // 6 April: members 4 and 5 each borrow 1,000 in 2 monthly instalments of 1,000 / 2 = 500
    // principal + 1,000 × 2 % = 20 interest, due on 6 May and 6 June (the by-laws allow no
    // prepayment).
    let two = |m: &str, g: &str| LoanInput { member: m.into(), amount: "1000".into(), instalments: s("2"), guarantors: vec![g.into()], ..Default::default() };
    app::meeting_record(&mut f.store, &f.ctx, &app::MeetingInput {
        org: "shg".into(),
        date: "2025-04-06".into(),
        loans: vec![two("4", "5"), two("5", "4")],
        group: vec![app::GroupLineInput { kind: "bank-withdrawal".into(), amount: "2000".into(), head: None, note: String::new() }],
        ..Default::default()
    })
    .unwrap();
    let repay = |f: &mut common::Fixture, date: &str, member: &str, amount: &str| {
        app::loan_repay(&mut f.store, &f.ctx, &app::RepayInput { org: "shg".into(), date: date.into(), member: member.into(), loan: None, amount: amount.into(), client_id: None }).unwrap();
    };
    // Member 5 pays each instalment on its day, 520 on 6 May and 520 on 6 June: never behind.
    repay(&mut f, "2025-05-06", "5", "520");
    repay(&mut f, "2025-06-06", "5", "520");
    // Member 4 pays nothing on 6 May or 6 June; on 20 June she pays both instalments,
    // 2 × 520 = 1,040, and the loan is cleared.
    assert_eq!(report(&f, "followup-list", "2025-06-19").sections[0].rows.len(), 1, "member 4 is on follow-up");
    repay(&mut f, "2025-06-20", "4", "1040");
    assert!(report(&f, "followup-list", "2025-06-20").sections[0].rows.is_empty(), "repaid: off the list");
    let r = report(&f, "debt-free", "2025-09-30");
    assert!(samuh::reports::COMMITTEE_ONLY.contains(&r.id));
    let s = &r.sections[0];
    assert_eq!(s.rows.len(), 1, "member 4 only: member 5 was never behind");
    assert!(matches!(&s.rows[0][s.col("col-member")], Cell::Text(t) if t.starts_with("4 ")));
    assert_eq!(s.rows[0][s.col("col-loans")], Cell::Text("1".into()));
    assert_eq!(s.rows[0][s.col("col-debt-free-on")], Cell::Date(common::d("2025-06-20")));
    // Before she repaid she was not debt-free.
    assert!(report(&f, "debt-free", "2025-06-19").sections[0].rows.is_empty());
}

/// The design rule of the district office (seed 004): never shame a borrower in public. Every
/// document read out or posted for all members — the minutes of the meeting, its attendance
/// register, the savings register, the other members' passbooks and receipts — is rendered for a
/// book where member 1 is 147 days behind with 550 overdue (see the follow-up list test), and
/// none of them names her as overdue or shows what she owes.
#[test]
fn overdue_names_appear_on_committee_documents_only() {
    use samuh::i18n::{Lang, Locale, Localizer};
    let mut f = rescheduled(None);
    // The September meeting: member 1 stays away; the others save.
    app::meeting_record(&mut f.store, &f.ctx, &app::MeetingInput {
        org: "shg".into(),
        date: "2025-09-06".into(),
        members: vec![member("2", "present", Some("50"), None), member("3", "present", Some("50"), None), member("4", "present", Some("50"), None)],
        ..Default::default()
    })
    .unwrap();
    let borrower = samuh::testkit::MEMBERS[0];
    let l = Localizer::new(Locale::new(Lang::En));
    let rep = |name: &str, member: Option<&str>, from: &str| app::report(&f.store, &f.ctx, &app::ReportParams { org: "shg".into(), name: name.into(), member: member.map(String::from), from: s(from), to: s("2025-09-30"), sort: None }).unwrap();
    let shows_overdue = |text: &str| -> Option<&'static str> {
        // 550 overdue (240 + 310), 147 days, 3,000 outstanding and never repaid.
        ["550.00", "240.00", "147", "Overdue", "overdue", "Arrears", "arrears", "rescheduled", "Rescheduled"].into_iter().find(|w| text.contains(w))
    };
    // Read out at the meeting: the minutes of the September meeting and its attendance.
    for (name, from) in [("minutes", "2025-09-01"), ("attendance", "2025-09-01"), ("savings-register", "2025-04-01")] {
        let text = samuh::render::render_text(&rep(name, None, from), &l);
        assert_eq!(shows_overdue(&text), None, "{name} shows an overdue figure:\n{text}");
        if name == "minutes" {
            assert!(!text.contains(borrower), "the minutes name the borrower:\n{text}");
        }
    }
    // The printable summary of the September meeting, signed by all (issue 12): it lists her as
    // absent, as the register does, but shows nothing of what she owes.
    let summary = app::meeting_summary(&f.store, &f.ctx, "shg", "2025-09-06").unwrap();
    assert!(!samuh::reports::COMMITTEE_ONLY.contains(&summary.id), "an all-member document");
    for lang in [Lang::En, Lang::Hi] {
        let text = samuh::render::render_text(&summary, &Localizer::new(Locale::new(lang)));
        assert_eq!(shows_overdue(&text), None, "the meeting summary shows an overdue figure:\n{text}");
    }
    // The other members' passbooks, her guarantor's (member 2) first.
    for no in ["2", "3", "4", "5", "6"] {
        let text = samuh::render::render_text(&rep("passbook", Some(no), "2025-04-01"), &l);
        assert!(!text.contains(borrower), "member {no}'s passbook names the borrower:\n{text}");
        assert_eq!(shows_overdue(&text), None, "member {no}'s passbook:\n{text}");
    }
    // The receipts of the September meeting, handed to each payer.
    for r in app::followup::receipts_view(&f.store, &f.ctx, &input("2025-09-06")).unwrap().receipts {
        assert!(!r.text.contains(borrower) && !r.text.contains("550"), "{}", r.text);
    }
    // The committee's own documents do name her.
    for name in ["followup-list", "arrears"] {
        assert!(samuh::reports::COMMITTEE_ONLY.contains(&name));
        assert!(samuh::render::render_text(&rep(name, None, "2025-04-01"), &l).contains(borrower), "{name}");
    }
}

fn promise(loan: &str, pay_on: &str, amount: &str) -> app::followup::PromiseInput {
    app::followup::PromiseInput { loan: loan.into(), pay_on: pay_on.into(), amount: amount.into(), note: None }
}

fn followup_meeting(date: &str, promises: Vec<app::followup::PromiseInput>) -> app::followup::FollowupMeetingInput {
    app::followup::FollowupMeetingInput {
        org: "shg".into(),
        date: date.into(),
        place: "Panchayat bhawan".into(),
        attended: "Borrower 1, guarantor 2, president, secretary".into(),
        notes: Some("She will sell the goat".into()),
        promises,
        client_id: None,
    }
}

#[test]
fn the_follow_up_meeting_records_the_agreed_payments_and_prints_signed_minutes() {
    use samuh::reports::Cell;
    let mut f = rescheduled(None);
    // Refused, each leaving the book as it was.
    let before = dump(&f.path);
    for (input, code) in [
        (followup_meeting("2025-09-20", vec![promise("9", "2025-10-10", "550")]), "error-unknown-loan"),
        // A payment agreed for 10 September, before the meeting of 20 September.
        (followup_meeting("2025-09-20", vec![promise("1", "2025-09-10", "550")]), "error-promise-before-meeting"),
        (followup_meeting("2025-09-20", vec![promise("1", "2025-10-10", "0")]), "error-amount-not-positive"),
        (followup_meeting("2025-09-20", vec![]), "error-required"),
        (app::followup::FollowupMeetingInput { place: " ".into(), ..followup_meeting("2025-09-20", vec![promise("1", "2025-10-10", "550")]) }, "error-required"),
        // On 6 May nothing was overdue yet (the first instalment fell due that day): not on the list.
        (followup_meeting("2025-05-06", vec![promise("1", "2025-06-10", "550")]), "error-loan-not-on-followup"),
        // One loan, two promises; a promise of more than the whole loan (₹3,000 lent) owes.
        (followup_meeting("2025-09-20", vec![promise("1", "2025-10-10", "300"), promise("1", "2025-11-10", "300")]), "error-promise-loan-twice"),
        (followup_meeting("2025-09-20", vec![promise("1", "2025-10-10", "99999")]), "error-promise-above-owed"),
    ] {
        let e = app::followup::followup_meeting_record(&mut f.store, &f.ctx, &input).unwrap_err();
        assert_eq!(e.code(), code);
        assert_eq!(dump(&f.path), before, "{code}: the book is unchanged");
    }
    // What the loan owes that day, said in the refusal: at least the ₹3,000 of principal nothing
    // has repaid, and the 4 × 60 of interest the reschedule kept.
    match app::followup::followup_meeting_record(&mut f.store, &f.ctx, &followup_meeting("2025-09-20", vec![promise("1", "2025-10-10", "99999")])) {
        Err(samuh::Error::PromiseAboveOwed { loan, amount, owed }) => {
            assert_eq!((loan.as_str(), amount), ("1", samuh::domain::money::Money::units(99_999)));
            assert!(owed >= samuh::domain::money::Money::units(3_240) && owed < samuh::domain::money::Money::units(99_999), "{owed:?}");
        }
        other => panic!("{other:?}"),
    }
    app::followup::followup_meeting_record(&mut f.store, &f.ctx, &followup_meeting("2025-09-20", vec![promise("1", "2025-10-10", "550")])).unwrap();
    // The follow-up list of 30 September shows the promise.
    let r = report(&f, "followup-list", "2025-09-30");
    let s = &r.sections[0];
    assert_eq!(s.rows[0][s.col("col-promised-on")], Cell::Date(common::d("2025-10-10")));
    assert_eq!(s.rows[0][s.col("col-promised-amount")], inr("550"));
    // Not before the meeting was held.
    let r = report(&f, "followup-list", "2025-09-19");
    assert_eq!(r.sections[0].rows[0][r.sections[0].col("col-promised-on")], Cell::Empty);
    // The minutes: the promise, and signature lines for the borrower and three of the committee.
    let m = app::followup::followup_minutes(&f.store, &f.ctx, "shg", "2025-09-20").unwrap();
    let p = &m.sections[1];
    assert_eq!(p.rows.len(), 1);
    assert_eq!(p.rows[0][p.col("col-promised-amount")], inr("550"));
    assert_eq!(p.notes.iter().filter(|n| n.id.starts_with("ack-sign-")).count(), 4);
    assert!(app::followup::followup_minutes_pdf(&f.store, &f.ctx, "shg", "2025-09-20").unwrap().starts_with(b"%PDF"));
    assert_eq!(app::followup::followup_minutes(&f.store, &f.ctx, "shg", "2025-09-21").unwrap_err().code(), "error-no-meeting-on");
    // Chained: the book checks clean; the meeting is append-only.
    assert!(app::check_book(&f.store, None).unwrap().ok());
    let c = rusqlite::Connection::open(&f.path).unwrap();
    assert!(c.execute("UPDATE followup_promise SET amount_minor = 1", []).is_err());
    assert!(c.execute("DELETE FROM followup_meeting", []).is_err());
}

#[test]
fn an_invitation_for_each_overdue_household_and_bad_input_changes_nothing() {
    use samuh::reports::Cell;
    let f = rescheduled(None);
    let inv = |date: &str, meeting: &str, place: &str| app::followup::InvitationsInput {
        org: "shg".into(),
        date: date.into(),
        meeting_date: meeting.into(),
        place: place.into(),
        time: s("10 am"),
    };
    let before = dump(&f.path);
    for (input, code) in [
        (inv("2025-09-30", "2025-09-29", "Panchayat bhawan"), "error-followup-meeting-before-list"),
        (inv("2025-09-30", "2025-10-05", "  "), "error-required"),
        // On 6 May nobody was behind yet.
        (inv("2025-05-06", "2025-05-10", "Panchayat bhawan"), "error-nobody-on-followup"),
    ] {
        assert_eq!(app::followup::invitations(&f.store, &f.ctx, &input).unwrap_err().code(), code);
        assert_eq!(dump(&f.path), before);
    }
    let rs = app::followup::invitations(&f.store, &f.ctx, &inv("2025-09-30", "2025-10-05", "Panchayat bhawan")).unwrap();
    // One household: member 1, with 550 overdue (240 kept + 310 of 10 September).
    assert_eq!(rs.len(), 1);
    let rows = &rs[0].sections[0].rows;
    assert!(matches!(&rows[0][1], Cell::Text(t) if t.starts_with("1 ")));
    assert_eq!(rows[2][1], inr("550"));
    assert_eq!(rows[3][1], Cell::Date(common::d("2025-10-05")));
    assert!(app::followup::invitations_pdf(&f.store, &f.ctx, &inv("2025-09-30", "2025-10-05", "Panchayat bhawan")).unwrap().starts_with(b"%PDF"));
}

#[test]
fn the_visit_log_lists_every_visit_or_one_members() {
    let mut f = rescheduled(None);
    for (date, who) in [("2025-09-15", "Asha Devi"), ("2025-09-25", "Bina Kumari")] {
        app::followup::visit_record(&mut f.store, &f.ctx, &app::followup::VisitInput {
            org: "shg".into(),
            loan: "1".into(),
            date: date.into(),
            visitors: who.into(),
            found: "not home".into(),
            record_matches: true,
            client_id: None,
        })
        .unwrap();
    }
    let all = app::followup::visits_list(&f.store, "shg", None).unwrap();
    assert_eq!(all.iter().map(|v| (v.date.as_str(), v.visitors.as_str(), v.loan)).collect::<Vec<_>>(), [("2025-09-15", "Asha Devi", 1), ("2025-09-25", "Bina Kumari", 1)]);
    assert_eq!(app::followup::visits_list(&f.store, "shg", Some("1")).unwrap().len(), 2);
    assert!(app::followup::visits_list(&f.store, "shg", Some("2")).unwrap().is_empty());
    assert_eq!(app::followup::visits_list(&f.store, "shg", Some("99")).unwrap_err().code(), "error-unknown-member");
}

#[test]
fn the_visit_log_report_lists_the_visits_up_to_its_date_for_the_committee() {
    use samuh::reports::Cell;
    let mut f = rescheduled(None);
    // Entered out of order: the log is by date. The second visit found the records differ.
    for (date, who, matches) in [("2025-09-25", "Bina Kumari", false), ("2025-09-15", "Asha Devi", true)] {
        app::followup::visit_record(&mut f.store, &f.ctx, &app::followup::VisitInput {
            org: "shg".into(),
            loan: "1".into(),
            date: date.into(),
            visitors: who.into(),
            found: format!("{who} found her at home"),
            record_matches: matches,
            client_id: None,
        })
        .unwrap();
    }
    let r = report(&f, "visit-log", "2025-09-30");
    let s = &r.sections[0];
    let col = |id: &str| s.col(id);
    let dates: Vec<Cell> = s.rows.iter().map(|row| row[col("col-date")].clone()).collect();
    assert_eq!(dates, [Cell::Date(common::d("2025-09-15")), Cell::Date(common::d("2025-09-25"))]);
    assert_eq!(s.rows[0][col("col-visitors")], Cell::Text("Asha Devi".into()));
    assert_eq!(s.rows[1][col("col-found")], Cell::Text("Bina Kumari found her at home".into()));
    assert_eq!(s.rows[0][col("col-record-matches")], Cell::msg("visit-record-matches"));
    assert_eq!(s.rows[1][col("col-record-matches")], Cell::msg("visit-record-differs"));
    assert_eq!(s.rows[0][col("col-loan-no")], Cell::Count(1));
    assert!(matches!(&s.rows[0][col("col-member")], Cell::Text(t) if t.starts_with("1 ")));
    // As on 20 September only the first visit had been made.
    assert_eq!(report(&f, "visit-log", "2025-09-20").sections[0].rows.len(), 1);
    assert!(samuh::reports::COMMITTEE_ONLY.contains(&"visit-log"), "it names borrowers who fell behind");
    assert!(s.notes.iter().any(|n| n.id == "note-committee-only"));
}

#[test]
fn the_cli_lists_visits_prints_invitations_records_the_meeting_and_its_minutes() {
    let mut f = rescheduled(None);
    app::followup::visit_record(&mut f.store, &f.ctx, &app::followup::VisitInput {
        org: "shg".into(),
        loan: "1".into(),
        date: "2025-09-15".into(),
        visitors: "Asha Devi".into(),
        found: "not home".into(),
        record_matches: true,
        client_id: None,
    })
    .unwrap();
    let book = f.path.to_str().unwrap().to_string();
    let run = |args: &[&str]| {
        let mut all = vec!["--db", book.as_str(), "--today", "2025-09-30"];
        all.extend_from_slice(args);
        Command::new(env!("CARGO_BIN_EXE_samuh")).args(&all).output().unwrap()
    };
    let out = run(&["followup", "visits", "--org", "shg"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    // The day as she writes it (day first), as every date the command line says back.
    assert!(text.contains("15-09-2025") && text.contains("Asha Devi"), "{text}");
    let pdf = f.dir.path().join("invitations.pdf");
    let out = run(&["followup", "invitations", "--org", "shg", "--date", "2025-09-30", "--meeting-date", "2025-10-05", "--place", "school", "--out", pdf.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    // A meeting date before the list's date is refused.
    let out = run(&["followup", "invitations", "--org", "shg", "--date", "2025-09-30", "--meeting-date", "2025-09-01", "--place", "school", "--out", pdf.to_str().unwrap()]);
    assert!(!out.status.success());
    let out = run(&["followup", "meeting", "--org", "shg", "--date", "2025-09-30", "--place", "school", "--attended", "member 1, president", "--promise", "1:2025-10-10:550"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let minutes = f.dir.path().join("minutes.pdf");
    let out = run(&["followup", "minutes", "--org", "shg", "--date", "2025-09-30", "--out", minutes.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(std::fs::read(&minutes).unwrap().starts_with(b"%PDF"));
}
