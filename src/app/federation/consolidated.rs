//! The consolidated statements of an oversight book (issue 16): its own journal and each
//! imported group's journal read as the single-book statements read them, for
//! `reports::consolidated` to add up and eliminate. A group in another currency is left out and
//! named. Three levels (SHG → VO → CLF): the groups a village organisation relayed in its bundle
//! are consolidated too, and each relaying body's CIF with its own groups is eliminated as the
//! book's own is.

use crate::store::error::StoreError;
use crate::app::federation::stored_date;
use crate::app::federation::sums::{group_vouchers, stored_voucher};
use crate::domain::money::Currency;
use crate::domain::org::{Country, MeetingFrequency, OrgKind, Organisation};
use crate::error::{Error, Result};
use crate::reports::{self, consolidated::{Entity, Scope, Statement}, Report};
use crate::store::{Book, FedGroupRow, StoredVoucher};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

/// The report `name` when it is a consolidated statement, else None.
pub(crate) fn consolidated(b: &Book<'_>, org: &Organisation, name: &str, from: NaiveDate, to: NaiveDate) -> Result<Option<Report>> {
    let Some(st) = Statement::from_id(name) else { return Ok(None) };
    // A group's own book has no groups: its consolidated statement is its own.
    let own_vouchers = b.vouchers(org.id, None, Some(to))?;
    let registered = b.fed_groups_all(org.id)?;
    // The book lends to the groups that send it their bundles; each of those that relayed
    // groups lent to them (its members named by their codes, as the book's own are).
    let lent_to: HashSet<i64> =
        b.members(org.id)?.into_iter().filter(|m| registered.iter().any(|g| g.via.is_none() && g.code == m.admission_no)).map(|m| m.id).collect();
    let mut between = Vec::new();
    let mut parts = Vec::new();
    let mut other_currency = Vec::new();
    let mut behind = Vec::new();
    let mut relayed = 0;
    for g in &registered {
        if g.currency != org.currency.code() {
            other_currency.push(g.code.clone());
            continue;
        }
        if let Some(last) = b.fed_latest_bundle(g.id)? {
            let as_of = stored_date(&last.as_of)?;
            if as_of < to {
                behind.push((g.code.clone(), as_of));
            }
        }
        // One group at a time: its journal up to `to` (whole months as the sums kept at import;
        // the statements cut the day before the period and before the fiscal year of `to`),
        // its statement and CIF flows kept, its journal let go.
        let go = group_org(g)?;
        let cuts: Vec<NaiveDate> = [from.pred_opt(), go.fiscal_year(to).start().pred_opt()].into_iter().flatten().collect();
        let vouchers = group_vouchers(b, g.id, &g.code, to, &cuts)?;
        parts.push(reports::consolidated::group_part(st, &Entity { org: &go, vouchers: &vouchers }, from, to));
        relayed += usize::from(g.via.is_some());
        let children: Vec<&str> = registered.iter().filter(|c| c.via == Some(g.id) && c.currency == g.currency).map(|c| c.code.as_str()).collect();
        if !children.is_empty() {
            // Its members that are those groups, from its latest bundle; its journal read whole
            // (the sums keep no member), a body's few hundred vouchers a year.
            let lends_to: HashSet<i64> = group_members(b, g)?.into_iter().filter(|m| children.contains(&m.admission_no.as_str())).map(|m| m.id).collect();
            let journal = group_journal(b, g)?;
            between.push(reports::consolidated::lender_side(&journal, &lends_to, from, to));
        }
    }
    let own = Entity { org, vouchers: &own_vouchers };
    let scope = Scope { group_members: &lent_to, other_currency: &other_currency, behind: &behind, between: &between, relayed };
    Ok(Some(reports::consolidated::consolidated_of(st, &own, &parts, &scope, from, to)))
}

#[cfg(test)]
pub(crate) fn group_org_for_tests(g: &FedGroupRow) -> Organisation {
    group_org(g).unwrap()
}

#[cfg(test)]
pub(crate) fn group_journal_for_tests(b: &Book<'_>, g: &FedGroupRow) -> Vec<StoredVoucher> {
    group_journal(b, g).unwrap()
}

/// What each relaying body (a cluster federation's VO) lent the groups it relays, read from its
/// imported journal: by the body's code, then by group, the date and amount of each line on its
/// loans to that group (as the reconciliation reads the book's own loans to its groups).
pub(crate) fn relayed_cif_receivable(b: &Book<'_>, org: &Organisation) -> Result<HashMap<String, reports::CifLent>> {
    let registered = b.fed_groups_all(org.id)?;
    let mut out = HashMap::new();
    for g in &registered {
        let children: Vec<&str> = registered.iter().filter(|c| c.via == Some(g.id)).map(|c| c.code.as_str()).collect();
        if children.is_empty() {
            continue;
        }
        let by_id: HashMap<i64, String> = group_members(b, g)?.into_iter().filter(|m| children.contains(&m.admission_no.as_str())).map(|m| (m.id, m.admission_no)).collect();
        let mut lent = reports::CifLent::new();
        for v in group_journal(b, g)? {
            for l in v.lines.iter().filter(|l| l.account == crate::domain::ledger::code::LOANS_TO_MEMBERS) {
                if let Some(code) = l.member_id.and_then(|m| by_id.get(&m)) {
                    lent.entry(code.clone()).or_default().push((v.date, l.amount));
                }
            }
        }
        out.insert(g.code.clone(), lent);
    }
    Ok(out)
}

/// A registered group as an organisation the statements can read (its chart from its kind, its
/// fiscal year from its country).
fn group_org(g: &FedGroupRow) -> Result<Organisation> {
    let bad = |what: &str| Error::Store(StoreError::Database { detail: format!("fed_group {}: {what}", g.code) });
    let country = Country::from_code(&g.country).ok_or_else(|| bad("country"))?;
    let (fiscal_start_month, fiscal_start_day) = country.default_fiscal_start();
    Ok(Organisation {
        id: g.id,
        code: g.code.clone(),
        name: g.name.clone(),
        kind: OrgKind::from_code(&g.kind).ok_or_else(|| bad("kind"))?,
        country,
        currency: Currency::from_code(&g.currency).ok_or_else(|| bad("currency"))?,
        lang: country.default_lang().to_string(),
        fiscal_start_month,
        fiscal_start_day,
        meeting_frequency: MeetingFrequency::from_code(&g.meeting_frequency).unwrap_or(MeetingFrequency::Monthly),
        formed_on: stored_date(&g.formed_on)?,
        parent_id: None,
        place: g.place.clone(),
    })
}

/// A group's imported journal as vouchers (the group's own ids, so a reversal finds what it
/// reverses).
fn group_journal(b: &Book<'_>, g: &FedGroupRow) -> Result<Vec<StoredVoucher>> {
    let rows = b.fed_vouchers(g.id)?;
    let reversed_by: HashMap<i64, i64> = rows.iter().filter_map(|v| v.reverses_id.map(|r| (r, v.src_id))).collect();
    rows.into_iter().map(|v| stored_voucher(v, &g.code, &reversed_by)).collect()
}

// ---------------------------------------------------------------------------------------------
// Drill-down: one imported group's own registers, read-only
// ---------------------------------------------------------------------------------------------

/// The registers an oversight book opens of one of its groups from the imported journal and
/// member register, exactly as the group's own book would print them.
pub const GROUP_REGISTERS: &[&str] = &["cash-book", "bank-book", "savings-register", "loan-register", "trial-balance", "receipts-payments", "income-expenditure", "balance-sheet"];

/// `samuh report <register> --org <oversight book> --group <code>`: a register of one imported
/// group (read-only: nothing an oversight book does writes into an imported group).
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct GroupRegisterInput {
    /// The oversight book's organisation.
    pub org: String,
    /// The group's code, as registered.
    pub group: String,
    /// One of `GROUP_REGISTERS`.
    pub name: String,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
}

/// One register of an imported group, built from what its bundles sent: its journal and, from
/// the latest bundle, its members (by number only when the group sent no names).
pub fn group_register(store: &crate::store::Store, ctx: &crate::app::Ctx, i: &GroupRegisterInput) -> Result<Report> {
    let name = i.name.trim();
    if !GROUP_REGISTERS.contains(&name) {
        return Err(Error::UnknownReport { name: i.name.clone() });
    }
    let b = store.read();
    let org = crate::app::org_of(&b, i.org.trim())?;
    let g = b
        .fed_groups_all(org.id)?
        .into_iter()
        .find(|g| g.code == i.group.trim())
        .ok_or_else(|| Error::GroupNotRegistered { org: org.code.clone(), group: i.group.trim().to_string() })?;
    let group = group_org(&g)?;
    let (from, to) = crate::app::input::period(&group, &i.from, &i.to, ctx)?;
    let vouchers = group_journal(&b, &g)?;
    let members = group_members(&b, &g)?;
    let books = reports::Books::new(&group, &members, &vouchers, from, to);
    Ok(match name {
        "cash-book" => reports::cash_book(&books),
        "bank-book" => reports::bank_book(&books),
        "savings-register" => reports::savings_register(&books),
        "trial-balance" => reports::trial_balance(&books),
        "receipts-payments" => reports::receipts_payments(&books),
        "income-expenditure" => reports::income_expenditure(&books),
        "loan-register" => {
            let (loans, status_on) = group_loans(&b, &g)?;
            reports::imported_loan_register(&books, &loans, status_on)
        }
        _ => reports::balance_sheet(&books),
    })
}

/// The same, written for the reader.
pub fn group_register_view(store: &crate::store::Store, ctx: &crate::app::Ctx, i: &GroupRegisterInput, locale: crate::i18n::Locale) -> Result<crate::render::DisplayReport> {
    Ok(crate::render::render_display(&group_register(store, ctx, i)?, &crate::i18n::Localizer::new(locale)))
}

/// A group's loans as its latest bundle sent them, and that bundle's date (their status's).
fn group_loans(b: &Book<'_>, g: &FedGroupRow) -> Result<(Vec<reports::ImportedLoan>, Option<NaiveDate>)> {
    let Some(last) = b.fed_latest_bundle(g.id)? else { return Ok((Vec::new(), None)) };
    let records: crate::app::federation::Records = serde_json::from_str(&last.records).map_err(|e| Error::Store(StoreError::Database { detail: e.to_string() }))?;
    let mut out = Vec::new();
    for l in records.loans {
        out.push(reports::ImportedLoan {
            id: l.id,
            number: l.number,
            member_id: l.member_id,
            fund: l.fund,
            disbursed_on: stored_date(&l.disbursed_on)?,
            rate: l.rate.as_deref().and_then(|r| r.parse().ok()),
            rate_period: l.rate_period,
            method: l.method,
            instalments: l.instalments_now.unwrap_or(l.instalments),
            rescheduled: match (&l.rescheduled_on, l.rescheduled_principal_minor) {
                (Some(on), Some(p)) => Some((stored_date(on)?, crate::domain::money::Money::from_minor(p), l.instalments)),
                _ => None,
            },
            status: l.status,
            guarantors: l.guarantors,
        });
    }
    Ok((out, Some(stored_date(&last.as_of)?)))
}

/// A group's members as its latest bundle sent them (ids are the group's own, as its postings').
fn group_members(b: &Book<'_>, g: &FedGroupRow) -> Result<Vec<crate::domain::org::Member>> {
    let Some(last) = b.fed_latest_bundle(g.id)? else { return Ok(Vec::new()) };
    let records: crate::app::federation::Records = serde_json::from_str(&last.records).map_err(|e| Error::Store(StoreError::Database { detail: e.to_string() }))?;
    let mut out = Vec::new();
    for m in records.members {
        out.push(crate::domain::org::Member {
            id: m.id,
            org_id: g.id,
            admission_no: m.admission_no.clone(),
            name: m.name.unwrap_or_default(),
            role: crate::domain::org::Role::from_code(&m.role).unwrap_or(crate::domain::org::Role::Member),
            joined_on: stored_date(&m.joined_on)?,
            exited_on: m.exited_on.as_deref().map(stored_date).transpose()?,
            nominee: None,
        });
    }
    Ok(out)
}
