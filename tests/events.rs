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
