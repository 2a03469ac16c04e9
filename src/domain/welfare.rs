//! A death in a funeral-welfare club and the welfare a savings group pays (issue 15, seed 004):
//! the club's rules as dated versions, who owes a death's levy, who has lost eligibility by
//! arrears, the payout plan (admin share, then the deceased's loans, then the nominee) and its
//! postings. Pure: no IO, no clock.

use crate::domain::ledger::{code, BalancedEntry, Entry, Line, LineKind, VoucherKind};
use crate::domain::loan::RepaymentSplit;
use crate::domain::money::{Money, Rounding};
use crate::domain::org::vocabulary;
use crate::domain::refusal::{Refusal, Result};
use chrono::NaiveDate;
use rust_decimal::Decimal;

vocabulary!(
    /// How a club pays for a death: a levy from every member per death, or a yearly fee into the
    /// welfare fund that pays a fixed death benefit (domain.md §4.7).
    WelfareModel { PerDeath = "per-death", AnnualFee = "annual-fee" }
);

vocabulary!(
    /// The welfare a savings group's by-laws pay "from birth to death".
    BenefitKind { Birth = "birth", Sickness = "sickness", OldAge = "old-age", Death = "death" }
);

/// One version of the club's (or group's) welfare rules, in force from a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WelfareRule {
    pub id: i64,
    pub org_id: i64,
    pub effective_from: NaiveDate,
    pub model: WelfareModel,
    /// What every enrolled member pays for one death (per-death model).
    pub levy: Money,
    /// What every enrolled member pays a year (annual-fee model).
    pub annual_fee: Money,
    /// The part of a death's collection the club keeps for its administration, in percent.
    pub admin_share: Decimal,
    /// A member who owes this many levies or more has lost eligibility (0: never).
    pub arrears_limit: u32,
    /// The benefits by kind (0: not paid). A death under the annual-fee model pays `death`.
    pub death_benefit: Money,
    pub birth: Money,
    pub sickness: Money,
    pub old_age: Money,
}

impl WelfareRule {
    /// The amount the rules set for a benefit of this kind (zero: the rules pay none).
    pub fn benefit(&self, kind: BenefitKind) -> Money {
        match kind {
            BenefitKind::Birth => self.birth,
            BenefitKind::Sickness => self.sickness,
            BenefitKind::OldAge => self.old_age,
            BenefitKind::Death => self.death_benefit,
        }
    }

    /// Whether a member owing `unpaid` levies keeps her eligibility.
    pub fn eligible(&self, unpaid: u32) -> bool {
        self.arrears_limit == 0 || unpaid < self.arrears_limit
    }
}

/// The version in force on `date`.
pub fn rule_on(rules: &[WelfareRule], date: NaiveDate) -> Option<&WelfareRule> {
    rules.iter().filter(|r| r.effective_from <= date).max_by_key(|r| (r.effective_from, r.id))
}

/// One loan of the deceased to settle: what the lending fund is owed on the payout date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Debt {
    pub fund: String,
    pub loan: String,
    pub principal: Money,
    pub interest: Money,
}

/// What a payout pays a loan: interest first, then principal, as far as the benefit reaches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settled {
    pub debt: Debt,
    pub interest: Money,
    pub principal: Money,
}

impl Settled {
    pub fn total(&self) -> Money {
        self.interest + self.principal
    }
    /// What the benefit did not cover, still owed to the fund.
    pub fn left(&self) -> Money {
        self.debt.principal + self.debt.interest - self.total()
    }
}

/// The payout of one death, step by step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayoutPlan {
    pub collected: Money,
    pub admin_share: Decimal,
    pub admin: Money,
    /// Collected less the admin share.
    pub benefit: Money,
    pub settled: Vec<Settled>,
    pub to_family: Money,
}

impl PayoutPlan {
    pub fn to_funds(&self) -> Money {
        self.settled.iter().map(Settled::total).sum()
    }
}

/// The payout from what was `collected`: the admin share (`admin_share` percent, rounded by the
/// by-laws) is kept, the rest settles the deceased's loans in the order given (each loan's
/// interest, then its principal), and what remains goes to the nominee.
pub fn payout_plan(collected: Money, admin_share: Decimal, rounding: Rounding, debts: &[Debt]) -> Result<PayoutPlan> {
    if admin_share.is_sign_negative() || admin_share > Decimal::ONE_HUNDRED {
        return Err(Refusal::PercentOutOfRange { percent: admin_share });
    }
    let admin = rounding.round(collected.decimal() * admin_share / Decimal::ONE_HUNDRED).min(collected).max(Money::ZERO);
    let benefit = collected - admin;
    let mut left = benefit;
    let mut settled = Vec::new();
    for d in debts {
        let interest = left.min(d.interest.max(Money::ZERO));
        left -= interest;
        let principal = left.min(d.principal.max(Money::ZERO));
        left -= principal;
        settled.push(Settled { debt: d.clone(), interest, principal });
    }
    Ok(PayoutPlan { collected, admin_share, admin, benefit, settled, to_family: left })
}

/// The levies of one collection: cash in, the welfare fund credited member by member.
pub fn levy_collection(date: NaiveDate, levies: &[(i64, Money)], narration: &str) -> Result<BalancedEntry> {
    let mut e = Entry::new(date, VoucherKind::Receipt, narration);
    for (member, amount) in levies {
        e.pair(Line::new(code::CASH, *amount, LineKind::Levy).member(*member), code::WELFARE_FUND);
    }
    e.balance()
}

/// Where the club's side of a settled loan goes: paid over in cash (the fund is in this book,
/// its receipt written in the same transaction) or owed until the fund's receipt is recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettleBy {
    Cash,
    Owed,
}

/// The club's payout voucher: the welfare fund gives up what was collected; the admin share
/// becomes the club's income, each loan's part is paid (or owed) to its fund, and the rest is
/// paid to the nominee.
pub fn payout_entry(date: NaiveDate, plan: &PayoutPlan, by: &[SettleBy], narration: &str) -> Result<BalancedEntry> {
    let mut e = Entry::new(date, VoucherKind::Payment, narration);
    e.pair(Line::new(code::WELFARE_FUND, plan.admin, LineKind::AdminShare), code::OTHER_INCOME);
    for (s, by) in plan.settled.iter().zip(by) {
        let to = match by {
            SettleBy::Cash => code::CASH,
            SettleBy::Owed => code::SETTLEMENT_PAYABLE,
        };
        e.pair(Line::new(code::WELFARE_FUND, s.total(), LineKind::DebtSettled).note(&format!("{} {}", s.debt.fund, s.debt.loan)), to);
    }
    e.pair(Line::new(code::WELFARE_FUND, plan.to_family, LineKind::WelfarePayout), code::CASH);
    e.balance()
}

/// The lending fund's side: the club's payment received as the loan's repayment (interest and
/// principal), no fine.
pub fn settlement_received(date: NaiveDate, member_id: i64, loan_id: i64, interest: Money, principal: Money, narration: &str) -> Result<BalancedEntry> {
    let mut e = Entry::new(date, VoucherKind::Repayment, narration);
    crate::domain::posting::repayment(&mut e, member_id, loan_id, &RepaymentSplit { fine: Money::ZERO, interest, principal });
    e.balance()
}

/// The club pays what it owed a fund in another book, once the fund's receipt is in hand.
pub fn settlement_paid(date: NaiveDate, amount: Money, narration: &str) -> Result<BalancedEntry> {
    let mut e = Entry::new(date, VoucherKind::Payment, narration);
    e.pair(Line::new(code::SETTLEMENT_PAYABLE, amount, LineKind::DebtSettled), code::CASH);
    e.balance()
}

/// A benefit paid from the welfare fund to a member.
pub fn benefit_paid(date: NaiveDate, member_id: i64, kind: BenefitKind, amount: Money) -> Result<BalancedEntry> {
    let mut e = Entry::new(date, VoucherKind::Payment, kind.code());
    e.pair(Line::new(code::WELFARE_FUND, amount, LineKind::WelfareBenefit).member(member_id).note(kind.code()), code::CASH);
    e.balance()
}

/// An annual fee paid into the welfare fund by members.
pub fn fees_paid(date: NaiveDate, fees: &[(i64, Money)], narration: &str) -> Result<BalancedEntry> {
    let mut e = Entry::new(date, VoucherKind::Receipt, narration);
    for (member, amount) in fees {
        e.pair(Line::new(code::CASH, *amount, LineKind::WelfareFee).member(*member), code::WELFARE_FUND);
    }
    e.balance()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rnd() -> Rounding {
        Rounding::PAISA_HALF_UP
    }

    #[test]
    fn the_seed_club_pays_the_fund_first_and_the_family_the_rest() {
        // 1,234 members pay ฿50 = ฿61,700; admin 5 % = ฿3,085; benefit 61,700 − 3,085 = ฿58,615.
        // Loan: principal ฿20,000, interest ฿700 → fund 20,700; family 58,615 − 20,700 = ฿37,915.
        let debts = [Debt { fund: "VF".into(), loan: "3".into(), principal: Money::units(20_000), interest: Money::units(700) }];
        let p = payout_plan(Money::units(61_700), Decimal::from(5), rnd(), &debts).unwrap();
        assert_eq!(p.admin, Money::units(3_085));
        assert_eq!(p.benefit, Money::units(58_615));
        assert_eq!(p.to_funds(), Money::units(20_700));
        assert_eq!(p.to_family, Money::units(37_915));
    }

    #[test]
    fn a_benefit_short_of_the_debt_pays_interest_first_and_leaves_the_rest_owed() {
        // ฿10,000 collected, no admin share; owed 700 interest + 20,000 principal → interest 700,
        // principal 10,000 − 700 = 9,300, left owed 20,700 − 10,000 = 10,700, family nothing.
        let debts = [Debt { fund: "VF".into(), loan: "3".into(), principal: Money::units(20_000), interest: Money::units(700) }];
        let p = payout_plan(Money::units(10_000), Decimal::ZERO, rnd(), &debts).unwrap();
        assert_eq!((p.settled[0].interest, p.settled[0].principal, p.settled[0].left()), (Money::units(700), Money::units(9_300), Money::units(10_700)));
        assert_eq!(p.to_family, Money::ZERO);
    }

    #[test]
    fn the_arrears_limit_takes_eligibility_away() {
        let r = WelfareRule {
            id: 1, org_id: 1, effective_from: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(), model: WelfareModel::PerDeath,
            levy: Money::units(50), annual_fee: Money::ZERO, admin_share: Decimal::ZERO, arrears_limit: 3,
            death_benefit: Money::ZERO, birth: Money::ZERO, sickness: Money::ZERO, old_age: Money::ZERO,
        };
        assert!(r.eligible(2));
        assert!(!r.eligible(3));
        assert!(WelfareRule { arrears_limit: 0, ..r }.eligible(100));
    }
}
