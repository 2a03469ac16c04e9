//! The peer auditor's checklist (issue 14, seed 004): the book answers each item itself. Every
//! figure below is worked out by hand from the test group of `samuh::testkit` (₹1,000 cash and
//! ₹5,000 in the bank at 2025-04-01, six members with ₹1,000 of savings each) and the meetings
//! recorded here.
mod common;

use common::{row, shg};
use samuh::app::{self, MeetingInput};
use samuh::domain::money::Money;
use samuh::error::Arg;
use samuh::i18n::{Lang, Locale};
use samuh::reports::{Cell, Msg};

fn meeting(date: &str, counted: Option<&str>) -> MeetingInput {
    MeetingInput { org: "shg".into(), date: date.into(), members: (1..=6).map(|k| row(&k.to_string(), "present", "50")).collect(), cash_counted: counted.map(String::from), ..Default::default() }
}

fn msg(c: &Cell) -> &Msg {
    match c {
        Cell::Msg(m) => m,
        other => panic!("not a message: {other:?}"),
    }
}

fn arg<'a>(m: &'a Msg, name: &str) -> &'a Arg {
    &m.args.iter().find(|(k, _)| *k == name).unwrap_or_else(|| panic!("{} has no {name}", m.id)).1
}

#[test]
fn the_checklist_answers_each_item_from_the_book() {
    let mut f = shg();
    let c = f.ctx.clone();
    // 7 September: six savings of ₹50, cash 1,000 + 300 = ₹1,300, counted ₹1,300 (matches).
    app::meeting_record(&mut f.store, &c, &meeting("2025-09-07", Some("1300"))).unwrap();
    // 14 September: cash 1,300 + 300 = ₹1,600 expected, ₹1,597 counted: ₹3 short.
    app::meeting_record(&mut f.store, &c, &meeting("2025-09-14", Some("1597"))).unwrap();
    // 21 September: entered, then reversed as a whole with its reason: it no longer stands.
    app::meeting_record(&mut f.store, &c, &meeting("2025-09-21", None)).unwrap();
    app::meeting_reverse(&mut f.store, &c, &app::MeetingReverseInput { org: "shg".into(), meeting: "2025-09-21".into(), reason: "entered on the wrong day".into(), date: Some("2025-09-21".into()), ..Default::default() }).unwrap();

    let p = app::ReportParams { org: "shg".into(), name: "audit-checklist".into(), from: Some("2025-04-01".into()), to: Some("2025-09-30".into()), ..Default::default() };
    let r = app::report(&f.store, &c, &p).unwrap();
    let rows = &r.sections[0].rows;
    let items: Vec<&str> = rows.iter().map(|x| msg(&x[0]).id.as_str()).collect();
    assert_eq!(items, ["audit-item-cash", "audit-item-bank", "audit-item-loans", "audit-item-numbers", "audit-item-reversals", "audit-item-savings"]);
    let results: Vec<&str> = rows.iter().map(|x| msg(&x[1]).id.as_str()).collect();
    // The ₹3 short at 14 September is the one thing to look into; the bank is compared by hand.
    assert_eq!(results, ["audit-result-look", "audit-result-compare", "audit-result-ok", "audit-result-ok", "audit-result-ok", "audit-result-ok"]);
    // Each remarks box is left for the auditor.
    assert!(rows.iter().all(|x| x[3] == Cell::Empty));

    let cash = msg(&rows[0][2]);
    // Two meetings stand (21 September was reversed), both counted, one differed by ₹3.
    assert_eq!((arg(cash, "meetings"), arg(cash, "counted"), arg(cash, "differed")), (&Arg::Count(2), &Arg::Count(2), &Arg::Count(1)));
    assert_eq!((arg(cash, "short"), arg(cash, "over")), (&Arg::Money(Money::units(3)), &Arg::Money(Money::ZERO)));
    // No bank entry since the opening: ₹5,000 on the last day.
    let bank = msg(&rows[1][2]);
    assert_eq!(arg(bank, "balance"), &Arg::Money(Money::units(5000)));
    assert_eq!(arg(bank, "date"), &Arg::Date(common::d("2025-09-30")));
    // Vouchers: the opening and each of the three meetings, the reversal of the third: five,
    // numbered 1 to 5 in 2025-26 with none missing (read from the book's own table).
    let numbers = msg(&rows[3][2]);
    let stored: i64 = rusqlite::Connection::open(&f.path).unwrap().query_row("SELECT count(*) FROM voucher", [], |r| r.get(0)).unwrap();
    assert_eq!((arg(numbers, "vouchers"), arg(numbers, "gaps")), (&Arg::Count(stored), &Arg::Count(0)));
    let rev = msg(&rows[4][2]);
    assert_eq!((arg(rev, "reversals"), arg(rev, "bare")), (&Arg::Count(1), &Arg::Count(0)));
    // Savings: 6 × 1,000 + 6 × 50 (7 Sep) + 6 × 50 (14 Sep) = ₹6,600; the 21st reversed.
    let sav = msg(&rows[5][2]);
    assert_eq!((arg(sav, "members"), arg(sav, "total"), arg(sav, "unassigned"), arg(sav, "below")), (&Arg::Count(6), &Arg::Money(Money::units(6600)), &Arg::Money(Money::ZERO), &Arg::Count(0)));

    // As the auditor reads it, in Hindi and in English.
    let hi = app::report_view(&f.store, &c, &p, Locale::new(Lang::Hi)).unwrap();
    assert_eq!(hi.title, "ऑडिट जाँच-सूची (खाते से उत्तर)");
    assert_eq!(hi.sections[0].rows[0][1], "जाँच करें");
    assert_eq!(hi.sections[0].rows[0][2], "2 बैठकें हुईं; 2 में नकद गिना गया; 1 बार अंतर रहा (कमी 3.00, अधिक 0.00)।");
    let en = app::report_view(&f.store, &c, &p, Locale::new(Lang::En)).unwrap();
    assert_eq!(en.sections[0].rows[4][2], "One reversal; it gives its reason.");
    assert!(en.sections[0].notes.iter().any(|n| n.starts_with("Audited by: ")), "{:?}", en.sections[0].notes);
}
