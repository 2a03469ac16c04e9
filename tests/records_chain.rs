//! The chain of the book's records (migration 0007): every recorded fact beside the journal that
//! a figure or a signature rests on. Outside edits of each kind of record (as with the sqlite3
//! shell) are named by `check`, by the full self-check and refused by the book code; clean books
//! (the demo, and a book with exits, an erasure, a reschedule, reversals and people) raise no
//! alarm; an older book has its records hashed once at its first opening, and the codes printed
//! before still verify.

mod common;
use common::*;
use samuh::app::{self, CodeStatus, Ctx, PersonInput};
use samuh::store::Store;

/// The tables of the migrations after the records chain (issue 16's federation), dropped with it
/// to make a book look as the version before the records chain left it.
const FEDERATION_GONE: &str =
    "DROP TABLE fed_month; DROP TABLE fed_alarm; DROP TABLE fed_posting; DROP TABLE fed_voucher; DROP TABLE fed_bundle; DROP TABLE fed_group; DROP TABLE bundle_written; DROP TABLE bundle_key;";

const ASHA: (&str, &str) = ("Asha Devi", "4821");
const BINA: (&str, &str) = ("Bina Kumari", "7306");

fn code_now(store: &Store) -> String {
    app::open_self_check(store).unwrap().orgs[0].book_code.clone()
}

/// A book with everything the records chain covers: people and their PINs, approvals, meetings
/// with attendance and minutes, loans with guarantors, a by-law change, a reschedule, a
/// repayment and its reversal, a member who joined, left and was erased. Returns the book code
/// as it stood after every save (as the minutes would have printed it).
fn base(f: &mut Fixture) -> Vec<String> {
    let mut codes = vec![code_now(&f.store)];
    let c = f.ctx.clone();
    app::person_enrol(&mut f.store, &c, &PersonInput { name: ASHA.0.into(), role: "treasurer".into(), pin: ASHA.1.into(), ..Default::default() }).unwrap();
    codes.push(code_now(&f.store));
    let asha: Ctx = c.clone().acting(ASHA.0, ASHA.1);
    let two = asha.clone().approved_by(BINA.0, BINA.1);
    app::person_enrol(&mut f.store, &asha, &PersonInput { name: BINA.0.into(), role: "bookkeeper".into(), pin: BINA.1.into(), ..Default::default() }).unwrap();
    codes.push(code_now(&f.store));
    let record = |f: &mut Fixture, m: &app::MeetingInput, codes: &mut Vec<String>| {
        let saved = app::meeting_record(&mut f.store, &asha, m).unwrap();
        assert_eq!(saved.book_code, code_now(&f.store), "a save answers the code of the book as it stands");
        codes.push(saved.book_code);
    };
    let mut m = meeting("2025-04-06", vec![row("1", "present", "50"), row("2", "late", "50"), row("3", "absent", "")]);
    m.minutes.agenda.push("बचत".into());
    m.minutes.resolutions.push("ऋण स्वीकृत".into());
    record(f, &m, &mut codes);
    let mut m = meeting("2025-04-13", vec![row("1", "present", "50"), row("2", "present", "50"), row("3", "present", "50")]);
    m.loans.push(app::LoanInput { member: "4".into(), amount: "800".into(), guarantors: vec!["5".into()], ..Default::default() });
    m.loans.push(app::LoanInput { member: "6".into(), amount: "500".into(), guarantors: vec!["1".into()], ..Default::default() });
    m.group.push(app::GroupLineInput { kind: "bank-withdrawal".into(), head: None, amount: "1000".into(), note: String::new() });
    m.minutes.resolutions.push("two loans".into());
    record(f, &m, &mut codes);
    app::policy_set(&mut f.store, &two, &app::PolicyInput { org: "shg".into(), effective_from: "2025-04-20".into(), saving_per_meeting: Some("60".into()), loan_cap_scope: Some("member-outstanding".into()), ..Default::default() }).unwrap();
    codes.push(code_now(&f.store));
    app::loan_reschedule(&mut f.store, &asha, &app::RescheduleInput { org: "shg".into(), loan: "1".into(), date: "2025-04-20".into(), instalments: "12".into(), agreement: "agreed before the group".into(), arrears: Some("folded".into()), ..Default::default() }).unwrap();
    codes.push(code_now(&f.store));
    // Issue 15 (follow-up): a visit to the household of loan 1.
    app::followup::visit_record(&mut f.store, &asha, &app::followup::VisitInput { org: "shg".into(), loan: "1".into(), date: "2025-04-21".into(), visitors: "Asha Devi".into(), found: "all well".into(), record_matches: true, client_id: None }).unwrap();
    codes.push(code_now(&f.store));
    // Issue 15 (follow-up): the follow-up meeting of loan 1 (rescheduled, so on the list).
    app::followup::followup_meeting_record(&mut f.store, &asha, &app::followup::FollowupMeetingInput {
        org: "shg".into(),
        date: "2025-04-22".into(),
        place: "school".into(),
        attended: "member 1, president".into(),
        notes: None,
        promises: vec![app::followup::PromiseInput { loan: "1".into(), pay_on: "2025-05-20".into(), amount: "100".into(), note: None }],
        client_id: None,
    })
    .unwrap();
    codes.push(code_now(&f.store));
    // Issue 12: the agenda of this meeting (the decision of 13-04 done, loan 2's use asked).
    let mut m = meeting("2025-04-27", vec![row("1", "present", "60"), row("4", "absent-with-leave", "")]);
    m.minutes.decisions.push(app::DecisionReview { decision: "two loans".into(), status: "done".into() });
    m.minutes.loan_uses.push(app::LoanUseInput { loan: "2".into(), answer: "yes".into(), note: "goats".into() });
    record(f, &m, &mut codes);
    let repaid = app::loan_repay(&mut f.store, &asha, &app::RepayInput { org: "shg".into(), date: "2025-05-13".into(), member: "6".into(), amount: "60".into(), ..Default::default() }).unwrap();
    codes.push(code_now(&f.store));
    app::reverse(&mut f.store, &two, &app::ReverseInput { org: "shg".into(), voucher: repaid.voucher.clone(), reason: "typed twice".into(), date: Some("2025-05-14".into()), ..Default::default() }).unwrap();
    codes.push(code_now(&f.store));
    app::member_add(&mut f.store, &asha, &app::MemberInput { org: "shg".into(), admission_no: "7".into(), name: "Zebunnisa Quraishi".into(), joined_on: "2025-05-01".into(), phone: Some("9876501234".into()), ..Default::default() }).unwrap();
    codes.push(code_now(&f.store));
    app::member_exit(&mut f.store, &asha, "shg", "7", "2025-05-03", None).unwrap();
    codes.push(code_now(&f.store));
    app::member_erase(&mut f.store, &asha, "shg", "7", None).unwrap();
    codes.push(code_now(&f.store));
    // A meeting sent with a client id (the retry log keeps it), then member 1's passbook
    // printed (the print positions are kept). Neither the log entry nor the print run heads a
    // book code: the code the meeting answered stays the book's.
    let mut m = meeting("2025-05-18", vec![row("1", "present", "60"), row("2", "absent", "")]);
    m.client_id = Some("tablet-7f3a".into());
    record(f, &m, &mut codes);
    let p = app::PassbookPrint {
        org: "shg".into(),
        member: Some("1".into()),
        locale: samuh::i18n::Locale::new(samuh::i18n::Lang::Hi),
        page: samuh::render::PageSize::A4,
        mode: app::PassbookMode::Continue,
    };
    // Printed and confirmed as printed (issue 12: only the confirmation takes the lines).
    let printing = app::passbook_pdf_to(&mut f.store, &asha, &p, |_| Ok(())).unwrap();
    app::passbook_printed(&mut f.store, &asha, &p, printing.upto).unwrap();
    assert_eq!(&code_now(&f.store), codes.last().unwrap(), "a passbook printing changes no book code");
    // Issue 16: a bundle written (the key made, the note), a village organisation in the same
    // book, and the bundle imported into it (the register, the import).
    // Issue 16 (the fund centre): member 2's household number, sent with the bundle.
    app::household_set(&mut f.store, &asha, &app::HouseholdSetInput { org: "shg".into(), member: "2".into(), household: "H-7".into(), date: "2025-05-20".into(), ..Default::default() }).unwrap();
    codes.push(code_now(&f.store));
    let out = f.dir.path().join("shg.bundle");
    app::bundle_write(&mut f.store, &asha, &app::BundleWriteInput { org: "shg".into(), out: out.display().to_string(), ..Default::default() }).unwrap();
    codes.push(code_now(&f.store));
    let vo = app::OrgInput {
        code: "vo".into(),
        name: "VO".into(),
        kind: "village-organisation".into(),
        country: "in".into(),
        meeting_frequency: "monthly".into(),
        formed_on: "2024-01-01".into(),
        ..Default::default()
    };
    app::org_add(&mut f.store, &asha, &vo).unwrap();
    codes.push(code_now(&f.store));
    let input = app::BundleImportInput { org: "vo".into(), files: vec![out.display().to_string()], register: true };
    app::bundle_import(&mut f.store, &asha, &input).unwrap();
    codes.push(code_now(&f.store));
    // The VO follows member 2's household (issue 16, the fund centre's target households).
    app::household_target(&mut f.store, &asha, &app::HouseholdTargetInput { org: "vo".into(), household: "H7".into(), date: "2025-05-25".into(), note: "weaving".into(), client_id: None }).unwrap();
    codes.push(code_now(&f.store));
    // Issue 15 (welfare): a welfare club in the same book with its rules, a death and its levy
    // register, a collection, a payout settling a loan of a fund kept elsewhere, the fund's
    // receipt of the slip, a year's fees and a birth benefit.
    welfare(f, &asha, &mut codes);
    codes
}

fn welfare(f: &mut Fixture, asha: &Ctx, codes: &mut Vec<String>) {
    use samuh::app::welfare as w;
    let s = |v: &str| Some(v.to_string());
    let wc = app::OrgInput { code: "wc".into(), name: "Welfare club".into(), kind: "welfare-club".into(), country: "in".into(), meeting_frequency: "monthly".into(), formed_on: "2025-01-05".into(), ..Default::default() };
    app::org_add(&mut f.store, asha, &wc).unwrap();
    for no in 1..=4 {
        app::member_add(&mut f.store, asha, &app::MemberInput { org: "wc".into(), admission_no: no.to_string(), name: format!("W{no}"), joined_on: "2025-01-05".into(), ..Default::default() }).unwrap();
    }
    w::welfare_rule_set(&mut f.store, asha, &w::WelfareRuleInput { org: "wc".into(), from: "2025-01-05".into(), levy: s("100"), annual_fee: s("100"), birth: s("50"), ..Default::default() }).unwrap();
    w::death_record(&mut f.store, asha, &w::DeathInput { org: "wc".into(), member: "1".into(), date: "2025-06-01".into(), nominee: None, client_id: None }).unwrap();
    codes.push(code_now(&f.store));
    w::levy_collect(&mut f.store, asha, &w::LevyCollectInput { org: "wc".into(), deceased: "1".into(), date: "2025-06-05".into(), members: vec![], all_owing: true, client_id: None }).unwrap();
    let loans = vec![w::SettleInput { fund: "VF Samkha".into(), loan: "2".into(), principal: s("100"), interest: None }];
    w::welfare_payout(&mut f.store, asha, &w::PayoutInput { org: "wc".into(), deceased: "1".into(), date: "2025-06-10".into(), loans, client_id: None }).unwrap();
    let (slip, bytes) = w::settlement_slips(&mut f.store, asha, "wc", "1").unwrap().remove(0);
    let slip = slip.slip;
    // The lending fund's side (here the SHG of this book, its loan 2): the slip recorded as the
    // loan's repayment, the club's key registered from it.
    let file = f.dir.path().join("wc.samuh-slip");
    std::fs::write(&file, bytes).unwrap();
    w::slip_record(&mut f.store, asha, &w::SlipRecordInput { org: "shg".into(), file: file.display().to_string(), loan: "2".into(), date: "2025-06-12".into(), register: true }).unwrap();
    codes.push(code_now(&f.store));
    w::slip_received(&mut f.store, asha, &w::SlipReceivedInput { org: "wc".into(), slip, date: "2025-06-15".into() }).unwrap();
    w::fee_collect(&mut f.store, asha, &w::FeeInput { org: "wc".into(), date: "2025-06-20".into(), members: vec!["2".into(), "3".into(), "4".into()], client_id: None }).unwrap();
    w::benefit_pay(&mut f.store, asha, &w::BenefitInput { org: "wc".into(), member: "2".into(), kind: "birth".into(), date: "2025-06-25".into(), client_id: None }).unwrap();
    codes.push(code_now(&f.store));
}

fn ids(c: &rusqlite::Connection, sql: &str) -> Vec<i64> {
    c.prepare(sql).unwrap().query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
}


/// One outside edit and what `check` must say: the finding's id and the arguments naming the
/// record (label parts as recorded).
struct Mutation {
    sql: &'static str,
    id: &'static str,
    args: &'static [(&'static str, &'static str)],
}

const MUTATIONS: &[Mutation] = &[
    // Loans: the interest rate moves the demand in the DCB; principal and term too.
    Mutation { sql: "UPDATE loan SET rate = '3' WHERE number = 1", id: "finding-record-changed-loan", args: &[("loan", "1")] },
    Mutation { sql: "UPDATE loan SET principal_minor = principal_minor + 10000 WHERE number = 2", id: "finding-record-changed-loan", args: &[("loan", "2")] },
    Mutation { sql: "UPDATE loan SET instalments = instalments + 2 WHERE number = 2", id: "finding-record-changed-loan", args: &[("loan", "2")] },
    Mutation { sql: "UPDATE loan SET rate_period = 'year' WHERE number = 1", id: "finding-record-changed-loan", args: &[("loan", "1")] },
    // Members: admission number, joining and exit dates.
    Mutation { sql: "UPDATE member SET admission_no = '99' WHERE admission_no = '3'", id: "finding-record-changed-member", args: &[("member", "3")] },
    Mutation { sql: "UPDATE member SET joined_on = '2024-01-01' WHERE admission_no = '2'", id: "finding-record-changed-member", args: &[("member", "2")] },
    Mutation { sql: "UPDATE member SET exited_on = '2025-05-20' WHERE admission_no = '7'", id: "finding-record-changed-exit", args: &[("member", "7")] },
    Mutation { sql: "UPDATE member SET exited_on = NULL WHERE admission_no = '7'", id: "finding-record-deleted", args: &[("kind", "exit"), ("member", "7")] },
    Mutation { sql: "UPDATE member SET exited_on = '2025-05-20' WHERE admission_no = '5'", id: "finding-record-unrecorded", args: &[("kind", "exit"), ("member", "5")] },
    Mutation { sql: "UPDATE member SET role = 'president' WHERE admission_no = '4'", id: "finding-record-changed-member", args: &[("member", "4")] },
    Mutation {
        sql: "INSERT INTO member(org_id, admission_no, name, role, joined_on) VALUES (1, '77', 'Ghost', 'member', '2025-01-05')",
        id: "finding-record-unrecorded",
        args: &[("kind", "member"), ("member", "77")],
    },
    // By-law versions, the old one included.
    Mutation { sql: "UPDATE policy SET fine_absent_minor = fine_absent_minor + 500 WHERE id = (SELECT min(id) FROM policy)", id: "finding-record-changed-by-law", args: &[("date", "2025-01-05")] },
    Mutation { sql: "UPDATE policy SET interest_rate = '1' WHERE effective_from = '2025-04-20'", id: "finding-record-changed-by-law", args: &[("date", "2025-04-20")] },
    Mutation { sql: "UPDATE policy SET effective_from = '2025-04-02' WHERE effective_from = '2025-04-20'", id: "finding-record-changed-by-law", args: &[("date", "2025-04-20")] },
    // A meeting's agenda (issue 12): an answer changed, or the agenda taken away.
    Mutation { sql: "UPDATE meeting_agenda SET answer = 'no' WHERE item = 'loan-use'", id: "finding-record-changed-minutes", args: &[("date", "2025-04-27")] },
    Mutation { sql: "UPDATE meeting_agenda SET decision = 'one loan' WHERE item = 'decision'", id: "finding-record-changed-minutes", args: &[("date", "2025-04-27")] },
    Mutation { sql: "DELETE FROM meeting_agenda", id: "finding-record-deleted", args: &[("kind", "agenda"), ("date", "2025-04-27")] },
    // The by-law rules of issue 15 (what the cap limits, how weeks are counted).
    Mutation { sql: "UPDATE bylaw_rule SET cap_scope = 'per-loan'", id: "finding-record-changed-by-law-rule", args: &[("date", "2025-04-20")] },
    Mutation { sql: "UPDATE bylaw_rule SET period_convention = 'four-weeks'", id: "finding-record-changed-by-law-rule", args: &[("date", "2025-04-20")] },
    Mutation { sql: "DELETE FROM bylaw_rule", id: "finding-record-deleted", args: &[("kind", "by-law-rule"), ("date", "2025-04-20")] },
    // The chart of accounts.
    Mutation { sql: "UPDATE account SET type = 'income' WHERE code = 'cash' AND org_id = 1", id: "finding-record-changed-account", args: &[("account", "cash")] },
    Mutation { sql: "UPDATE account SET sub_ledger = 'none' WHERE code = 'member-savings' AND org_id = 1", id: "finding-record-changed-account", args: &[("account", "member-savings")] },
    // Attendance.
    Mutation {
        sql: "UPDATE attendance SET status = 'present' WHERE status = 'absent' AND meeting_id = (SELECT id FROM meeting WHERE date = '2025-04-06')",
        id: "finding-record-changed-attendance",
        args: &[("date", "2025-04-06")],
    },
    Mutation {
        sql: "DELETE FROM attendance WHERE member_id = 4 AND meeting_id = (SELECT id FROM meeting WHERE date = '2025-04-27')",
        id: "finding-record-changed-attendance",
        args: &[("date", "2025-04-27")],
    },
    Mutation {
        sql: "INSERT INTO attendance(meeting_id, member_id, status) SELECT id, 6, 'present' FROM meeting WHERE date = '2025-05-18'",
        id: "finding-record-changed-attendance",
        args: &[("date", "2025-05-18")],
    },
    // Guarantors.
    Mutation { sql: "UPDATE guarantor SET member_id = 2 WHERE loan_id = 1", id: "finding-record-changed-guarantors", args: &[("loan", "1")] },
    Mutation { sql: "DELETE FROM guarantor WHERE loan_id = 2", id: "finding-record-changed-guarantors", args: &[("loan", "2")] },
    Mutation { sql: "INSERT INTO guarantor(loan_id, member_id) VALUES (2, 3)", id: "finding-record-changed-guarantors", args: &[("loan", "2")] },
    // Reschedules.
    Mutation { sql: "UPDATE reschedule SET rate = '0'", id: "finding-record-changed-reschedule", args: &[("loan", "1"), ("date", "2025-04-20")] },
    Mutation { sql: "UPDATE reschedule SET instalments = 24", id: "finding-record-changed-reschedule", args: &[("loan", "1"), ("date", "2025-04-20")] },
    Mutation { sql: "DELETE FROM reschedule", id: "finding-record-deleted", args: &[("kind", "reschedule"), ("loan", "1"), ("date", "2025-04-20")] },
    // Issue 15 (follow-up): the committee's decision on the arrears of a reschedule.
    Mutation { sql: "UPDATE reschedule_rule SET arrears = 'kept'", id: "finding-record-changed-reschedule-rule", args: &[("loan", "1"), ("date", "2025-04-20")] },
    Mutation { sql: "UPDATE followup_visit SET record_matches = 0", id: "finding-record-changed-visit", args: &[("loan", "1"), ("date", "2025-04-21")] },
    Mutation { sql: "UPDATE followup_visit SET found = 'nobody home'", id: "finding-record-changed-visit", args: &[("loan", "1"), ("date", "2025-04-21")] },
    Mutation { sql: "DELETE FROM reschedule_rule", id: "finding-record-deleted", args: &[("kind", "reschedule-rule"), ("loan", "1"), ("date", "2025-04-20")] },
    // The follow-up meeting and the payments agreed there.
    Mutation { sql: "UPDATE followup_meeting SET attended = 'member 1'", id: "finding-record-changed-followup-meeting", args: &[("date", "2025-04-22")] },
    Mutation { sql: "UPDATE followup_promise SET pay_on = '2025-12-20'", id: "finding-record-changed-followup-meeting", args: &[("date", "2025-04-22")] },
    Mutation { sql: "UPDATE followup_promise SET amount_minor = 1", id: "finding-record-changed-followup-meeting", args: &[("date", "2025-04-22")] },
    Mutation { sql: "DELETE FROM followup_promise", id: "finding-record-changed-followup-meeting", args: &[("date", "2025-04-22")] },
    // Meetings and minutes.
    Mutation { sql: "UPDATE meeting SET date = '2025-04-14' WHERE date = '2025-04-13'", id: "finding-record-changed-meeting", args: &[("date", "2025-04-13")] },
    Mutation { sql: "UPDATE meeting SET cash_counted_minor = 123456 WHERE date = '2025-04-27'", id: "finding-record-changed-meeting", args: &[("date", "2025-04-27")] },
    Mutation {
        sql: "UPDATE minute SET text = 'no loans' WHERE meeting_id = (SELECT id FROM meeting WHERE date = '2025-04-13')",
        id: "finding-record-changed-minutes",
        args: &[("date", "2025-04-13")],
    },
    Mutation {
        sql: "DELETE FROM minute WHERE kind = 'agenda' AND meeting_id = (SELECT id FROM meeting WHERE date = '2025-04-06')",
        id: "finding-record-changed-minutes",
        args: &[("date", "2025-04-06")],
    },
    // The organisation.
    Mutation { sql: "UPDATE organisation SET formed_on = '2024-01-01' WHERE code = 'shg'", id: "finding-record-changed-organisation", args: &[("org", "shg")] },
    // People, their PINs and the record of who did and who approved what.
    Mutation { sql: "UPDATE person SET role = 'president' WHERE name = 'Bina Kumari'", id: "finding-record-changed-person", args: &[("person", "Bina Kumari")] },
    Mutation { sql: "UPDATE person SET org_id = 1 WHERE name = 'Asha Devi'", id: "finding-record-changed-person", args: &[("person", "Asha Devi")] },
    Mutation {
        sql: "UPDATE person_pin SET pin_hash = (SELECT pin_hash FROM person_pin WHERE person_id = 1) WHERE person_id = 2",
        id: "finding-record-changed-pin",
        args: &[("person", "Bina Kumari")],
    },
    Mutation {
        sql: "INSERT INTO person(name, role, enrolled_at) VALUES ('Outsider', 'treasurer', '2025-09-30T10:00:00')",
        id: "finding-record-unrecorded",
        args: &[("kind", "person"), ("person", "Outsider")],
    },
    Mutation { sql: "UPDATE act SET approved_by = NULL WHERE approved_by IS NOT NULL", id: "finding-record-changed-act", args: &[] },
    Mutation { sql: "UPDATE act SET done_by = 2 WHERE done_by = 1 AND approved_by IS NULL", id: "finding-record-changed-act", args: &[] },
    Mutation { sql: "DELETE FROM act WHERE id = (SELECT max(id) FROM act)", id: "finding-record-deleted", args: &[("kind", "act")] },
    // The opening balances' cut-off (entries before it are refused), the passbook print
    // positions (the next printing's line) and the retry log (issue 13).
    Mutation { sql: "UPDATE book SET value = '2025-03-01' WHERE key = 'opening:1'", id: "finding-record-changed-opening", args: &[("date", "2025-04-01")] },
    Mutation { sql: "DELETE FROM book WHERE key = 'opening:1'", id: "finding-record-deleted", args: &[("kind", "opening"), ("date", "2025-04-01")] },
    Mutation { sql: "UPDATE passbook_print SET line = line + 3", id: "finding-record-changed-passbook-print", args: &[("member", "1")] },
    Mutation { sql: "UPDATE passbook_print SET page = page + 1", id: "finding-record-changed-passbook-print", args: &[("member", "1")] },
    Mutation { sql: "DELETE FROM passbook_print", id: "finding-record-deleted", args: &[("kind", "passbook-print"), ("member", "1")] },
    Mutation {
        sql: "INSERT INTO passbook_print(org_id, member_id, first_voucher_id, last_voucher_id, page, line, lines_per_page, paper, printed_at)
              SELECT org_id, member_id, first_voucher_id, last_voucher_id, page, line + 1, lines_per_page, paper, '2025-09-30T11:00:00' FROM passbook_print",
        id: "finding-record-unrecorded",
        args: &[("kind", "passbook-print"), ("member", "1")],
    },
    Mutation { sql: "UPDATE command_log SET digest = 'x' || digest WHERE client_id = 'tablet-7f3a'", id: "finding-record-changed-command", args: &[("id", "tablet-7f3a")] },
    Mutation { sql: "UPDATE command_log SET command = 'loan_repay' WHERE client_id = 'tablet-7f3a'", id: "finding-record-changed-command", args: &[("id", "tablet-7f3a")] },
    Mutation { sql: "UPDATE command_log SET client_id = 'tablet-0000' WHERE client_id = 'tablet-7f3a'", id: "finding-record-changed-command", args: &[("id", "tablet-7f3a")] },
    Mutation { sql: "DELETE FROM command_log WHERE client_id = 'tablet-7f3a'", id: "finding-record-deleted", args: &[("kind", "command"), ("id", "tablet-7f3a")] },
    Mutation {
        sql: "INSERT INTO command_log(client_id, command, result, recorded_at, digest) VALUES ('forged', 'meeting_record', '{}', '2025-09-30T10:00:00', 'ab')",
        id: "finding-record-unrecorded",
        args: &[("kind", "command"), ("id", "forged")],
    },
    // Issue 16: the bundle key, the note of a bundle written, the register of groups, an import.
    Mutation { sql: "UPDATE bundle_key SET created_at = '2020-01-01T00:00:00'", id: "finding-record-changed-federation", args: &[("kind", "federation")] },
    Mutation { sql: "UPDATE bundle_written SET head_count = head_count - 1", id: "finding-record-changed-federation", args: &[("kind", "federation"), ("what", "1")] },
    Mutation {
        sql: "UPDATE fed_group SET public_key = '0000000000000000000000000000000000000000000000000000000000000000'",
        id: "finding-record-changed-federation",
        args: &[("kind", "federation"), ("what", "shg")],
    },
    Mutation { sql: "UPDATE fed_bundle SET head_count = 1", id: "finding-record-changed-federation", args: &[("kind", "federation"), ("what", "shg 1")] },
    Mutation { sql: "DELETE FROM fed_bundle", id: "finding-record-deleted", args: &[("kind", "federation")] },
    Mutation {
        sql: "INSERT INTO fed_alarm(group_id, payload_sha256, differences, raised_at) VALUES (1, 'x', '1|a|b', '2025-09-30T10:00:00')",
        id: "finding-record-unrecorded",
        args: &[("kind", "federation")],
    },
    // Issue 16 (the fund centre): a member's household number, a household followed.
    Mutation { sql: "UPDATE member_household SET household = 'H8'", id: "finding-record-changed-household", args: &[("member", "2"), ("date", "2025-05-20")] },
    Mutation { sql: "DELETE FROM member_household", id: "finding-record-deleted", args: &[("kind", "household"), ("member", "2"), ("date", "2025-05-20")] },
    Mutation { sql: "UPDATE household_target SET note = 'none'", id: "finding-record-changed-household-target", args: &[("household", "H7"), ("date", "2025-05-25")] },
    Mutation { sql: "DELETE FROM household_target", id: "finding-record-deleted", args: &[("kind", "household-target"), ("household", "H7"), ("date", "2025-05-25")] },
    // Issue 15 (welfare): the rules, a death, its levy register, a collection and its levies,
    // the payout and the loan it settled, the slip's receipt, a benefit.
    Mutation { sql: "UPDATE welfare_rule SET levy_minor = 5000", id: "finding-record-changed-welfare", args: &[("kind", "welfare"), ("what", "welfare-rule 2025-01-05")] },
    Mutation { sql: "UPDATE death SET died_on = '2025-06-02'", id: "finding-record-changed-welfare", args: &[("kind", "welfare"), ("what", "death 1 2025-06-01")] },
    Mutation { sql: "DELETE FROM levy_due WHERE member_id = (SELECT max(member_id) FROM levy_due)", id: "finding-record-changed-welfare", args: &[("kind", "welfare"), ("what", "levy-register 1 2025-06-01")] },
    Mutation { sql: "UPDATE levy_collection SET paid_on = '2025-06-04'", id: "finding-record-changed-welfare", args: &[("kind", "welfare"), ("what", "levy-collection 1 2025-06-05")] },
    Mutation { sql: "UPDATE levy_paid SET amount_minor = 1 WHERE member_id = (SELECT min(member_id) FROM levy_paid)", id: "finding-record-changed-welfare", args: &[("kind", "welfare"), ("what", "levy-paid 1 2025-06-05")] },
    Mutation { sql: "UPDATE welfare_payout SET family_minor = family_minor + 100", id: "finding-record-changed-welfare", args: &[("kind", "welfare"), ("what", "welfare-payout 1 2025-06-10")] },
    Mutation { sql: "UPDATE settlement SET principal_minor = 1", id: "finding-record-changed-welfare", args: &[("kind", "welfare"), ("what", "settlement 1 2025-06-10")] },
    Mutation { sql: "DELETE FROM settlement_receipt", id: "finding-record-deleted", args: &[("kind", "welfare")] },
    Mutation { sql: "UPDATE welfare_benefit SET amount_minor = 99999", id: "finding-record-changed-welfare", args: &[("kind", "welfare")] },
    // Issue 15 (session 10): the club's key the fund registered from its first slip.
    // The key is random: its first character is changed to another one whatever it was (a key
    // starting with 'f' made `replace(…, 'f')` change nothing, one run in sixteen).
    Mutation { sql: "UPDATE slip_key SET public_key = (CASE substr(public_key, 1, 1) WHEN 'f' THEN 'e' ELSE 'f' END) || substr(public_key, 2)", id: "finding-record-changed-welfare", args: &[("kind", "welfare"), ("what", "slip-key wc")] },
    // The hashes themselves.
    Mutation { sql: "DELETE FROM record_hash WHERE id = 12", id: "finding-record-chain-broken", args: &[] },
    Mutation { sql: "UPDATE record_hash SET label = 'M99' WHERE kind = 'member' AND label = '2'", id: "finding-record-chain-broken", args: &[] },
    Mutation {
        sql: "DELETE FROM record_hash WHERE seq = (SELECT max(seq) FROM record_hash)",
        id: "finding-record-unrecorded",
        args: &[],
    },
];

#[test]
fn every_outside_change_to_a_record_is_named_by_check_and_refused_by_the_code() {
    let mut f = shg();
    let codes = base(&mut f);
    let last = codes.last().unwrap().clone();
    let clean = app::check_book(&f.store, None).unwrap();
    assert!(clean.ok(), "the base book must be clean: {:?}", clean.findings);
    drop(std::mem::replace(&mut f.store, Store::open_in_memory().unwrap()));
    let work = f.dir.path().join("work.samuh");
    for m in MUTATIONS {
        copy_book(&f.path, &work);
        outside_edit(&work, m.sql);
        let store = Store::open(&work).unwrap();
        let r = app::check_book(&store, None).unwrap();
        let named = r.findings.iter().any(|x| {
            x.check == "records" && x.id == m.id && m.args.iter().all(|(k, v)| x.args.iter().any(|(ak, av)| ak == k && av == v))
        });
        assert!(named, "{}: expected {} naming {:?}, found {:?}", m.sql, m.id, m.args, r.findings);
        // `check --org X` finds it too, for the organisation the record belongs to (the group
        // `shg`, or the village organisation `vo` that imported its bundle): people, their PINs
        // and book-wide acts (organisation 0) are in every organisation's check.
        let named_org = ["shg", "vo", "wc"].iter().any(|org| {
            let r_org = app::check_book(&store, Some(org)).unwrap();
            r_org.findings.iter().any(|x| {
                x.check == "records" && x.id == m.id && m.args.iter().all(|(k, v)| x.args.iter().any(|(ak, av)| ak == k && av == v))
            })
        });
        assert!(named_org, "{}: `check --org shg` and `--org vo` missed it", m.sql);
        let full = app::full_self_check(&store).unwrap();
        assert!(full.findings.iter().any(|x| x.id == m.id), "{}: the full self-check missed it: {:?}", m.sql, full.findings);
        let code = app::verify_code(&store, "shg", &last).unwrap();
        assert!(!code.status.is_match(), "{}: the code of the signed minutes still matches ({:?})", m.sql, code.status);
        // Every message names the record in every language, with no placeholder left.
        for x in r.findings.iter().filter(|x| x.check == "records") {
            for &lang in samuh::i18n::Lang::ALL {
                let args: Vec<(&str, samuh::error::Arg)> = x.args.iter().map(|(k, v)| (k.as_str(), samuh::error::Arg::Text(v.clone()))).collect();
                let text = samuh::i18n::Localizer::new(samuh::i18n::Locale::new(lang)).msg(x.id, &args);
                assert!(!text.contains("finding-") && !text.contains('{'), "{lang:?}: {text}");
            }
        }
    }
}

#[test]
fn a_forger_who_rehashes_the_records_is_caught_by_the_code_on_paper() {
    let mut f = shg();
    let codes = base(&mut f);
    drop(std::mem::replace(&mut f.store, Store::open_in_memory().unwrap()));
    // The easiest re-hash: change the loan's rate, throw the hashes away and make the book look
    // older, so the next opening hashes the records as they stand.
    outside_edit(&f.path, &format!("UPDATE loan SET rate = '3' WHERE number = 1; DROP TABLE record_hash; DROP TABLE year_reopen; DROP TABLE year_close; DROP TABLE share_price; {FEDERATION_GONE} PRAGMA user_version = 6;"));
    let store = Store::open(&f.path).unwrap();
    assert!(app::check_book(&store, None).unwrap().ok(), "inside the file the forgery is consistent");
    // This book was made with records hashed at every save, so every code printed from it
    // covers them; none matches the re-hashed book.
    for (i, code) in codes.iter().enumerate() {
        let m = app::verify_code(&store, "shg", code).unwrap();
        assert_eq!(m.status, CodeStatus::NotFound, "code {i} ({code}) still matches the forged book");
    }
}

#[test]
fn a_record_hashed_a_second_time_is_reported_changed() {
    let mut f = shg();
    base(&mut f);
    drop(std::mem::replace(&mut f.store, Store::open_in_memory().unwrap()));
    outside_edit(&f.path, "UPDATE loan SET rate = '3' WHERE number = 1");
    let mut store = Store::open(&f.path).unwrap();
    // A forger who knows the recipe appends a fresh hash of the changed loan at the chain's end
    // (through the very function a save uses), so every link verifies.
    let loan_id = store.read().loan_by_number(1, 1).unwrap().unwrap().id;
    store.write(|b| b.chain_record(samuh::store::RecordKind::Loan, loan_id)).unwrap();
    let r = app::check_book(&store, None).unwrap();
    assert!(
        r.findings.iter().any(|x| x.id == "finding-record-changed-loan" && x.args.contains(&("loan".to_string(), "1".to_string()))),
        "{:?}",
        r.findings
    );
    assert!(!r.findings.iter().any(|x| x.id == "finding-record-chain-broken"), "the links themselves verify");
}

#[test]
fn clean_books_raise_no_alarm_after_exits_erasures_reschedules_and_reversals() {
    let mut f = shg();
    let codes = base(&mut f);
    let check = |store: &Store| {
        let r = app::check_book(store, None).unwrap();
        assert!(r.ok(), "{:?}", r.findings);
        let r = app::check_book(store, Some("shg")).unwrap();
        assert!(r.ok(), "check --org shg: {:?}", r.findings);
        let full = app::full_self_check(store).unwrap();
        assert!(full.ok(), "{:?}", full.findings);
        let open = app::open_self_check(store).unwrap();
        assert!(open.ok() && open.deferred.contains(&"records"), "{open:?}");
        // Every code printed along the way still verifies, the last one as the head.
        for (i, c) in codes.iter().enumerate() {
            let m = app::verify_code(store, "shg", c).unwrap();
            assert!(m.status.is_match(), "code {i} ({c}): {:?}", m.status);
        }
        assert_eq!(app::verify_code(store, "shg", codes.last().unwrap()).unwrap().status, CodeStatus::MatchesHead);
    };
    check(&f.store);
    // Each save that writes no voucher still gives a new code (the records are in it).
    for w in codes.windows(2) {
        assert_ne!(w[0], w[1], "a save left the book code unchanged");
    }
    drop(std::mem::replace(&mut f.store, Store::open(&f.path).unwrap()));
    check(&f.store);

    // The demo's organisations.
    let dir = tempfile::tempdir().unwrap();
    let mut demo = Store::open_or_create(&dir.path().join("demo.samuh")).unwrap();
    samuh::demo::demo_create(&mut demo, d("2026-11-20")).unwrap();
    let r = app::check_book(&demo, None).unwrap();
    assert!(r.ok(), "{:?}", r.findings);
    assert!(app::full_self_check(&demo).unwrap().ok());
    for o in app::open_self_check(&demo).unwrap().orgs {
        let r = app::check_book(&demo, Some(&o.org)).unwrap();
        assert!(r.ok(), "check --org {}: {:?}", o.org, r.findings);
        // The village organisation keeps no entries of its own yet (only its group's import):
        // its code is the code of an empty journal.
        let want = if o.vouchers == 0 { CodeStatus::MatchesEmpty } else { CodeStatus::MatchesHead };
        assert_eq!(app::verify_code(&demo, &o.org, &o.book_code).unwrap().status, want, "{}", o.org);
    }
}

#[test]
fn an_older_book_has_its_records_hashed_once_and_its_printed_codes_still_verify() {
    let mut f = shg();
    let c = f.ctx.clone();
    let mut m = meeting("2025-04-06", vec![row("1", "present", "50"), row("2", "absent", "")]);
    m.loans.push(app::LoanInput { member: "4".into(), amount: "800".into(), guarantors: vec!["5".into()], ..Default::default() });
    m.client_id = Some("tablet-1".into());
    app::meeting_record(&mut f.store, &c, &m).unwrap();
    app::meeting_record(&mut f.store, &c, &meeting("2025-04-13", vec![row("1", "present", "50")])).unwrap();
    drop(std::mem::replace(&mut f.store, Store::open_in_memory().unwrap()));
    // The book as an earlier version left it: no records chain, schema version 6, and the retry
    // log as it was before migration 0008 (keyed by the client id alone).
    outside_edit(
        &f.path,
        &
        format!("DROP TABLE record_hash; DROP TABLE year_reopen; DROP TABLE year_close; DROP TABLE share_price; {FEDERATION_GONE}
         CREATE TABLE command_log_old (client_id TEXT PRIMARY KEY, command TEXT NOT NULL, result TEXT NOT NULL, recorded_at TEXT NOT NULL, digest TEXT) STRICT;
         INSERT INTO command_log_old SELECT client_id, command, result, recorded_at, digest FROM command_log;
         DROP TABLE command_log;
         ALTER TABLE command_log_old RENAME TO command_log;
         PRAGMA user_version = 6;"),
    );
    let raw = rusqlite::Connection::open(&f.path).unwrap();
    let hashes: Vec<String> = raw.prepare("SELECT hash FROM voucher WHERE org_id = 1 ORDER BY id").unwrap().query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap();
    drop(raw);
    // What the previous version printed: the code over the vouchers alone.
    let old = |n: usize| samuh::domain::ledger::book_code(1, n as i64, &hashes[n - 1]);
    let (printed_head, printed_earlier) = (old(hashes.len()), old(hashes.len() - 1));

    f.store = Store::open(&f.path).unwrap();
    let raw = rusqlite::Connection::open(&f.path).unwrap();
    let count = |c: &rusqlite::Connection| ids(c, "SELECT count(*) FROM record_hash WHERE origin = 'upgrade'")[0];
    // One hash per organisation, account, member, by-law version and loan's guarantors; three
    // per meeting (the meeting, its attendance, its minutes); two per loan (terms, guarantors).
    let rows = |t: &str| ids(&raw, &format!("SELECT count(*) FROM {t}"))[0];
    assert_eq!(rows("member"), 6);
    assert_eq!(rows("meeting"), 2);
    // And (migration 0008) each opening cut-off, passbook print run and retry-log entry.
    let openings = ids(&raw, "SELECT count(*) FROM book WHERE key LIKE 'opening:%'")[0];
    assert_eq!(openings, 1);
    assert_eq!(rows("command_log"), 1, "the retry log is carried over by migration 0008");
    assert_eq!(ids(&raw, "SELECT id FROM command_log WHERE client_id = 'tablet-1'"), vec![1]);
    assert!(app::meeting_record(&mut f.store, &c, &m).unwrap().already_recorded, "a retry after the upgrade still answers the save");
    let expected = rows("organisation") + rows("account") + rows("member") + rows("policy") + 3 * rows("meeting") + 2 * rows("loan")
        + openings + rows("passbook_print") + rows("command_log");
    assert_eq!(count(&raw), expected);
    assert_eq!(ids(&raw, "SELECT count(*) FROM record_hash WHERE origin = 'save'")[0], 0);
    assert!(app::check_book(&f.store, None).unwrap().ok());
    assert_eq!(app::verify_code(&f.store, "shg", &printed_head).unwrap().status, CodeStatus::MatchesHead);
    assert_eq!(app::verify_code(&f.store, "shg", &printed_earlier).unwrap().status, CodeStatus::MatchesEarlier);
    assert_eq!(code_now(&f.store), printed_head, "until the next save the code is the one printed last");

    // Hashed once: a second opening adds nothing.
    drop(std::mem::replace(&mut f.store, Store::open(&f.path).unwrap()));
    let n = ids(&raw, "SELECT count(*) FROM record_hash")[0];
    assert_eq!(n, count(&raw));

    // The next save covers the records: a new code, and the old ones are earlier codes.
    let saved = app::meeting_record(&mut f.store, &c, &meeting("2025-04-20", vec![row("1", "present", "50")])).unwrap();
    assert_ne!(saved.book_code, samuh::domain::ledger::book_code(1, hashes.len() as i64 + 1, &saved.hash));
    assert_eq!(app::verify_code(&f.store, "shg", &saved.book_code).unwrap().status, CodeStatus::MatchesHead);
    let m = app::verify_code(&f.store, "shg", &printed_head).unwrap();
    assert_eq!((m.status, m.later), (CodeStatus::MatchesEarlier, 1));

    // And a change to a record hashed at the upgrade is found.
    drop(std::mem::replace(&mut f.store, Store::open_in_memory().unwrap()));
    outside_edit(&f.path, "UPDATE loan SET rate = '5' WHERE number = 1");
    let store = Store::open(&f.path).unwrap();
    let r = app::check_book(&store, None).unwrap();
    assert!(r.findings.iter().any(|x| x.id == "finding-record-changed-loan"), "{:?}", r.findings);
    assert_eq!(app::verify_code(&store, "shg", &saved.book_code).unwrap().status, CodeStatus::RecordsChanged);
}

/// Issue 14: the share prices, the closes of years and their reopenings join the records
/// chain; an outside change to any of them is named by the check.
#[test]
fn an_outside_change_to_a_share_price_or_a_close_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("coop.samuh");
    let mut store = Store::open_or_create(&path).unwrap();
    let c = ctx("2024-07-01");
    let s = |v: &str| Some(v.to_string());
    app::org_add(&mut store, &c, &app::OrgInput { code: "coop".into(), name: "Coop".into(), kind: "cooperative".into(), country: "bd".into(), meeting_frequency: "monthly".into(), formed_on: "2024-07-01".into(), ..Default::default() }).unwrap();
    app::member_add(&mut store, &c, &app::MemberInput { org: "coop".into(), admission_no: "1".into(), name: "Rahima".into(), joined_on: "2024-07-01".into(), ..Default::default() }).unwrap();
    app::policy_set(&mut store, &c, &app::PolicyInput { org: "coop".into(), effective_from: "2024-07-01".into(), interest_rate: s("12"), rate_period: s("year"), ..Default::default() }).unwrap();
    app::share_price_set(&mut store, &c, &app::SharePriceInput { org: "coop".into(), from: "2024-07-01".into(), price: "100".into(), client_id: None }).unwrap();
    app::opening_record(&mut store, &c, &app::OpeningInput { org: "coop".into(), date: "2024-07-01".into(), cash: s("1000"), savings: vec![app::OpeningSavingsInput { member: "1".into(), savings: "0".into(), shares: s("10") }], ..Default::default() }).unwrap();
    let m = app::MeetingInput { org: "coop".into(), date: "2024-12-01".into(), group: vec![app::GroupLineInput { kind: "other-income".into(), amount: "500".into(), ..Default::default() }], ..Default::default() };
    app::meeting_record(&mut store, &ctx("2024-12-01"), &m).unwrap();
    let today = ctx("2025-07-15");
    app::year_close(&mut store, &today, &app::YearInput { org: "coop".into(), year: "2024".into(), ..Default::default() }).unwrap();
    app::year_reopen(&mut store, &today, &app::YearReopenInput { org: "coop".into(), year: "2024".into(), reason: "recount".into(), client_id: None }).unwrap();
    app::year_audit(&mut store, &today, &app::YearAuditInput { org: "coop".into(), year: "2024".into(), auditor: "Karim".into(), ..Default::default() }).unwrap();
    assert!(app::check_book(&store, None).unwrap().ok());
    drop(store);
    let work = dir.path().join("work.samuh");
    let mutations: [(&str, &str, &[(&str, &str)]); 8] = [
        ("UPDATE share_price SET price_minor = 5000", "finding-record-changed-share-price", &[("date", "2024-07-01")]),
        ("UPDATE year_close SET vouchers = ''", "finding-record-changed-year-close", &[("year", "2024")]),
        ("UPDATE year_reopen SET reason = 'none'", "finding-record-changed-year-reopen", &[("year", "2024")]),
        ("DELETE FROM year_reopen", "finding-record-deleted", &[("kind", "year-reopen")]),
        // The auditor's sign-off (issue 14): who audited cannot be changed unseen.
        ("UPDATE year_audit SET auditor = 'Someone else'", "finding-record-changed-year-audit", &[("year", "2024")]),
        ("DELETE FROM year_audit", "finding-record-deleted", &[("kind", "year-audit")]),
        // The statements the close kept (issue 14): printed as kept, so they must not change.
        ("UPDATE year_snapshot SET body = replace(body, '\"income-expenditure\"', '\"income-expenditure \"') WHERE report = 'income-expenditure'", "finding-record-changed-year-snapshot", &[("year", "2024")]),
        ("DELETE FROM year_snapshot WHERE report = 'balance-sheet'", "finding-record-deleted", &[("kind", "year-snapshot")]),
    ];
    for (sql, id, args) in mutations {
        copy_book(&path, &work);
        outside_edit(&work, sql);
        let store = Store::open(&work).unwrap();
        let r = app::check_book(&store, None).unwrap();
        let named = r.findings.iter().any(|x| x.check == "records" && x.id == id && args.iter().all(|(k, v)| x.args.iter().any(|(ak, av)| ak == k && av == v)));
        assert!(named, "{sql}: expected {id} {args:?}, found {:?}", r.findings);
        for lang in samuh::i18n::Lang::ALL {
            for x in &r.findings {
                let a: Vec<(&str, samuh::error::Arg)> = x.args.iter().map(|(k, v)| (k.as_str(), samuh::error::Arg::Text(v.clone()))).collect();
                let text = samuh::i18n::Localizer::new(samuh::i18n::Locale::new(*lang)).msg(x.id, &a);
                assert!(!text.contains("finding-") && !text.contains('{'), "{lang:?}: {text}");
            }
        }
    }
}

/// Issue 14: a VSLA group's cycles and share-outs join the records chain; an outside change to
/// either is named by the check.
#[test]
fn an_outside_change_to_a_vsla_cycle_or_share_out_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vsla.samuh");
    let mut store = Store::open_or_create(&path).unwrap();
    let c = ctx("2025-01-06");
    let s = |v: &str| Some(v.to_string());
    app::org_add(&mut store, &c, &app::OrgInput { code: "v1".into(), name: "VSLA".into(), kind: "vsla".into(), country: "in".into(), meeting_frequency: "monthly".into(), formed_on: "2025-01-06".into(), ..Default::default() }).unwrap();
    app::member_add(&mut store, &c, &app::MemberInput { org: "v1".into(), admission_no: "1".into(), name: "Asha".into(), joined_on: "2025-01-06".into(), ..Default::default() }).unwrap();
    app::policy_set(&mut store, &c, &app::PolicyInput { org: "v1".into(), effective_from: "2025-01-06".into(), interest_rate: s("10"), rate_period: s("month"), ..Default::default() }).unwrap();
    app::vsla_cycle_open(&mut store, &c, &app::CycleInput { org: "v1".into(), start: "2025-01-06".into(), share_price: "5".into(), social_fund: s("1"), ..Default::default() }).unwrap();
    let row = app::MeetingMemberRow { member: "1".into(), attendance: "present".into(), shares: s("5"), social_fund: s("1"), ..Default::default() };
    app::meeting_record(&mut store, &c, &app::MeetingInput { org: "v1".into(), date: "2025-01-06".into(), members: vec![row], ..Default::default() }).unwrap();
    app::vsla_share_out(&mut store, &ctx("2026-01-10"), &app::ShareOutInput { org: "v1".into(), date: "2026-01-05".into(), client_id: None }).unwrap();
    assert!(app::check_book(&store, None).unwrap().ok());
    drop(store);
    let work = dir.path().join("work.samuh");
    let mutations: [(&str, &str, &[(&str, &str)]); 4] = [
        ("UPDATE vsla_cycle SET share_price_minor = 1000", "finding-record-changed-vsla-cycle", &[("cycle", "1")]),
        ("UPDATE vsla_cycle SET loans_at_share_out = 'refuse'", "finding-record-changed-vsla-cycle", &[("cycle", "1")]),
        ("UPDATE vsla_share_out SET residual_minor = 7", "finding-record-changed-vsla-share-out", &[("cycle", "1")]),
        ("DELETE FROM vsla_share_out", "finding-record-deleted", &[("kind", "vsla-share-out")]),
    ];
    for (sql, id, args) in mutations {
        copy_book(&path, &work);
        outside_edit(&work, sql);
        let store = Store::open(&work).unwrap();
        let r = app::check_book(&store, None).unwrap();
        let named = r.findings.iter().any(|x| x.check == "records" && x.id == id && args.iter().all(|(k, v)| x.args.iter().any(|(ak, av)| ak == k && av == v)));
        assert!(named, "{sql}: expected {id} {args:?}, found {:?}", r.findings);
        for lang in samuh::i18n::Lang::ALL {
            for x in &r.findings {
                let a: Vec<(&str, samuh::error::Arg)> = x.args.iter().map(|(k, v)| (k.as_str(), samuh::error::Arg::Text(v.clone()))).collect();
                let text = samuh::i18n::Localizer::new(samuh::i18n::Locale::new(*lang)).msg(x.id, &a);
                assert!(!text.contains("finding-") && !text.contains('{'), "{lang:?}: {text}");
            }
        }
    }
}
