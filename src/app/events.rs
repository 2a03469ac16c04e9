//! Life events and the limits the by-laws set (issue 15): a cap on what a member owes, a loan no
//! bigger than its fund holds, and (below) a death in a welfare club with its levy and payout.

use super::input::{At, FieldRefusal};
use crate::domain::ledger::code;
use crate::domain::loan::FundKind;
use crate::domain::money::Money;
use crate::domain::org::Organisation;
use crate::error::{Error, Result};
use crate::store::Book;
use chrono::NaiveDate;

/// What a member owes in principal on all their loans on `on` (for a cap on what a member owes).
pub(crate) fn member_outstanding(b: &Book<'_>, org: &Organisation, member_id: i64, on: NaiveDate) -> Result<Money> {
    let mut total = Money::ZERO;
    for loan in b.loans(org.id)?.into_iter().filter(|l| l.member_id == member_id && l.terms.start <= on) {
        total += b.account_balance(org.id, code::LOANS_TO_MEMBERS, None, Some(loan.id), Some(on))?;
    }
    Ok(total)
}

/// The account a fund's capital is kept in; own savings have none (the cash box and bank are
/// their limit, checked by every save).
fn fund_account(fund: FundKind) -> Option<&'static str> {
    match fund {
        FundKind::OwnSavings => None,
        FundKind::RevolvingFund => Some(code::REVOLVING_FUND),
        FundKind::CommunityInvestmentFund => Some(code::CIF_PAYABLE),
        FundKind::BankLoan => Some(code::BANK_LOAN),
        FundKind::VillageFundCapital => Some(code::VILLAGE_FUND_CAPITAL),
        FundKind::WelfareFund => Some(code::WELFARE_FUND),
    }
}

/// A fund's capital on `on` (the credit balance of its account) and the principal outstanding on
/// the loans given from it. None for own savings.
fn fund_position(b: &Book<'_>, org: &Organisation, fund: FundKind, on: NaiveDate) -> Result<Option<(Money, Money)>> {
    let Some(account) = fund_account(fund) else { return Ok(None) };
    let capital = -b.account_balance(org.id, account, None, None, Some(on))?;
    let mut lent = Money::ZERO;
    for loan in b.loans(org.id)?.into_iter().filter(|l| l.fund == fund && l.terms.start <= on) {
        lent += b.account_balance(org.id, code::LOANS_TO_MEMBERS, None, Some(loan.id), Some(on))?;
    }
    Ok(Some((capital, lent)))
}

/// What a fund holds on `on` that is not lent out. None for own savings.
pub fn fund_available(b: &Book<'_>, org: &Organisation, fund: FundKind, on: NaiveDate) -> Result<Option<Money>> {
    Ok(fund_position(b, org, fund, on)?.map(|(capital, lent)| (capital - lent).max(Money::ZERO)))
}

/// Refuses, after a save has posted its new loans (and any grant to the fund that came with them
/// in the same meeting), a loan that took its fund's lending above the fund's capital; the
/// caller's transaction then writes nothing. `loans` are (fund, principal) as entered.
pub(crate) fn ensure_funds_cover(b: &Book<'_>, org: &Organisation, loans: &[(FundKind, Money)], on: NaiveDate) -> std::result::Result<(), FieldRefusal> {
    for (k, (fund, principal)) in loans.iter().enumerate() {
        if let Some((capital, lent)) = fund_position(b, org, *fund, on)? {
            if lent > capital {
                // What the fund held before the loans of this save from it that come after this one.
                let later: Money = loans[k + 1..].iter().filter(|(f, _)| f == fund).map(|(_, p)| *p).sum();
                let available = (capital - (lent - later - *principal)).max(Money::ZERO);
                if *principal > available {
                    return Err(Error::LoanAboveFund { fund: fund.code().into(), amount: *principal, available }).at(|| format!("loans.{k}.amount"));
                }
            }
        }
    }
    Ok(())
}


/// What a member owes in fines on `on` (charged while absent, not yet paid).
pub(crate) fn fines_owed(b: &Book<'_>, org: &Organisation, member_id: i64, on: NaiveDate) -> Result<Money> {
    Ok(b.account_balance(org.id, code::FINES_RECEIVABLE, Some(member_id), None, Some(on))?)
}

/// An owed fine paid between meetings (`samuh fine pay`).
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct FinePayInput {
    pub org: String,
    pub date: String,
    pub member: String,
    pub amount: String,
    #[serde(default)]
    pub client_id: Option<String>,
}

/// Records an owed fine paid: cash in, what the member owes cleared; its own voucher.
pub fn fine_pay(store: &mut crate::store::Store, ctx: &super::Ctx, i: &FinePayInput) -> Result<super::Saved> {
    let on = super::input::date("date", &i.date, ctx)?;
    let w = super::command::Write { name: "fine_pay", org: &i.org, client_id: i.client_id.as_deref(), date: Some(on), input: i };
    super::command::write_command(store, ctx, w, |b, org, who| {
        let m = super::active_member(b, &org, &i.member, on)?;
        let amt = super::input::amount("fine", &i.amount, org.currency)?;
        if !amt.is_positive() {
            return Err(Error::AmountNotPositive { field: "fine".into(), input: i.amount.clone() });
        }
        let owed = fines_owed(b, &org, m.id, on)?;
        if owed.is_zero() {
            return Err(Error::NoFineOwed { member: super::label(&m) });
        }
        if amt > owed {
            return Err(Error::FinePaymentAboveOwed { member: super::label(&m), amount: amt, owed });
        }
        let entry = crate::domain::posting::fine_payment(on, m.id, amt)?;
        let v = b.append_voucher(&org, &entry, &crate::store::VoucherMeta { client_id: i.client_id.as_deref(), recorded_at: &ctx.now, ..Default::default() })?;
        let mut saved = super::Saved::voucher(b, &org, &v, None, false)?;
        who.log(b, ctx, crate::store::NewAct { voucher_id: Some(v.id), member_id: Some(m.id), ..super::people::act(&org, "fine", on) })?;
        saved.book_code = super::head_code(b, org.id)?;
        Ok(saved)
    })
}
