//! The meeting page's view models (issue 12): the repayment box's "due · owes" line and the
//! figure its "paid as due" key puts in, refusals placed where their cause is (an unmarked
//! member, an empty loan amount, a cash shortfall at the footer with its fix), the footer's cash
//! sum, and a recorded meeting read back exactly as it was saved. Figures are worked out by hand
//! from the test group of `samuh::testkit` (₹1,000 cash and ₹5,000 in the bank at 2025-04-01,
//! ₹50 saving a meeting, fines ₹5 absent and ₹2 late, loans 2 %/month flat, 10 monthly
//! instalments, one guarantor).
mod common;

use common::{dump, shg};
use samuh::app::{self, GroupLineInput, LoanInput, MeetingInput, MeetingMemberRow, MinutesInput};
use samuh::i18n::{Lang, Locale};

const EN: fn() -> Locale = || Locale::new(Lang::En);

fn present(member: &str) -> MeetingMemberRow {
    MeetingMemberRow { member: member.into(), attendance: "present".into(), savings: Some("50".into()), ..Default::default() }
}

/// The meeting of 2025-09-07: the six members present (₹50 each), and a loan of ₹3,000 to
/// member 1 guaranteed by member 2.
fn with_loan() -> MeetingInput {
    MeetingInput {
        org: "shg".into(),
        date: "2025-09-07".into(),
        members: (1..=6).map(|k| present(&k.to_string())).collect(),
        loans: vec![LoanInput { member: "1".into(), amount: "3000".into(), guarantors: vec!["2".into()], purpose: "goat".into(), ..Default::default() }],
        ..Default::default()
    }
}

#[test]
fn a_loan_bigger_than_the_cash_is_a_shortfall_at_the_footer_and_its_fix_balances_it() {
    let mut f = shg();
    let before = dump(&f.path);
    let p = app::meeting_preview(&mut f.store, &f.ctx, &with_loan(), EN()).unwrap();
    // Cash 1,000.00 + savings 6 × 50.00 = 1,300.00; the loan 3,000.00 is 1,700.00 more.
    assert!(!p.ok);
    assert_eq!(p.errors.len(), 1, "{:?}", p.errors);
    assert_eq!((p.errors[0].field_path.as_str(), p.errors[0].code.as_str()), ("shortfall", "error-cash-below-zero"));
    let s = p.shortfall.expect("a shortfall");
    assert_eq!(s.amount, "1700.00");
    assert_eq!(s.text, "Cash in hand is short by ₹1,700.00: the new loans of ₹3,000.00 are more than the cash there is.");
    assert_eq!(s.fix, "Alt+W: record a bank withdrawal of ₹1,700.00");
    assert_eq!(p.totals.cash_open, "₹1,000.00", "the opening cash is shown even while refused");
    // The footer's sum is shown with the shortfall: 1,000.00 + 300.00 received − 3,000.00 lent
    // = −1,700.00, exactly the shortfall the fix withdraws.
    assert_eq!((p.totals.cash_in.as_str(), p.totals.cash_out.as_str(), p.totals.cash_expected.as_str()), ("₹300.00", "₹3,000.00", "-₹1,700.00"));
    // The fix: a bank withdrawal of exactly the shortfall. Then 1,000.00 + (300.00 + 1,700.00)
    // − 3,000.00 = 0.00 in the box.
    let mut fixed = with_loan();
    fixed.group.push(GroupLineInput { kind: "bank-withdrawal".into(), amount: s.amount.clone(), ..Default::default() });
    let p = app::meeting_preview(&mut f.store, &f.ctx, &fixed, EN()).unwrap();
    assert!(p.ok, "{:?}", p.errors);
    assert!(p.shortfall.is_none());
    assert_eq!((p.totals.cash_open.as_str(), p.totals.cash_in.as_str(), p.totals.cash_out.as_str(), p.totals.cash_expected.as_str()), ("₹1,000.00", "₹2,000.00", "₹3,000.00", "₹0.00"));
    assert_eq!(dump(&f.path), before, "previews save nothing");
}

#[test]
fn an_unmarked_member_and_an_empty_loan_amount_are_said_beside_their_boxes() {
    let mut f = shg();
    let before = dump(&f.path);
    let mut i = with_loan();
    i.members[2] = MeetingMemberRow { member: "3".into(), ..Default::default() };
    i.loans[0].amount = " ".into();
    let p = app::meeting_preview(&mut f.store, &f.ctx, &i, EN()).unwrap();
    let got: Vec<(&str, &str, &str)> = p.errors.iter().map(|e| (e.field_path.as_str(), e.code.as_str(), e.message.as_str())).collect();
    assert_eq!(got, vec![
        ("members.2.attendance", "error-attendance-not-marked", "The attendance of 3 is not marked. Press P (present), L (late), A (absent) or V (on leave) in that row."),
        ("loans.0.amount", "error-loan-amount-required", "Enter the loan amount, or remove this loan row."),
    ]);
    // While members are still unmarked the rest is checked all the same: the loan above the cap
    // (3 × member 1's savings of 1,000.00 + 50.00 = 3,150.00 < 3,500.00) is said beside it.
    let mut typing = with_loan();
    typing.members[2].attendance.clear();
    typing.loans[0].amount = "3500".into();
    typing.group.push(GroupLineInput { kind: "bank-withdrawal".into(), amount: "3000".into(), ..Default::default() });
    let p = app::meeting_preview(&mut f.store, &f.ctx, &typing, EN()).unwrap();
    let got: Vec<(&str, &str)> = p.errors.iter().map(|e| (e.field_path.as_str(), e.code.as_str())).collect();
    assert_eq!(got, vec![("members.2.attendance", "error-attendance-not-marked"), ("loans.0.amount", "error-loan-above-cap")]);
    // Nobody marked yet, nothing typed: only the marks are asked for.
    let blank = MeetingInput { org: "shg".into(), date: "2025-09-07".into(), members: (1..=6).map(|k| MeetingMemberRow { member: k.to_string(), ..Default::default() }).collect(), ..Default::default() };
    let p = app::meeting_preview(&mut f.store, &f.ctx, &blank, EN()).unwrap();
    assert!(p.errors.iter().all(|e| e.code == "error-attendance-not-marked") && p.errors.len() == 6, "{:?}", p.errors);
    assert_eq!(p.totals.cash_expected, "₹1,000.00", "the footer adds up while the page is typed");
    // In Hindi, in Hindi.
    let p = app::meeting_preview(&mut f.store, &f.ctx, &i, Locale::new(Lang::Hi)).unwrap();
    assert_eq!(p.errors[1].message, "ऋण की राशि लिखें, या ऋण की यह पंक्ति हटा दें।");
    assert_eq!(dump(&f.path), before);
}

#[test]
fn the_repayment_box_starts_empty_with_what_is_due_and_owed_beside_it() {
    let mut f = shg();
    let mut i = with_loan();
    i.group.push(GroupLineInput { kind: "bank-withdrawal".into(), amount: "2000".into(), ..Default::default() });
    app::meeting_record(&mut f.store, &f.ctx, &i).unwrap();
    // A week later nothing is due (the first instalment falls on 07-10-2025): the key pays the
    // next instalment, 3,000.00 / 10 = 300.00 principal + 2 % × 3,000.00 = 60.00 interest.
    let form = app::meeting_form(&f.store, &f.ctx, "shg", "2025-09-14", EN()).unwrap();
    let loan = form.rows[0].loan.as_ref().expect("member 1 has a running loan");
    assert_eq!(loan.due, "360.00");
    assert_eq!(loan.owes_display, "₹3,000.00", "the principal; no interest is due yet");
    assert!(loan.due_text.starts_with("next ₹360.00 on ") && loan.due_text.ends_with("October 2025 · owes ₹3,000.00"), "{}", loan.due_text);
    assert!(form.rows[1..].iter().all(|r| r.loan.is_none()));
    // After the due date, unpaid: due 360.00 now (the by-laws charge no late fine here).
    let form = app::meeting_form(&f.store, &f.ctx, "shg", "2025-10-12", EN()).unwrap();
    let loan = form.rows[0].loan.as_ref().unwrap();
    assert_eq!(loan.due, "360.00");
    assert!(loan.due_text.starts_with("due ₹360.00 · owes ₹3,"), "{}", loan.due_text);
}

#[test]
fn a_recorded_meeting_reads_back_exactly_as_it_was_saved() {
    let mut f = shg();
    assert!(app::meeting_saved(&f.store, &f.ctx, "shg", "2025-09-07", EN()).unwrap().is_none(), "nothing that day yet");
    let mut i = with_loan();
    i.members[2] = MeetingMemberRow { member: "3".into(), attendance: "absent".into(), ..Default::default() };
    i.members[3] = MeetingMemberRow { member: "4".into(), attendance: "absent-with-leave".into(), ..Default::default() };
    i.members[4] = MeetingMemberRow { member: "5".into(), attendance: "late".into(), savings: Some("80".into()), ..Default::default() };
    i.group.push(GroupLineInput { kind: "bank-withdrawal".into(), amount: "2000".into(), ..Default::default() });
    i.minutes = MinutesInput { agenda: vec!["Loan for a goat".into()], ..Default::default() };
    app::meeting_record(&mut f.store, &f.ctx, &i).unwrap();
    let m = app::meeting_saved(&f.store, &f.ctx, "shg", "07-09-2025", EN()).unwrap().expect("the meeting");
    assert_eq!(m.title, "Meeting of 7 September 2025 saved");
    assert_eq!(m.vouchers.len(), 1);
    let rows: Vec<(&str, &str, &str, &str, &str)> = m.rows.iter().map(|r| (r.member.as_str(), r.attendance.as_str(), r.savings.as_str(), r.fine.as_str(), r.loan.as_str())).collect();
    assert_eq!(rows, vec![
        ("1", "present", "₹50.00", "", "₹3,000.00"),
        ("2", "present", "₹50.00", "", ""),
        // Issue 15: an absent member's fine is owed, not cash received.
        ("3", "absent", "", "owed ₹5.00", ""),
        ("4", "absent-with-leave", "", "", ""),
        ("5", "late", "₹80.00", "₹2.00", ""),
        ("6", "present", "₹50.00", "", ""),
    ]);
    assert!(m.rows.iter().all(|r| r.repayment.is_empty() && r.withdrawal.is_empty()));
    assert_eq!(m.group.iter().map(|g| (g.label.as_str(), g.amount.as_str())).collect::<Vec<_>>(), vec![("Withdrawn from bank", "₹2,000.00")]);
    assert_eq!(m.minutes, vec!["Loan for a goat".to_string()]);
    // Member 4 moved no money: her passbook did not change.
    assert_eq!(m.passbooks, vec!["1", "2", "3", "5", "6"]);
    assert_eq!(m.book_code.len(), 9);
    // "Correct this meeting": reversed on its own date, then recorded again from what the receipt holds, it
    // makes the same figures (the input round-trips through the book).
    let again = m.input.clone();
    assert_eq!(again.members.iter().map(|r| (r.member.as_str(), r.savings.as_deref(), r.fine.as_deref())).collect::<Vec<_>>(), vec![
        ("1", Some("50.00"), Some("0.00")),
        ("2", Some("50.00"), Some("0.00")),
        // Her box empty, so that saving again owes her fine again (never cash).
        ("3", None, None),
        ("4", None, Some("0.00")),
        ("5", Some("80.00"), Some("2.00")),
        ("6", Some("50.00"), Some("0.00")),
    ]);
    assert_eq!((again.loans[0].member.as_str(), again.loans[0].amount.as_str(), again.loans[0].guarantors.clone()), ("1", "3000.00", vec!["2".to_string()]));
    assert_eq!((again.group[0].kind.as_str(), again.group[0].amount.as_str()), ("bank-withdrawal", "2000.00"));
    assert_eq!(again.minutes.agenda, vec!["Loan for a goat".to_string()]);
    app::meeting_reverse(&mut f.store, &f.ctx, &app::MeetingReverseInput { org: "shg".into(), meeting: "2025-09-07".into(), reason: "typed twice".into(), date: Some("2025-09-07".into()), ..Default::default() }).unwrap();
    assert!(app::meeting_saved(&f.store, &f.ctx, "shg", "2025-09-07", EN()).unwrap().is_none(), "a reversed meeting no longer stands");
    app::meeting_record(&mut f.store, &f.ctx, &again).unwrap();
    let m2 = app::meeting_saved(&f.store, &f.ctx, "shg", "2025-09-07", EN()).unwrap().expect("recorded again");
    assert_eq!(m2.rows, m.rows);
    assert_eq!(m2.group, m.group);
}

#[test]
fn an_absent_members_fine_box_stays_empty_and_her_row_says_what_she_owes() {
    let f = shg();
    let form = app::meeting_form(&f.store, &f.ctx, "shg", "2025-09-07", EN()).unwrap();
    let fines: Vec<(&str, &str)> = form.attendance.iter().map(|a| (a.code.as_str(), a.fine.as_str())).collect();
    // The by-laws: ₹2 late (paid in cash at the meeting, so in the box), ₹5 absent (owed: the
    // box stays empty and the row says so).
    assert_eq!(fines, vec![("present", ""), ("late", "2.00"), ("absent-with-leave", ""), ("absent", "")]);
    assert_eq!(form.absent_owed_text, "owed ₹5.00");
    let hi = app::meeting_form(&f.store, &f.ctx, "shg", "2025-09-07", Locale::new(Lang::Hi)).unwrap();
    assert_eq!(hi.absent_owed_text, "बकाया ₹5.00");
}

#[test]
fn the_save_itself_says_an_unmarked_member_or_an_empty_loan_amount_in_words_and_changes_nothing() {
    let mut f = shg();
    let before = dump(&f.path);
    let mut i = with_loan();
    i.group.push(GroupLineInput { kind: "bank-withdrawal".into(), amount: "2000".into(), ..Default::default() });
    i.members[2].attendance = " ".into();
    let e = app::meeting_record(&mut f.store, &f.ctx, &i).unwrap_err();
    assert_eq!(e.code(), "error-attendance-not-marked");
    let mut i = with_loan();
    i.loans[0].amount = String::new();
    let e = app::meeting_record(&mut f.store, &f.ctx, &i).unwrap_err();
    assert_eq!(e.code(), "error-loan-amount-required");
    assert_eq!(samuh::i18n::Localizer::new(Locale::new(Lang::Th)).error(&e), "กรอกจำนวนเงินกู้ หรือลบแถวเงินกู้นี้");
    assert_eq!(dump(&f.path), before, "refused: nothing saved");
}

#[test]
fn a_refusal_after_an_unmarked_member_is_placed_on_its_own_row_and_the_footer_still_adds_up() {
    let mut f = shg();
    let mut i = with_loan();
    i.loans.clear();
    // Member 3 not yet marked; member 5 (row 4) withdraws more than her savings.
    i.members[2].attendance.clear();
    i.members[4].withdrawal = Some("99999".into());
    let p = app::meeting_preview(&mut f.store, &f.ctx, &i, EN()).unwrap();
    let got: Vec<(&str, &str)> = p.errors.iter().map(|e| (e.field_path.as_str(), e.code.as_str())).collect();
    assert_eq!(got[0], ("members.2.attendance", "error-attendance-not-marked"));
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "members.4.withdrawal", "row 4 of the form, not row 3 of the rows checked");
    // Without the withdrawal, the five marked members' savings: 1,000.00 + 5 × 50.00 = 1,250.00.
    i.members[4].withdrawal = None;
    let p = app::meeting_preview(&mut f.store, &f.ctx, &i, EN()).unwrap();
    assert_eq!((p.totals.cash_open.as_str(), p.totals.cash_in.as_str(), p.totals.cash_out.as_str(), p.totals.cash_expected.as_str()), ("₹1,000.00", "₹250.00", "₹0.00", "₹1,250.00"));
}

/// A meeting of the test group on `on`: the six members present (₹50 each), nothing else.
fn all_present(on: &str) -> MeetingInput {
    MeetingInput { org: "shg".into(), date: on.into(), members: (1..=6).map(|k| present(&k.to_string())).collect(), ..Default::default() }
}

#[test]
fn the_agenda_reviews_the_previous_decisions_and_asks_how_the_loans_were_used() {
    use samuh::app::{DecisionReview, LoanUseInput};
    let mut f = shg();
    f.ctx = common::ctx("2025-10-31");
    // 07-09-2025: loan 1 of ₹3,000.00 to member 1 for a goat, and two decisions.
    let mut i = with_loan();
    i.group.push(GroupLineInput { kind: "bank-withdrawal".into(), amount: "2000".into(), ..Default::default() });
    i.minutes.resolutions = vec!["Buy a register".into(), "Visit the bank".into()];
    app::meeting_record(&mut f.store, &f.ctx, &i).unwrap();
    // A week later: the two decisions; the loan is a week old (one month before is 14-08), not
    // asked yet.
    let a = app::meeting_agenda(&f.store, &f.ctx, "shg", "2025-09-14", EN()).unwrap();
    assert_eq!(a.previous, "07-09-2025");
    assert_eq!(a.decisions.iter().map(|d| (d.decision.as_str(), d.carried.as_str())).collect::<Vec<_>>(), vec![("Buy a register", ""), ("Visit the bank", "")]);
    assert!(a.loans.is_empty());
    assert_eq!(a.statuses.iter().map(|c| c.label.as_str()).collect::<Vec<_>>(), vec!["Done", "Pending", "Dropped"]);
    let mut m = all_present("2025-09-14");
    m.minutes.decisions = vec![
        DecisionReview { decision: "Buy a register".into(), status: "done".into() },
        DecisionReview { decision: "Visit the bank".into(), status: "pending".into() },
    ];
    app::meeting_record(&mut f.store, &f.ctx, &m).unwrap();
    // 07-10-2025: no decisions at 14-09, the pending one carried; the loan given 07-09 is in the
    // window 07-07 … 07-09 (one to three months before, both ends included).
    let a = app::meeting_agenda(&f.store, &f.ctx, "shg", "2025-10-07", EN()).unwrap();
    assert_eq!(a.decisions.iter().map(|d| (d.decision.as_str(), d.carried.as_str())).collect::<Vec<_>>(), vec![("Visit the bank", "pending since the meeting of 14 September 2025")]);
    assert_eq!(a.loans.len(), 1);
    assert_eq!(a.loans[0].loan, "1");
    assert_eq!(a.loans[0].question, "Was loan 1 (₹3,000.00 to 1 सुनीता देवी on 7 September 2025, for: goat) used for that purpose?");
    let hi = app::meeting_agenda(&f.store, &f.ctx, "shg", "2025-10-07", Locale::new(Lang::Hi)).unwrap();
    assert_eq!(hi.answers.iter().map(|c| c.label.as_str()).collect::<Vec<_>>(), vec!["हाँ", "कुछ हद तक", "नहीं"]);
    // A wrong answer or a loan that does not exist: said on its box, nothing saved.
    let before = dump(&f.path);
    let mut m = all_present("2025-10-07");
    m.minutes.loan_uses = vec![LoanUseInput { loan: "1".into(), answer: "maybe".into(), note: String::new() }];
    let p = app::meeting_preview(&mut f.store, &f.ctx, &m, EN()).unwrap();
    assert_eq!(p.errors.iter().map(|e| (e.field_path.as_str(), e.code.as_str())).collect::<Vec<_>>(), vec![("minutes.loan_uses.0.answer", "error-invalid-choice")]);
    assert_eq!(app::meeting_record(&mut f.store, &f.ctx, &m).unwrap_err().code(), "error-invalid-choice");
    m.minutes.loan_uses = vec![LoanUseInput { loan: "9".into(), answer: "yes".into(), note: String::new() }];
    assert_eq!(app::meeting_record(&mut f.store, &f.ctx, &m).unwrap_err().code(), "error-unknown-loan");
    assert_eq!(dump(&f.path), before, "refused: nothing saved");
    // Answered: partly, with a note. It is asked no more, and the loan register shows it.
    m.minutes.loan_uses = vec![LoanUseInput { loan: "1".into(), answer: "partly".into(), note: "half went to the goat".into() }];
    app::meeting_record(&mut f.store, &f.ctx, &m).unwrap();
    let a = app::meeting_agenda(&f.store, &f.ctx, "shg", "2025-10-14", EN()).unwrap();
    assert!(a.loans.is_empty(), "answered once, asked no more");
    assert!(a.decisions.is_empty(), "07-10 left no decision (the pending one was not marked again)");
    let r = app::report_view(&f.store, &f.ctx, &app::ReportParams { org: "shg".into(), name: "loan-register".into(), to: Some("2025-10-14".into()), ..Default::default() }, EN()).unwrap();
    let col = r.sections[0].columns.iter().position(|c| c.label == "Used for its purpose?").expect("the column");
    assert_eq!(r.sections[0].rows[0][col], "Partly: half went to the goat");

    // The meeting that answered is reversed (typed on the wrong day): its answer no longer
    // stands, so the loan is asked again and the register no longer shows it.
    app::meeting_reverse(&mut f.store, &f.ctx, &app::MeetingReverseInput { org: "shg".into(), meeting: "2025-10-07".into(), reason: "wrong day".into(), date: Some("2025-10-08".into()), ..Default::default() }).unwrap();
    let a = app::meeting_agenda(&f.store, &f.ctx, "shg", "2025-10-14", EN()).unwrap();
    assert_eq!(a.loans.iter().map(|l| l.loan.as_str()).collect::<Vec<_>>(), vec!["1"], "asked again");
    let r = app::report_view(&f.store, &f.ctx, &app::ReportParams { org: "shg".into(), name: "loan-register".into(), to: Some("2025-10-14".into()), ..Default::default() }, EN()).unwrap();
    assert_eq!(r.sections[0].rows[0][col], "");
}

#[test]
fn the_home_card_says_where_the_books_stand_today() {
    use samuh::i18n::Localizer;
    let mut f = shg();
    let card = |f: &common::Fixture, lang: Lang| app::book_overview(&f.store, &f.ctx, Locale::new(lang)).unwrap().orgs.into_iter().find(|o| o.code == "shg").unwrap();
    let figures = |c: &app::OrgSummary| (c.last_meeting.clone(), c.cash.clone(), c.bank.clone(), c.overdue_loans.clone());
    // Before any meeting: the opening balances (₹1,000 cash, ₹5,000 in the bank), no loan.
    assert_eq!(figures(&card(&f, Lang::En)), (String::new(), "₹1,000.00".into(), "₹5,000.00".into(), "0".into()));
    // The meeting of 6 April 2025: members 1 and 2 save ₹50 each, 3 to 6 are absent (their fines
    // are owed, not cash), and member 3 borrows ₹1,000 in cash, repaid monthly from 6 May: by
    // 30 September (today) five instalments have fallen due and none is paid.
    let absent = |m: &str| MeetingMemberRow { member: m.into(), attendance: "absent".into(), ..Default::default() };
    let m = MeetingInput {
        org: "shg".into(),
        date: "2025-04-06".into(),
        members: vec![present("1"), present("2"), absent("3"), absent("4"), absent("5"), absent("6")],
        loans: vec![LoanInput { member: "3".into(), amount: "1000".into(), guarantors: vec!["4".into()], purpose: "seeds".into(), ..Default::default() }],
        ..Default::default()
    };
    app::meeting_record(&mut f.store, &f.ctx, &m).unwrap();
    // Cash 1,000.00 + 2 × 50.00 − 1,000.00 = 100.00; the bank untouched; one loan overdue.
    let held = common::d("2025-04-06");
    let en = card(&f, Lang::En);
    assert_eq!(figures(&en), (Localizer::new(EN()).date(held), "₹100.00".into(), "₹5,000.00".into(), "1".into()));
    assert_eq!(card(&f, Lang::Hi).last_meeting, Localizer::new(Locale::new(Lang::Hi)).date(held), "the date as a Hindi reader writes it");
    // The meeting reversed: no meeting stands, the cash is back, the loan was never given.
    let arrears = |f: &common::Fixture| app::report(&f.store, &f.ctx, &app::ReportParams { org: "shg".into(), name: "arrears".into(), ..Default::default() }).unwrap().sections[0].rows.len();
    assert_eq!(arrears(&f), 1, "member 3's loan is in arrears");
    app::meeting_reverse(&mut f.store, &f.ctx, &app::MeetingReverseInput { org: "shg".into(), meeting: "2025-04-06".into(), reason: "wrong group".into(), ..Default::default() }).unwrap();
    assert_eq!(figures(&card(&f, Lang::En)), (String::new(), "₹1,000.00".into(), "₹5,000.00".into(), "0".into()));
    // A loan never given is in arrears nowhere.
    assert_eq!(arrears(&f), 0);
}

/// Correcting a meeting keeps an earlier fine she paid apart from that meeting's own fine: read
/// back as one, saving again would have counted the earlier fine as new fine income and left it
/// owed. Member 3 is absent on 7 September (owes ₹5, the by-laws' absent fine); on 14 September
/// she comes late (₹2 fine, paid) and pays the ₹5 she owed. Fines receivable: 5 − 5 = ₹0; fine
/// income: 5 (charged on the 7th) + 2 = ₹7. After correcting the 14th (reversed, recorded again
/// from what its receipt holds) both are the same.
#[test]
fn correcting_a_meeting_keeps_an_earlier_fine_paid_apart_from_this_meetings_fine() {
    use samuh::domain::ledger::code;
    use samuh::domain::money::Money;
    let mut f = shg();
    let mut first = MeetingInput { org: "shg".into(), date: "2025-09-07".into(), members: (1..=6).map(|k| present(&k.to_string())).collect(), ..Default::default() };
    first.members[2] = MeetingMemberRow { member: "3".into(), attendance: "absent".into(), ..Default::default() };
    app::meeting_record(&mut f.store, &f.ctx, &first).unwrap();
    let mut second = MeetingInput { org: "shg".into(), date: "2025-09-14".into(), members: (1..=6).map(|k| present(&k.to_string())).collect(), ..Default::default() };
    second.members[2] = MeetingMemberRow { member: "3".into(), attendance: "late".into(), savings: Some("50".into()), fine: Some("2".into()), fines_paid: Some("5".into()), ..Default::default() };
    app::meeting_record(&mut f.store, &f.ctx, &second).unwrap();
    let figures = |f: &common::Fixture| {
        let b = f.store.read();
        (b.account_balance(1, code::FINES_RECEIVABLE, None, None, None).unwrap(), -b.account_balance(1, code::FINE_INCOME, None, None, None).unwrap())
    };
    assert_eq!(figures(&f), (Money::ZERO, Money::units(7)));
    let m = app::meeting_saved(&f.store, &f.ctx, "shg", "2025-09-14", EN()).unwrap().unwrap();
    let r3 = m.input.members.iter().find(|r| r.member == "3").unwrap();
    assert_eq!((r3.fine.as_deref(), r3.fines_paid.as_deref()), (Some("2.00"), Some("5.00")));
    // The receipt says what she paid in fines at the meeting: 2 + 5 = ₹7.
    assert_eq!(m.rows.iter().find(|r| r.member == "3").unwrap().fine, "₹7.00");
    app::meeting_reverse(&mut f.store, &f.ctx, &app::MeetingReverseInput { org: "shg".into(), meeting: "2025-09-14".into(), reason: "savings typed wrong".into(), date: Some("2025-09-14".into()), ..Default::default() }).unwrap();
    // Reversed: her ₹5 is owed again, and only the 7th's ₹5 is income.
    assert_eq!(figures(&f), (Money::units(5), Money::units(5)));
    app::meeting_record(&mut f.store, &f.ctx, &m.input).unwrap();
    assert_eq!(figures(&f), (Money::ZERO, Money::units(7)));
}

/// "Correct this meeting" opens the form with the amounts as the reader types them: a Hindi
/// reader who chose Devanagari digits gets "५०.००", not "50.00" among her own digits, and the
/// meeting recorded again from them is the same meeting. Member 3 comes late on 14 September,
/// saves ₹50 like the others and pays the ₹2 late fine: fine income ₹2.
#[test]
fn correcting_a_meeting_reopens_it_in_the_readers_digits() {
    use samuh::domain::ledger::code;
    use samuh::domain::money::Money;
    use samuh::i18n::Digits;
    let mut f = shg();
    let mut m = MeetingInput { org: "shg".into(), date: "2025-09-14".into(), members: (1..=6).map(|k| present(&k.to_string())).collect(), cash_counted: None, ..Default::default() };
    m.members[2] = MeetingMemberRow { member: "3".into(), attendance: "late".into(), savings: Some("50".into()), fine: Some("2".into()), ..Default::default() };
    app::meeting_record(&mut f.store, &f.ctx, &m).unwrap();
    let hi = Locale::new(Lang::Hi).with_digits(Digits::Native);
    let saved = app::meeting_saved(&f.store, &f.ctx, "shg", "2025-09-14", hi).unwrap().unwrap();
    let r3 = saved.input.members.iter().find(|r| r.member == "3").unwrap();
    assert_eq!((r3.savings.as_deref(), r3.fine.as_deref()), (Some("५०.००"), Some("२.००")));
    assert_eq!(r3.member, "3", "the member is named as the book keeps her, for the form to find her row");
    let figures = |f: &common::Fixture| {
        let b = f.store.read();
        (-b.account_balance(1, code::MEMBER_SAVINGS, None, None, None).unwrap(), -b.account_balance(1, code::FINE_INCOME, None, None, None).unwrap())
    };
    let before = figures(&f);
    assert_eq!(before.1, Money::units(2));
    app::meeting_reverse(&mut f.store, &f.ctx, &app::MeetingReverseInput { org: "shg".into(), meeting: "2025-09-14".into(), reason: "typed wrong".into(), date: Some("2025-09-14".into()), ..Default::default() }).unwrap();
    app::meeting_record(&mut f.store, &f.ctx, &saved.input).unwrap();
    assert_eq!(figures(&f), before, "recorded again from the reader's digits, the same meeting");
}

#[test]
fn a_loan_term_no_schedule_can_follow_is_marked_on_its_own_box() {
    // A rate of 1,000 % is refused as the rate, beside the rate (it was marked on the
    // instalments); 600 instalments beside the instalments.
    let mut f = shg();
    let before = dump(&f.path);
    let with = |l: LoanInput| MeetingInput { loans: vec![l], ..with_loan() };
    let base = with_loan().loans[0].clone();
    let p = app::meeting_preview(&mut f.store, &f.ctx, &with(LoanInput { rate: Some("1000".into()), ..base.clone() }), EN()).unwrap();
    let rate = p.errors.iter().find(|e| e.code == "error-invalid-loan-terms").expect("the rate refused");
    assert_eq!(rate.field_path, "loans.0.rate");
    assert_eq!(rate.message, "These loan terms cannot be used: the interest rate must be from 0 to 100 %. Check the rate, the number of instalments and the dates.");
    let p = app::meeting_preview(&mut f.store, &f.ctx, &with(LoanInput { instalments: Some("600".into()), ..base }), EN()).unwrap();
    assert!(p.errors.iter().any(|e| e.code == "error-invalid-loan-terms" && e.field_path == "loans.0.instalments"), "{:?}", p.errors);
    assert_eq!(dump(&f.path), before);
}
