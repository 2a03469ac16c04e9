//! What two outside reviews of session 22 found through the command boundary and the command
//! line, each checked as a person meets it: the refusal she reads, in her language, and a book
//! that the refused action left exactly as it was.

mod common;

use samuh::app::{self, Ctx};
use samuh::demo::demo_create;
use samuh::desk::{Desk, Host};
use samuh::i18n::{Lang, Locale, Localizer};
use samuh::store::Store;
use serde_json::json;

const TODAY: &str = "2026-12-06";

struct Demo {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
    store: Store,
    ctx: Ctx,
}

fn demo() -> Demo {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.samuh");
    let mut store = Store::open_or_create(&path).unwrap();
    demo_create(&mut store, common::d(TODAY)).unwrap();
    Demo { _dir: dir, path, store, ctx: common::ctx(TODAY) }
}

fn say(lang: Lang, e: &samuh::Error) -> String {
    Localizer::new(Locale::new(lang)).error(e)
}

#[test]
fn a_year_whose_dividend_was_paid_in_cash_is_not_reopened() {
    // The demo co-operative closed 2025-26 declaring dividends kept as payable, and paid one
    // member's in cash since. Reversing the close would take back the declaration but not the
    // cash: the balance sheet would show the member owing the society her own dividend.
    let mut f = demo();
    let before = common::dump(&f.path);
    let e = app::year_reopen(&mut f.store, &f.ctx, &app::YearReopenInput { org: "coop-meherpur".into(), year: "2025".into(), reason: "a figure was wrong".into(), client_id: None }).unwrap_err();
    assert_eq!(e.code(), "error-year-dividend-paid");
    let en = say(Lang::En, &e);
    assert!(en.starts_with("The year 2025-26 cannot be reopened: M18 ") && en.ends_with("of its dividend. Reverse that payment first, then reopen the year."), "{en}");
    assert!(say(Lang::Bn, &e).starts_with("২০২৫-২৬ বছর আবার খোলা যাবে না: M১৮ "), "{}", say(Lang::Bn, &e));
    assert_eq!(common::dump(&f.path), before);
}

#[test]
fn paying_the_dividends_of_a_year_not_yet_closed_says_so() {
    let mut f = demo();
    let before = common::dump(&f.path);
    let e = app::year_dividend_pay(&mut f.store, &f.ctx, &app::YearPayInput { org: "shg-kishanganj".into(), year: "2025".into(), date: "2026-12-05".into(), ..Default::default() }).unwrap_err();
    assert_eq!(say(Lang::En, &e), "The year 2025-26 is not closed yet: its dividends are declared when the year is closed. Close the year first, then pay them.");
    assert_eq!(common::dump(&f.path), before);
}

#[test]
fn by_laws_no_loan_could_follow_are_refused_and_the_preview_names_every_field() {
    let mut f = demo();
    let before = common::dump(&f.path);
    let base = app::PolicyInput { org: "shg-kishanganj".into(), effective_from: TODAY.into(), ..Default::default() };
    // A loan may have 1 to 520 instalments (ten years of weekly ones), and a rate up to 100 %.
    let e = app::policy_set(&mut f.store, &f.ctx, &app::PolicyInput { default_instalments: Some("99999".into()), ..base.clone() }).unwrap_err();
    assert_eq!(say(Lang::En, &e), "These loan terms cannot be used: the number of instalments must be from 1 to 520. Check the rate, the number of instalments and the dates.");
    let e = app::policy_set(&mut f.store, &f.ctx, &app::PolicyInput { interest_rate: Some("500".into()), ..base.clone() }).unwrap_err();
    assert_eq!(say(Lang::En, &e), "These loan terms cannot be used: the interest rate must be from 0 to 100 %. Check the rate, the number of instalments and the dates.");
    // A thousand guarantors could never be found in a group.
    let e = app::policy_set(&mut f.store, &f.ctx, &app::PolicyInput { guarantors_required: Some("1000".into()), ..base.clone() }).unwrap_err();
    assert_eq!(say(Lang::En, &e), "1000 guarantors cannot be asked for a loan: the by-laws may ask from 0 to 10. Type a smaller number.");
    assert_eq!(say(Lang::Hi, &e), "ऋण के लिए 1000 जमानतदार नहीं माँगे जा सकते: उपनियम 0 से 10 तक माँग सकते हैं। छोटी संख्या लिखें।");
    assert_eq!(common::dump(&f.path), before);

    // The preview checks what the save checks, each beside its field.
    let wrong = app::PolicyInput {
        allocation_order: Some("principal,principal".into()),
        rounding_mode: Some("up".into()),
        loan_cap_savings_multiple: Some("abc".into()),
        rounding_unit: Some("0".into()),
        repayment_frequency: Some("x".into()),
        ..base.clone()
    };
    let p = app::policy_preview(&mut f.store, &f.ctx, &wrong, Locale::new(Lang::En)).unwrap();
    let mut fields: Vec<_> = p.errors.iter().map(|e| e.field_path.as_str()).collect();
    fields.sort();
    assert_eq!(fields, ["allocation_order", "loan_cap_savings_multiple", "repayment_frequency", "rounding_mode", "rounding_unit"]);
    assert!(!p.ok);
    // The loan's repayment frequency is named as that, not as how often the group meets.
    let freq = p.errors.iter().find(|e| e.field_path == "repayment_frequency").unwrap();
    assert!(freq.message.starts_with("Repayment frequency: "), "{}", freq.message);
    assert_eq!(common::dump(&f.path), before);
}

#[test]
fn free_text_longer_than_a_paragraph_or_two_is_refused() {
    let mut f = demo();
    let before = common::dump(&f.path);
    let reason = "z".repeat(100_000);
    let e = app::reverse(&mut f.store, &f.ctx, &app::ReverseInput { org: "shg-kishanganj".into(), voucher: "1".into(), reason, ..Default::default() }).unwrap_err();
    assert_eq!(say(Lang::En, &e), "Reason is too long: at most 1,000 characters. Shorten it.");
    assert_eq!(common::dump(&f.path), before);
}

#[test]
fn a_request_a_command_cannot_read_is_said_in_her_language_without_the_parser_s_words() {
    let f = demo();
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::new(Host { save_dir: None, print_dir: dir.path().to_path_buf(), open: None, recent: None, step_pause: std::time::Duration::ZERO });
    desk.call("book_open", json!({ "path": f.path.display().to_string() })).unwrap();
    let before = common::dump(&f.path);
    let fine = json!({ "org": "shg-kishanganj", "date": "2026-12-05", "member": "M01", "amount": 10 });
    let e = desk.call("fine_pay", json!({ "locale": { "lang": "hi" }, "input": fine })).unwrap_err();
    assert_eq!(e.code, "error-request-malformed");
    assert_eq!(e.message, "आदेश “fine_pay” को ऐसा कुछ भेजा गया जिसे वह पढ़ नहीं सकता: गलत प्रकार का मान (राशियाँ और तारीख़ें पाठ के रूप में भेजी जाती हैं)। कुछ भी सहेजा नहीं गया। यह भेजने वाले प्रोग्राम की गलती है; आप क्या कर रहे थे, यह बताकर इसकी सूचना दें।");
    let reverse = json!({ "org": "shg-kishanganj", "voucher": "1" });
    let e = desk.call("voucher_reverse", json!({ "locale": { "lang": "th" }, "input": reverse })).unwrap_err();
    assert_eq!(e.message, "คำสั่ง “voucher_reverse” ได้รับข้อมูลที่อ่านไม่ได้: ต้องมี “reason” แต่ไม่ได้ส่งมา ไม่มีการบันทึกสิ่งใด นี่เป็นความผิดพลาดของโปรแกรมที่ส่งมา กรุณาแจ้งพร้อมบอกว่ากำลังทำอะไรอยู่");
    let bogus = json!({ "org": "shg-kishanganj", "date": "2026-12-05", "member": "M01", "amount": "10", "bogus": 1 });
    let e = desk.call("fine_pay", json!({ "locale": { "lang": "bn" }, "input": bogus })).unwrap_err();
    assert!(e.message.contains("“bogus” এমন নাম নয় যা সে নেয়।") && !e.message.contains("expected"), "{}", e.message);
    assert_eq!(common::dump(&f.path), before);
}

#[test]
fn welfare_refusals_say_the_cause() {
    let mut f = demo();
    let before = common::dump(&f.path);
    // A club that levies per death collects no annual fee.
    let e = app::welfare::fee_collect(&mut f.store, &f.ctx, &app::welfare::FeeInput { org: "wc-samkha".into(), date: "2026-12-05".into(), members: vec!["W0002".into()], client_id: None }).unwrap_err();
    assert_eq!(e.code(), "error-no-welfare-fee");
    assert_eq!(say(Lang::En, &e), "The welfare rules in force on 5 December 2026 set no annual fee, so there is none to collect. Set an annual fee in the welfare rules first, if the club collects one.");
    assert_eq!(common::dump(&f.path), before);
}

#[test]
fn a_fine_of_nothing_is_said_as_that() {
    let mut f = demo();
    let before = common::dump(&f.path);
    let e = app::events::fine_pay(&mut f.store, &f.ctx, &app::events::FinePayInput { org: "shg-kishanganj".into(), date: "2026-12-05".into(), member: "M01".into(), amount: "0".into(), client_id: None }).unwrap_err();
    assert_eq!(say(Lang::En, &e), "Fine: 0 is not an amount to record; it must be more than zero.");
    assert_eq!(common::dump(&f.path), before);
}

#[test]
fn a_household_number_with_a_direction_mark_names_it_instead_of_echoing_it() {
    let mut f = demo();
    let before = common::dump(&f.path);
    let e = app::household_set(&mut f.store, &f.ctx, &app::HouseholdSetInput { org: "vf-roiet".into(), member: "M01".into(), household: "\u{202e}12".into(), date: "2026-12-05".into(), ..Default::default() }).unwrap_err();
    assert_eq!(e.code(), "error-bidi-character");
    assert!(!say(Lang::Th, &e).contains('\u{202e}'));
    assert_eq!(common::dump(&f.path), before);
}

#[test]
fn a_bangla_month_in_thai_is_named_in_thai() {
    // 14 April is 1 Boishakh; 15 March is 1 Chaitra (domain.md §6). In Thai, the Pali names of
    // the Thai lunar months: วิสาขะ and จิตตะ.
    let l = Localizer::new(Locale::new(Lang::Th).with_calendar(samuh::i18n::Calendar::Bangabda));
    let long = |d: &str| l.msg("report-as-of", &[("date", samuh::error::Arg::Date(common::d(d)))]);
    assert!(long("2026-04-14").contains("1 วิสาขะ 1433"), "{}", long("2026-04-14"));
    assert!(long("2027-03-15").contains("1 จิตตะ 1433"), "{}", long("2027-03-15"));
}
