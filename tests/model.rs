//! Model-based property test: random sequences of 3–9 commands (meetings with savings, withdrawals
//! and fines; loans; repayments; reversals; invalid input) run against the real store (in
//! memory) and against a simple reference ledger kept in maps. The model predicts each
//! command's outcome (saved, or refused with which code); after every command the store's
//! balances equal the model's and `check_book` is clean; a refusal changes nothing.
//!
//! Cases: PROPTEST_CASES (default 10,000), run as two tests of half as many each, so that the
//! test runner's two threads share them (one test took 140 s of a 2-core CI run alone).

use chrono::NaiveDate;
use proptest::prelude::*;
use samuh::app::{self, Ctx};
use samuh::domain::ledger::code;
use samuh::i18n::Lang;
use samuh::store::Store;
use std::collections::BTreeSet;

const MEMBERS: usize = 4;

#[derive(Debug, Clone)]
enum Cmd {
    Meeting { days: u8, rows: Vec<(usize, i64, i64, i64)> },
    Disburse { days: u8, member: usize, amount: i64, guarantor: usize },
    Repay { days: u8, member: usize, amount: i64 },
    Reverse { days: u8, pick: usize },
    BadAmount { member: usize },
    FutureMeeting,
}

fn cmd() -> impl Strategy<Value = Cmd> {
    let row = (0..MEMBERS, 0i64..200, prop_oneof![2 => Just(0i64), 1 => 1i64..400], 0i64..6);
    prop_oneof![
        4 => (0u8..3, proptest::collection::vec(row, 1..4)).prop_map(|(days, mut rows)| {
            let mut seen = BTreeSet::new();
            rows.retain(|r| seen.insert(r.0));
            Cmd::Meeting { days, rows }
        }),
        2 => (0u8..3, 0..MEMBERS, 1i64..1500, 1..MEMBERS).prop_map(|(days, member, amount, g)| Cmd::Disburse { days, member, amount, guarantor: (member + g) % MEMBERS }),
        2 => (0u8..3, 0..MEMBERS, 1i64..700).prop_map(|(days, member, amount)| Cmd::Repay { days, member, amount }),
        2 => (0u8..3, any::<usize>()).prop_map(|(days, pick)| Cmd::Reverse { days, pick }),
        1 => (0..MEMBERS).prop_map(|member| Cmd::BadAmount { member }),
        1 => Just(Cmd::FutureMeeting),
    ]
}

/// What one voucher did, in minor units, so a reversal can be predicted as its negation.
#[derive(Debug, Clone, Default)]
struct Effect {
    cash: i64,
    savings: [i64; MEMBERS],
    loans: Vec<(i64, i64)>,
    meeting_date: Option<NaiveDate>,
}

#[derive(Debug, Clone)]
struct Voucher {
    label: String,
    effect: Effect,
    reversal: bool,
    reversed: bool,
}

#[derive(Debug, Clone, Default)]
struct Model {
    date: Option<NaiveDate>,
    cash: i64,
    savings: [i64; MEMBERS],
    /// loan number → (member index, outstanding)
    loans: Vec<(i64, usize, i64)>,
    vouchers: Vec<Voucher>,
    standing: BTreeSet<NaiveDate>,
}

impl Model {
    fn apply(&mut self, e: &Effect, sign: i64) {
        self.cash += sign * e.cash;
        for i in 0..MEMBERS {
            self.savings[i] += sign * e.savings[i];
        }
        for (no, amt) in &e.loans {
            let l = self.loans.iter_mut().find(|l| l.0 == *no).unwrap();
            l.2 += sign * amt;
        }
    }
}

fn ctx() -> Ctx {
    Ctx::new(NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(), "2026-12-31T10:00:00", Lang::En)
}

/// A fresh copy of the prepared book for each sequence (migrating and setting up a book for each
/// of the 10,000 sequences was half of this test's time).
fn book() -> Store {
    thread_local! {
        static TEMPLATE: Vec<u8> = new_book().image().unwrap();
    }
    TEMPLATE.with(|t| Store::open_in_memory_image(t).unwrap())
}

fn new_book() -> Store {
    let mut s = Store::open_in_memory().unwrap();
    let c = ctx();
    app::org_add(&mut s, &c, &app::OrgInput { code: "g".into(), name: "Model SHG".into(), kind: "shg".into(), country: "in".into(), meeting_frequency: "weekly".into(), formed_on: "2025-01-05".into(), ..Default::default() }).unwrap();
    for i in 1..=MEMBERS {
        app::member_add(&mut s, &c, &app::MemberInput { org: "g".into(), admission_no: i.to_string(), name: format!("M{i}"), role: None, joined_on: "2025-01-05".into(), nominee: None, ..Default::default() }).unwrap();
    }
    app::policy_set(&mut s, &c, &app::PolicyInput {
        org: "g".into(), effective_from: "2025-01-05".into(), saving_per_meeting: Some("50".into()), interest_rate: Some("0".into()),
        rate_period: Some("month".into()), interest_method: Some("flat".into()), repayment_frequency: Some("monthly".into()),
        default_instalments: Some("10".into()), fine_absent: Some("0".into()), fine_late: Some("0".into()), fine_late_instalment: Some("0".into()),
        loan_cap: Some("10000".into()), loan_cap_savings_multiple: Some("3".into()), guarantors_required: Some("1".into()),
        rounding_unit: Some("0.01".into()), allow_prepayment: Some(true), ..Default::default()
    }).unwrap();
    app::opening_record(&mut s, &c, &app::OpeningInput {
        org: "g".into(), date: "2025-04-01".into(), cash: Some("400".into()), bank: Some("0".into()),
        savings: (1..=MEMBERS).map(|i| app::OpeningSavingsInput { member: i.to_string(), savings: "100".into(), shares: None }).collect(), ..Default::default()
    }).unwrap();
    s
}

fn minor(s: &Store, acct: &str, member: Option<i64>, loan: Option<i64>) -> i64 {
    s.read().account_balance(1, acct, member, loan, None).unwrap().minor()
}

fn assert_matches(s: &Store, m: &Model, step: usize) -> Result<(), TestCaseError> {
    prop_assert_eq!(minor(s, code::CASH, None, None), m.cash, "cash after step {}", step);
    for i in 0..MEMBERS {
        prop_assert_eq!(-minor(s, code::MEMBER_SAVINGS, Some(i as i64 + 1), None), m.savings[i], "savings of {} after step {}", i + 1, step);
    }
    for (no, _, out) in &m.loans {
        let id = s.read().loan_by_number(1, *no).unwrap().unwrap().id;
        prop_assert_eq!(minor(s, code::LOANS_TO_MEMBERS, None, Some(id)), *out, "loan {} after step {}", no, step);
    }
    prop_assert_eq!(s.read().voucher_count(1).unwrap() as usize, m.vouchers.len() + 1, "vouchers after step {}", step);
    let r = app::check_book(s, None).unwrap();
    prop_assert!(r.ok(), "check after step {}: {:?}", step, r.findings);
    Ok(())
}

fn run(cmds: Vec<Cmd>) -> Result<(), TestCaseError> {
    let mut s = book();
    let c = ctx();
    let mut m = Model { cash: 40_000, savings: [10_000; MEMBERS], date: NaiveDate::from_ymd_opt(2025, 4, 2), ..Default::default() };
    let units = |n: i64| n * 100;
    for (step, cmd) in cmds.into_iter().enumerate() {
        let advance = |m: &mut Model, days: u8| {
            m.date = Some(m.date.unwrap() + chrono::Duration::days(days as i64));
            m.date.unwrap()
        };
        // (expected error code or None, effect if saved, meeting date, is it a voucher-less meeting)
        let (expected, effect, result): (Option<&str>, Effect, Result<app::Saved, samuh::Error>) = match &cmd {
            Cmd::Meeting { days, rows } => {
                let on = advance(&mut m, *days);
                let mut e = Effect { meeting_date: Some(on), ..Default::default() };
                let mut expected = None;
                if m.standing.contains(&on) {
                    expected = Some("error-meeting-already-recorded");
                }
                for (who, sav, wd, fine) in rows {
                    let bal = m.savings[*who] + units(*sav);
                    if expected.is_none() && units(*wd) > bal {
                        expected = Some("error-withdrawal-above-savings");
                    }
                    e.savings[*who] += units(*sav) - units(*wd);
                    e.cash += units(*sav) - units(*wd) + units(*fine);
                }
                if expected.is_none() && m.cash + e.cash < 0 {
                    expected = Some("error-cash-below-zero");
                }
                let input = app::MeetingInput {
                    org: "g".into(),
                    date: on.to_string(),
                    members: rows.iter().map(|(who, sav, wd, fine)| app::MeetingMemberRow {
                        member: (who + 1).to_string(), attendance: "present".into(), savings: Some(sav.to_string()),
                        withdrawal: Some(wd.to_string()), fine: Some(fine.to_string()), ..Default::default()
                    }).collect(),
                    ..Default::default()
                };
                (expected, e, app::meeting_record(&mut s, &c, &input))
            }
            Cmd::Disburse { days, member, amount, guarantor } => {
                let on = advance(&mut m, *days);
                let cap = (3 * m.savings[*member]).min(units(10_000));
                let expected = if units(*amount) > cap {
                    Some("error-loan-above-cap")
                } else if m.cash < units(*amount) {
                    Some("error-cash-below-zero")
                } else {
                    None
                };
                let no = m.loans.len() as i64 + 1;
                let e = Effect { cash: -units(*amount), loans: vec![(no, units(*amount))], ..Default::default() };
                let input = app::DisburseInput { org: "g".into(), date: on.to_string(), loan: app::LoanInput { member: (member + 1).to_string(), amount: amount.to_string(), guarantors: vec![(guarantor + 1).to_string()], ..Default::default() }, client_id: None };
                let r = app::loan_disburse(&mut s, &c, &input);
                if r.is_ok() {
                    m.loans.push((no, *member, 0));
                }
                (expected, e, r)
            }
            Cmd::Repay { days, member, amount } => {
                let on = advance(&mut m, *days);
                let running = m.loans.iter().find(|l| l.1 == *member && l.2 > 0).cloned();
                let (expected, e) = match running {
                    None => (Some("error-no-loan-running"), Effect::default()),
                    Some((_, _, out)) if units(*amount) > out => (Some("error-repayment-above-owed"), Effect::default()),
                    Some((no, _, _)) => (None, Effect { cash: units(*amount), loans: vec![(no, -units(*amount))], ..Default::default() }),
                };
                let input = app::RepayInput { org: "g".into(), date: on.to_string(), member: (member + 1).to_string(), amount: amount.to_string(), ..Default::default() };
                (expected, e, app::loan_repay(&mut s, &c, &input))
            }
            Cmd::Reverse { days, pick } => {
                let on = advance(&mut m, *days);
                if m.vouchers.is_empty() {
                    continue;
                }
                let i = pick % m.vouchers.len();
                let v = m.vouchers[i].clone();
                let mut neg = v.effect.clone();
                neg.cash = -neg.cash;
                neg.savings.iter_mut().for_each(|x| *x = -*x);
                neg.loans.iter_mut().for_each(|l| l.1 = -l.1);
                let savings_ok = (0..MEMBERS).all(|k| m.savings[k] - v.effect.savings[k] >= 0 || v.effect.savings[k] <= 0);
                let loans_ok = v.effect.loans.iter().all(|(no, amt)| m.loans.iter().find(|l| l.0 == *no).unwrap().2 - amt >= 0);
                let expected = if v.reversal {
                    Some("error-cannot-reverse-reversal")
                } else if v.reversed {
                    Some("error-already-reversed")
                } else if m.cash + neg.cash < 0 {
                    Some("error-cash-below-zero")
                } else if !loans_ok {
                    Some("error-loan-has-repayments")
                } else if !savings_ok {
                    Some("error-reversal-negative-savings")
                } else {
                    None
                };
                let r = app::reverse(&mut s, &c, &app::ReverseInput { org: "g".into(), voucher: v.label.clone(), reason: "model".into(), date: Some(on.to_string()), client_id: None });
                if r.is_ok() {
                    m.vouchers[i].reversed = true;
                    if let Some(d) = v.effect.meeting_date {
                        m.standing.remove(&d);
                    }
                    neg.meeting_date = None;
                }
                (expected, neg, r)
            }
            Cmd::BadAmount { member } => {
                let on = m.date.unwrap();
                let input = app::MeetingInput { org: "g".into(), date: on.to_string(), members: vec![app::MeetingMemberRow { member: (member + 1).to_string(), attendance: "present".into(), savings: Some("12x".into()), ..Default::default() }], ..Default::default() };
                let code = if m.standing.contains(&on) { "error-meeting-already-recorded" } else { "error-invalid-amount" };
                (Some(code), Effect::default(), app::meeting_record(&mut s, &c, &input))
            }
            Cmd::FutureMeeting => {
                let input = app::MeetingInput { org: "g".into(), date: "2027-01-01".into(), members: vec![], ..Default::default() };
                (Some("error-date-in-future"), Effect::default(), app::meeting_record(&mut s, &c, &input))
            }
        };
        match (&result, expected) {
            (Ok(saved), None) => {
                m.apply(&effect, 1);
                if let Some(d) = effect.meeting_date {
                    m.standing.insert(d);
                }
                if saved.number > 0 {
                    m.vouchers.push(Voucher { label: saved.voucher.clone(), effect: effect.clone(), reversal: matches!(cmd, Cmd::Reverse { .. }), reversed: false });
                }
            }
            (Err(e), Some(code)) => prop_assert_eq!(e.code(), code, "step {}: {:?}", step, cmd),
            (r, exp) => prop_assert!(false, "step {}: {:?}: expected {:?}, got {:?}", step, cmd, exp, r.as_ref().map(|s| &s.voucher)),
        }
        assert_matches(&s, &m, step)?;
    }
    Ok(())
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases().div_ceil(2), failure_persistence: None, ..ProptestConfig::default() })]

    // Each half draws its own random sequences (proptest seeds every test afresh).
    #[test]
    fn the_store_agrees_with_a_reference_ledger(cmds in proptest::collection::vec(cmd(), 3..10)) {
        run(cmds)?;
    }

    #[test]
    fn the_store_agrees_with_a_reference_ledger_second_half(cmds in proptest::collection::vec(cmd(), 3..10)) {
        run(cmds)?;
    }
}
