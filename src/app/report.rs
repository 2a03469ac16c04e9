//! `samuh report <name>`: gathers an organisation's journal, members, loans and meetings from
//! the book and hands them to the pure report functions in `reports`.

use super::input::{date, Ctx};
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
    /// Admission number, for the passbook.
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

/// The meetings held from `from` to `to`, with their attendance and minutes.
fn meeting_views(b: &Book<'_>, org: &Organisation, from: NaiveDate, to: NaiveDate) -> Result<Vec<MeetingView>> {
    let mut meetings = Vec::new();
    for m in b.meetings(org.id)?.into_iter().filter(|m| m.date >= from && m.date <= to) {
        meetings.push(MeetingView { attendance: b.attendance(m.id)?, minutes: b.minutes(m.id)?, meeting: m });
    }
    Ok(meetings)
}

/// Builds the named report for one organisation.
pub fn report(store: &Store, ctx: &Ctx, p: &ReportParams) -> Result<Report> {
    let name = p.name.trim();
    if !reports::REPORTS.contains(&name) {
        return Err(Error::UnknownReport { name: p.name.clone() });
    }
    let b = store.read();
    let org = org_of(&b, p.org.trim())?;
    let opt = super::input::nonblank;
    let to = match opt(&p.to) {
        Some(s) => date("to", &s, ctx)?,
        None => ctx.today,
    };
    let from = match opt(&p.from) {
        Some(s) => date("from", &s, ctx)?,
        None => Books::fiscal_year_to_date(&org, to).0,
    };
    if from > to {
        return Err(Error::InvalidChoice { field: "from".into(), value: p.from.clone().unwrap_or_default() });
    }
    if name == "grading" {
        let sort = match opt(&p.sort) {
            None => reports::GradingSort::default(),
            Some(s) => reports::GradingSort::from_code(&s).ok_or_else(|| Error::GradingSortUnknown { value: s.clone(), choices: reports::GradingSort::CODES.join(", ") })?,
        };
        return Ok(reports::grading(&org, from, to, &super::federation::group_views(&b, &org)?, sort));
    }
    if let Some(r) = super::federation::rollup(&b, &org, name, from, to)? {
        return Ok(r);
    }
    if name == "trial-balance" {
        // Sums per account straight from SQL: the same figures without reading every voucher.
        let balances: Vec<(String, Money)> = b.balances(Some(org.id), Some(to))?.into_iter().map(|a| (a.code, a.balance)).collect();
        return Ok(reports::trial_balance_of(&org, to, &balances));
    }
    let members = b.members(org.id)?;
    let vouchers = b.vouchers(org.id, None, Some(to))?;
    let books = Books::new(&org, &members, &vouchers, from, to);
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
            reports::loan_register(&books, &loan_views(&b, &org, to)?, &uses)
        }
        "dcb" => {
            let before = from.pred_opt().unwrap_or(from);
            reports::dcb(&books, &loan_views(&b, &org, before)?, &loan_views(&b, &org, to)?)
        }
        "arrears" => reports::arrears(&books, &loan_views(&b, &org, to)?),
        "interest-by-fund" => reports::interest_by_fund(&books, &loan_views(&b, &org, to)?),
        "trial-balance" => reports::trial_balance(&books),
        "receipts-payments" => reports::receipts_payments(&books),
        "income-expenditure" => reports::income_expenditure(&books),
        "balance-sheet" => reports::balance_sheet(&books),
        "bank-linkage" => reports::bank_linkage(&books, &reports::YearEndParams::default()),
        "appropriation" => reports::appropriation(&books, &loan_views(&b, &org, to)?, &reports::YearEndParams::default()),
        "minutes" => reports::minutes(&books, &meeting_views(&b, &org, from, to)?, &b.loans(org.id)?),
        "panchsutra" => reports::panchsutra(&books, &meeting_views(&b, &org, from, to)?, &loan_views(&b, &org, to)?),
        "reversals" => reports::reversals(&books),
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
        "attendance" => reports::attendance_register(&books, &meeting_views(&b, &org, from, to)?),
        "share-register" => reports::share_register(&books, &b.share_prices(org.id)?),
        "dividends" => reports::dividends(&books),
        "levy-register" => {
            let (deaths, row) = super::welfare::death_views(&b, &org, opt(&p.member).as_deref())?;
            reports::levy_register(&books, &deaths, &super::welfare::levies_unpaid(&b, &org, to.succ_opt().unwrap_or(to))?, row)
        }
        "welfare-benefits" => reports::welfare_benefits(&books, &b.benefits(org.id)?),
        "share-out" => super::vsla::share_out_report(&b, &org, to, ctx.today)?,
        _ => return Err(Error::UnknownReport { name: p.name.clone() }),
    })
}
