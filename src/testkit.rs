//! The small self-help group that the integration tests (`tests/common`) and the fuzz book
//! (`fuzzing::fuzz_book`) build, in one place. Not part of the product's interface (hidden from
//! the docs); every step is a real app action, so a refusal is returned, not hidden.
//!
//! The steps are separate so a test can stop between them (the power-loss workload records each
//! save as it is acknowledged); `shg` runs them all.

use crate::app::{self, Ctx};
use crate::store::Store;
use crate::Result;

/// The organisation's code.
pub const ORG: &str = "shg";

/// The six members of the usual fixture, admission numbers 1 to 6.
pub const MEMBERS: [&str; 6] = ["सुनीता देवी", "रुबी खातून", "गीता कुमारी", "नसरीन बेगम", "पूजा देवी", "रीना कुमारी"];

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

/// A weekly SHG (INR) in Kishanganj, formed 2025-01-05.
pub fn org(store: &mut Store, ctx: &Ctx) -> Result<()> {
    app::org_add(store, ctx, &app::OrgInput {
        code: ORG.into(),
        name: "जय माँ दुर्गा स्वयं सहायता समूह".into(),
        kind: "shg".into(),
        country: "in".into(),
        meeting_frequency: "weekly".into(),
        formed_on: "2025-01-05".into(),
        place: "Kishanganj".into(),
        ..Default::default()
    })?;
    Ok(())
}

/// Member `admission_no`, joined 2025-01-05; number 1 is the president.
pub fn member(store: &mut Store, ctx: &Ctx, admission_no: usize, name: &str) -> Result<()> {
    app::member_add(store, ctx, &app::MemberInput {
        org: ORG.into(),
        admission_no: admission_no.to_string(),
        name: name.to_string(),
        role: s(if admission_no == 1 { "president" } else { "member" }),
        joined_on: "2025-01-05".into(),
        ..Default::default()
    })?;
    Ok(())
}

/// By-laws from 2025-01-05: ₹50 saving a meeting, 2 %/month flat, monthly repayments in 10
/// instalments, fines ₹5 absent and ₹2 late, loan cap ₹10,000 or 3× savings, one guarantor,
/// rounding to the rupee, no prepayment.
pub fn bylaws(store: &mut Store, ctx: &Ctx) -> Result<()> {
    app::policy_set(store, ctx, &app::PolicyInput {
        org: ORG.into(),
        effective_from: "2025-01-05".into(),
        saving_per_meeting: s("50"),
        interest_rate: s("2"),
        rate_period: s("month"),
        interest_method: s("flat"),
        repayment_frequency: s("monthly"),
        default_instalments: s("10"),
        fine_absent: s("5"),
        fine_late: s("2"),
        loan_cap: s("10000"),
        loan_cap_savings_multiple: s("3"),
        guarantors_required: s("1"),
        rounding_unit: s("1"),
        allow_prepayment: Some(false),
        ..Default::default()
    })?;
    Ok(())
}

/// Opening balances at 2025-04-01: ₹1,000 cash, ₹5,000 in the bank, and `savings` for each of
/// members 1 to `members`.
pub fn opening(store: &mut Store, ctx: &Ctx, members: usize, savings: &str) -> Result<()> {
    app::opening_record(store, ctx, &app::OpeningInput {
        org: ORG.into(),
        date: "2025-04-01".into(),
        cash: s("1000"),
        bank: s("5000"),
        savings: (1..=members).map(|i| app::OpeningSavingsInput { member: i.to_string(), savings: savings.into(), shares: None }).collect(),
        ..Default::default()
    })?;
    Ok(())
}

/// The whole group: the organisation, `members` (admission numbers from 1), the by-laws, and
/// opening balances with `savings` for each member.
pub fn shg(store: &mut Store, ctx: &Ctx, members: &[&str], savings: &str) -> Result<()> {
    org(store, ctx)?;
    for (i, name) in members.iter().enumerate() {
        member(store, ctx, i + 1, name)?;
    }
    bylaws(store, ctx)?;
    opening(store, ctx, members.len(), savings)
}
