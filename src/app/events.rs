//! Life events and the limits the by-laws set (issue 15): a cap on what a member owes, a loan no
//! bigger than its fund holds, and (below) a death in a welfare club with its levy and payout.

use super::input::{At, Refusal};
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
pub(crate) fn ensure_funds_cover(b: &Book<'_>, org: &Organisation, loans: &[(FundKind, Money)], on: NaiveDate) -> std::result::Result<(), Refusal> {
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

