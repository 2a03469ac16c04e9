//! People, PINs and the two-person rule; minimal personal data and erasure. Every refusal is
//! shown to change nothing by dumping every table before and after (the PIN failure count in
//! `pin_attempt` aside: counting wrong PINs is how guessing is throttled).

mod common;

use common::{ctx, dump, meeting, row, shg, Fixture};
use samuh::app::{self, Ctx, PersonInput};
use samuh::i18n::{Lang, Locale, Localizer};
use samuh::store::Store;

const ASHA: (&str, &str) = ("Asha Devi", "4821");
const BINA: (&str, &str) = ("Bina Kumari", "7306");
const FATIMA: (&str, &str) = ("Fatima Khatun", "5599");

/// The dump without the failed-attempt counter.
fn state(f: &Fixture) -> String {
    let d = dump(&f.path);
    let mut out = String::new();
    let mut skip = false;
    for line in d.lines() {
        if line.starts_with("## ") {
            skip = line == "## pin_attempt";
        }
        if !skip {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

fn enrol(f: &mut Fixture, c: &Ctx, who: (&str, &str), role: &str) -> Result<i64, samuh::Error> {
    app::person_enrol(&mut f.store, c, &PersonInput { name: who.0.into(), role: role.into(), pin: who.1.into(), ..Default::default() })
}

fn as_(f: &Fixture, who: (&str, &str)) -> Ctx {
    f.ctx.clone().acting(who.0, who.1)
}

/// A small SHG with a treasurer (Asha), a bookkeeper (Bina) and a field officer (Fatima).
fn staffed() -> Fixture {
    let mut f = shg();
    let c = f.ctx.clone();
    enrol(&mut f, &c, ASHA, "treasurer").unwrap();
    let c = as_(&f, ASHA);
    enrol(&mut f, &c, BINA, "bookkeeper").unwrap();
    enrol(&mut f, &c, FATIMA, "field-officer").unwrap();
    f
}

/// Runs `act`, expects the error code, and checks that nothing changed.
fn refused<T: std::fmt::Debug>(f: &mut Fixture, code: &str, act: impl FnOnce(&mut Fixture) -> Result<T, samuh::Error>) {
    let before = state(f);
    let err = act(f).expect_err("should be refused");
    assert_eq!(err.code(), code, "{err:?}");
    for &lang in Lang::ALL {
        let text = Localizer::new(Locale::new(lang)).error(&err);
        assert!(!text.is_empty() && !text.contains("error-"), "{lang:?}: {text}");
    }
    assert_eq!(before, state(f), "a refused {code} changed the book");
}

fn a_meeting() -> app::MeetingInput {
    meeting("2025-04-06", vec![row("1", "present", "50"), row("2", "present", "50")])
}

#[test]
fn a_book_with_no_one_enrolled_is_single_user() {
    let mut f = shg();
    assert!(app::person_list(&f.store).unwrap().is_empty());
    // No actor, and an actor given anyway: both save, and nothing records who.
    app::meeting_record(&mut f.store, &f.ctx, &a_meeting()).unwrap();
    let c = f.ctx.clone().acting("Nobody", "0000");
    app::reverse(&mut f.store, &c, &app::ReverseInput { org: "shg".into(), voucher: "2025-26/2".into(), reason: "typed twice".into(), ..Default::default() }).unwrap();
    let r = app::report(&f.store, &f.ctx, &app::ReportParams { org: "shg".into(), name: "approvals".into(), ..Default::default() }).unwrap();
    assert!(r.sections[0].rows.is_empty());
}

#[test]
fn the_first_person_enrols_freely_then_only_a_treasurer_or_president_with_their_pin() {
    let mut f = shg();
    let plain = f.ctx.clone();
    // The first person must be able to enrol the others.
    refused(&mut f, "error-invalid-choice", |f| enrol(f, &plain, FATIMA, "field-officer"));
    refused(&mut f, "error-invalid-pin", |f| enrol(f, &plain, ("Asha Devi", "12"), "treasurer"));
    enrol(&mut f, &plain, ASHA, "treasurer").unwrap();
    // After that: an actor, the right PIN, the right role.
    refused(&mut f, "error-actor-required", |f| enrol(f, &plain, BINA, "bookkeeper"));
    let wrong = plain.clone().acting(ASHA.0, "1111");
    refused(&mut f, "error-wrong-pin", |f| enrol(f, &wrong, BINA, "bookkeeper"));
    let asha = as_(&f, ASHA);
    refused(&mut f, "error-duplicate-person", |f| enrol(f, &asha, ("Asha Devi", "9999"), "president"));
    refused(&mut f, "error-invalid-choice", |f| enrol(f, &asha, BINA, "accountant"));
    enrol(&mut f, &asha, BINA, "bookkeeper").unwrap();
    let bina = as_(&f, BINA);
    refused(&mut f, "error-role-cannot-enrol", |f| enrol(f, &bina, FATIMA, "field-officer"));
    // A PIN typed in Devanagari digits is the same PIN.
    enrol(&mut f, &asha, ("Chanda Devi", "१२३४"), "president").unwrap();
    let chanda = f.ctx.clone().acting("Chanda Devi", "1234");
    enrol(&mut f, &chanda, FATIMA, "field-officer").unwrap();
    let people = app::person_list(&f.store).unwrap();
    let names: Vec<(&str, &str)> = people.iter().map(|p| (p.name.as_str(), p.role.as_str())).collect();
    assert_eq!(names, vec![("Asha Devi", "treasurer"), ("Bina Kumari", "bookkeeper"), ("Chanda Devi", "president"), ("Fatima Khatun", "field-officer")]);
    // PINs are stored only as salted Argon2id hashes.
    let c = rusqlite::Connection::open(&f.path).unwrap();
    let hashes: Vec<String> = c.prepare("SELECT pin_hash FROM person_pin").unwrap().query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap();
    assert_eq!(hashes.len(), 4);
    for h in &hashes {
        assert!(h.starts_with("$argon2id$"), "{h}");
        for pin in ["4821", "7306", "1234", "5599"] {
            assert!(!h.contains(pin), "PIN {pin} stored in clear");
        }
    }
}

#[test]
fn every_write_needs_a_valid_pin_once_people_are_enrolled() {
    let mut f = staffed();
    let plain = f.ctx.clone();
    refused(&mut f, "error-actor-required", |f| app::meeting_record(&mut f.store, &plain, &a_meeting()));
    let wrong = plain.clone().acting(ASHA.0, "4822");
    refused(&mut f, "error-wrong-pin", |f| app::meeting_record(&mut f.store, &wrong, &a_meeting()));
    let stranger = plain.clone().acting("Somebody Else", "4821");
    refused(&mut f, "error-wrong-pin", |f| app::meeting_record(&mut f.store, &stranger, &a_meeting()));
    refused(&mut f, "error-actor-required", |f| {
        app::member_add(&mut f.store, &plain, &app::MemberInput { org: "shg".into(), admission_no: "7".into(), name: "Salma".into(), joined_on: "2025-02-02".into(), ..Default::default() })
    });
    refused(&mut f, "error-actor-required", |f| app::member_exit(&mut f.store, &plain, "shg", "6", "2025-04-02", None));
    refused(&mut f, "error-actor-required", |f| {
        app::loan_repay(&mut f.store, &plain, &app::RepayInput { org: "shg".into(), date: "2025-04-06".into(), member: "1".into(), amount: "10".into(), ..Default::default() })
    });
    // The bookkeeper with her PIN records; a replay answers "already recorded".
    let bina = as_(&f, BINA);
    let m = app::MeetingInput { client_id: Some("m-1".into()), ..a_meeting() };
    let saved = app::meeting_record(&mut f.store, &bina, &m).unwrap();
    assert!(!saved.already_recorded);
    assert!(app::meeting_record(&mut f.store, &bina, &m).unwrap().already_recorded);
    // Reports, checks and book codes need no PIN.
    assert!(app::check_book(&f.store, None).unwrap().findings.is_empty());
    app::verify_code(&f.store, "shg", &saved.book_code).unwrap();
    app::report(&f.store, &plain, &app::ReportParams { org: "shg".into(), name: "cash-book".into(), ..Default::default() }).unwrap();
}

#[test]
fn a_field_officer_can_read_report_export_and_verify_but_not_record_or_approve() {
    let mut f = staffed();
    let fatima = as_(&f, FATIMA);
    refused(&mut f, "error-role-cannot-record", |f| app::meeting_record(&mut f.store, &fatima, &a_meeting()));
    refused(&mut f, "error-role-cannot-record", |f| {
        app::policy_set(&mut f.store, &fatima.clone().approved_by(ASHA.0, ASHA.1), &app::PolicyInput { org: "shg".into(), effective_from: "2025-04-01".into(), saving_per_meeting: Some("60".into()), ..Default::default() })
    });
    let asha = as_(&f, ASHA);
    let saved = app::meeting_record(&mut f.store, &asha, &a_meeting()).unwrap();
    let approved_by_fatima = as_(&f, ASHA).approved_by(FATIMA.0, FATIMA.1);
    refused(&mut f, "error-role-cannot-approve", |f| {
        app::reverse(&mut f.store, &approved_by_fatima, &app::ReverseInput { org: "shg".into(), voucher: saved.voucher.clone(), reason: "typed twice".into(), ..Default::default() })
    });
    // Reading, reporting, exporting and checking are open to her.
    app::report(&f.store, &fatima, &app::ReportParams { org: "shg".into(), name: "savings-register".into(), ..Default::default() }).unwrap();
    app::export_journal(&f.store, None, app::JournalFormat::Ledger).unwrap();
    assert!(app::check_book(&f.store, Some("shg")).unwrap().findings.is_empty());
    app::verify_code(&f.store, "shg", &saved.book_code).unwrap();
}

#[test]
fn a_reversal_a_by_law_change_and_a_large_loan_need_a_second_different_person() {
    let mut f = staffed();
    let asha = as_(&f, ASHA);
    let saved = app::meeting_record(&mut f.store, &asha, &a_meeting()).unwrap();
    let rev = app::ReverseInput { org: "shg".into(), voucher: saved.voucher.clone(), reason: "typed twice".into(), ..Default::default() };
    refused(&mut f, "error-approver-required", |f| app::reverse(&mut f.store, &asha, &rev));
    let self_approved = asha.clone().approved_by(ASHA.0, ASHA.1);
    refused(&mut f, "error-approver-is-actor", |f| app::reverse(&mut f.store, &self_approved, &rev));
    let wrong_approver = asha.clone().approved_by(BINA.0, "0000");
    refused(&mut f, "error-wrong-pin", |f| app::reverse(&mut f.store, &wrong_approver, &rev));
    let two = asha.clone().approved_by(BINA.0, BINA.1);
    app::reverse(&mut f.store, &two, &rev).unwrap();

    // By-laws: a lower approval threshold (₹500), itself a by-law change.
    let by_law = app::PolicyInput { org: "shg".into(), effective_from: "2025-04-01".into(), approval_threshold: Some("500".into()), ..Default::default() };
    refused(&mut f, "error-approver-required", |f| app::policy_set(&mut f.store, &asha, &by_law));
    app::policy_set(&mut f.store, &two, &by_law).unwrap();

    // A loan at the threshold needs one person; above it, two (between meetings or at one).
    let loan = |amount: &str| app::DisburseInput {
        org: "shg".into(),
        date: "2025-04-07".into(),
        loan: app::LoanInput { member: "3".into(), amount: amount.into(), guarantors: vec!["4".into()], ..Default::default() },
        ..Default::default()
    };
    refused(&mut f, "error-approver-required", |f| app::loan_disburse(&mut f.store, &asha, &loan("500.01")));
    let mut m = meeting("2025-04-13", vec![row("1", "present", "50")]);
    m.loans.push(app::LoanInput { member: "5".into(), amount: "550".into(), guarantors: vec!["6".into()], ..Default::default() });
    refused(&mut f, "error-approver-required", |f| app::meeting_record(&mut f.store, &asha, &m));
    app::loan_disburse(&mut f.store, &asha, &loan("500")).unwrap();
    app::meeting_record(&mut f.store, &two, &m).unwrap();
    let r = app::report(&f.store, &f.ctx, &app::ReportParams { org: "shg".into(), name: "approvals".into(), ..Default::default() }).unwrap();
    let approvers: Vec<String> = r.sections[0].rows.iter().map(|row| format!("{:?}", row[5])).collect();
    // Meeting, reversal (approved), by-law (approved), loan of 500 (alone), meeting, its loan of 550 (approved).
    assert_eq!(approvers.iter().filter(|a| a.contains("Bina Kumari")).count(), 3, "{approvers:?}");
    assert_eq!(r.sections[0].rows.len(), 6);
}

#[test]
fn a_whole_meeting_is_reversed_only_by_someone_who_records_and_with_a_second_person() {
    let mut f = staffed();
    let asha = as_(&f, ASHA);
    app::meeting_record(&mut f.store, &asha, &a_meeting()).unwrap();
    let rev = app::MeetingReverseInput { org: "shg".into(), meeting: "2025-04-06".into(), reason: "recorded on the wrong day".into(), ..Default::default() };
    // Nobody signed in, a field officer (even approved), the treasurer alone: all refused, and the
    // book is as it was (`refused` compares every table).
    let plain = f.ctx.clone();
    refused(&mut f, "error-actor-required", |f| app::meeting_reverse(&mut f.store, &plain, &rev));
    let fatima = as_(&f, FATIMA).approved_by(ASHA.0, ASHA.1);
    refused(&mut f, "error-role-cannot-record", |f| app::meeting_reverse(&mut f.store, &fatima, &rev));
    refused(&mut f, "error-approver-required", |f| app::meeting_reverse(&mut f.store, &asha, &rev));
    let self_approved = asha.clone().approved_by(ASHA.0, ASHA.1);
    refused(&mut f, "error-approver-is-actor", |f| app::meeting_reverse(&mut f.store, &self_approved, &rev));
    // The treasurer with the bookkeeper's approval: every voucher of the meeting reversed, each
    // reversal logged with who approved it (the meeting itself, then one reversal per voucher).
    let two = asha.clone().approved_by(BINA.0, BINA.1);
    let done = app::meeting_reverse(&mut f.store, &two, &rev).unwrap();
    assert!(!done.reversals.is_empty());
    let r = app::report(&f.store, &f.ctx, &app::ReportParams { org: "shg".into(), name: "approvals".into(), ..Default::default() }).unwrap();
    let approved: Vec<String> = r.sections[0].rows.iter().map(|row| format!("{:?}", row[5])).filter(|a| a.contains("Bina Kumari")).collect();
    assert_eq!(approved.len(), done.reversals.len(), "{approved:?}");
    assert_eq!(r.sections[0].rows.len(), 1 + done.reversals.len());
}

#[test]
fn wrong_pins_are_throttled_after_five_tries() {
    let mut f = staffed();
    for _ in 0..5 {
        let wrong = f.ctx.clone().acting(BINA.0, "1111");
        refused(&mut f, "error-wrong-pin", |f| app::meeting_record(&mut f.store, &wrong, &a_meeting()));
    }
    // Even the right PIN is refused for a while now...
    let bina = as_(&f, BINA);
    refused(&mut f, "error-pin-locked", |f| app::meeting_record(&mut f.store, &bina, &a_meeting()));
    // ...and accepted five minutes after the last wrong one, which also clears the count.
    let later = Ctx { now: "2025-09-30T10:05:00".into(), ..bina.clone() };
    app::meeting_record(&mut f.store, &later, &a_meeting()).unwrap();
    let wrong = f.ctx.clone().acting(BINA.0, "1111");
    refused(&mut f, "error-wrong-pin", |f| app::meeting_record(&mut f.store, &wrong, &meeting("2025-04-13", vec![row("1", "present", "50")])));
}

#[test]
fn a_person_changes_their_own_pin() {
    let mut f = staffed();
    let bina = as_(&f, BINA);
    refused(&mut f, "error-invalid-pin", |f| app::person_pin_change(&mut f.store, &bina, "12345678901", None));
    app::person_pin_change(&mut f.store, &bina, "๒๔๖๘๐", None).unwrap();
    refused(&mut f, "error-wrong-pin", |f| app::meeting_record(&mut f.store, &bina, &a_meeting()));
    let bina = f.ctx.clone().acting(BINA.0, "24680");
    app::meeting_record(&mut f.store, &bina, &a_meeting()).unwrap();
}

#[test]
fn the_approvals_report_lists_who_did_and_who_approved() {
    let mut f = staffed();
    let asha = as_(&f, ASHA);
    let two = as_(&f, BINA).approved_by(ASHA.0, ASHA.1);
    let saved = app::meeting_record(&mut f.store, &asha, &a_meeting()).unwrap();
    app::reverse(&mut f.store, &two, &app::ReverseInput { org: "shg".into(), voucher: saved.voucher.clone(), reason: "typed twice".into(), date: Some("2025-04-06".into()), ..Default::default() }).unwrap();
    app::policy_set(&mut f.store, &two, &app::PolicyInput { org: "shg".into(), effective_from: "2025-04-06".into(), saving_per_meeting: Some("60".into()), ..Default::default() }).unwrap();
    app::loan_repay(&mut f.store, &asha, &app::RepayInput { org: "shg".into(), date: "2025-04-06".into(), member: "1".into(), amount: "10".into(), ..Default::default() }).unwrap_err();
    let p = app::ReportParams { org: "shg".into(), name: "approvals".into(), from: Some("2025-04-01".into()), to: Some("2025-09-30".into()), ..Default::default() };
    let r = app::report(&f.store, &f.ctx, &p).unwrap();
    let rows = &r.sections[0].rows;
    assert_eq!(rows.len(), 3, "{rows:?}");
    let text = samuh::render::render_text(&r, &Localizer::new(Locale::new(Lang::En)));
    let golden = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/people.approvals.en.txt");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, &text).unwrap();
    }
    assert_eq!(std::fs::read_to_string(&golden).unwrap(), text);
    // CSV and JSON carry the same names; the audit sheet includes the report.
    let csv = samuh::render::render_csv(&r, &Localizer::new(Locale::new(Lang::Hi)), samuh::render::CsvStyle { localized: true });
    assert!(csv.contains("Bina Kumari") && csv.contains("Asha Devi"), "{csv}");
    let json = samuh::render::render_json(&r);
    assert!(json.to_string().contains("Bina Kumari"));
    assert!(app::AUDIT_REPORTS.contains(&"approvals"));
}

#[test]
fn identity_numbers_keep_the_last_four_digits_only() {
    let mut f = shg();
    let add = |id: &str, no: &str| app::MemberInput { org: "shg".into(), admission_no: no.into(), name: format!("Member {no}"), joined_on: "2025-02-02".into(), id_last4: Some(id.into()), phone: Some("+91 98765 43210".into()), ..Default::default() };
    let c = f.ctx.clone();
    refused(&mut f, "error-id-number-too-long", |f| app::member_add(&mut f.store, &c, &add("2345 6789 0123", "7")));
    refused(&mut f, "error-id-number-too-long", |f| app::member_add(&mut f.store, &c, &add("1234567890123", "7")));
    refused(&mut f, "error-invalid-number", |f| app::member_add(&mut f.store, &c, &add("12a4", "7")));
    refused(&mut f, "error-invalid-number", |f| app::member_add(&mut f.store, &c, &add("123", "7")));
    let en = Localizer::new(Locale::new(Lang::En)).error(&samuh::Error::IdNumberTooLong { field: "id-last4".into() });
    assert!(en.contains("only the last four digits"), "{en}");
    app::member_add(&mut f.store, &c, &add("0123", "7")).unwrap();
    app::member_add(&mut f.store, &c, &add("০১২৩", "8")).unwrap();
    let b = f.store.read();
    let id = b.member_by_no(1, "8").unwrap().unwrap().id;
    assert_eq!(b.member_personal(id).unwrap(), (Some("+91 98765 43210".into()), Some("0123".into()), None));
}

/// Every occurrence of `needle` in `hay`.
fn hits(hay: &[u8], needle: &[u8]) -> usize {
    hay.windows(needle.len()).filter(|w| *w == needle).count()
}

fn utf16(s: &str, big_endian: bool) -> Vec<u8> {
    s.encode_utf16().flat_map(|u| if big_endian { u.to_be_bytes() } else { u.to_le_bytes() }).collect()
}

fn raw_hits(path: &std::path::Path, name: &str) -> usize {
    let mut n = 0;
    for p in [path.to_path_buf(), path.with_extension("samuh-wal"), path.with_extension("samuh-journal")] {
        if let Ok(bytes) = std::fs::read(&p) {
            n += hits(&bytes, name.as_bytes()) + hits(&bytes, &utf16(name, false)) + hits(&bytes, &utf16(name, true));
        }
    }
    n
}

#[test]
fn an_exited_settled_member_is_erased_and_the_books_still_verify() {
    let mut f = shg();
    let name = "Zebunnisa Quraishi-Ansari";
    let c = f.ctx.clone();
    app::member_add(&mut f.store, &c, &app::MemberInput { org: "shg".into(), admission_no: "7".into(), name: name.into(), joined_on: "2025-04-01".into(), phone: Some("9876501234".into()), id_last4: Some("4321".into()), nominee: Some("Her Nominee Person".into()), ..Default::default() }).unwrap();
    app::meeting_record(&mut f.store, &c, &meeting("2025-04-06", vec![row("1", "present", "50"), row("7", "present", "50")])).unwrap();
    let mut m = meeting("2025-04-13", vec![row("7", "present", "0")]);
    m.members[0].withdrawal = Some("50".into());
    app::meeting_record(&mut f.store, &c, &m).unwrap();
    assert!(raw_hits(&f.path, name) > 0, "the name is in the book before erasure");

    // Not yet left: refused, saying so (leaving itself needs savings paid out and loans repaid).
    refused(&mut f, "error-member-not-exited", |f| app::member_erase(&mut f.store, &c, "shg", "7", None));
    refused(&mut f, "error-member-has-balance", |f| app::member_exit(&mut f.store, &c, "shg", "1", "2025-04-13", None));
    app::member_exit(&mut f.store, &c, "shg", "7", "2025-04-13", None).unwrap();
    let code_before = app::check_book(&f.store, Some("shg")).unwrap();
    let head_before = code_before.heads.clone();
    // The code of the book now (covering its records too: the member's exit among them).
    let book_code = app::open_self_check(&f.store).unwrap().orgs[0].book_code.clone();

    app::member_erase(&mut f.store, &c, "shg", "7", None).unwrap();
    // While the book is still open (its WAL present) and after it is closed.
    assert!(f.path.with_extension("samuh-wal").exists());
    assert_eq!(raw_hits(&f.path, name), 0, "the name survives in the open book or its WAL");
    drop(std::mem::replace(&mut f.store, Store::open_in_memory().unwrap()));
    assert_eq!(raw_hits(&f.path, name), 0, "the name survives in the book file or its WAL");
    assert_eq!(raw_hits(&f.path, "Her Nominee Person"), 0);
    assert_eq!(raw_hits(&f.path, "9876501234"), 0);

    f.store = Store::open(&f.path).unwrap();
    let check = app::check_book(&f.store, None).unwrap();
    assert!(check.findings.is_empty(), "{:?}", check.findings);
    assert_eq!(check.heads, head_before, "the hash chain is untouched");
    let matched = app::verify_code(&f.store, "shg", &book_code).unwrap();
    assert_eq!(matched.status, app::CodeStatus::MatchesHead);
    let b = f.store.read();
    let m7 = b.member_by_no(1, "7").unwrap().unwrap();
    // The neutral label is written in the organisation's language (Hindi here).
    let label = Localizer::new(Locale::new(Lang::Hi)).msg("erased-member", &[("number", samuh::error::Arg::Text("7".into()))]);
    assert_eq!(m7.name, label);
    assert_eq!(b.member_personal(m7.id).unwrap().0, None);
    drop(b);
    for (report, member) in [("passbook", Some("7")), ("savings-register", None), ("cash-book", None)] {
        let p = app::ReportParams { org: "shg".into(), name: report.into(), member: member.map(str::to_string), from: Some("2025-04-01".into()), ..Default::default() };
        let text = samuh::render::render_text(&app::report(&f.store, &f.ctx, &p).unwrap(), &Localizer::new(Locale::new(Lang::En)));
        assert!(text.contains(&label), "{report}: {text}");
        assert!(!text.contains(name));
    }
}

#[test]
fn a_new_book_has_a_clean_schema_with_the_people_triggers() {
    let f = shg();
    let c = rusqlite::Connection::open(&f.path).unwrap();
    for t in ["person_no_update", "person_pin_no_delete", "act_no_update"] {
        let n: i64 = c.query_row("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = ?1", [t], |r| r.get(0)).unwrap();
        assert_eq!(n, 1, "{t}");
    }
    let _ = ctx("2025-01-01");
}

#[test]
fn the_command_line_enrols_people_and_takes_pins_from_the_environment_only() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("b.samuh");
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_samuh"));
        c.arg("--db").arg(&db).arg("--today").arg("2025-04-01").args(args).stdin(std::process::Stdio::null());
        for k in ["SAMUH_PIN", "SAMUH_APPROVER_PIN", "SAMUH_NEW_PIN", "SAMUH_DB"] {
            c.env_remove(k);
        }
        for (k, v) in env {
            c.env(k, v);
        }
        let o = c.output().unwrap();
        (o.status.code().unwrap(), String::from_utf8_lossy(&o.stdout).to_string(), String::from_utf8_lossy(&o.stderr).to_string())
    };
    let org = ["org", "add", "--code", "g", "--name", "Group", "--kind", "shg", "--country", "in", "--frequency", "weekly", "--formed-on", "2025-01-05"];
    // Only `init` (or `demo`) makes a book; every other command needs one.
    assert_eq!(run(&org, &[]).0, 1);
    assert_eq!(run(&["init"], &[]).0, 0);
    assert_eq!(run(&org, &[]).0, 0);
    let (code, out, _) = run(&["person", "list"], &[]);
    assert_eq!(code, 0);
    assert!(out.contains("single-user"), "{out}");
    // No PIN on the command line and none in the environment, no terminal: refused.
    let (code, _, err) = run(&["person", "add", "--name", "Asha", "--role", "treasurer"], &[]);
    assert_eq!(code, 1, "{err}");
    let (code, out, err) = run(&["person", "add", "--name", "Asha", "--role", "treasurer"], &[("SAMUH_NEW_PIN", "4821")]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Asha enrolled as Treasurer"), "{out}");
    let add = ["member", "add", "--org", "g", "--no", "1", "--name", "Sita", "--joined-on", "2025-01-05"];
    let (code, _, err) = run(&add, &[]);
    assert_eq!(code, 1);
    assert!(err.contains("give your PIN"), "{err}");
    let (code, _, err) = run(&["--lang", "hi", "--as", "Asha"].iter().chain(add.iter()).copied().collect::<Vec<_>>(), &[("SAMUH_PIN", "0000")]);
    assert_eq!(code, 1);
    assert!(err.contains("पिन ग़लत"), "{err}");
    let with_id: Vec<&str> = ["--as", "Asha"].iter().chain(add.iter()).chain(["--id-last4", "2345 6789 0123"].iter()).copied().collect();
    let (code, _, err) = run(&with_id, &[("SAMUH_PIN", "4821")]);
    assert_eq!(code, 1);
    assert!(err.contains("only the last four digits"), "{err}");
    let with_id: Vec<&str> = ["--as", "Asha"].iter().chain(add.iter()).chain(["--id-last4", "0123"].iter()).copied().collect();
    let (code, _, err) = run(&with_id, &[("SAMUH_PIN", "4821")]);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = run(&["--json", "person", "list"], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"treasurer\"") && !out.contains("argon2"), "{out}");
    let (code, out, err) = run(&["report", "approvals", "--org", "g", "--from", "2025-01-01"], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Member added") && out.contains("Asha"), "{out}");
}

#[test]
fn the_journal_of_the_demo_names_no_member() {
    // Names live outside the hash-chained journal: no narration or line note of any voucher
    // carries a member's name (or nominee), so erasing one leaves every hash as it was.
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_or_create(&dir.path().join("demo.samuh")).unwrap();
    let today = common::d("2026-11-20");
    samuh::demo::demo_create(&mut store, today).unwrap();
    let b = store.read();
    let mut checked = 0;
    for org in b.orgs().unwrap() {
        let names: Vec<String> = b.members(org.id).unwrap().into_iter().flat_map(|m| std::iter::once(m.name).chain(m.nominee)).collect();
        for v in b.vouchers(org.id, None, None).unwrap() {
            let texts = std::iter::once(v.narration.clone()).chain(v.lines.iter().map(|l| l.note.clone()));
            for t in texts.filter(|t| !t.is_empty()) {
                checked += 1;
                for n in &names {
                    assert!(!t.contains(n.as_str()), "{} voucher {} names {n}: {t}", org.code, v.number);
                }
            }
        }
    }
    assert!(checked > 50, "only {checked} texts checked");
}

#[test]
fn a_person_of_one_organisation_cannot_act_for_another() {
    let mut f = staffed();
    let asha = as_(&f, ASHA);
    app::org_add(&mut f.store, &asha, &app::OrgInput { code: "shg2".into(), name: "Second group".into(), kind: "shg".into(), country: "in".into(), meeting_frequency: "weekly".into(), formed_on: "2025-01-05".into(), ..Default::default() }).unwrap();
    app::person_enrol(&mut f.store, &asha, &PersonInput { name: "Dipa Sarkar".into(), role: "bookkeeper".into(), org: Some("shg".into()), pin: "3141".into(), ..Default::default() }).unwrap();
    let dipa = f.ctx.clone().acting("Dipa Sarkar", "3141");
    let member = |org: &str| app::MemberInput { org: org.into(), admission_no: "9".into(), name: "Mina".into(), joined_on: "2025-02-02".into(), ..Default::default() };
    refused(&mut f, "error-person-outside-org", |f| app::member_add(&mut f.store, &dipa, &member("shg2")));
    refused(&mut f, "error-person-outside-org", |f| app::org_add(&mut f.store, &dipa, &app::OrgInput { code: "shg3".into(), name: "Third".into(), kind: "shg".into(), country: "in".into(), meeting_frequency: "weekly".into(), formed_on: "2025-01-05".into(), ..Default::default() }));
    app::member_add(&mut f.store, &dipa, &member("shg")).unwrap();
}

/// A member leaves on a day after everything she did in the book, and not while she stands
/// guarantor for a loan still owed (an outside test dated an exit a month before her last
/// withdrawal, and let the only guarantor of a running loan go). Each refusal changes nothing.
#[test]
fn a_member_leaves_after_her_last_entry_and_not_while_she_guarantees_a_loan() {
    let mut f = common::shg();
    let c = f.ctx.clone();
    // The SHG's opening on 1 April 2025 gave each member ₹1,000 of savings. On 1 June member 5
    // withdraws all of it.
    let all_out = app::MeetingMemberRow { withdrawal: Some("1000".into()), ..common::row("5", "present", "0") };
    app::meeting_record(&mut f.store, &c, &common::meeting("2025-06-01", vec![all_out])).unwrap();
    let before = common::dump(&f.path);
    match app::member_exit(&mut f.store, &c, "shg", "5", "2025-05-01", None) {
        Err(samuh::Error::ExitBeforeLastEntry { date, last, .. }) => assert_eq!((date, last), (common::d("2025-05-01"), common::d("2025-06-01"))),
        other => panic!("{other:?}"),
    }
    assert_eq!(common::dump(&f.path), before, "a refused exit changed the book");
    app::member_exit(&mut f.store, &c, "shg", "5", "2025-06-01", None).unwrap();

    // Member 1 borrows ₹2,000 at the meeting of 1 July with member 2 as her guarantor; member 2
    // then takes out her savings and asks to leave: refused while the loan is owed.
    let loan = app::LoanInput { member: "1".into(), amount: "2000".into(), guarantors: vec!["2".into()], purpose: "goat".into(), ..Default::default() };
    // (The cash box is empty since member 5's withdrawal: each payment is drawn from the bank.)
    let from_bank = |amount: &str| vec![app::GroupLineInput { kind: "bank-withdrawal".into(), amount: amount.into(), ..Default::default() }];
    app::meeting_record(&mut f.store, &c, &app::MeetingInput { loans: vec![loan], group: from_bank("2000"), ..common::meeting("2025-07-01", vec![common::row("1", "present", "0"), common::row("2", "present", "0")]) }).unwrap();
    let out = app::MeetingMemberRow { withdrawal: Some("1000".into()), ..common::row("2", "present", "0") };
    app::meeting_record(&mut f.store, &c, &app::MeetingInput { group: from_bank("1000"), ..common::meeting("2025-07-08", vec![out]) }).unwrap();
    let before = common::dump(&f.path);
    match app::member_exit(&mut f.store, &c, "shg", "2", "2025-07-09", None) {
        Err(samuh::Error::GuarantorOfRunningLoan { loan, owed, .. }) => assert_eq!((loan, owed), (1, samuh::domain::money::Money::units(2_000))),
        other => panic!("{other:?}"),
    }
    assert_eq!(common::dump(&f.path), before);
}
