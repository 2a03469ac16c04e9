//! Loans: disbursing (with the cap and guarantor rules), repaying (allocated by the by-laws'
//! order), rescheduling by agreement, the state of a loan on any date, and reversing a voucher.

pub(crate) mod registers;

use crate::domain::refusal::Refusal;
use super::input::{amount, choice, count, count_positive, date, rate, At, Ctx, FieldRefusal};
use super::saved::{ensure_not_below_zero, Saved};
use super::{active_member, check_entry_date, label, org_of, policy_on};
use crate::domain::ledger::{code, Entry, LineKind};
use crate::domain::loan::{FundKind, InterestMethod, LoanTerms, RatePeriod, RepaymentFrequency, RepaymentSplit};
use crate::domain::posting;
use crate::domain::money::{Currency, Money, Rounding, RoundingMode};
use crate::domain::org::{FiscalYear, Member, Organisation};
use crate::domain::policy::Policy;
use crate::domain::schedule::{self, Dues, Instalment, Paid, Schedule};
use crate::error::{Error, Result};
use crate::store::{Book, LoanRecord, RescheduleRecord, Store, VoucherMeta, NewAct};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// A new loan as entered in the meeting grid or with `samuh loan disburse`. Terms left out come
/// from the by-laws in force.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct LoanInput {
    pub member: String,
    pub amount: String,
    #[serde(default)]
    pub fund: Option<String>,
    #[serde(default)]
    pub rate: Option<String>,
    #[serde(default)]
    pub rate_period: Option<String>,
    #[serde(default)]
    pub method: Option<String>,
    #[serde(default)]
    pub frequency: Option<String>,
    #[serde(default)]
    pub instalments: Option<String>,
    #[serde(default)]
    pub grace: Option<String>,
    #[serde(default)]
    pub purpose: String,
    #[serde(default)]
    pub guarantors: Vec<String>,
}

/// Where a loan stands on a date.
#[derive(Debug, Clone, PartialEq)]
pub struct LoanState {
    pub loan: LoanRecord,
    pub reschedules: Vec<RescheduleRecord>,
    /// The terms in force on the date (the latest reschedule on or before it, else the original).
    pub terms: LoanTerms,
    /// The schedule in force: instalments of the original terms before a reschedule (with the
    /// principal actually paid by then), then the rescheduled instalments.
    pub schedule: Schedule,
    pub paid: Vec<Paid>,
    pub dues: Dues,
    pub disbursed: Money,
    pub outstanding: Money,
    pub status: LoanStatus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum LoanStatus {
    Current,
    Overdue,
    Repaid,
    Rescheduled,
    /// The disbursement was reversed.
    Cancelled,
}

impl LoanStatus {
    pub fn code(self) -> &'static str {
        match self {
            LoanStatus::Current => "current",
            LoanStatus::Overdue => "overdue",
            LoanStatus::Repaid => "repaid",
            LoanStatus::Rescheduled => "rescheduled",
            LoanStatus::Cancelled => "cancelled",
        }
    }
}

/// The state of a loan as of a date, from the journal (never from a stored balance).
pub fn loan_state(book: &Book<'_>, loan: &LoanRecord, as_of: NaiveDate, fine_per_overdue: Money) -> Result<LoanState> {
    let paid: Vec<Paid> = book.loan_payments(loan.id)?.into_iter().filter(|p| p.on <= as_of).collect();
    let disbursed = loan_disbursed(book, loan, as_of)?;
    let outstanding = book.account_balance(loan.org_id, code::LOANS_TO_MEMBERS, None, Some(loan.id), Some(as_of))?;
    let reschedules: Vec<RescheduleRecord> = book.reschedules(loan.id)?;
    let in_force: Vec<&RescheduleRecord> = reschedules.iter().filter(|r| r.terms.start <= as_of).collect();
    let (terms, sched) = effective_schedule(loan, &in_force, &paid)?;
    let dues = schedule::dues(&sched, &terms, &paid, as_of, fine_per_overdue);
    // A loan whose disbursement was reversed was never given: nothing falls due on it, so it is
    // overdue in no register, list or count.
    let dues = if disbursed.is_zero() {
        schedule::Dues {
            as_of,
            outstanding_principal: Money::ZERO,
            principal_due: Money::ZERO,
            interest_due: Money::ZERO,
            principal_overdue: Money::ZERO,
            interest_overdue: Money::ZERO,
            fine_due: Money::ZERO,
            instalments_overdue: 0,
            days_past_due: 0,
            next_due: None,
            total_owed: Money::ZERO,
            explain: Vec::new(),
        }
    } else {
        dues
    };
    let status = if disbursed.is_zero() {
        LoanStatus::Cancelled
    } else if outstanding.is_zero() && dues.interest_due.is_zero() {
        LoanStatus::Repaid
    } else if dues.instalments_overdue > 0 {
        LoanStatus::Overdue
    } else if !in_force.is_empty() {
        LoanStatus::Rescheduled
    } else {
        LoanStatus::Current
    };
    Ok(LoanState { loan: loan.clone(), reschedules, terms, schedule: sched, paid, dues, disbursed, outstanding, status })
}

fn loan_disbursed(book: &Book<'_>, loan: &LoanRecord, as_of: NaiveDate) -> Result<Money> {
    // Disbursed = every debit to the loan's receivable that is not a repayment (disbursement or
    // opening lines, net of their reversals).
    Ok(book.loan_line_total(loan.id, code::LOANS_TO_MEMBERS, &[LineKind::Disbursement, LineKind::Opening], Some(as_of))?)
}

/// Joins the original schedule and any reschedules into the one schedule in force.
fn effective_schedule(loan: &LoanRecord, reschedules: &[&RescheduleRecord], paid: &[Paid]) -> Result<(LoanTerms, Schedule)> {
    let original = schedule::schedule(&loan.terms)?;
    let Some(last) = reschedules.last() else {
        return Ok((loan.terms.clone(), original));
    };
    // Before the (latest) reschedule: the original instalments, with scheduled principal cut to
    // what was actually paid by then, since the agreement re-plans the rest of the principal.
    let from = last.terms.start;
    let paid_principal: Money = paid.iter().filter(|p| p.on < from).map(|p| p.split.principal).sum();
    let mut left = paid_principal;
    // Folded arrears (issue 15): the old instalments keep only the interest paid by then, and
    // what was unpaid is spread over the new instalments instead of staying overdue on the old.
    let mut interest_left = paid.iter().filter(|p| p.on < from).map(|p| p.split.interest).sum::<Money>();
    let mut folded = Money::ZERO;
    let mut instalments: Vec<Instalment> = Vec::new();
    let mut opening = loan.terms.principal;
    for i in original.instalments.iter().filter(|i| i.due_on < from) {
        let principal = i.principal.min(left).max(Money::ZERO);
        left -= principal;
        let interest = if last.folds_arrears {
            let kept = i.interest.min(interest_left).max(Money::ZERO);
            interest_left -= kept;
            folded += i.interest - kept;
            kept
        } else {
            i.interest
        };
        instalments.push(Instalment { opening, principal, interest, total: principal + interest, closing: opening - principal, ..i.clone() });
        opening -= principal;
    }
    let new = schedule::reschedule(last.terms.principal, &last.terms)?;
    let offset = instalments.len() as u32;
    let shares = fold_shares(folded, new.instalments.len());
    instalments.extend(new.instalments.iter().zip(shares).map(|(i, extra)| Instalment { no: i.no + offset, interest: i.interest + extra, total: i.total + extra, ..i.clone() }));
    let total_principal = instalments.iter().map(|i| i.principal).sum();
    let total_interest = instalments.iter().map(|i| i.interest).sum();
    let mut explain = original.explain.clone();
    explain.extend(new.explain.clone());
    Ok((last.terms.clone(), Schedule { instalments, total_principal, total_interest, explain }))
}

/// Folded arrears spread over `n` new instalments: equal shares in whole minor units (paise,
/// satang), the remainder on the last, so the shares add up to exactly what was folded.
pub(crate) fn fold_shares(folded: Money, n: usize) -> Vec<Money> {
    if n == 0 {
        return Vec::new();
    }
    let total = folded.minor();
    let each = total / n as i64;
    let mut out = vec![Money::from_minor(each); n];
    out[n - 1] = Money::from_minor(total - each * (n as i64 - 1));
    out
}

/// The loan a repayment on `on` goes to: the one named, or else the member's oldest loan that had
/// been given and was still outstanding on that date (a meeting entered late from paper pays the
/// loan of its own day, not one given since).
pub(crate) fn loan_for_repayment(b: &Book<'_>, org: &Organisation, m: &Member, loan_no: Option<&str>, on: NaiveDate) -> Result<LoanRecord> {
    if let Some(no) = loan_no.map(str::trim).filter(|s| !s.is_empty()) {
        let n = count("loan", no)? as i64;
        let loan = b.loan_by_number(org.id, n)?.ok_or_else(|| Error::UnknownLoan { loan: no.to_string() })?;
        if loan.member_id != m.id {
            return Err(Error::LoanNotOfMember { loan: no.to_string(), member: label(m) });
        }
        return Ok(loan);
    }
    for loan in b.loans(org.id)?.into_iter().filter(|l| l.member_id == m.id && l.terms.start <= on) {
        if b.account_balance(org.id, code::LOANS_TO_MEMBERS, None, Some(loan.id), Some(on))?.is_positive() {
            return Ok(loan);
        }
    }
    Err(Error::NoLoanRunning { member: label(m), date: on })
}

/// The split of a repayment by the dues of its day and the by-laws' allocation order.
pub(crate) fn repayment_split(b: &Book<'_>, policy: &Policy, loan: &LoanRecord, m: &Member, amt: Money, on: NaiveDate) -> Result<RepaymentSplit> {
    let state = loan_state(b, loan, on, policy.fine_late_instalment)?;
    let loan_label = format!("{} ({})", loan.number, label(m));
    if state.status == LoanStatus::Cancelled || (state.outstanding.is_zero() && state.dues.total_owed.is_zero()) {
        return Err(Error::LoanNotActive { loan: loan_label });
    }
    // A repayment is split by the dues of its day; a later repayment already standing was split
    // without it (and may have closed the loan), so repayments go in date order.
    if let Some(later) = later_repayment(b, loan, on)? {
        return Err(Error::RepaidLater { loan: loan_label, date: later });
    }
    Ok(schedule::allocate(amt, &state.dues, policy.allocation_order, policy.allow_prepayment, &loan_label)?)
}

/// The last date after `on` with a repayment of the loan, when repayments after `on` still stand
/// (are not all reversed).
fn later_repayment(b: &Book<'_>, loan: &LoanRecord, on: NaiveDate) -> Result<Option<NaiveDate>> {
    let later: Vec<_> = b.loan_payments(loan.id)?.into_iter().filter(|p| p.on > on).collect();
    let total = later.iter().fold(Money::ZERO, |t, p| t + p.split.total());
    Ok(if !total.is_positive() { None } else { later.iter().rev().find(|p| p.split.total().is_positive()).map(|p| p.on) })
}

/// Validates a new loan against the by-laws (cap, guarantors) and builds its terms.
pub(crate) fn new_loan_terms(
    b: &Book<'_>,
    org: &Organisation,
    policy: &Policy,
    borrower: &Member,
    l: &LoanInput,
    on: NaiveDate,
    _ctx: &Ctx,
) -> std::result::Result<(LoanTerms, FundKind, Vec<i64>), FieldRefusal> {
    // An empty box is an amount not yet typed, never `"" is not an amount`.
    if l.amount.trim().is_empty() {
        return Err(Error::LoanAmountRequired).at(|| "amount".into());
    }
    let principal = amount("loan", &l.amount, org.currency).at(|| "amount".into())?;
    super::input::free_text("purpose", &l.purpose).at(|| "purpose".into())?;
    if !principal.is_positive() {
        // "principal" is a reason code the message selects its sentence by (`schedule::validate`).
        return Err(Error::Domain(Refusal::InvalidLoanTerms { detail: "principal".into() })).at(|| "amount".into());
    }
    let savings = -b.account_balance(org.id, code::MEMBER_SAVINGS, Some(borrower.id), None, Some(on))?;
    let outstanding = super::events::member_outstanding(b, org, borrower.id, on)?;
    policy.check_loan_cap(&label(borrower), principal, savings, outstanding).at(|| "amount".into())?;
    let mut guarantors = Vec::new();
    let mut seen = HashSet::new();
    for g in &l.guarantors {
        let gm = active_member(b, org, g, on).at(|| "guarantors".into())?;
        if gm.id == borrower.id || !seen.insert(gm.id) {
            return Err(Error::InvalidGuarantor { member: label(borrower), guarantor: label(&gm) }).at(|| "guarantors".into());
        }
        guarantors.push(gm.id);
    }
    if (guarantors.len() as u32) < policy.guarantors_required {
        return Err(Error::TooFewGuarantors { member: label(borrower), given: guarantors.len() as i64, required: policy.guarantors_required as i64 }).at(|| "guarantors".into());
    }
    let opt = super::input::nonblank;
    // A VSLA cycle's service charge (flat, a month) is what its loans are charged unless the
    // loan's own terms say otherwise; elsewhere (or a cycle without one), the by-laws' interest.
    let (rate_by_law, period_by_law, method_by_law) = match super::vsla::service_charge_on(b, org, on)? {
        Some(sc) => (sc, RatePeriod::Month, InterestMethod::Flat),
        None => (policy.interest_rate, policy.rate_period, policy.interest_method),
    };
    let terms = LoanTerms {
        principal,
        rate: match opt(&l.rate) { Some(s) => rate("rate", &s).at(|| "rate".into())?, None => rate_by_law },
        rate_period: match opt(&l.rate_period) { Some(s) => choice("rate-period", &s, RatePeriod::from_code).at(|| "rate_period".into())?, None => period_by_law },
        method: match opt(&l.method) { Some(s) => choice("method", &s, InterestMethod::from_code).at(|| "method".into())?, None => method_by_law },
        frequency: match opt(&l.frequency) { Some(s) => choice("repayment-frequency", &s, RepaymentFrequency::from_code).at(|| "frequency".into())?, None => policy.repayment_frequency },
        instalments: match opt(&l.instalments) { Some(s) => count_positive("instalments", &s).at(|| "instalments".into())?, None => policy.default_instalments },
        grace_periods: match opt(&l.grace) { Some(s) => count("grace", &s).at(|| "grace".into())?, None => 0 },
        start: on,
        rounding: policy.rounding,
        period: policy.period_convention,
    };
    // Terms no schedule can be built from (too many instalments, a rate that rounds to nothing).
    schedule::schedule(&terms).map_err(|r| {
        // The box the refused term was typed in.
        let field = match &r {
            Refusal::InvalidLoanTerms { detail } => match detail.as_str() {
                "rate" | "too-large" => "rate",
                "grace" | "bullet-grace" => "grace",
                "principal" | "rounding-above-principal" => "amount",
                _ => "instalments",
            },
            _ => "instalments",
        };
        FieldRefusal { field: field.into(), error: r.into() }
    })?;
    let fund = match opt(&l.fund) { Some(s) => choice("fund", &s, FundKind::from_code).at(|| "fund".into())?, None => FundKind::OwnSavings };
    Ok((terms, fund, guarantors))
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct DisburseInput {
    pub org: String,
    pub date: String,
    pub loan: LoanInput,
    #[serde(default)]
    pub client_id: Option<String>,
}

/// A loan disbursed between meetings (its own voucher).
pub fn loan_disburse(store: &mut Store, ctx: &Ctx, i: &DisburseInput) -> Result<Saved> {
    let on = date("date", &i.date, ctx)?;
    let (l, client_id) = (&i.loan, i.client_id.as_deref());
    let w = super::command::Write { name: "loan_disburse", org: &i.org, client_id: i.client_id.as_deref(), date: Some(on), input: i };
    super::command::write_command(store, ctx, w, |b, org, who| {
        let policy = policy_on(b, org, on)?;
        let borrower = active_member(b, org, &l.member, on)?;
        loan_give(b, ctx, org, who, &policy, &borrower, l, on, client_id)
    })
}

/// A loan given between meetings, on its own voucher, for a borrower already checked: its terms
/// under the by-laws `policy` (caps, guarantors), a second person's approval above the
/// threshold, the loan and its disbursement, then the fund and the cash checked, and who did
/// it. Members' loans and a village organisation's CIF loans to its SHGs (with their own
/// `policy`) both take this one rule.
#[allow(clippy::too_many_arguments)]
pub(crate) fn loan_give(b: &Book<'_>, ctx: &Ctx, org: &Organisation, who: &super::people::Who, policy: &Policy, borrower: &Member, l: &LoanInput, on: NaiveDate, client_id: Option<&str>) -> Result<Saved> {
    let (terms, fund, guarantors) = new_loan_terms(b, org, policy, borrower, l, on, ctx).map_err(Error::from)?;
    let approved_by = if terms.principal > super::people::approval_threshold(policy) { who.approval(org, "loan")? } else { None };
    let (loan_id, number) = b.insert_loan(org.id, borrower.id, fund, &terms, l.purpose.trim(), Some(policy.id), None, false, &guarantors)?;
    let entry = posting::loan_given(on, &posting::NewLoan { member_id: borrower.id, loan_id, principal: terms.principal })?;
    let v = b.append_voucher(org, &entry, &VoucherMeta { client_id, recorded_at: &ctx.now, ..Default::default() })?;
    // The fund first: a loan the fund cannot cover says so, not that the box ran short.
    super::events::ensure_funds_cover(b, org, &[(fund, terms.principal)], on).map_err(|r| r.error)?;
    ensure_not_below_zero(b, org, on)?;
    let mut saved = Saved::voucher(b, org, &v, None, false)?;
    saved.loans = vec![number];
    who.log(b, ctx, NewAct { voucher_id: Some(v.id), loan_id: Some(loan_id), approved_by, ..super::people::act(org, "loan", on) })?;
    // The code after the whole save, who did it included.
    saved.book_code = super::head_code(b, org.id)?;
    Ok(saved)
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct RepayInput {
    pub org: String,
    pub date: String,
    pub member: String,
    #[serde(default)]
    pub loan: Option<String>,
    pub amount: String,
    #[serde(default)]
    pub client_id: Option<String>,
}

/// A repayment between meetings (its own voucher).
pub fn loan_repay(store: &mut Store, ctx: &Ctx, i: &RepayInput) -> Result<Saved> {
    let on = date("date", &i.date, ctx)?;
    let w = super::command::Write { name: "loan_repay", org: &i.org, client_id: i.client_id.as_deref(), date: Some(on), input: i };
    super::command::write_command(store, ctx, w, |b, org, who| {
        let policy = policy_on(b, &org, on)?;
        let m = active_member(b, &org, &i.member, on)?;
        let amt = amount("repayment", &i.amount, org.currency)?;
        if !amt.is_positive() {
            return Err(Error::AmountNotPositive { field: "repayment".into(), input: i.amount.clone() });
        }
        let loan = loan_for_repayment(b, &org, &m, i.loan.as_deref(), on)?;
        let split = repayment_split(b, &policy, &loan, &m, amt, on)?;
        let v = b.append_voucher(&org, &posting::loan_repaid(on, m.id, loan.id, &split)?, &VoucherMeta { client_id: i.client_id.as_deref(), recorded_at: &ctx.now, ..Default::default() })?;
        let mut saved = Saved::voucher(b, &org, &v, None, false)?;
        who.log(b, ctx, NewAct { voucher_id: Some(v.id), loan_id: Some(loan.id), member_id: Some(m.id), ..super::people::act(&org, "repayment", on) })?;
        saved.book_code = super::head_code(b, org.id)?;
        Ok(saved)
    })
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct RescheduleInput {
    pub org: String,
    pub loan: String,
    pub date: String,
    #[serde(default)]
    pub rate: Option<String>,
    #[serde(default)]
    pub rate_period: Option<String>,
    #[serde(default)]
    pub method: Option<String>,
    #[serde(default)]
    pub frequency: Option<String>,
    pub instalments: String,
    /// The text of the debt acknowledgement (who agreed, witnesses, the meeting).
    pub agreement: String,
    /// The arrears (old interest unpaid) the reschedule keeps: "kept" apart on the old
    /// instalments (the default) or "folded" into the new ones, as the committee decides.
    #[serde(default)]
    #[ts(optional)]
    pub arrears: Option<String>,
    #[serde(default)]
    pub client_id: Option<String>,
}

/// Reschedules a loan from a date: the outstanding principal is re-planned under new terms. No
/// money moves, so no voucher; the agreement is recorded and the schedule follows it.
pub fn loan_reschedule(store: &mut Store, ctx: &Ctx, i: &RescheduleInput) -> Result<i64> {
    let on = date("date", &i.date, ctx)?;
    if super::input::free_text("agreement", &i.agreement)?.is_empty() {
        return Err(Error::ReasonRequired);
    }
    let folds = match super::input::nonblank(&i.arrears).as_deref() {
        None => None,
        Some("kept") => Some(false),
        Some("folded") => Some(true),
        Some(other) => return Err(Error::InvalidChoice { field: "arrears".into(), value: other.to_string() }),
    };
    let who = super::people::identify(store, ctx)?;
    store.write(|b| super::saved::once(b, i.client_id.as_deref(), "loan_reschedule", i, &ctx.now, || {
        let org = org_of(b, &i.org)?;
        who.may_record(Some(&org))?;
        check_entry_date(b, &org, on, ctx.today)?;
        let n = count("loan", &i.loan)? as i64;
        let loan = b.loan_by_number(org.id, n)?.ok_or_else(|| Error::UnknownLoan { loan: i.loan.clone() })?;
        let outstanding = b.account_balance(org.id, code::LOANS_TO_MEMBERS, None, Some(loan.id), Some(on))?;
        if !outstanding.is_positive() {
            return Err(Error::LoanNotActive { loan: i.loan.clone() });
        }
        // New terms start from what is owed on their day: a repayment or a reschedule dated after
        // it was worked on the old terms, and would stand split by dues that no longer exist.
        let later = later_repayment(b, &loan, on)?.into_iter().chain(b.reschedules(loan.id)?.iter().map(|r| r.terms.start).filter(|d| *d > on)).max();
        if let Some(later) = later {
            return Err(Error::RescheduleBeforeLater { loan: i.loan.trim().to_string(), date: on, later });
        }
        let current = loan_state(b, &loan, on, Money::ZERO)?.terms;
        let opt = super::input::nonblank;
        let terms = LoanTerms {
            principal: outstanding,
            rate: match opt(&i.rate) { Some(s) => rate("rate", &s)?, None => current.rate },
            rate_period: match opt(&i.rate_period) { Some(s) => choice("rate-period", &s, RatePeriod::from_code)?, None => current.rate_period },
            method: match opt(&i.method) { Some(s) => choice("method", &s, InterestMethod::from_code)?, None => current.method },
            frequency: match opt(&i.frequency) { Some(s) => choice("repayment-frequency", &s, RepaymentFrequency::from_code)?, None => current.frequency },
            instalments: count_positive("instalments", &i.instalments)?,
            grace_periods: 0,
            start: on,
            rounding: current.rounding,
            period: current.period,
        };
        schedule::reschedule(outstanding, &terms)?;
        let id = b.insert_reschedule(loan.id, &terms, i.agreement.trim(), i.client_id.as_deref(), &ctx.now)?;
        if let Some(folded) = folds {
            b.insert_reschedule_rule(id, folded, &ctx.now)?;
        }
        who.log(b, ctx, NewAct { loan_id: Some(loan.id), ..super::people::act(&org, "reschedule", on) })?;
        Ok(id)
    }))
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct ReverseInput {
    pub org: String,
    /// "2025-26/12", "2025-26/0012", or the voucher's number in the current fiscal year.
    pub voucher: String,
    pub reason: String,
    /// Date of the reversal; today when left out.
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub client_id: Option<String>,
}

/// Reverses a voucher: a new voucher that negates every line, linked to the original, with the
/// reason. Nothing is edited or deleted.
pub fn reverse(store: &mut Store, ctx: &Ctx, i: &ReverseInput) -> Result<Saved> {
    if super::input::free_text("reason", &i.reason)?.is_empty() {
        return Err(Error::ReasonRequired);
    }
    let on = match i.date.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => date("date", s, ctx)?,
        None => ctx.today,
    };
    let w = super::command::Write { name: "reverse", org: &i.org, client_id: i.client_id.as_deref(), date: Some(on), input: i };
    super::command::write_command(store, ctx, w, |b, org, who| {
        let approved_by = who.approval(&org, "reversal")?;
        let original = find_voucher(b, &org, &i.voucher, ctx.today)?;
        ensure_not_owned(b, &original, &i.voucher)?;
        super::vsla::ensure_cycle_not_shared_out(b, &org, &original, &i.voucher)?;
        let v = reverse_in(b, ctx, &org, &original, &i.voucher, on, i.reason.trim(), i.client_id.as_deref())?;
        let mut saved = Saved::voucher(b, &org, &v, None, false)?;
        who.log(b, ctx, NewAct { voucher_id: Some(v.id), approved_by, ..super::people::act(&org, "reversal", on) })?;
        saved.book_code = super::head_code(b, org.id)?;
        Ok(saved)
    })
}

/// Refuses to reverse, on its own, a voucher that a recorded event owns (a year's close, a
/// share-out, a welfare payout or slip, the levies of a death paid out): it is undone with its
/// event, or not at all. A collection of levies for a death not yet paid out is reversed like
/// any voucher: its members then owe the levy again (the register reads reversed collections
/// as unpaid).
pub(crate) fn ensure_not_owned(b: &Book<'_>, original: &crate::store::StoredVoucher, name: &str) -> Result<()> {
    let owned = |event: &str| Err(Error::VoucherOwnedByEvent { voucher: name.to_string(), event: event.to_string() });
    match b.voucher_owner(original.id)? {
        Some("levy") => match b.levy_collection_death(original.id)? {
            Some(death) if b.payout_of(death)?.is_none() => Ok(()),
            _ => owned("levy"),
        },
        Some(event) => owned(event),
        None => Ok(()),
    }
}

/// Reverses one voucher inside the caller's transaction: refuses a reversal, a voucher already
/// reversed, a date before the original, and a reversal that would un-give a loan with
/// repayments or un-save withdrawn savings. `name` is how the reader called the voucher.
#[allow(clippy::too_many_arguments)]
pub(crate) fn reverse_in(
    b: &Book<'_>,
    ctx: &Ctx,
    org: &Organisation,
    original: &crate::store::StoredVoucher,
    name: &str,
    on: NaiveDate,
    reason: &str,
    client_id: Option<&str>,
) -> Result<crate::store::VoucherRef> {
    if original.reverses_id.is_some() {
        return Err(Error::CannotReverseReversal { voucher: name.to_string() });
    }
    if original.reversed_by.is_some() {
        return Err(Error::AlreadyReversed { voucher: name.to_string() });
    }
    if on < original.date {
        return Err(Error::ReversalBeforeOriginal { voucher: name.to_string(), date: on, original: original.date });
    }
    let mut e = Entry::new(original.date, original.kind, &original.narration);
    e.lines = original.lines.clone();
    let rev = e.balance()?.reversed(on, reason);
    let v = b.append_voucher(org, &rev, &VoucherMeta { meeting_id: original.meeting_id, reverses: Some(original.id), client_id, recorded_at: &ctx.now })?;
    ensure_not_below_zero(b, org, on)?;
    // A loan cannot be un-given while repayments on it stand: its balance would go below zero.
    let mut loans: Vec<i64> = original.lines.iter().filter(|l| l.account == code::LOANS_TO_MEMBERS).filter_map(|l| l.loan_id).collect();
    loans.dedup();
    for id in loans {
        if b.account_balance(org.id, code::LOANS_TO_MEMBERS, None, Some(id), None)?.is_negative() {
            let number = b.loan(id)?.map(|l| l.number).unwrap_or(id);
            return Err(Error::LoanHasRepayments { loan: number.to_string() });
        }
    }
    // Nor can savings be un-saved once they have been withdrawn.
    let mut members: Vec<i64> = original.lines.iter().filter(|l| l.account == code::MEMBER_SAVINGS).filter_map(|l| l.member_id).collect();
    members.dedup();
    for id in members {
        let savings = -b.account_balance(org.id, code::MEMBER_SAVINGS, Some(id), None, None)?;
        if savings.is_negative() {
            return Err(Error::ReversalNegativeSavings { member: label(&b.member(id)?), shortfall: -savings });
        }
    }
    Ok(v)
}

pub(crate) fn find_voucher(b: &Book<'_>, org: &Organisation, r: &str, today: NaiveDate) -> Result<crate::store::StoredVoucher> {
    let unknown = || Error::UnknownVoucher { voucher: r.to_string() };
    let t = crate::i18n::normalize_digits(r.trim());
    let (fy, number) = match t.rsplit_once('/') {
        Some((fy, n)) => {
            let start: i32 = fy.split('-').next().and_then(|y| y.parse().ok()).ok_or_else(unknown)?;
            (start, n.parse::<i64>().map_err(|_| unknown())?)
        }
        None => (FiscalYear::containing(today, org.fiscal_start_month, org.fiscal_start_day).start_year, t.parse::<i64>().map_err(|_| unknown())?),
    };
    b.voucher_by_number(org.id, fy, number)?.ok_or_else(unknown)
}

/// Terms for `samuh loan schedule`: computed without a book.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct ScheduleInput {
    pub principal: String,
    pub rate: String,
    pub rate_period: String,
    pub method: String,
    pub frequency: String,
    pub instalments: String,
    #[serde(default)]
    pub grace: Option<String>,
    pub start: String,
    #[serde(default)]
    pub rounding_unit: Option<String>,
    #[serde(default)]
    pub rounding_mode: Option<String>,
    pub currency: String,
    /// How weeks are counted: "calendar" (the default) or "four-weeks".
    #[serde(default)]
    pub interest_period: Option<String>,
}

pub fn loan_schedule_preview(ctx: &Ctx, i: &ScheduleInput) -> Result<(LoanTerms, Schedule)> {
    let c = choice("currency", &i.currency, Currency::from_code)?;
    let unit = match i.rounding_unit.as_deref() { Some(s) => amount("rounding", s, c)?, None => Money::from_minor(1) };
    if !unit.is_positive() {
        return Err(Error::InvalidChoice { field: "rounding".into(), value: unit.to_plain() });
    }
    let terms = LoanTerms {
        principal: amount("principal", &i.principal, c)?,
        rate: rate("rate", &i.rate)?,
        rate_period: choice("rate-period", &i.rate_period, RatePeriod::from_code)?,
        method: choice("method", &i.method, InterestMethod::from_code)?,
        frequency: choice("repayment-frequency", &i.frequency, RepaymentFrequency::from_code)?,
        instalments: count_positive("instalments", &i.instalments)?,
        grace_periods: match &i.grace { Some(g) => count("grace", g)?, None => 0 },
        start: date("date", &i.start, ctx)?,
        rounding: Rounding::new(unit, match i.rounding_mode.as_deref() { Some(m) => choice("rounding", m, RoundingMode::from_code)?, None => RoundingMode::HalfUp }),
        period: match super::input::nonblank(&i.interest_period) {
            Some(s) => choice("interest-period", &s, crate::domain::loan::PeriodConvention::from_code)?,
            None => Default::default(),
        },
    };
    let s = schedule::schedule(&terms)?;
    Ok((terms, s))
}
