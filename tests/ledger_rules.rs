//! The book's rules on a real SQLite file: every refusal has its stable code and leaves the book
//! byte-for-byte as it was; accepted input lands whole; the journal stays balanced and checked.

mod common;
use samuh::domain::refusal::Refusal;
use common::*;
use samuh::app::{self, LoanInput, MeetingInput};
use samuh::domain::ledger::code;
use samuh::domain::money::Money;
use samuh::Error;

/// Runs a meeting that must be refused with `expected` code, and asserts nothing changed.
fn refused(f: &mut Fixture, m: &MeetingInput, expected: &str) {
    let before = dump(&f.path);
    let err = app::meeting_record(&mut f.store, &f.ctx, m).expect_err("should be refused");
    assert_eq!(err.code(), expected, "{err:?}");
    assert_eq!(dump(&f.path), before, "a refused meeting changed the book ({expected})");
}

#[test]
fn a_meeting_lands_whole_and_the_book_balances() {
    let mut f = shg();
    let mut m = meeting("2025-04-06", vec![row("1", "present", "50"), row("2", "late", "५०"), row("3", "absent", ""), row("4", "absent-with-leave", "50")]);
    m.minutes.agenda.push("बचत".into());
    m.loans.push(LoanInput { member: "5".into(), amount: "3,000".into(), purpose: "बकरी".into(), guarantors: vec!["6".into()], ..Default::default() });
    m.group.push(app::GroupLineInput { kind: "expense".into(), head: Some("stationery".into()), amount: "20".into(), note: String::new() });
    // Cash in hand (1,000 + 150 savings + 7 fines) cannot pay a 3,000 loan: the bank pays in.
    m.group.push(app::GroupLineInput { kind: "bank-withdrawal".into(), head: None, amount: "3000".into(), note: String::new() });
    let saved = app::meeting_record(&mut f.store, &f.ctx, &m).unwrap();
    assert_eq!(saved.voucher, "2025-26/0002");
    assert_eq!(saved.loans, vec![1]);
    let b = f.store.read();
    // 1,000 + 150 savings + 2 late fine + 3,000 from the bank − 3,000 loan − 20 = 1,132. The
    // absent member's fine of 5 is owed, not cash: she was not there to pay it (issue 15).
    assert_eq!(b.account_balance(1, code::CASH, None, None, None).unwrap(), Money::units(1132));
    assert_eq!(b.account_balance(1, code::FINES_RECEIVABLE, None, None, None).unwrap(), Money::units(5));
    assert_eq!(b.account_balance(1, code::BANK, None, None, None).unwrap(), Money::units(2000));
    assert_eq!(b.attendance(1).unwrap().len(), 4);
    assert_eq!(b.minutes(1).unwrap().len(), 1);
    let report = app::check_book(&f.store, None).unwrap();
    assert!(report.ok(), "{:?}", report.findings);
}

#[test]
fn cash_cannot_go_below_zero() {
    let mut f = shg();
    let mut m = meeting("2025-04-06", vec![row("1", "present", "50")]);
    m.loans.push(LoanInput { member: "5".into(), amount: "2000".into(), guarantors: vec!["6".into()], ..Default::default() });
    refused(&mut f, &m, "error-cash-below-zero");
}

#[test]
fn bad_amounts_and_dates_are_refused_and_change_nothing() {
    let mut f = shg();
    refused(&mut f, &meeting("2025-04-06", vec![row("1", "present", "5O")]), "error-invalid-amount");
    refused(&mut f, &meeting("2025-04-06", vec![row("1", "present", "-50")]), "error-negative-amount");
    refused(&mut f, &meeting("2025-04-06", vec![row("1", "present", "50.005")]), "error-too-many-decimals");
    refused(&mut f, &meeting("2025-10-01", vec![row("1", "present", "50")]), "error-date-in-future");
    refused(&mut f, &meeting("2024-12-01", vec![row("1", "present", "50")]), "error-date-before-formation");
    refused(&mut f, &meeting("2025-03-30", vec![row("1", "present", "50")]), "error-date-before-opening");
    refused(&mut f, &meeting("2025-13-40", vec![row("1", "present", "50")]), "error-invalid-date");
    refused(&mut f, &meeting("2025-04-06", vec![row("99", "present", "50")]), "error-unknown-member");
    refused(&mut f, &meeting("2025-04-06", vec![row("1", "present", "50"), row("1", "present", "50")]), "error-member-listed-twice");
    refused(&mut f, &meeting("2025-04-06", vec![row("1", "sleeping", "50")]), "error-invalid-choice");
}

#[test]
fn native_digits_and_grouping_are_accepted() {
    let mut f = shg();
    let m = meeting("2025-04-06", vec![row("1", "present", "१,०००"), row("2", "present", "৫০"), row("3", "present", "๕๐.๕๐")]);
    app::meeting_record(&mut f.store, &f.ctx, &m).unwrap();
    let b = f.store.read();
    assert_eq!(-b.account_balance(1, code::MEMBER_SAVINGS, Some(1), None, None).unwrap(), Money::units(2000));
    assert_eq!(-b.account_balance(1, code::MEMBER_SAVINGS, Some(3), None, None).unwrap(), Money::from_minor(105050));
}

#[test]
fn a_second_meeting_on_the_same_date_is_refused_until_the_first_is_reversed() {
    let mut f = shg();
    let m = meeting("2025-04-06", vec![row("1", "present", "50")]);
    let first = app::meeting_record(&mut f.store, &f.ctx, &m).unwrap();
    refused(&mut f, &m, "error-meeting-already-recorded");
    app::reverse(&mut f.store, &f.ctx, &app::ReverseInput { org: "shg".into(), voucher: first.voucher.clone(), reason: "wrong date".into(), ..Default::default() }).unwrap();
    app::meeting_record(&mut f.store, &f.ctx, &m).unwrap();
    assert!(app::check_book(&f.store, None).unwrap().ok());
}

#[test]
fn loan_rules_cap_guarantors_and_membership() {
    let mut f = shg();
    // Savings 1,000 each → cap min(10,000, 3 × 1,000) = 3,000.
    let with_loan = |amount: &str, guarantors: Vec<&str>| {
        let mut m = meeting("2025-04-06", vec![]);
        m.loans.push(LoanInput { member: "5".into(), amount: amount.into(), guarantors: guarantors.into_iter().map(String::from).collect(), ..Default::default() });
        m
    };
    refused(&mut f, &with_loan("3000.01", vec!["6"]), "error-loan-above-cap");
    refused(&mut f, &with_loan("500", vec![]), "error-too-few-guarantors");
    refused(&mut f, &with_loan("500", vec!["5"]), "error-invalid-guarantor");
    refused(&mut f, &with_loan("500", vec!["42"]), "error-unknown-member");
    let err = app::meeting_record(&mut f.store, &f.ctx, &with_loan("3000.01", vec!["6"])).unwrap_err();
    match err {
        Error::Domain(Refusal::LoanAboveCap { amount, cap, .. }) => {
            assert_eq!(amount, Money::from_minor(300001));
            assert_eq!(cap, Money::units(3000));
        }
        other => panic!("{other:?}"),
    }
    app::meeting_record(&mut f.store, &f.ctx, &with_loan("500", vec!["6"])).unwrap();
}

#[test]
fn repayments_are_split_and_never_overpay() {
    let mut f = shg();
    let mut m = meeting("2025-04-06", vec![]);
    m.loans.push(LoanInput { member: "5".into(), amount: "1000".into(), guarantors: vec!["6".into()], instalments: Some("10".into()), ..Default::default() });
    app::meeting_record(&mut f.store, &f.ctx, &m).unwrap();
    // One month later: instalment 1 due = 100 principal + 20 interest (2 % flat on 1,000).
    let mut pay = |amount: &str, date: &str| {
        let mut m = meeting(date, vec![]);
        m.members.push(app::MeetingMemberRow { member: "5".into(), attendance: "present".into(), repayment: Some(amount.into()), ..Default::default() });
        app::meeting_record(&mut f.store, &f.ctx, &m)
    };
    // Prepayment is not allowed by these by-laws: more than the 120 due is refused.
    assert_eq!(pay("121", "2025-05-06").unwrap_err().code(), "error-prepayment-not-allowed");
    pay("120", "2025-05-06").unwrap();
    let b = f.store.read();
    assert_eq!(b.account_balance(1, code::LOANS_TO_MEMBERS, None, Some(1), None).unwrap(), Money::units(900));
    assert_eq!(-b.account_balance(1, code::INTEREST_INCOME, None, Some(1), None).unwrap(), Money::units(20));
    assert!(app::check_book(&f.store, None).unwrap().ok());
}

#[test]
fn replaying_a_client_id_has_exactly_one_effect() {
    let mut f = shg();
    let mut m = meeting("2025-04-06", vec![row("1", "present", "50")]);
    m.client_id = Some("c0ffee".into());
    let a = app::meeting_record(&mut f.store, &f.ctx, &m).unwrap();
    let before = dump(&f.path);
    let b = app::meeting_record(&mut f.store, &f.ctx, &m).unwrap();
    assert!(b.already_recorded && !a.already_recorded);
    assert_eq!(a.voucher, b.voucher);
    assert_eq!(dump(&f.path), before);
}

#[test]
fn a_reversal_restores_every_balance_and_keeps_both_vouchers() {
    let mut f = shg();
    let saved = app::meeting_record(&mut f.store, &f.ctx, &meeting("2025-04-06", vec![row("1", "present", "500")])).unwrap();
    let before: Vec<_> = f.store.read().balances(Some(1), None).unwrap();
    let err = app::reverse(&mut f.store, &f.ctx, &app::ReverseInput { org: "shg".into(), voucher: saved.voucher.clone(), reason: " ".into(), ..Default::default() }).unwrap_err();
    assert_eq!(err.code(), "error-reason-required");
    let r = app::reverse(&mut f.store, &f.ctx, &app::ReverseInput { org: "shg".into(), voucher: saved.voucher.clone(), reason: "typed 500 for 50".into(), ..Default::default() }).unwrap();
    let err = app::reverse(&mut f.store, &f.ctx, &app::ReverseInput { org: "shg".into(), voucher: saved.voucher.clone(), reason: "again".into(), ..Default::default() }).unwrap_err();
    assert_eq!(err.code(), "error-already-reversed");
    let err = app::reverse(&mut f.store, &f.ctx, &app::ReverseInput { org: "shg".into(), voucher: r.voucher.clone(), reason: "undo".into(), ..Default::default() }).unwrap_err();
    assert_eq!(err.code(), "error-cannot-reverse-reversal");
    let b = f.store.read();
    let vs = b.vouchers(1, None, None).unwrap();
    assert_eq!(vs.len(), 3);
    assert_eq!(vs[1].reversed_by, Some(vs[2].id));
    let after: Vec<_> = b.balances(Some(1), None).unwrap();
    let opening_only: Vec<_> = before.iter().map(|a| a.balance).collect();
    assert_ne!(opening_only, after.iter().map(|a| a.balance).collect::<Vec<_>>());
    assert_eq!(-b.account_balance(1, code::MEMBER_SAVINGS, Some(1), None, None).unwrap(), Money::units(1000));
    assert!(app::check_book(&f.store, None).unwrap().ok());
}

#[test]
fn the_journal_cannot_be_edited_through_sql() {
    let f = shg();
    drop(f.store);
    let c = rusqlite::Connection::open(&f.path).unwrap();
    assert!(c.execute("UPDATE posting SET amount_minor = amount_minor + 100 WHERE id = 1", []).is_err());
    assert!(c.execute("DELETE FROM voucher", []).is_err());
}

#[test]
fn an_outside_edit_is_found_by_check() {
    let f = shg();
    drop(f.store);
    let c = rusqlite::Connection::open(&f.path).unwrap();
    // Someone drops the guard and changes a member's opening savings.
    c.execute_batch(
        "DROP TRIGGER posting_no_update;
         UPDATE posting SET amount_minor = amount_minor - 10000 WHERE id = (SELECT min(id) FROM posting WHERE member_id = 2);
         UPDATE posting SET amount_minor = amount_minor + 10000 WHERE id = (SELECT min(id) FROM posting WHERE member_id = 3);",
    )
    .unwrap();
    drop(c);
    let store = samuh::store::Store::open(&f.path).unwrap();
    let r = app::check_book(&store, None).unwrap();
    assert!(r.findings.iter().any(|x| x.check == "hash-chain"), "{:?}", r.findings);
}

#[test]
fn migrations_are_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("half.samuh");
    {
        // A book marked as ours at version 0 whose migration will hit a conflicting table.
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute_batch("PRAGMA application_id = 1398893941; CREATE TABLE posting(x);").unwrap();
    }
    assert!(samuh::store::Store::open(&path).is_err());
    let c = rusqlite::Connection::open(&path).unwrap();
    let v: i64 = c.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    let orgs: i64 = c.query_row("SELECT count(*) FROM sqlite_schema WHERE name = 'organisation'", [], |r| r.get(0)).unwrap();
    assert_eq!((v, orgs), (0, 0), "a failed migration left part of the schema behind");
}

#[test]
fn setup_commands_replayed_with_their_client_id_have_one_effect() {
    let mut f = shg();
    let input = app::MemberInput { org: "shg".into(), admission_no: "7".into(), name: "सलमा खातून".into(), joined_on: "2025-02-02".into(), client_id: Some("add-7".into()), ..Default::default() };
    let first = app::member_add(&mut f.store, &f.ctx, &input).unwrap();
    let before = dump(&f.path);
    assert_eq!(app::member_add(&mut f.store, &f.ctx, &input).unwrap(), first);
    assert_eq!(dump(&f.path), before);
    let policy = app::PolicyInput { org: "shg".into(), effective_from: "2025-06-01".into(), fine_absent: Some("10".into()), client_id: Some("bylaw-2".into()), ..Default::default() };
    let v = app::policy_set(&mut f.store, &f.ctx, &policy).unwrap();
    assert_eq!(app::policy_set(&mut f.store, &f.ctx, &policy).unwrap(), v);
    assert_eq!(f.store.read().policies(1).unwrap().len(), 2);
}

/// A meeting entered late from paper (dated between meetings already in the book) repays the loan
/// of its own day, not a loan given since; and a repayment may not go before a later repayment of
/// the same loan that still stands (that one was split without it), until the later one is reversed.
#[test]
fn a_back_dated_repayment_finds_the_loan_of_its_day_and_keeps_date_order() {
    let mut f = shg();
    let repay = |date: &str, amount: &str, loan: Option<&str>| {
        let mut m = meeting(date, vec![]);
        let row = app::MeetingMemberRow { member: "5".into(), attendance: "present".into(), repayment: Some(amount.into()), loan: loan.map(String::from), ..Default::default() };
        m.members.push(row);
        m
    };
    let due = |f: &Fixture, on: &str| {
        let form = app::meeting_form(&f.store, &f.ctx, "shg", on, samuh::i18n::Locale::new(samuh::i18n::Lang::En)).unwrap();
        form.rows.into_iter().find(|r| r.member == "5").and_then(|r| r.loan).map(|l| (l.number, l.due)).unwrap()
    };
    // Loan 1: ₹1,000 in two monthly instalments (₹520 due on 6 May, ₹520 on 6 June).
    let mut m = meeting("2025-04-06", vec![]);
    m.loans.push(LoanInput { member: "5".into(), amount: "1000".into(), guarantors: vec!["6".into()], instalments: Some("2".into()), ..Default::default() });
    app::meeting_record(&mut f.store, &f.ctx, &m).unwrap();
    // 8 June: everything owed is repaid (the May meeting is not in the book yet), loan 1 closes.
    let (number, owed) = due(&f, "2025-06-08");
    assert_eq!(number, 1);
    let june = app::meeting_record(&mut f.store, &f.ctx, &repay("2025-06-08", &owed, None)).unwrap();
    // 15 June: loan 2, paid from the bank.
    let mut m = meeting("2025-06-15", vec![]);
    m.loans.push(LoanInput { member: "5".into(), amount: "500".into(), guarantors: vec!["6".into()], ..Default::default() });
    m.group.push(app::GroupLineInput { kind: "bank-withdrawal".into(), head: None, amount: "500".into(), note: String::new() });
    app::meeting_record(&mut f.store, &f.ctx, &m).unwrap();
    let loan_balance = |f: &Fixture, id: i64| f.store.read().account_balance(1, code::LOANS_TO_MEMBERS, None, Some(id), None).unwrap();
    assert!(loan_balance(&f, 1).is_zero());

    // The missed 11 May meeting, from paper: ₹520 paid on loan 1 (the loan of that day). The
    // June repayment was split without it and closed the loan: refused, whether or not the row
    // names the loan, with the way out in the message.
    assert_eq!(due(&f, "2025-05-11"), (1, "520.00".to_string()));
    for loan in [None, Some("1")] {
        refused(&mut f, &repay("2025-05-11", "520", loan), "error-repaid-later");
    }
    let err = app::meeting_record(&mut f.store, &f.ctx, &repay("2025-05-11", "520", None)).unwrap_err();
    assert!(matches!(&err, Error::RepaidLater { date, .. } if *date == d("2025-06-08")), "{err:?}");
    let text = samuh::i18n::Localizer::new(samuh::i18n::Locale::new(samuh::i18n::Lang::En)).error(&err);
    assert!(text.contains("Reverse the later repayment first"), "{text}");
    // Loan 2 did not exist on 11 May: naming it is refused, not taken for loan 1.
    refused(&mut f, &repay("2025-05-11", "520", Some("2")), "error-loan-not-active");

    // Reverse the June repayment on its own date, enter May then June again in date order: both
    // go to loan 1, loan 2 is untouched.
    let reversal = app::ReverseInput { org: "shg".into(), voucher: june.voucher.clone(), date: Some("2025-06-08".into()), reason: "May meeting missed".into(), ..Default::default() };
    app::reverse(&mut f.store, &f.ctx, &reversal).unwrap();
    app::meeting_record(&mut f.store, &f.ctx, &repay("2025-05-11", "520", None)).unwrap();
    assert_eq!((loan_balance(&f, 1), loan_balance(&f, 2)), (Money::units(500), Money::units(500)));
    let (number, owed) = due(&f, "2025-06-08");
    assert_eq!((number, owed.as_str()), (1, "520.00"));
    app::meeting_record(&mut f.store, &f.ctx, &repay("2025-06-08", &owed, None)).unwrap();
    assert_eq!((loan_balance(&f, 1), loan_balance(&f, 2)), (Money::ZERO, Money::units(500)));
    assert!(app::check_book(&f.store, None).unwrap().ok());
}
