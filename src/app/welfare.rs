//! A death in the funeral-welfare club and the welfare benefits of a savings group (issue 15,
//! seed 004): the club's rules, recording a death with its levy register, collecting levies,
//! the payout that settles the deceased's loans first (in the same transaction when the lending
//! fund is kept in this book, by a signed settlement slip when it is not), the fund's receipt of
//! a slip on either side, and benefits paid from the welfare fund.

use crate::store::error::StoreError;
use super::input::{amount, date, free_text, Ctx};
use super::saved::{ensure_not_below_zero, Saved};
use super::{check_entry_date, label, org_of};
use crate::domain::ledger::{code, welfare_accounts};
use crate::domain::money::{Money, Rounding};
use crate::domain::org::{Member, Organisation};
use crate::domain::welfare::{self as rules, BenefitKind, Debt, PayoutPlan, SettleBy, WelfareModel, WelfareRule};
use crate::error::{Error, Result};
use crate::store::{BenefitRecord, Book, DeathRecord, PayoutRecord, SettlementRecord, Store, VoucherMeta};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// A version of the welfare rules (`samuh welfare rules`). Amounts left out are zero.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct WelfareRuleInput {
    pub org: String,
    /// In force from this date.
    pub from: String,
    /// "per-death" (default) or "annual-fee".
    #[serde(default)]
    pub model: Option<String>,
    #[serde(default)]
    pub levy: Option<String>,
    #[serde(default)]
    pub annual_fee: Option<String>,
    /// Percent of a death's collection kept for administration.
    #[serde(default)]
    pub admin_share: Option<String>,
    /// Unpaid levies after which a member loses eligibility (0 or left out: never).
    #[serde(default)]
    pub arrears_limit: Option<String>,
    #[serde(default)]
    pub death_benefit: Option<String>,
    #[serde(default)]
    pub birth: Option<String>,
    #[serde(default)]
    pub sickness: Option<String>,
    #[serde(default)]
    pub old_age: Option<String>,
}

fn opt_amount(field: &str, s: &Option<String>, org: &Organisation) -> Result<Money> {
    match s.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(v) => amount(field, v, org.currency),
        None => Ok(Money::ZERO),
    }
}

/// Records a version of the welfare rules from a date.
pub fn welfare_rule_set(store: &mut Store, ctx: &Ctx, i: &WelfareRuleInput) -> Result<i64> {
    let from = date("from", &i.from, ctx)?;
    let w = super::command::Write { name: "welfare_rule", org: &i.org, client_id: None, date: None, input: i };
    super::command::write_command(store, ctx, w, |b, org, _| {
        let model = match i.model.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(m) => WelfareModel::from_code(m).ok_or_else(|| Error::InvalidChoice { field: "model".into(), value: m.to_string() })?,
            None => WelfareModel::PerDeath,
        };
        let admin_share = match i.admin_share.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(s) => admin_share_of(s)?,
            None => Decimal::ZERO,
        };
        let arrears_limit = match i.arrears_limit.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(s) => super::input::count("arrears-limit", s)?,
            None => 0,
        };
        let r = WelfareRule {
            id: 0,
            org_id: org.id,
            effective_from: from,
            model,
            levy: opt_amount("levy", &i.levy, &org)?,
            annual_fee: opt_amount("annual-fee", &i.annual_fee, &org)?,
            admin_share,
            arrears_limit,
            death_benefit: opt_amount("death-benefit", &i.death_benefit, &org)?,
            birth: opt_amount("birth", &i.birth, &org)?,
            sickness: opt_amount("sickness", &i.sickness, &org)?,
            old_age: opt_amount("old-age", &i.old_age, &org)?,
        };
        // A version of the rules, once recorded, stands; the next one starts on another day.
        if b.welfare_rules(org.id)?.iter().any(|x| x.effective_from == from) {
            return Err(Error::WelfareRulesSameDay { date: from });
        }
        Ok(b.insert_welfare_rule(&r, &ctx.now)?)
    })
}

/// The admin share as typed: a percentage from 0 to 100 ("5", "2.5", "5 %", in any digits).
/// A number outside it ("150", "-5") is refused with the bounds; anything else is not a number.
fn admin_share_of(typed: &str) -> Result<Decimal> {
    let d = super::input::signed_rate("admin-share", typed)?;
    if d.is_sign_negative() || d > Decimal::ONE_HUNDRED {
        return Err(Error::AdminShareOutOfRange { input: typed.to_string() });
    }
    Ok(d)
}

/// `samuh welfare death`: a member died.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct DeathInput {
    pub org: String,
    /// The deceased's admission number.
    pub member: String,
    pub date: String,
    /// Who receives the payout; left out: the nominee in the member register.
    #[serde(default)]
    pub nominee: Option<String>,
    #[serde(default)]
    pub client_id: Option<String>,
}

/// What recording a death answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct DeathSaved {
    pub death_id: i64,
    /// Members who owe the levy.
    pub owing: i64,
    /// The levy per member, as a decimal string.
    pub levy: String,
    /// What the levy raises if every member pays.
    pub expected: String,
    pub book_code: String,
    pub already_recorded: bool,
}

pub(crate) fn member_of(b: &Book<'_>, org: &Organisation, no: &str) -> Result<Member> {
    let no = no.trim();
    let found = match b.member_by_no(org.id, no)? {
        Some(m) => Some(m),
        None => match crate::i18n::checked_digits(no, "member").ok().filter(|latin| latin != no) {
            Some(latin) => b.member_by_no(org.id, &latin)?,
            None => None,
        },
    };
    found.ok_or_else(|| Error::UnknownMember { member: no.to_string() })
}

/// The deaths recorded before `on`, with what each member still owes of their levies on `on`.
fn unpaid_levies(b: &Book<'_>, org: &Organisation, on: NaiveDate) -> Result<std::collections::HashMap<i64, u32>> {
    let mut out = std::collections::HashMap::new();
    for d in b.deaths(org.id)?.into_iter().filter(|d| d.died_on < on) {
        let paid: HashSet<i64> = b.levies_paid(d.id)?.into_iter().filter(|p| p.paid_on <= on).map(|p| p.member_id).collect();
        for m in b.levy_due(d.id)? {
            if !paid.contains(&m) {
                *out.entry(m).or_insert(0) += 1;
            }
        }
    }
    Ok(out)
}

/// Records a death: the member must be enrolled that day, once, and eligible; the levy of the
/// rules in force is raised on every other member enrolled that day (none under the annual-fee
/// model, whose death benefit is paid from the fund).
pub fn death_record(store: &mut Store, ctx: &Ctx, i: &DeathInput) -> Result<DeathSaved> {
    let on = date("date", &i.date, ctx)?;
    let w = super::command::Write { name: "welfare_death", org: &i.org, client_id: i.client_id.as_deref(), date: Some(on), input: i };
    super::command::write_command(store, ctx, w, |b, org, _| {
        let m = member_of(b, &org, &i.member)?;
        let deaths = b.deaths(org.id)?;
        if deaths.iter().any(|d| d.member_id == m.id) {
            return Err(Error::DeathAlreadyRecorded { member: label(&m) });
        }
        let dead_before: HashSet<i64> = deaths.iter().filter(|d| d.died_on <= on).map(|d| d.member_id).collect();
        if !m.is_active_on(on) {
            return Err(Error::DeathNotEnrolled { member: label(&m), date: on });
        }
        let all = b.welfare_rules(org.id)?;
        let rule = rules::rule_on(&all, on).ok_or(Error::NoDeathLevy)?.clone();
        if rule.model == WelfareModel::PerDeath && !rule.levy.is_positive() {
            return Err(Error::NoDeathLevy);
        }
        let unpaid = unpaid_levies(b, &org, on)?.get(&m.id).copied().unwrap_or(0);
        if !rule.eligible(unpaid) {
            return Err(Error::DeathNotEligible { member: label(&m), unpaid: unpaid.into() });
        }
        let due: Vec<i64> = match rule.model {
            WelfareModel::PerDeath => b.members(org.id)?.into_iter().filter(|x| x.id != m.id && x.is_active_on(on) && !dead_before.contains(&x.id)).map(|x| x.id).collect(),
            WelfareModel::AnnualFee => Vec::new(),
        };
        let levy = if rule.model == WelfareModel::PerDeath { rule.levy } else { Money::ZERO };
        let nominee = match i.nominee.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(n) => super::input::name_text("nominee", n, super::input::MAX_NAME)?,
            None => m.nominee.clone().unwrap_or_default(),
        };
        let d = DeathRecord { id: 0, org_id: org.id, member_id: m.id, died_on: on, nominee, rule_id: rule.id, levy };
        let id = b.insert_death(&d, &due, &ctx.now)?;
        let expected = Money::from_minor(levy.minor() * due.len() as i64);
        let out = DeathSaved {
            death_id: id,
            owing: due.len() as i64,
            levy: levy.to_plain(),
            expected: expected.to_plain(),
            book_code: super::head_code(b, org.id)?,
            already_recorded: false,
        };
        Ok(out)
    })
}

/// The death of the member with this admission number.
fn death_of(b: &Book<'_>, org: &Organisation, no: &str) -> Result<(Member, DeathRecord)> {
    let m = member_of(b, org, no)?;
    let d = b.death_of(m.id)?.filter(|d| d.org_id == org.id).ok_or_else(|| Error::UnknownDeath { member: label(&m) })?;
    Ok((m, d))
}

/// `samuh welfare collect`: levies paid for a death, at a meeting or as they come.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct LevyCollectInput {
    pub org: String,
    /// The deceased's admission number.
    pub deceased: String,
    pub date: String,
    /// The admission numbers of the members who paid.
    #[serde(default)]
    pub members: Vec<String>,
    /// Every member who still owes paid (instead of naming them).
    #[serde(default)]
    pub all_owing: bool,
    #[serde(default)]
    pub client_id: Option<String>,
}

/// Records levies paid: each payer must owe the levy and not have paid it; one voucher, cash in
/// and the welfare fund credited member by member.
pub fn levy_collect(store: &mut Store, ctx: &Ctx, i: &LevyCollectInput) -> Result<Saved> {
    let on = date("date", &i.date, ctx)?;
    let w = super::command::Write { name: "welfare_collect", org: &i.org, client_id: i.client_id.as_deref(), date: Some(on), input: i };
    super::command::write_command(store, ctx, w, |b, org, _| {
        let (dm, d) = death_of(b, &org, &i.deceased)?;
        // The payout was worked out from the levies collected by then: a levy taken after it
        // would sit in the welfare fund with no payout to carry it to the family.
        if let Some(p) = b.payout_of(d.id)? {
            return Err(Error::LevyAfterPayout { deceased: label(&dm), paid: p.paid_on });
        }
        if on < d.died_on {
            return Err(Error::WelfareBeforeDeath { deceased: label(&dm), date: on, died: d.died_on });
        }
        let due: HashSet<i64> = b.levy_due(d.id)?.into_iter().collect();
        let mut paid: HashSet<i64> = b.levies_paid(d.id)?.into_iter().map(|p| p.member_id).collect();
        let mut payers: Vec<(i64, Money)> = Vec::new();
        if i.all_owing {
            let mut owing: Vec<i64> = due.iter().copied().filter(|m| !paid.contains(m)).collect();
            owing.sort_unstable();
            payers.extend(owing.into_iter().map(|m| (m, d.levy)));
        }
        // A member named twice (or named beside "all owing", which takes her already) pays once:
        // said as named twice, not as paid, since nothing was paid yet.
        let mut listed: HashSet<i64> = payers.iter().map(|p| p.0).collect();
        for no in &i.members {
            let m = member_of(b, &org, no)?;
            if !due.contains(&m.id) {
                return Err(Error::LevyNotOwed { member: label(&m), deceased: label(&dm) });
            }
            if !listed.insert(m.id) {
                return Err(Error::MemberListedTwice { member: label(&m) });
            }
            if !paid.insert(m.id) {
                return Err(Error::LevyAlreadyPaid { member: label(&m), deceased: label(&dm) });
            }
            payers.push((m.id, d.levy));
        }
        if payers.is_empty() {
            return Err(Error::Required { field: "members".into() });
        }
        let entry = rules::levy_collection(on, &payers, &format!("levy {}", dm.admission_no))?;
        let v = b.append_voucher(&org, &entry, &VoucherMeta { client_id: i.client_id.as_deref(), recorded_at: &ctx.now, ..Default::default() })?;
        b.insert_levy_collection(d.id, v.id, on, &payers, &ctx.now)?;
        let saved = Saved::voucher(b, &org, &v, None, false)?;
        Ok(saved)
    })
}

/// One loan of the deceased the payout settles: `fund` is the code of an organisation in this
/// book (its loan `loan` by number, owed computed to the payout date) or, for a fund kept in
/// another book, its name, with the principal and interest its statement gives.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct SettleInput {
    pub fund: String,
    pub loan: String,
    #[serde(default)]
    pub principal: Option<String>,
    #[serde(default)]
    pub interest: Option<String>,
}

/// `samuh welfare payout`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct PayoutInput {
    pub org: String,
    pub deceased: String,
    pub date: String,
    #[serde(default)]
    pub loans: Vec<SettleInput>,
    #[serde(default)]
    pub client_id: Option<String>,
}

/// One loan settled, as the payout answers it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct SettledLoan {
    pub fund: String,
    pub loan: String,
    pub principal: String,
    pub interest: String,
    /// What the benefit did not cover, still owed to the fund.
    pub left: String,
    /// The fund's voucher when the fund is kept in this book.
    pub fund_voucher: Option<String>,
    pub slip: String,
}

/// What a payout answers: the club's voucher and every step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct PayoutSaved {
    pub saved: Saved,
    pub collected: String,
    pub admin: String,
    pub benefit: String,
    pub settled: Vec<SettledLoan>,
    /// Paid (or owed) to the lending funds in all.
    pub to_funds: String,
    pub to_family: String,
}

/// The rounding of the club's by-laws in force, else to the minor unit half up.
fn rounding_of(b: &Book<'_>, org: &Organisation, on: NaiveDate) -> Result<Rounding> {
    Ok(crate::domain::policy::in_force(&b.policies(org.id)?, on).map(|p| p.rounding).unwrap_or(Rounding::PAISA_HALF_UP))
}

/// What was collected for a death by `on`; under the annual-fee model, the death benefit.
fn collected_for(b: &Book<'_>, d: &DeathRecord, rule: &WelfareRule, on: NaiveDate) -> Result<Money> {
    Ok(match rule.model {
        WelfareModel::PerDeath => b.levies_paid(d.id)?.into_iter().filter(|p| p.paid_on <= on).map(|p| p.amount).sum(),
        WelfareModel::AnnualFee => rule.death_benefit,
    })
}

/// A loan of a fund in this book and what it owes on `on` (principal and interest).
fn same_book_debt(b: &Book<'_>, fund: &Organisation, loan_no: &str, on: NaiveDate) -> Result<(crate::store::LoanRecord, Money, Money)> {
    let n = super::input::count("loan", loan_no)? as i64;
    let loan = b.loan_by_number(fund.id, n)?.ok_or_else(|| Error::UnknownLoan { loan: loan_no.to_string() })?;
    let fine = crate::domain::policy::in_force(&b.policies(fund.id)?, on).map(|p| p.fine_late_instalment).unwrap_or(Money::ZERO);
    let st = super::loans::loan_state(b, &loan, on, fine)?;
    if st.outstanding.is_zero() && st.dues.interest_due.is_zero() {
        return Err(Error::LoanNotActive { loan: format!("{} {}", fund.code, loan.number) });
    }
    Ok((loan, st.outstanding, st.dues.interest_due))
}

/// Pays out a death: refused before anything is collected and a second time; the admin share is
/// kept, the deceased's loans are settled first (interest, then principal) and the rest goes to
/// the nominee. A fund kept in this book receives its repayment in the same transaction, each
/// voucher naming the other; a fund kept elsewhere is owed by a settlement slip.
pub fn welfare_payout(store: &mut Store, ctx: &Ctx, i: &PayoutInput) -> Result<PayoutSaved> {
    let on = date("date", &i.date, ctx)?;
    let w = super::command::Write { name: "welfare_payout", org: &i.org, client_id: i.client_id.as_deref(), date: Some(on), input: i };
    super::command::write_command(store, ctx, w, |b, org, _| {
        let (dm, d) = death_of(b, &org, &i.deceased)?;
        if b.payout_of(d.id)?.is_some() {
            return Err(Error::PayoutAlreadyMade { deceased: label(&dm) });
        }
        if on < d.died_on {
            return Err(Error::WelfareBeforeDeath { deceased: label(&dm), date: on, died: d.died_on });
        }
        // Levies already collected after the payout's date would be left in the fund, counted
        // in no payout: the payout is dated on or after the last collection.
        if let Some(last) = b.levies_paid(d.id)?.iter().map(|p| p.paid_on).max().filter(|last| *last > on) {
            return Err(Error::PayoutBeforeLastLevy { deceased: label(&dm), date: on, last });
        }
        let all = b.welfare_rules(org.id)?;
        let rule = all.iter().find(|r| r.id == d.rule_id).cloned().ok_or(Error::NoDeathLevy)?;
        let collected = collected_for(b, &d, &rule, on)?;
        if !collected.is_positive() {
            return Err(Error::PayoutBeforeCollection { deceased: label(&dm) });
        }
        // The loans: (fund org in this book, loan record) or the amounts the fund's statement gives.
        let mut debts = Vec::new();
        let mut local = Vec::new();
        for (k, s) in i.loans.iter().enumerate() {
            let fund = s.fund.trim();
            let loan_no = s.loan.trim();
            if fund.is_empty() {
                return Err(Error::Required { field: format!("loans.{k}.fund") });
            }
            if loan_no.is_empty() {
                return Err(Error::Required { field: format!("loans.{k}.loan") });
            }
            match b.org_by_code(fund)?.filter(|f| f.id != org.id) {
                Some(f) => {
                    let (loan, principal, interest) = same_book_debt(b, &f, loan_no, on)?;
                    debts.push(Debt { fund: f.code.clone(), loan: loan.number.to_string(), principal, interest });
                    local.push(Some((f, loan)));
                }
                None => {
                    let p = s.principal.as_deref().map(str::trim).filter(|x| !x.is_empty()).ok_or_else(|| Error::Required { field: format!("loans.{k}.principal") })?;
                    let principal = amount("principal", p, org.currency)?;
                    let interest = opt_amount("interest", &s.interest, &org)?;
                    debts.push(Debt { fund: free_text("fund", fund)?, loan: free_text("loan", loan_no)?, principal, interest });
                    local.push(None);
                }
            }
        }
        let plan = rules::payout_plan(collected, rule.admin_share, rounding_of(b, &org, on)?, &debts)?;
        let by: Vec<SettleBy> = local.iter().map(|l| if l.is_some() { SettleBy::Cash } else { SettleBy::Owed }).collect();
        if by.contains(&SettleBy::Owed) {
            b.ensure_accounts(org.id, &welfare_accounts())?;
        }
        // The fund's voucher numbers, known before they are written, so the club's voucher can
        // name them; the fund's vouchers name the club's (written first).
        let club_fy = org.fiscal_year(on);
        let club_no = b.next_voucher_number(org.id, club_fy.start_year)?;
        let club_ref = format!("{} {}/{:04}", org.code, club_fy.label(), club_no);
        let mut fund_refs: Vec<Option<String>> = Vec::new();
        let mut next_in: std::collections::HashMap<i64, i64> = std::collections::HashMap::new();
        for l in &local {
            fund_refs.push(match l {
                Some((f, _)) => {
                    check_entry_date(b, f, on, ctx.today)?;
                    let fy = f.fiscal_year(on);
                    let n = match next_in.get(&f.id) {
                        Some(n) => *n,
                        None => b.next_voucher_number(f.id, fy.start_year)?,
                    };
                    next_in.insert(f.id, n + 1);
                    Some(format!("{} {}/{:04}", f.code, fy.label(), n))
                }
                None => None,
            });
        }
        let slip_of = |k: usize| format!("{}-{}-{}", org.code, dm.admission_no, k + 1);
        let settles: Vec<String> = plan
            .settled
            .iter()
            .enumerate()
            .map(|(k, s)| match &fund_refs[k] {
                Some(r) => format!("{} {} = {}", s.debt.fund, s.debt.loan, r),
                None => format!("{} {} = {}", s.debt.fund, s.debt.loan, slip_of(k)),
            })
            .collect();
        let narration = format!("payout {}; {}", dm.admission_no, settles.join("; "));
        let entry = rules::payout_entry(on, &plan, &by, narration.trim_end_matches("; "))?;
        let v = b.append_voucher(&org, &entry, &VoucherMeta { client_id: i.client_id.as_deref(), recorded_at: &ctx.now, ..Default::default() })?;
        let mut settlements = Vec::new();
        let mut answer = Vec::new();
        for (k, s) in plan.settled.iter().enumerate() {
            let mut fund_voucher = None;
            let mut fund_org_id = None;
            let mut loan_id = None;
            if let Some((f, loan)) = &local[k] {
                let e = rules::settlement_received(on, loan.member_id, loan.id, s.interest, s.principal, &format!("settled by {club_ref} ({})", slip_of(k)))?;
                if !e.entry().lines.is_empty() {
                    let fv = b.append_voucher(f, &e, &VoucherMeta { recorded_at: &ctx.now, ..Default::default() })?;
                    fund_voucher = Some(fv.id);
                }
                fund_org_id = Some(f.id);
                loan_id = Some(loan.id);
            }
            settlements.push(SettlementRecord {
                id: 0,
                payout_id: 0,
                fund_org_id,
                fund_name: s.debt.fund.clone(),
                loan_ref: s.debt.loan.clone(),
                loan_id,
                principal: s.principal,
                interest: s.interest,
                fund_voucher_id: fund_voucher,
                slip_ref: slip_of(k),
            });
            answer.push(SettledLoan {
                fund: s.debt.fund.clone(),
                loan: s.debt.loan.clone(),
                principal: s.principal.to_plain(),
                interest: s.interest.to_plain(),
                left: s.left().to_plain(),
                fund_voucher: if fund_voucher.is_some() { fund_refs[k].clone() } else { None },
                slip: slip_of(k),
            });
        }
        b.insert_payout(
            &PayoutRecord { id: 0, death_id: d.id, paid_on: on, collected, admin: plan.admin, family: plan.to_family, voucher_id: v.id, settlements },
            &ctx.now,
        )?;
        ensure_not_below_zero(b, &org, on)?;
        let saved = Saved::voucher(b, &org, &v, None, false)?;
        let out = PayoutSaved {
            saved,
            collected: collected.to_plain(),
            admin: plan.admin.to_plain(),
            benefit: plan.benefit.to_plain(),
            settled: answer,
            to_funds: plan.to_funds().to_plain(),
            to_family: plan.to_family.to_plain(),
        };
        Ok(out)
    })
}

/// The payout plan as recorded (for the statement): the death, the deceased, the plan and the
/// settlements.
pub(crate) fn recorded_plan(b: &Book<'_>, org: &Organisation, no: &str) -> Result<(Member, DeathRecord, Option<(PayoutRecord, PayoutPlan)>)> {
    let (m, d) = death_of(b, org, no)?;
    let Some(p) = b.payout_of(d.id)? else { return Ok((m, d, None)) };
    let rule = b.welfare_rules(org.id)?.into_iter().find(|r| r.id == d.rule_id).ok_or(Error::NoDeathLevy)?;
    let debts: Vec<Debt> = p.settlements.iter().map(|s| Debt { fund: s.fund_name.clone(), loan: s.loan_ref.clone(), principal: s.principal, interest: s.interest }).collect();
    let mut plan = rules::payout_plan(p.collected, rule.admin_share, Rounding::PAISA_HALF_UP, &debts)?;
    // What was recorded is what the statement shows (the plan's figures are those saved).
    plan.admin = p.admin;
    plan.benefit = p.collected - p.admin;
    plan.to_family = p.family;
    Ok((m, d, Some((p, plan))))
}

// ---------------------------------------------------------------------------------------------
// Settlement slips: written by the club, recorded by the fund's book, received by the club.
// ---------------------------------------------------------------------------------------------

const SLIP_MAGIC: &str = "samuh-settlement-slip";
const SLIP_VERSION: i64 = 1;

/// What a settlement slip says, signed with the club's key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Slip {
    pub slip: String,
    pub club: String,
    pub club_name: String,
    pub deceased: String,
    pub died_on: String,
    pub paid_on: String,
    pub fund: String,
    pub loan: String,
    pub currency: String,
    pub principal_minor: i64,
    pub interest_minor: i64,
    pub club_voucher: String,
    pub public_key: String,
    pub fingerprint: String,
}

fn slip_message(payload: &[u8]) -> Vec<u8> {
    let mut m = format!("{SLIP_MAGIC} {SLIP_VERSION}\n").into_bytes();
    m.extend_from_slice(payload);
    m
}

/// The slips of a death's payout for funds kept in other books, each as the bytes of its signed
/// file (the organisation's signing key is made on first use).
pub fn settlement_slips(store: &mut Store, ctx: &Ctx, org: &str, deceased: &str) -> Result<Vec<(Slip, Vec<u8>)>> {
    store.write(|b| {
        let org = org_of(b, org.trim())?;
        let (m, d, p) = recorded_plan(b, &org, deceased)?;
        let (p, _) = p.ok_or_else(|| Error::PayoutBeforeCollection { deceased: label(&m) })?;
        let (public, secret) = super::federation::signing_key(b, &org, &ctx.now)?;
        let fp = crate::domain::federation::fingerprint(&super::federation::from_hex::<32>(&public).ok_or(Error::Store(StoreError::BookDamaged))?);
        let v = b.voucher(p.voucher_id)?.ok_or(Error::Store(StoreError::BookDamaged))?;
        let fy = crate::domain::org::FiscalYear { start_year: v.fiscal_year, start_month: org.fiscal_start_month, start_day: org.fiscal_start_day };
        let mut out = Vec::new();
        for s in p.settlements.iter().filter(|s| s.fund_org_id.is_none()) {
            let slip = Slip {
                slip: s.slip_ref.clone(),
                club: org.code.clone(),
                club_name: org.name.clone(),
                deceased: label(&m),
                died_on: d.died_on.to_string(),
                paid_on: p.paid_on.to_string(),
                fund: s.fund_name.clone(),
                loan: s.loan_ref.clone(),
                currency: org.currency.code().to_string(),
                principal_minor: s.principal.minor(),
                interest_minor: s.interest.minor(),
                club_voucher: format!("{}/{:04}", fy.label(), v.number),
                public_key: public.clone(),
                fingerprint: fp.clone(),
            };
            let payload = serde_json::to_vec_pretty(&slip).expect("serialises");
            let sig = crate::domain::federation::sign(&secret, &slip_message(&payload));
            let mut bytes = format!("{SLIP_MAGIC} {SLIP_VERSION}\nsignature: {}\n\n", crate::domain::ledger::hex(&sig)).into_bytes();
            bytes.extend_from_slice(&payload);
            out.push((slip, bytes));
        }
        Ok(out)
    })
}

/// The printed copy of a slip as a PDF in the club's language.
#[cfg(feature = "documents")]
pub fn slip_pdf(store: &Store, slip: &Slip) -> Result<Vec<u8>> {
    let b = store.read();
    let org = org_of(&b, &slip.club)?;
    let lang = crate::i18n::Lang::from_code(&org.lang).unwrap_or(crate::i18n::Lang::En);
    let (principal, interest) = (Money::from_minor(slip.principal_minor), Money::from_minor(slip.interest_minor));
    let words = crate::i18n::amount_in_words(principal + interest, org.currency, lang);
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| Error::Store(StoreError::BookDamaged));
    let view = crate::reports::SlipView {
        slip: slip.slip.clone(),
        club: format!("{} {}", org.code, org.name),
        deceased: slip.deceased.clone(),
        died_on: day(&slip.died_on)?,
        paid_on: day(&slip.paid_on)?,
        fund: slip.fund.clone(),
        loan: slip.loan.clone(),
        principal,
        interest,
        club_voucher: slip.club_voucher.clone(),
        fingerprint: slip.fingerprint.clone(),
    };
    let members = Vec::new();
    let vouchers = Vec::new();
    let books = crate::reports::Books::new(&org, &members, &vouchers, view.paid_on, view.paid_on);
    let r = crate::reports::settlement_slip(&books, &view, &words);
    crate::render::render_pdf(&r, &crate::i18n::Localizer::new(crate::i18n::Locale::new(lang)), crate::render::PageSize::A5)
}

/// Reads a slip's bytes: refuses anything not signed by the key it names, or changed since.
pub fn slip_decode(bytes: &[u8], path: &str) -> Result<Slip> {
    let altered = || Error::SlipAltered { path: path.to_string() };
    let head = format!("{SLIP_MAGIC} {SLIP_VERSION}\nsignature: ");
    let rest = bytes.strip_prefix(head.as_bytes()).ok_or_else(altered)?;
    let end = rest.windows(2).position(|w| w == b"\n\n").ok_or_else(altered)?;
    let sig = std::str::from_utf8(&rest[..end]).ok().and_then(super::federation::from_hex::<64>).ok_or_else(altered)?;
    let payload = &rest[end + 2..];
    let slip: Slip = serde_json::from_slice(payload).map_err(|_| altered())?;
    let public = super::federation::from_hex::<32>(&slip.public_key).ok_or_else(altered)?;
    if !crate::domain::federation::verify(&public, &slip_message(payload), &sig) || crate::domain::federation::fingerprint(&public) != slip.fingerprint {
        return Err(altered());
    }
    Ok(slip)
}

/// `samuh welfare slip-record`: the lending fund's book records a club's slip as the loan's
/// repayment, with the club's reference.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct SlipRecordInput {
    /// The lending fund.
    pub org: String,
    /// The slip file.
    pub file: String,
    /// The loan's number in the fund's book.
    pub loan: String,
    pub date: String,
    /// Register the club's key from this slip: its first slip in this book, once its
    /// fingerprint was compared with the club's printed slip.
    #[serde(default)]
    pub register: bool,
}

pub fn slip_record(store: &mut Store, ctx: &Ctx, i: &SlipRecordInput) -> Result<Saved> {
    let on = date("date", &i.date, ctx)?;
    let bytes = std::fs::read(i.file.trim()).map_err(|e| Error::Store(StoreError::FileUnreadable { path: i.file.clone(), reason: crate::error::IoReason::of_io(&e), detail: e.to_string() }))?;
    let slip = slip_decode(&bytes, i.file.trim())?;
    let w = super::command::Write { name: "welfare_slip_record", org: &i.org, client_id: None, date: Some(on), input: i };
    super::command::write_command(store, ctx, w, |b, org, _| {
        if slip.currency != org.currency.code() {
            return Err(Error::SlipAltered { path: i.file.clone() });
        }
        // The signature proves the slip unchanged; the key registered for its club proves who
        // signed it (anyone can make a key and sign a slip naming the club).
        let path = i.file.trim().to_string();
        match b.slip_key(org.id, &slip.club)? {
            Some((public, _)) if public == slip.public_key => {}
            Some((_, registered)) => return Err(Error::SlipWrongKey { path, club: slip.club.clone(), fingerprint: slip.fingerprint.clone(), registered }),
            None if i.register => {
                b.insert_slip_key(org.id, &slip.club, &slip.public_key, &slip.fingerprint, &ctx.now)?;
            }
            None => return Err(Error::SlipClubUnknown { path, club: slip.club.clone(), fingerprint: slip.fingerprint.clone() }),
        }
        if b.slip_received(org.id, &slip.slip)?.is_some() {
            return Err(Error::SlipAlreadyRecorded { slip: slip.slip.clone() });
        }
        // The slip settles the loan it names, in the digits it was written in or the reader's.
        let latin = |s: &str| crate::i18n::checked_digits(s.trim(), "loan").unwrap_or_else(|_| s.trim().to_string());
        if latin(&slip.loan) != latin(&i.loan) {
            return Err(Error::SlipOtherLoan { slip: slip.slip.clone(), loan: slip.loan.clone(), chosen: i.loan.trim().to_string() });
        }
        let (loan, principal, interest) = same_book_debt(b, &org, &i.loan, on)?;
        let (sp, si) = (Money::from_minor(slip.principal_minor), Money::from_minor(slip.interest_minor));
        if sp > principal {
            return Err(Error::SlipAboveLoan { slip: slip.slip.clone(), amount: sp + si, owed: principal + interest });
        }
        let e = rules::settlement_received(on, loan.member_id, loan.id, si, sp, &format!("settlement slip {} of {} {}", slip.slip, slip.club, slip.club_voucher))?;
        let v = b.append_voucher(&org, &e, &VoucherMeta { recorded_at: &ctx.now, ..Default::default() })?;
        b.insert_settlement_receipt(org.id, &slip.slip, on, v.id, &ctx.now)?;
        Saved::voucher(b, &org, &v, None, false)
    })
}

/// `samuh welfare slip-received`: the club records the fund's receipt of its slip and pays what
/// it owed.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct SlipReceivedInput {
    pub org: String,
    pub slip: String,
    pub date: String,
}

pub fn slip_received(store: &mut Store, ctx: &Ctx, i: &SlipReceivedInput) -> Result<Saved> {
    let on = date("date", &i.date, ctx)?;
    let w = super::command::Write { name: "welfare_slip_received", org: &i.org, client_id: None, date: Some(on), input: i };
    super::command::write_command(store, ctx, w, |b, org, _| {
        let slip = i.slip.trim();
        let (club, s) = b.settlement_by_slip(slip)?.filter(|(c, s)| *c == org.id && s.fund_org_id.is_none()).ok_or_else(|| Error::UnknownSlip { slip: slip.to_string() })?;
        let _ = club;
        if b.slip_received(org.id, slip)?.is_some() {
            return Err(Error::SlipAlreadyRecorded { slip: slip.to_string() });
        }
        let e = rules::settlement_paid(on, s.principal + s.interest, &format!("slip {slip} received by {}", s.fund_name))?;
        let v = b.append_voucher(&org, &e, &VoucherMeta { recorded_at: &ctx.now, ..Default::default() })?;
        b.insert_settlement_receipt(org.id, slip, on, v.id, &ctx.now)?;
        ensure_not_below_zero(b, &org, on)?;
        Saved::voucher(b, &org, &v, None, false)
    })
}

// ---------------------------------------------------------------------------------------------
// Benefits from birth to death
// ---------------------------------------------------------------------------------------------

/// `samuh welfare benefit`: a benefit of the by-laws paid to a member from the welfare fund.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct BenefitInput {
    pub org: String,
    pub member: String,
    /// birth, sickness, old-age or death.
    pub kind: String,
    pub date: String,
    #[serde(default)]
    pub client_id: Option<String>,
}

pub fn benefit_pay(store: &mut Store, ctx: &Ctx, i: &BenefitInput) -> Result<Saved> {
    let on = date("date", &i.date, ctx)?;
    let w = super::command::Write { name: "welfare_benefit", org: &i.org, client_id: i.client_id.as_deref(), date: Some(on), input: i };
    super::command::write_command(store, ctx, w, |b, org, _| {
        let kind = BenefitKind::from_code(&i.kind).ok_or_else(|| Error::InvalidChoice { field: "benefit-kind".into(), value: i.kind.clone() })?;
        // A member whose death is recorded receives nothing from that day: her family's death
        // benefit is the death's payout (paid once), not a benefit paid beside it.
        let m = member_of(b, &org, &i.member)?;
        if let Some(d) = b.death_of(m.id)?.filter(|d| d.org_id == org.id) {
            if kind == BenefitKind::Death || on >= d.died_on {
                return Err(Error::BenefitAfterDeath { member: label(&m), died: d.died_on });
            }
        }
        // The benefits of her life go to a member enrolled that day (joined, and not yet left);
        // a death benefit with no death recorded is paid to the family of a member who died.
        if kind != BenefitKind::Death {
            super::active_member(b, &org, &i.member, on)?;
        }
        let all = b.welfare_rules(org.id)?;
        let rule = rules::rule_on(&all, on).cloned().ok_or_else(|| Error::NoBenefit { kind: kind.code().into(), date: on })?;
        let amt = rule.benefit(kind);
        if !amt.is_positive() {
            return Err(Error::NoBenefit { kind: kind.code().into(), date: on });
        }
        let entry = rules::benefit_paid(on, m.id, kind, amt)?;
        let v = b.append_voucher(&org, &entry, &VoucherMeta { client_id: i.client_id.as_deref(), recorded_at: &ctx.now, ..Default::default() })?;
        b.insert_benefit(org.id, &BenefitRecord { id: 0, member_id: m.id, kind, paid_on: on, amount: amt, voucher_id: v.id }, rule.id, &ctx.now)?;
        ensure_not_below_zero(b, &org, on)?;
        let saved = Saved::voucher(b, &org, &v, None, false)?;
        Ok(saved)
    })
}

/// `samuh welfare fee`: annual welfare fees paid (the annual-fee model), one voucher.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct FeeInput {
    pub org: String,
    pub date: String,
    pub members: Vec<String>,
    #[serde(default)]
    pub client_id: Option<String>,
}

pub fn fee_collect(store: &mut Store, ctx: &Ctx, i: &FeeInput) -> Result<Saved> {
    let on = date("date", &i.date, ctx)?;
    let w = super::command::Write { name: "welfare_fee", org: &i.org, client_id: i.client_id.as_deref(), date: Some(on), input: i };
    super::command::write_command(store, ctx, w, |b, org, _| {
        let all = b.welfare_rules(org.id)?;
        let rule = rules::rule_on(&all, on).cloned().filter(|r| r.annual_fee.is_positive()).ok_or(Error::NoWelfareFee { date: on })?;
        // The fee is yearly: a member who has paid it this (fiscal) year, in a voucher that
        // stands, is refused rather than charged twice.
        let year = org.fiscal_year(on);
        let paid: HashSet<i64> = crate::reports::annual_fees_paid(&b.vouchers(org.id, Some(year.start()), Some(year.end()))?).into_iter().map(|f| f.member_id).collect();
        let mut fees = Vec::new();
        let mut seen = HashSet::new();
        for no in &i.members {
            let m = super::active_member(b, &org, no, on)?;
            if paid.contains(&m.id) {
                return Err(Error::WelfareFeeAlreadyPaid { member: label(&m), year });
            }
            if seen.insert(m.id) {
                fees.push((m.id, rule.annual_fee));
            }
        }
        if fees.is_empty() {
            return Err(Error::Required { field: "members".into() });
        }
        let entry = rules::fees_paid(on, &fees, &format!("welfare fee {}", org.fiscal_year(on).label()))?;
        let v = b.append_voucher(&org, &entry, &VoucherMeta { client_id: i.client_id.as_deref(), recorded_at: &ctx.now, ..Default::default() })?;
        let saved = Saved::voucher(b, &org, &v, None, false)?;
        Ok(saved)
    })
}

/// What a member owes of levies on `on` (deaths before it whose levy she has not paid).
pub fn levies_unpaid(b: &Book<'_>, org: &Organisation, on: NaiveDate) -> Result<std::collections::HashMap<i64, u32>> {
    unpaid_levies(b, org, on)
}

/// The cash the club needs for the payout is what the levy put in; the club's welfare fund on
/// `on` (for the screen).
pub fn welfare_fund(b: &Book<'_>, org: &Organisation, on: NaiveDate) -> Result<Money> {
    Ok(-b.account_balance(org.id, code::WELFARE_FUND, None, None, Some(on))?)
}

/// Every death of the organisation as the levy register reads it: with a member named, the
/// death of that member when recorded, else every death with that member's row only.
pub(crate) fn death_views(b: &Book<'_>, org: &Organisation, member: Option<&str>) -> Result<(Vec<crate::reports::DeathView>, Option<i64>)> {
    let (only, row) = match member {
        Some(no) => {
            let m = member_of(b, org, no)?;
            match b.death_of(m.id)?.filter(|d| d.org_id == org.id) {
                Some(d) => (Some(d.id), None),
                None => (None, Some(m.id)),
            }
        }
        None => (None, None),
    };
    let rules = b.welfare_rules(org.id)?;
    let mut out = Vec::new();
    for d in b.deaths(org.id)?.into_iter().filter(|d| only.is_none_or(|id| id == d.id)) {
        let payout = b.payout_of(d.id)?;
        let mut received = std::collections::HashMap::new();
        if let Some(p) = &payout {
            for s in &p.settlements {
                if let Some(on) = b.slip_received(org.id, &s.slip_ref)? {
                    received.insert(s.slip_ref.clone(), on);
                }
            }
        }
        out.push(crate::reports::DeathView {
            deceased: b.member(d.member_id)?,
            rule: rules.iter().find(|r| r.id == d.rule_id).cloned().ok_or(Error::NoDeathLevy)?,
            due: b.levy_due(d.id)?,
            paid: b.levies_paid(d.id)?,
            payout,
            received,
            death: d,
        });
    }
    Ok((out, row))
}

/// The payout statement of a death as a report in the club's language (amount in words in it).
pub fn payout_statement(store: &Store, ctx: &Ctx, org: &str, deceased: &str) -> Result<(crate::reports::Report, crate::i18n::Lang)> {
    let b = store.read();
    let org = org_of(&b, org.trim())?;
    let (m, d, p) = recorded_plan(&b, &org, deceased)?;
    let (p, plan) = p.ok_or_else(|| Error::PayoutBeforeCollection { deceased: label(&m) })?;
    let lang = crate::i18n::Lang::from_code(&org.lang).unwrap_or(ctx.lang);
    let words = crate::i18n::amount_in_words(plan.to_family, org.currency, lang);
    let members = b.members(org.id)?;
    let vouchers = b.vouchers(org.id, None, Some(p.paid_on))?;
    let books = crate::reports::Books::new(&org, &members, &vouchers, org.fiscal_year(p.paid_on).start(), p.paid_on);
    let payers = b.levies_paid(d.id)?.into_iter().filter(|x| x.paid_on <= p.paid_on).count() as i64;
    let mut loans = Vec::new();
    for s in &p.settlements {
        let guarantors = match s.loan_id {
            Some(id) => {
                let loan = b.loan(id)?.ok_or(Error::Store(StoreError::BookDamaged))?;
                let mut g = Vec::new();
                for gid in loan.guarantors {
                    g.push(label(&b.member(gid)?));
                }
                g
            }
            None => Vec::new(),
        };
        let reference = match s.fund_voucher_id {
            Some(v) => {
                let fund = b.orgs()?.into_iter().find(|o| Some(o.id) == s.fund_org_id);
                match (b.voucher(v)?, fund) {
                    (Some(v), Some(f)) => {
                        let fy = crate::domain::org::FiscalYear { start_year: v.fiscal_year, start_month: f.fiscal_start_month, start_day: f.fiscal_start_day };
                        format!("{} {}/{:04}", f.code, fy.label(), v.number)
                    }
                    _ => s.slip_ref.clone(),
                }
            }
            None => s.slip_ref.clone(),
        };
        loans.push(crate::reports::StatementLoan { guarantors, reference });
    }
    Ok((crate::reports::payout_statement(&books, &m, &d, payers, &plan, p.paid_on, &loans, &words), lang))
}

/// The payout statement as a PDF in the club's language.
#[cfg(feature = "documents")]
pub fn payout_statement_pdf(store: &Store, ctx: &Ctx, org: &str, deceased: &str) -> Result<Vec<u8>> {
    let (r, lang) = payout_statement(store, ctx, org, deceased)?;
    crate::render::render_pdf(&r, &crate::i18n::Localizer::new(crate::i18n::Locale::new(lang)), crate::render::PageSize::A4)
}

// What a replay of these commands answers (the command log keeps them as JSON).
super::saved::json_answer! {
    DeathSaved => |a| a.already_recorded = true;
    PayoutSaved => |a| a.saved.already_recorded = true;
}
