//! The consolidated statements of an oversight book (issue 16): its own journal and each
//! imported group's journal read as the single-book statements read them, for
//! `reports::consolidated` to add up and eliminate. A group in another currency is left out and
//! named.

use super::federation::stored_date;
use crate::domain::ledger::{Line, LineKind, VoucherKind};
use crate::domain::money::{Currency, Money};
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
    let registered = b.fed_groups(org.id)?;
    let group_members: HashSet<i64> = b.members(org.id)?.into_iter().filter(|m| registered.iter().any(|g| g.code == m.admission_no)).map(|m| m.id).collect();
    let mut books: Vec<(Organisation, Vec<StoredVoucher>)> = Vec::new();
    let mut other_currency = Vec::new();
    let mut behind = Vec::new();
    for g in &registered {
        if g.currency != org.currency.code() {
            other_currency.push(g.code.clone());
            continue;
        }
        if let Some(last) = b.fed_bundles(g.id)?.last() {
            let as_of = stored_date(&last.as_of)?;
            if as_of < to {
                behind.push((g.code.clone(), as_of));
            }
        }
        books.push((group_org(g)?, group_journal(b, g)?));
    }
    let own = Entity { org, vouchers: &own_vouchers };
    let groups: Vec<Entity<'_>> = books.iter().map(|(o, v)| Entity { org: o, vouchers: v }).collect();
    let scope = Scope { group_members: &group_members, other_currency: &other_currency, behind: &behind };
    Ok(Some(reports::consolidated::consolidated(st, &own, &groups, &scope, from, to)))
}

/// A registered group as an organisation the statements can read (its chart from its kind, its
/// fiscal year from its country).
fn group_org(g: &FedGroupRow) -> Result<Organisation> {
    let bad = |what: &str| Error::Database { detail: format!("fed_group {}: {what}", g.code) };
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
    let mut out = Vec::with_capacity(rows.len());
    for v in rows {
        let bad = |what: &str| Error::Database { detail: format!("fed_voucher {} {}: {what}", g.code, v.position) };
        let mut lines = Vec::with_capacity(v.lines.len());
        for l in &v.lines {
            lines.push(Line {
                account: l.account.clone(),
                member_id: l.member_id,
                loan_id: l.loan_id,
                amount: Money::from_minor(l.amount_minor),
                kind: LineKind::from_code(&l.kind).ok_or_else(|| bad("line kind"))?,
                note: l.note.clone(),
            });
        }
        out.push(StoredVoucher {
            id: v.src_id,
            org_id: v.org_id,
            fiscal_year: v.fiscal_year as i32,
            number: v.number,
            date: stored_date(&v.date)?,
            kind: VoucherKind::from_code(&v.kind).ok_or_else(|| bad("voucher kind"))?,
            narration: v.narration.clone(),
            meeting_id: v.meeting_id,
            reverses_id: v.reverses_id,
            reversed_by: reversed_by.get(&v.src_id).copied(),
            client_id: v.client_id.clone(),
            recorded_at: String::new(),
            prev_hash: v.prev_hash.clone(),
            hash: v.hash.clone(),
            lines,
        });
    }
    Ok(out)
}
