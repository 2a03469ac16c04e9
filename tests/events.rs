//! Life events (issue 15): the limits the by-laws set (a cap on what a member owes, a loan no
//! bigger than its fund holds, how weeks are counted), with every figure worked out by hand here.

mod common;

use common::{ctx, dump, shg};
use samuh::app::{self, DisburseInput, LoanInput, PolicyInput};
use samuh::i18n::{Lang, Locale, Localizer};
use samuh::store::Store;

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

fn loan(member: &str, amount: &str, fund: &str) -> LoanInput {
    LoanInput { member: member.into(), amount: amount.into(), fund: s(fund), ..Default::default() }
}

fn disburse(store: &mut Store, c: &app::Ctx, org: &str, date: &str, l: LoanInput) -> samuh::Result<app::Saved> {
    app::loan_disburse(store, c, &DisburseInput { org: org.into(), date: date.into(), loan: l, client_id: None })
}

/// A Thai village fund formed 2025-01-05 with three members; 100,000 baht of village-fund capital
/// in the bank and 60,000 in cash at the opening on 2025-04-01; by-laws: 6 % a year, bullet,
/// no guarantors, a cap of 20,000 baht on what a member owes.
fn village_fund(store: &mut Store, c: &app::Ctx) {
    app::org_add(store, c, &app::OrgInput {
        code: "vf".into(),
        name: "กองทุนหมู่บ้านสามขา".into(),
        kind: "village-fund".into(),
        country: "th".into(),
        meeting_frequency: "monthly".into(),
        formed_on: "2025-01-05".into(),
        place: "ร้อยเอ็ด".into(),
        ..Default::default()
    })
    .unwrap();
    for (no, name) in [(1, "สมศรี"), (2, "บุญมา"), (3, "คำปุน")] {
        app::member_add(store, c, &app::MemberInput {
            org: "vf".into(),
            admission_no: no.to_string(),
            name: name.into(),
            joined_on: "2025-01-05".into(),
            ..Default::default()
        })
        .unwrap();
    }
    app::policy_set(store, c, &PolicyInput {
        org: "vf".into(),
        effective_from: "2025-01-05".into(),
        loan_cap: s("20000"),
        guarantors_required: s("0"),
        loan_cap_scope: s("member-outstanding"),
        ..Default::default()
    })
    .unwrap();
    app::opening_record(store, c, &app::OpeningInput {
        org: "vf".into(),
        date: "2025-04-01".into(),
        cash: s("60000"),
        bank: s("40000"),
        fund_capital: s("100000"),
        surplus: s("0"),
        ..Default::default()
    })
    .unwrap();
}

#[test]
fn the_village_fund_cap_limits_what_a_member_owes_not_each_loan() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vf.samuh");
    let mut store = Store::open_or_create(&path).unwrap();
    let c = ctx("2025-09-30");
    village_fund(&mut store, &c);

    // The first loan of 20,000 is exactly the cap: 0 owed + 20,000 = 20,000 ≤ 20,000.
    disburse(&mut store, &c, "vf", "2025-04-10", loan("1", "20000", "village-fund-capital")).unwrap();

    // A second loan of 5,000 to the same member: 20,000 owed + 5,000 = 25,000 > 20,000, refused;
    // the room left is 20,000 − 20,000 = 0.
    let before = dump(&path);
    let e = disburse(&mut store, &c, "vf", "2025-05-10", loan("1", "5000", "village-fund-capital")).unwrap_err();
    assert_eq!(e.code(), "error-loan-above-member-cap");
    let args: Vec<(String, String)> = e.args().into_iter().map(|(k, v)| (k.to_string(), v.plain())).collect();
    for (k, v) in [("outstanding", "20000.00"), ("amount", "5000.00"), ("cap", "20000.00"), ("room", "0.00")] {
        assert!(args.contains(&(k.to_string(), v.to_string())), "{k} = {v} in {args:?}");
    }
    drop(store);
    assert_eq!(dump(&path), before, "a refused loan changes nothing");
    let mut store = Store::open_or_create(&path).unwrap();

    // Said in Thai, with what to do.
    let th = Localizer::new(Locale::new(Lang::Th)).error(&e);
    assert!(th.contains("วงเงิน") && th.contains("กรุณา"), "{th}");

    // Another member owes nothing: 0 + 5,000 ≤ 20,000.
    disburse(&mut store, &c, "vf", "2025-05-10", loan("2", "5000", "village-fund-capital")).unwrap();
    // Member 2 may still borrow 20,000 − 5,000 = 15,000 more, and not 15,000.01.
    let e = disburse(&mut store, &c, "vf", "2025-05-11", loan("2", "15000.01", "village-fund-capital")).unwrap_err();
    assert_eq!(e.code(), "error-loan-above-member-cap");
    disburse(&mut store, &c, "vf", "2025-05-11", loan("2", "15000", "village-fund-capital")).unwrap();

    // A by-law version capping each loan instead (from 2025-06-01) lets the 5,000 through: the
    // cap is compared with the new loan alone, 5,000 ≤ 20,000.
    app::policy_set(&mut store, &c, &PolicyInput {
        org: "vf".into(),
        effective_from: "2025-06-01".into(),
        loan_cap_scope: s("per-loan"),
        ..Default::default()
    })
    .unwrap();
    disburse(&mut store, &c, "vf", "2025-06-10", loan("1", "5000", "village-fund-capital")).unwrap();
}

#[test]
fn a_loan_cannot_exceed_what_its_fund_holds() {
    let mut f = shg();
    // The cap (₹10,000 or 3× savings) would refuse first; this group's by-laws drop it.
    app::policy_set(&mut f.store, &f.ctx, &PolicyInput {
        org: "shg".into(),
        effective_from: "2025-04-01".into(),
        loan_cap: s("none"),
        loan_cap_savings_multiple: s("none"),
        ..Default::default()
    })
    .unwrap();
    // The revolving fund arrives: ₹15,000 into the bank, drawn into the box the same day.
    app::meeting_record(&mut f.store, &f.ctx, &app::MeetingInput {
        org: "shg".into(),
        date: "2025-04-06".into(),
        group: vec![
            app::GroupLineInput { kind: "grant".into(), amount: "15000".into(), head: s("revolving-fund"), note: String::new() },
            app::GroupLineInput { kind: "bank-withdrawal".into(), amount: "15000".into(), head: None, note: String::new() },
        ],
        ..Default::default()
    })
    .unwrap();
    let with_guarantor = |member: &str, amount: &str, g: &str| LoanInput { guarantors: vec![g.into()], ..loan(member, amount, "revolving-fund") };

    // 40,000 from a fund of 15,000 with nothing lent: refused, 15,000 available.
    let before = dump(&f.path);
    let e = disburse(&mut f.store, &f.ctx, "shg", "2025-04-07", with_guarantor("1", "40000", "2")).unwrap_err();
    assert_eq!(e.code(), "error-loan-above-fund");
    let args: Vec<(String, String)> = e.args().into_iter().map(|(k, v)| (k.to_string(), v.plain())).collect();
    assert!(args.contains(&("available".into(), "15000.00".into())), "{args:?}");
    assert!(args.contains(&("fund".into(), "revolving-fund".into())), "{args:?}");
    let hi = Localizer::new(Locale::new(Lang::Hi)).error(&e);
    assert!(hi.contains("परिक्रामी निधि"), "{hi}");
    // 10,000 is within it; afterwards the fund holds 15,000 − 10,000 = 5,000 not lent out.
    disburse(&mut f.store, &f.ctx, "shg", "2025-04-07", with_guarantor("1", "10000", "2")).unwrap();
    let e = disburse(&mut f.store, &f.ctx, "shg", "2025-04-08", with_guarantor("3", "6000", "2")).unwrap_err();
    assert_eq!(e.code(), "error-loan-above-fund");
    assert!(e.args().iter().any(|(k, v)| *k == "available" && v.plain() == "5000.00"));
    let after_refusals = dump(&f.path);
    assert_ne!(before, after_refusals); // the 10,000 loan was saved
    // Own savings have no fund account of their own: the box and bank limit them, as before.
    disburse(&mut f.store, &f.ctx, "shg", "2025-04-08", with_guarantor("3", "5000", "2")).unwrap();
}

#[test]
fn four_weeks_to_a_month_or_the_calendar() {
    let c = ctx("2025-09-30");
    let preview = |period: Option<&str>| {
        app::loan_schedule_preview(&c, &app::ScheduleInput {
            principal: "12000".into(),
            rate: "1".into(),
            rate_period: "month".into(),
            method: "flat".into(),
            frequency: "weekly".into(),
            instalments: "4".into(),
            start: "2025-04-01".into(),
            currency: "INR".into(),
            interest_period: period.map(str::to_string),
            ..Default::default()
        })
        .unwrap()
        .1
    };
    // Four weeks to a month: 12,000 × 1 % ÷ 4 = 30.00 a week.
    let four = preview(Some("four-weeks"));
    assert!(four.instalments.iter().all(|i| i.interest.to_plain() == "30.00"), "{:?}", four.instalments);
    assert!(four.explain.iter().any(|e| e.id == "explain-period-convention" && e.args.contains(&("convention", "four-weeks".to_string()))));
    // The calendar: 12,000 × 1 % × 12 ÷ 52 = 27.6923… → 27.69 a week (the total, 4 × 27.6923 =
    // 110.769… → 110.77, puts the odd paisa in the last instalment).
    let cal = preview(None);
    assert_eq!(cal.instalments[0].interest.to_plain(), "27.69");
    assert_eq!(cal.total_interest.to_plain(), "110.77");
    assert!(cal.explain.iter().any(|e| e.id == "explain-period-convention" && e.args.contains(&("convention", "calendar".to_string()))));

    // As a by-law: a weekly loan given under it is counted four weeks to a month.
    let mut f = shg();
    app::policy_set(&mut f.store, &f.ctx, &PolicyInput {
        org: "shg".into(),
        effective_from: "2025-04-01".into(),
        interest_rate: s("1"),
        repayment_frequency: s("weekly"),
        default_instalments: s("4"),
        interest_period: s("four-weeks"),
        loan_cap: s("none"),
        loan_cap_savings_multiple: s("none"),
        ..Default::default()
    })
    .unwrap();
    // Box 1,000 + bank 5,000: draw 5,000 so the 6,000 loan can be paid out in cash.
    app::meeting_record(&mut f.store, &f.ctx, &app::MeetingInput {
        org: "shg".into(),
        date: "2025-04-06".into(),
        group: vec![app::GroupLineInput { kind: "bank-withdrawal".into(), amount: "5000".into(), head: None, note: String::new() }],
        ..Default::default()
    })
    .unwrap();
    disburse(&mut f.store, &f.ctx, "shg", "2025-04-06", LoanInput { guarantors: vec!["2".into()], ..loan("1", "6000", "own-savings") }).unwrap();
    let b = f.store.read();
    let l = b.loan_by_number(b.org_by_code("shg").unwrap().unwrap().id, 1).unwrap().unwrap();
    // 6,000 × 1 % ÷ 4 = 15.00 a week.
    let st = app::loan_state(&b, &l, common::d("2025-04-06"), samuh::domain::money::Money::ZERO).unwrap();
    assert!(st.schedule.instalments.iter().all(|i| i.interest.to_plain() == "15.00"), "{:?}", st.schedule.instalments);
}

/// The DCB row of a loan: overdue at start, demand in the period, demand, collection, balance,
/// overdue.
fn dcb_row(store: &Store, c: &app::Ctx, from: &str, to: &str, loan: i64) -> (Vec<String>, Vec<String>) {
    use samuh::reports::Cell;
    let r = app::report(store, c, &app::ReportParams { org: "shg".into(), name: "dcb".into(), member: None, from: s(from), to: s(to), sort: None }).unwrap();
    let row = r.sections.iter().flat_map(|s| &s.rows).find(|row| matches!(row.first(), Some(Cell::Count(n)) if *n == loan)).expect("loan in the DCB");
    let figures = row.iter().filter_map(|c| if let Cell::Money(m) = c { Some(m.to_plain()) } else { None }).collect();
    let notes = r.sections.iter().flat_map(|s| &s.notes).filter(|n| n.id == "note-dcb-replanned").map(|n| n.args.iter().map(|(_, a)| a.plain()).collect::<Vec<_>>().join("|")).collect();
    (figures, notes)
}

/// Overdue principal + interest, as the arrears report shows it on a day.
fn arrears_on(store: &Store, loan: i64, on: &str) -> String {
    let b = store.read();
    let org = b.org_by_code("shg").unwrap().unwrap();
    let l = b.loan_by_number(org.id, loan).unwrap().unwrap();
    let st = app::loan_state(&b, &l, common::d(on), samuh::domain::money::Money::ZERO).unwrap();
    (st.dues.principal_overdue + st.dues.interest_overdue).to_plain()
}

/// ₹3,000 to member 1 at the meeting of 6 April 2025 (member 2 her guarantor), drawn from the
/// bank.
fn lend_3000(f: &mut common::Fixture) {
    app::meeting_record(&mut f.store, &f.ctx, &app::MeetingInput {
        org: "shg".into(),
        date: "2025-04-06".into(),
        loans: vec![LoanInput { guarantors: vec!["2".into()], ..loan("1", "3000", "own-savings") }],
        group: vec![app::GroupLineInput { kind: "bank-withdrawal".into(), amount: "3000".into(), head: None, note: String::new() }],
        ..Default::default()
    })
    .unwrap();
}

#[test]
fn the_dcb_agrees_with_the_arrears_report_across_a_reschedule() {
    let mut f = shg();
    // ₹3,000 to member 1 on 2025-04-06 (the cap: 3 × 1,000 saved = 3,000), flat 2 % a month,
    // 10 monthly instalments of 300 principal + 60 interest = 360, due on the 6th from May.
    lend_3000(&mut f);
    // Nothing paid. On 31 July three instalments (May, June, July) are overdue: 3 × 360 = 1,080.
    assert_eq!(arrears_on(&f.store, 1, "2025-07-31"), "1080.00");
    // Rescheduled on 10 August: the 3,000 principal over 10 new monthly instalments of 300 + 60,
    // due on the 10th from September. The old instalments before 10 August (May, June, July and
    // 6 August) keep their interest, 4 × 60 = 240, now with no principal.
    app::loan_reschedule(&mut f.store, &f.ctx, &app::RescheduleInput {
        org: "shg".into(),
        loan: "1".into(),
        date: "2025-08-10".into(),
        instalments: "10".into(),
        agreement: "agreed at the meeting of 10 August".into(),
        ..Default::default()
    })
    .unwrap();
    // Arrears on 30 September: interest 240 kept + 60 (10 September) = 300, principal 300 → 600.
    assert_eq!(arrears_on(&f.store, 1, "2025-09-30"), "600.00");

    // DCB 1 August – 30 September. Overdue at the start is what the arrears report said on
    // 31 July: 1,080 (the bug showed 180, the old instalments' interest only). The reschedule
    // re-planned 1,080 − 180 = 900 of it; due in the period: 60 (6 August's interest) + 360
    // (10 September) − 900 = −480; demand 1,080 − 480 = 600; nothing collected; balance 3,000;
    // overdue 600, as the arrears report says on 30 September.
    let (row, notes) = dcb_row(&f.store, &f.ctx, "2025-08-01", "2025-09-30", 1);
    assert_eq!(row, ["1080.00", "-480.00", "600.00", "0.00", "3000.00", "600.00"]);
    assert_eq!(notes, ["1|900.00"]);

    // 400 paid on 20 September: interest first (300 due), then 100 principal. Collection 400,
    // balance 3,000 − 100 = 2,900, overdue 600 − 400 = 200 = arrears (principal 300 − 100).
    app::loan_repay(&mut f.store, &f.ctx, &app::RepayInput { org: "shg".into(), date: "2025-09-20".into(), member: "1".into(), amount: "400".into(), ..Default::default() }).unwrap();
    let (row, _) = dcb_row(&f.store, &f.ctx, "2025-08-01", "2025-09-30", 1);
    assert_eq!(row, ["1080.00", "-480.00", "600.00", "400.00", "2900.00", "200.00"]);
    assert_eq!(arrears_on(&f.store, 1, "2025-09-30"), "200.00");

    // A period starting after the reschedule: overdue at the start (31 August) is the kept
    // interest 240, as the arrears report says then; demand in September 360; no re-plan.
    assert_eq!(arrears_on(&f.store, 1, "2025-08-31"), "240.00");
    let (row, notes) = dcb_row(&f.store, &f.ctx, "2025-09-01", "2025-09-30", 1);
    assert_eq!(row, ["240.00", "360.00", "600.00", "400.00", "2900.00", "200.00"]);
    assert!(notes.is_empty());
}

fn balance(store: &Store, account: &str, member: Option<i64>, on: &str) -> String {
    let b = store.read();
    let org = b.org_by_code("shg").unwrap().unwrap();
    b.account_balance(org.id, account, member, None, Some(common::d(on))).unwrap().to_plain()
}

fn member_id(store: &Store, no: &str) -> i64 {
    let b = store.read();
    let org = b.org_by_code("shg").unwrap().unwrap();
    b.member_by_no(org.id, no).unwrap().unwrap().id
}

#[test]
fn an_absent_members_fine_is_owed_until_she_pays_it() {
    use common::{meeting, row};
    let mut f = shg();
    let m3 = member_id(&f.store, "3");
    // By-laws: ₹5 for absence, ₹2 for coming late. Member 2 is late and pays her 2 at the
    // meeting; member 3 is absent, so her 5 is owed, not cash in the box.
    app::meeting_record(&mut f.store, &f.ctx, &meeting("2025-04-06", vec![row("1", "present", "50"), row("2", "late", "50"), row("3", "absent", "")])).unwrap();
    // Box: 1,000 opening + 50 + 50 saved + 2 fine = 1,102. Fine income 2 + 5 = 7 (credit).
    assert_eq!(balance(&f.store, "cash", None, "2025-04-06"), "1102.00");
    assert_eq!(balance(&f.store, "fine-income", None, "2025-04-06"), "-7.00");
    assert_eq!(balance(&f.store, "fines-receivable", Some(m3), "2025-04-06"), "5.00");

    // Shown in the arrears report (committee document) and in her passbook.
    use samuh::reports::Cell;
    let arrears = app::report(&f.store, &f.ctx, &app::ReportParams { org: "shg".into(), name: "arrears".into(), member: None, from: None, to: s("2025-04-06"), sort: None }).unwrap();
    let owed = arrears.sections.iter().find(|s| s.title.as_ref().is_some_and(|t| t.id == "section-fines-owed")).expect("fines owed section");
    assert_eq!(owed.rows.len(), 1);
    assert!(matches!(&owed.rows[0][1], Cell::Money(m) if m.to_plain() == "5.00"));
    let passbook = app::report(&f.store, &f.ctx, &app::ReportParams { org: "shg".into(), name: "passbook".into(), member: s("3"), from: None, to: s("2025-04-06"), sort: None }).unwrap();
    let note = passbook.sections[0].notes.iter().find(|n| n.id == "note-fines-owed").expect("owed in the passbook");
    assert!(note.args.iter().any(|(k, v)| *k == "owed" && v.plain() == "5.00"));

    // Paying more than she owes at a meeting is refused and changes nothing.
    let before = dump(&f.path);
    let mut over = row("3", "present", "50");
    over.fines_paid = s("6");
    let e = app::meeting_record(&mut f.store, &f.ctx, &meeting("2025-04-13", vec![over])).unwrap_err();
    assert_eq!(e.code(), "error-fine-payment-above-owed");
    assert_eq!(dump(&f.path), before);

    // At the next meeting she is present and pays it: box 1,102 + 50 + 5 = 1,157; she owes 0.
    let mut pays = row("3", "present", "50");
    pays.fines_paid = s("5");
    app::meeting_record(&mut f.store, &f.ctx, &meeting("2025-04-13", vec![pays])).unwrap();
    assert_eq!(balance(&f.store, "cash", None, "2025-04-13"), "1157.00");
    assert_eq!(balance(&f.store, "fines-receivable", Some(m3), "2025-04-13"), "0.00");
    // Income is not counted twice: still 7.
    assert_eq!(balance(&f.store, "fine-income", None, "2025-04-13"), "-7.00");
    // Her passbook now shows the 5 paid, and nothing owed.
    let passbook = app::report(&f.store, &f.ctx, &app::ReportParams { org: "shg".into(), name: "passbook".into(), member: s("3"), from: None, to: s("2025-04-13"), sort: None }).unwrap();
    assert!(passbook.sections[0].notes.iter().all(|n| n.id != "note-fines-owed"));
    let fine_paid = passbook.sections[0].totals.as_ref().unwrap()[10].clone();
    assert!(matches!(fine_paid, Cell::Money(m) if m.to_plain() == "5.00"), "{fine_paid:?}");

    // Nothing owed: a payment between meetings is refused, the book unchanged.
    let before = dump(&f.path);
    let pay = |amount: &str, date: &str| app::events::FinePayInput { org: "shg".into(), date: date.into(), member: "3".into(), amount: amount.into(), client_id: None };
    let e = app::events::fine_pay(&mut f.store, &f.ctx, &pay("5", "2025-04-14")).unwrap_err();
    assert_eq!(e.code(), "error-no-fine-owed");
    assert_eq!(dump(&f.path), before);

    // Absent again on 20 April (owes 5); pays 2 on the 21st (owes 5 − 2 = 3); 4 is more than 3.
    app::meeting_record(&mut f.store, &f.ctx, &meeting("2025-04-20", vec![row("1", "present", "50"), row("3", "absent", "")])).unwrap();
    app::events::fine_pay(&mut f.store, &f.ctx, &pay("2", "2025-04-21")).unwrap();
    assert_eq!(balance(&f.store, "fines-receivable", Some(m3), "2025-04-21"), "3.00");
    let before = dump(&f.path);
    let e = app::events::fine_pay(&mut f.store, &f.ctx, &pay("4", "2025-04-22")).unwrap_err();
    assert_eq!(e.code(), "error-fine-payment-above-owed");
    assert!(e.args().iter().any(|(k, v)| *k == "owed" && v.plain() == "3.00"));
    assert_eq!(dump(&f.path), before);
    let bn = Localizer::new(Locale::new(Lang::Bn)).error(&e);
    assert!(bn.contains("জরিমানা"), "{bn}");
}

#[test]
fn interest_income_is_reported_by_fund() {
    use samuh::reports::Cell;
    let mut f = shg();
    app::policy_set(&mut f.store, &f.ctx, &PolicyInput { org: "shg".into(), effective_from: "2025-04-01".into(), loan_cap: s("none"), loan_cap_savings_multiple: s("none"), ..Default::default() }).unwrap();
    // RF of 15,000 arrives and is drawn into the box; 10,000 lent from it and 2,000 from savings,
    // flat 2 % a month, monthly.
    app::meeting_record(&mut f.store, &f.ctx, &app::MeetingInput {
        org: "shg".into(),
        date: "2025-04-06".into(),
        loans: vec![
            LoanInput { guarantors: vec!["2".into()], ..loan("1", "10000", "revolving-fund") },
            LoanInput { guarantors: vec!["2".into()], ..loan("3", "2000", "own-savings") },
        ],
        group: vec![
            app::GroupLineInput { kind: "grant".into(), amount: "15000".into(), head: s("revolving-fund"), note: String::new() },
            app::GroupLineInput { kind: "bank-withdrawal".into(), amount: "15000".into(), head: None, note: String::new() },
        ],
        ..Default::default()
    })
    .unwrap();
    // First instalments on 6 May: interest first. RF loan: 2 % × 10,000 = 200; savings loan:
    // 2 % × 2,000 = 40. Each pays exactly its interest.
    for (m, amt) in [("1", "200"), ("3", "40")] {
        app::loan_repay(&mut f.store, &f.ctx, &app::RepayInput { org: "shg".into(), date: "2025-05-06".into(), member: m.into(), amount: amt.into(), ..Default::default() }).unwrap();
    }
    let r = app::report(&f.store, &f.ctx, &app::ReportParams { org: "shg".into(), name: "interest-by-fund".into(), member: None, from: s("2025-04-01"), to: s("2025-09-30"), sort: None }).unwrap();
    let rows: Vec<(String, String)> = r.sections[0]
        .rows
        .iter()
        .map(|row| match (&row[0], &row[2]) {
            (Cell::Msg(m), Cell::Money(v)) => (m.id.clone(), v.to_plain()),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(rows, [("fund-own-savings".to_string(), "40.00".to_string()), ("fund-revolving-fund".to_string(), "200.00".to_string())]);
    assert!(matches!(&r.sections[0].totals.as_ref().unwrap()[2], Cell::Money(m) if m.to_plain() == "240.00"));
}

/// New terms start from what a loan owes on their day: a reschedule dated before a repayment
/// or a reschedule already entered (worked on the old terms) is refused, as a repayment dated
/// before a later one is; on or after it, it is taken. Nothing changes on a refusal.
#[test]
fn a_reschedule_is_not_dated_before_a_later_repayment_or_reschedule() {
    let mut f = shg();
    // ₹3,000 to member 1 on 6 April 2025, flat 2 % a month, 10 × (300 + 60) from 6 May.
    lend_3000(&mut f);
    // The first instalment paid on 6 May, the second on 6 June.
    for on in ["2025-05-06", "2025-06-06"] {
        app::loan_repay(&mut f.store, &f.ctx, &app::RepayInput { org: "shg".into(), date: on.into(), member: "1".into(), loan: None, amount: "360".into(), client_id: None }).unwrap();
    }
    let resched = |on: &str| app::RescheduleInput { org: "shg".into(), loan: "1".into(), date: on.into(), instalments: "6".into(), agreement: "agreed".into(), ..Default::default() };
    let before = dump(&f.path);
    match app::loan_reschedule(&mut f.store, &f.ctx, &resched("2025-05-20")) {
        Err(samuh::Error::RescheduleBeforeLater { loan, date, later }) => assert_eq!((loan.as_str(), date, later), ("1", common::d("2025-05-20"), common::d("2025-06-06"))),
        other => panic!("{other:?}"),
    }
    assert_eq!(dump(&f.path), before, "a refused reschedule changed the book");
    // On the day of the last repayment, or after it, the reschedule is taken; another one then
    // cannot go before it.
    app::loan_reschedule(&mut f.store, &f.ctx, &resched("2025-07-01")).unwrap();
    let before = dump(&f.path);
    assert!(matches!(app::loan_reschedule(&mut f.store, &f.ctx, &resched("2025-06-20")), Err(samuh::Error::RescheduleBeforeLater { .. })));
    assert_eq!(dump(&f.path), before);
    app::loan_reschedule(&mut f.store, &f.ctx, &resched("2025-08-01")).unwrap();
}
