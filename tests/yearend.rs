//! The year of a community fund (issue 14), end to end through the app layer: shares bought and
//! brought over from paper, the close of a Bangladesh co-operative's year (domain.md §4.4's
//! Tk 50,000 example), a Thai co-operative's month-weighted dividend cut to the satang each month
//! (the Bank of Thailand's method), refusals that change nothing, a back-dated entry refused after
//! the close, the reopening, two-person approval, the VSLA ₵270 share-out (§4.8), and the closed
//! journal accepted by hledger and ledger. Every expected figure is worked out by hand below.

mod common;

use samuh::store::error::StoreError;
use samuh::domain::refusal::Refusal;
use common::{ctx, dump};
use samuh::app::{self, Ctx};
use samuh::domain::ledger::code;
use samuh::domain::money::{Currency, Money, Rounding};
use samuh::domain::yearend as ye;
use samuh::error::Error;
use samuh::store::Store;
use std::path::PathBuf;

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

fn tk(v: &str) -> Money {
    Money::parse_plain(v, Currency::Bdt).unwrap()
}

fn thb(v: &str) -> Money {
    Money::parse_plain(v, Currency::Thb).unwrap()
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

fn org(b: &mut Book, c: &Ctx, code: &str, kind: &str, country: &str, formed: &str, members: usize) {
    app::org_add(&mut b.store, c, &app::OrgInput {
        code: code.into(),
        name: format!("{code} fund"),
        kind: kind.into(),
        country: country.into(),
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
        interest_rate: s("12"),
        rate_period: s("year"),
        interest_method: s("flat"),
        repayment_frequency: s("monthly"),
        default_instalments: s("10"),
        rounding_unit: s("0.01"),
        rounding_mode: s("half-up"),
        ..Default::default()
    })
    .unwrap();
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

fn year(org: &str, y: &str) -> app::YearInput {
    app::YearInput { org: org.into(), year: y.into(), ..Default::default() }
}

/// The Bangladesh co-operative of domain.md §4.4: 2,000 shares of Tk 100 (paid-up Tk 2,00,000),
/// member 1 holding 15 of them, and a net profit of Tk 50,000 in the co-op year 2024-25 (July to
/// June). It lends nothing, so it is not a financing society (no bad-debt fund).
fn bangladesh() -> (Book, Ctx) {
    let mut b = new_book();
    let c = ctx("2024-07-01");
    org(&mut b, &c, "coop", "cooperative", "bd", "2024-07-01", 3);
    app::share_price_set(&mut b.store, &c, &app::SharePriceInput { org: "coop".into(), from: "2024-07-01".into(), price: "100".into(), client_id: None }).unwrap();
    // 15 + 985 + 1,000 = 2,000 shares; × Tk 100 = Tk 2,00,000, all in cash.
    let row = |m: &str, n: &str| app::OpeningSavingsInput { member: m.into(), savings: "0".into(), shares: s(n) };
    app::opening_record(&mut b.store, &c, &app::OpeningInput {
        org: "coop".into(),
        date: "2024-07-01".into(),
        cash: s("200000"),
        savings: vec![row("1", "15"), row("2", "985"), row("3", "1000")],
        ..Default::default()
    })
    .unwrap();
    let c = ctx("2024-12-01");
    let meeting = app::MeetingInput {
        org: "coop".into(),
        date: "2024-12-01".into(),
        members: vec![common::row("1", "present", "0")],
        group: vec![app::GroupLineInput { kind: "other-income".into(), amount: "50000".into(), ..Default::default() }],
        ..Default::default()
    };
    app::meeting_record(&mut b.store, &c, &meeting).unwrap();
    (b, ctx("2025-07-15"))
}

#[test]
fn bangladesh_tk_50000_is_appropriated_and_member_1_is_credited_tk_270() {
    let (mut b, c) = bangladesh();
    assert_eq!(balance(&b.store, "coop", code::SHARE_CAPITAL, Some(member_id(&b.store, "coop", "1"))), -tk("1500"), "15 shares × Tk 100, a credit");
    assert_eq!(balance(&b.store, "coop", code::MEMBER_SAVINGS, None), Money::ZERO, "shares are not savings");

    // The preview writes nothing.
    let before = dump(&b.path);
    let preview = app::year_preview(&b.store, &c, &year("coop", "2024")).unwrap();
    assert_eq!(dump(&b.path), before);
    assert!(preview.sections.len() >= 3, "result, appropriation, dividends");
    let levy = preview.sections.iter().find(|x| x.title.as_ref().map(|t| t.id.as_str()) == Some("section-audit-levy")).expect("the audit levy");
    assert_eq!(levy.rows.iter().map(|r| r[1].as_money().unwrap()).collect::<Vec<_>>(), vec![tk("5000"), tk("250")]);

    let done = app::year_close(&mut b.store, &c, &year("coop", "2024")).unwrap();
    assert_eq!(done.year, "2024-25");
    assert_eq!(done.vouchers.len(), 2, "income closed to surplus, then the appropriation");

    // s.34 by hand: reserve 15% of 50,000 = 7,500; CDF 3% = 1,500; by-law funds 10% = 5,000;
    // the remainder 50,000 − 14,000 = 36,000 (72%, under the 75% cap) is the dividend pool.
    assert_eq!(balance(&b.store, "coop", code::RESERVE_FUND, None), -tk("7500"));
    assert_eq!(balance(&b.store, "coop", code::CDF_PAYABLE, None), -tk("1500"));
    assert_eq!(balance(&b.store, "coop", code::BYLAW_FUNDS, None), -tk("5000"));
    // Rate 36,000 ÷ 2,00,000 = 18%: member 1's 1,500 × 18% = 270; member 2's 98,500 × 18% =
    // 17,730; member 3's 1,00,000 × 18% = 18,000; 270 + 17,730 + 18,000 = 36,000, no residual.
    let saved = |no: &str| -balance(&b.store, "coop", code::MEMBER_SAVINGS, Some(member_id(&b.store, "coop", no)));
    assert_eq!(saved("1"), tk("270"));
    assert_eq!(saved("2"), tk("17730"));
    assert_eq!(saved("3"), tk("18000"));
    // The audit levy of domain.md §4.4: audit fee 10% of 50,000 = 5,000, VAT 5% of it = 250,
    // kept as payable (5,250) and charged to the accumulated surplus, outside the s.34 split.
    assert_eq!(balance(&b.store, "coop", code::AUDIT_FEE_PAYABLE, None), -tk("5250"));
    // Everything appropriated: the surplus is 50,000 − 7,500 − 1,500 − 5,000 − 36,000 = 0, less
    // the levy: −5,250 (a debit); and no income is left in the accounts.
    assert_eq!(balance(&b.store, "coop", code::SURPLUS, None), tk("5250"));
    assert_eq!(balance(&b.store, "coop", code::OTHER_INCOME, None), Money::ZERO);

    // The new year's trial balance carries no income or expense.
    let tb = app::report(&b.store, &c, &app::ReportParams { org: "coop".into(), name: "trial-balance".into(), ..Default::default() }).unwrap();
    let text = format!("{:?}", tb.sections);
    assert!(!text.contains("account-other-income"), "{text}");

    // The dividends report lists what was credited: 36,000 in all.
    let d = app::report(&b.store, &c, &app::ReportParams { org: "coop".into(), name: "dividends".into(), from: s("2024-07-01"), ..Default::default() }).unwrap();
    assert_eq!(d.sections[0].rows.len(), 3);
    assert_eq!(d.sections[0].totals.as_ref().unwrap()[4].as_money(), Some(tk("36000")));

    // The income-expenditure of the closed year still shows its income (the close is not income).
    let ie = app::report(&b.store, &c, &app::ReportParams { org: "coop".into(), name: "income-expenditure".into(), from: s("2024-07-01"), to: s("2025-06-30"), ..Default::default() }).unwrap();
    assert!(format!("{:?}", ie.sections).contains("account-other-income"));

    // Nor is the close a receipt or a payment: the year's receipts are its Tk 50,000 of income.
    let rp = app::report(&b.store, &c, &app::ReportParams { org: "coop".into(), name: "receipts-payments".into(), from: s("2024-07-01"), to: s("2025-06-30"), ..Default::default() }).unwrap();
    let text = format!("{:?}", rp.sections);
    assert!(!text.contains("head-other-receipts") && !text.contains("head-other-payments"), "{text}");

    let check = app::check_book(&b.store, None).unwrap();
    assert!(check.ok(), "{check:?}");
}

#[test]
fn after_the_close_a_back_dated_entry_is_refused_and_a_reopen_undoes_it() {
    let (mut b, c) = bangladesh();
    // Not yet ended: the co-op year 2025-26 ends on 30 June 2026.
    let before = dump(&b.path);
    assert_eq!(app::year_close(&mut b.store, &c, &year("coop", "2025")).unwrap_err(), Error::YearNotEnded { year: "2025-26".into(), end: common::d("2026-06-30") });
    assert_eq!(dump(&b.path), before);

    let close = app::year_close(&mut b.store, &c, &year("coop", "2024")).unwrap();
    let closed = dump(&b.path);

    // A closing voucher is not reversed on its own (the close would still be recorded): the
    // refusal says to reopen the year, and nothing changes.
    let rev = app::reverse(&mut b.store, &c, &app::ReverseInput { org: "coop".into(), voucher: close.vouchers[0].clone(), reason: "wrong dividend".into(), date: s("2025-07-01"), client_id: None });
    let e = rev.unwrap_err();
    assert_eq!(e.code(), "error-voucher-owned-by-event");
    assert!(samuh::i18n::Localizer::new(samuh::i18n::Locale::new(samuh::i18n::Lang::En)).error(&e).contains("reopen the year instead"));
    assert_eq!(dump(&b.path), closed);

    // Closing twice is refused, nothing changed.
    assert_eq!(app::year_close(&mut b.store, &c, &year("coop", "2024-25")).unwrap_err(), Error::YearAlreadyClosed { year: "2024-25".into() });
    assert_eq!(dump(&b.path), closed);

    // A meeting dated inside the closed year is refused, naming the year; the book is unchanged.
    let late = app::MeetingInput {
        org: "coop".into(),
        date: "2025-06-15".into(),
        members: vec![app::MeetingMemberRow { member: "1".into(), attendance: "present".into(), savings: s("100"), ..Default::default() }],
        ..Default::default()
    };
    assert_eq!(app::meeting_record(&mut b.store, &c, &late).unwrap_err(), Error::Store(StoreError::YearClosed { year: "2024-25".into() }));
    assert_eq!(dump(&b.path), closed);
    // The message names the year in every language.
    for lang in samuh::i18n::Lang::ALL {
        let l = samuh::i18n::Localizer::new(samuh::i18n::Locale::new(*lang));
        let e = Error::Store(StoreError::YearClosed { year: "2024-25".into() });
        assert!(l.error(&e).contains("2024") || l.error(&e).contains("2567") || l.error(&e).contains("২০২৪") || l.error(&e).contains("२०२४") || l.error(&e).contains("๒๐๒๔"), "{lang:?}: {}", l.error(&e));
    }
    // A meeting after the year is fine.
    let after = app::MeetingInput { date: "2025-07-06".into(), ..late.clone() };
    app::meeting_record(&mut b.store, &c, &after).unwrap();

    // Reopening needs a reason; then both closing vouchers are reversed on 30 June 2025.
    let no_reason = app::YearReopenInput { org: "coop".into(), year: "2024".into(), reason: " ".into(), client_id: None };
    assert_eq!(app::year_reopen(&mut b.store, &c, &no_reason).unwrap_err(), Error::ReasonRequired);
    let i = app::YearReopenInput { reason: "audit found an error".into(), ..no_reason };
    let done = app::year_reopen(&mut b.store, &c, &i).unwrap();
    assert_eq!(done.vouchers.len(), 2);
    // Member 1's savings: 270 dividend reversed, 100 saved on 6 July 2025 stays.
    assert_eq!(-balance(&b.store, "coop", code::MEMBER_SAVINGS, Some(member_id(&b.store, "coop", "1"))), tk("100"));
    assert_eq!(balance(&b.store, "coop", code::OTHER_INCOME, None), -tk("50000"), "the year's income is back");
    assert_eq!(balance(&b.store, "coop", code::RESERVE_FUND, None), Money::ZERO);
    // The year is open again: the back-dated meeting is accepted; a second reopen is refused.
    app::meeting_record(&mut b.store, &c, &late).unwrap();
    assert_eq!(app::year_reopen(&mut b.store, &c, &i).unwrap_err(), Error::YearNotClosed { year: "2024-25".into() });
    let check = app::check_book(&b.store, None).unwrap();
    assert!(check.ok(), "{check:?}");
}

/// A Thai co-operative (calendar year), shares of ฿10. Member 1 holds ฿6,000 on 1 January and
/// buys 50 shares (฿500) at the meeting on the last day of each month from January to November,
/// so the holdings counted on the first of each month are 6,000, 6,500, …, 11,500 (domain.md
/// §4.5). The year's profit is ฿10,000.
fn thai() -> (Book, Ctx) {
    let mut b = new_book();
    let c = ctx("2025-01-01");
    org(&mut b, &c, "tcoop", "cooperative", "th", "2025-01-01", 2);
    app::share_price_set(&mut b.store, &c, &app::SharePriceInput { org: "tcoop".into(), from: "2025-01-01".into(), price: "10".into(), client_id: None }).unwrap();
    app::opening_record(&mut b.store, &c, &app::OpeningInput {
        org: "tcoop".into(),
        date: "2025-01-01".into(),
        cash: s("6000"),
        savings: vec![app::OpeningSavingsInput { member: "1".into(), savings: "0".into(), shares: s("600") }],
        ..Default::default()
    })
    .unwrap();
    let ends = ["2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30", "2025-05-31", "2025-06-30", "2025-07-31", "2025-08-31", "2025-09-30", "2025-10-31", "2025-11-30"];
    for (k, day) in ends.iter().enumerate() {
        let c = ctx(day);
        let mut m = app::MeetingInput {
            org: "tcoop".into(),
            date: (*day).into(),
            members: vec![app::MeetingMemberRow { member: "1".into(), attendance: "present".into(), shares: s("50"), ..Default::default() }],
            ..Default::default()
        };
        if k == 5 {
            m.group.push(app::GroupLineInput { kind: "other-income".into(), amount: "10000".into(), ..Default::default() });
        }
        app::meeting_record(&mut b.store, &c, &m).unwrap();
    }
    (b, ctx("2026-01-10"))
}

#[test]
fn a_thai_dividend_is_worked_month_by_month_and_each_month_cut_to_the_satang() {
    let (mut b, c) = thai();
    // 600 + 11 × 50 = 1,150 shares = ฿11,500 of share capital.
    assert_eq!(-balance(&b.store, "tcoop", code::SHARE_CAPITAL, None), thb("11500"));
    let reg = app::report(&b.store, &c, &app::ReportParams { org: "tcoop".into(), name: "share-register".into(), from: s("2025-01-01"), to: s("2025-12-31"), ..Default::default() }).unwrap();
    let row = &reg.sections[0].rows[0];
    assert_eq!(format!("{:?}", &row[2..5]), "[Count(600), Count(550), Count(1150)]");

    // The cap on a Thai co-op's dividend is 10% a year: 12% is refused, nothing changes; and the
    // rate must be given (the general meeting resolves it).
    let before = dump(&b.path);
    assert_eq!(app::year_close(&mut b.store, &c, &year("tcoop", "2025")).unwrap_err(), Error::Required { field: "rate".into() });
    let too_high = app::YearInput { rate: s("12"), ..year("tcoop", "2025") };
    assert_eq!(app::year_close(&mut b.store, &c, &too_high).unwrap_err(), Error::DividendAboveCap { rate: 12.into(), cap: 10.into() });
    assert_eq!(dump(&b.path), before);

    // At 4.3% a year, month m's part is holding × 4.3% ÷ 12 = (258 + 21.5k) ÷ 12 for the
    // holding 6,000 + 500k (k = 0 … 11), cut to the satang:
    //   21.50, 23.2916→23.29, 25.0833→25.08, 26.875→26.87, 28.6666→28.66, 30.4583→30.45,
    //   32.25, 34.0416→34.04, 35.8333→35.83, 37.625→37.62, 39.4166→39.41, 41.2083→41.20
    // Sum = 376.20 (rounded once on the total it would be 105,000 × 4.3% ÷ 12 = 376.25).
    let at = app::YearInput { rate: s("4.3"), ..year("tcoop", "2025") };
    app::year_close(&mut b.store, &c, &at).unwrap();
    assert_eq!(-balance(&b.store, "tcoop", code::MEMBER_SAVINGS, Some(member_id(&b.store, "tcoop", "1"))), thb("376.20"));
    // The League of Co-operatives' fee: 1% of 10,000 = 100 (below the ฿30,000 ceiling), payable.
    assert_eq!(-balance(&b.store, "tcoop", code::LEAGUE_FEE_PAYABLE, None), thb("100"));
    // Reserve: 10% of 10,000 = 1,000, plus what the meeting did not allocate:
    // 10,000 − 1,000 − 100 − 376.20 = 8,523.80; in all 9,523.80.
    assert_eq!(-balance(&b.store, "tcoop", code::RESERVE_FUND, None), thb("9523.80"));
    assert_eq!(balance(&b.store, "tcoop", code::SURPLUS, None), Money::ZERO);
}

#[test]
fn the_passbook_shows_her_shares_beside_her_savings() {
    use samuh::reports::Cell;
    let (b, c) = thai();
    let passbook = |member: &str, from: &str| {
        let p = app::ReportParams { org: "tcoop".into(), name: "passbook".into(), member: s(member), from: s(from), to: s("2025-12-31"), sort: None };
        app::report(&b.store, &c, &p).unwrap()
    };
    // Member 1: 600 shares of ฿10 at the opening (฿6,000), then 50 shares (฿500) at each of the
    // eleven monthly meetings: 6,000 + 11 × 500 = ฿11,500 of paid-up capital.
    let r = passbook("1", "2025-01-01");
    assert_eq!(r.sections.len(), 2, "savings, then shares");
    let sh = &r.sections[1];
    assert_eq!(sh.title.as_ref().map(|m| m.id.as_str()), Some("section-passbook-shares"));
    assert_eq!(sh.rows.len(), 12, "the opening and eleven meetings");
    assert_eq!(sh.rows[0][sh.col("col-shares-paid")], Cell::Money(thb("6000")));
    assert_eq!(sh.rows[11][sh.col("col-paid-up-capital")], Cell::Money(thb("11500")));
    let t = sh.totals.as_ref().unwrap();
    assert_eq!((&t[sh.col("col-shares-paid")], &t[sh.col("col-shares-returned")], &t[sh.col("col-paid-up-capital")]), (&Cell::Money(thb("11500")), &Cell::Money(thb("0")), &Cell::Money(thb("11500"))));
    // From June: brought forward 6,000 + 5 × 500 (January to May) = ฿8,500, then six meetings.
    let r = passbook("1", "2025-06-01");
    let sh = &r.sections[1];
    assert_eq!(sh.rows[0][sh.col("col-particulars")], Cell::msg("row-brought-forward"));
    assert_eq!(sh.rows[0][sh.col("col-paid-up-capital")], Cell::Money(thb("8500")));
    assert_eq!(sh.rows.len(), 7);
    // The share section is the group's equity: her savings section is untouched by it.
    assert_eq!(r.sections[0].totals.as_ref().unwrap()[r.sections[0].col("col-savings-balance")], Cell::Money(thb("0")));
    // Member 2 never bought a share: her passbook has no share section.
    assert_eq!(passbook("2", "2025-01-01").sections.len(), 1);
}

/// The printed passbook (a full printing) ends with her shares beside her balances: paid
/// 6,000 + 11 × 500 = ฿11,500, nothing returned, ฿11,500 of paid-up capital; a member without
/// shares gets no share line.
#[test]
fn the_printed_passbook_states_her_share_capital() {
    let (mut b, c) = thai();
    let dir = tempfile::tempdir().unwrap();
    let text = |b: &mut Book, member: &str, name: &str| {
        let p = app::PassbookPrint {
            org: "tcoop".into(),
            member: s(member),
            locale: samuh::i18n::Locale::new(samuh::i18n::Lang::En),
            page: samuh::render::PageSize::A4,
            mode: app::PassbookMode::All,
        };
        let pdf = app::passbook_pdf(&mut b.store, &c, &p).unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, pdf).unwrap();
        let out = std::process::Command::new("pdftotext").arg("-enc").arg("UTF-8").arg(&path).arg("-").output().expect("pdftotext (poppler-utils) is needed");
        String::from_utf8(out.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let one = text(&mut b, "1", "1.pdf");
    assert!(one.contains("Shares: paid 11,500.00, returned 0.00; paid-up share capital 11,500.00 (in words: "), "{one}");
    let two = text(&mut b, "2", "2.pdf");
    assert!(!two.contains("Shares:"), "{two}");
}

#[test]
fn a_leaving_member_is_paid_back_her_shares_and_without_the_cash_nothing_changes() {
    use samuh::reports::Cell;
    // Member 1 of the Thai co-op holds 1,150 shares of ฿10 = ฿11,500 (6,000 at the opening and
    // 50 a month for eleven months), no savings and no loan. The cash: ฿6,000 opening + 11 × ฿500
    // of shares + ฿10,000 other income = ฿21,500.
    let (mut b, c) = thai();
    assert_eq!(balance(&b.store, "tcoop", code::CASH, None), thb("21500"));
    // A December expense of ฿12,000 would leave ฿9,500, short of her ฿11,500: the exit is refused
    // (the cash would go below zero) and the book is as it was.
    let (mut short, _) = thai();
    let dec = ctx("2025-12-15");
    let spend = app::MeetingInput {
        org: "tcoop".into(),
        date: "2025-12-15".into(),
        members: vec![common::row("1", "present", "0")],
        group: vec![app::GroupLineInput { kind: "expense".into(), amount: "12000".into(), ..Default::default() }],
        ..Default::default()
    };
    app::meeting_record(&mut short.store, &dec, &spend).unwrap();
    let before = dump(&short.path);
    let e = app::member_exit(&mut short.store, &c, "tcoop", "1", "2026-01-10", None).unwrap_err();
    assert_eq!(e.code(), "error-cash-below-zero");
    assert_eq!(dump(&short.path), before);
    // With the cash there: she leaves on 10 January 2026 and is paid her ฿11,500 in the same
    // save; her share capital is nil, the cash ฿21,500 − ฿11,500 = ฿10,000.
    app::member_exit(&mut b.store, &c, "tcoop", "1", "2026-01-10", None).unwrap();
    let m1 = member_id(&b.store, "tcoop", "1");
    assert_eq!(balance(&b.store, "tcoop", code::SHARE_CAPITAL, Some(m1)), Money::ZERO);
    assert_eq!(balance(&b.store, "tcoop", code::CASH, None), thb("10000"));
    // Her passbook's shares: paid ฿11,500 in all, returned ฿11,500, paid-up capital nil.
    let p = app::ReportParams { org: "tcoop".into(), name: "passbook".into(), member: s("1"), from: s("2025-01-01"), to: s("2026-01-31"), sort: None };
    let r = app::report(&b.store, &c, &p).unwrap();
    let sh = &r.sections[1];
    let last = sh.rows.last().unwrap();
    assert_eq!(last[sh.col("col-particulars")], Cell::msg("line-share-return"));
    assert_eq!(last[sh.col("col-shares-returned")], Cell::Money(thb("11500")));
    assert_eq!(last[sh.col("col-paid-up-capital")], Cell::Money(thb("0")));
    // The book still balances and checks clean.
    assert!(app::check_book(&b.store, None).unwrap().ok());
}

#[test]
fn the_rounding_flags_take_effect() {
    // The same year rounded half-up on the member's total: 376.25 (see above).
    let (mut b, c) = thai();
    let at = app::YearInput { rate: s("4.3"), round_at: s("total"), rounding_mode: s("half-up"), ..year("tcoop", "2025") };
    app::year_close(&mut b.store, &c, &at).unwrap();
    assert_eq!(-balance(&b.store, "tcoop", code::MEMBER_SAVINGS, Some(member_id(&b.store, "tcoop", "1"))), thb("376.25"));
}

#[test]
fn a_close_needs_two_people_once_people_are_enrolled() {
    let (mut b, c) = bangladesh();
    let enrol = |store: &mut Store, c: &Ctx, name: &str, pin: &str| {
        app::person_enrol(store, c, &app::PersonInput { name: name.into(), role: "treasurer".into(), pin: pin.into(), ..Default::default() }).unwrap();
    };
    enrol(&mut b.store, &c, "Rahima", "4821");
    enrol(&mut b.store, &c.clone().acting("Rahima", "4821"), "Karim", "7315");
    let before = dump(&b.path);
    let alone = c.clone().acting("Rahima", "4821");
    assert_eq!(app::year_close(&mut b.store, &alone, &year("coop", "2024")).unwrap_err(), Error::ApproverRequired { action: "year-close".into() });
    // Only the PIN attempts' bookkeeping may differ; the journal and the closes are unchanged.
    let journal = |d: &str| d.split("## ").filter(|t| t.starts_with("voucher") || t.starts_with("posting") || t.starts_with("year_close")).collect::<Vec<_>>().join("");
    assert_eq!(journal(&dump(&b.path)), journal(&before));
    let two = alone.approved_by("Karim", "7315");
    app::year_close(&mut b.store, &two, &year("coop", "2024")).unwrap();
    let r = app::report(&b.store, &c, &app::ReportParams { org: "coop".into(), name: "approvals".into(), from: s("2024-07-01"), ..Default::default() }).unwrap();
    let text = format!("{:?}", r.sections);
    assert!(text.contains("act-year-close") && text.contains("Karim"), "{text}");
}

#[test]
fn shares_must_be_whole_and_only_where_the_kind_keeps_them() {
    let (mut b, _) = bangladesh();
    let c = ctx("2025-07-20");
    let before = dump(&b.path);
    let m = |shares: &str| app::MeetingInput {
        org: "coop".into(),
        date: "2025-07-20".into(),
        members: vec![app::MeetingMemberRow { member: "1".into(), attendance: "present".into(), shares: s(shares), ..Default::default() }],
        ..Default::default()
    };
    assert_eq!(app::meeting_record(&mut b.store, &c, &m("2.5")).unwrap_err(), Error::Domain(Refusal::NotWholeShares { member: "1 Member 1".into(), shares: "2.5".into() }));
    assert_eq!(dump(&b.path), before);
    // Three shares at Tk 100: Tk 300 of share capital, none of it savings.
    app::meeting_record(&mut b.store, &c, &m("3")).unwrap();
    let id = member_id(&b.store, "coop", "1");
    assert_eq!(balance(&b.store, "coop", code::SHARE_CAPITAL, Some(id)), -tk("1800"), "1,500 + 300");
    assert_eq!(balance(&b.store, "coop", code::MEMBER_SAVINGS, Some(id)), Money::ZERO);

    // An SHG keeps no shares.
    let mut shg = common::shg();
    let before = dump(&shg.path);
    let mut input = common::meeting("2025-09-07", vec![common::row("1", "present", "50")]);
    input.members[0].shares = s("1");
    assert_eq!(app::meeting_record(&mut shg.store, &shg.ctx, &input).unwrap_err(), Error::KindHasNoShares { org: "shg".into() });
    assert_eq!(dump(&shg.path), before);
}

#[test]
fn a_village_fund_template_must_total_100_and_an_shg_surplus_simply_stays() {
    let mut b = new_book();
    let c = ctx("2025-01-01");
    org(&mut b, &c, "vf", "village-fund", "th", "2025-01-01", 2);
    app::opening_record(&mut b.store, &c, &app::OpeningInput {
        org: "vf".into(),
        date: "2025-01-01".into(),
        cash: s("5000"),
        savings: vec![app::OpeningSavingsInput { member: "1".into(), savings: "3000".into(), shares: None }, app::OpeningSavingsInput { member: "2".into(), savings: "2000".into(), shares: None }],
        ..Default::default()
    })
    .unwrap();
    let c = ctx("2026-01-05");
    let before = dump(&b.path);
    // 20 + 40 + 30 = 90, not 100.
    let bad = app::YearInput { template: s("reserve=20,dividend=40,welfare=30"), ..year("vf", "2025") };
    assert_eq!(app::year_close(&mut b.store, &c, &bad).unwrap_err(), Error::Domain(Refusal::AllocationNotHundred { total: 90.into() }));
    assert_eq!(dump(&b.path), before);

    // An SHG: income and expenditure are closed to the surplus, nothing is distributed.
    let mut shg = common::shg();
    let c = ctx("2026-04-10");
    let m = app::MeetingInput {
        org: "shg".into(),
        date: "2025-09-07".into(),
        members: vec![common::row("1", "present", "50")],
        group: vec![app::GroupLineInput { kind: "other-income".into(), amount: "300".into(), ..Default::default() }, app::GroupLineInput { kind: "expense".into(), head: s("stationery"), amount: "120".into(), ..Default::default() }],
        ..Default::default()
    };
    app::meeting_record(&mut shg.store, &shg.ctx, &m).unwrap();
    let surplus_before = balance(&shg.store, "shg", code::SURPLUS, None);
    let done = app::year_close(&mut shg.store, &c, &year("shg", "2025")).unwrap();
    assert_eq!(done.vouchers.len(), 1, "only the income and expenditure are closed");
    // 300 income − 120 stationery = 180 more surplus (a credit).
    assert_eq!(balance(&shg.store, "shg", code::SURPLUS, None) - surplus_before, -Money::units(180));
    assert_eq!(balance(&shg.store, "shg", code::OTHER_INCOME, None), Money::ZERO);
    assert_eq!(balance(&shg.store, "shg", code::STATIONERY_EXPENSE, None), Money::ZERO);
}

#[test]
fn the_vsla_share_out_of_domain_md_pays_270_cedis_for_45_shares() {
    // §4.8: 900 shares × ₵5 = ₵4,500 saved, plus ₵900 profit: ₵5,400 in the box, no social
    // fund counted in it. Value per share = 5,400 ÷ 900 = ₵6; 45 shares × 6 = ₵270
    // (45 × 5 = 225 back plus 45 ÷ 900 × 900 = 45 profit).
    let value = ye::vsla_share_value(Money::units(5400), Money::ZERO, 900).unwrap();
    let out = ye::vsla_payout(45, value, Money::ZERO, Rounding::PAISA_HALF_UP);
    assert_eq!(out.net, Money::units(270));
    // With ₵100 of a loan still out, it is netted: 270 − 100 = 170 paid, nothing left owed.
    let out = ye::vsla_payout(45, value, Money::units(100), Rounding::PAISA_HALF_UP);
    assert_eq!((out.loan_deducted, out.net, out.loan_left), (Money::units(100), Money::units(170), Money::ZERO));
}

#[test]
fn the_closed_books_are_accepted_by_hledger_and_ledger() {
    let (mut b, c) = bangladesh();
    app::year_close(&mut b.store, &c, &year("coop", "2024")).unwrap();
    let journal = app::export_journal(&b.store, Some("coop"), app::JournalFormat::Ledger).unwrap();
    let file = b.path.with_extension("ledger");
    std::fs::write(&file, &journal).unwrap();
    let f = file.to_str().unwrap();
    let run = |program: &str, args: &[&str]| {
        let out = std::process::Command::new(program).args(args).output().unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
        assert!(out.status.success(), "{program}: {}\n{journal}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    run("hledger", &["-f", f, "check"]);
    run("ledger", &["-f", f, "balance"]);
    // After the close no income or expense account holds a balance (hledger leaves zeros out).
    let csv = run("hledger", &["-f", f, "balance", "--flat", "--no-total", "-O", "csv", "Income", "Expense"]);
    assert_eq!(csv.lines().count(), 1, "only the header: {csv}");
    // And the reserve holds Tk 7,500 there as in the book.
    let csv = run("hledger", &["-f", f, "balance", "--flat", "--no-total", "-O", "csv", "Reserve"]);
    assert!(csv.contains("-7500"), "{csv}");
}

#[test]
fn the_cli_previews_closes_refuses_and_reopens_in_the_readers_language() {
    let (b, _) = bangladesh();
    let path = b.path.clone();
    drop(b.store);
    let out = common::cli(&path, "bn", &["year", "preview", "--org", "coop", "--year", "2024-25"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    // Member 1's Tk 270 in Bengali digits: ২৭০.০০.
    assert!(text.contains("২৭০.০০"), "{text}");
    let before = dump(&path);
    let out = common::cli(&path, "bn", &["year", "close", "--org", "coop", "--year", "2024-25", "--rate", "19"]);
    assert_eq!(out.status.code(), Some(1));
    // 19% asked, 18% is what the pool pays: refused in Bengali, naming both; nothing written.
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("১৯.০০%") && err.contains("১৮.০০%"), "{err}");
    assert_eq!(dump(&path), before);
    let out = common::cli(&path, "en", &["year", "close", "--org", "coop", "--year", "2024-25"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = common::cli(&path, "th", &["reverse", "--org", "coop", "--voucher", "2024-25/2", "--reason", "x", "--date", "2025-06-30"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("ปิดแล้ว"), "{}", String::from_utf8_lossy(&out.stderr));
    let out = common::cli(&path, "hi", &["year", "reopen", "--org", "coop", "--year", "2024-25", "--reason", "लेखा परीक्षा"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("फिर से खोला गया"));
}

/// The Year-end screen's view and member 1's slip of the closed Bangladesh year: Tk 1,500 of
/// paid-up shares (15 × Tk 100) × 18% = Tk 270 (domain.md §4.4), added to savings, in words, in
/// the organisation's language whatever the reader's; an open year has no slip.
#[test]
fn a_closed_year_gives_each_member_a_slip_in_the_members_language() {
    let (mut b, c) = bangladesh();
    let en = samuh::i18n::Locale::new(samuh::i18n::Lang::En);
    // Before the close: the slip is refused (the year is not closed) and nothing changes.
    let before = dump(&b.path);
    assert_eq!(app::dividend_slip(&b.store, "coop", "2024", "1", samuh::i18n::Lang::En).unwrap_err(), Error::YearNotClosed { year: "2024-25".into() });
    assert_eq!(dump(&b.path), before);
    // Formed 1 July 2024, today 15 July 2025: 2025-26 (not ended) then 2024-25 (ended, open).
    let v = app::year_view(&b.store, &c, "coop", en).unwrap();
    let states: Vec<(&str, &str)> = v.years.iter().map(|y| (y.year.as_str(), y.state.as_str())).collect();
    assert_eq!(states, vec![("2025-26", "not-ended"), ("2024-25", "open")]);
    assert!(!v.needs_rate && !v.has_template && !v.needs_approval);

    app::year_close(&mut b.store, &c, &year("coop", "2024")).unwrap();
    let v = app::year_view(&b.store, &c, "coop", en).unwrap();
    let y = &v.years[1];
    assert_eq!((y.state.as_str(), y.state_label.as_str()), ("closed", "Closed"));
    assert_eq!(y.vouchers.len(), 2);
    // 270, 17,730 and 18,000, members in admission order.
    let slips: Vec<(&str, &str)> = y.slips.iter().map(|s| (s.member.as_str(), s.amount_display.as_str())).collect();
    assert_eq!(slips, vec![("1", "৳270.00"), ("2", "৳17,730.00"), ("3", "৳18,000.00")]);

    let slip = app::dividend_slip(&b.store, "coop", "2024-25", "1", samuh::i18n::Lang::En).unwrap();
    let sec = &slip.sections[0];
    assert_eq!(sec.rows[0][1].as_money(), Some(tk("1500")), "the holding: 15 shares × Tk 100");
    assert_eq!(sec.rows[1][1].as_money(), Some(tk("270")), "Tk 1,500 × 18%");
    assert_eq!(sec.totals.as_ref().unwrap()[1].as_money(), Some(tk("270")));
    let text = samuh::render::render_text(&slip, &samuh::i18n::Localizer::new(en));
    assert!(text.contains("Taka Two Hundred Seventy Only"), "{text}");
    assert!(text.contains("Member's signature"), "{text}");
    assert!(!text.contains("differs") && !text.contains("samuh check"), "the book agrees with the close: {text}");

    // On screen and on paper the slip is in the organisation's language (Bengali for a
    // Bangladesh co-operative), even for an English reader.
    let shown = app::year_slip_view(&b.store, &app::YearSlipInput { org: "coop".into(), year: "2024".into(), member: "1".into() }).unwrap();
    let org_lang = b.store.read().org_by_code("coop").unwrap().unwrap().lang;
    assert_eq!(org_lang, "bn");
    let words = samuh::i18n::amount_in_words(tk("270"), Currency::Bdt, samuh::i18n::Lang::Bn);
    assert!(shown.sections[0].notes.iter().any(|n| n.contains(&words)), "{:?}", shown.sections[0].notes);

    // Printing through the print path writes a PDF, recording nothing.
    let closed = dump(&b.path);
    let pdf = b._dir.path().join("slip.pdf");
    let req = app::ReportSave { org: "coop".into(), name: "dividend-slip".into(), member: s("1"), from: s("2024-25"), format: "pdf".into(), path: pdf.display().to_string(), page: "a5".into(), ..Default::default() };
    app::report_save(&mut b.store, &c, &req, en, &mut |_| {}).unwrap();
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    assert_eq!(dump(&b.path), closed);
    // An unknown member is refused, naming them.
    assert_eq!(app::dividend_slip(&b.store, "coop", "2024", "9", samuh::i18n::Lang::En).unwrap_err(), Error::UnknownMember { member: "9".into() });
}

/// The general meeting's three ways of crediting the Bangladesh dividends (Tk 270, 17,730 and
/// 18,000 at 18%, worked out above), by hand.
#[test]
fn dividends_go_to_shares_in_whole_shares_or_are_paid_in_cash_as_the_meeting_resolves() {
    // Added to shares at Tk 100 a share: 270 buys 2 shares (200), 70 left to savings; 17,730
    // buys 177 (17,700), 30 left; 18,000 buys exactly 180, nothing left.
    let (mut b, c) = bangladesh();
    let shares = |b: &Book, no: &str| -balance(&b.store, "coop", code::SHARE_CAPITAL, Some(member_id(&b.store, "coop", no)));
    let saved = |b: &Book, no: &str| -balance(&b.store, "coop", code::MEMBER_SAVINGS, Some(member_id(&b.store, "coop", no)));
    app::year_close(&mut b.store, &c, &app::YearInput { credit_to: s("shares"), ..year("coop", "2024") }).unwrap();
    assert_eq!(shares(&b, "1"), tk("1700"), "15 shares (1,500) + 2 shares (200)");
    assert_eq!(saved(&b, "1"), tk("70"));
    assert_eq!(shares(&b, "2"), tk("98500") + tk("17700"));
    assert_eq!(saved(&b, "2"), tk("30"));
    assert_eq!(shares(&b, "3"), tk("118000"));
    assert_eq!(saved(&b, "3"), Money::ZERO);
    // The slip says so: Tk 270 in all, 2 shares, 70 to savings.
    let slip = app::dividend_slip(&b.store, "coop", "2024", "1", samuh::i18n::Lang::En).unwrap();
    let text = samuh::render::render_text(&slip, &samuh::i18n::Localizer::new(samuh::i18n::Locale::new(samuh::i18n::Lang::En)));
    assert!(text.contains("buys 2 whole shares") && text.contains("70.00 left over"), "{text}");
    assert_eq!(slip.sections[0].totals.as_ref().unwrap()[1].as_money(), Some(tk("270")));
    assert!(app::check_book(&b.store, None).unwrap().ok());

    // A kind that keeps no shares cannot credit them: an SHG is refused, nothing changed.
    let mut shg = new_book();
    org(&mut shg, &ctx("2024-04-01"), "shg", "shg", "in", "2024-04-01", 1);
    let before = dump(&shg.path);
    let e = app::year_close(&mut shg.store, &c, &app::YearInput { credit_to: s("shares"), ..year("shg", "2024") }).unwrap_err();
    assert_eq!(e, Error::KindHasNoShares { org: "shg".into() });
    assert_eq!(e.code(), "error-kind-has-no-shares");
    assert_eq!(dump(&shg.path), before);

    // Paid in cash: the close keeps Tk 36,000 as dividend payable; on 15 July 2025 member 1 is
    // paid Tk 270 from the cash box (Tk 2,50,000 before: 2,00,000 paid up + 50,000 income).
    let (mut b, c) = bangladesh();
    app::year_close(&mut b.store, &c, &app::YearInput { credit_to: s("cash"), ..year("coop", "2024") }).unwrap();
    assert_eq!(balance(&b.store, "coop", code::DIVIDEND_PAYABLE, None), -tk("36000"));
    assert_eq!(saved(&b, "1"), Money::ZERO);
    let pay = app::YearPayInput { org: "coop".into(), year: "2024".into(), date: "2025-07-15".into(), member: s("1"), client_id: None };
    let paid = app::year_dividend_pay(&mut b.store, &c, &pay).unwrap();
    assert_eq!((paid.members, paid.total.as_str()), (1, "270.00"));
    assert_eq!(balance(&b.store, "coop", code::CASH, None), tk("250000") - tk("270"));
    assert_eq!(balance(&b.store, "coop", code::DIVIDEND_PAYABLE, Some(member_id(&b.store, "coop", "1"))), Money::ZERO);
    // Paying member 1 again is refused, naming her and the year; nothing changes.
    let before = dump(&b.path);
    assert_eq!(app::year_dividend_pay(&mut b.store, &c, &pay).unwrap_err(), Error::NoDividendPayable { member: "1 Member 1".into(), year: "2024-25".into() });
    assert_eq!(dump(&b.path), before);
    // A payment dated inside the closed year is refused too.
    let back = app::YearPayInput { date: "2025-06-30".into(), member: None, ..pay.clone() };
    assert_eq!(app::year_dividend_pay(&mut b.store, &c, &back).unwrap_err(), Error::Store(StoreError::YearClosed { year: "2024-25".into() }));
    assert_eq!(dump(&b.path), before);
    // The rest in one voucher: 17,730 + 18,000 = 35,730 to two members.
    let rest = app::year_dividend_pay(&mut b.store, &c, &app::YearPayInput { member: None, ..pay }).unwrap();
    assert_eq!((rest.members, rest.total.as_str()), (2, "35730.00"));
    assert_eq!(balance(&b.store, "coop", code::DIVIDEND_PAYABLE, None), Money::ZERO);
    assert_eq!(balance(&b.store, "coop", code::CASH, None), tk("250000") - tk("36000"));
    assert!(app::check_book(&b.store, None).unwrap().ok());
}

/// Average-return with a defaulter left out, as the by-laws may say. A Thai village fund
/// (calendar year, 12% a year flat, by-laws of `org`; four members): on 31 January 2025 members
/// 1 and 2 each (guaranteed by members 3 and 4) borrow ฿1,000 in 2 monthly instalments of ฿500 + ฿10 interest (1,000 × 12% ÷ 12). Member 1
/// pays both (interest ฿20); member 2 pays only the first (interest ฿10) and is overdue at the
/// year's end. Other income ฿970 makes the net profit 30 + 970 = ฿1,000; the default template
/// gives average-return 15% = ฿150, so the rate is 150 ÷ (20 + 10) = ฿5 per baht of interest.
/// Member 1: 20 × 5 = ฿100. Member 2: 10 × 5 = ฿50, or nothing when defaulters are left out
/// (their ฿50 stays in the fund as the residual).
#[test]
fn the_average_return_leaves_out_a_member_who_defaulted_when_the_bylaws_say_so() {
    let mut b = new_book();
    let c = ctx("2025-01-01");
    org(&mut b, &c, "vf", "village-fund", "th", "2025-01-01", 4);
    app::opening_record(&mut b.store, &c, &app::OpeningInput { org: "vf".into(), date: "2025-01-01".into(), cash: s("5000"), ..Default::default() }).unwrap();
    let loan = |m: &str| app::LoanInput { member: m.into(), amount: "1000".into(), instalments: s("2"), guarantors: vec!["3".into(), "4".into()], ..Default::default() };
    let repay = |m: &str, r: Option<&str>| app::MeetingMemberRow { member: m.into(), attendance: "present".into(), repayment: r.map(String::from), ..Default::default() };
    let meeting = |date: &str, members: Vec<app::MeetingMemberRow>, loans: Vec<app::LoanInput>, group: Vec<app::GroupLineInput>| app::MeetingInput { org: "vf".into(), date: date.into(), members, loans, group, ..Default::default() };
    app::meeting_record(&mut b.store, &ctx("2025-01-31"), &meeting("2025-01-31", vec![repay("1", None), repay("2", None), repay("3", None), repay("4", None)], vec![loan("1"), loan("2")], vec![])).unwrap();
    app::meeting_record(&mut b.store, &ctx("2025-02-28"), &meeting("2025-02-28", vec![repay("1", Some("510")), repay("2", Some("510")), repay("3", None), repay("4", None)], vec![], vec![])).unwrap();
    let income = vec![app::GroupLineInput { kind: "other-income".into(), amount: "970".into(), ..Default::default() }];
    app::meeting_record(&mut b.store, &ctx("2025-03-31"), &meeting("2025-03-31", vec![repay("1", Some("510")), repay("2", None), repay("3", None), repay("4", None)], vec![], income)).unwrap();
    let c = ctx("2026-01-10");
    let returns = |r: &samuh::reports::Report| -> Vec<(Money, Money)> {
        let s = r.sections.iter().find(|s| s.title.as_ref().map(|t| t.id.as_str()) == Some("section-average-return")).expect("an average-return section");
        s.rows.iter().map(|row| (row[1].as_money().unwrap(), row[2].as_money().unwrap())).collect()
    };
    let all = app::year_preview(&b.store, &c, &year("vf", "2025")).unwrap();
    assert_eq!(returns(&all), vec![(thb("20"), thb("100")), (thb("10"), thb("50"))]);
    let by_law = app::YearInput { exclude_defaulters: Some(true), ..year("vf", "2025") };
    let left_out = app::year_preview(&b.store, &c, &by_law).unwrap();
    assert_eq!(returns(&left_out), vec![(thb("20"), thb("100")), (thb("10"), Money::ZERO)]);
    // The close posts it; member 2's slip shows no average-return and member 1's shows ฿100.
    app::year_close(&mut b.store, &c, &by_law).unwrap();
    let slip = app::dividend_slip(&b.store, "vf", "2025", "1", samuh::i18n::Lang::En).unwrap();
    let ret = slip.sections[0].rows.iter().find(|r| matches!(&r[0], samuh::reports::Cell::Msg(m) if m.id == "slip-row-average-return")).unwrap();
    assert_eq!(ret[1].as_money(), Some(thb("100")));
    let slip2 = app::dividend_slip(&b.store, "vf", "2025", "2", samuh::i18n::Lang::En).unwrap();
    let ret2 = slip2.sections[0].rows.iter().find(|r| matches!(&r[0], samuh::reports::Cell::Msg(m) if m.id == "slip-row-average-return")).unwrap();
    assert_eq!(ret2[1].as_money(), Some(Money::ZERO));
    let text = samuh::render::render_text(&slip2, &samuh::i18n::Localizer::new(samuh::i18n::Locale::new(samuh::i18n::Lang::En)));
    assert!(!text.contains("samuh check"), "the slip agrees with the close: {text}");
}

/// After the Bangladesh close (year 2024-25, 1 July 2024 to 30 June 2025), a by-law version
/// dated inside the closed year is refused with error-year-closed and changes nothing; one
/// dated after the year is accepted.
#[test]
fn a_bylaw_change_dated_inside_a_closed_year_is_refused() {
    let (mut b, c) = bangladesh();
    app::year_close(&mut b.store, &c, &year("coop", "2024")).unwrap();
    let closed = dump(&b.path);
    let change = |from: &str| app::PolicyInput { org: "coop".into(), effective_from: from.into(), saving_per_meeting: s("100"), interest_rate: s("12"), ..Default::default() };
    let e = app::policy_set(&mut b.store, &c, &change("2025-01-01")).unwrap_err();
    assert_eq!(e, Error::Store(StoreError::YearClosed { year: "2024-25".into() }));
    assert_eq!(e.code(), "error-year-closed");
    assert_eq!(dump(&b.path), closed);
    // The year's last day is inside it too.
    assert_eq!(app::policy_set(&mut b.store, &c, &change("2025-06-30")).unwrap_err(), Error::Store(StoreError::YearClosed { year: "2024-25".into() }));
    assert_eq!(dump(&b.path), closed);
    app::policy_set(&mut b.store, &c, &change("2025-07-01")).unwrap();
}

/// The saved meeting's receipt shows the shares she bought (count and price), and "correct this
/// meeting" — the meeting reversed, then recorded again from what the receipt holds — keeps them:
/// her paid-up capital is what it was. The Thai co-operative above: ฿10 a share; member 1 buys
/// 50 at the meeting of 30 June (฿500). Paid up before correcting: 6,000 + 11 × 500 = ฿11,500;
/// after: the same ฿11,500 (the June purchase reversed, then bought again).
#[test]
fn the_saved_meeting_shows_her_shares_and_correcting_it_keeps_them() {
    use samuh::i18n::{Lang, Locale};
    let (mut b, _) = thai();
    let c = ctx("2025-12-01");
    let m = app::meeting_saved(&b.store, &c, "tcoop", "2025-06-30", Locale::new(Lang::En)).unwrap().expect("the June meeting");
    assert!(m.shares_column, "a co-operative keeps shares: the receipt has their column");
    assert!(!m.social_fund_column, "only a VSLA group has a social fund");
    let row = m.rows.iter().find(|r| r.member == "1").unwrap();
    assert_eq!(row.shares, "50 · ฿500.00");
    assert_eq!(m.input.members[0].shares.as_deref(), Some("50"), "what the grid takes: the number of shares");
    let id = member_id(&b.store, "tcoop", "1");
    assert_eq!(-balance(&b.store, "tcoop", code::SHARE_CAPITAL, Some(id)), thb("11500"));
    app::meeting_reverse(&mut b.store, &c, &app::MeetingReverseInput { org: "tcoop".into(), meeting: "2025-06-30".into(), reason: "income typed wrong".into(), date: s("2025-06-30"), ..Default::default() }).unwrap();
    // Reversed: 11,500 − 500 = ฿11,000.
    assert_eq!(-balance(&b.store, "tcoop", code::SHARE_CAPITAL, Some(id)), thb("11000"));
    app::meeting_record(&mut b.store, &c, &m.input).unwrap();
    assert_eq!(-balance(&b.store, "tcoop", code::SHARE_CAPITAL, Some(id)), thb("11500"), "recorded again with her 50 shares");
    let again = app::meeting_saved(&b.store, &c, "tcoop", "2025-06-30", Locale::new(Lang::En)).unwrap().unwrap();
    assert_eq!(again.rows, m.rows);
    // In Thai digits when the reader asks for them.
    let th = app::meeting_saved(&b.store, &c, "tcoop", "2025-06-30", Locale { digits: samuh::i18n::Digits::Native, ..Locale::new(Lang::Th) }).unwrap().unwrap();
    assert!(th.rows[0].shares.starts_with("๕๐ · "), "{}", th.rows[0].shares);
}

/// The demo book's closed years (issue 14): the Meherpur co-operative has closed its co-op year
/// 2025-26 (July to June) and the Roi Et village fund its year 2025. The expected figures are
/// worked out here from the journal itself (summed in SQL, not through any report) and the
/// rules of domain.md §4.4: the co-op's net profit N is the year's income less its expenditure;
/// the reserve fund takes 15 % of N, the bad and doubtful debt fund 10 % (it lends to members),
/// the CDF 3 %, the by-law funds 10 %, each rounded to the paisa; the dividends share the rest.
/// The village fund spent more than it earned in 2025: the deficit simply comes off its surplus.
#[test]
fn the_demo_has_closed_the_cooperatives_and_the_village_funds_last_year() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.samuh");
    let mut store = Store::open_or_create(&path).unwrap();
    samuh::demo::demo_create(&mut store, common::d("2026-11-20")).unwrap();
    let sql = |q: &str| -> i64 { rusqlite::Connection::open(&path).unwrap().query_row(q, [], |r| r.get::<_, Option<i64>>(0)).unwrap().unwrap_or(0) };
    // Income (credit, negative) and expenditure (debit) of an organisation in a period, leaving
    // out the closing lines themselves.
    let result = |org: &str, from: &str, to: &str| -> i64 {
        -sql(&format!(
            "SELECT sum(p.amount_minor) FROM posting p JOIN account a ON a.id = p.account_id JOIN voucher v ON v.id = p.voucher_id JOIN organisation o ON o.id = v.org_id
              WHERE o.code = '{org}' AND a.type IN ('income', 'expense') AND v.date BETWEEN '{from}' AND '{to}' AND p.kind <> 'year-close'"
        ))
    };
    let balance = |org: &str, account: &str| -> i64 {
        sql(&format!("SELECT sum(p.amount_minor) FROM posting p JOIN account a ON a.id = p.account_id JOIN organisation o ON o.id = a.org_id WHERE o.code = '{org}' AND a.code = '{account}'"))
    };
    let pct = |n: i64, p: i64| -> i64 { (n * p + 50) / 100 }; // half-up, in paisa (n > 0)

    let n = result("coop-meherpur", "2025-07-01", "2026-06-30");
    assert!(n > 0, "the co-op made a profit in 2025-26: {n}");
    let (reserve, bad_debt, cdf, bylaw) = (pct(n, 15), pct(n, 10), pct(n, 3), pct(n, 10));
    assert_eq!(-balance("coop-meherpur", code::RESERVE_FUND), reserve);
    assert_eq!(-balance("coop-meherpur", code::BAD_DEBT_FUND), bad_debt);
    assert_eq!(-balance("coop-meherpur", code::CDF_PAYABLE), cdf);
    assert_eq!(-balance("coop-meherpur", code::BYLAW_FUNDS), bylaw);
    // The dividends credited to members at the close: at most the rest (what rounding
    // member by member leaves stays in the surplus), and not a paisa more.
    // (Credited to savings, or kept as payable for a member who had left by the close.)
    let dividends = -sql("SELECT sum(p.amount_minor) FROM posting p JOIN account a ON a.id = p.account_id JOIN organisation o ON o.id = a.org_id WHERE o.code = 'coop-meherpur' AND a.code IN ('member-savings', 'dividend-payable') AND p.kind = 'dividend' AND p.amount_minor < 0");
    let rest = n - reserve - bad_debt - cdf - bylaw;
    assert!(dividends <= rest && dividends > rest - 100 * 25, "dividends {dividends} of {rest}");
    // A member who left after 30 June and before the general meeting was owed hers as payable
    // and paid it in cash there: nothing is left to pay.
    assert!(sql("SELECT count(*) FROM posting p JOIN account a ON a.id = p.account_id JOIN organisation o ON o.id = a.org_id WHERE o.code = 'coop-meherpur' AND a.code = 'dividend-payable' AND p.kind = 'dividend'") > 0);
    assert_eq!(balance("coop-meherpur", "dividend-payable"), 0);
    // After the close no income or expense of 2025-26 is left open: every income and expense
    // account's balance is what 1 July 2026 onwards added.
    let open_now = -sql("SELECT sum(p.amount_minor) FROM posting p JOIN account a ON a.id = p.account_id JOIN organisation o ON o.id = a.org_id WHERE o.code = 'coop-meherpur' AND a.type IN ('income', 'expense')");
    assert_eq!(open_now, result("coop-meherpur", "2026-07-01", "2026-11-20"));

    // The village fund: 2025's deficit came off its accumulated surplus; nothing appropriated.
    let vf = result("vf-roiet", "2025-01-01", "2025-12-31");
    assert!(vf < 0, "a deficit in 2025: {vf}");
    let closed_to_surplus = sql("SELECT sum(p.amount_minor) FROM posting p JOIN account a ON a.id = p.account_id JOIN organisation o ON o.id = a.org_id WHERE o.code = 'vf-roiet' AND a.code = 'accumulated-surplus' AND p.kind = 'year-close'");
    assert_eq!(closed_to_surplus, -vf);
    assert_eq!(sql("SELECT count(*) FROM posting p JOIN voucher v ON v.id = p.voucher_id JOIN organisation o ON o.id = v.org_id WHERE o.code = 'vf-roiet' AND p.kind IN ('appropriation', 'dividend')"), 0);

    // Both years are closed: an entry dated inside them is refused, naming the year, and the
    // book is unchanged.
    let before = common::dump(&path);
    let c = ctx("2026-11-20");
    let m = app::MeetingInput { org: "coop-meherpur".into(), date: "2026-03-10".into(), members: vec![common::row("M01", "present", "100")], ..Default::default() };
    assert_eq!(app::meeting_record(&mut store, &c, &m).unwrap_err(), Error::Store(StoreError::YearClosed { year: "2025-26".into() }));
    let m = app::MeetingInput { org: "vf-roiet".into(), date: "2025-12-05".into(), members: vec![common::row("M01", "present", "100")], ..Default::default() };
    assert_eq!(app::meeting_record(&mut store, &c, &m).unwrap_err(), Error::Store(StoreError::YearClosed { year: "2025".into() }));
    drop(store);
    assert_eq!(common::dump(&path), before);
}

/// A member who left after the year ended but before its close gets her dividend kept as
/// payable, to be paid in cash — never added to savings or shares she no longer holds — and her
/// name cannot be erased until it is paid. The co-operative of domain.md §4.4 above: Tk 18 a
/// share (member 1's 15 shares earn Tk 270, so 270 ÷ 15 = 18); member 3 held 1,000 shares all
/// year and left on 10 July 2025, her Tk 1,00,000 of shares paid back: her dividend is
/// 1,000 × 18 = Tk 18,000, payable.
#[test]
fn a_member_who_left_before_the_close_is_owed_her_dividend_in_cash() {
    let (mut b, c) = bangladesh();
    app::member_exit(&mut b.store, &ctx("2025-07-10"), "coop", "3", "2025-07-10", None).unwrap();
    let three = member_id(&b.store, "coop", "3");
    // The preview says so, naming her, rather than that every amount goes to savings.
    let preview = app::year_preview_view(&b.store, &c, &year("coop", "2024"), samuh::i18n::Locale::new(samuh::i18n::Lang::En)).unwrap();
    let notes: Vec<String> = preview.sections.iter().flat_map(|s| s.notes.clone()).collect();
    let label = b.store.read().member_by_no(b.store.read().org_by_code("coop").unwrap().unwrap().id, "3").unwrap().unwrap();
    let expected = format!("One member has left ({} {}): the amount is not added to savings or shares but kept as payable, to be paid in cash (\"Pay in cash\" on the Year-end screen, or `samuh year pay`).", label.admission_no, label.name);
    assert!(notes.contains(&expected), "{notes:#?}");
    app::year_close(&mut b.store, &c, &year("coop", "2024")).unwrap();
    assert_eq!(-balance(&b.store, "coop", code::DIVIDEND_PAYABLE, Some(three)), tk("18000"));
    assert_eq!(balance(&b.store, "coop", code::MEMBER_SAVINGS, Some(three)), Money::ZERO);
    assert_eq!(balance(&b.store, "coop", code::SHARE_CAPITAL, Some(three)), Money::ZERO);
    // Member 1, still a member, has hers added to savings as the close asked.
    assert_eq!(-balance(&b.store, "coop", code::MEMBER_SAVINGS, Some(member_id(&b.store, "coop", "1"))), tk("270"));
    // Not erasable while it is owed; paid in cash, then erasable.
    let before = dump(&b.path);
    assert_eq!(app::member_erase(&mut b.store, &c, "coop", "3", None).unwrap_err().code(), "error-member-has-balance");
    assert_eq!(dump(&b.path), before);
    let paid = app::year_dividend_pay(&mut b.store, &c, &app::YearPayInput { org: "coop".into(), year: "2024".into(), date: "2025-07-15".into(), ..Default::default() }).unwrap();
    assert_eq!((paid.members, paid.total.as_str()), (1, "18000.00"));
    app::member_erase(&mut b.store, &c, "coop", "3", None).unwrap();
}

/// The Thai co-operative's fee to the League of Co-operatives (domain.md §4.5: at most 5% of the
/// net profit, capped by the League's board): the meeting may set the rate within the Act's 5%
/// and the ceiling; 6% is refused with nothing written. The co-op of `thai()` made ฿10,000.
#[test]
fn a_thai_cooperative_pays_its_league_fee_within_the_law_and_the_ceiling() {
    let (mut b, c) = thai();
    let before = dump(&b.path);
    let over = app::YearInput { rate: s("4.3"), league_fee: s("6"), ..year("tcoop", "2025") };
    let e = app::year_close(&mut b.store, &c, &over).unwrap_err();
    assert_eq!(e.code(), "error-league-fee-above-law");
    assert_eq!(
        samuh::i18n::Localizer::new(samuh::i18n::Locale::new(samuh::i18n::Lang::Th)).error(&e),
        "ค่าบำรุงสันนิบาตสหกรณ์ร้อยละ 6.00 เกินกว่าที่กฎหมายกำหนด (ร้อยละ 0 ถึง 5.00 ของกำไรสุทธิ) กรุณาระบุอัตราภายในช่วงนี้"
    );
    assert_eq!(dump(&b.path), before);
    // 5% of 10,000 = 500, but the ceiling given is ฿300: the fee is 300. The preview shows it
    // after the reserve (10% = 1,000), then the dividend (376.20, as above), and the rest,
    // 10,000 − 1,000 − 300 − 376.20 = 8,323.80, to the reserve.
    let at = app::YearInput { rate: s("4.3"), league_fee: s("5"), league_fee_cap: s("300"), ..year("tcoop", "2025") };
    let preview = app::year_preview(&b.store, &c, &at).unwrap();
    let parts: Vec<(String, Option<Money>)> = preview.sections[1].rows.iter().map(|r| (format!("{:?}", r[0]), r[2].as_money())).collect();
    assert_eq!(parts.len(), 4, "{parts:?}");
    assert!(parts[1].0.contains("bucket-league-fee") && parts[1].1 == Some(thb("300")), "{parts:?}");
    app::year_close(&mut b.store, &c, &at).unwrap();
    assert_eq!(-balance(&b.store, "tcoop", code::LEAGUE_FEE_PAYABLE, None), thb("300"));
    assert_eq!(-balance(&b.store, "tcoop", code::RESERVE_FUND, None), thb("9323.80"));
    assert_eq!(balance(&b.store, "tcoop", code::SURPLUS, None), Money::ZERO);
    // The member's slip is worked again from the close's rule, the same ฿376.20.
    let slip = app::dividend_slip(&b.store, "tcoop", "2025", "1", samuh::i18n::Lang::En).unwrap();
    let shown = slip.sections.iter().flat_map(|s| s.rows.iter().chain(s.totals.iter())).flatten().any(|c| *c == samuh::reports::Cell::Money(thb("376.20")));
    assert!(shown, "{slip:?}");
}

/// "Year-end statements of a closed year stay printable exactly as they were at close": the close
/// keeps the year's receipts and payments, income and expenditure, balance sheet and trial
/// balance, and a statement of that year is printed from what it kept, with a note saying so.
/// The co-op of `thai()` earned ฿10,000 of other income in June 2025 and spent nothing.
#[test]
fn a_closed_years_statements_are_printed_as_kept_at_the_close() {
    use samuh::reports::{Cell, Report};
    let (mut b, c) = thai();
    let at = app::YearInput { rate: s("4.3"), ..year("tcoop", "2025") };
    app::year_close(&mut b.store, &c, &at).unwrap();
    let report = |store: &Store, name: &str, from: &str, to: &str| {
        app::report(store, &c, &app::ReportParams { org: "tcoop".into(), name: name.into(), from: s(from), to: s(to), ..Default::default() }).unwrap()
    };
    let income = |r: &Report| r.sections[0].totals.as_ref().unwrap().iter().find_map(Cell::as_money).unwrap();
    let notes = |r: &Report| r.sections.last().unwrap().notes.iter().map(|n| n.id.clone()).collect::<Vec<_>>();
    let ie = report(&b.store, "income-expenditure", "2025-01-01", "2025-12-31");
    assert_eq!(income(&ie), thb("10000"));
    assert!(notes(&ie).contains(&"note-as-closed".to_string()), "{:?}", notes(&ie));
    let en = samuh::render::render_display(&ie, &samuh::i18n::Localizer::new(samuh::i18n::Locale::new(samuh::i18n::Lang::En)));
    assert_eq!(en.sections.last().unwrap().notes.last().unwrap(), "As at the close of the year 2025 on 10 January 2026: this statement is printed from the copy the book kept at the close.");
    // Each of the four, and only over the closed year: the year to 30 December is worked live.
    for name in ["receipts-payments", "balance-sheet", "trial-balance"] {
        assert!(notes(&report(&b.store, name, "2025-01-01", "2025-12-31")).contains(&"note-as-closed".to_string()), "{name}");
    }
    assert!(!notes(&report(&b.store, "income-expenditure", "2025-01-01", "2025-12-30")).contains(&"note-as-closed".to_string()));

    // Someone doubles the June income in the file, outside Samuh. The check names the changed
    // voucher and the live figures show ฿20,000; the statement of the closed year is still the
    // one the general meeting approved, ฿10,000.
    drop(std::mem::replace(&mut b.store, Store::open_in_memory().unwrap()));
    common::outside_edit(&b.path, "UPDATE posting SET amount_minor = amount_minor * 2 WHERE account_id IN (SELECT id FROM account WHERE code = 'other-income')");
    b.store = Store::open(&b.path).unwrap();
    assert!(!app::check_book(&b.store, None).unwrap().ok());
    assert_eq!(income(&report(&b.store, "income-expenditure", "2025-01-01", "2025-12-30")), thb("20000"));
    assert_eq!(income(&report(&b.store, "income-expenditure", "2025-01-01", "2025-12-31")), thb("10000"));
}

/// A reopened year prints its statements live; closed again, it keeps new ones.
#[test]
fn a_reopened_year_prints_live_and_a_second_close_keeps_its_own() {
    let (mut b, c) = thai();
    let at = app::YearInput { rate: s("4.3"), ..year("tcoop", "2025") };
    app::year_close(&mut b.store, &c, &at).unwrap();
    let kept = |store: &Store| {
        let r = app::report(store, &c, &app::ReportParams { org: "tcoop".into(), name: "balance-sheet".into(), from: s("2025-01-01"), to: s("2025-12-31"), ..Default::default() }).unwrap();
        r.sections.last().unwrap().notes.iter().find(|n| n.id == "note-as-closed").map(|n| format!("{:?}", n.args))
    };
    assert!(kept(&b.store).is_some());
    app::year_reopen(&mut b.store, &ctx("2026-01-12"), &app::YearReopenInput { org: "tcoop".into(), year: "2025".into(), reason: "dividend reconsidered".into(), client_id: None }).unwrap();
    assert_eq!(kept(&b.store), None);
    app::year_close(&mut b.store, &ctx("2026-01-14"), &at).unwrap();
    let again = kept(&b.store).unwrap();
    assert!(again.contains("2026-01-14"), "{again}");
    // The two closes each kept the four statements; all eight are in the records chain.
    let n: i64 = rusqlite::Connection::open(&b.path).unwrap().query_row("SELECT count(*) FROM year_snapshot", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 8);
    assert!(app::check_book(&b.store, None).unwrap().ok());
}

/// "Whether a purchase counts from its own month or the next" is a by-law choice. Member 1 of
/// `thai()` holds 6,000 on 1 January and buys ฿500 at each month-end from January to November.
/// Counted from its own month, her months hold 6,500, 7,000, …, 11,500 and December 11,500; at
/// 4.3 % a year each month's part is holding × 4.3 % ÷ 12, cut to the satang:
///   23.29, 25.08, 26.87, 28.66, 30.45, 32.25, 34.04, 35.83, 37.62, 39.41, 41.20, 41.20 = 395.90
/// (counted from the next month it is 376.20, the test above). A value that is neither is refused.
#[test]
fn a_purchase_may_count_from_its_own_month_as_the_bylaws_say() {
    let (mut b, c) = thai();
    let before = dump(&b.path);
    let bad = app::YearInput { rate: s("4.3"), counts_from: s("last-month"), ..year("tcoop", "2025") };
    assert_eq!(app::year_close(&mut b.store, &c, &bad).unwrap_err(), Error::InvalidChoice { field: "counts-from".into(), value: "last-month".into() });
    assert_eq!(dump(&b.path), before);
    let own = app::YearInput { rate: s("4.3"), counts_from: s("own-month"), ..year("tcoop", "2025") };
    app::year_close(&mut b.store, &c, &own).unwrap();
    assert_eq!(-balance(&b.store, "tcoop", code::MEMBER_SAVINGS, Some(member_id(&b.store, "tcoop", "1"))), thb("395.90"));
    // Her slip is worked again with the close's rule: the same 395.90.
    let slip = app::dividend_slip(&b.store, "tcoop", "2025", "1", samuh::i18n::Lang::En).unwrap();
    let shown = slip.sections.iter().flat_map(|s| s.rows.iter().chain(s.totals.iter())).flatten().any(|c| *c == samuh::reports::Cell::Money(thb("395.90")));
    assert!(shown, "{slip:?}");
}

/// A year is named as a treasurer writes it: "2025", "2025-26", in her digits, or — in
/// Thailand — the Buddhist Era year (2568 B.E. is 2025, 543 years ahead); a label whose two years
/// do not follow ("2025-27") or a word is refused, never read as its first part. A year is closed
/// or audited only where this book kept it: not a year that ended before the organisation was
/// formed, not a year before the book's first entry (kept on paper), not under a later closed
/// year. Each refusal leaves the book as it was.
#[test]
fn a_year_is_named_as_she_writes_it_and_closed_only_where_the_book_kept_it() {
    let (mut b, c) = thai();
    // A Thai co-op's close takes the dividend rate the general meeting resolved.
    let year = |org: &str, y: &str| app::YearInput { rate: s("4"), ..year(org, y) };
    // The Thai co-op's fiscal year is the calendar year; 2568 B.E. = 2025 (2568 − 543).
    let p = app::year_preview(&b.store, &c, &year("tcoop", "2568")).unwrap();
    let q = app::year_preview(&b.store, &c, &year("tcoop", "2025")).unwrap();
    assert_eq!(p, q, "2568 B.E. is the year 2025");
    // The Year-end screen names the year as she counts it: 2025 is ๒๕๖๘ in Thai (Buddhist Era,
    // Thai digits), never the Gregorian 2025 beside Buddhist Era dates.
    let mut th = samuh::i18n::Locale::new(samuh::i18n::Lang::Th);
    th.digits = samuh::i18n::Digits::Native;
    let v = app::year_view(&b.store, &c, "tcoop", th).unwrap();
    let y2025 = v.years.iter().find(|y| y.year == "2025").expect("the year 2025 is listed");
    assert_eq!(y2025.year_display, "๒๕๖๘");
    assert!(y2025.period_display.contains("๒๕๖๘") && !y2025.period_display.contains("๒๐๒๕"), "{}", y2025.period_display);
    let bad = |y: &str| match app::year_preview(&b.store, &c, &year("tcoop", y)) {
        Err(Error::FiscalYearInvalid { input }) => assert_eq!(input, y),
        other => panic!("{y}: {other:?}"),
    };
    for y in ["2025-27", "20x5", "2025-2027", "twenty", "", "1800"] {
        bad(y);
    }

    let (mut bd, c2) = bangladesh();
    // Its co-op year runs July to June: "২০২৪-২৫" and "2024-2025" are the year 2024-25.
    assert_eq!(app::year_preview(&bd.store, &c2, &year("coop", "২০২৪-২৫")).unwrap(), app::year_preview(&bd.store, &c2, &year("coop", "2024-2025")).unwrap());
    let before = std::fs::read(&bd.path).unwrap();
    // Formed on 1 July 2024: the year 2023-24 ended the day before.
    match app::year_close(&mut bd.store, &c2, &year("coop", "2023")) {
        Err(Error::YearBeforeFormed { year, formed }) => {
            assert_eq!((year.as_str(), formed), ("2023-24", common::d("2024-07-01")));
        }
        other => panic!("{other:?}"),
    }
    let audit = app::YearAuditInput { org: "coop".into(), year: "2023".into(), auditor: "Rahima".into(), date: s("2025-07-10"), ..Default::default() };
    assert!(matches!(app::year_audit(&mut bd.store, &c2, &audit), Err(Error::YearBeforeFormed { .. })));
    assert_eq!(std::fs::read(&bd.path).unwrap(), before, "a refused close or audit changed the book");

    // A group formed in 2020 whose book begins with its opening balances on 1 January 2025:
    // the years 2020 to 2024 were kept on paper.
    let c3 = ctx("2025-01-01");
    org(&mut b, &c3, "paper", "village-fund", "th", "2020-01-01", 1);
    app::opening_record(&mut b.store, &c3, &app::OpeningInput { org: "paper".into(), date: "2025-01-01".into(), cash: s("1000"), ..Default::default() }).unwrap();
    let c4 = ctx("2026-02-01");
    match app::year_preview(&b.store, &c4, &year("paper", "2024")) {
        Err(Error::YearWithoutEntries { year }) => assert_eq!(year, "2024"),
        other => panic!("{other:?}"),
    }
    let before = std::fs::read(&b.path).unwrap();
    assert!(matches!(app::year_close(&mut b.store, &c4, &year("paper", "2024")), Err(Error::YearWithoutEntries { .. })));
    // A year with entries under a closed later year is refused as that.
    let (mut t, c5) = thai();
    let c6 = ctx("2027-01-10");
    // tcoop: entries in 2025; close 2026 (its meetings end in 2025: the year 2026 earned
    // nothing, no dividend), then 2025 is under it.
    app::year_close(&mut t.store, &c6, &app::YearInput { rate: s("0"), ..year("tcoop", "2026") }).unwrap();
    match app::year_close(&mut t.store, &c6, &year("tcoop", "2025")) {
        Err(Error::CloseUnderLaterYear { year, later }) => assert_eq!((year.as_str(), later.as_str()), ("2025", "2026")),
        other => panic!("{other:?}"),
    }
    let _ = c5;
    assert_eq!(std::fs::read(&b.path).unwrap(), before);
    // Said in Thai with the years in the Buddhist Era and Thai digits.
    let mut th = samuh::i18n::Locale::new(samuh::i18n::Lang::Th);
    th.digits = samuh::i18n::Digits::Native;
    let e = Error::CloseUnderLaterYear { year: "2025".into(), later: "2026".into() };
    let text = samuh::i18n::Localizer::new(th).error(&e);
    assert!(text.starts_with("ปีบัญชี ๒๕๖๙ ซึ่งอยู่หลังกว่าปิดไปแล้ว จึงปิดบัญชีหรือตรวจสอบปีบัญชี ๒๕๖๘ ไม่ได้"), "{text}");
}

/// A setting of another kind's rule is refused rather than silently left unused: the Bangladesh
/// co-operative's appropriation is the Act's (no template), the League's fee is a Thai
/// co-operative's; nothing is written.
#[test]
fn a_setting_of_another_kinds_rule_is_refused() {
    let (mut bd, c) = bangladesh();
    let before = dump(&bd.path);
    let with = |f: fn(&mut app::YearInput)| {
        let mut i = year("coop", "2024");
        f(&mut i);
        i
    };
    for (i, option) in [(with(|i| i.template = s("reserve=50,dividend=60")), "template"), (with(|i| i.league_fee = s("2")), "league-fee"), (with(|i| i.league_fee_cap = s("1000")), "league-fee-cap")] {
        assert_eq!(app::year_close(&mut bd.store, &c, &i).unwrap_err(), Error::OptionNotForKind { option: option.into(), org: "coop".into() });
        assert_eq!(app::year_preview(&bd.store, &c, &i).unwrap_err(), Error::OptionNotForKind { option: option.into(), org: "coop".into() });
    }
    assert_eq!(dump(&bd.path), before);
    // Left blank, as the screen sends it, the setting is no setting.
    app::year_preview(&bd.store, &c, &with(|i| i.template = s(" "))).unwrap();
}
