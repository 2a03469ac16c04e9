//! A death in the funeral-welfare club (issue 15, seed 004): the levy raised on the members
//! enrolled that day, collections, the payout that settles the deceased's village-fund loan first
//! (in the same book, and by a signed slip for a fund kept in another book), refusals that change
//! nothing, and welfare benefits. Every figure is worked out by hand here.

mod common;

use common::{ctx, dump};
use samuh::app::{self, welfare as w, DisburseInput, LoanInput, PolicyInput};
use samuh::domain::money::Money;
use samuh::reports::Cell;
use samuh::store::Store;
use samuh::Error;

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

/// A Thai village fund "vf" formed 2025-01-05 with three members; by-laws: 6 % a year, bullet,
/// two guarantors; opening on 2025-04-01 with 60,000 cash and 40,000 in the bank (100,000 of
/// village-fund capital); member 1 borrows 20,000 on 2025-04-10, guaranteed by 2 and 3.
fn village_fund(store: &mut Store, c: &app::Ctx, principal: &str) {
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
        app::member_add(store, c, &app::MemberInput { org: "vf".into(), admission_no: no.to_string(), name: name.into(), joined_on: "2025-01-05".into(), ..Default::default() }).unwrap();
    }
    app::policy_set(store, c, &PolicyInput { org: "vf".into(), effective_from: "2025-01-05".into(), guarantors_required: s("2"), ..Default::default() }).unwrap();
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
    let loan = LoanInput { member: "1".into(), amount: principal.into(), fund: s("village-fund-capital"), guarantors: vec!["2".into(), "3".into()], ..Default::default() };
    app::loan_disburse(store, c, &DisburseInput { org: "vf".into(), date: "2025-04-10".into(), loan, client_id: None }).unwrap();
}

/// A welfare club "wc" formed 2025-01-05: members 1..=n joined that day, member `late` joined
/// 2025-11-01; rules from 2025-01-05: `levy` per death, `admin` % admin share, eligibility lost
/// at 2 unpaid levies.
fn club(store: &mut Store, c: &app::Ctx, n: u32, levy: &str, admin: &str) {
    app::org_add(store, c, &app::OrgInput {
        code: "wc".into(),
        name: "ชมรมเพื่อนช่วยเพื่อน ตำบลสามขา".into(),
        kind: "welfare-club".into(),
        country: "th".into(),
        meeting_frequency: "monthly".into(),
        formed_on: "2025-01-05".into(),
        place: "ร้อยเอ็ด".into(),
        ..Default::default()
    })
    .unwrap();
    for no in 1..=n {
        app::member_add(store, c, &app::MemberInput {
            org: "wc".into(),
            admission_no: no.to_string(),
            name: format!("สมาชิก {no}"),
            joined_on: "2025-01-05".into(),
            nominee: s("ลูกสาว"),
            ..Default::default()
        })
        .unwrap();
    }
    app::member_add(store, c, &app::MemberInput { org: "wc".into(), admission_no: "late".into(), name: "สมาชิกใหม่".into(), joined_on: "2025-11-01".into(), ..Default::default() }).unwrap();
    w::welfare_rule_set(store, c, &w::WelfareRuleInput {
        org: "wc".into(),
        from: "2025-01-05".into(),
        levy: s(levy),
        admin_share: s(admin),
        arrears_limit: s("2"),
        ..Default::default()
    })
    .unwrap();
}

/// A Thai savings group "sg" formed on 2025-01-05 with its members (number, joining date).
/// A savings group of three members (joined 5 January 2025) whose welfare rules take an annual
/// fee of 200 and pay the `benefits` given, every member's 2025 fee collected on 1 February.
fn fee_club(benefits: w::WelfareRuleInput) -> (tempfile::TempDir, std::path::PathBuf, Store, app::Ctx) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sg.samuh");
    let mut store = Store::open_or_create(&path).unwrap();
    let c = ctx("2026-01-31");
    savings_group(&mut store, &c, &[("1", "2025-01-05"), ("2", "2025-01-05"), ("3", "2025-01-05")]);
    let rules = w::WelfareRuleInput { org: "sg".into(), from: "2025-01-05".into(), model: s("annual-fee"), annual_fee: s("200"), ..benefits };
    w::welfare_rule_set(&mut store, &c, &rules).unwrap();
    w::fee_collect(&mut store, &c, &w::FeeInput { org: "sg".into(), date: "2025-02-01".into(), members: vec!["1".into(), "2".into(), "3".into()], client_id: None }).unwrap();
    (dir, path, store, c)
}

fn savings_group(store: &mut Store, c: &app::Ctx, members: &[(&str, &str)]) {
    app::org_add(store, c, &app::OrgInput {
        code: "sg".into(),
        name: "กลุ่มออมทรัพย์เพื่อการผลิต".into(),
        kind: "savings-group".into(),
        country: "th".into(),
        meeting_frequency: "monthly".into(),
        formed_on: "2025-01-05".into(),
        place: "ร้อยเอ็ด".into(),
        ..Default::default()
    })
    .unwrap();
    for (no, joined) in members {
        app::member_add(store, c, &app::MemberInput { org: "sg".into(), admission_no: no.to_string(), name: format!("สมาชิก {no}"), joined_on: joined.to_string(), ..Default::default() }).unwrap();
    }
}

fn death(store: &mut Store, c: &app::Ctx, member: &str, date: &str) -> samuh::Result<w::DeathSaved> {
    w::death_record(store, c, &w::DeathInput { org: "wc".into(), member: member.into(), date: date.into(), nominee: None, client_id: None })
}

fn collect(store: &mut Store, c: &app::Ctx, members: Vec<String>, date: &str) -> samuh::Result<app::Saved> {
    w::levy_collect(store, c, &w::LevyCollectInput { org: "wc".into(), deceased: "1".into(), date: date.into(), members, all_owing: false, client_id: None })
}

fn balance(store: &Store, org: &str, account: &str, on: &str) -> Money {
    let b = store.read();
    let o = b.org_by_code(org).unwrap().unwrap();
    b.account_balance(o.id, account, None, None, Some(common::d(on))).unwrap()
}

fn refused<T: std::fmt::Debug>(path: &std::path::Path, r: samuh::Result<T>, code: &str, before: &str) {
    let e = r.unwrap_err();
    assert_eq!(e.code(), code, "{e:?}");
    assert_eq!(dump(path), before, "a refused {code} changed the book");
    // The message is in every language, never English in Thai.
    let th = samuh::i18n::Localizer::new(samuh::i18n::Locale::new(samuh::i18n::Lang::Th)).error(&e);
    assert!(th.chars().any(|ch| ('\u{0E00}'..='\u{0E7F}').contains(&ch)), "{th}");
}

#[test]
fn a_death_in_the_same_book_settles_the_village_fund_loan_first_and_the_nominee_gets_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roiet.samuh");
    let mut store = Store::open_or_create(&path).unwrap();
    let c = ctx("2025-11-30");
    village_fund(&mut store, &c, "20000");
    club(&mut store, &c, 450, "50", "5");

    // Refused, nothing changed: a member who joined after the death (2025-11-01 > 2025-10-20).
    let before = dump(&path);
    refused(&path, death(&mut store, &c, "late", "2025-10-20"), "error-death-not-enrolled", &before);

    // Member 1 dies on 2025-10-20: every other member enrolled that day owes the levy:
    // members 2..=450 = 449 members ("late" joined after); 449 × 50 = 22,450 if all pay.
    let d = death(&mut store, &c, "1", "2025-10-20").unwrap();
    assert_eq!(d.owing, 449);
    assert_eq!(d.levy, "50.00");
    assert_eq!(d.expected, "22450.00");

    // Refused, nothing changed: a second death record; a payout before any collection.
    let before = dump(&path);
    refused(&path, death(&mut store, &c, "1", "2025-10-21"), "error-death-already-recorded", &before);
    let payout = |loans: Vec<w::SettleInput>| w::PayoutInput { org: "wc".into(), deceased: "1".into(), date: "2025-11-10".into(), loans, client_id: None };
    let vf_loan = || vec![w::SettleInput { fund: "vf".into(), loan: "1".into(), principal: None, interest: None }];
    refused(&path, w::welfare_payout(&mut store, &c, &payout(vf_loan())), "error-payout-before-collection", &before);

    // Collections: members 2..=300 at the meeting of 2025-10-25 (299 × 50 = 14,950), members
    // 301..=449 as they come on 2025-10-30 (149 × 50 = 7,450); member 450 never pays.
    collect(&mut store, &c, (2..=300).map(|n| n.to_string()).collect(), "2025-10-25").unwrap();
    collect(&mut store, &c, (301..=449).map(|n| n.to_string()).collect(), "2025-10-30").unwrap();

    // Refused, nothing changed: a levy paid twice (member 2), and within one collection; a
    // member who owes none ("late").
    let before = dump(&path);
    refused(&path, collect(&mut store, &c, vec!["2".into()], "2025-11-01"), "error-levy-already-paid", &before);
    refused(&path, collect(&mut store, &c, vec!["450".into(), "450".into()], "2025-11-01"), "error-member-listed-twice", &before);
    refused(&path, collect(&mut store, &c, vec!["late".into()], "2025-11-01"), "error-levy-not-owed", &before);

    // The levy register on 2025-11-05: due 449 × 50 = 22,450; paid 448 × 50 = 22,400; owed 50.
    let reg = app::report(&store, &c, &app::ReportParams { org: "wc".into(), name: "levy-register".into(), member: None, from: None, to: s("2025-11-05"), sort: None }).unwrap();
    let sec = &reg.sections[0];
    assert_eq!(sec.rows.len(), 449);
    let tot = sec.totals.as_ref().unwrap();
    assert_eq!((tot[2].clone(), tot[3].clone(), tot[5].clone()), (Cell::Money(Money::units(22_450)), Cell::Money(Money::units(22_400)), Cell::Money(Money::units(50))));

    // The payout on 2025-11-10. Collected 22,400; admin share 5 % = 1,120; benefit 21,280.
    // The loan: 20,000 at 6 % a year, bullet, from 2025-04-10: 7 whole months to 2025-11-10,
    // interest 20,000 × 6 % × 7/12 = 700. The fund gets 700 + 20,000 = 20,700 first; the
    // nominee 21,280 − 20,700 = 580.
    let vf_cash_before = balance(&store, "vf", "cash", "2025-11-10");
    let p = w::welfare_payout(&mut store, &c, &payout(vf_loan())).unwrap();
    assert_eq!(p.collected, "22400.00");
    assert_eq!(p.admin, "1120.00");
    assert_eq!(p.benefit, "21280.00");
    assert_eq!((p.settled[0].interest.as_str(), p.settled[0].principal.as_str(), p.settled[0].left.as_str()), ("700.00", "20000.00", "0.00"));
    assert_eq!(p.to_funds, "20700.00");
    assert_eq!(p.to_family, "580.00");

    // The fund's side in the same transaction: its cash up 20,700, the loan repaid in full, and
    // each voucher names the other.
    assert_eq!(balance(&store, "vf", "cash", "2025-11-10") - vf_cash_before, Money::units(20_700));
    assert_eq!(balance(&store, "vf", "loans-to-members", "2025-11-10"), Money::ZERO);
    let fund_ref = p.settled[0].fund_voucher.clone().unwrap();
    {
        let b = store.read();
        let wc = b.org_by_code("wc").unwrap().unwrap();
        let vf = b.org_by_code("vf").unwrap().unwrap();
        let club_v = b.voucher(p.saved.voucher_id).unwrap().unwrap();
        assert!(club_v.narration.contains(&fund_ref), "{} / {fund_ref}", club_v.narration);
        let fund_v = b.vouchers(vf.id, None, None).unwrap().into_iter().last().unwrap();
        assert!(fund_v.narration.contains(&format!("wc {}", p.saved.voucher)), "{}", fund_v.narration);
        assert!(fund_ref.ends_with(&format!("/{:04}", fund_v.number)));
        let _ = wc;
    }
    // The club: cash 22,400 in − 20,700 to the fund − 580 to the nominee = 1,120 (the admin
    // share, now its income); the welfare fund 22,400 − 22,400 = 0.
    assert_eq!(balance(&store, "wc", "cash", "2025-11-10"), Money::units(1_120));
    assert_eq!(-balance(&store, "wc", "other-income", "2025-11-10"), Money::units(1_120));
    assert_eq!(balance(&store, "wc", "welfare-fund", "2025-11-10"), Money::ZERO);

    // Refused, nothing changed: a second payout.
    let before = dump(&path);
    refused(&path, w::welfare_payout(&mut store, &c, &payout(vec![])), "error-payout-already-made", &before);

    // The statement: every step, the guarantors released (members 2 and 3 of the fund), the
    // amount in words in Thai (580 = ห้าร้อยแปดสิบบาทถ้วน), signature lines; and its PDF.
    let (st, _) = w::payout_statement(&store, &c, "wc", "1").unwrap();
    let steps = &st.sections[1];
    let amounts: Vec<Money> = steps.rows.iter().filter_map(|r| r[1].as_money()).collect();
    assert_eq!(amounts, vec![Money::units(22_400), -Money::units(1_120), Money::units(21_280), -Money::units(700), -Money::units(20_000)]);
    assert_eq!(steps.totals.as_ref().unwrap()[1], Cell::Money(Money::units(580)));
    let notes: Vec<String> = steps.notes.iter().flat_map(|n| n.args.iter().map(|(_, a)| a.plain())).collect();
    assert!(notes.iter().any(|n| n.contains("2 บุญมา") && n.contains("3 คำปุน")), "{notes:?}");
    assert!(notes.iter().any(|n| n.contains("ห้าร้อยแปดสิบบาทถ้วน")), "{notes:?}");
    assert_eq!(st.sections[2].rows.len(), 4);
    let pdf = w::payout_statement_pdf(&store, &c, "wc", "1").unwrap();
    assert!(pdf.starts_with(b"%PDF"));

    // Member 450 owes one levy: below the limit of 2, still eligible; the book verifies.
    let check = app::check_book(&store, None).unwrap();
    assert!(check.findings.is_empty(), "{:?}", check.findings);
}

#[test]
fn a_fund_in_another_book_is_paid_by_a_signed_slip_and_owed_until_its_receipt() {
    let dir = tempfile::tempdir().unwrap();
    let club_path = dir.path().join("club.samuh");
    let fund_path = dir.path().join("fund.samuh");
    let c = ctx("2025-11-30");
    let mut cs = Store::open_or_create(&club_path).unwrap();
    let mut fs = Store::open_or_create(&fund_path).unwrap();
    village_fund(&mut fs, &c, "600");
    club(&mut cs, &c, 3, "500", "0");

    // Member 1 dies; members 2 and 3 owe 500 each and pay: 2 × 500 = 1,000.
    assert_eq!(death(&mut cs, &c, "1", "2025-10-20").unwrap().owing, 2);
    collect(&mut cs, &c, vec!["2".into(), "3".into()], "2025-10-25").unwrap();

    // The fund's statement: principal 600; interest 600 × 6 % × 7/12 = 21 to 2025-11-10.
    // The fund gets 621; the nominee 1,000 − 621 = 379 (no admin share).
    let loans = vec![w::SettleInput { fund: "กองทุนหมู่บ้านสามขา".into(), loan: "1".into(), principal: s("600"), interest: s("21") }];
    let p = w::welfare_payout(&mut cs, &c, &w::PayoutInput { org: "wc".into(), deceased: "1".into(), date: "2025-11-10".into(), loans, client_id: None }).unwrap();
    assert_eq!((p.to_funds.as_str(), p.to_family.as_str()), ("621.00", "379.00"));
    assert_eq!(p.settled[0].fund_voucher, None);
    // Owed, not yet paid: cash 1,000 − 379 = 621 still in the club; 621 owed to the fund.
    assert_eq!(balance(&cs, "wc", "cash", "2025-11-10"), Money::units(621));
    assert_eq!(-balance(&cs, "wc", "settlement-payable", "2025-11-10"), Money::units(621));
    let owed = |store: &Store| {
        let r = app::report(store, &c, &app::ReportParams { org: "wc".into(), name: "levy-register".into(), member: s("1"), from: None, to: s("2025-11-30"), sort: None }).unwrap();
        r.sections.last().unwrap().totals.as_ref().unwrap()[3].clone()
    };
    assert_eq!(owed(&cs), Cell::Money(Money::units(621)));

    // The slip, signed with the club's key.
    let slips = w::settlement_slips(&mut cs, &c, "wc", "1").unwrap();
    assert_eq!(slips.len(), 1);
    let slip_file = dir.path().join("slip.samuh-slip");
    std::fs::write(&slip_file, &slips[0].1).unwrap();
    let slip_ref = slips[0].0.slip.clone();
    // Its printed copy (in the club's language, with the key fingerprint to compare).
    assert!(w::slip_pdf(&cs, &slips[0].0).unwrap().starts_with(b"%PDF"));

    // A changed slip is refused and the fund's book is unchanged.
    let mut bad = slips[0].1.clone();
    let text = String::from_utf8(bad.clone()).unwrap().replace("\"principal_minor\": 60000", "\"principal_minor\": 6000");
    bad = text.into_bytes();
    let bad_file = dir.path().join("bad.samuh-slip");
    std::fs::write(&bad_file, &bad).unwrap();
    let before = dump(&fund_path);
    let rec = |f: &std::path::Path| w::SlipRecordInput { org: "vf".into(), file: f.display().to_string(), loan: "1".into(), date: "2025-11-12".into(), register: true };
    refused(&fund_path, w::slip_record(&mut fs, &c, &rec(&bad_file)), "error-slip-altered", &before);
    // The club's key is not yet registered in the fund's book: refused unless the treasurer,
    // having compared the fingerprint with the printed slip, asks to register it.
    let unregistered = w::slip_record(&mut fs, &c, &w::SlipRecordInput { register: false, ..rec(&slip_file) });
    let fingerprint = slips[0].0.fingerprint.clone();
    let e = unregistered.as_ref().unwrap_err().clone();
    refused(&fund_path, unregistered, "error-slip-club-unknown", &before);
    let th = samuh::i18n::Localizer::new(samuh::i18n::Locale::new(samuh::i18n::Lang::Th)).error(&e);
    assert!(th.contains(&fingerprint), "{th}");
    // Recorded against another loan than the one it names: refused (the key not registered either).
    refused(&fund_path, w::slip_record(&mut fs, &c, &w::SlipRecordInput { loan: "2".into(), ..rec(&slip_file) }), "error-slip-other-loan", &before);

    // The fund records it as the loan's repayment: 21 interest + 600 principal, loan closed.
    let fund_cash = balance(&fs, "vf", "cash", "2025-11-12");
    w::slip_record(&mut fs, &c, &rec(&slip_file)).unwrap();
    assert_eq!(balance(&fs, "vf", "cash", "2025-11-12") - fund_cash, Money::units(621));
    assert_eq!(balance(&fs, "vf", "loans-to-members", "2025-11-12"), Money::ZERO);
    let before = dump(&fund_path);
    refused(&fund_path, w::slip_record(&mut fs, &c, &rec(&slip_file)), "error-slip-already-recorded", &before);

    // A slip made in another book that calls itself the same club ("wc"), signed with that
    // book's own key: refused as signed by another key than the one registered, even with
    // --register (a club's key is registered once), and the fund's book is unchanged.
    let forge_path = dir.path().join("forge.samuh");
    let mut forge = Store::open_or_create(&forge_path).unwrap();
    club(&mut forge, &c, 3, "500", "0");
    death(&mut forge, &c, "1", "2025-10-20").unwrap();
    collect(&mut forge, &c, vec!["2".into(), "3".into()], "2025-10-25").unwrap();
    let loans = vec![w::SettleInput { fund: "กองทุนหมู่บ้านสามขา".into(), loan: "1".into(), principal: s("600"), interest: s("21") }];
    w::welfare_payout(&mut forge, &c, &w::PayoutInput { org: "wc".into(), deceased: "1".into(), date: "2025-11-10".into(), loans, client_id: None }).unwrap();
    let forged = w::settlement_slips(&mut forge, &c, "wc", "1").unwrap();
    let forged_file = dir.path().join("forged.samuh-slip");
    std::fs::write(&forged_file, &forged[0].1).unwrap();
    refused(&fund_path, w::slip_record(&mut fs, &c, &rec(&forged_file)), "error-slip-wrong-key", &before);

    // The club records the fund's receipt: cash 621 − 621 = 0, nothing owed.
    w::slip_received(&mut cs, &c, &w::SlipReceivedInput { org: "wc".into(), slip: slip_ref.clone(), date: "2025-11-15".into() }).unwrap();
    assert_eq!(balance(&cs, "wc", "cash", "2025-11-15"), Money::ZERO);
    assert_eq!(balance(&cs, "wc", "settlement-payable", "2025-11-15"), Money::ZERO);
    assert_eq!(owed(&cs), Cell::Money(Money::ZERO));
    let before = dump(&club_path);
    refused(&club_path, w::slip_received(&mut cs, &c, &w::SlipReceivedInput { org: "wc".into(), slip: slip_ref, date: "2025-11-16".into() }), "error-slip-already-recorded", &before);
}

#[test]
fn a_member_in_arrears_loses_eligibility() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("club.samuh");
    let mut store = Store::open_or_create(&path).unwrap();
    let c = ctx("2025-12-31");
    club(&mut store, &c, 5, "50", "0");
    // Member 1 dies on 2025-10-20: owed by 2, 3, 4, 5 ("late" joined 2025-11-01, after).
    assert_eq!(death(&mut store, &c, "1", "2025-10-20").unwrap().owing, 4);
    // Member 2 dies on 2025-11-20: owed by 3, 4, 5 and "late" (1 died before).
    assert_eq!(death(&mut store, &c, "2", "2025-11-20").unwrap().owing, 4);
    // Member 4 pays both levies; member 5 pays neither: 2 unpaid, the rules' limit of 2.
    collect(&mut store, &c, vec!["4".into()], "2025-10-25").unwrap();
    w::levy_collect(&mut store, &c, &w::LevyCollectInput { org: "wc".into(), deceased: "2".into(), date: "2025-11-25".into(), members: vec!["4".into()], all_owing: false, client_id: None }).unwrap();
    // Member 5's death on 2025-12-01: 2 unpaid ≥ 2, eligibility lost: refused, nothing changed.
    let before = dump(&path);
    refused(&path, death(&mut store, &c, "5", "2025-12-01"), "error-death-not-eligible", &before);
    // Member 4's death the same day: owed by 3, 5 and "late" (1 and 2 dead, 4 the deceased).
    let d = death(&mut store, &c, "4", "2025-12-01").unwrap();
    assert_eq!(d.owing, 3);
}

#[test]
fn benefits_from_birth_to_death_are_paid_from_the_welfare_fund() {
    // Fees: 3 × 200 = 600 into the welfare fund.
    let (_dir, path, mut store, c) = fee_club(w::WelfareRuleInput { birth: s("500"), sickness: s("300"), death_benefit: s("1000"), ..Default::default() });
    // The fee is yearly (the group's year is the calendar year): member 1's second fee in 2025
    // is refused, with the others', and nothing is recorded.
    let before = dump(&path);
    let again = w::fee_collect(&mut store, &c, &w::FeeInput { org: "sg".into(), date: "2025-06-01".into(), members: vec!["2".into(), "1".into()], client_id: None });
    refused(&path, again, "error-welfare-fee-already-paid", &before);
    let pay = |store: &mut Store, member: &str, kind: &str, date: &str| {
        w::benefit_pay(store, &c, &w::BenefitInput { org: "sg".into(), member: member.into(), kind: kind.into(), date: date.into(), client_id: None })
    };
    // A birth: 500; cash 600 − 500 = 100.
    pay(&mut store, "1", "birth", "2025-03-01").unwrap();
    assert_eq!(balance(&store, "sg", "cash", "2025-03-01"), Money::units(100));
    // Sickness 300 > 100 in cash: refused, nothing changed; old age is not paid by these rules.
    let before = dump(&path);
    refused(&path, pay(&mut store, "2", "sickness", "2025-03-05"), "error-cash-below-zero", &before);
    refused(&path, pay(&mut store, "2", "old-age", "2025-03-05"), "error-no-benefit", &before);
    // Next year's fees (2026): 3 × 200 = 600; cash 100 + 600 = 700; sickness 300 → 400.
    w::fee_collect(&mut store, &c, &w::FeeInput { org: "sg".into(), date: "2026-01-05".into(), members: vec!["1".into(), "2".into(), "3".into()], client_id: None }).unwrap();
    pay(&mut store, "2", "sickness", "2026-01-10").unwrap();
    assert_eq!(balance(&store, "sg", "cash", "2026-01-10"), Money::units(400));
    // The register: 500 + 300 = 800, one row each, totals by kind.
    let r = app::report(&store, &c, &app::ReportParams { org: "sg".into(), name: "welfare-benefits".into(), member: None, from: s("2025-01-05"), to: s("2026-01-31"), sort: None }).unwrap();
    assert_eq!(r.sections[0].rows.len(), 2);
    assert_eq!(r.sections[0].totals.as_ref().unwrap()[4], Cell::Money(Money::units(800)));
    assert_eq!(r.sections[1].rows.len(), 2);
    // The welfare fund: 600 + 600 − 500 − 300 = 400 (credit).
    assert_eq!(-balance(&store, "sg", "welfare-fund", "2026-01-31"), Money::units(400));
    let _ = Error::NoDeathLevy;
}

/// The register of annual fees (domain.md §4.7, the annual-fee model): who paid which year and
/// who still owes, with members who joined or left during a year, a fee raised by new rules, and
/// a fee whose voucher was reversed (it counts as not paid, and can be taken again).
#[test]
fn the_annual_fee_register_shows_who_paid_which_year() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.samuh");
    let mut store = Store::open_or_create(&path).unwrap();
    let c = ctx("2026-03-31");
    savings_group(&mut store, &c, &[("1", "2025-01-05"), ("2", "2025-01-05"), ("3", "2025-01-05"), ("4", "2025-07-01")]);
    let rules = |from: &str, fee: &str| w::WelfareRuleInput { org: "sg".into(), from: from.into(), model: s("annual-fee"), annual_fee: s(fee), death_benefit: s("1000"), ..Default::default() };
    w::welfare_rule_set(&mut store, &c, &rules("2025-01-05", "200")).unwrap();
    w::welfare_rule_set(&mut store, &c, &rules("2026-01-01", "250")).unwrap();
    let fee = |store: &mut Store, date: &str, members: &[&str]| w::fee_collect(store, &c, &w::FeeInput { org: "sg".into(), date: date.into(), members: members.iter().map(|m| m.to_string()).collect(), client_id: None });
    fee(&mut store, "2025-02-01", &["1", "2"]).unwrap();
    app::member_exit(&mut store, &c, "sg", "3", "2025-12-31", None).unwrap();
    fee(&mut store, "2026-01-10", &["1"]).unwrap();
    let wrong = fee(&mut store, "2026-01-10", &["2"]).unwrap();
    app::reverse(&mut store, &c, &app::ReverseInput { org: "sg".into(), voucher: wrong.voucher.clone(), reason: "fee taken from the wrong member".into(), date: s("2026-01-11"), client_id: None }).unwrap();

    let register = |member: Option<&str>| app::report(&store, &c, &app::ReportParams { org: "sg".into(), name: "welfare-fees".into(), member: member.map(String::from), from: s("2025-01-05"), to: s("2026-03-31"), sort: None }).unwrap();
    let r = register(None);
    assert_eq!(r.sections.len(), 2, "one section per year with a fee: 2025 and 2026");
    let money = |v: i64| Cell::Money(Money::units(v));
    let row = |sec: usize, no: &str| r.sections[sec].rows.iter().find(|x| x[0] == Cell::text(no)).cloned();
    // 2025 (the group's year is the calendar year): members 1–4 enrolled (4 joined on 1 July,
    // 3 left on 31 December); fee 200 each: due 4 × 200 = 800, paid 1 and 2 = 400, owed 400.
    let y25 = &r.sections[0];
    assert_eq!(y25.rows.len(), 4);
    assert_eq!(y25.totals.as_ref().unwrap()[2], money(800));
    assert_eq!(y25.totals.as_ref().unwrap()[3], money(400));
    assert_eq!(y25.totals.as_ref().unwrap()[5], money(400));
    assert_eq!(row(0, "1").unwrap()[4], Cell::Date(chrono::NaiveDate::from_ymd_opt(2025, 2, 1).unwrap()));
    assert_eq!(row(0, "4").unwrap()[5], money(200));
    // 2026, to 31 March: member 3 has left; the new rules' fee is 250: due 3 × 250 = 750; only
    // member 1's fee stands (2's was reversed): paid 250, owed 500.
    let y26 = &r.sections[1];
    assert_eq!(y26.rows.len(), 3);
    assert!(row(1, "3").is_none());
    assert_eq!(y26.totals.as_ref().unwrap()[2], money(750));
    assert_eq!(y26.totals.as_ref().unwrap()[3], money(250));
    assert_eq!(y26.totals.as_ref().unwrap()[5], money(500));
    assert_eq!(row(1, "2").unwrap()[3], Cell::Empty);
    assert_eq!(row(1, "2").unwrap()[5], money(250));
    // One member's rows only.
    let mine = register(Some("2"));
    assert_eq!(mine.sections.iter().map(|x| x.rows.len()).collect::<Vec<_>>(), vec![1, 1]);
    // The year is read in the reader's calendar: Buddhist Era in Thai, Latin in English.
    let th = samuh::i18n::Localizer::new(samuh::i18n::Locale::new(samuh::i18n::Lang::Th));
    let t = y26.title.as_ref().unwrap();
    assert_eq!(th.msg(&t.id, &t.args), "ปี 2569 — ค่าบำรุงรายละ 250.00");
    let en = samuh::i18n::Localizer::new(samuh::i18n::Locale::new(samuh::i18n::Lang::En));
    assert_eq!(en.msg(&t.id, &t.args), "Year 2026 — fee 250.00 per member");
    // Member 2's reversed fee can be taken again; a second one in the same year cannot.
    fee(&mut store, "2026-02-01", &["2"]).unwrap();
    let before = dump(&path);
    refused(&path, fee(&mut store, "2026-03-01", &["2"]), "error-welfare-fee-already-paid", &before);
    let e = fee(&mut store, "2026-03-01", &["2"]).unwrap_err();
    assert_eq!(th.error(&e), "2 สมาชิก 2 ชำระค่าบำรุงสวัสดิการของปี 2569 แล้ว เก็บปีละครั้งเท่านั้น โปรดตรวจสอบรายชื่อสมาชิกหรือวันที่");
}

/// A collection of levies typed by mistake is reversed like any voucher while the death is not
/// yet paid out: its members owe again (the register says so) and pay in a new collection. Once
/// the payout is worked out from the levies, neither they nor the payout are reversed voucher by
/// voucher; the refusals say why in the reader's language and leave the book unchanged.
#[test]
fn a_levy_collection_is_reversed_until_the_payout_and_the_payout_is_not_reversed_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("club.samuh");
    let mut store = Store::open_or_create(&path).unwrap();
    let c = ctx("2025-12-31");
    club(&mut store, &c, 3, "50", "0");
    death(&mut store, &c, "1", "2025-10-20").unwrap();
    let register = |store: &Store| {
        let r = app::report(store, &c, &app::ReportParams { org: "wc".into(), name: "levy-register".into(), member: None, from: None, to: s("2025-11-30"), sort: None }).unwrap();
        let t = r.sections[0].totals.as_ref().unwrap().clone();
        (t[2].clone(), t[3].clone(), t[5].clone())
    };
    // Members 2 and 3 pay 50 each: 2 × 50 = 100 in cash; the register: due 100, paid 100, owed 0.
    let paid = collect(&mut store, &c, vec!["2".into(), "3".into()], "2025-10-25").unwrap();
    assert_eq!(balance(&store, "wc", "cash", "2025-10-25"), Money::units(100));
    assert_eq!(register(&store), (Cell::Money(Money::units(100)), Cell::Money(Money::units(100)), Cell::Money(Money::ZERO)));
    let rev = |store: &mut Store, voucher: &str, on: &str| app::reverse(store, &c, &app::ReverseInput { org: "wc".into(), voucher: voucher.into(), reason: "member 3 had not paid".into(), date: s(on), client_id: None });
    // Reversed on 26 October: the cash goes back to 0 and both owe again (owed 100).
    rev(&mut store, &paid.voucher, "2025-10-26").unwrap();
    assert_eq!(balance(&store, "wc", "cash", "2025-10-26"), Money::ZERO);
    assert_eq!(register(&store), (Cell::Money(Money::units(100)), Cell::Money(Money::ZERO), Cell::Money(Money::units(100))));
    // Member 2 pays again in a new collection (50 in cash); a second payment is refused.
    let again = collect(&mut store, &c, vec!["2".into()], "2025-10-27").unwrap();
    assert_eq!(balance(&store, "wc", "cash", "2025-10-27"), Money::units(50));
    let before = dump(&path);
    refused(&path, collect(&mut store, &c, vec!["2".into()], "2025-10-28"), "error-levy-already-paid", &before);
    assert_eq!(register(&store), (Cell::Money(Money::units(100)), Cell::Money(Money::units(50)), Cell::Money(Money::units(50))));
    // The reversal itself is not reversed.
    let before = dump(&path);
    refused(&path, rev(&mut store, &format!("{}", next_voucher(&paid.voucher)), "2025-10-28"), "error-cannot-reverse-reversal", &before);
    // The payout of the 50 collected (no admin share, no loan): all to the nominee.
    let p = w::welfare_payout(&mut store, &c, &w::PayoutInput { org: "wc".into(), deceased: "1".into(), date: "2025-11-01".into(), loans: vec![], client_id: None }).unwrap();
    assert_eq!(p.to_family, "50.00");
    // Now the collection the payout was worked out from is not reversed, nor the payout.
    let before = dump(&path);
    refused(&path, rev(&mut store, &again.voucher, "2025-11-02"), "error-voucher-owned-by-event", &before);
    let e = rev(&mut store, &again.voucher, "2025-11-02").unwrap_err();
    let en = samuh::i18n::Localizer::new(samuh::i18n::Locale::new(samuh::i18n::Lang::En)).error(&e);
    assert!(en.contains("belongs to the levies collected for a death that has been paid out"), "{en}");
    refused(&path, rev(&mut store, &p.saved.voucher, "2025-11-02"), "error-voucher-owned-by-event", &before);
    let e = rev(&mut store, &p.saved.voucher, "2025-11-02").unwrap_err();
    let en = samuh::i18n::Localizer::new(samuh::i18n::Locale::new(samuh::i18n::Lang::En)).error(&e);
    assert!(en.contains("belongs to a welfare payout: it cannot be reversed voucher by voucher"), "{en}");
    assert!(en.ends_with("Nothing was changed."), "{en}");
    // The book checks clean: the journal, the register and the records chain agree.
    assert!(app::check_book(&store, None).unwrap().ok());
}

/// The voucher after `v` ("2025-26/0003" → "2025-26/0004").
fn next_voucher(v: &str) -> String {
    let (fy, n) = v.rsplit_once('/').unwrap();
    format!("{fy}/{:04}", n.parse::<i64>().unwrap() + 1)
}

/// A club's book from before migration 0023 (levies keyed by death and member) opens with its
/// levies as they were, its records chain still verifying, and a collection made then can be
/// reversed and paid again.
#[test]
fn a_book_from_before_levies_could_be_paid_again_keeps_its_levies() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("club.samuh");
    let c = ctx("2025-12-31");
    let paid = {
        let mut store = Store::open_or_create(&path).unwrap();
        club(&mut store, &c, 3, "50", "0");
        death(&mut store, &c, "1", "2025-10-20").unwrap();
        collect(&mut store, &c, vec!["2".into(), "3".into()], "2025-10-25").unwrap()
    };
    common::outside_edit(
        &path,
        "CREATE TABLE old_paid AS SELECT * FROM levy_paid; DROP TABLE levy_paid;
         CREATE TABLE levy_paid (
            collection_id INTEGER NOT NULL REFERENCES levy_collection(id),
            death_id      INTEGER NOT NULL REFERENCES death(id),
            member_id     INTEGER NOT NULL REFERENCES member(id),
            amount_minor  INTEGER NOT NULL CHECK (amount_minor > 0),
            PRIMARY KEY (death_id, member_id)
         ) STRICT, WITHOUT ROWID;
         INSERT INTO levy_paid SELECT collection_id, death_id, member_id, amount_minor FROM old_paid; DROP TABLE old_paid;
         CREATE INDEX levy_paid_collection ON levy_paid(collection_id);
         PRAGMA user_version = 22;",
    );
    let mut store = Store::open(&path).unwrap();
    let version: i64 = rusqlite::Connection::open(&path).unwrap().query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, samuh::store::schema_version());
    assert!(app::check_book(&store, None).unwrap().ok(), "{:?}", app::check_book(&store, None).unwrap().findings);
    // Both levies stand (2 × 50 = 100 in cash); reversed, both owe; member 3 pays again.
    assert_eq!(balance(&store, "wc", "cash", "2025-10-25"), Money::units(100));
    app::reverse(&mut store, &c, &app::ReverseInput { org: "wc".into(), voucher: paid.voucher.clone(), reason: "wrong death".into(), date: s("2025-10-26"), client_id: None }).unwrap();
    collect(&mut store, &c, vec!["3".into()], "2025-10-27").unwrap();
    assert_eq!(balance(&store, "wc", "cash", "2025-10-27"), Money::units(50));
    assert!(app::check_book(&store, None).unwrap().ok());
}

/// A death's levies and payout are dated on or after the death, the payout on or after the
/// last levy collected, and no levy is collected once the death is paid out (it would sit in the
/// welfare fund, counted in no payout). Four members, levy 50, no admin share: member 1 dies on
/// 20 October; 2, 3 and 4 owe 50 each.
#[test]
fn levies_and_the_payout_are_dated_between_the_death_and_the_payout() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("club.samuh");
    let mut store = Store::open_or_create(&path).unwrap();
    let c = ctx("2025-12-31");
    club(&mut store, &c, 4, "50", "0");
    assert_eq!(death(&mut store, &c, "1", "2025-10-20").unwrap().owing, 3);
    let deceased = "1 สมาชิก 1".to_string();
    let died = common::d("2025-10-20");
    let payout = |date: &str| w::PayoutInput { org: "wc".into(), deceased: "1".into(), date: date.into(), loans: vec![], client_id: None };

    // The day before the death: neither a levy nor the payout.
    let before = dump(&path);
    let e = collect(&mut store, &c, vec!["2".into()], "2025-10-19").unwrap_err();
    assert_eq!(e, Error::WelfareBeforeDeath { deceased: deceased.clone(), date: common::d("2025-10-19"), died });
    refused(&path, collect(&mut store, &c, vec!["2".into()], "2025-10-19"), "error-welfare-before-death", &before);
    refused(&path, w::welfare_payout(&mut store, &c, &payout("2025-10-19")), "error-welfare-before-death", &before);

    // Member 2 pays on the day of the death, member 3 on 28 October: 2 × 50 = 100 in cash.
    collect(&mut store, &c, vec!["2".into()], "2025-10-20").unwrap();
    collect(&mut store, &c, vec!["3".into()], "2025-10-28").unwrap();
    assert_eq!(balance(&store, "wc", "cash", "2025-10-28"), Money::units(100));

    // A payout dated 25 October would count member 2's levy only and leave member 3's 50 in
    // the fund: refused, naming the last collection.
    let before = dump(&path);
    let e = w::welfare_payout(&mut store, &c, &payout("2025-10-25")).unwrap_err();
    assert_eq!(e, Error::PayoutBeforeLastLevy { deceased: deceased.clone(), date: common::d("2025-10-25"), last: common::d("2025-10-28") });
    refused(&path, w::welfare_payout(&mut store, &c, &payout("2025-10-25")), "error-payout-before-last-levy", &before);

    // Paid out on 28 October: 100 collected, nothing kept, 100 to the nominee; the fund is empty.
    let p = w::welfare_payout(&mut store, &c, &payout("2025-10-28")).unwrap();
    assert_eq!((p.collected.as_str(), p.to_family.as_str()), ("100.00", "100.00"));
    assert_eq!(balance(&store, "wc", "welfare-fund", "2025-12-31"), Money::ZERO);

    // Member 4's levy, brought after the payout (or typed with an earlier date): refused, the
    // message naming the payout's day; the cash and the fund stay at nothing.
    let before = dump(&path);
    for date in ["2025-11-05", "2025-10-27"] {
        let e = collect(&mut store, &c, vec!["4".into()], date).unwrap_err();
        assert_eq!(e, Error::LevyAfterPayout { deceased: deceased.clone(), paid: common::d("2025-10-28") });
        refused(&path, collect(&mut store, &c, vec!["4".into()], date), "error-levy-after-payout", &before);
    }
    let en = samuh::i18n::Localizer::new(samuh::i18n::Locale::new(samuh::i18n::Lang::En)).error(&Error::LevyAfterPayout { deceased, paid: common::d("2025-10-28") });
    assert!(en.contains("was paid out on 28 October 2025"), "{en}");
    assert_eq!(balance(&store, "wc", "cash", "2025-12-31"), Money::ZERO);
    assert_eq!(balance(&store, "wc", "welfare-fund", "2025-12-31"), Money::ZERO);
}

/// Benefits are for a living member of the group: none to a member from the day her death is
/// recorded (her family's death benefit is the death's payout, paid once), none of any kind as a
/// "death" benefit beside that payout, and none after a member left. Annual fees 3 × 200 = 600.
#[test]
fn no_benefit_is_paid_after_a_members_death_or_after_she_left() {
    let (_dir, path, mut store, c) = fee_club(w::WelfareRuleInput { sickness: s("100"), death_benefit: s("300"), ..Default::default() });
    let pay = |store: &mut Store, member: &str, kind: &str, date: &str| {
        w::benefit_pay(store, &c, &w::BenefitInput { org: "sg".into(), member: member.into(), kind: kind.into(), date: date.into(), client_id: None })
    };
    // Member 2 is paid for sickness on 1 May (600 − 100 = 500 in cash) and dies on 1 June.
    pay(&mut store, "2", "sickness", "2025-05-01").unwrap();
    w::death_record(&mut store, &c, &w::DeathInput { org: "sg".into(), member: "2".into(), date: "2025-06-01".into(), nominee: s("ลูกชาย"), client_id: None }).unwrap();
    let before = dump(&path);
    let dead = Error::BenefitAfterDeath { member: "2 สมาชิก 2".into(), died: common::d("2025-06-01") };
    // On the day of her death and after, no benefit of any kind; the death benefit, whatever its
    // date, is the payout's.
    for (kind, date) in [("sickness", "2025-06-01"), ("sickness", "2025-07-01"), ("death", "2025-06-02"), ("death", "2025-05-31")] {
        assert_eq!(pay(&mut store, "2", kind, date).unwrap_err(), dead, "{kind} {date}");
        refused(&path, pay(&mut store, "2", kind, date), "error-benefit-after-death", &before);
    }
    // Member 3 left on 30 June: a benefit after that is refused too.
    app::member_exit(&mut store, &c, "sg", "3", "2025-06-30", None).unwrap();
    let before = dump(&path);
    let e = pay(&mut store, "3", "sickness", "2025-07-01").unwrap_err();
    assert_eq!(e, Error::MemberExited { member: "3 สมาชิก 3".into(), exited: common::d("2025-06-30") });
    refused(&path, pay(&mut store, "3", "sickness", "2025-07-01"), "error-member-exited", &before);
    // The death benefit goes through the payout: 300 from the fund to the nominee, 500 − 300
    // = 200 left in cash.
    let p = w::welfare_payout(&mut store, &c, &w::PayoutInput { org: "sg".into(), deceased: "2".into(), date: "2025-06-05".into(), loans: vec![], client_id: None }).unwrap();
    assert_eq!(p.to_family, "300.00");
    assert_eq!(balance(&store, "sg", "cash", "2025-06-05"), Money::units(200));
}

/// The welfare rules: an admin share outside 0 to 100 % and a second version on a day that
/// already has one are refused with what to type, and nothing changes.
#[test]
fn welfare_rules_refuse_an_admin_share_outside_0_to_100_and_a_second_version_the_same_day() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("club.samuh");
    let mut store = Store::open_or_create(&path).unwrap();
    let c = ctx("2025-12-31");
    club(&mut store, &c, 3, "50", "5");
    let rules = |from: &str, admin: &str| w::WelfareRuleInput { org: "wc".into(), from: from.into(), levy: s("50"), admin_share: s(admin), ..Default::default() };
    let before = dump(&path);
    for admin in ["150", "100.5", "-5"] {
        let e = w::welfare_rule_set(&mut store, &c, &rules("2025-06-01", admin)).unwrap_err();
        assert_eq!(e, Error::AdminShareOutOfRange { input: admin.into() });
        refused(&path, w::welfare_rule_set(&mut store, &c, &rules("2025-06-01", admin)), "error-admin-share-out-of-range", &before);
    }
    refused(&path, w::welfare_rule_set(&mut store, &c, &rules("2025-06-01", "abc")), "error-invalid-number", &before);
    // The club's rules start on 5 January 2025 already.
    let e = w::welfare_rule_set(&mut store, &c, &rules("2025-01-05", "10")).unwrap_err();
    assert_eq!(e, Error::WelfareRulesSameDay { date: common::d("2025-01-05") });
    refused(&path, w::welfare_rule_set(&mut store, &c, &rules("2025-01-05", "10")), "error-welfare-rules-same-day", &before);
    let en = samuh::i18n::Localizer::new(samuh::i18n::Locale::new(samuh::i18n::Lang::En));
    let msg = en.error(&Error::AdminShareOutOfRange { input: "150".into() });
    assert!(msg.contains("from 0 to 100") && !msg.contains("not one of the choices"), "{msg}");
    // 0 and 100 are the bounds, and are recorded; so is a later version.
    w::welfare_rule_set(&mut store, &c, &rules("2025-06-01", "100")).unwrap();
    w::welfare_rule_set(&mut store, &c, &rules("2025-07-01", "0")).unwrap();
}
