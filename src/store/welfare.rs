//! The welfare records of issue 15 (migration 0013): a club's dated rules, deaths with their
//! levy registers, collections, payouts with the loans they settled, the funds' receipts of
//! settlement slips, and benefits paid. Each save joins the records chain in its transaction.

use super::chain::RecordKind;
use super::{date_text, parse_stored_date, Book};
use crate::domain::money::Money;
use crate::domain::welfare::{BenefitKind, WelfareModel, WelfareRule};
use crate::store::error::Result;
use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};
use rust_decimal::Decimal;
use std::str::FromStr;

/// A death as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeathRecord {
    pub id: i64,
    pub org_id: i64,
    pub member_id: i64,
    pub died_on: NaiveDate,
    pub nominee: String,
    pub rule_id: i64,
    pub levy: Money,
}

/// One levy paid: who, how much, when, in which voucher.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevyPaid {
    pub member_id: i64,
    pub amount: Money,
    pub paid_on: NaiveDate,
    pub voucher_id: i64,
}

/// One loan settled by a payout, with the slip that names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettlementRecord {
    pub id: i64,
    pub payout_id: i64,
    pub fund_org_id: Option<i64>,
    pub fund_name: String,
    pub loan_ref: String,
    pub loan_id: Option<i64>,
    pub principal: Money,
    pub interest: Money,
    pub fund_voucher_id: Option<i64>,
    pub slip_ref: String,
}

/// A payout as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayoutRecord {
    pub id: i64,
    pub death_id: i64,
    pub paid_on: NaiveDate,
    pub collected: Money,
    pub admin: Money,
    pub family: Money,
    pub voucher_id: i64,
    pub settlements: Vec<SettlementRecord>,
}

/// A benefit paid from the welfare fund.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BenefitRecord {
    pub id: i64,
    pub member_id: i64,
    pub kind: BenefitKind,
    pub paid_on: NaiveDate,
    pub amount: Money,
    pub voucher_id: i64,
}

fn bad(what: &str, v: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, format!("{what}: {v}").into())
}

const RULE_COLS: &str = "id, org_id, effective_from, model, levy_minor, annual_fee_minor, admin_share, arrears_limit, death_benefit_minor, birth_minor, sickness_minor, old_age_minor";

fn rule_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<WelfareRule> {
    let model: String = r.get(3)?;
    let share: String = r.get(6)?;
    Ok(WelfareRule {
        id: r.get(0)?,
        org_id: r.get(1)?,
        effective_from: parse_stored_date(&r.get::<_, String>(2)?)?,
        model: WelfareModel::from_code(&model).ok_or_else(|| bad("welfare model", &model))?,
        levy: Money::from_minor(r.get(4)?),
        annual_fee: Money::from_minor(r.get(5)?),
        admin_share: Decimal::from_str(&share).map_err(|_| bad("admin share", &share))?,
        arrears_limit: r.get(7)?,
        death_benefit: Money::from_minor(r.get(8)?),
        birth: Money::from_minor(r.get(9)?),
        sickness: Money::from_minor(r.get(10)?),
        old_age: Money::from_minor(r.get(11)?),
    })
}

const DEATH_COLS: &str = "id, org_id, member_id, died_on, nominee, rule_id, levy_minor";

fn death_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<DeathRecord> {
    Ok(DeathRecord {
        id: r.get(0)?,
        org_id: r.get(1)?,
        member_id: r.get(2)?,
        died_on: parse_stored_date(&r.get::<_, String>(3)?)?,
        nominee: r.get(4)?,
        rule_id: r.get(5)?,
        levy: Money::from_minor(r.get(6)?),
    })
}

impl Book<'_> {
    /// Records a version of the welfare rules (its id is ignored).
    pub fn insert_welfare_rule(&self, r: &WelfareRule, recorded_at: &str) -> Result<i64> {
        self.run(
            "INSERT INTO welfare_rule(org_id, effective_from, model, levy_minor, annual_fee_minor, admin_share, arrears_limit, death_benefit_minor, birth_minor, sickness_minor, old_age_minor, recorded_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![
                r.org_id,
                date_text(r.effective_from),
                r.model.code(),
                r.levy.minor(),
                r.annual_fee.minor(),
                r.admin_share.normalize().to_string(),
                r.arrears_limit,
                r.death_benefit.minor(),
                r.birth.minor(),
                r.sickness.minor(),
                r.old_age.minor(),
                recorded_at
            ],
        )?;
        let id = self.c.last_insert_rowid();
        self.chain_record(RecordKind::WelfareRule, id)?;
        Ok(id)
    }

    /// Every version of the organisation's welfare rules, oldest first.
    pub fn welfare_rules(&self, org_id: i64) -> Result<Vec<WelfareRule>> {
        let mut st = self.c.prepare_cached(&format!("SELECT {RULE_COLS} FROM welfare_rule WHERE org_id = ?1 ORDER BY effective_from, id"))?;
        let v = st.query_map([org_id], rule_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    /// Records a death and its levy register (the members who owe the levy), chained together.
    pub fn insert_death(&self, d: &DeathRecord, due: &[i64], recorded_at: &str) -> Result<i64> {
        self.run(
            "INSERT INTO death(org_id, member_id, died_on, nominee, rule_id, levy_minor, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![d.org_id, d.member_id, date_text(d.died_on), d.nominee, d.rule_id, d.levy.minor(), recorded_at],
        )?;
        let id = self.c.last_insert_rowid();
        {
            let mut st = self.c.prepare_cached("INSERT INTO levy_due(death_id, member_id) VALUES (?1, ?2)")?;
            for m in due {
                st.execute(params![id, m])?;
            }
        }
        self.chain_record(RecordKind::Death, id)?;
        self.chain_record(RecordKind::LevyRegister, id)?;
        Ok(id)
    }

    /// Every death recorded in the organisation, in date order.
    pub fn deaths(&self, org_id: i64) -> Result<Vec<DeathRecord>> {
        let mut st = self.c.prepare_cached(&format!("SELECT {DEATH_COLS} FROM death WHERE org_id = ?1 ORDER BY died_on, id"))?;
        let v = st.query_map([org_id], death_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    /// The death of a member, if recorded.
    pub fn death_of(&self, member_id: i64) -> Result<Option<DeathRecord>> {
        Ok(self.one(&format!("SELECT {DEATH_COLS} FROM death WHERE member_id = ?1"), [member_id], death_row).optional()?)
    }

    /// The members who owe a death's levy, by member id.
    pub fn levy_due(&self, death_id: i64) -> Result<Vec<i64>> {
        let mut st = self.c.prepare_cached("SELECT member_id FROM levy_due WHERE death_id = ?1 ORDER BY member_id")?;
        let v = st.query_map([death_id], |r| r.get(0))?.collect::<rusqlite::Result<Vec<i64>>>()?;
        Ok(v)
    }

    /// The levies paid for a death.
    pub fn levies_paid(&self, death_id: i64) -> Result<Vec<LevyPaid>> {
        let mut st = self.c.prepare_cached(
            // A collection whose voucher was reversed was not paid (the members owe again).
            "SELECT p.member_id, p.amount_minor, c.paid_on, c.voucher_id FROM levy_paid p JOIN levy_collection c ON c.id = p.collection_id
             WHERE p.death_id = ?1 AND NOT EXISTS (SELECT 1 FROM voucher r WHERE r.reverses_id = c.voucher_id) ORDER BY p.member_id",
        )?;
        let v = st
            .query_map([death_id], |r| {
                Ok(LevyPaid { member_id: r.get(0)?, amount: Money::from_minor(r.get(1)?), paid_on: parse_stored_date(&r.get::<_, String>(2)?)?, voucher_id: r.get(3)? })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    /// The death a collection of levies was for, by the collection's voucher.
    pub fn levy_collection_death(&self, voucher_id: i64) -> Result<Option<i64>> {
        Ok(self.one("SELECT death_id FROM levy_collection WHERE voucher_id = ?1", [voucher_id], |r| r.get(0)).optional()?)
    }

    /// Records one collection of levies (its voucher already appended).
    pub fn insert_levy_collection(&self, death_id: i64, voucher_id: i64, paid_on: NaiveDate, paid: &[(i64, Money)], recorded_at: &str) -> Result<i64> {
        self.run(
            "INSERT INTO levy_collection(death_id, voucher_id, paid_on, recorded_at) VALUES (?1, ?2, ?3, ?4)",
            params![death_id, voucher_id, date_text(paid_on), recorded_at],
        )?;
        let id = self.c.last_insert_rowid();
        {
            let mut st = self.c.prepare_cached("INSERT INTO levy_paid(collection_id, death_id, member_id, amount_minor) VALUES (?1, ?2, ?3, ?4)")?;
            for (m, a) in paid {
                st.execute(params![id, death_id, m, a.minor()])?;
            }
        }
        self.chain_record(RecordKind::LevyCollection, id)?;
        self.chain_record(RecordKind::LevyPaid, id)?;
        Ok(id)
    }

    /// Records a payout and the loans it settled (their vouchers already appended).
    pub fn insert_payout(&self, p: &PayoutRecord, recorded_at: &str) -> Result<i64> {
        self.run(
            "INSERT INTO welfare_payout(death_id, paid_on, collected_minor, admin_minor, family_minor, voucher_id, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![p.death_id, date_text(p.paid_on), p.collected.minor(), p.admin.minor(), p.family.minor(), p.voucher_id, recorded_at],
        )?;
        let id = self.c.last_insert_rowid();
        {
            let mut st = self.c.prepare_cached(
                "INSERT INTO settlement(payout_id, fund_org_id, fund_name, loan_ref, loan_id, principal_minor, interest_minor, fund_voucher_id, slip_ref)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?;
            for s in &p.settlements {
                st.execute(params![id, s.fund_org_id, s.fund_name, s.loan_ref, s.loan_id, s.principal.minor(), s.interest.minor(), s.fund_voucher_id, s.slip_ref])?;
            }
        }
        self.chain_record(RecordKind::WelfarePayout, id)?;
        self.chain_record(RecordKind::Settlement, id)?;
        Ok(id)
    }

    /// The payout of a death, if made.
    pub fn payout_of(&self, death_id: i64) -> Result<Option<PayoutRecord>> {
        let p = self
            .one(
                "SELECT id, death_id, paid_on, collected_minor, admin_minor, family_minor, voucher_id FROM welfare_payout WHERE death_id = ?1",
                [death_id],
                |r| {
                    Ok(PayoutRecord {
                        id: r.get(0)?,
                        death_id: r.get(1)?,
                        paid_on: parse_stored_date(&r.get::<_, String>(2)?)?,
                        collected: Money::from_minor(r.get(3)?),
                        admin: Money::from_minor(r.get(4)?),
                        family: Money::from_minor(r.get(5)?),
                        voucher_id: r.get(6)?,
                        settlements: Vec::new(),
                    })
                },
            )
            .optional()?;
        let Some(mut p) = p else { return Ok(None) };
        let mut st = self.c.prepare_cached(
            "SELECT id, payout_id, fund_org_id, fund_name, loan_ref, loan_id, principal_minor, interest_minor, fund_voucher_id, slip_ref FROM settlement WHERE payout_id = ?1 ORDER BY id",
        )?;
        p.settlements = st
            .query_map([p.id], |r| {
                Ok(SettlementRecord {
                    id: r.get(0)?,
                    payout_id: r.get(1)?,
                    fund_org_id: r.get(2)?,
                    fund_name: r.get(3)?,
                    loan_ref: r.get(4)?,
                    loan_id: r.get(5)?,
                    principal: Money::from_minor(r.get(6)?),
                    interest: Money::from_minor(r.get(7)?),
                    fund_voucher_id: r.get(8)?,
                    slip_ref: r.get(9)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Some(p))
    }

    /// The date a slip's receipt was recorded in this organisation's book, if it was.
    pub fn slip_received(&self, org_id: i64, slip_ref: &str) -> Result<Option<NaiveDate>> {
        let d: Option<String> = self.one("SELECT received_on FROM settlement_receipt WHERE org_id = ?1 AND slip_ref = ?2", params![org_id, slip_ref], |r| r.get(0)).optional()?;
        Ok(match d {
            Some(s) => Some(parse_stored_date(&s)?),
            None => None,
        })
    }

    /// Records a slip's receipt (its voucher already appended).
    pub fn insert_settlement_receipt(&self, org_id: i64, slip_ref: &str, received_on: NaiveDate, voucher_id: i64, recorded_at: &str) -> Result<i64> {
        self.run(
            "INSERT INTO settlement_receipt(org_id, slip_ref, received_on, voucher_id, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![org_id, slip_ref, date_text(received_on), voucher_id, recorded_at],
        )?;
        let id = self.c.last_insert_rowid();
        self.chain_record(RecordKind::SettlementReceipt, id)?;
        Ok(id)
    }

    /// The key registered for a welfare club's settlement slips in this organisation's book:
    /// (public key, fingerprint), both hex.
    pub fn slip_key(&self, org_id: i64, club: &str) -> Result<Option<(String, String)>> {
        Ok(self.one("SELECT public_key, fingerprint FROM slip_key WHERE org_id = ?1 AND club = ?2", params![org_id, club], |r| Ok((r.get(0)?, r.get(1)?))).optional()?)
    }

    /// Registers a club's slip key (from its first slip recorded here).
    pub fn insert_slip_key(&self, org_id: i64, club: &str, public_key: &str, fingerprint: &str, registered_at: &str) -> Result<i64> {
        self.run(
            "INSERT INTO slip_key(org_id, club, public_key, fingerprint, registered_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![org_id, club, public_key, fingerprint, registered_at],
        )?;
        let id = self.c.last_insert_rowid();
        self.chain_record(RecordKind::SlipKey, id)?;
        Ok(id)
    }

    /// Records a benefit paid (its voucher already appended).
    pub fn insert_benefit(&self, org_id: i64, b: &BenefitRecord, rule_id: i64, recorded_at: &str) -> Result<i64> {
        self.run(
            "INSERT INTO welfare_benefit(org_id, member_id, kind, paid_on, amount_minor, rule_id, voucher_id, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![org_id, b.member_id, b.kind.code(), date_text(b.paid_on), b.amount.minor(), rule_id, b.voucher_id, recorded_at],
        )?;
        let id = self.c.last_insert_rowid();
        self.chain_record(RecordKind::WelfareBenefit, id)?;
        Ok(id)
    }

    /// Every benefit paid by the organisation and not reversed, in date order.
    pub fn benefits(&self, org_id: i64) -> Result<Vec<BenefitRecord>> {
        // A benefit whose voucher was reversed was not paid.
        let mut st = self.c.prepare_cached(
            "SELECT b.id, b.member_id, b.kind, b.paid_on, b.amount_minor, b.voucher_id FROM welfare_benefit b
             WHERE b.org_id = ?1 AND NOT EXISTS (SELECT 1 FROM voucher r WHERE r.reverses_id = b.voucher_id) ORDER BY b.paid_on, b.id",
        )?;
        let v = st
            .query_map([org_id], |r| {
                let kind: String = r.get(2)?;
                Ok(BenefitRecord {
                    id: r.get(0)?,
                    member_id: r.get(1)?,
                    kind: BenefitKind::from_code(&kind).ok_or_else(|| bad("benefit kind", &kind))?,
                    paid_on: parse_stored_date(&r.get::<_, String>(3)?)?,
                    amount: Money::from_minor(r.get(4)?),
                    voucher_id: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    /// The number of the next voucher of an organisation's fiscal year (what a voucher written
    /// next in this transaction will be numbered), so two vouchers can name each other.
    pub fn next_voucher_number(&self, org_id: i64, fiscal_year: i32) -> Result<i64> {
        Ok(self.one("SELECT coalesce(max(number), 0) + 1 FROM voucher WHERE org_id = ?1 AND fiscal_year = ?2", params![org_id, fiscal_year], |r| r.get(0))?)
    }
}

impl Book<'_> {
    /// The settlement a slip names, with the organisation (the club) whose payout wrote it.
    pub fn settlement_by_slip(&self, slip_ref: &str) -> Result<Option<(i64, SettlementRecord)>> {
        Ok(self
            .one(
                "SELECT d.org_id, s.id, s.payout_id, s.fund_org_id, s.fund_name, s.loan_ref, s.loan_id, s.principal_minor, s.interest_minor, s.fund_voucher_id, s.slip_ref
                 FROM settlement s JOIN welfare_payout p ON p.id = s.payout_id JOIN death d ON d.id = p.death_id WHERE s.slip_ref = ?1",
                [slip_ref],
                |r| {
                    Ok((
                        r.get(0)?,
                        SettlementRecord {
                            id: r.get(1)?,
                            payout_id: r.get(2)?,
                            fund_org_id: r.get(3)?,
                            fund_name: r.get(4)?,
                            loan_ref: r.get(5)?,
                            loan_id: r.get(6)?,
                            principal: Money::from_minor(r.get(7)?),
                            interest: Money::from_minor(r.get(8)?),
                            fund_voucher_id: r.get(9)?,
                            slip_ref: r.get(10)?,
                        },
                    ))
                },
            )
            .optional()?)
    }
}
