//! Shared fixtures for integration tests: a small SHG book in a temp file, and a dump of every
//! table so a test can assert that a refused action changed nothing at all.
#![allow(dead_code)]

use chrono::NaiveDate;
use samuh::app::{self, Ctx};
use samuh::i18n::Lang;
use samuh::store::Store;
use std::path::PathBuf;

pub fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

pub fn ctx(today: &str) -> Ctx {
    Ctx::new(d(today), &format!("{today}T10:00:00"), Lang::En)
}

pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub path: PathBuf,
    pub store: Store,
    pub ctx: Ctx,
}

/// A weekly SHG formed 2025-01-05 with six members, by-laws (₹50 saving, 2 %/month flat,
/// cap ₹10,000 or 3× savings, 1 guarantor, no prepayment), opening balances at 2025-04-01.
pub fn shg() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.samuh");
    let mut store = Store::open(&path).unwrap();
    let ctx = ctx("2025-09-30");
    app::org_add(
        &mut store,
        &ctx,
        &app::OrgInput {
            code: "shg".into(),
            name: "जय माँ दुर्गा स्वयं सहायता समूह".into(),
            kind: "shg".into(),
            country: "in".into(),
            meeting_frequency: "weekly".into(),
            formed_on: "2025-01-05".into(),
            place: "Kishanganj".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let names = ["सुनीता देवी", "रुबी खातून", "गीता कुमारी", "नसरीन बेगम", "पूजा देवी", "रीना कुमारी"];
    for (i, n) in names.iter().enumerate() {
        app::member_add(
            &mut store,
            &ctx,
            &app::MemberInput {
                org: "shg".into(),
                admission_no: (i + 1).to_string(),
                name: n.to_string(),
                role: Some(if i == 0 { "president" } else { "member" }.into()),
                joined_on: "2025-01-05".into(),
                ..Default::default()
            },
        )
        .unwrap();
    }
    app::policy_set(
        &mut store,
        &ctx,
        &app::PolicyInput {
            org: "shg".into(),
            effective_from: "2025-01-05".into(),
            saving_per_meeting: Some("50".into()),
            interest_rate: Some("2".into()),
            rate_period: Some("month".into()),
            interest_method: Some("flat".into()),
            repayment_frequency: Some("monthly".into()),
            default_instalments: Some("10".into()),
            fine_absent: Some("5".into()),
            fine_late: Some("2".into()),
            loan_cap: Some("10000".into()),
            loan_cap_savings_multiple: Some("3".into()),
            guarantors_required: Some("1".into()),
            rounding_unit: Some("1".into()),
            allow_prepayment: Some(false),
            ..Default::default()
        },
    )
    .unwrap();
    app::opening_record(
        &mut store,
        &ctx,
        &app::OpeningInput {
            org: "shg".into(),
            date: "2025-04-01".into(),
            cash: Some("1000".into()),
            bank: Some("5000".into()),
            savings: (1..=6).map(|i| app::OpeningSavingsInput { member: i.to_string(), savings: "1000".into() }).collect(),
            ..Default::default()
        },
    )
    .unwrap();
    Fixture { dir, path, store, ctx }
}

/// Every row of every table, in a stable order: equal dumps mean nothing changed.
pub fn dump(path: &std::path::Path) -> String {
    let c = rusqlite::Connection::open(path).unwrap();
    let mut out = String::new();
    let tables: Vec<String> = c
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for t in tables {
        out.push_str(&format!("## {t}\n"));
        let mut st = c.prepare(&format!("SELECT * FROM \"{t}\" ORDER BY 1")).unwrap();
        let n = st.column_count();
        let mut rows = st.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            let cells: Vec<String> = (0..n).map(|i| format!("{:?}", r.get_ref(i).unwrap())).collect();
            out.push_str(&cells.join("|"));
            out.push('\n');
        }
    }
    out
}

pub fn meeting(date: &str, rows: Vec<app::MeetingMemberRow>) -> app::MeetingInput {
    app::MeetingInput { org: "shg".into(), date: date.into(), members: rows, ..Default::default() }
}

pub fn row(member: &str, attendance: &str, savings: &str) -> app::MeetingMemberRow {
    app::MeetingMemberRow { member: member.into(), attendance: attendance.into(), savings: Some(savings.into()), ..Default::default() }
}
