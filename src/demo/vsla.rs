//! The demo's VSLA group (issue 14): सखी बचत समूह of a village near Dumka, Jharkhand, run the
//! VSLA way. Twenty members meet monthly; each buys 1 to 5 shares of ₹50 and pays ₹10 to the
//! social fund at every meeting; loans of ₹600 or ₹1,200 carry a 5 % a month flat service charge
//! and are repaid in three months. The first cycle (twelve meetings) has ended and been shared
//! out with every loan repaid; the second is open with three meetings and one loan running.
//! Everything is derived from `today` by calendar arithmetic, so two runs are identical.

use crate::app::{self, Ctx, CycleInput, LoanInput, MeetingInput, MeetingMemberRow, MemberInput, OrgInput, PolicyInput, ShareOutInput};
use crate::error::Result;
use crate::i18n::Lang;
use crate::store::Store;
use chrono::{Datelike, Days, Months, NaiveDate};

const CODE: &str = "vsla-dumka";

const NAMES: &[&str] = &[
    "मालती मुर्मू", "सोनामुनी हेम्ब्रम", "पार्वती टुडू", "सुशीला मरांडी", "बसंती सोरेन", "फूलमनी किस्कू",
    "सरिता देवी", "लखी बास्के", "चांदमनी हांसदा", "रानी मुर्मू", "सुमित्रा टुडू", "मंगली सोरेन",
    "बिटिया देवी", "सालो मरांडी", "जोबा हेम्ब्रम", "दुलारी किस्कू", "सीता देवी", "बाहामुनी बास्के",
    "रीता हांसदा", "सोमवारी मुर्मू",
];

fn ctx(d: NaiveDate, hh: u32) -> Ctx {
    Ctx::new(d, &format!("{}T{hh:02}:00:00+05:30", super::ymd(d)), Lang::Hi)
}

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

/// Shares bought by member `i` (1-based) at meeting `k` of a cycle: 1 to 5, spread so the
/// members hold different numbers at the share-out.
fn shares(i: usize, k: usize) -> usize {
    1 + (i * 7 + k * 3) % 5
}

/// The loans of the first cycle: (meeting, member, principal). Each is repaid at the next three
/// meetings, so every one is repaid by the last meeting (the 12th, k = 11).
const LOANS: &[(usize, usize, i64)] = &[
    (1, 3, 1200), (1, 8, 600), (2, 12, 1200), (3, 1, 600), (3, 17, 1200), (4, 5, 1200),
    (5, 14, 600), (6, 9, 1200), (6, 20, 600), (7, 2, 1200), (8, 11, 600), (8, 16, 1200),
];

/// One instalment of a loan of `principal` over three months at 5 % a month flat: a third of
/// the principal plus 5 % of it.
fn instalment(principal: i64) -> i64 {
    principal / 3 + principal * 5 / 100
}

fn meeting(date: NaiveDate, k: usize, loans: &[(usize, usize, i64)]) -> MeetingInput {
    let members = (1..=NAMES.len())
        .map(|i| {
            // A loan given at meeting g is repaid at g+1, g+2 and g+3 (no member holds two
            // at once, so the repayment goes to her one running loan).
            let repaid = loans.iter().find(|(g, m, _)| *m == i && k > *g && k <= g + 3);
            MeetingMemberRow {
                member: format!("{i}"),
                attendance: "present".into(),
                shares: Some(shares(i, k).to_string()),
                social_fund: s("10"),
                repayment: repaid.map(|(_, _, p)| instalment(*p).to_string()),
                ..Default::default()
            }
        })
        .collect();
    let given = loans.iter().filter(|(g, ..)| *g == k).map(|(_, m, p)| LoanInput { member: m.to_string(), amount: p.to_string(), purpose: "बकरी पालन".into(), ..Default::default() }).collect();
    MeetingInput { org: CODE.into(), date: super::ymd(date), client_id: Some(format!("demo:{CODE}:{}", super::ymd(date))), members, loans: given, ..Default::default() }
}

fn cycle(start: NaiveDate) -> CycleInput {
    CycleInput {
        org: CODE.into(),
        start: super::ymd(start),
        end: None,
        share_price: "50".into(),
        social_fund: s("10"),
        service_charge: s("5"),
        loans: s("net"),
        client_id: Some(format!("demo:{CODE}:cycle:{}", super::ymd(start))),
    }
}

/// Records `count` monthly meetings of a cycle from `start`.
fn meetings(store: &mut Store, start: NaiveDate, count: usize, loans: &[(usize, usize, i64)]) -> Result<()> {
    for k in 0..count {
        let date = start + Months::new(k as u32);
        app::meeting_record(store, &ctx(date, 11), &meeting(date, k, loans))?;
    }
    Ok(())
}

/// Adds the group: formed on the 10th of the month fifteen months before `today`'s, its first
/// cycle of twelve monthly meetings shared out on the cycle's last day, the second cycle opened
/// the next day with three meetings (the last a month before `today`'s month).
pub(super) fn build(store: &mut Store, today: NaiveDate) -> Result<()> {
    let this_month = NaiveDate::from_ymd_opt(today.year(), today.month(), 10).expect("the 10th");
    let formed = this_month - Months::new(15);
    let c = ctx(formed, 10);
    app::org_add(store, &c, &OrgInput {
        code: CODE.into(),
        name: "सखी बचत समूह (VSLA), काठीकुंड".into(),
        kind: "vsla".into(),
        country: "in".into(),
        meeting_frequency: "monthly".into(),
        formed_on: super::ymd(formed),
        place: "गाँव आसनबनी, प्रखंड काठीकुंड, ज़िला दुमका, झारखंड".into(),
        ..Default::default()
    })?;
    for (k, name) in NAMES.iter().enumerate() {
        app::member_add(store, &c, &MemberInput {
            org: CODE.into(),
            admission_no: (k + 1).to_string(),
            name: (*name).into(),
            role: Some(match k { 0 => "president", 1 => "secretary", 2 => "treasurer", _ => "member" }.into()),
            joined_on: super::ymd(formed),
            ..Default::default()
        })?;
    }
    app::policy_set(store, &c, &PolicyInput {
        org: CODE.into(),
        effective_from: super::ymd(formed),
        saving_per_meeting: s("0"),
        interest_rate: s("5"),
        rate_period: s("month"),
        interest_method: s("flat"),
        repayment_frequency: s("monthly"),
        default_instalments: s("3"),
        rounding_unit: s("1"),
        rounding_mode: s("half-up"),
        ..Default::default()
    })?;
    app::vsla_cycle_open(store, &c, &cycle(formed))?;
    meetings(store, formed, 12, LOANS)?;
    // The cycle ends a year less a day after it began; the share-out is made that day.
    let end = formed + Months::new(12) - Days::new(1);
    app::vsla_share_out(store, &ctx(end, 15), &ShareOutInput { org: CODE.into(), date: super::ymd(end), client_id: Some(format!("demo:{CODE}:share-out:1")) })?;
    let next = formed + Months::new(12);
    app::vsla_cycle_open(store, &ctx(next, 10), &cycle(next))?;
    meetings(store, next, 3, &[(1, 6, 1200)])?;
    Ok(())
}
