//! The fund centre's households (issue 16, seed 003): a household key recorded on a member of a
//! village fund, carried in its bundles; and in the fund centre's book, the households it
//! follows until they are debt-free, and the roll-ups over its imported funds: a household's
//! debts in every fund, the centre's restructuring plan, the target households.
//!
//! The plan is a proposal computed on request, not a recorded decision: the debts it
//! restructures are the funds' own loans, kept in their own books, so each fund records the
//! reschedule of its loan (`samuh loan reschedule`) at the amounts the plan gives it; the next
//! bundles bring the result back to the centre.

use crate::store::error::StoreError;
use crate::app::input::Ctx;
use crate::domain::loan::{InterestMethod, LoanTerms, RepaymentFrequency};
use crate::domain::money::Money;
use crate::domain::org::Organisation;
use crate::error::{Error, Result};
use crate::reports::{HouseholdLoan, PlanTerms, Report};
use crate::store::{Book, Store, TargetRecord};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The longest key kept (a Thai house-registration number is 11 digits; a village's own list
/// adds a village code).
pub const MAX_HOUSEHOLD_KEY: usize = 32;
/// The longest restructuring plan, in months (ten years).
pub const MAX_PLAN_MONTHS: u32 = 120;

/// A household key as kept: digits of any of the four scripts as ASCII digits, spaces, hyphens
/// and dots left out (so "5501-0123 45" and "๕๕๐๑๐๑๒๓๔๕" are one house), Latin letters in capitals,
/// letters of any script and '/' kept ("12/3" is a Thai house number, not 123). Anything else,
/// an empty key or one longer than `MAX_HOUSEHOLD_KEY`, is refused.
pub fn household_key(s: &str) -> Result<String> {
    // A control or text-direction character is named, not echoed into the message.
    crate::app::input::refuse_hidden_characters("household", s.trim(), false)?;
    let bad = || Error::HouseholdKeyInvalid { key: s.trim().to_string() };
    let mut out = String::new();
    for c in s.chars() {
        let digit = match c {
            '\u{0966}'..='\u{096F}' => Some(c as u32 - 0x0966),
            '\u{09E6}'..='\u{09EF}' => Some(c as u32 - 0x09E6),
            '\u{0E50}'..='\u{0E59}' => Some(c as u32 - 0x0E50),
            _ => None,
        };
        match digit {
            Some(d) => out.push(char::from(b'0' + d as u8)),
            None if c.is_whitespace() || matches!(c, '-' | '.') => {}
            None if c.is_ascii_alphanumeric() => out.push(c.to_ascii_uppercase()),
            None if c == '/' || (c.is_alphanumeric() && !c.is_ascii()) => out.push(c),
            // Combining vowel and tone marks of Thai, Devanagari and Bengali are part of a word.
            None if crate::app::input::is_indic_or_thai_mark(c) => out.push(c),
            None => return Err(bad()),
        }
    }
    if out.is_empty() || out.chars().count() > MAX_HOUSEHOLD_KEY {
        return Err(bad());
    }
    Ok(out)
}

/// `samuh household set`: a member's household key, from a date.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct HouseholdSetInput {
    pub org: String,
    /// The member's admission number.
    pub member: String,
    /// The household's number as the village writes it; empty with `clear` to withdraw it.
    #[serde(default)]
    pub household: String,
    pub date: String,
    /// Withdraw the member's household key (recorded as a new fact, like every change).
    #[serde(default)]
    pub clear: bool,
    #[serde(default)]
    pub client_id: Option<String>,
}

/// Records a member's household key (a new row each time: the latest is the key).
pub fn household_set(store: &mut Store, ctx: &Ctx, i: &HouseholdSetInput) -> Result<i64> {
    let on = crate::app::input::date("date", &i.date, ctx)?;
    let key = if i.clear { String::new() } else { household_key(&i.household)? };
    let w = crate::app::command::Write { name: "household_set", org: &i.org, client_id: i.client_id.as_deref(), date: Some(on), input: i };
    crate::app::command::write_command(store, ctx, w, |b, org, who| {
        let m = crate::app::active_member(b, org, i.member.trim(), on)?;
        let id = b.insert_member_household(m.id, &key, on, &ctx.now)?;
        who.log(b, ctx, crate::store::NewAct { member_id: Some(m.id), ..crate::app::people::act(org, "household-set", on) })?;
        Ok(id)
    })
}

/// `samuh household target`: the fund centre follows a household from a date.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct HouseholdTargetInput {
    /// The fund centre (any oversight book).
    pub org: String,
    pub household: String,
    pub date: String,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub client_id: Option<String>,
}

/// Marks a household the centre follows: only one a member of an imported fund belongs to, and
/// once.
pub fn household_target(store: &mut Store, ctx: &Ctx, i: &HouseholdTargetInput) -> Result<i64> {
    let on = crate::app::input::date("date", &i.date, ctx)?;
    let key = household_key(&i.household)?;
    let note = crate::app::input::free_text("note", &i.note)?;
    let w = crate::app::command::Write { name: "household_target", org: &i.org, client_id: i.client_id.as_deref(), date: Some(on), input: i };
    crate::app::command::write_command(store, ctx, w, |b, org, who| {
        if !crate::app::federation::oversees(org.kind) {
            return Err(Error::NotAnOversightBook { org: org.code.clone() });
        }
        if !household_members(b, org)?.iter().any(|(k, _, _)| *k == key) {
            return Err(Error::HouseholdUnknown { household: key.clone() });
        }
        if let Some(t) = b.household_targets(org.id)?.into_iter().find(|t| t.household == key) {
            return Err(Error::HouseholdAlreadyTarget { household: key.clone(), date: t.marked_on });
        }
        let id = b.insert_household_target(org.id, &TargetRecord { household: key.clone(), marked_on: on, note: note.clone() }, &ctx.now)?;
        who.log(b, ctx, crate::app::people::act(org, "household-target", on))?;
        Ok(id)
    })
}

/// Every member of every imported group that carries a household key: (key, group code,
/// member id in the group's book), from each group's latest bundle.
fn household_members(b: &Book<'_>, org: &Organisation) -> Result<Vec<(String, String, i64)>> {
    let mut out = Vec::new();
    for g in b.fed_groups(org.id)? {
        let Some(last) = b.fed_latest_bundle(g.id)? else { continue };
        let records: crate::app::federation::Records = serde_json::from_str(&last.records).map_err(|e| Error::Store(StoreError::Database { detail: e.to_string() }))?;
        for m in records.members {
            if let Some(k) = m.household.as_deref().and_then(|k| household_key(k).ok()) {
                out.push((k, g.code.clone(), m.id));
            }
        }
    }
    Ok(out)
}

/// The loans of the imported groups whose borrower carries a household key (one household's
/// when `only` is given), with every posting to each loan's principal.
pub(crate) fn household_loans(b: &Book<'_>, org: &Organisation, only: Option<&str>) -> Result<Vec<HouseholdLoan>> {
    let mut out = Vec::new();
    for g in b.fed_groups(org.id)? {
        let Some(last) = b.fed_latest_bundle(g.id)? else { continue };
        let records: crate::app::federation::Records = serde_json::from_str(&last.records).map_err(|e| Error::Store(StoreError::Database { detail: e.to_string() }))?;
        let key_of = |id: i64| records.members.iter().find(|m| m.id == id).and_then(|m| m.household.as_deref()).and_then(|k| household_key(k).ok());
        let mut mine: Vec<HouseholdLoan> = Vec::new();
        let mut ids = Vec::new();
        for l in &records.loans {
            let Some(key) = key_of(l.member_id) else { continue };
            if only.is_some_and(|o| o != key) {
                continue;
            }
            let member = records.members.iter().find(|m| m.id == l.member_id).map(|m| m.admission_no.clone()).unwrap_or_default();
            ids.push(l.id);
            mine.push(HouseholdLoan {
                household: key,
                group: g.code.clone(),
                member,
                loan_no: l.number,
                fund: l.fund.clone(),
                interest_due: Money::from_minor(l.interest_due_minor),
                principal_overdue: Money::from_minor(l.principal_overdue_minor),
                days_past_due: l.days_past_due,
                moves: Vec::new(),
            });
        }
        if mine.is_empty() {
            continue;
        }
        for v in b.fed_vouchers(g.id)? {
            let date = NaiveDate::parse_from_str(&v.date, "%Y-%m-%d").map_err(|e| Error::Store(StoreError::Database { detail: e.to_string() }))?;
            for p in v.lines.iter().filter(|p| p.account == crate::domain::ledger::code::LOANS_TO_MEMBERS) {
                if let Some(k) = p.loan_id.and_then(|id| ids.iter().position(|x| *x == id)) {
                    mine[k].moves.push((date, Money::from_minor(p.amount_minor)));
                }
            }
        }
        out.extend(mine);
    }
    Ok(out)
}

/// The household asked for, normalised, and known in the imported groups.
fn asked_household(b: &Book<'_>, org: &Organisation, asked: Option<&str>) -> Result<Option<String>> {
    let Some(raw) = asked.map(str::trim).filter(|s| !s.is_empty()) else { return Ok(None) };
    let key = household_key(raw)?;
    if !household_members(b, org)?.iter().any(|(k, _, _)| *k == key) {
        return Err(Error::HouseholdUnknown { household: key });
    }
    Ok(Some(key))
}

/// The household roll-ups by name (None for any other report).
pub(crate) fn rollup(b: &Book<'_>, org: &Organisation, name: &str, to: NaiveDate, household: Option<&str>, months: Option<&str>) -> Result<Option<Report>> {
    // A group's own book imports no funds: its household roll-ups are empty, and the member
    // parameter stays a member's number there.
    let household = household.filter(|_| crate::app::federation::oversees(org.kind));
    Ok(match name {
        "household-debts" => {
            let only = asked_household(b, org, household)?;
            Some(crate::reports::household_debts(org, to, &household_loans(b, org, only.as_deref())?))
        }
        "target-households" => {
            let targets: Vec<(String, NaiveDate, String)> = b.household_targets(org.id)?.into_iter().map(|t| (t.household, t.marked_on, t.note)).collect();
            Some(crate::reports::target_households(org, to, &targets, &household_loans(b, org, None)?))
        }
        "restructuring-plan" => Some(plan(b, org, to, household, months)?),
        _ => None,
    })
}

/// The restructuring plan of one household (of the first target household that owes, or else
/// of the first household that owes, when none is asked for: the screen opens on something).
fn plan(b: &Book<'_>, org: &Organisation, to: NaiveDate, household: Option<&str>, months: Option<&str>) -> Result<Report> {
    let policy = crate::app::policy_on(b, org, to)?;
    // The centre's by-laws give its terms: the rate every fund lends at, and the instalments.
    let months = match months.map(str::trim).filter(|s| !s.is_empty()) {
        None => policy.default_instalments.clamp(1, MAX_PLAN_MONTHS),
        Some(m) => {
            let n = crate::app::input::count("months", m).map_err(|_| Error::HouseholdPlanMonths { value: m.to_string(), max: MAX_PLAN_MONTHS as i64 })?;
            if n == 0 || n > MAX_PLAN_MONTHS {
                return Err(Error::HouseholdPlanMonths { value: m.to_string(), max: MAX_PLAN_MONTHS as i64 });
            }
            n
        }
    };
    let all = household_loans(b, org, None)?;
    let owes = |k: &str| all.iter().any(|l| l.household == k && l.owed(to).is_positive());
    let key = match asked_household(b, org, household)? {
        Some(k) => k,
        None => {
            let targets = b.household_targets(org.id)?;
            let mut keys: Vec<&str> = all.iter().map(|l| l.household.as_str()).collect();
            keys.sort();
            targets.iter().map(|t| t.household.as_str()).find(|k| owes(k)).or_else(|| keys.into_iter().find(|k| owes(k))).unwrap_or_default().to_string()
        }
    };
    let owed: Money = all.iter().filter(|l| l.household == key).map(|l| l.owed(to)).sum();
    let terms = PlanTerms { rate: policy.interest_rate, rate_period: policy.rate_period.code().to_string(), months };
    let schedule = if owed.is_positive() {
        crate::domain::schedule::schedule(&LoanTerms {
            principal: owed,
            rate: policy.interest_rate,
            rate_period: policy.rate_period,
            method: InterestMethod::ReducingEmi,
            frequency: RepaymentFrequency::Monthly,
            instalments: months,
            grace_periods: 0,
            start: to,
            rounding: policy.rounding,
            period: policy.period_convention,
        })?
    } else {
        crate::domain::schedule::Schedule { instalments: Vec::new(), total_principal: Money::ZERO, total_interest: Money::ZERO, explain: Vec::new() }
    };
    Ok(crate::reports::restructuring_plan(org, to, &key, &all, &terms, &schedule))
}

/// `samuh household plan`: the restructuring plan of one household over a number of months
/// other than the centre's by-laws' (the `restructuring-plan` report takes the by-laws').
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct HouseholdPlanInput {
    pub org: String,
    pub household: String,
    /// 1 to 120; the by-laws' instalments without it.
    #[serde(default)]
    pub months: Option<String>,
    /// The date the plan starts from (today without it).
    #[serde(default)]
    pub to: Option<String>,
}

/// The restructuring plan of one household, as a report.
pub fn household_plan(store: &Store, ctx: &Ctx, i: &HouseholdPlanInput) -> Result<Report> {
    let to = match crate::app::input::nonblank(&i.to) {
        Some(s) => crate::app::input::date("to", &s, ctx)?,
        None => ctx.today,
    };
    let b = store.read();
    let org = crate::app::org_of(&b, i.org.trim())?;
    if i.household.trim().is_empty() {
        return Err(Error::Required { field: "household".into() });
    }
    plan(&b, &org, to, Some(&i.household), i.months.as_deref())
}

/// `household_plan` for the screens: the report's display model in the reader's language.
pub fn household_plan_view(store: &Store, ctx: &Ctx, i: &HouseholdPlanInput, locale: crate::i18n::Locale) -> Result<crate::render::DisplayReport> {
    Ok(crate::render::render_display(&household_plan(store, ctx, i)?, &crate::i18n::Localizer::new(locale)))
}
