//! VSLA groups (issue 14) end to end through the app layer: a cycle opened with its by-laws,
//! shares bought 1 to 5 at a meeting with a social-fund contribution, domain.md §4.8's ₵270
//! share-out reproduced, a share-out netting a loan with a rounding residual, the next cycle, and
//! the refusals (shares out of range or not whole, a share-out before the cycle's end, twice,
//! with loans out where the by-laws refuse) that change nothing. Every figure is worked out by
//! hand below. Amounts are in rupees standing for the example's cedis: the arithmetic is the same.

mod common;

use samuh::domain::refusal::Refusal;
use common::{ctx, dump};
use samuh::app::{self, Ctx};
use samuh::domain::ledger::code;
use samuh::domain::money::{Currency, Money};
use samuh::error::Error;
use samuh::store::Store;
use std::path::PathBuf;

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

fn inr(v: &str) -> Money {
    Money::parse_plain(v, Currency::Inr).unwrap()
}

struct Book {
    _dir: tempfile::TempDir,
    path: PathBuf,
    store: Store,
}

fn new_book() -> Book {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.samuh");
    let store = Store::open_or_create(&path).unwrap();
    Book { _dir: dir, path, store }
}

/// A VSLA group of `members` formed on `formed`, with by-laws whose loans charge 10 % a month
/// flat (the service charge), and its first cycle opened.
fn vsla(b: &mut Book, c: &Ctx, code: &str, formed: &str, members: usize, cycle: app::CycleInput) {
    vsla_group(b, c, code, formed, members);
    app::vsla_cycle_open(&mut b.store, c, &app::CycleInput { org: code.into(), ..cycle }).unwrap();
}

/// The same group, with no cycle opened yet.
fn vsla_group(b: &mut Book, c: &Ctx, code: &str, formed: &str, members: usize) {
    app::org_add(&mut b.store, c, &app::OrgInput {
        code: code.into(),
        name: format!("{code} group"),
        kind: "vsla".into(),
        country: "in".into(),
        meeting_frequency: "monthly".into(),
        formed_on: formed.into(),
        ..Default::default()
    })
    .unwrap();
    for i in 1..=members {
        app::member_add(&mut b.store, c, &app::MemberInput { org: code.into(), admission_no: i.to_string(), name: format!("Member {i}"), joined_on: formed.into(), ..Default::default() }).unwrap();
    }
    app::policy_set(&mut b.store, c, &app::PolicyInput {
        org: code.into(),
        effective_from: formed.into(),
        saving_per_meeting: s("0"),
        interest_rate: s("10"),
        rate_period: s("month"),
        interest_method: s("flat"),
        repayment_frequency: s("monthly"),
        default_instalments: s("3"),
        rounding_unit: s("0.01"),
        rounding_mode: s("half-up"),
        ..Default::default()
    })
    .unwrap();
}

fn cycle(start: &str, end: Option<&str>, price: &str, social: &str, loans: &str) -> app::CycleInput {
    app::CycleInput {
        start: start.into(),
        end: end.map(str::to_string),
        share_price: price.into(),
        social_fund: s(social),
        service_charge: s("10"),
        loans: s(loans),
        ..Default::default()
    }
}

fn row(member: &str, shares: &str, social: &str) -> app::MeetingMemberRow {
    app::MeetingMemberRow { member: member.into(), attendance: "present".into(), shares: s(shares), social_fund: s(social), ..Default::default() }
}

fn meeting(org: &str, date: &str, members: Vec<app::MeetingMemberRow>) -> app::MeetingInput {
    app::MeetingInput { org: org.into(), date: date.into(), members, ..Default::default() }
}

fn balance(store: &Store, org: &str, account: &str, member: Option<i64>) -> Money {
    let b = store.read();
    let o = b.org_by_code(org).unwrap().unwrap();
    b.account_balance(o.id, account, member, None, None).unwrap()
}

fn member_id(store: &Store, org: &str, no: &str) -> i64 {
    let b = store.read();
    let o = b.org_by_code(org).unwrap().unwrap();
    b.member_by_no(o.id, no).unwrap().unwrap().id
}

fn share_out(org: &str, date: &str) -> app::ShareOutInput {
    app::ShareOutInput { org: org.into(), date: date.into(), client_id: None }
}

/// domain.md §4.8: 20 members each buy 45 shares of 5 over the cycle (5 at each of nine
/// meetings, none at the tenth): 20 × 45 = 900 shares, 900 × 5 = 4,500 saved. Each pays 1 to the
/// social fund at each of ten meetings: 20 × 10 × 1 = 200. The group earns 900 (service charges
/// and fines, booked here as other income at the last meeting). Cash in the box:
/// 4,500 + 200 + 900 = 5,600.
fn the_270_group() -> (Book, Ctx) {
    let mut b = new_book();
    let c = ctx("2025-01-06");
    // The cycle runs a year: 6 Jan 2025 to 5 Jan 2026 (a year less a day, the default).
    vsla(&mut b, &c, "v1", "2025-01-06", 20, cycle("2025-01-06", None, "5", "1", "refuse"));
    for month in 1..=10u32 {
        let date = format!("2025-{month:02}-06");
        let c = ctx(&date);
        let shares = if month <= 9 { "5" } else { "" };
        let mut m = meeting("v1", &date, (1..=20).map(|i| row(&i.to_string(), shares, "1")).collect());
        if month == 10 {
            m.group = vec![app::GroupLineInput { kind: "other-income".into(), amount: "900".into(), ..Default::default() }];
        }
        app::meeting_record(&mut b.store, &c, &m).unwrap();
    }
    (b, ctx("2026-01-10"))
}

#[test]
fn the_share_out_of_domain_md_pays_270_for_45_shares() {
    let (mut b, c) = the_270_group();
    assert_eq!(balance(&b.store, "v1", code::CASH, None), inr("5600"));
    // The social fund is the group's welfare fund (a credit balance).
    assert_eq!(balance(&b.store, "v1", code::WELFARE_FUND, None), -inr("200"));
    let m1 = member_id(&b.store, "v1", "1");
    // 45 shares × 5 = 225 of share capital (a credit), none of it savings.
    assert_eq!(balance(&b.store, "v1", code::SHARE_CAPITAL, Some(m1)), -inr("225"));
    assert_eq!(balance(&b.store, "v1", code::MEMBER_SAVINGS, Some(m1)), Money::ZERO);

    // The preview writes nothing.
    let before = dump(&b.path);
    let preview = app::vsla_share_out_preview(&b.store, &c, &share_out("v1", "2026-01-05")).unwrap();
    assert_eq!(preview.id, "share-out");
    assert_eq!(dump(&b.path), before);

    let done = app::vsla_share_out(&mut b.store, &c, &share_out("v1", "2026-01-05")).unwrap();
    assert_eq!(done.cycle, 1);
    // Loan fund = 5,600 − 200 (social fund) = 5,400; value per share = 5,400 ÷ 900 = 6.
    // Member 1: 45 × 6 = 270 = 225 of shares back + 45 of profit ((45 ÷ 900) × 900).
    // Paid out: 20 × 270 = 5,400; nothing left over (5,400 − 5,400 = 0 residual).
    // Cash after: 5,600 − 5,400 = 200, the social fund, carried to the next cycle.
    assert_eq!(balance(&b.store, "v1", code::CASH, None), inr("200"));
    assert_eq!(balance(&b.store, "v1", code::WELFARE_FUND, None), -inr("200"));
    assert_eq!(balance(&b.store, "v1", code::SHARE_CAPITAL, Some(m1)), Money::ZERO);
    // The profit, 20 × 45 = 900, came out of the surplus: a debit of 900 beside the cycle's
    // income of 900 (a credit), which the year's close brings together.
    assert_eq!(balance(&b.store, "v1", code::SURPLUS, None), inr("900"));
    assert_eq!(balance(&b.store, "v1", code::OTHER_INCOME, None), -inr("900"));

    // The sheet, read back from the share-out: member 1's row says 45 shares, 225, 270, 270.
    let r = app::report(&b.store, &c, &app::ReportParams { org: "v1".into(), name: "share-out".into(), ..Default::default() }).unwrap();
    let members = &r.sections[1];
    let first = &members.rows[0];
    use samuh::reports::Cell;
    assert_eq!(first[1], Cell::Count(45));
    assert_eq!(first[2], Cell::Money(inr("225")));
    assert_eq!(first[3], Cell::Money(inr("270")));
    assert_eq!(first[5], Cell::Money(inr("270")));
    assert_eq!(members.totals.as_ref().unwrap()[5], Cell::Money(inr("5400")));
    // The fund section: 5,600 in the box, less 200, 5,400 to share out.
    assert_eq!(r.sections[0].totals.as_ref().unwrap()[1], Cell::Money(inr("5400")));

    // A second share-out of the same cycle is refused, and changes nothing.
    let before = dump(&b.path);
    assert_eq!(app::vsla_share_out(&mut b.store, &c, &share_out("v1", "2026-01-06")).unwrap_err(), Error::VslaAlreadySharedOut { cycle: 1 });
    assert_eq!(dump(&b.path), before);

    // The next cycle opens from the share-out's day; the social fund (200) stays, carried over.
    let next = app::vsla_cycle_open(&mut b.store, &c, &app::CycleInput { org: "v1".into(), ..cycle("2026-01-06", None, "5", "1", "refuse") }).unwrap();
    assert_eq!(next.cycle, 2);
    assert_eq!(balance(&b.store, "v1", code::WELFARE_FUND, None), -inr("200"));
    // Its first meeting: member 1 buys 2 shares (10) and pays 1 to the social fund.
    let c2 = ctx("2026-01-06");
    app::meeting_record(&mut b.store, &c2, &meeting("v1", "2026-01-06", vec![row("1", "2", "1")])).unwrap();
    assert_eq!(balance(&b.store, "v1", code::SHARE_CAPITAL, Some(m1)), -inr("10"));
    assert_eq!(balance(&b.store, "v1", code::WELFARE_FUND, None), -inr("201"));
}

#[test]
fn a_share_out_before_the_cycles_end_is_refused_and_changes_nothing() {
    let (mut b, c) = the_270_group();
    let before = dump(&b.path);
    // The cycle ends on 5 Jan 2026 (6 Jan 2025 + 12 months − 1 day).
    let end = chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
    assert_eq!(app::vsla_share_out(&mut b.store, &c, &share_out("v1", "2026-01-04")).unwrap_err(), Error::VslaCycleNotEnded { cycle: 1, end });
    assert_eq!(app::vsla_share_out_preview(&b.store, &c, &share_out("v1", "2026-01-04")).unwrap_err(), Error::VslaCycleNotEnded { cycle: 1, end });
    assert_eq!(dump(&b.path), before);
    // A cycle cannot be opened while this one is not shared out.
    let e = app::vsla_cycle_open(&mut b.store, &c, &app::CycleInput { org: "v1".into(), ..cycle("2026-01-06", None, "5", "1", "net") }).unwrap_err();
    assert_eq!(e, Error::VslaCycleStillOpen { cycle: 1 });
    assert_eq!(dump(&b.path), before);
}

#[test]
fn shares_at_a_meeting_must_be_one_to_five_whole_and_nothing_changes_otherwise() {
    let mut b = new_book();
    let c = ctx("2025-01-06");
    vsla(&mut b, &c, "v1", "2025-01-06", 2, cycle("2025-01-06", None, "5", "1", "net"));
    let before = dump(&b.path);
    for bad in ["6", "10"] {
        let e = app::meeting_record(&mut b.store, &c, &meeting("v1", "2025-01-06", vec![row("1", bad, "1")])).unwrap_err();
        assert_eq!(e, Error::Domain(Refusal::VslaSharesOutOfRange { member: "1 Member 1".into(), shares: bad.into() }));
        assert_eq!(e.code(), "error-vsla-shares-out-of-range");
    }
    let e = app::meeting_record(&mut b.store, &c, &meeting("v1", "2025-01-06", vec![row("1", "2.5", "1")])).unwrap_err();
    assert_eq!(e, Error::Domain(Refusal::NotWholeShares { member: "1 Member 1".into(), shares: "2.5".into() }));
    assert_eq!(dump(&b.path), before);
    // 5 shares at 5 = 25 of share capital; 1 to the social fund; cash 26.
    app::meeting_record(&mut b.store, &c, &meeting("v1", "2025-01-06", vec![row("1", "5", "1"), row("2", "1", "1")])).unwrap();
    assert_eq!(balance(&b.store, "v1", code::SHARE_CAPITAL, Some(member_id(&b.store, "v1", "1"))), -inr("25"));
    // Member 2: 1 share = 5. Cash: 25 + 1 + 5 + 1 = 32.
    assert_eq!(balance(&b.store, "v1", code::CASH, None), inr("32"));
}

#[test]
fn a_social_fund_contribution_is_for_vsla_groups_only() {
    let mut b = new_book();
    let c = ctx("2025-01-06");
    app::org_add(&mut b.store, &c, &app::OrgInput {
        code: "shg".into(),
        name: "shg".into(),
        kind: "shg".into(),
        country: "in".into(),
        meeting_frequency: "monthly".into(),
        formed_on: "2025-01-06".into(),
        ..Default::default()
    })
    .unwrap();
    app::member_add(&mut b.store, &c, &app::MemberInput { org: "shg".into(), admission_no: "1".into(), name: "Member 1".into(), joined_on: "2025-01-06".into(), ..Default::default() }).unwrap();
    app::policy_set(&mut b.store, &c, &app::PolicyInput { org: "shg".into(), effective_from: "2025-01-06".into(), saving_per_meeting: s("0"), interest_rate: s("12"), ..Default::default() }).unwrap();
    let before = dump(&b.path);
    let m = app::MeetingMemberRow { member: "1".into(), attendance: "present".into(), social_fund: s("1"), ..Default::default() };
    assert_eq!(app::meeting_record(&mut b.store, &c, &meeting("shg", "2025-01-06", vec![m])).unwrap_err(), Error::NotVsla { org: "shg".into() });
    assert_eq!(app::vsla_share_out(&mut b.store, &c, &share_out("shg", "2025-01-06")).unwrap_err(), Error::NotVsla { org: "shg".into() });
    assert_eq!(dump(&b.path), before);
}

#[test]
fn a_social_fund_contribution_other_than_the_by_laws_is_refused_beside_its_box() {
    // The cycle's by-laws: 1 to the social fund from every member at each meeting.
    let mut b = new_book();
    let c = ctx("2025-01-06");
    vsla(&mut b, &c, "v1", "2025-01-06", 2, cycle("2025-01-06", None, "5", "1", "net"));
    let before = dump(&b.path);
    let m = meeting("v1", "2025-01-06", vec![row("1", "1", "1"), row("2", "1", "2")]);
    let e = app::meeting_record(&mut b.store, &c, &m).unwrap_err();
    assert_eq!(e, Error::SocialFundNotByLaw { member: "2 Member 2".into(), amount: inr("2"), due: inr("1") });
    assert_eq!(dump(&b.path), before);
    let bn = samuh::i18n::Localizer::new(samuh::i18n::Locale::new(samuh::i18n::Lang::Bn)).error(&e);
    assert_eq!(bn, "২ Member ২ সামাজিক তহবিলে ২.০০ দিয়েছেন; এই চক্রের উপবিধি প্রতি সভায় প্রত্যেক সদস্যের কাছে ১.০০ চায়। কিছুই সংরক্ষণ করা হয়নি। ১.০০ লিখুন, অথবা কিছু না দিলে ঘরটি খালি রাখুন।");
    // The meeting page shows it beside member 2's social-fund box.
    let p = app::meeting_preview(&mut b.store, &c, &m, samuh::i18n::Locale::new(samuh::i18n::Lang::En)).unwrap();
    assert_eq!(p.errors.iter().map(|e| (e.field_path.as_str(), e.code.as_str())).collect::<Vec<_>>(), vec![("members.1.social_fund", "error-social-fund-not-by-law")]);
    // The by-laws' 1, or nothing (a member who paid nothing), is saved: cash 5 + 1 + 5 = 11.
    let m = meeting("v1", "2025-01-06", vec![row("1", "1", "1"), row("2", "1", "")]);
    app::meeting_record(&mut b.store, &c, &m).unwrap();
    assert_eq!(balance(&b.store, "v1", code::CASH, None), inr("11"));
}

/// Three members, shares of 10, a cycle of 2025 (1 Jan to 31 Dec), social fund 5 a meeting.
/// Meeting 1 (6 Jan): shares 5, 5, 2. Meeting 2 (6 Feb): shares 5, 2, 2; member 2 borrows 60;
/// the group earns 50. Shares: member 1 10, member 2 7, member 3 4 = 21, capital 210.
/// Social fund 2 × 3 × 5 = 30. Cash: 210 + 30 + 50 − 60 = 230.
fn netting_group(loans: &str) -> (Book, Ctx) {
    let mut b = new_book();
    let c = ctx("2025-01-06");
    vsla(&mut b, &c, "v2", "2025-01-01", 3, cycle("2025-01-01", Some("2025-12-31"), "10", "5", loans));
    app::meeting_record(&mut b.store, &c, &meeting("v2", "2025-01-06", vec![row("1", "5", "5"), row("2", "5", "5"), row("3", "2", "5")])).unwrap();
    let c = ctx("2025-02-06");
    let mut m = meeting("v2", "2025-02-06", vec![row("1", "5", "5"), row("2", "2", "5"), row("3", "2", "5")]);
    m.loans = vec![app::LoanInput { member: "2".into(), amount: "60".into(), ..Default::default() }];
    m.group = vec![app::GroupLineInput { kind: "other-income".into(), amount: "50".into(), ..Default::default() }];
    app::meeting_record(&mut b.store, &c, &m).unwrap();
    assert_eq!(balance(&b.store, "v2", code::CASH, None), inr("230"));
    (b, ctx("2026-01-02"))
}

#[test]
fn a_loan_still_out_is_netted_against_the_borrowers_payout_and_the_residual_stays() {
    let (mut b, c) = netting_group("net");
    app::vsla_share_out(&mut b.store, &c, &share_out("v2", "2025-12-31")).unwrap();
    // Loan fund = cash 230 + bank 0 − social fund 30 + the loan still out 60 = 260 (the loan
    // counted as if repaid). Value per share = 260 ÷ 21 = 12.380952…
    // Member 1: 10 × 12.380952… = 123.809… → cut to 123.80.
    // Member 2: 7 × 12.380952… = 86.666… → 86.66, less the loan 60 = 26.66 handed over.
    // Member 3: 4 × 12.380952… = 49.523… → 49.52.
    // Σ gross = 123.80 + 86.66 + 49.52 = 259.98; residual 260 − 259.98 = 0.02 stays.
    // Paid in cash: 123.80 + 26.66 + 49.52 = 199.98; cash left 230 − 199.98 = 30.02 =
    // the social fund 30 + the residual 0.02.
    assert_eq!(balance(&b.store, "v2", code::CASH, None), inr("30.02"));
    assert_eq!(balance(&b.store, "v2", code::LOANS_TO_MEMBERS, None), Money::ZERO);
    for no in ["1", "2", "3"] {
        assert_eq!(balance(&b.store, "v2", code::SHARE_CAPITAL, Some(member_id(&b.store, "v2", no))), Money::ZERO);
    }
    // Profit out of the surplus: (123.80 − 100) + (86.66 − 70) + (49.52 − 40) = 23.80 + 16.66
    // + 9.52 = 49.98.
    assert_eq!(balance(&b.store, "v2", code::SURPLUS, None), inr("49.98"));
    let r = app::report(&b.store, &c, &app::ReportParams { org: "v2".into(), name: "share-out".into(), ..Default::default() }).unwrap();
    use samuh::reports::Cell;
    let m2 = &r.sections[1].rows[1];
    assert_eq!((m2[1].clone(), m2[3].clone(), m2[4].clone(), m2[5].clone()), (Cell::Count(7), Cell::Money(inr("86.66")), Cell::Money(inr("60")), Cell::Money(inr("26.66"))));
    assert_eq!(r.sections[0].totals.as_ref().unwrap()[1], Cell::Money(inr("260")));
}

#[test]
fn a_share_out_with_a_loan_out_is_refused_where_the_by_laws_say_so() {
    let (mut b, c) = netting_group("refuse");
    let before = dump(&b.path);
    // One loan, 60, still out.
    let e = app::vsla_share_out(&mut b.store, &c, &share_out("v2", "2025-12-31")).unwrap_err();
    assert_eq!(e, Error::Domain(Refusal::VslaLoansOutstanding { count: 1, amount: inr("60") }));
    assert_eq!(e.code(), "error-vsla-loans-outstanding");
    assert_eq!(dump(&b.path), before);
}

/// Issue 14 (the grid's columns): the meeting form of a VSLA group asks for shares and the
/// social fund, with the cycle's price (5) and contribution (1); its preview totals them. Member
/// 1 buys 3 shares (3 × 5 = 15) and members 1 and 2 pay 1 each to the social fund (2).
#[test]
fn the_meeting_form_of_a_vsla_group_has_shares_and_social_fund_columns() {
    let mut b = new_book();
    let c = ctx("2025-01-06");
    vsla(&mut b, &c, "v1", "2025-01-06", 2, cycle("2025-01-06", None, "5", "1", "net"));
    let en = samuh::i18n::Locale::new(samuh::i18n::Lang::En);
    let c = ctx("2025-02-06");
    let form = app::meeting_form(&b.store, &c, "v1", "2025-02-06", en).unwrap();
    assert!(form.shares_column && form.social_fund_column);
    assert_eq!(form.share_price_display, "₹5.00");
    assert_eq!(form.social_fund, "1.00");
    let before = dump(&b.path);
    let p = app::meeting_preview(&mut b.store, &c, &meeting("v1", "2025-02-06", vec![row("1", "3", "1"), row("2", "", "1")]), en).unwrap();
    assert!(p.ok, "{:?}", p.errors);
    assert_eq!(p.totals.shares, "15.00");
    assert_eq!(p.totals.social_fund, "2.00");
    // Six shares is more than a meeting allows: said at member 2's shares box.
    let p = app::meeting_preview(&mut b.store, &c, &meeting("v1", "2025-02-06", vec![row("1", "3", "1"), row("2", "6", "1")]), en).unwrap();
    assert!(p.errors.iter().any(|e| e.field_path == "members.1.shares" && e.code == "error-vsla-shares-out-of-range"), "{:?}", p.errors);
    assert_eq!(dump(&b.path), before);
}

/// "Loans with a service charge": a VSLA cycle's service charge (% a month, flat on the
/// principal) is what its loans are charged, whatever interest the general by-laws name. Here
/// the by-laws say (from February) 24 % a year on the reducing balance, the cycle 5 % a month: a
/// loan of 1,000 over 3 monthly instalments is charged 1,000 × 5 % × 3 = 150, 50 a month (the
/// by-laws' rate would have charged 20.00 + 13.40 + 6.73 or so, about 40). A loan that states its
/// own rate keeps it: 500 at 2 % a month flat over 3 months is charged 500 × 2 % × 3 = 30.
#[test]
fn a_vsla_loan_is_charged_the_cycles_service_charge() {
    let mut b = new_book();
    let c = ctx("2025-01-06");
    let mut cy = cycle("2025-01-06", None, "50", "0", "net");
    cy.service_charge = s("5");
    vsla(&mut b, &c, "v3", "2025-01-06", 4, cy);
    app::policy_set(&mut b.store, &c, &app::PolicyInput {
        org: "v3".into(),
        effective_from: "2025-02-01".into(),
        saving_per_meeting: s("0"),
        interest_rate: s("24"),
        rate_period: s("year"),
        interest_method: s("reducing-equal-principal"),
        repayment_frequency: s("monthly"),
        default_instalments: s("3"),
        ..Default::default()
    })
    .unwrap();
    // 6 February: four members buy 5 shares of 50 each (cash 1,000); member 1 borrows 1,000 and
    // member 2 borrows 500 at a rate stated on the loan... after member 1's loan the cash is nil,
    // so member 2's loan is given at the next meeting, when the shares come in again.
    let mut m = meeting("v3", "2025-02-06", (1..=4).map(|i| row(&i.to_string(), "5", "")).collect());
    m.loans.push(app::LoanInput { member: "1".into(), amount: "1000".into(), ..Default::default() });
    app::meeting_record(&mut b.store, &ctx("2025-02-06"), &m).unwrap();
    let mut m = meeting("v3", "2025-03-06", (1..=4).map(|i| row(&i.to_string(), "5", "")).collect());
    m.loans.push(app::LoanInput { member: "2".into(), amount: "500".into(), rate: s("2"), rate_period: s("month"), method: s("flat"), ..Default::default() });
    app::meeting_record(&mut b.store, &ctx("2025-03-06"), &m).unwrap();
    let r = b.store.read();
    let org = r.org_by_code("v3").unwrap().unwrap();
    let loans = r.loans(org.id).unwrap();
    let charged = |k: usize| {
        let sched = samuh::domain::schedule::schedule(&loans[k].terms).unwrap();
        sched.instalments.iter().map(|i| i.interest).collect::<Vec<Money>>()
    };
    assert_eq!(charged(0), vec![inr("50"), inr("50"), inr("50")]);
    assert_eq!(charged(1), vec![inr("10"), inr("10"), inr("10")]);
}

/// A shared-out cycle is closed like a closed year. Two members, shares of 10, a cycle from
/// 1 January to 30 June 2025, loans netted at the share-out. Meeting of 6 January: each buys 5
/// shares (2 × 50 = 100 in cash) and member 2 borrows 40 (cash 60). Meeting of 6 February:
/// member 1 buys 5 more (cash 110). Shares: member 1 10, member 2 5 = 15.
/// Share-out on 30 June: fund = cash 110 + the loan still out 40 = 150; 150 ÷ 15 = 10 a share.
/// Member 1: 10 × 10 = 100. Member 2: 5 × 10 = 50, less the loan 40 = 10 handed over. Paid in
/// cash 100 + 10 = 110: the box is empty, the loan closed, no share capital left.
/// Reversing the meeting of 6 January would un-give the loan the share-out closed and un-buy
/// shares already paid out; so neither a voucher of the cycle is reversed nor is anything dated
/// on or before the share-out recorded. The next cycle starts the day after; its vouchers are
/// corrected as usual.
#[test]
fn a_shared_out_cycle_is_closed_and_the_next_cycle_is_corrected_as_usual() {
    let mut b = new_book();
    let c = ctx("2025-01-01");
    vsla(&mut b, &c, "v4", "2025-01-01", 2, cycle("2025-01-01", Some("2025-06-30"), "10", "0", "net"));
    let mut m = meeting("v4", "2025-01-06", vec![row("1", "5", ""), row("2", "5", "")]);
    m.loans = vec![app::LoanInput { member: "2".into(), amount: "40".into(), ..Default::default() }];
    let first = app::meeting_record(&mut b.store, &ctx("2025-01-06"), &m).unwrap();
    let second = app::meeting_record(&mut b.store, &ctx("2025-02-06"), &meeting("v4", "2025-02-06", vec![row("1", "5", "")])).unwrap();
    assert_eq!(balance(&b.store, "v4", code::CASH, None), inr("110"));
    let c = ctx("2025-07-10");
    app::vsla_share_out(&mut b.store, &c, &share_out("v4", "2025-06-30")).unwrap();
    assert_eq!(balance(&b.store, "v4", code::CASH, None), Money::ZERO);
    assert_eq!(balance(&b.store, "v4", code::LOANS_TO_MEMBERS, None), Money::ZERO);
    assert_eq!(balance(&b.store, "v4", code::SHARE_CAPITAL, None), Money::ZERO);

    let shared_out = common::d("2025-06-30");
    let closed = |voucher: &str, date: &str| Error::VslaVoucherInSharedOutCycle { voucher: voucher.into(), date: common::d(date), cycle: 1, shared_out };
    let before = dump(&b.path);
    let reverse = |voucher: &str, on: Option<&str>| app::ReverseInput { org: "v4".into(), voucher: voucher.into(), reason: "typed wrong".into(), date: on.map(str::to_string), client_id: None };
    // A voucher of the cycle, reversed today or on a chosen day after the share-out: refused.
    let e = app::reverse(&mut b.store, &c, &reverse(&first.voucher, None)).unwrap_err();
    assert_eq!(e, closed(&first.voucher, "2025-01-06"));
    assert_eq!(e.code(), "error-vsla-voucher-in-shared-out-cycle");
    assert_eq!(app::reverse(&mut b.store, &c, &reverse(&second.voucher, Some("2025-07-05"))).unwrap_err(), closed(&second.voucher, "2025-02-06"));
    // The whole meeting at once: refused the same way.
    let whole = app::MeetingReverseInput { org: "v4".into(), meeting: "2025-01-06".into(), reason: "typed wrong".into(), date: None, client_id: None };
    assert_eq!(app::meeting_reverse(&mut b.store, &c, &whole).unwrap_err(), closed(&first.voucher, "2025-01-06"));
    assert_eq!(dump(&b.path), before);

    // Nothing new dated inside the cycle, nor on the share-out's day.
    let entry_closed = |date: &str| Error::VslaCycleSharedOut { date: common::d(date), cycle: 1, shared_out };
    for date in ["2025-03-06", "2025-06-30"] {
        let e = app::meeting_record(&mut b.store, &c, &meeting("v4", date, vec![row("1", "1", "")])).unwrap_err();
        assert_eq!(e, entry_closed(date));
    }
    let repay = app::RepayInput { org: "v4".into(), date: "2025-05-01".into(), member: "2".into(), loan: None, amount: "10".into(), client_id: None };
    assert_eq!(app::loan_repay(&mut b.store, &c, &repay).unwrap_err(), entry_closed("2025-05-01"));
    // Reversing with the reversal itself dated inside the cycle: the date is refused first.
    assert_eq!(app::reverse(&mut b.store, &c, &reverse(&first.voucher, Some("2025-06-30"))).unwrap_err(), entry_closed("2025-06-30"));
    // The next cycle cannot start on the share-out's day, which belongs to the closed cycle.
    let next = |start: &str| app::CycleInput { org: "v4".into(), ..cycle(start, None, "10", "0", "net") };
    assert_eq!(app::vsla_cycle_open(&mut b.store, &c, &next("2025-06-30")).unwrap_err(), Error::VslaCycleStartTooEarly { date: shared_out });
    assert_eq!(dump(&b.path), before);
    // The message says what is possible instead, in the reader's digits and calendar.
    let th = samuh::i18n::Localizer::new(samuh::i18n::Locale::new(samuh::i18n::Lang::Th)).error(&closed(&first.voucher, "2025-01-06"));
    assert!(th.contains("30 มิถุนายน 2568") && th.contains("รอบปัจจุบัน"), "{th}");

    // The next cycle opens the day after; member 1 buys 2 shares (20) on 6 July, and that
    // meeting, in the open cycle, is reversed as any other: the cash is back to nothing.
    assert_eq!(app::vsla_cycle_open(&mut b.store, &c, &next("2025-07-01")).unwrap().cycle, 2);
    let third = app::meeting_record(&mut b.store, &c, &meeting("v4", "2025-07-06", vec![row("1", "2", "")])).unwrap();
    assert_eq!(balance(&b.store, "v4", code::CASH, None), inr("20"));
    app::reverse(&mut b.store, &c, &reverse(&third.voucher, Some("2025-07-07"))).unwrap();
    assert_eq!(balance(&b.store, "v4", code::CASH, None), Money::ZERO);
    assert!(app::check_book(&b.store, None).unwrap().ok());
}

/// A cycle's by-laws within bounds (domain.md §4.8: a cycle of about a year, a service charge
/// of a few % a month): an end after the start and at most 24 months after it, a service charge
/// from 0 to 20 % a month, a share price above zero, and a start that is not after today. Each
/// refusal says what to type and changes nothing.
#[test]
fn a_cycles_by_laws_are_refused_outside_their_bounds() {
    let mut b = new_book();
    let c = ctx("2025-03-01");
    vsla_group(&mut b, &c, "v5", "2025-01-06", 2);
    let open = |store: &mut Store, cy: app::CycleInput| app::vsla_cycle_open(store, &c, &app::CycleInput { org: "v5".into(), ..cy });
    let before = dump(&b.path);
    let (start, d) = (common::d("2025-01-06"), common::d);
    // A start after today (1 March 2025).
    assert_eq!(open(&mut b.store, cycle("2025-03-02", None, "10", "0", "net")).unwrap_err(), Error::DateInFuture { date: d("2025-03-02"), today: d("2025-03-01") });
    assert_eq!(open(&mut b.store, cycle("2030-01-01", None, "10", "0", "net")).unwrap_err().code(), "error-date-in-future");
    // An end on or before the start.
    for end in ["2025-01-06", "2024-10-01"] {
        assert_eq!(open(&mut b.store, cycle("2025-01-06", Some(end), "10", "0", "net")).unwrap_err(), Error::Domain(Refusal::VslaCycleEndNotAfterStart { start, end: d(end) }));
    }
    // Longer than 24 months: 6 January 2025 + 24 months = 6 January 2027 is the last end.
    for end in ["2027-01-07", "2035-01-06"] {
        assert_eq!(open(&mut b.store, cycle("2025-01-06", Some(end), "10", "0", "net")).unwrap_err(), Error::Domain(Refusal::VslaCycleTooLong { start, end: d(end), months: 24, latest: d("2027-01-06") }));
    }
    // A service charge above 20 % a month, or below zero; a share price of nothing.
    for charge in ["500", "20.01", "-5"] {
        let mut cy = cycle("2025-01-06", None, "10", "0", "net");
        cy.service_charge = s(charge);
        assert_eq!(open(&mut b.store, cy).unwrap_err(), Error::Domain(Refusal::VslaServiceChargeOutOfRange { input: charge.into(), max: 20 }));
    }
    let mut cy = cycle("2025-01-06", None, "10", "0", "net");
    cy.service_charge = s("abc");
    assert_eq!(open(&mut b.store, cy).unwrap_err().code(), "error-invalid-number");
    for price in ["0", "0.00"] {
        assert_eq!(open(&mut b.store, cycle("2025-01-06", None, price, "0", "net")).unwrap_err(), Error::SharePriceNotPositive { field: "share-price".into(), input: price.into() });
    }
    assert_eq!(dump(&b.path), before);
    // The messages name the bounds, in the reader's digits.
    let en = samuh::i18n::Localizer::new(samuh::i18n::Locale::new(samuh::i18n::Lang::En));
    let e = Error::Domain(Refusal::VslaServiceChargeOutOfRange { input: "500".into(), max: 20 });
    assert!(en.error(&e).contains("from 0 to 20 % a month"), "{}", en.error(&e));
    let hi = samuh::i18n::Localizer::new(samuh::i18n::Locale::new(samuh::i18n::Lang::Hi).with_digits(samuh::i18n::Digits::Native));
    assert!(hi.error(&e).contains("२०"), "{}", hi.error(&e));
    let e = en.error(&Error::Domain(Refusal::VslaCycleEndNotAfterStart { start, end: d("2024-10-01") }));
    assert!(e.contains("must come after the start") && !e.contains("not one of the choices"), "{e}");
    // Within the bounds: 20 % a month, and two years to the day.
    let mut cy = cycle("2025-01-06", Some("2027-01-06"), "10", "0", "net");
    cy.service_charge = s("20");
    assert_eq!(open(&mut b.store, cy).unwrap().cycle, 1);
}
