//! The audit of a fiscal year, signed off before its close (issue 14; seed 004's peer auditors).
//! The checklist is answered by the book (`reports::audit_checklist`); what the book cannot know
//! is recorded here from the auditor's signed paper: who audited (the fund's own auditor, or a
//! peer from another fund), on which day, the balance on the bank statement, and a remark per
//! item. The checklist of the year then compares the statement with the bank book and carries the
//! remarks and the auditor's name; the preview names the audit and the close records it.

use crate::store::error::StoreError;
use super::fiscal_year;
use crate::app::input::{amount, date, free_text, name_text, nonblank, Ctx};
use crate::app::head_code;
use crate::domain::org::{FiscalYear, Organisation};
use crate::error::{Arg, Error, Result};
use crate::reports::{AuditSignOff, Msg, AUDIT_ITEMS};
use crate::store::{Book, NewYearAudit, Store, YearAuditRecord};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `samuh year audit`: the auditor's sign-off of a year, as written on the signed checklist.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct YearAuditInput {
    pub org: String,
    /// The fiscal year audited ("2025" or "2025-26").
    pub year: String,
    /// The auditor's name, as signed.
    pub auditor: String,
    /// The fund (or society) a peer auditor comes from; left out: the fund's own auditor.
    #[serde(default)]
    pub peer_from: Option<String>,
    /// The day of the audit (any digits), after the year's end; left out: today.
    #[serde(default)]
    pub date: Option<String>,
    /// The balance on the bank statement on the year's last day (any digits); left out when the
    /// fund keeps no bank account or the statement was not seen.
    #[serde(default)]
    pub bank_statement: Option<String>,
    /// The auditor's remark on each item, by its code: cash, bank, loans, numbers, reversals,
    /// savings.
    #[serde(default)]
    pub remarks: BTreeMap<String, String>,
    #[serde(default)]
    pub client_id: Option<String>,
}

/// An audit signed off: the year, the auditor as the book names them, and the book code after.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct YearAudited {
    pub org: String,
    pub year: String,
    pub auditor: String,
    pub book_code: String,
    #[serde(default)]
    pub already_recorded: bool,
}

crate::app::saved::json_answer! {
    YearAudited => |a| a.already_recorded = true;
}

/// Records the audit of an ended, not yet closed year. Refused, with nothing written: an unknown
/// item, an empty auditor's name, a day on or before the year's end or after today, a bank
/// balance that is not an amount, a year already closed (reopen it first).
pub fn year_audit(store: &mut Store, ctx: &Ctx, i: &YearAuditInput) -> Result<YearAudited> {
    let auditor = name_text("auditor", &i.auditor, 120)?;
    if auditor.is_empty() {
        return Err(Error::Required { field: "auditor".into() });
    }
    let peer_from = name_text("peer-from", i.peer_from.as_deref().unwrap_or(""), 120)?;
    let mut remarks: BTreeMap<String, String> = BTreeMap::new();
    for (item, text) in &i.remarks {
        let item = item.trim();
        if !AUDIT_ITEMS.contains(&item) {
            return Err(Error::InvalidChoice { field: "remark".into(), value: item.to_string() });
        }
        let text = free_text("remark", text)?;
        if !text.is_empty() {
            remarks.insert(item.to_string(), text);
        }
    }
    let on = match nonblank(&i.date) {
        Some(d) => date("date", &d, ctx)?,
        None => ctx.today,
    };
    let w = crate::app::command::Write { name: "year-audit", org: &i.org, client_id: i.client_id.as_deref(), date: None, input: i };
    crate::app::command::write_command(store, ctx, w, |b, org, who| {
        let fy = fiscal_year(org, &i.year)?;
        if ctx.today <= fy.end() || on <= fy.end() {
            return Err(Error::AuditBeforeYearEnd { year: fy.label(), end: fy.end() });
        }
        if on > ctx.today {
            return Err(Error::DateInFuture { date: on, today: ctx.today });
        }
        if b.year_is_closed(org.id, fy.start_year)? {
            return Err(Error::AuditAfterClose { year: fy.label() });
        }
        super::kept_in_book(b, org, fy)?;
        let bank = match nonblank(&i.bank_statement) {
            Some(t) => Some(amount("bank-statement", &t, org.currency)?),
            None => None,
        };
        let remarks = serde_json::to_string(&remarks).map_err(|e| Error::Store(StoreError::Database { detail: e.to_string() }))?;
        b.insert_year_audit(&NewYearAudit { org_id: org.id, fiscal_year: fy.start_year, audited_on: on, auditor: &auditor, peer_from: &peer_from, bank_statement: bank, remarks: &remarks, recorded_at: &ctx.now })?;
        who.log(b, ctx, crate::app::people::act(org, "year-audit", on))?;
        Ok(YearAudited { org: org.code.clone(), year: fy.label(), auditor: auditor.clone(), book_code: head_code(b, org.id)?, already_recorded: false })
    })
}

/// The sign-off standing for a fiscal year, as the checklist reads it.
pub(crate) fn signoff(b: &Book<'_>, org: &Organisation, fy: FiscalYear) -> Result<Option<AuditSignOff>> {
    Ok(b.year_audit(org.id, fy.start_year)?.map(|a| AuditSignOff::of(&a)))
}

/// "Audited by …, a peer auditor from …, on …" (or "not yet audited"), for the preview.
pub(crate) fn audit_note(a: Option<&AuditSignOff>) -> Msg {
    match a {
        Some(a) => Msg::new(if a.peer_from.is_empty() { "note-year-audited-own" } else { "note-year-audited-peer" }).arg("auditor", Arg::Text(a.auditor.clone())).arg("from", Arg::Text(a.peer_from.clone())).arg("date", Arg::Date(a.audited_on)),
        None => Msg::new("note-year-not-audited"),
    }
}

/// What the close keeps of the audit in its rule (hashed with it in the records chain).
pub(crate) fn audit_rule(a: Option<&YearAuditRecord>) -> serde_json::Value {
    match a {
        Some(a) => serde_json::json!({ "id": a.id, "auditor": a.auditor, "peer_from": a.peer_from, "audited_on": a.audited_on.format("%Y-%m-%d").to_string() }),
        None => serde_json::Value::Null,
    }
}

/// The year's audit as one line of the Year-end screen, in the reader's words; empty if none.
pub(crate) fn audit_display(b: &Book<'_>, org: &Organisation, fy: FiscalYear, loc: &crate::i18n::Localizer) -> Result<String> {
    Ok(match signoff(b, org, fy)? {
        Some(a) => {
            let m = audit_note(Some(&a));
            loc.msg(&m.id, &m.args)
        }
        None => String::new(),
    })
}
