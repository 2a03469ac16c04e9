//! `samuh report <name>`: gathers an organisation's journal, members, loans and meetings from
//! the book and hands them to the pure report functions in `reports`.

#[cfg(feature = "documents")]
pub(crate) mod screen;
#[cfg(feature = "documents")]
pub(crate) mod print;
pub(crate) mod chart;
pub(crate) mod export;

use crate::store::error::StoreError;
use super::input::{period, Ctx};
use super::loans::{loan_state, LoanState};
use super::org_of;
use crate::domain::money::Money;
use crate::domain::org::Organisation;
use crate::domain::policy::in_force;
use crate::error::{Error, Result};
use crate::reports::{self, Books, LoanView, MeetingView, Report};
use crate::store::{Book, Store};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What `samuh report` is asked for. Dates in any digits; `to` defaults to today and `from` to
/// the first day of the fiscal year containing `to`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct ReportParams {
    pub org: String,
    pub name: String,
    /// Admission number, for the passbook; a household's key for the fund centre's household
    /// roll-ups (`household-debts`, `restructuring-plan`).
    #[serde(default)]
    pub member: Option<String>,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
    /// The order of a sheet that can be sorted (`grading`: grade, score or group).
    #[serde(default)]
    pub sort: Option<String>,
}

pub(crate) fn view(s: LoanState) -> LoanView {
    LoanView { status: s.status.code(), terms: s.terms, rescheduled: s.reschedules.iter().filter(|r| r.terms.start <= s.dues.as_of).map(|r| (r.terms.start, r.terms.principal)).next_back(), schedule: s.schedule, dues: s.dues, disbursed: s.disbursed, outstanding: s.outstanding, loan: s.loan }
}

/// Every loan of the organisation disbursed on or before `as_of`, with its state on that date.
pub(crate) fn loan_views(b: &Book<'_>, org: &Organisation, as_of: NaiveDate) -> Result<Vec<LoanView>> {
    let policies = b.policies(org.id)?;
    let fine = in_force(&policies, as_of).map(|p| p.fine_late_instalment).unwrap_or(Money::ZERO);
    let mut out = Vec::new();
    for loan in b.loans(org.id)?.iter().filter(|l| l.terms.start <= as_of) {
        out.push(view(loan_state(b, loan, as_of, fine)?));
    }
    Ok(out)
}

/// The meetings held from `from` to `to`, with their attendance, minutes and agenda.
fn meeting_views(b: &Book<'_>, org: &Organisation, from: NaiveDate, to: NaiveDate) -> Result<Vec<MeetingView>> {
    let (loans, members) = (b.loans(org.id)?, b.members(org.id)?);
    let mut meetings = Vec::new();
    for m in b.meetings(org.id)?.into_iter().filter(|m| m.date >= from && m.date <= to) {
        meetings.push(MeetingView { attendance: b.attendance(m.id)?, minutes: b.minutes(m.id)?, agenda: agenda_lines(b, m.id, &loans, &members)?, meeting: m });
    }
    Ok(meetings)
}

/// A meeting's agenda as answered (issue 12), as its summary and the minutes book print it: each
/// decision of the previous meeting with what became of it, each loan asked about by its number
/// and borrower.
pub(crate) fn agenda_lines(b: &Book<'_>, meeting_id: i64, loans: &[crate::store::LoanRecord], members: &[crate::domain::org::Member]) -> Result<Vec<reports::AgendaLine>> {
    Ok(b.agenda(meeting_id)?
        .into_iter()
        .map(|a| match a.loan_id {
            Some(id) if a.item == "loan-use" => {
                let loan = loans.iter().find(|x| x.id == id);
                let who = loan.and_then(|l| members.iter().find(|x| x.id == l.member_id)).map(|x| format!("{} {}", x.admission_no, x.name)).unwrap_or_default();
                reports::AgendaLine::LoanUse { loan: loan.map(|l| l.number).unwrap_or(id), member: who, answer: a.answer, note: a.note }
            }
            _ => reports::AgendaLine::Decision { text: a.decision, status: a.answer },
        })
        .collect())
}

/// Builds the named report for one organisation.
pub fn report(store: &Store, ctx: &Ctx, p: &ReportParams) -> Result<Report> {
    let b = store.read();
    report_in(&b, ctx, p)
}

/// The year-end statements a close keeps as they stand at the close (issue 14), and prints from
/// then on for that year.
const KEPT_AT_CLOSE: &[&str] = &["receipts-payments", "income-expenditure", "balance-sheet", "trial-balance"];

/// A statement of a closed year asked for over that year (a flow from its first to its last day,
/// a position on its last day) as the standing close kept it, with a note saying so; None when
/// the year is not closed, the period is another, or the close kept none (made before 0021).
fn kept_at_close(b: &Book<'_>, org: &Organisation, name: &str, from: NaiveDate, to: NaiveDate) -> Result<Option<Report>> {
    if !KEPT_AT_CLOSE.contains(&name) {
        return Ok(None);
    }
    let fy = org.fiscal_year(to);
    let position = matches!(name, "balance-sheet" | "trial-balance");
    if fy.end() != to || (!position && from != fy.start()) {
        return Ok(None);
    }
    let Some(close) = b.year_closes(org.id)?.into_iter().find(|c| c.fiscal_year == fy.start_year && c.reopened_by.is_none()) else { return Ok(None) };
    let Some(body) = b.year_snapshot(close.id, name)? else { return Ok(None) };
    let mut r = reports::snapshot_report(&body).ok_or_else(|| Error::Store(StoreError::Database { detail: format!("the statement {name} kept at the close of {} cannot be read", fy.label()) }))?;
    let closed_on = NaiveDate::parse_from_str(close.recorded_at.get(..10).unwrap_or(""), "%Y-%m-%d").unwrap_or(to);
    if let Some(s) = r.sections.last_mut() {
        s.notes.push(reports::Msg::new("note-as-closed").arg("year", crate::error::Arg::Year(fy)).arg("date", crate::error::Arg::Date(closed_on)));
    }
    Ok(Some(r))
}

/// Keeps the year-end statements of `fy` as they stand now (called by the close, after its
/// vouchers, in its transaction).
pub(crate) fn keep_at_close(b: &Book<'_>, ctx: &Ctx, org: &Organisation, close_id: i64, fy: crate::domain::org::FiscalYear) -> Result<()> {
    for name in KEPT_AT_CLOSE {
        let p = ReportParams { org: org.code.clone(), name: name.to_string(), ..Default::default() };
        let r = live(b, ctx, &p, org, name, fy.start(), fy.end())?;
        b.insert_year_snapshot(close_id, name, &reports::snapshot_json(&r))?;
    }
    Ok(())
}

/// Builds the named report from an open book (a reader's, or a write in progress): a closed
/// year's statements as kept at its close, everything else from the journal.
fn report_in(b: &Book<'_>, ctx: &Ctx, p: &ReportParams) -> Result<Report> {
    let name = p.name.trim();
    if !reports::REPORTS.contains(&name) {
        return Err(Error::UnknownReport { name: p.name.clone() });
    }
    let org = org_of(b, p.org.trim())?;
    let (from, to) = period(&org, &p.from, &p.to, ctx)?;
    if let Some(r) = kept_at_close(b, &org, name, from, to)? {
        return Ok(r);
    }
    live(b, ctx, p, &org, name, from, to)
}

/// The named report (a name of `REPORTS`) of `org` over `from..=to`, worked out from the journal
/// as it stands; `p` gives what some reports take besides (a member, a sort).
fn live(b: &Book<'_>, ctx: &Ctx, p: &ReportParams, org: &Organisation, name: &str, from: NaiveDate, to: NaiveDate) -> Result<Report> {
    let opt = super::input::nonblank;
    if name == "grading" {
        let sort = match opt(&p.sort) {
            None => reports::GradingSort::default(),
            Some(s) => reports::GradingSort::from_code(&s).ok_or_else(|| Error::GradingSortUnknown { value: s.clone(), choices: reports::GradingSort::CODES.join(", ") })?,
        };
        let need = super::federation::sums::Need::grading(from, to);
        let take = |g: &reports::GroupView| (g.code.clone(), g.name.clone(), reports::group_facts(g, from, to));
        let facts = super::federation::gather(b, org, &need, take)?;
        let mut r = reports::grading_of(org, from, to, &facts, sort);
        // A cluster federation grades the SHGs its VOs relayed too, each VO's apart.
        for (via, facts) in super::federation::gather_relayed(b, org, &need, take)? {
            reports::relayed_part(&mut r, &via, reports::grading_of(org, from, to, &facts, sort));
        }
        return Ok(r);
    }
    if let Some(r) = super::federation::consolidated::consolidated(b, org, name, from, to)? {
        return Ok(r);
    }
    if let Some(mut r) = super::federation::rollup(b, org, name, from, to)? {
        if name == "cif-reconciliation" {
            // A cluster federation: each VO's CIF lent to the SHGs it relays (from the VO's
            // imported journal) against their CIF payable (their bundles).
            let need = super::federation::sums::Need::cif(to);
            let lent = super::federation::consolidated::relayed_cif_receivable(b, org)?;
            for (via, figures) in super::federation::gather_relayed(b, org, &need, |g| reports::CifFigures::of(g, to))? {
                let none = reports::CifLent::new();
                reports::relayed_part(&mut r, &via, reports::relayed_cif_reconciliation_of(org, to, &figures, lent.get(&via).unwrap_or(&none)));
            }
        }
        return Ok(r);
    }
    if let Some(r) = super::federation::households::rollup(b, org, name, to, p.member.as_deref(), None)? {
        return Ok(r);
    }
    if name == "trial-balance" {
        // Sums per account straight from SQL: the same figures without reading every voucher.
        let balances: Vec<(String, Money)> = b.balances(Some(org.id), Some(to))?.into_iter().map(|a| (a.code, a.balance)).collect();
        return Ok(reports::trial_balance_of(org, to, &balances));
    }
    let members = b.members(org.id)?;
    let vouchers = b.vouchers(org.id, None, Some(to))?;
    let books = Books::new(org, &members, &vouchers, from, to);
    Ok(match name {
        "passbook" => {
            let no = opt(&p.member).ok_or(Error::Required { field: "member".into() })?;
            let m = b.member_by_no(org.id, &no)?.ok_or(Error::UnknownMember { member: no })?;
            reports::passbook(&books, &m)
        }
        "cash-book" => reports::cash_book(&books),
        "bank-book" => reports::bank_book(&books),
        "savings-register" => reports::savings_register(&books),
        "loan-register" => {
            // Whether each loan was used for its purpose: the latest answer of a standing
            // meeting up to the report's date (issue 12).
            let standing: std::collections::BTreeSet<i64> = b.meetings(org.id)?.into_iter().filter(|m| !m.reversed).map(|m| m.id).collect();
            let uses = b
                .loan_uses(org.id)?
                .into_iter()
                .filter(|(m, on, _)| standing.contains(m) && *on <= to)
                .filter_map(|(_, _, x)| x.loan_id.map(|id| (id, (x.answer, x.note))))
                .collect();
            reports::loan_register(&books, &loan_views(b, org, to)?, &uses)
        }
        "dcb" => {
            let before = from.pred_opt().unwrap_or(from);
            reports::dcb(&books, &loan_views(b, org, before)?, &loan_views(b, org, to)?)
        }
        "arrears" => reports::arrears(&books, &loan_views(b, org, to)?),
        "interest-by-fund" => reports::interest_by_fund(&books, &loan_views(b, org, to)?),
        "trial-balance" => reports::trial_balance(&books),
        "receipts-payments" => reports::receipts_payments(&books),
        "income-expenditure" => reports::income_expenditure(&books),
        "balance-sheet" => reports::balance_sheet(&books),
        "bank-linkage" => reports::bank_linkage(&books, &reports::YearEndParams::default()),
        "appropriation" => reports::appropriation(&books, &loan_views(b, org, to)?, &reports::YearEndParams::default()),
        "minutes" => reports::minutes(&books, &meeting_views(b, org, from, to)?, &b.loans(org.id)?),
        "panchsutra" => reports::panchsutra(&books, &meeting_views(b, org, from, to)?, &loan_views(b, org, to)?),
        "reversals" => reports::reversals(&books),
        "audit-checklist" => {
            // The auditor's sign-off of the fiscal year the period ends with (`year audit`).
            let fy = org.fiscal_year(to);
            let signoff = if fy.end() == to { b.year_audit(org.id, fy.start_year)?.map(|a| reports::AuditSignOff::of(&a)) } else { None };
            reports::audit_checklist(&books, &meeting_views(b, org, from, to)?, &loan_views(b, org, to)?, signoff.as_ref())
        }
        "approvals" => {
            let acts: Vec<reports::ActView> = b
                .acts(org.id)?
                .into_iter()
                .map(|a| reports::ActView {
                    action: a.action,
                    on: a.on,
                    voucher_id: a.voucher_id,
                    loan_number: a.loan_number,
                    policy_from: a.policy_from,
                    member_no: a.member_no,
                    done_by: a.done_by,
                    approved_by: a.approved_by,
                })
                .collect();
            reports::approvals(&books, &acts)
        }
        "attendance" => reports::attendance_register(&books, &meeting_views(b, org, from, to)?),
        "share-register" => reports::share_register(&books, &b.share_prices(org.id)?),
        "dividends" => reports::dividends(&books),
        "levy-register" => {
            let (deaths, row) = super::welfare::death_views(b, org, opt(&p.member).as_deref())?;
            reports::levy_register(&books, &deaths, &super::welfare::levies_unpaid(b, org, to.succ_opt().unwrap_or(to))?, row)
        }
        "welfare-benefits" => reports::welfare_benefits(&books, &b.benefits(org.id)?),
        "welfare-fees" => {
            let only = match opt(&p.member) {
                Some(no) => Some(super::welfare::member_of(b, org, &no)?.id),
                None => None,
            };
            reports::welfare_fees(&books, &b.welfare_rules(org.id)?, only)
        }
        "share-out" => super::vsla::share_out_report(b, org, to, ctx.today)?,
        "followup-list" => reports::followup::followup_list(org, to, &followup_entries(b, org, to)?),
        "debt-free" => reports::followup::debt_free(org, to, &debt_free_entries(b, org, to)?),
        "visit-log" => reports::followup::visit_log(org, to, &visit_entries(b, org, opt(&p.member).as_deref())?),
        _ => return Err(Error::UnknownReport { name: p.name.clone() }),
    })
}

/// A visit read from the book, with its borrower.
pub(crate) struct Visit {
    pub on: chrono::NaiveDate,
    pub loan: i64,
    pub member_no: String,
    pub member_name: String,
    pub visitors: String,
    pub found: String,
    pub record_matches: bool,
}

/// The visits of an organisation, oldest first, or those about one member's loans.
pub(crate) fn visits(b: &Book<'_>, org: &Organisation, member: Option<&str>) -> Result<Vec<Visit>> {
    let only = match member.map(str::trim).filter(|s| !s.is_empty()) {
        Some(no) => Some(b.member_by_no(org.id, no)?.ok_or_else(|| Error::UnknownMember { member: no.to_string() })?.id),
        None => None,
    };
    let loans: std::collections::HashMap<i64, crate::store::LoanRecord> = b.loans(org.id)?.into_iter().map(|l| (l.id, l)).collect();
    let mut out = Vec::new();
    for v in b.visits(org.id)? {
        let Some(loan) = loans.get(&v.loan_id) else { continue };
        if only.is_some_and(|m| m != loan.member_id) {
            continue;
        }
        let m = b.member(loan.member_id)?;
        out.push(Visit { on: v.visited_on, loan: loan.number, member_no: m.admission_no, member_name: m.name, visitors: v.visitors, found: v.found, record_matches: v.record_matches });
    }
    Ok(out)
}

/// The visits to households about their loans (one member's when `member` is given).
pub(crate) fn visit_entries(b: &Book<'_>, org: &Organisation, member: Option<&str>) -> Result<Vec<crate::reports::followup::VisitEntry>> {
    Ok(visits(b, org, member)?
        .into_iter()
        .map(|v| crate::reports::followup::VisitEntry { on: v.on, borrower: format!("{} {}", v.member_no, v.member_name), loan: v.loan, visitors: v.visitors, found: v.found, record_matches: v.record_matches })
        .collect())
}

/// Every loan on follow-up on `as_of`: rescheduled or overdue, and not yet repaid.
pub(crate) fn followup_entries(b: &Book<'_>, org: &Organisation, as_of: chrono::NaiveDate) -> Result<Vec<crate::reports::followup::FollowupEntry>> {
    let visits = b.visits(org.id)?;
    // The latest promise per loan from the meetings held by `as_of` (later meetings replace).
    let mut promised: std::collections::HashMap<i64, (chrono::NaiveDate, crate::domain::money::Money)> = std::collections::HashMap::new();
    for m in b.followup_meetings(org.id)?.into_iter().filter(|m| m.held_on <= as_of) {
        for p in m.promises {
            promised.insert(p.loan_id, (p.pay_on, p.amount));
        }
    }
    let mut out = Vec::new();
    for v in super::report::loan_views(b, org, as_of)? {
        let on_followup = v.rescheduled.is_some() || v.dues.days_past_due > 0;
        if v.status == "cancelled" || !v.outstanding.is_positive() || !on_followup {
            continue;
        }
        let borrower = b.member(v.loan.member_id)?;
        let guarantors = v.loan.guarantors.iter().map(|g| Ok(super::label(&b.member(*g)?))).collect::<Result<Vec<_>>>()?;
        let (phone, _, _) = b.member_personal(borrower.id)?;
        let last_payment = b.loan_payments(v.loan.id)?.into_iter().map(|p| p.on).filter(|d| *d <= as_of).max();
        let seen: Vec<chrono::NaiveDate> = visits.iter().filter(|x| x.loan_id == v.loan.id && x.visited_on <= as_of).map(|x| x.visited_on).collect();
        out.push(crate::reports::followup::FollowupEntry {
            loan: v.loan.number,
            borrower: super::label(&borrower),
            guarantors,
            contact: phone.filter(|p| !p.trim().is_empty()),
            overdue: v.dues.principal_overdue + v.dues.interest_overdue,
            days_overdue: v.dues.days_past_due,
            last_payment,
            next_due: v.dues.next_due.map(|(d, _)| d),
            rescheduled: v.rescheduled.is_some(),
            visits: seen.len() as i64,
            last_visit: seen.iter().max().copied(),
            promised: promised.get(&v.loan.id).copied(),
        });
    }
    Ok(out)
}

/// Borrowers who were on follow-up at some time up to `as_of` and owe nothing on it: a loan was
/// on follow-up if it was rescheduled, visited, or overdue on the day after any of its
/// instalments fell due. She became debt-free on the last repayment of her last loan.
pub(crate) fn debt_free_entries(b: &Book<'_>, org: &Organisation, as_of: chrono::NaiveDate) -> Result<Vec<crate::reports::followup::DebtFreeEntry>> {
    use crate::domain::money::Money;
    use std::collections::BTreeMap;
    let visited: std::collections::BTreeSet<i64> = b.visits(org.id)?.into_iter().filter(|x| x.visited_on <= as_of).map(|x| x.loan_id).collect();
    let views = super::report::loan_views(b, org, as_of)?;
    // Per borrower: whether she owes anything, her followed loans, her last repayment.
    let mut by_member: BTreeMap<i64, (bool, Vec<i64>, Option<chrono::NaiveDate>)> = BTreeMap::new();
    for v in &views {
        if v.status == "cancelled" {
            continue;
        }
        let e = by_member.entry(v.loan.member_id).or_insert((false, Vec::new(), None));
        if v.outstanding.is_positive() {
            e.0 = true;
            continue;
        }
        let last = b.loan_payments(v.loan.id)?.into_iter().map(|p| p.on).filter(|d| *d <= as_of).max();
        e.2 = e.2.max(last);
        let mut followed = v.rescheduled.is_some() || !b.reschedules(v.loan.id)?.is_empty() || visited.contains(&v.loan.id);
        if !followed {
            for due in v.schedule.instalments.iter().map(|i| i.due_on).filter(|d| *d < as_of) {
                let next = due.succ_opt().unwrap_or(due);
                if super::loans::loan_state(b, &v.loan, next, Money::ZERO)?.dues.days_past_due > 0 {
                    followed = true;
                    break;
                }
            }
        }
        if followed {
            e.1.push(v.loan.number);
        }
    }
    let mut out = Vec::new();
    for (member, (owes, loans, last)) in by_member {
        if owes || loans.is_empty() {
            continue;
        }
        if let Some(on) = last {
            out.push(crate::reports::followup::DebtFreeEntry { borrower: super::label(&b.member(member)?), loans, on });
        }
    }
    Ok(out)
}
