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
