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

fn audit(year: &str, auditor: &str) -> app::YearAuditInput {
    app::YearAuditInput { org: "shg".into(), year: year.into(), auditor: auditor.into(), ..Default::default() }
}

fn year_input(year: &str) -> app::YearInput {
    app::YearInput { org: "shg".into(), year: year.into(), ..Default::default() }
}

/// The auditor's sign-off of the year 2025-26 (1 April 2025 to 31 March 2026), typed from the
/// signed paper: the bank statement's balance compared with the bank book, the remarks in their
/// column, the auditor named on the checklist and the preview, and the close recording who
/// audited. What the book cannot accept is refused in the reader's language, with nothing changed.
#[test]
fn the_auditor_signs_off_the_year_and_the_close_records_who_audited() {
    let mut f = shg();
    let c = f.ctx.clone();
    // 7 September: six savings of ₹50 in cash; the bank is untouched since the opening (₹5,000).
    app::meeting_record(&mut f.store, &c, &meeting("2025-09-07", Some("1300"))).unwrap();
    let after = common::ctx("2026-05-02");
    let p = app::ReportParams { org: "shg".into(), name: "audit-checklist".into(), from: Some("2025-04-01".into()), to: Some("2026-03-31".into()), ..Default::default() };

    // Refused, each with its own message, and the book unchanged.
    let before = common::dump(&f.path);
    let refused = |f: &mut common::Fixture, i: app::YearAuditInput, ctx: &app::Ctx| app::year_audit(&mut f.store, ctx, &i).unwrap_err();
    let e = refused(&mut f, audit("2025", "  "), &after);
    assert_eq!(samuh::i18n::Localizer::new(Locale::new(Lang::Hi)).error(&e), "ऑडिटर का नाम भरना ज़रूरी है। इसे भरकर फिर से कोशिश करें।");
    // A year that has not ended (today is in it), and a day on the year's last day.
    assert_eq!(refused(&mut f, audit("2025", "Sunita Kumari"), &common::ctx("2026-03-31")).code(), "error-audit-before-year-end");
    let e = refused(&mut f, app::YearAuditInput { date: Some("2026-03-31".into()), ..audit("2025", "Sunita Kumari") }, &after);
    assert_eq!(samuh::i18n::Localizer::new(Locale::new(Lang::En)).error(&e), "An audit of the year 2025-26 is made after its last day, 31 March 2026. Give a later date for the audit.");
    let e = refused(&mut f, app::YearAuditInput { remarks: [("cashbox".to_string(), "ok".to_string())].into(), ..audit("2025", "Sunita Kumari") }, &after);
    assert_eq!(e.code(), "error-invalid-choice");
    let e = refused(&mut f, app::YearAuditInput { bank_statement: Some("5,000.0.0".into()), ..audit("2025", "Sunita Kumari") }, &after);
    assert_eq!(e.code(), "error-invalid-amount");
    assert_eq!(common::dump(&f.path), before);

    // Not yet audited: the preview says so.
    let notes = |r: &samuh::reports::Report| r.sections[0].notes.iter().map(|n| n.id.clone()).collect::<Vec<_>>();
    assert!(notes(&app::year_preview(&f.store, &after, &year_input("2025")).unwrap()).contains(&"note-year-not-audited".to_string()));

    // Signed off by a peer auditor from another group on 20 April 2026. The statement shows
    // ₹4,990 (a ₹10 charge the book has not taken): 4,990 − 5,000 = −10, to look into.
    let i = app::YearAuditInput {
        peer_from: Some("Jai Maa Kali SHG, Belwa".into()),
        date: Some("२०-०४-२०२६".into()),
        bank_statement: Some("4,990".into()),
        remarks: [("bank".to_string(), "₹10 charge on the statement".to_string()), ("cash".to_string(), "  ".to_string())].into(),
        ..audit("2025", "Sunita Kumari")
    };
    let done = app::year_audit(&mut f.store, &after, &i).unwrap();
    assert_eq!((done.year.as_str(), done.auditor.as_str()), ("2025-26", "Sunita Kumari"));
    let r = app::report(&f.store, &after, &p).unwrap();
    let rows = &r.sections[0].rows;
    assert_eq!(msg(&rows[1][1]).id, "audit-result-look");
    let bank = msg(&rows[1][2]);
    assert_eq!((arg(bank, "balance"), arg(bank, "statement"), arg(bank, "difference")), (&Arg::Money(Money::units(5000)), &Arg::Money(Money::units(4990)), &Arg::Money(Money::units(-10))));
    assert_eq!(rows[1][3], Cell::text("₹10 charge on the statement"));
    // A blank remark leaves its box empty.
    assert_eq!(rows[0][3], Cell::Empty);
    let en = app::report_view(&f.store, &after, &p, Locale::new(Lang::En)).unwrap();
    assert_eq!(en.sections[0].notes.last().unwrap(), "Audited by Sunita Kumari, a peer auditor from Jai Maa Kali SHG, Belwa, on 20 April 2026. Signature: ________________");

    // Audited again after the charge was entered: the later sign-off stands (the fund's own
    // auditor this time, the statement now equal to the book: in order).
    let i = app::YearAuditInput { date: Some("2026-05-01".into()), bank_statement: Some("5000".into()), ..audit("2025", "Meena Devi") };
    app::year_audit(&mut f.store, &after, &i).unwrap();
    let r = app::report(&f.store, &after, &p).unwrap();
    assert_eq!(msg(&r.sections[0].rows[1][1]).id, "audit-result-ok");
    assert_eq!(r.sections[0].rows[1][3], Cell::Empty);
    let preview = app::year_preview_view(&f.store, &after, &year_input("2025"), Locale::new(Lang::Hi)).unwrap();
    assert!(preview.sections[0].notes.contains(&"ऑडिट किया: Meena Devi, कोष के अपने ऑडिटर, 1 मई 2026 को।".to_string()), "{:?}", preview.sections[0].notes);

    // The close records who audited, in its rule (hashed with it in the records chain).
    app::year_close(&mut f.store, &after, &year_input("2025")).unwrap();
    let rule: String = rusqlite::Connection::open(&f.path).unwrap().query_row("SELECT rule FROM year_close", [], |r| r.get(0)).unwrap();
    let rule: serde_json::Value = serde_json::from_str(&rule).unwrap();
    assert_eq!(rule["audit"]["auditor"], "Meena Devi");
    assert_eq!(rule["audit"]["peer_from"], "");
    assert_eq!(rule["audit"]["audited_on"], "2026-05-01");

    // No audit is recorded into a closed year; reopened, it may be audited and closed again.
    let before = common::dump(&f.path);
    let e = app::year_audit(&mut f.store, &after, &audit("2025", "Sunita Kumari")).unwrap_err();
    assert_eq!(samuh::i18n::Localizer::new(Locale::new(Lang::Bn)).error(&e), "২০২৫-২৬ বছর আগেই বন্ধ হয়েছে: তার নিরীক্ষা সমাপনীর আগে লেখা হয়। লিখতে হলে আগে বছরটি আবার খুলুন।");
    assert_eq!(common::dump(&f.path), before);
    app::year_reopen(&mut f.store, &after, &app::YearReopenInput { org: "shg".into(), year: "2025".into(), reason: "audited again".into(), ..Default::default() }).unwrap();
    app::year_audit(&mut f.store, &after, &app::YearAuditInput { peer_from: Some("Belwa".into()), ..audit("2025", "Sunita Kumari") }).unwrap();
    app::year_close(&mut f.store, &after, &year_input("2025")).unwrap();
    let rules: Vec<String> = {
        let c = rusqlite::Connection::open(&f.path).unwrap();
        let mut st = c.prepare("SELECT rule FROM year_close ORDER BY id").unwrap();
        st.query_map([], |r| r.get(0)).unwrap().map(|r| r.unwrap()).collect()
    };
    let last: serde_json::Value = serde_json::from_str(&rules[1]).unwrap();
    assert_eq!((last["audit"]["auditor"].as_str(), last["audit"]["audited_on"].as_str()), (Some("Sunita Kumari"), Some("2026-05-02")));

}
