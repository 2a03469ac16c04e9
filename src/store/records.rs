//! Organisations, members, by-law versions, the chart of accounts, meetings, loans and
//! reschedules: rows in, domain values out.

use super::chain::RecordKind;
use super::{bad_value, date_text, parse_stored_date, Book};
use crate::domain::ledger::{chart_for, AccountType, SubLedger};
use crate::domain::loan::{AllocationOrder, FundKind, InterestMethod, LoanTerms, PeriodConvention, RatePeriod, RepaymentFrequency};
use crate::domain::money::{Currency, Money, Rounding, RoundingMode};
use crate::domain::org::{Attendance, Country, MeetingFrequency, Member, OrgKind, Organisation, Role};
use crate::domain::policy::{CapScope, Policy};
use crate::store::error::{StoreError, Result};
use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Row};
use rust_decimal::Decimal;
use std::str::FromStr;

fn vocab<T>(v: String, what: &str, f: impl Fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    f(&v).ok_or_else(|| bad_value(what, &v))
}

fn decimal(v: String) -> rusqlite::Result<Decimal> {
    Decimal::from_str(&v).map_err(|_| bad_value("decimal", &v))
}

fn opt_date(v: Option<String>) -> rusqlite::Result<Option<NaiveDate>> {
    v.map(|s| parse_stored_date(&s)).transpose()
}

pub struct NewOrg<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub kind: OrgKind,
    pub country: Country,
    pub currency: Currency,
    pub lang: &'a str,
    pub fiscal_start: (u32, u32),
    pub meeting_frequency: MeetingFrequency,
    pub formed_on: NaiveDate,
    pub parent_id: Option<i64>,
    pub place: &'a str,
}

pub struct NewMember<'a> {
    pub org_id: i64,
    pub admission_no: &'a str,
    pub name: &'a str,
    pub role: Role,
    pub joined_on: NaiveDate,
    pub nominee: Option<&'a str>,
}

pub struct NewMeeting<'a> {
    pub org_id: i64,
    pub date: NaiveDate,
    pub place: &'a str,
    pub cash_counted: Option<Money>,
    pub cash_book: Option<Money>,
    pub client_id: Option<&'a str>,
    pub recorded_at: &'a str,
    pub attendance: &'a [(i64, Attendance)],
    pub minutes: &'a [(String, String)],
}

#[derive(Debug, Clone, PartialEq)]
pub struct MeetingRecord {
    pub id: i64,
    pub org_id: i64,
    pub number: i64,
    pub date: NaiveDate,
    pub place: String,
    pub cash_counted: Option<Money>,
    pub cash_book: Option<Money>,
    /// Set when the meeting's voucher has been reversed.
    pub reversed: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MinuteRecord {
    pub meeting_id: i64,
    pub seq: i64,
    pub kind: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LoanRecord {
    pub id: i64,
    pub org_id: i64,
    pub number: i64,
    pub member_id: i64,
    pub fund: FundKind,
    pub terms: LoanTerms,
    pub purpose: String,
    pub policy_id: Option<i64>,
    pub meeting_id: Option<i64>,
    pub is_opening: bool,
    pub guarantors: Vec<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RescheduleRecord {
    pub id: i64,
    pub loan_id: i64,
    pub terms: LoanTerms,
    pub agreement: String,
    /// The arrears (old interest unpaid) folded into the new instalments, by the committee's
    /// decision (issue 15); else kept apart on the old instalments.
    pub folds_arrears: bool,
}

fn org_from(r: &Row<'_>) -> rusqlite::Result<Organisation> {
    Ok(Organisation {
        id: r.get(0)?,
        code: r.get(1)?,
        name: r.get(2)?,
        kind: vocab(r.get(3)?, "kind", OrgKind::from_code)?,
        country: vocab(r.get(4)?, "country", Country::from_code)?,
        currency: vocab(r.get(5)?, "currency", Currency::from_code)?,
        lang: r.get(6)?,
        fiscal_start_month: r.get(7)?,
        fiscal_start_day: r.get(8)?,
        meeting_frequency: vocab(r.get(9)?, "frequency", MeetingFrequency::from_code)?,
        formed_on: parse_stored_date(&r.get::<_, String>(10)?)?,
        parent_id: r.get(11)?,
        place: r.get(12)?,
    })
}
const ORG_COLS: &str = "id, code, name, kind, country, currency, lang, fiscal_start_month, fiscal_start_day, meeting_frequency, formed_on, parent_id, place";

fn member_from(r: &Row<'_>) -> rusqlite::Result<Member> {
    Ok(Member {
        id: r.get(0)?,
        org_id: r.get(1)?,
        admission_no: r.get(2)?,
        name: r.get(3)?,
        role: vocab(r.get(4)?, "role", Role::from_code)?,
        joined_on: parse_stored_date(&r.get::<_, String>(5)?)?,
        exited_on: opt_date(r.get(6)?)?,
        nominee: r.get(7)?,
    })
}
const MEMBER_COLS: &str = "id, org_id, admission_no, name, role, joined_on, exited_on, nominee";

fn rounding_from(unit_minor: i64, mode: String) -> rusqlite::Result<Rounding> {
    let mode = vocab(mode, "rounding", RoundingMode::from_code)?;
    Ok(Rounding { unit: Money::from_minor(unit_minor), mode })
}

fn policy_from(r: &Row<'_>) -> rusqlite::Result<Policy> {
    Ok(Policy {
        id: r.get(0)?,
        org_id: r.get(1)?,
        effective_from: parse_stored_date(&r.get::<_, String>(2)?)?,
        saving_per_meeting: Money::from_minor(r.get(3)?),
        interest_rate: decimal(r.get(4)?)?,
        rate_period: vocab(r.get(5)?, "rate period", RatePeriod::from_code)?,
        interest_method: vocab(r.get(6)?, "method", InterestMethod::from_code)?,
        repayment_frequency: vocab(r.get(7)?, "frequency", RepaymentFrequency::from_code)?,
        default_instalments: r.get(8)?,
        fine_absent: Money::from_minor(r.get(9)?),
        fine_late: Money::from_minor(r.get(10)?),
        fine_late_instalment: Money::from_minor(r.get(11)?),
        loan_cap: r.get::<_, Option<i64>>(12)?.map(Money::from_minor),
        loan_cap_savings_multiple: r.get::<_, Option<String>>(13)?.map(decimal).transpose()?,
        guarantors_required: r.get(14)?,
        rounding: rounding_from(r.get(15)?, r.get(16)?)?,
        allocation_order: vocab(r.get(17)?, "allocation order", AllocationOrder::from_code)?,
        allow_prepayment: r.get::<_, i64>(18)? == 1,
        approval_threshold: r.get::<_, Option<i64>>(19)?.map(Money::from_minor),
        cap_scope: vocab(r.get(20)?, "cap scope", CapScope::from_code)?,
        period_convention: vocab(r.get(21)?, "period convention", PeriodConvention::from_code)?,
    })
}
const POLICY_COLS: &str = "id, org_id, effective_from, saving_per_meeting_minor, interest_rate, rate_period, interest_method, repayment_frequency, default_instalments, fine_absent_minor, fine_late_minor, fine_late_instalment_minor, loan_cap_minor, loan_cap_savings_multiple, guarantors_required, rounding_unit_minor, rounding_mode, allocation_order, allow_prepayment, approval_threshold_minor";

/// The by-law rules of a version (issue 15), the earlier meaning when it states none.
const POLICY_RULE_COLS: &str = "coalesce((SELECT cap_scope FROM bylaw_rule WHERE policy_id = policy.id), 'per-loan'),
    coalesce((SELECT period_convention FROM bylaw_rule WHERE policy_id = policy.id), 'calendar')";

/// How weeks are counted for a loan: by the by-law version it was given under.
const LOAN_PERIOD_COL: &str = "coalesce((SELECT period_convention FROM bylaw_rule WHERE policy_id = loan.policy_id), 'calendar')";

/// Loan and reschedule rows share the terms columns, starting at column `i`; `period_col` holds
/// the week-counting convention.
fn terms_from(r: &Row<'_>, i: usize, start_col: usize, period_col: usize) -> rusqlite::Result<LoanTerms> {
    Ok(LoanTerms {
        principal: Money::from_minor(r.get(i)?),
        rate: decimal(r.get(i + 1)?)?,
        rate_period: vocab(r.get(i + 2)?, "rate period", RatePeriod::from_code)?,
        method: vocab(r.get(i + 3)?, "method", InterestMethod::from_code)?,
        frequency: vocab(r.get(i + 4)?, "frequency", RepaymentFrequency::from_code)?,
        instalments: r.get(i + 5)?,
        grace_periods: r.get(i + 6)?,
        rounding: rounding_from(r.get(i + 7)?, r.get(i + 8)?)?,
        start: parse_stored_date(&r.get::<_, String>(start_col)?)?,
        period: vocab(r.get(period_col)?, "period convention", PeriodConvention::from_code)?,
    })
}
const TERMS_COLS: &str = "principal_minor, rate, rate_period, method, frequency, instalments, grace_periods, rounding_unit_minor, rounding_mode";
const LOAN_COLS: &str = "id, org_id, number, member_id, fund, principal_minor, rate, rate_period, method, frequency, instalments, grace_periods, rounding_unit_minor, rounding_mode, disbursed_on, purpose, policy_id, meeting_id, is_opening";

fn meeting_from(r: &Row<'_>) -> rusqlite::Result<MeetingRecord> {
    Ok(MeetingRecord {
        id: r.get(0)?,
        org_id: r.get(1)?,
        number: r.get(2)?,
        date: parse_stored_date(&r.get::<_, String>(3)?)?,
        place: r.get(4)?,
        cash_counted: r.get::<_, Option<i64>>(5)?.map(Money::from_minor),
        cash_book: r.get::<_, Option<i64>>(6)?.map(Money::from_minor),
        reversed: r.get::<_, i64>(7)? == 1,
    })
}
const MEETING_SELECT: &str = "SELECT m.id, m.org_id, m.number, m.date, m.place, m.cash_counted_minor, m.cash_book_minor,
    EXISTS (SELECT 1 FROM voucher v JOIN voucher r ON r.reverses_id = v.id WHERE v.meeting_id = m.id) FROM meeting m";

impl Book<'_> {
    // ---- organisations --------------------------------------------------------------------

    pub fn insert_org(&self, o: &NewOrg<'_>) -> Result<i64> {
        if self.org_by_code(o.code)?.is_some() {
            return Err(StoreError::DuplicateOrganisation { org: o.code.to_string() });
        }
        self.run(
            "INSERT INTO organisation(code, name, kind, country, currency, lang, fiscal_start_month, fiscal_start_day, meeting_frequency, formed_on, parent_id, place)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![o.code, o.name, o.kind.code(), o.country.code(), o.currency.code(), o.lang, o.fiscal_start.0, o.fiscal_start.1,
                o.meeting_frequency.code(), date_text(o.formed_on), o.parent_id, o.place],
        )?;
        let id = self.c.last_insert_rowid();
        let mut st = self.c.prepare_cached("INSERT INTO account(org_id, code, type, sub_ledger) VALUES (?1, ?2, ?3, ?4)")?;
        let mut accounts = Vec::new();
        for a in chart_for(o.kind) {
            st.execute(params![id, a.code, a.kind.code(), a.sub_ledger.code()])?;
            accounts.push(self.c.last_insert_rowid());
        }
        self.chain_record(RecordKind::Organisation, id)?;
        for a in accounts {
            self.chain_record(RecordKind::Account, a)?;
        }
        Ok(id)
    }

    pub fn org_by_code(&self, code: &str) -> Result<Option<Organisation>> {
        Ok(self.one(&format!("SELECT {ORG_COLS} FROM organisation WHERE code = ?1"), [code], org_from).optional()?)
    }
    pub fn org(&self, id: i64) -> Result<Organisation> {
        Ok(self.one(&format!("SELECT {ORG_COLS} FROM organisation WHERE id = ?1"), [id], org_from)?)
    }
    pub fn orgs(&self) -> Result<Vec<Organisation>> {
        let mut st = self.c.prepare_cached(&format!("SELECT {ORG_COLS} FROM organisation ORDER BY id"))?;
        let v = st.query_map([], org_from)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    /// The chart of accounts of an organisation: (id, code, type, sub-ledger), in chart order.
    pub fn accounts(&self, org_id: i64) -> Result<Vec<(i64, String, AccountType, SubLedger)>> {
        let mut st = self.c.prepare_cached("SELECT id, code, type, sub_ledger FROM account WHERE org_id = ?1 ORDER BY id")?;
        let v = st
            .query_map([org_id], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    vocab(r.get(2)?, "account type", AccountType::from_code)?,
                    vocab(r.get(3)?, "sub-ledger", SubLedger::from_code)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    // ---- members ----------------------------------------------------------------------------

    pub fn insert_member(&self, m: &NewMember<'_>) -> Result<i64> {
        if self.member_by_no(m.org_id, m.admission_no)?.is_some() {
            return Err(StoreError::DuplicateMember { member: m.admission_no.to_string() });
        }
        self.run(
            "INSERT INTO member(org_id, admission_no, name, role, joined_on, nominee) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![m.org_id, m.admission_no, m.name, m.role.code(), date_text(m.joined_on), m.nominee],
        )?;
        let id = self.c.last_insert_rowid();
        self.chain_record(RecordKind::Member, id)?;
        Ok(id)
    }
    pub fn member_by_no(&self, org_id: i64, admission_no: &str) -> Result<Option<Member>> {
        Ok(self
            .one(&format!("SELECT {MEMBER_COLS} FROM member WHERE org_id = ?1 AND admission_no = ?2"), params![org_id, admission_no], member_from)
            .optional()?)
    }
    pub fn member(&self, id: i64) -> Result<Member> {
        Ok(self.one(&format!("SELECT {MEMBER_COLS} FROM member WHERE id = ?1"), [id], member_from)?)
    }
    /// Every member of an organisation, in admission order (numeric where the numbers are).
    pub fn members(&self, org_id: i64) -> Result<Vec<Member>> {
        let mut st = self.c.prepare_cached(&format!(
            "SELECT {MEMBER_COLS} FROM member WHERE org_id = ?1 ORDER BY length(admission_no), admission_no"
        ))?;
        let v = st.query_map([org_id], member_from)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }
    /// The last day a member did something in the book: an entry of hers (her savings, fines,
    /// shares), a posting to one of her loans, or a meeting she came to (present or late).
    pub fn member_last_activity(&self, member_id: i64) -> Result<Option<NaiveDate>> {
        let last: Option<String> = self.one(
            "SELECT max(d) FROM (
               SELECT max(v.date) AS d FROM posting p JOIN voucher v ON v.id = p.voucher_id WHERE p.member_id = ?1
               UNION ALL SELECT max(v.date) FROM loan l JOIN posting p ON p.loan_id = l.id JOIN voucher v ON v.id = p.voucher_id WHERE l.member_id = ?1
               UNION ALL SELECT max(m.date) FROM attendance a JOIN meeting m ON m.id = a.meeting_id WHERE a.member_id = ?1 AND a.status IN ('present', 'late'))",
            [member_id],
            |r| r.get(0),
        )?;
        last.map(|d| parse_stored_date(&d)).transpose().map_err(Into::into)
    }

    pub fn set_member_exit(&self, member_id: i64, exited_on: NaiveDate) -> Result<()> {
        self.run("UPDATE member SET exited_on = ?2 WHERE id = ?1", params![member_id, date_text(exited_on)])?;
        // The exit is a record of its own (the member's record, hashed when they joined, stays).
        self.chain_record(RecordKind::Exit, member_id)
    }

    // ---- by-laws ----------------------------------------------------------------------------

    pub fn insert_policy(&self, p: &Policy, recorded_at: &str) -> Result<i64> {
        self.run(
            &format!("INSERT INTO policy({}, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
                POLICY_COLS.trim_start_matches("id, ")),
            params![
                p.org_id, date_text(p.effective_from), p.saving_per_meeting.minor(), p.interest_rate.normalize().to_string(),
                p.rate_period.code(), p.interest_method.code(), p.repayment_frequency.code(), p.default_instalments,
                p.fine_absent.minor(), p.fine_late.minor(), p.fine_late_instalment.minor(), p.loan_cap.map(Money::minor),
                p.loan_cap_savings_multiple.map(|d| d.normalize().to_string()), p.guarantors_required,
                p.rounding.unit.minor(), p.rounding.mode.code(), p.allocation_order.code(), p.allow_prepayment as i64,
                p.approval_threshold.map(Money::minor), recorded_at
            ],
        )?;
        let id = self.c.last_insert_rowid();
        self.chain_record(RecordKind::Policy, id)?;
        Ok(id)
    }
    /// Adds an account of the organisation's chart that a book made before it was in the chart
    /// lacks (fines-receivable, issue 15), chained like the accounts made with the organisation.
    pub fn ensure_account(&self, o: &Organisation, code: &str) -> Result<()> {
        let exists: i64 = self.one("SELECT count(*) FROM account WHERE org_id = ?1 AND code = ?2", params![o.id, code], |r| r.get(0))?;
        if exists > 0 {
            return Ok(());
        }
        let Some(a) = chart_for(o.kind).into_iter().find(|a| a.code == code) else { return Ok(()) };
        self.run("INSERT INTO account(org_id, code, type, sub_ledger) VALUES (?1, ?2, ?3, ?4)", params![o.id, a.code, a.kind.code(), a.sub_ledger.code()])?;
        let id = self.c.last_insert_rowid();
        self.chain_record(RecordKind::Account, id)?;
        Ok(())
    }
    /// States the issue-15 rules of a by-law version (what the cap limits, how weeks are counted).
    pub fn insert_bylaw_rule(&self, policy_id: i64, p: &Policy, recorded_at: &str) -> Result<()> {
        self.run(
            "INSERT INTO bylaw_rule(policy_id, cap_scope, period_convention, recorded_at) VALUES (?1, ?2, ?3, ?4)",
            params![policy_id, p.cap_scope.code(), p.period_convention.code(), recorded_at],
        )?;
        self.chain_record(RecordKind::ByLawRule, policy_id)?;
        Ok(())
    }
    /// Every by-law version of an organisation, oldest first.
    pub fn policies(&self, org_id: i64) -> Result<Vec<Policy>> {
        let mut st = self.c.prepare_cached(&format!("SELECT {POLICY_COLS}, {POLICY_RULE_COLS} FROM policy WHERE org_id = ?1 ORDER BY effective_from, id"))?;
        let v = st.query_map([org_id], policy_from)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    // ---- meetings ---------------------------------------------------------------------------

    pub fn insert_meeting(&self, m: &NewMeeting<'_>) -> Result<(i64, i64)> {
        let number: i64 =
            self.one("SELECT coalesce(max(number), 0) + 1 FROM meeting WHERE org_id = ?1", [m.org_id], |r| r.get(0))?;
        self.run(
            "INSERT INTO meeting(org_id, number, date, place, cash_counted_minor, cash_book_minor, client_id, recorded_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![m.org_id, number, date_text(m.date), m.place, m.cash_counted.map(Money::minor), m.cash_book.map(Money::minor), m.client_id, m.recorded_at],
        )?;
        let id = self.c.last_insert_rowid();
        let mut st = self.c.prepare_cached("INSERT INTO attendance(meeting_id, member_id, status) VALUES (?1, ?2, ?3)")?;
        for (member, a) in m.attendance {
            st.execute(params![id, member, a.code()])?;
        }
        let mut st = self.c.prepare_cached("INSERT INTO minute(meeting_id, seq, kind, text) VALUES (?1, ?2, ?3, ?4)")?;
        for (i, (kind, text)) in m.minutes.iter().enumerate() {
            st.execute(params![id, i as i64 + 1, kind, text])?;
        }
        self.chain_record(RecordKind::Meeting, id)?;
        self.chain_record(RecordKind::Attendance, id)?;
        self.chain_record(RecordKind::Minutes, id)?;
        Ok((id, number))
    }

    /// Meetings of an organisation, oldest first, with whether each was reversed.
    pub fn meetings(&self, org_id: i64) -> Result<Vec<MeetingRecord>> {
        let mut st = self.c.prepare_cached(&format!("{MEETING_SELECT} WHERE m.org_id = ?1 ORDER BY m.date, m.number"))?;
        let v = st.query_map([org_id], meeting_from)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }
    pub fn meeting(&self, id: i64) -> Result<MeetingRecord> {
        Ok(self.one(&format!("{MEETING_SELECT} WHERE m.id = ?1"), [id], meeting_from)?)
    }
    /// A meeting on this date that stands (is not reversed).
    pub fn standing_meeting_on(&self, org_id: i64, date: NaiveDate) -> Result<Option<MeetingRecord>> {
        let mut st = self.c.prepare_cached(&format!("{MEETING_SELECT} WHERE m.org_id = ?1 AND m.date = ?2"))?;
        let v = st.query_map(params![org_id, date_text(date)], meeting_from)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v.into_iter().find(|m| !m.reversed))
    }
    pub fn attendance(&self, meeting_id: i64) -> Result<Vec<(i64, Attendance)>> {
        let mut st = self.c.prepare_cached("SELECT member_id, status FROM attendance WHERE meeting_id = ?1 ORDER BY member_id")?;
        let v = st
            .query_map([meeting_id], |r| Ok((r.get(0)?, vocab(r.get(1)?, "attendance", Attendance::from_code)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }
    /// Attendance of every meeting of an organisation: (meeting id, member id, status).
    pub fn attendance_of_org(&self, org_id: i64) -> Result<Vec<(i64, i64, Attendance)>> {
        let mut st = self.c.prepare_cached(
            "SELECT a.meeting_id, a.member_id, a.status FROM attendance a JOIN meeting m ON m.id = a.meeting_id WHERE m.org_id = ?1",
        )?;
        let v = st
            .query_map([org_id], |r| Ok((r.get(0)?, r.get(1)?, vocab(r.get(2)?, "attendance", Attendance::from_code)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }
    pub fn minutes(&self, meeting_id: i64) -> Result<Vec<MinuteRecord>> {
        let mut st = self.c.prepare_cached("SELECT meeting_id, seq, kind, text FROM minute WHERE meeting_id = ?1 ORDER BY seq")?;
        let v = st
            .query_map([meeting_id], |r| Ok(MinuteRecord { meeting_id: r.get(0)?, seq: r.get(1)?, kind: r.get(2)?, text: r.get(3)? }))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    // ---- loans ------------------------------------------------------------------------------

    #[allow(clippy::too_many_arguments)]
    pub fn insert_loan(
        &self,
        org_id: i64,
        member_id: i64,
        fund: FundKind,
        terms: &LoanTerms,
        purpose: &str,
        policy_id: Option<i64>,
        meeting_id: Option<i64>,
        is_opening: bool,
        guarantors: &[i64],
    ) -> Result<(i64, i64)> {
        let number: i64 =
            self.one("SELECT coalesce(max(number), 0) + 1 FROM loan WHERE org_id = ?1", [org_id], |r| r.get(0))?;
        self.run(
            "INSERT INTO loan(org_id, number, member_id, fund, principal_minor, rate, rate_period, method, frequency, instalments,
               grace_periods, rounding_unit_minor, rounding_mode, disbursed_on, purpose, policy_id, meeting_id, is_opening)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
            params![
                org_id, number, member_id, fund.code(), terms.principal.minor(), terms.rate.normalize().to_string(),
                terms.rate_period.code(), terms.method.code(), terms.frequency.code(), terms.instalments, terms.grace_periods,
                terms.rounding.unit.minor(), terms.rounding.mode.code(), date_text(terms.start), purpose, policy_id, meeting_id,
                is_opening as i64
            ],
        )?;
        let id = self.c.last_insert_rowid();
        let mut st = self.c.prepare_cached("INSERT INTO guarantor(loan_id, member_id) VALUES (?1, ?2)")?;
        for g in guarantors {
            st.execute(params![id, g])?;
        }
        self.chain_record(RecordKind::Loan, id)?;
        self.chain_record(RecordKind::Guarantors, id)?;
        Ok((id, number))
    }

    fn loans_where(&self, clause: &str, p: impl rusqlite::Params) -> Result<Vec<LoanRecord>> {
        let mut st = self.c.prepare_cached(&format!("SELECT {LOAN_COLS}, {LOAN_PERIOD_COL} FROM loan WHERE {clause} ORDER BY number"))?;
        let mut loans = st
            .query_map(p, |r| {
                Ok(LoanRecord {
                    id: r.get(0)?,
                    org_id: r.get(1)?,
                    number: r.get(2)?,
                    member_id: r.get(3)?,
                    fund: vocab(r.get(4)?, "fund", FundKind::from_code)?,
                    terms: terms_from(r, 5, 14, 19)?,
                    purpose: r.get(15)?,
                    policy_id: r.get(16)?,
                    meeting_id: r.get(17)?,
                    is_opening: r.get::<_, i64>(18)? == 1,
                    guarantors: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut g = self.c.prepare_cached("SELECT member_id FROM guarantor WHERE loan_id = ?1 ORDER BY member_id")?;
        for l in &mut loans {
            l.guarantors = g.query_map([l.id], |r| r.get(0))?.collect::<rusqlite::Result<Vec<i64>>>()?;
        }
        Ok(loans)
    }
    pub fn loans(&self, org_id: i64) -> Result<Vec<LoanRecord>> {
        self.loans_where("org_id = ?1", [org_id])
    }
    pub fn loan(&self, id: i64) -> Result<Option<LoanRecord>> {
        Ok(self.loans_where("id = ?1", [id])?.pop())
    }
    pub fn loan_by_number(&self, org_id: i64, number: i64) -> Result<Option<LoanRecord>> {
        Ok(self.loans_where("org_id = ?1 AND number = ?2", params![org_id, number])?.pop())
    }

    pub fn insert_reschedule(&self, loan_id: i64, t: &LoanTerms, agreement: &str, client_id: Option<&str>, at: &str) -> Result<i64> {
        self.run(
            &format!("INSERT INTO reschedule(loan_id, effective_from, {TERMS_COLS}, agreement, client_id, recorded_at)
                      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"),
            params![
                loan_id, date_text(t.start), t.principal.minor(), t.rate.normalize().to_string(), t.rate_period.code(),
                t.method.code(), t.frequency.code(), t.instalments, t.grace_periods, t.rounding.unit.minor(),
                t.rounding.mode.code(), agreement, client_id, at
            ],
        )?;
        let id = self.c.last_insert_rowid();
        self.chain_record(RecordKind::Reschedule, id)?;
        Ok(id)
    }
    /// Rescheduling agreements of a loan, oldest first.
    pub fn reschedules(&self, loan_id: i64) -> Result<Vec<RescheduleRecord>> {
        let mut st = self.c.prepare_cached(&format!(
            "SELECT id, loan_id, {TERMS_COLS}, effective_from, agreement,
               coalesce((SELECT r.period_convention FROM loan JOIN bylaw_rule r ON r.policy_id = loan.policy_id WHERE loan.id = reschedule.loan_id), 'calendar'),
               coalesce((SELECT x.arrears = 'folded' FROM reschedule_rule x WHERE x.reschedule_id = reschedule.id), 0)
             FROM reschedule WHERE loan_id = ?1 ORDER BY effective_from, id"
        ))?;
        let v = st
            .query_map([loan_id], |r| {
                Ok(RescheduleRecord { id: r.get(0)?, loan_id: r.get(1)?, terms: terms_from(r, 2, 11, 13)?, agreement: r.get(12)?, folds_arrears: r.get::<_, i64>(14)? != 0 })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }
}
