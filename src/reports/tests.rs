//! Tests of the reports on a small hand-built book: an SHG with opening balances, two meetings
//! (the second reversed), a loan sanctioned at a meeting and a repayment between meetings.

use super::*;
use crate::app::{self, Ctx, GroupLineInput, MeetingInput, MeetingMemberRow, MinutesInput, OpeningInput, OpeningLoanInput, OpeningSavingsInput, OrgInput, PolicyInput, ReportParams, RepayInput, ReverseInput};
use crate::domain::ledger::code;
use crate::i18n::{Lang, Locale, Localizer};
use crate::store::Store;

pub(crate) fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn row(member: &str, attendance: &str, savings: &str, repayment: Option<&str>) -> MeetingMemberRow {
    MeetingMemberRow {
        member: member.into(),
        attendance: attendance.into(),
        savings: Some(savings.into()),
        repayment: repayment.map(str::to_string),
        ..Default::default()
    }
}

/// The book every test reads. Today is 31 July 2025 (fiscal year 2025-26 from 1 April).
pub(crate) fn sample() -> (Store, Ctx) {
    let ctx = Ctx::new(d("2025-07-31"), "2025-07-31T10:00:00Z", Lang::En);
    let mut s = Store::open_in_memory().unwrap();
    app::org_add(&mut s, &ctx, &OrgInput {
        code: "SHG1".into(),
        name: "जय माँ दुर्गा स्वयं सहायता समूह".into(),
        kind: "shg".into(),
        country: "in".into(),
        meeting_frequency: "monthly".into(),
        formed_on: "2024-01-01".into(),
        ..Default::default()
    })
    .unwrap();
    for (no, name) in [("1", "सुनीता देवी"), ("2", "Rekha"), ("3", "लक्ष्मी")] {
        app::member_add(&mut s, &ctx, &app::MemberInput { org: "SHG1".into(), admission_no: no.into(), name: name.into(), joined_on: "2024-01-01".into(), ..Default::default() }).unwrap();
    }
    app::policy_set(&mut s, &ctx, &PolicyInput { org: "SHG1".into(), effective_from: "2024-01-01".into(), ..Default::default() }).unwrap();
    app::opening_record(&mut s, &ctx, &OpeningInput {
        org: "SHG1".into(),
        date: "2025-03-31".into(),
        cash: Some("1000".into()),
        bank: Some("5000".into()),
        savings: vec![
            OpeningSavingsInput { member: "1".into(), savings: "2000".into(), shares: None },
            OpeningSavingsInput { member: "2".into(), savings: "1500".into(), shares: None },
            OpeningSavingsInput { member: "3".into(), savings: "1000".into(), shares: None },
        ],
        loans: vec![OpeningLoanInput {
            member: "2".into(),
            outstanding: "2000".into(),
            rate: "2".into(),
            rate_period: "month".into(),
            method: "flat".into(),
            frequency: "monthly".into(),
            instalments: "4".into(),
            ..Default::default()
        }],
        fund_capital: Some("1000".into()),
        ..Default::default()
    })
    .unwrap();
    app::meeting_record(&mut s, &ctx, &MeetingInput {
        org: "SHG1".into(),
        date: "2025-04-06".into(),
        place: "पंचायत भवन".into(),
        members: vec![row("1", "present", "100", None), row("2", "present", "100", Some("540")), row("3", "absent", "0", None)],
        loans: vec![app::LoanInput { member: "1".into(), amount: "1000".into(), guarantors: vec!["3".into()], ..Default::default() }],
        group: vec![
            GroupLineInput { kind: "bank-deposit".into(), amount: "200".into(), ..Default::default() },
            GroupLineInput { kind: "expense".into(), amount: "30".into(), head: Some("stationery".into()), note: "रजिस्टर".into() },
        ],
        minutes: MinutesInput { agenda: vec!["बचत संग्रह".into()], resolutions: vec!["सुनीता देवी को ₹1000 ऋण".into()], ..Default::default() },
        cash_counted: Some("510".into()),
        ..Default::default()
    })
    .unwrap();
    app::meeting_record(&mut s, &ctx, &MeetingInput {
        org: "SHG1".into(),
        date: "2025-05-04".into(),
        members: vec![row("1", "present", "100", None), row("2", "present", "100", None), row("3", "late", "50", None)],
        ..Default::default()
    })
    .unwrap();
    app::reverse(&mut s, &ctx, &ReverseInput { org: "SHG1".into(), voucher: "2025-26/2".into(), reason: "entered twice".into(), date: Some("2025-05-05".into()), client_id: None }).unwrap();
    app::loan_repay(&mut s, &ctx, &RepayInput { org: "SHG1".into(), date: "2025-06-10".into(), member: "1".into(), loan: None, amount: "120".into(), client_id: None }).unwrap();
    (s, ctx)
}

pub(crate) fn run(s: &Store, ctx: &Ctx, name: &str, member: Option<&str>) -> Report {
    app::report(s, ctx, &ReportParams { org: "SHG1".into(), name: name.into(), member: member.map(str::to_string), from: None, to: None, sort: None }).unwrap()
}

fn balance(s: &Store, account: &str, member: Option<i64>) -> Money {
    s.read().account_balance(1, account, member, None, Some(d("2025-07-31"))).unwrap()
}

fn last_row(sec: &Section) -> &Vec<Cell> {
    sec.rows.last().unwrap()
}

#[test]
fn trial_balance_debits_equal_credits() {
    let (s, ctx) = sample();
    let r = run(&s, &ctx, "trial-balance", None);
    let t = r.sections[0].totals.clone().unwrap();
    assert!(t[1].as_money().unwrap().is_positive());
    assert_eq!(t[1], t[2]);
    assert_eq!(r.sections[0].sum("col-debit"), r.sections[0].sum("col-credit"));
}

#[test]
fn balance_sheet_balances() {
    let (s, ctx) = sample();
    let r = run(&s, &ctx, "balance-sheet", None);
    let (l, a) = (&r.sections[0], &r.sections[1]);
    assert_eq!(l.totals.as_ref().unwrap()[1], a.totals.as_ref().unwrap()[1]);
    assert_eq!(l.sum("col-amount"), a.sum("col-amount"));
    assert!(a.notes.is_empty());
    // Assets are cash, bank, loans and the absent member's fine still owed, as the ledger has them.
    let expect = balance(&s, code::CASH, None) + balance(&s, code::BANK, None) + balance(&s, code::LOANS_TO_MEMBERS, None) + balance(&s, code::FINES_RECEIVABLE, None);
    assert_eq!(balance(&s, code::FINES_RECEIVABLE, None), Money::units(5));
    assert_eq!(a.sum("col-amount"), expect);
}

#[test]
fn cash_book_closes_at_the_cash_balance_and_shows_the_reversal() {
    let (s, ctx) = sample();
    let r = run(&s, &ctx, "cash-book", None);
    let sec = &r.sections[0];
    let bal = sec.col("col-balance");
    assert_eq!(sec.rows[0][bal], Cell::Money(Money::units(1000)), "opening b/f from the opening voucher of last year");
    assert_eq!(last_row(sec)[bal], Cell::Money(balance(&s, code::CASH, None)));
    let opening = sec.rows[0][bal].as_money().unwrap();
    assert_eq!(opening + sec.sum("col-receipts") - sec.sum("col-payments"), balance(&s, code::CASH, None));
    // The reversed meeting (2025-26/0002) and its reversal (0003) are both there and net to zero.
    let v = sec.col("col-voucher");
    let of = |no: &str| -> Money {
        sec.rows.iter().filter(|r| r[v] == Cell::text(no)).map(|r| r[sec.col("col-receipts")].as_money().unwrap_or_default() - r[sec.col("col-payments")].as_money().unwrap_or_default()).sum()
    };
    assert_eq!(of("2025-26/0002"), Money::units(252));
    assert_eq!(of("2025-26/0003"), Money::units(-252));
    let refs: Vec<&Cell> = sec.rows.iter().filter(|r| r[v] == Cell::text("2025-26/0003")).map(|r| &r[sec.col("col-note")]).collect();
    assert!(refs.iter().all(|c| matches!(c, Cell::Msg(m) if m.id == "ref-reversal-of")));
}

#[test]
fn a_voucher_entered_late_stands_on_its_own_day_in_the_cash_book() {
    // Member 2 repays ₹100 on 20 May, entered after the 10 June repayment (so numbered after
    // it). The cash book lists it on 20 May, and the balance beside each day is the cash the
    // ledger holds at the end of that day.
    let (mut s, ctx) = sample();
    app::loan_repay(&mut s, &ctx, &RepayInput { org: "SHG1".into(), date: "2025-05-20".into(), member: "2".into(), loan: None, amount: "100".into(), client_id: None }).unwrap();
    let r = run(&s, &ctx, "cash-book", None);
    let sec = &r.sections[0];
    let (date, bal) = (sec.col("col-date"), sec.col("col-balance"));
    let days: Vec<NaiveDate> = sec.rows.iter().filter_map(|r| match r[date] { Cell::Date(d) => Some(d), _ => None }).collect();
    assert!(days.windows(2).all(|w| w[0] <= w[1]), "{days:?}");
    for row in &sec.rows[1..] {
        let Cell::Date(day) = row[date] else { continue };
        // The last row of a day carries that day's closing cash.
        let last_of_day = sec.rows.iter().rev().find(|r| r[date] == Cell::Date(day)).unwrap();
        if std::ptr::eq(row, last_of_day) {
            assert_eq!(row[bal], Cell::Money(s.read().account_balance(1, code::CASH, None, None, Some(day)).unwrap()), "{day}");
        }
    }
}

#[test]
fn bank_book_closes_at_the_bank_balance() {
    let (s, ctx) = sample();
    let r = run(&s, &ctx, "bank-book", None);
    let sec = &r.sections[0];
    assert_eq!(last_row(sec)[sec.col("col-balance")], Cell::Money(balance(&s, code::BANK, None)));
    assert_eq!(balance(&s, code::BANK, None), Money::units(5200));
}

#[test]
fn passbook_closes_at_the_member_sub_ledger() {
    let (s, ctx) = sample();
    let r = run(&s, &ctx, "passbook", Some("1"));
    let sec = &r.sections[0];
    let m1 = s.read().member_by_no(1, "1").unwrap().unwrap();
    let t = sec.totals.as_ref().unwrap();
    assert_eq!(t[sec.col("col-savings-balance")], Cell::Money(-balance(&s, code::MEMBER_SAVINGS, Some(m1.id))));
    assert_eq!(t[sec.col("col-savings-balance")], Cell::Money(Money::units(2100)));
    assert_eq!(t[sec.col("col-loan-balance")], Cell::Money(Money::units(920)));
    assert_eq!(sec.rows[0][2], Cell::msg("row-brought-forward"));
    // The saving of the reversed meeting and its reversal both appear.
    let dep = sec.col("col-savings-deposited");
    let deposits: Vec<Money> = sec.rows.iter().filter_map(|r| r[dep].as_money()).collect();
    assert_eq!(deposits, vec![Money::units(100), Money::units(100), Money::units(-100)]);
    assert_eq!(t[sec.col("col-interest-paid")], Cell::Money(Money::units(40)));
}

#[test]
fn receipts_and_payments_reconcile() {
    let (s, ctx) = sample();
    let r = run(&s, &ctx, "receipts-payments", None);
    let (rec, pay) = (&r.sections[0], &r.sections[1]);
    let amt = |sec: &Section, id: &str| sec.rows.iter().find(|r| r[0] == Cell::msg(id)).and_then(|r| r[1].as_money()).unwrap();
    let opening = amt(rec, "row-opening-cash") + amt(rec, "row-opening-bank");
    let closing = amt(pay, "row-closing-cash") + amt(pay, "row-closing-bank");
    let receipts = rec.sum("col-amount") - opening;
    let payments = pay.sum("col-amount") - closing;
    assert_eq!(opening + receipts - payments, closing);
    assert_eq!(opening, Money::units(6000));
    assert_eq!(closing, balance(&s, code::CASH, None) + balance(&s, code::BANK, None));
    assert_eq!(rec.totals.as_ref().unwrap()[1], pay.totals.as_ref().unwrap()[1]);
    // Savings: 200 at the first meeting; the second meeting's and its reversal net out.
    assert_eq!(amt(rec, "line-saving"), Money::units(200));
    // The bank deposit is a contra entry: not a receipt or payment.
    assert!(!rec.rows.iter().chain(pay.rows.iter()).any(|r| r[0] == Cell::msg("line-bank-deposit")));
}

#[test]
fn income_expenditure_and_registers() {
    let (s, ctx) = sample();
    let ie = run(&s, &ctx, "income-expenditure", None);
    let income = ie.sections[0].totals.as_ref().unwrap()[1].as_money().unwrap();
    let expense = ie.sections[1].totals.as_ref().unwrap()[1].as_money().unwrap();
    // Interest 40 (Rekha's early 540 was all principal: nothing was due yet), attendance fine 5
    // (the absent member's, owed; the late fine was reversed with its meeting); stationery 30.
    // No cash shortage: the box counted without the absent member's 5, which she still owes
    // (issue 15), so the count matches the book. Surplus 45 − 30 = 15.
    assert_eq!((income, expense), (Money::units(45), Money::units(30)));
    assert_eq!(ie.sections[2].rows[0], vec![Cell::msg("row-surplus"), Cell::Money(Money::units(15))]);

    let sr = run(&s, &ctx, "savings-register", None);
    let t = sr.sections[0].totals.as_ref().unwrap();
    assert_eq!(t[5], Cell::Money(-balance(&s, code::MEMBER_SAVINGS, None)));

    let lr = run(&s, &ctx, "loan-register", None);
    let sec = &lr.sections[0];
    assert_eq!(sec.rows.len(), 2);
    assert_eq!(sec.totals.as_ref().unwrap()[sec.col("col-outstanding")], Cell::Money(balance(&s, code::LOANS_TO_MEMBERS, None)));
    assert_eq!(sec.rows[1][sec.col("col-guarantors")], Cell::text("3 लक्ष्मी"));
}

#[test]
fn arrears_and_dcb() {
    let (s, ctx) = sample();
    let ar = run(&s, &ctx, "arrears", None);
    let sec = &ar.sections[0];
    assert_eq!(sec.rows.len(), 2, "both loans are behind on 31 July");
    let dpd = sec.col("col-days-past-due");
    let days: Vec<i64> = sec.rows.iter().map(|r| match r[dpd] { Cell::Count(n) => n, _ => 0 }).collect();
    assert!(days[0] >= days[1] && days[1] > 0);
    assert_eq!(sec.notes.len(), 2);

    let dcb = run(&s, &ctx, "dcb", None);
    let all = dcb.sections.last().unwrap().totals.clone().unwrap();
    // Collection in the period: 540 from Rekha, 120 from Sunita.
    assert_eq!(all[5], Cell::Money(Money::units(660)));
    assert_eq!(all[6], Cell::Money(balance(&s, code::LOANS_TO_MEMBERS, None)));
}

#[test]
fn minutes_show_attendance_loans_and_the_cash_count() {
    let (s, ctx) = sample();
    let r = run(&s, &ctx, "minutes", None);
    let list = &r.sections[0];
    assert_eq!(list.rows.len(), 2);
    let first = &list.rows[0];
    assert_eq!(first[list.col("col-weekday")], Cell::msg("weekday-sun"));
    assert_eq!(first[list.col("col-present")], Cell::Count(2));
    assert_eq!(first[list.col("col-absent")], Cell::Count(1));
    // The count matches: the absent member's 5 is owed, not in the box (issue 15).
    assert_eq!(first[list.col("col-difference")], Cell::Money(Money::ZERO));
    assert_eq!(list.notes.len(), 1, "the second meeting was reversed");
    assert!(r.sections.iter().any(|s| s.title.as_ref().is_some_and(|t| t.id == "section-loans-sanctioned")));
}

#[test]
fn an_unknown_report_is_refused() {
    let (s, ctx) = sample();
    let e = app::report(&s, &ctx, &ReportParams { org: "SHG1".into(), name: "profit".into(), ..Default::default() }).unwrap_err();
    assert_eq!(e, crate::Error::UnknownReport { name: "profit".into() });
}

/// Every message a report uses exists in all four languages with matching variables, and every id of
/// reports.ftl exists in all four languages.
#[test]
fn every_message_exists() {
    let (s, ctx) = sample();
    let en = Localizer::new(Locale::new(Lang::En));
    let mut msgs: Vec<Msg> = Vec::new();
    for name in REPORTS {
        // A share-out exists only for a VSLA group (the sample is an SHG); tests/vsla.rs reads
        // its sheet in every language.
        if *name == "share-out" {
            continue;
        }
        let r = run(&s, &ctx, name, Some("1"));
        msgs.push(r.title.clone());
        for sec in &r.sections {
            msgs.extend(sec.title.clone());
            msgs.extend(sec.notes.clone());
            msgs.extend(sec.columns.iter().map(|c| Msg::new(c.id)));
            for row in sec.rows.iter().chain(sec.totals.iter()) {
                msgs.extend(row.iter().filter_map(|c| match c {
                    Cell::Msg(m) => Some(m.clone()),
                    _ => None,
                }));
            }
        }
    }
    for status in ["current", "overdue", "repaid", "rescheduled", "cancelled"] {
        msgs.push(Msg::new(format!("loan-status-{status}")));
    }
    for lang in Lang::ALL {
        let l = Localizer::new(Locale::new(*lang));
        for m in &msgs {
            assert!(l.has(&m.id), "{lang:?} lacks {}", m.id);
            l.try_msg(&m.id, &m.args).unwrap_or_else(|e| panic!("{lang:?} {}: {e}", m.id));
        }
    }
    let ids = |lang: &str| -> Vec<String> {
        let src = crate::i18n::ftl_files().iter().find(|(l, f, _)| *l == lang && *f == "reports.ftl").unwrap().2;
        let mut v: Vec<String> = src.lines().filter(|l| !l.starts_with('#') && l.contains(" = ")).map(|l| l.split(" = ").next().unwrap().to_string()).collect();
        v.sort();
        v
    };
    for lang in ["hi", "bn", "th"] {
        assert_eq!(ids("en"), ids(lang), "reports.ftl of {lang}");
    }
    // samuh check: each check and each finding its source names.
    let check_src = include_str!("../app/safety/check.rs");
    for name in app::check_book(&s, None).unwrap().checks {
        assert!(en.has(&format!("check-{name}")), "check-{name}");
    }
    for part in check_src.split('"').filter(|p| p.starts_with("finding-")) {
        assert!(en.has(part), "{part}");
    }
}
