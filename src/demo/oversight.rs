//! The demo's village organisation (issue 16): the VO of Kishanganj, which has imported the
//! bundles of its three SHGs (the demo SHG and the younger Belwa and Tulsia groups), and has lent
//! its community investment fund to the two younger ones, which repay it monthly — so that the
//! oversight screen (status board, roll-ups, CIF reconciliation, consolidated statements) has
//! groups to show. Above it, the cluster-level federation of Kishanganj has imported the VO's
//! bundle, which relays the three SHGs, and has lent the VO the CIF it lends on: the three
//! levels (SHG → VO → CLF) of seed 000. Each bundle key is made from a fixed phrase rather than
//! from the system's random numbers, so that two demo books stay byte-identical (a demo book's
//! key is public anyway: never sign a real group's bundle with it).

use crate::app::{
    bundle_import, bundle_write, cif_loan, loan_repay, meeting_record, org_add, policy_set, BundleImportInput, BundleWriteInput, CifLoanInput, Ctx, GroupLineInput, MeetingInput,
    OrgInput, PolicyInput, RepayInput,
};
use crate::domain::federation::public_of;
use crate::domain::ledger::{code, hex};
use crate::domain::money::Money;
use crate::error::Result;
use crate::i18n::Lang;
use crate::store::Store;
use chrono::{Days, NaiveDate};
use sha2::{Digest, Sha256};

pub(super) const VO: &str = "vo-kishanganj";
/// The cluster-level federation the VO sends its bundles to.
pub(super) const CLF: &str = "clf-kishanganj";
const GROUP: &str = "shg-kishanganj";
/// The SHGs of the VO, in the order their bundles are imported.
const GROUPS: [&str; 3] = [GROUP, "shg-belwa", "shg-tulsia"];
/// The VO's by-laws for CIF: 1 % a month flat, ten monthly instalments.
pub(super) const CIF_RATE_PERCENT: i64 = 1;
pub(super) const CIF_INSTALMENTS: u32 = 10;
/// The CIF the VO received (lent by the CLF), and what of it it keeps in cash to lend.
const CIF_RECEIVED: i64 = 1_00_000;
const CIF_CASH: i64 = 60_000;
/// The CIF the CLF received from the project a week before it lent the VO's.
const CLF_CIF_RECEIVED: i64 = 2_00_000;
/// The CLF's loan of CIF to the VO: 6 % a year, repaid in one sum after three years (36 months).
const CLF_CIF_RATE_PERCENT: i64 = 6;
const CLF_CIF_MONTHS: u32 = 36;


/// Adds the VO to the book holding the demo SHGs (built before it): each SHG writes its bundle
/// the day before `today`, and the VO imports them the same day, registering the groups. Then
/// the VO's side of the CIF the SHGs' books show: the fund received from the project a week
/// before its first loan, each loan on the day the group received it, each repayment on the day
/// the group paid it.
pub(super) fn build(store: &mut Store, today: NaiveDate) -> Result<()> {
    let Some(shg) = store.read().org_by_code(GROUP)? else { return Ok(()) };
    let day = today - Days::new(1);
    let ctx = |hh: u32| Ctx::new(day, &format!("{}T{hh:02}:00:00+05:30", super::ymd(day)), Lang::Hi);
    let formed = shg.formed_on.min(day);
    org_add(
        store,
        &ctx(9),
        &OrgInput {
            code: VO.into(),
            name: "किशनगंज ग्राम संगठन".into(),
            kind: "village-organisation".into(),
            country: "in".into(),
            lang: Some("hi".into()),
            meeting_frequency: "monthly".into(),
            formed_on: super::ymd(formed),
            place: shg.place.clone(),
            ..Default::default()
        },
    )?;
    let mut cif = Vec::new();
    for group in GROUPS {
        let Some(g) = store.read().org_by_code(group)? else { continue };
        send(store, &g, VO, &ctx(10), &ctx(11))?;
        cif.extend(cif_events(store, g.id, group)?);
    }
    let received = lend_cif(store, &ctx(12), cif)?;
    // The CLF, formed with the VO, imports the VO's bundle the same day: the VO's own books and,
    // relayed, its three SHGs'. Then its own side of the VO's CIF: the project's fund received
    // into its bank a week before, and the loan to the VO on the day the VO received it.
    let vo = store.read().org_by_code(VO)?.expect("just added");
    org_add(
        store,
        &ctx(13),
        &OrgInput {
            code: CLF.into(),
            name: "किशनगंज संकुल स्तरीय संघ".into(),
            kind: "cluster-federation".into(),
            country: "in".into(),
            lang: Some("hi".into()),
            meeting_frequency: "monthly".into(),
            formed_on: super::ymd(vo.formed_on),
            place: vo.place.clone(),
            ..Default::default()
        },
    )?;
    send(store, &vo, CLF, &ctx(14), &ctx(15))?;
    let Some(received) = received else { return Ok(()) };
    let clf = store.read().org_by_code(CLF)?.expect("just added");
    let terms = CifTerms { rate: CLF_CIF_RATE_PERCENT, period: "year", method: "bullet", instalments: CLF_CIF_MONTHS };
    receive_cif(store, &ctx(16), &clf, &terms, (received - Days::new(7)).max(clf.formed_on), CLF_CIF_RECEIVED, CIF_RECEIVED)?;
    cif_loan(store, &ctx(16), &CifLoanInput { org: CLF.into(), group: VO.into(), date: super::ymd(received), amount: CIF_RECEIVED.to_string(), purpose: "CIF".into(), ..Default::default() })?;
    Ok(())
}

/// `group` writes a bundle of everything with its demo key (made from a fixed phrase) and the
/// body `to` imports it, registering the group. The file travels as it would on a pen drive:
/// written, imported, then removed.
fn send(store: &mut Store, group: &crate::domain::org::Organisation, to: &str, written: &Ctx, imported: &Ctx) -> Result<()> {
    let code = &group.code;
    let secret: [u8; 32] = Sha256::digest(format!("samuh demo bundle key {code}").as_bytes()).into();
    store.write(|b| b.insert_bundle_key(group.id, &hex(&public_of(&secret)), &hex(&secret), &written.now))?;
    let file = std::env::temp_dir().join(format!("samuh-demo-{}-{:?}-{code}.bundle", std::process::id(), std::thread::current().id()).replace(['(', ')'], ""));
    let path = file.display().to_string();
    let done = bundle_write(store, written, &BundleWriteInput { org: code.clone(), out: path.clone(), since_last: false, no_names: false })
        .and_then(|_| bundle_import(store, imported, &BundleImportInput { org: to.into(), files: vec![path], register: true }));
    let _ = std::fs::remove_file(&file);
    done.map(|_| ())
}

/// What passed between a group and the VO, read from the group's book: (date, group, received,
/// repaid with interest). CIF received credits its CIF payable; a repayment debits it, with the
/// interest on the same voucher. Vouchers that were reversed, and their reversals, are left out.
fn cif_events(store: &Store, org_id: i64, group: &str) -> Result<Vec<(NaiveDate, String, Money, Money)>> {
    let b = store.read();
    let mut out = Vec::new();
    // A voucher entered wrongly and reversed, and its reversal, never passed between the books.
    let vouchers = b.vouchers(org_id, None, None)?;
    let reversed: std::collections::HashSet<i64> = vouchers.iter().filter_map(|v| v.reverses_id).collect();
    for v in vouchers.into_iter().filter(|v| v.reverses_id.is_none() && !reversed.contains(&v.id)) {
        let payable: Money = v.lines.iter().filter(|l| l.account == code::CIF_PAYABLE).map(|l| l.amount).sum();
        let interest: Money = v.lines.iter().filter(|l| l.account == code::CIF_INTEREST).map(|l| l.amount).sum();
        if payable.is_negative() {
            out.push((v.date, group.to_string(), -payable, Money::ZERO));
        } else if payable.is_positive() || interest.is_positive() {
            out.push((v.date, group.to_string(), Money::ZERO, payable + interest));
        }
    }
    Ok(out)
}

/// How a body lends its CIF: `rate` % a `period`, by `method`, over `instalments` months.
struct CifTerms {
    rate: i64,
    period: &'static str,
    method: &'static str,
    instalments: u32,
}

/// A lending body's by-laws for its CIF (no savings; its loans on `terms`) and the fund it
/// received on `on` from the level above, into its bank, `cash` of it drawn to lend.
fn receive_cif(store: &mut Store, ctx: &Ctx, org: &crate::domain::org::Organisation, terms: &CifTerms, on: NaiveDate, fund: i64, cash: i64) -> Result<()> {
    let s = |x: &str| Some(x.to_string());
    policy_set(store, ctx, &PolicyInput {
        org: org.code.clone(),
        effective_from: super::ymd(org.formed_on),
        saving_per_meeting: s("0"),
        interest_rate: s(&terms.rate.to_string()),
        rate_period: s(terms.period),
        interest_method: s(terms.method),
        repayment_frequency: s("monthly"),
        default_instalments: s(&terms.instalments.to_string()),
        rounding_unit: s("1"),
        ..Default::default()
    })?;
    meeting_record(store, ctx, &MeetingInput {
        org: org.code.clone(),
        date: super::ymd(on),
        client_id: Some(format!("demo:{}:cif-received", org.code)),
        group: vec![
            GroupLineInput { kind: "grant".into(), head: s("community-investment-fund"), amount: fund.to_string(), note: "JEEViKA CIF".into() },
            GroupLineInput { kind: "bank-withdrawal".into(), amount: cash.to_string(), ..Default::default() },
        ],
        ..Default::default()
    })?;
    Ok(())
}

/// The VO's own book of its CIF: its by-laws, the fund received (into the bank, part drawn in
/// cash), and, in date order, each loan to a group and each repayment from one. Answers the day
/// the fund was received (none when no group borrowed).
fn lend_cif(store: &mut Store, ctx: &Ctx, mut events: Vec<(NaiveDate, String, Money, Money)>) -> Result<Option<NaiveDate>> {
    events.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    let Some(first) = events.first().map(|e| e.0) else { return Ok(None) };
    let vo = store.read().org_by_code(VO)?.expect("just added");
    let received = (first - Days::new(7)).max(vo.formed_on);
    let terms = CifTerms { rate: CIF_RATE_PERCENT, period: "month", method: "flat", instalments: CIF_INSTALMENTS };
    receive_cif(store, ctx, &vo, &terms, received, CIF_RECEIVED, CIF_CASH)?;
    for (k, (date, group, lent, repaid)) in events.iter().enumerate() {
        let client_id = Some(format!("demo:{VO}:cif:{k}"));
        if lent.is_positive() {
            cif_loan(store, ctx, &CifLoanInput { org: VO.into(), group: group.clone(), date: super::ymd(*date), amount: lent.to_plain(), purpose: "CIF".into(), ..Default::default() })?;
        } else {
            loan_repay(store, ctx, &RepayInput { org: VO.into(), date: super::ymd(*date), member: group.clone(), loan: None, amount: repaid.to_plain(), client_id })?;
        }
    }
    Ok(Some(received))
}
