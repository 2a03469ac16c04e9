//! The fund centre's households (issue 16, seed 003): two village funds kept in one book each
//! record the same household's number on their borrowers and send bundles; the fund centre
//! imports both and sees the household's debts in both funds, a plan that repays them by one
//! schedule at the centre's 6 %, and the date the household became debt-free. Every figure is
//! worked out by hand here; every refusal leaves the book unchanged.

mod common;

use common::{ctx, d, dump};
use samuh::app::{self, BundleImportInput, BundleWriteInput, DisburseInput, HouseholdSetInput, HouseholdTargetInput, LoanInput, PolicyInput, RepayInput};
use samuh::domain::money::Money;
use samuh::reports::{Cell, Report};
use samuh::store::Store;
use std::path::Path;

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

fn baht(units: i64) -> Cell {
    Cell::Money(Money::units(units))
}

/// A Thai village fund formed 2025-01-05 with three members; by-laws: 6 % a year, bullet loans
/// (the village fund's default), whole baht, no guarantors; 100,000 baht of capital at the
/// opening on 2025-04-01.
fn village_fund(store: &mut Store, code: &str) {
    let c = ctx("2025-09-30");
    app::org_add(store, &c, &app::OrgInput {
        code: code.into(),
        name: format!("กองทุนหมู่บ้าน {code}"),
        kind: "village-fund".into(),
        country: "th".into(),
        meeting_frequency: "monthly".into(),
        formed_on: "2025-01-05".into(),
        place: "น่าน".into(),
        ..Default::default()
    })
    .unwrap();
    for (no, name) in [(1, "สมศรี"), (2, "บุญมา"), (3, "คำปุน")] {
        app::member_add(store, &c, &app::MemberInput { org: code.into(), admission_no: no.to_string(), name: name.into(), joined_on: "2025-01-05".into(), ..Default::default() }).unwrap();
    }
    app::policy_set(store, &c, &PolicyInput {
        org: code.into(),
        effective_from: "2025-01-05".into(),
        interest_rate: s("6"),
        rate_period: s("year"),
        guarantors_required: s("0"),
        ..Default::default()
    })
    .unwrap();
    app::opening_record(store, &c, &app::OpeningInput { org: code.into(), date: "2025-04-01".into(), cash: s("60000"), bank: s("40000"), fund_capital: s("100000"), surplus: s("0"), ..Default::default() }).unwrap();
}

fn set_household(store: &mut Store, org: &str, member: &str, key: &str) -> samuh::Result<i64> {
    app::household_set(store, &ctx("2025-09-30"), &HouseholdSetInput { org: org.into(), member: member.into(), household: key.into(), date: "2025-04-20".into(), ..Default::default() })
}

fn lend(store: &mut Store, org: &str, date: &str, member: &str, amount: &str) {
    let loan = LoanInput { member: member.into(), amount: amount.into(), fund: s("village-fund-capital"), ..Default::default() };
    app::loan_disburse(store, &ctx("2025-09-30"), &DisburseInput { org: org.into(), date: date.into(), loan, client_id: None }).unwrap();
}

fn repay(store: &mut Store, org: &str, date: &str, member: &str, amount: &str) {
    app::loan_repay(store, &ctx("2025-09-30"), &RepayInput { org: org.into(), date: date.into(), member: member.into(), loan: None, amount: amount.into(), client_id: None }).unwrap();
}

fn write_bundle(store: &mut Store, org: &str, today: &str, out: &Path, since_last: bool, no_names: bool) {
    app::bundle_write(store, &ctx(today), &BundleWriteInput { org: org.into(), out: out.display().to_string(), since_last, no_names }).unwrap();
}

/// The fund centre of seed 003 (Nan): its by-laws lend at 6 % a year over 12 monthly
/// instalments, in whole baht.
fn centre(path: &Path) -> Store {
    let mut book = Store::open_or_create(path).unwrap();
    let c = ctx("2025-09-30");
    app::org_add(&mut book, &c, &app::OrgInput {
        code: "centre".into(),
        name: "ศูนย์จัดการกองทุนชุมชนบ้านบัวชัย".into(),
        kind: "fund-centre".into(),
        country: "th".into(),
        meeting_frequency: "monthly".into(),
        formed_on: "2024-01-01".into(),
        ..Default::default()
    })
    .unwrap();
    app::policy_set(&mut book, &c, &PolicyInput {
        org: "centre".into(),
        effective_from: "2024-01-01".into(),
        interest_rate: s("6"),
        rate_period: s("year"),
        interest_method: s("reducing-emi"),
        repayment_frequency: s("monthly"),
        default_instalments: s("12"),
        ..Default::default()
    })
    .unwrap();
    book
}

fn import(store: &mut Store, files: &[&Path]) {
    let input = BundleImportInput { org: "centre".into(), files: files.iter().map(|f| f.display().to_string()).collect(), register: true };
    app::bundle_import(store, &ctx("2025-09-30"), &input).unwrap();
}

fn report(store: &Store, name: &str, household: Option<&str>, to: &str) -> samuh::Result<Report> {
    app::report(store, &ctx("2025-09-30"), &app::ReportParams { org: "centre".into(), name: name.into(), member: household.map(String::from), from: None, to: s(to), ..Default::default() })
}

fn rows(r: &Report, section: usize) -> Vec<Vec<Cell>> {
    r.sections[section].rows.clone()
}

/// The funds' book ("vfa" and "vfb") and the centre's, after the first bundles: household
/// 5501-012345 borrowed 6,000 from fund A (member 1) and 4,000 from fund B (member 2), both on
/// 2025-05-01; member 3 of fund A (household 77/1) borrowed 2,000; member 3 of fund B, with no
/// household number, borrowed 3,000.
struct Setting {
    dir: tempfile::TempDir,
    funds: Store,
    centre: Store,
    centre_path: std::path::PathBuf,
}

fn setting() -> Setting {
    let dir = tempfile::tempdir().unwrap();
    let mut funds = Store::open_or_create(&dir.path().join("funds.samuh")).unwrap();
    village_fund(&mut funds, "vfa");
    village_fund(&mut funds, "vfb");
    // The same house, written as each fund writes it: with hyphens, and in Thai digits.
    set_household(&mut funds, "vfa", "1", "5501-012345").unwrap();
    set_household(&mut funds, "vfb", "2", "๕๕๐๑ ๐๑๒๓๔๕").unwrap();
    set_household(&mut funds, "vfa", "3", "77/1").unwrap();
    lend(&mut funds, "vfa", "2025-05-01", "1", "6000");
    lend(&mut funds, "vfa", "2025-05-01", "3", "2000");
    lend(&mut funds, "vfb", "2025-05-01", "2", "4000");
    lend(&mut funds, "vfb", "2025-05-01", "3", "3000");
    let (a, b) = (dir.path().join("vfa-1.bundle"), dir.path().join("vfb-1.bundle"));
    // Fund B sends no names: the household number still travels (it names a house, and the
    // centre cannot act without it).
    write_bundle(&mut funds, "vfa", "2025-05-01", &a, false, false);
    write_bundle(&mut funds, "vfb", "2025-05-01", &b, false, true);
    let centre_path = dir.path().join("centre.samuh");
    let mut c = centre(&centre_path);
    import(&mut c, &[&a, &b]);
    Setting { dir, funds, centre: c, centre_path }
}

#[test]
fn household_keys_are_normalised_and_bad_ones_refused() {
    // Spaces, hyphens and dots go; Thai, Devanagari and Bengali digits become 0-9; '/' stays.
    assert_eq!(app::household_key(" 5501-0123 45 ").unwrap(), "5501012345");
    assert_eq!(app::household_key("๕๕๐๑๐๑๒๓๔๕").unwrap(), "5501012345");
    assert_eq!(app::household_key("१२/३").unwrap(), "12/3");
    assert_eq!(app::household_key("ম ৪").unwrap(), "ম4");
    assert_eq!(app::household_key("nan-4").unwrap(), "NAN4");
    for bad in ["", " - ", "12;3", &"1".repeat(33)] {
        assert_eq!(app::household_key(bad).unwrap_err().code(), "error-household-key-invalid", "{bad:?}");
    }
    // A control or text-direction character is named, not echoed back into the message.
    assert_eq!(app::household_key("a\u{0007}").unwrap_err().code(), "error-control-character");
    assert_eq!(app::household_key("\u{202e}12").unwrap_err().code(), "error-bidi-character");

    // Refused in the member register: the book unchanged.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("funds.samuh");
    let mut funds = Store::open_or_create(&path).unwrap();
    village_fund(&mut funds, "vfa");
    let before = dump(&path);
    assert_eq!(set_household(&mut funds, "vfa", "1", "12;3").unwrap_err().code(), "error-household-key-invalid");
    assert_eq!(set_household(&mut funds, "vfa", "9", "123").unwrap_err().code(), "error-unknown-member");
    assert_eq!(dump(&path), before);
}

#[test]
fn a_households_debts_across_both_funds() {
    let st = setting();
    // On 2025-05-31: the first bundles date from 2025-05-01, the day of the loans, so no interest
    // was due yet (a bullet loan accrues from its disbursement: 0 months, 0 days).
    let r = report(&st.centre, "household-debts", None, "2025-05-31").unwrap();
    let got = rows(&r, 0);
    let loan = |g: &str, m: &str, no: i64, out: i64| vec![Cell::text("5501012345"), Cell::text(g), Cell::text(m), Cell::Count(no), Cell::msg("fund-village-fund-capital"), baht(out), baht(0), baht(0), Cell::Count(0), baht(out)];
    let h1_total = |out: i64| vec![Cell::text("5501012345"), got[2][1].clone(), Cell::Empty, Cell::Empty, Cell::Empty, baht(out), baht(0), baht(0), Cell::Empty, baht(out)];
    // Household 5501012345: 6,000 in fund A (its loan 1) + 4,000 in fund B (its loan 1) = 10,000.
    assert_eq!(got[0], loan("vfa", "1", 1, 6000));
    assert_eq!(got[1], loan("vfb", "2", 1, 4000));
    assert_eq!(got[2], h1_total(10_000));
    assert!(matches!(&got[2][1], Cell::Msg(m) if m.id == "row-household-total"));
    // Household 77/1: member 3 of fund A, loan 2 of 2,000. Member 3 of fund B has no household
    // number and is in no household's debts.
    assert_eq!(got[3][0], Cell::text("77/1"));
    assert_eq!(got[3][5], baht(2000));
    assert_eq!(got.len(), 5);
    // All households: 10,000 + 2,000 = 12,000.
    assert_eq!(r.sections[0].totals.as_ref().unwrap()[5], baht(12_000));

    // One household chosen by its key, written any way.
    let one = report(&st.centre, "household-debts", Some("5501 012345"), "2025-05-31").unwrap();
    assert_eq!(rows(&one, 0).len(), 3);
    assert_eq!(one.sections[0].totals.as_ref().unwrap()[5], baht(10_000));
    // A household no imported fund knows, and a key that is no key.
    assert_eq!(report(&st.centre, "household-debts", Some("999"), "2025-05-31").unwrap_err().code(), "error-household-unknown");
    assert_eq!(report(&st.centre, "household-debts", Some("9;9"), "2025-05-31").unwrap_err().code(), "error-household-key-invalid");
    drop(st.dir);
}

#[test]
fn the_restructuring_plan_repays_every_fund_by_one_schedule_at_the_centres_rate() {
    let st = setting();
    let r = report(&st.centre, "restructuring-plan", Some("5501012345"), "2025-05-31").unwrap();
    // Owed: 6,000 (fund A) + 4,000 (fund B) = 10,000, repaid in 12 monthly equal instalments at
    // 6 % a year: r = 0.06 / 12 = 0.005 a month;
    //   EMI = 10,000 × 0.005 / (1 − 1.005^−12) = 50 / (1 − 0.941905…) = 50 / 0.0580947… = 860.664…
    // rounded to whole baht (the centre's by-laws): 861.
    // Instalment 1 (due 2025-06-30): interest 10,000 × 0.005 = 50; principal 861 − 50 = 811;
    // balance 10,000 − 811 = 9,189.
    let plan = rows(&r, 0);
    assert_eq!(plan.len(), 12);
    assert_eq!(plan[0], vec![Cell::Count(1), Cell::Date(d("2025-06-30")), baht(861), baht(811), baht(50), baht(9189)]);
    // Instalment 2: the loan domain rounds the instalment to the by-laws' unit and the interest
    // to the satang: interest 9,189 × 0.005 = 45.945 → 45.95; principal 861 − 45.95 = 815.05;
    // balance 9,189 − 815.05 = 8,373.95.
    let satang = |minor: i64| Cell::Money(Money::from_minor(minor));
    assert_eq!(plan[1], vec![Cell::Count(2), Cell::Date(d("2025-07-31")), baht(861), satang(81_505), satang(4_595), satang(837_395)]);
    let totals = r.sections[0].totals.as_ref().unwrap();
    assert_eq!(totals[3], baht(10_000), "the plan repays exactly what is owed");

    // The split: fund A is owed 6,000 of 10,000 (60 %), fund B 4,000 (40 %). Fund B's part of
    // instalment 1, in whole satang rounded down: principal ⌊81,100 × 0.4⌋ = 32,440 satang
    // (324.40), interest ⌊5,000 × 0.4⌋ = 2,000 (20.00): 344.40; fund A (owed the most) takes
    // the rest: 811 − 324.40 = 486.60 and 50 − 20 = 30: 516.60.
    let split = rows(&r, 1);
    assert_eq!(split[0][0], Cell::text("vfa"));
    assert_eq!(split[0][4], baht(6000));
    assert_eq!(split[0][6], satang(51_660));
    assert_eq!(split[1][0], Cell::text("vfb"));
    assert_eq!(split[1][6], satang(34_440));
    // Over the whole plan each fund gets back exactly its principal.
    assert_eq!(split[0][7], baht(6000));
    assert_eq!(split[1][7], baht(4000));
    // And every instalment's parts add up to the instalment: 12 instalments × 2 funds.
    let each = rows(&r, 2);
    assert_eq!(each.len(), 24);
    assert_eq!(each[0][6], satang(51_660));
    assert_eq!(each[1][6], satang(34_440));
    // Fund A's part of the interest over the plan is the plan's interest less fund B's share.
    let interest = |c: &Cell| match c { Cell::Money(m) => *m, _ => panic!() };
    assert_eq!(interest(&split[0][8]) + interest(&split[1][8]), interest(&totals[4]));
}

#[test]
fn target_households_and_the_day_each_became_debt_free() {
    let mut st = setting();
    let c = ctx("2025-09-30");
    let target = |store: &mut Store, key: &str, date: &str| {
        app::household_target(store, &c, &HouseholdTargetInput { org: "centre".into(), household: key.into(), date: date.into(), note: "จักสาน".into(), client_id: None })
    };
    target(&mut st.centre, "5501-012345", "2025-06-01").unwrap();
    target(&mut st.centre, "77/1", "2025-06-01").unwrap();

    // Refusals leave the centre's book unchanged.
    let before = dump(&st.centre_path);
    assert_eq!(target(&mut st.centre, "999", "2025-06-02").unwrap_err().code(), "error-household-unknown");
    assert_eq!(target(&mut st.centre, "--", "2025-06-02").unwrap_err().code(), "error-household-key-invalid");
    assert_eq!(target(&mut st.centre, "๕๕๐๑-๐๑๒๓๔๕", "2025-06-02").unwrap_err().code(), "error-household-already-target");
    assert_eq!(dump(&st.centre_path), before);

    // Household 5501012345 repays fund B on 2025-06-15: bullet interest on 4,000 at 6 % for
    // 1 month and 14 days = 4,000 × 6 % × (1/12 + 14/365) = 4,000 × 6 × (365 + 14 × 12) / 438,000
    // = 12,792,000 / 438,000 = 29.205… → 29; so 4,029 clears it.
    repay(&mut st.funds, "vfb", "2025-06-15", "2", "4029");
    // And fund A on 2025-07-10: 2 months and 9 days on 6,000 = 6,000 × 6 × (2 × 365 + 9 × 12) /
    // 438,000 = 30,168,000 / 438,000 = 68.876… → 69; so 6,069.
    repay(&mut st.funds, "vfa", "2025-07-10", "1", "6069");
    let (a, b) = (st.dir.path().join("vfa-2.bundle"), st.dir.path().join("vfb-2.bundle"));
    write_bundle(&mut st.funds, "vfa", "2025-07-31", &a, true, false);
    write_bundle(&mut st.funds, "vfb", "2025-07-31", &b, true, true);
    import(&mut st.centre, &[&a, &b]);

    // On 2025-06-30 it still owed fund A 6,000 (fund B repaid): not debt-free.
    let r = report(&st.centre, "target-households", None, "2025-06-30").unwrap();
    let got = rows(&r, 0);
    assert_eq!(got[0][0], Cell::text("5501012345"));
    assert_eq!(got[0][1], Cell::Date(d("2025-06-01")));
    assert_eq!(got[0][2], Cell::Count(2));
    assert_eq!(got[0][4], Cell::Empty);
    assert_eq!(got[0][5], Cell::msg("household-owes"));
    // On 2025-07-31: both loans at zero since fund A's repayment on 2025-07-10.
    let r = report(&st.centre, "target-households", None, "2025-07-31").unwrap();
    let got = rows(&r, 0);
    assert_eq!(got[0][3], baht(0));
    assert_eq!(got[0][4], Cell::Date(d("2025-07-10")));
    assert_eq!(got[0][5], Cell::msg("household-debt-free"));
    // Household 77/1 still owes fund A its 2,000.
    assert_eq!(got[1][0], Cell::text("77/1"));
    assert_eq!(got[1][5], Cell::msg("household-owes"));
    assert_eq!(got[1][6], Cell::text("จักสาน"));
    // Household debts no longer list the household that is free.
    let debts = report(&st.centre, "household-debts", None, "2025-07-31").unwrap();
    assert!(rows(&debts, 0).iter().all(|r| r[0] != Cell::text("5501012345")));
    // Fund A's second bundle dates from its last entry, 2025-07-10: household 77/1's bullet loan
    // of 2,000 from 2025-05-01 has accrued 2 months and 9 days of interest by then:
    // 2,000 × 6 × (2 × 365 + 9 × 12) / 438,000 = 10,056,000 / 438,000 = 22.958… → 23 (whole baht).
    let h = &rows(&debts, 0)[0];
    assert_eq!(h[0], Cell::text("77/1"));
    assert_eq!((h[5].clone(), h[6].clone(), h[9].clone()), (baht(2000), baht(23), baht(2023)));
}

#[test]
fn the_member_file_may_carry_each_members_household_number() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("funds.samuh");
    let mut funds = Store::open_or_create(&path).unwrap();
    village_fund(&mut funds, "vfa");
    let c = ctx("2025-09-30");
    // Under a Thai header; a file without a header keeps its six columns.
    let text = "เลขที่สมาชิก,ชื่อ,เลขที่ครัวเรือน\n๔,แก้ว,๕๕๐๑-๐๑๒๓๔๕\n5,คำ,\n6,ดี,12;3\n";
    let r = app::members_import_report(&mut funds, &c, "vfa", text, false).unwrap();
    assert_eq!(r.accepted.len(), 2);
    assert_eq!(r.accepted[0].household.as_deref(), Some("5501012345"));
    assert_eq!(r.accepted[1].household, None);
    assert_eq!(r.rejected[0].problems[0].column, "household");
    assert_eq!(r.rejected[0].problems[0].error.code(), "error-household-key-invalid");
    let org = funds.read().orgs().unwrap().into_iter().find(|o| o.code == "vfa").unwrap();
    let member4 = funds.read().member_by_no(org.id, "4").unwrap().unwrap();
    assert_eq!(funds.read().member_households(org.id).unwrap(), vec![(member4.id, "5501012345".to_string())]);
}

#[test]
fn a_plan_over_other_months_and_its_refusals() {
    let st = setting();
    let plan = |months: Option<&str>, household: &str| {
        app::household_plan(&st.centre, &ctx("2025-09-30"), &app::HouseholdPlanInput { org: "centre".into(), household: household.into(), months: months.map(String::from), to: s("2025-05-31") })
    };
    // 10,000 over 6 months at 0.5 % a month: EMI = 10,000 × 0.005 / (1 − 1.005^−6)
    // = 50 / (1 − 0.970518…) = 50 / 0.029482… = 1,695.95… → 1,696 (whole baht).
    let r = plan(Some("6"), "5501012345").unwrap();
    assert_eq!(r.sections[0].rows.len(), 6);
    assert_eq!(r.sections[0].rows[0][2], baht(1696));
    for bad in ["0", "121", "six"] {
        assert_eq!(plan(Some(bad), "5501012345").unwrap_err().code(), "error-household-plan-months", "{bad}");
    }
    assert_eq!(plan(None, "404").unwrap_err().code(), "error-household-unknown");
    // The report takes the centre's by-laws: 12 instalments.
    assert_eq!(plan(None, "5501012345").unwrap().sections[0].rows.len(), 12);
}

#[test]
fn the_command_line_follows_a_household_and_prints_its_plan() {
    let st = setting();
    let book = st.centre_path.clone();
    drop(st.centre);
    let out = common::cli(&book, "th", &["household", "target", "--org", "centre", "--household", "๕๕๐๑-๐๑๒๓๔๕", "--date", "2025-06-01"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let before = dump(&book);
    let out = common::cli(&book, "th", &["household", "target", "--org", "centre", "--household", "5501012345", "--date", "2025-06-02"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("ครัวเรือน") && !err.contains("followed"), "{err}");
    assert_eq!(dump(&book), before);
    let out = common::cli(&book, "en", &["household", "plan", "--org", "centre", "--household", "5501012345", "--months", "6", "--to", "2025-05-31", "--format", "json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = common::cli(&book, "en", &["report", "target-households", "--org", "centre", "--to", "2025-06-30"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && text.contains("5501012345") && text.contains("Still owes"), "{text}");
}

/// The Parquet export carries each member's household number (normalised, as the centre keys
/// it), empty where the fund recorded none: fund A's member 1 and fund B's member 2 are the same
/// house 5501012345 (typed with hyphens and in Thai digits), fund A's member 3 is 77/1, and the
/// three others have none — so an analyst can join a household's debts across funds.
#[test]
fn the_parquet_export_carries_the_household_number() {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::Field;
    let st = setting();
    let dir = st.dir.path().join("pq");
    let done = app::export_parquet(&st.centre, &app::ParquetExportInput { org: "centre".into(), to: dir.display().to_string() }).unwrap();
    // Both funds are in น่าน (a district; state and block unknown), members joined in 2025.
    let part = "members/state=unknown/district=น่าน/block=unknown/year=2025/part-0.parquet";
    assert!(done.files.contains(&part.to_string()), "{:?}", done.files);
    let r = SerializedFileReader::new(std::fs::File::open(dir.join(part)).unwrap()).unwrap();
    let mut got: Vec<(String, String, Option<String>)> = r
        .get_row_iter(None)
        .unwrap()
        .map(|row| {
            let row = row.unwrap();
            let cols: Vec<(String, Field)> = row.get_column_iter().map(|(n, v)| (n.clone(), v.clone())).collect();
            let get = |name: &str| cols.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone()).unwrap();
            let text = |f: Field| match f {
                Field::Str(s) => Some(s),
                Field::Null => None,
                other => panic!("not text: {other:?}"),
            };
            (text(get("group_code")).unwrap(), text(get("admission_no")).unwrap(), text(get("household")))
        })
        .collect();
    got.sort();
    let h = |s: &str| Some(s.to_string());
    assert_eq!(got, vec![
        ("vfa".into(), "1".into(), h("5501012345")),
        ("vfa".into(), "2".into(), None),
        ("vfa".into(), "3".into(), h("77/1")),
        ("vfb".into(), "1".into(), None),
        ("vfb".into(), "2".into(), h("5501012345")),
        ("vfb".into(), "3".into(), None),
    ]);
}
