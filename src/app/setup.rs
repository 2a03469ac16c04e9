//! Setting up a book: organisations, members, by-law versions, and the opening balances brought
//! over from the paper books.

pub(crate) mod screen;

use crate::store::error::StoreError;
use crate::domain::refusal::Refusal;
use super::input::{amount, choice, count, count_positive, date, free_text, name_text, opt_amount, rate, Ctx, MAX_MEMBER_NO, MAX_NAME, MAX_ORG_CODE};
use super::{active_member, check_entry_date, label, org_of};
use crate::domain::ledger::code;
use crate::domain::posting;
use crate::domain::loan::{AllocationOrder, FundKind, InterestMethod, LoanTerms, RatePeriod, RepaymentFrequency};
use crate::domain::money::{Money, Rounding, RoundingMode};
use crate::domain::org::{Country, MeetingFrequency, OrgKind, Role};
use crate::domain::policy::{in_force, Policy};
use crate::domain::schedule;
use crate::error::{Error, Result};
use super::people::Who;
use crate::store::{Book, NewAct, NewMember, NewOrg, Store, VoucherMeta};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct OrgInput {
    pub code: String,
    pub name: String,
    pub kind: String,
    pub country: String,
    #[serde(default)]
    pub lang: Option<String>,
    /// "MM-DD"; defaults to the country's fiscal year start.
    #[serde(default)]
    pub fiscal_start: Option<String>,
    pub meeting_frequency: String,
    pub formed_on: String,
    #[serde(default)]
    pub parent: Option<String>,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub client_id: Option<String>,
}

/// Creates an organisation with its chart of accounts. It has no by-laws until `policy_set`.
pub fn org_add(store: &mut Store, ctx: &Ctx, i: &OrgInput) -> Result<i64> {
    let who = super::people::identify(store, ctx)?;
    store.write(|b| super::saved::once(b, i.client_id.as_deref(), "org_add", i, &ctx.now, || org_in(b, ctx, &who, i)))
}

/// The body of `org_add` inside a transaction the caller holds.
pub(crate) fn org_in(b: &Book<'_>, ctx: &Ctx, who: &Who, i: &OrgInput) -> Result<i64> {
    let kind = choice("kind", &i.kind, OrgKind::from_code)?;
    let country = choice("country", &i.country, Country::from_code)?;
    let frequency = choice("frequency", &i.meeting_frequency, MeetingFrequency::from_code)?;
    let formed_on = date("formed-on", &i.formed_on, ctx)?;
    if formed_on > ctx.today {
        return Err(Error::DateInFuture { date: formed_on, today: ctx.today });
    }
    let lang = i.lang.clone().filter(|l| !l.trim().is_empty()).unwrap_or_else(|| country.default_lang().to_string());
    choice("language", &lang, crate::i18n::Lang::from_code)?;
    let fiscal_start = match &i.fiscal_start {
        None => country.default_fiscal_start(),
        Some(s) => {
            let parsed = s
                .split_once('-')
                .and_then(|(m, d)| Some((m.parse::<u32>().ok()?, d.parse::<u32>().ok()?)))
                .filter(|(m, d)| (1..=12).contains(m) && (1..=28).contains(d));
            parsed.ok_or_else(|| Error::InvalidChoice { field: "fiscal-start".into(), value: s.clone() })?
        }
    };
    let code = &name_text("org", &i.code, MAX_ORG_CODE)?;
    if code.is_empty() {
        return Err(Error::Required { field: "org-code".into() });
    }
    // The code names the organisation in every command, file name and bundle: letters and
    // digits of any script, dashes and underscores; no spaces or signs.
    if !code.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_' || super::input::is_indic_or_thai_mark(c)) {
        return Err(Error::OrgCodeInvalid { code: code.clone() });
    }
    let name = &name_text("name", &i.name, MAX_NAME)?;
    if name.is_empty() {
        return Err(Error::Required { field: "name".into() });
    }
    let place = &name_text("place", &i.place, MAX_NAME)?;
    who.may_record(None)?;
    let parent_id = match &i.parent {
        Some(p) if !p.trim().is_empty() => Some(org_of(b, p.trim())?.id),
        _ => None,
    };
    let id = b.insert_org(&NewOrg {
        code,
        name,
        kind,
        country,
        currency: country.currency(),
        lang: &lang,
        fiscal_start,
        meeting_frequency: frequency,
        formed_on,
        parent_id,
        place,
    })?;
    who.log(b, ctx, NewAct { org_id: Some(id), action: "org-add", on: Some(formed_on), ..Default::default() })?;
    Ok(id)
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct MemberInput {
    pub org: String,
    pub admission_no: String,
    pub name: String,
    #[serde(default)]
    pub role: Option<String>,
    pub joined_on: String,
    #[serde(default)]
    pub nominee: Option<String>,
    /// A phone number, kept outside the journal and cleared on erasure.
    #[serde(default)]
    pub phone: Option<String>,
    /// The last four digits of an identity number (Aadhaar, Thai national ID, Bangladesh NID),
    /// in any digits. A longer number is refused: only the last four digits are ever kept.
    #[serde(default)]
    pub id_last4: Option<String>,
    #[serde(default)]
    pub client_id: Option<String>,
}

/// The last four digits of an identity number, or an error saying only those are kept.
pub(crate) fn id_last4(s: &Option<String>) -> Result<Option<String>> {
    let Some(t) = super::input::nonblank(s) else { return Ok(None) };
    let digits: String = crate::i18n::checked_digits(&t, "id-last4")?.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(Error::InvalidNumber { field: "id-last4".into(), input: t });
    }
    match digits.len() {
        4 => Ok(Some(digits)),
        n if n > 4 => Err(Error::IdNumberTooLong { field: "id-last4".into() }),
        _ => Err(Error::InvalidNumber { field: "id-last4".into(), input: t }),
    }
}

pub fn member_add(store: &mut Store, ctx: &Ctx, i: &MemberInput) -> Result<i64> {
    let who = super::people::identify(store, ctx)?;
    store.write(|b| super::saved::once(b, i.client_id.as_deref(), "member_add", i, &ctx.now, || member_in(b, ctx, &who, i)))
}

/// The body of `member_add` inside a transaction the caller holds.
pub(crate) fn member_in(b: &Book<'_>, ctx: &Ctx, who: &Who, i: &MemberInput) -> Result<i64> {
    let role = match &i.role {
        Some(r) if !r.trim().is_empty() => choice("role", r, Role::from_code)?,
        _ => Role::Member,
    };
    let joined_on = date("joined-on", &i.joined_on, ctx)?;
    let admission_no = &name_text("admission-no", &i.admission_no, MAX_MEMBER_NO)?;
    // A member number is written in one digit system, as every number is ("1२" is a slip).
    crate::i18n::checked_digits(admission_no, "admission-no")?;
    if admission_no.is_empty() {
        return Err(Error::Required { field: "admission-no".into() });
    }
    let name = &name_text("name", &i.name, MAX_NAME)?;
    if name.is_empty() {
        return Err(Error::Required { field: "name".into() });
    }
    let nominee = match &i.nominee {
        Some(n) => Some(name_text("nominee", n, MAX_NAME)?).filter(|s| !s.is_empty()),
        None => None,
    };
    let phone = match &i.phone {
        Some(p) => Some(name_text("phone", p, MAX_NAME)?).filter(|s| !s.is_empty()),
        None => None,
    };
    let last4 = id_last4(&i.id_last4)?;
    let org = org_of(b, &i.org)?;
    who.may_record(Some(&org))?;
    if joined_on > ctx.today {
        return Err(Error::DateInFuture { date: joined_on, today: ctx.today });
    }
    if joined_on < org.formed_on {
        return Err(Error::DateBeforeFormation { date: joined_on, formed: org.formed_on });
    }
    let id = b.insert_member(&NewMember {
        org_id: org.id,
        admission_no,
        name,
        role,
        joined_on,
        nominee: nominee.as_deref(),
    })?;
    if phone.is_some() || last4.is_some() {
        b.set_member_personal(id, phone.as_deref(), last4.as_deref())?;
    }
    who.log(b, ctx, NewAct { member_id: Some(id), ..super::people::act(&org, "member-add", joined_on) })?;
    Ok(id)
}

/// A member leaves: only once their savings are paid out and no loan is outstanding.
pub fn member_exit(store: &mut Store, ctx: &Ctx, org: &str, admission_no: &str, on: &str, client_id: Option<&str>) -> Result<i64> {
    let on = date("date", on, ctx)?;
    let who = super::people::identify(store, ctx)?;
    store.write(|b| super::saved::once(b, client_id, "member_exit", &[org, admission_no, &on.to_string()], &ctx.now, || {
        let org = org_of(b, org)?;
        who.may_record(Some(&org))?;
        check_entry_date(b, &org, on, ctx.today)?;
        let m = active_member(b, &org, admission_no, on)?;
        // She leaves on a day after everything she did in the book: an exit dated before her
        // last saving, repayment or meeting would leave entries of a member who had gone.
        if let Some(last) = b.member_last_activity(m.id)?.filter(|last| *last > on) {
            return Err(Error::ExitBeforeLastEntry { member: label(&m), date: on, last });
        }
        let savings = -b.account_balance(org.id, code::MEMBER_SAVINGS, Some(m.id), None, None)?;
        if !savings.is_zero() {
            return Err(Error::MemberHasBalance { member: label(&m), balance: savings });
        }
        let loans = b.loans(org.id)?;
        for l in loans.iter().filter(|l| l.member_id == m.id) {
            let out = b.account_balance(org.id, code::LOANS_TO_MEMBERS, None, Some(l.id), None)?;
            if !out.is_zero() {
                return Err(Error::MemberHasBalance { member: label(&m), balance: out });
            }
        }
        // Nor while she stands guarantor for a loan still owed: the group would hold a guarantee
        // from someone no longer in it.
        for l in loans.iter().filter(|l| l.guarantors.contains(&m.id)) {
            let out = b.account_balance(org.id, code::LOANS_TO_MEMBERS, None, Some(l.id), None)?;
            if out.is_positive() {
                let borrower = b.member(l.member_id)?;
                return Err(Error::GuarantorOfRunningLoan { member: label(&m), loan: l.number, borrower: label(&borrower), owed: out });
            }
        }
        // Her shares are paid back as she leaves (issue 14: shares are withdrawn on exit, at
        // their paid-up value), in cash, in this same transaction; refused with the book as it
        // was when the cash is not there that day.
        let shares = -b.account_balance(org.id, code::SHARE_CAPITAL, Some(m.id), None, None)?;
        let returned = if shares.is_positive() {
            let entry = posting::shares_returned(on, m.id, shares)?;
            let v = b.append_voucher(&org, &entry, &VoucherMeta { client_id, recorded_at: &ctx.now, ..Default::default() })?;
            super::saved::ensure_not_below_zero(b, &org, on)?;
            Some(v.id)
        } else {
            None
        };
        b.set_member_exit(m.id, on)?;
        who.log(b, ctx, NewAct { member_id: Some(m.id), voucher_id: returned, ..super::people::act(&org, "member-exit", on) })?;
        Ok(m.id)
    }))
}

/// Erases the personal data of a member who has left and whose accounts are settled (savings
/// paid out, no loan outstanding): the name becomes a neutral label ("erased member M07", in
/// the organisation's language), and nominee, phone and identity digits are cleared. The
/// journal refers to member ids only, so every voucher, hash and book code stays as it was.
/// The write runs with `secure_delete` on, and the book is then vacuumed and its WAL
/// truncated, so the old bytes are gone from the file and the WAL.
pub fn member_erase(store: &mut Store, ctx: &Ctx, org: &str, admission_no: &str, client_id: Option<&str>) -> Result<i64> {
    let who = super::people::identify(store, ctx)?;
    store.set_secure_delete(true)?;
    let erased = store.write(|b| super::saved::once(b, client_id, "member_erase", &[org, admission_no], &ctx.now, || {
        let org = org_of(b, org)?;
        who.may_record(Some(&org))?;
        let m = b.member_by_no(org.id, admission_no.trim())?.ok_or_else(|| Error::UnknownMember { member: admission_no.to_string() })?;
        let Some(exited) = m.exited_on else {
            return Err(Error::MemberNotExited { member: label(&m) });
        };
        let savings = -b.account_balance(org.id, code::MEMBER_SAVINGS, Some(m.id), None, None)?;
        if !savings.is_zero() {
            return Err(Error::MemberHasBalance { member: label(&m), balance: savings });
        }
        for l in b.loans(org.id)?.iter().filter(|l| l.member_id == m.id) {
            let out = b.account_balance(org.id, code::LOANS_TO_MEMBERS, None, Some(l.id), None)?;
            if !out.is_zero() {
                return Err(Error::MemberHasBalance { member: label(&m), balance: out });
            }
        }
        // A shareholder's name stays while the book still holds her shares.
        let shares = -b.account_balance(org.id, code::SHARE_CAPITAL, Some(m.id), None, None)?;
        if !shares.is_zero() {
            return Err(Error::MemberHasBalance { member: label(&m), balance: shares });
        }
        // Nor while a dividend is still to be paid to her in cash.
        let payable = -b.account_balance(org.id, code::DIVIDEND_PAYABLE, Some(m.id), None, None)?;
        if !payable.is_zero() {
            return Err(Error::MemberHasBalance { member: label(&m), balance: payable });
        }
        let lang = crate::i18n::Lang::from_code(&org.lang).unwrap_or(crate::i18n::Lang::En);
        let neutral = crate::i18n::Localizer::new(crate::i18n::Locale::new(lang))
            .msg("erased-member", &[("number", crate::error::Arg::Text(m.admission_no.clone()))]);
        b.erase_member(m.id, &neutral, &ctx.now)?;
        who.log(b, ctx, NewAct { member_id: Some(m.id), ..super::people::act(&org, "member-erase", exited.max(ctx.today)) })?;
        Ok(m.id)
    }));
    let off = store.set_secure_delete(false);
    let id = erased?;
    off?;
    store.compact_and_truncate_wal()?;
    Ok(id)
}

/// A by-law change. Every field left out keeps its value from the version in force on
/// `effective_from` (or the country default for the first version).
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct PolicyInput {
    pub org: String,
    pub effective_from: String,
    pub saving_per_meeting: Option<String>,
    pub interest_rate: Option<String>,
    pub rate_period: Option<String>,
    pub interest_method: Option<String>,
    pub repayment_frequency: Option<String>,
    pub default_instalments: Option<String>,
    pub fine_absent: Option<String>,
    pub fine_late: Option<String>,
    pub fine_late_instalment: Option<String>,
    /// Absolute cap; "none" removes it.
    pub loan_cap: Option<String>,
    /// Cap as a multiple of own savings; "none" removes it.
    pub loan_cap_savings_multiple: Option<String>,
    pub guarantors_required: Option<String>,
    pub rounding_unit: Option<String>,
    pub rounding_mode: Option<String>,
    pub allocation_order: Option<String>,
    pub allow_prepayment: Option<bool>,
    pub approval_threshold: Option<String>,
    /// What the loan cap limits: "per-loan" or "member-outstanding" (issue 15).
    #[serde(default)]
    pub loan_cap_scope: Option<String>,
    /// How weekly interest is counted from a monthly rate: "calendar" or "four-weeks".
    #[serde(default)]
    pub interest_period: Option<String>,
    #[serde(default)]
    pub client_id: Option<String>,
}

pub(crate) fn default_policy(org_id: i64, country: Country, from: chrono::NaiveDate) -> Policy {
    // Field norms as defaults only (domain.md §2, §4): every one is changed by `policy_set`.
    let (saving, rate, period, method, freq, cap, guarantors) = match country {
        Country::India => (Money::units(50), "2", RatePeriod::Month, InterestMethod::Flat, RepaymentFrequency::Monthly, None, 0),
        Country::Bangladesh => (Money::units(100), "12", RatePeriod::Year, InterestMethod::ReducingEqualPrincipal, RepaymentFrequency::Monthly, None, 1),
        Country::Thailand => (Money::units(30), "6", RatePeriod::Year, InterestMethod::Bullet, RepaymentFrequency::Annual, Some(Money::units(20_000)), 2),
    };
    Policy {
        id: 0,
        org_id,
        effective_from: from,
        saving_per_meeting: saving,
        interest_rate: rate.parse().expect("literal rate"),
        rate_period: period,
        interest_method: method,
        repayment_frequency: freq,
        default_instalments: if method == InterestMethod::Bullet { 1 } else { 10 },
        fine_absent: Money::units(5),
        fine_late: Money::units(2),
        fine_late_instalment: Money::ZERO,
        loan_cap: cap,
        loan_cap_savings_multiple: None,
        guarantors_required: guarantors,
        rounding: Rounding::new(Money::units(1), RoundingMode::HalfUp),
        allocation_order: AllocationOrder::default(),
        allow_prepayment: true,
        approval_threshold: None,
        cap_scope: crate::domain::policy::CapScope::PerLoan,
        period_convention: crate::domain::loan::PeriodConvention::Calendar,
    }
}

/// The most guarantors the by-laws may ask of a loan: more could never be found in a group.
pub const MAX_GUARANTORS: u32 = 10;

pub fn policy_set(store: &mut Store, ctx: &Ctx, i: &PolicyInput) -> Result<i64> {
    let from = date("date", &i.effective_from, ctx)?;
    let who = super::people::identify(store, ctx)?;
    store.write(|b| super::saved::once(b, i.client_id.as_deref(), "policy_set", i, &ctx.now, || policy_in(b, ctx, &who, i, from)))
}

/// The body of `policy_set` inside a transaction the caller holds.
pub(crate) fn policy_in(b: &Book<'_>, ctx: &Ctx, who: &Who, i: &PolicyInput, from: chrono::NaiveDate) -> Result<i64> {
    {
        let org = org_of(b, &i.org)?;
        who.may_record(Some(&org))?;
        let approved_by = who.approval(&org, "by-law")?;
        if from < org.formed_on {
            return Err(Error::DateBeforeFormation { date: from, formed: org.formed_on });
        }
        // Issue 14: a closed year was worked under the by-laws in force in it; a version dated
        // inside it, or before it (it would be in force in it), would change that afterwards.
        if let Some(c) = b.year_closes(org.id)?.into_iter().filter(|c| c.reopened_by.is_none() && from <= c.year_end).max_by_key(|c| c.fiscal_year) {
            return Err(Error::Store(StoreError::YearClosed { year: org.fiscal_year(c.year_end).label() }));
        }
        let versions = b.policies(org.id)?;
        let mut p = in_force(&versions, from).cloned().unwrap_or_else(|| default_policy(org.id, org.country, from));
        // A version states the issue-15 rules when they differ from the earlier meaning, or
        // when the version it follows stated them (so going back is recorded too).
        let earlier_rules = (p.cap_scope, p.period_convention);
        p.effective_from = from;
        let c = org.currency;
        let money = |field: &str, v: &Option<String>, into: &mut Money| -> Result<()> {
            if let Some(s) = v {
                *into = amount(field, s, c)?;
            }
            Ok(())
        };
        money("saving-per-meeting", &i.saving_per_meeting, &mut p.saving_per_meeting)?;
        money("fine", &i.fine_absent, &mut p.fine_absent)?;
        money("fine", &i.fine_late, &mut p.fine_late)?;
        money("fine", &i.fine_late_instalment, &mut p.fine_late_instalment)?;
        if let Some(s) = &i.interest_rate {
            p.interest_rate = rate("rate", s)?;
            // The bounds every loan's terms are held to (`schedule::validate`).
            if p.interest_rate > rust_decimal::Decimal::ONE_HUNDRED {
                return Err(Error::Domain(Refusal::InvalidLoanTerms { detail: "rate".into() }));
            }
        }
        if let Some(s) = &i.rate_period {
            p.rate_period = choice("rate-period", s, RatePeriod::from_code)?;
        }
        if let Some(s) = &i.interest_method {
            p.interest_method = choice("method", s, InterestMethod::from_code)?;
        }
        if let Some(s) = &i.repayment_frequency {
            p.repayment_frequency = choice("repayment-frequency", s, RepaymentFrequency::from_code)?;
        }
        if let Some(s) = &i.default_instalments {
            p.default_instalments = count_positive("instalments", s)?;
            if p.default_instalments > crate::domain::schedule::MAX_INSTALMENTS {
                return Err(Error::Domain(Refusal::InvalidLoanTerms { detail: "instalments".into() }));
            }
        }
        // "No cap" is said by leaving the cap empty (or typing "none"); a cap of zero would let
        // no loan through, and was once silently read as no cap at all, so it is refused.
        let none = |s: &str| s.trim().is_empty() || s.trim().eq_ignore_ascii_case("none");
        let not_a_cap = |field: &str, s: &str| Error::CapNotPositive { field: field.into(), input: s.into() };
        if let Some(s) = &i.loan_cap {
            p.loan_cap = None;
            if !none(s) {
                let cap = amount("loan-cap", s, c)?;
                if !cap.is_positive() {
                    return Err(not_a_cap("loan-cap", s));
                }
                p.loan_cap = Some(cap);
            }
        }
        if let Some(s) = &i.loan_cap_savings_multiple {
            p.loan_cap_savings_multiple = None;
            if !none(s) {
                let multiple = rate("loan-cap-multiple", s)?;
                if multiple.is_zero() {
                    return Err(not_a_cap("loan-cap-multiple", s));
                }
                p.loan_cap_savings_multiple = Some(multiple);
            }
        }
        if let Some(s) = &i.guarantors_required {
            p.guarantors_required = count("guarantors", s)?;
            if p.guarantors_required > MAX_GUARANTORS {
                return Err(Error::GuarantorsOutOfRange { input: s.trim().to_string(), max: i64::from(MAX_GUARANTORS) });
            }
        }
        if let Some(s) = &i.rounding_unit {
            let unit = amount("rounding", s, c)?;
            if !unit.is_positive() {
                // Said as the loan term it is ("the rounding unit must be more than zero"), not
                // as a choice missing from a list.
                return Err(Error::Domain(Refusal::InvalidLoanTerms { detail: "rounding".into() }));
            }
            p.rounding.unit = unit;
        }
        if let Some(s) = &i.rounding_mode {
            p.rounding.mode = choice("rounding", s, RoundingMode::from_code)?;
        }
        if let Some(s) = &i.allocation_order {
            p.allocation_order = choice("allocation-order", s, AllocationOrder::from_code)?;
        }
        if let Some(v) = i.allow_prepayment {
            p.allow_prepayment = v;
        }
        if let Some(s) = &i.approval_threshold {
            p.approval_threshold = if none(s) { None } else { Some(amount("amount", s, c)?) };
        }
        if let Some(s) = &i.loan_cap_scope {
            p.cap_scope = choice("loan-cap-scope", s, crate::domain::policy::CapScope::from_code)?;
        }
        if let Some(s) = &i.interest_period {
            p.period_convention = choice("interest-period", s, crate::domain::loan::PeriodConvention::from_code)?;
        }
        let id = b.insert_policy(&p, &ctx.now)?;
        let plain = (crate::domain::policy::CapScope::PerLoan, crate::domain::loan::PeriodConvention::Calendar);
        if (p.cap_scope, p.period_convention) != plain || earlier_rules != plain {
            b.insert_bylaw_rule(id, &p, &ctx.now)?;
        }
        who.log(b, ctx, NewAct { policy_id: Some(id), approved_by, ..super::people::act(&org, "by-law", from) })?;
        Ok(id)
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct OpeningSavingsInput {
    pub member: String,
    pub savings: String,
    /// Shares held at the cut-off: a whole number of them, at the share price of that date
    /// (kinds that keep shares only).
    #[serde(default)]
    pub shares: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct OpeningLoanInput {
    pub member: String,
    /// Outstanding principal at the cut-off date.
    pub outstanding: String,
    #[serde(default)]
    pub fund: Option<String>,
    pub rate: String,
    pub rate_period: String,
    pub method: String,
    pub frequency: String,
    /// Instalments still to pay after the cut-off.
    pub instalments: String,
    #[serde(default)]
    pub purpose: String,
}

/// The paper books at a cut-off date, entered as one opening voucher.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct OpeningInput {
    pub org: String,
    pub date: String,
    #[serde(default)]
    pub cash: Option<String>,
    #[serde(default)]
    pub bank: Option<String>,
    #[serde(default)]
    pub savings: Vec<OpeningSavingsInput>,
    #[serde(default)]
    pub loans: Vec<OpeningLoanInput>,
    #[serde(default)]
    pub bank_loan: Option<String>,
    /// Grants held as the group's fund (revolving fund, village-fund capital, …).
    #[serde(default)]
    pub fund_capital: Option<String>,
    /// Accumulated surplus on the paper books. If given, the voucher must balance with it;
    /// if left out, it is the balancing figure.
    #[serde(default)]
    pub surplus: Option<String>,
    #[serde(default)]
    pub client_id: Option<String>,
}

/// Records the opening balances as the organisation's first voucher.
pub fn opening_record(store: &mut Store, ctx: &Ctx, i: &OpeningInput) -> Result<super::Saved> {
    let on = date("date", &i.date, ctx)?;
    let who = super::people::identify(store, ctx)?;
    store.write(|b| {
        if let Some(cid) = &i.client_id {
            if let Some(result) = b.command_result(cid, "opening_record", &super::command_digest("opening_record", i))? {
                return <super::Saved as super::saved::Answer>::from_log(&result);
            }
        }
        opening_in(b, ctx, &who, i, on)
    })
}

/// The body of `opening_record` inside a transaction the caller holds.
pub(crate) fn opening_in(b: &Book<'_>, ctx: &Ctx, who: &Who, i: &OpeningInput, on: chrono::NaiveDate) -> Result<super::Saved> {
    {
        let org = org_of(b, &i.org)?;
        who.may_record(Some(&org))?;
        check_entry_date(b, &org, on, ctx.today)?;
        if b.meta(&format!("opening:{}", org.id))?.is_some() {
            return Err(Error::OpeningAlreadyRecorded);
        }
        if b.voucher_count(org.id)? > 0 {
            return Err(Error::OpeningAfterEntries);
        }
        let c = org.currency;
        let policy = super::policy_on(b, &org, on).ok();
        let mut o = posting::Opening { cash: opt_amount("opening-cash", &i.cash, c)?, bank: opt_amount("opening-bank", &i.bank, c)?, ..Default::default() };
        // A member named twice in the savings would have the two amounts silently added; one
        // loan given twice would be two loans. Both are refused, naming the member and the rows.
        let mut savings_rows: std::collections::HashMap<i64, usize> = std::collections::HashMap::new();
        for (row, s) in i.savings.iter().enumerate() {
            let m = active_member(b, &org, &s.member, on)?;
            if let Some(first) = savings_rows.insert(m.id, row + 1) {
                return Err(Error::OpeningMemberTwice { member: label(&m), first: first as i64, second: row as i64 + 1 });
            }
            o.savings.push((m.id, amount("savings", &s.savings, c)?));
            let shares = super::yearend::shares_amount(b, &org, &label(&m), s.shares.as_deref().unwrap_or(""), on)?;
            if shares.is_positive() {
                o.shares.push((m.id, shares));
            }
        }
        let mut loan_rows: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for (row, l) in i.loans.iter().enumerate() {
            let m = active_member(b, &org, &l.member, on)?;
            let outstanding = amount("principal", &l.outstanding, c)?;
            free_text("purpose", &l.purpose)?;
            let terms = LoanTerms {
                principal: outstanding,
                rate: rate("rate", &l.rate)?,
                rate_period: choice("rate-period", &l.rate_period, RatePeriod::from_code)?,
                method: choice("method", &l.method, InterestMethod::from_code)?,
                frequency: choice("repayment-frequency", &l.frequency, RepaymentFrequency::from_code)?,
                instalments: count_positive("instalments", &l.instalments)?,
                grace_periods: 0,
                start: on,
                rounding: policy.as_ref().map(|p| p.rounding).unwrap_or(Rounding::PAISA_HALF_UP),
                period: policy.as_ref().map(|p| p.period_convention).unwrap_or_default(),
            };
            schedule::schedule(&terms)?;
            let fund = match &l.fund {
                Some(f) => choice("fund", f, FundKind::from_code)?,
                None => FundKind::OwnSavings,
            };
            // Two loans of one member must differ in something (the amount, the terms, the
            // purpose); an identical row is the same loan typed twice.
            let key = format!("{}|{terms:?}|{fund:?}|{}", m.id, l.purpose.trim());
            if let Some(first) = loan_rows.insert(key, row + 1) {
                return Err(Error::OpeningLoanTwice { member: label(&m), first: first as i64, second: row as i64 + 1 });
            }
            let (loan_id, _) = b.insert_loan(org.id, m.id, fund, &terms, &l.purpose, policy.as_ref().map(|p| p.id), None, true, &[])?;
            o.loans.push(posting::NewLoan { member_id: m.id, loan_id, principal: outstanding });
        }
        o.bank_loan = opt_amount("amount", &i.bank_loan, c)?;
        let fund_account = match org.kind {
            crate::domain::org::OrgKind::VillageFund => code::VILLAGE_FUND_CAPITAL,
            crate::domain::org::OrgKind::Shg | crate::domain::org::OrgKind::VillageOrganisation | crate::domain::org::OrgKind::ClusterFederation => code::REVOLVING_FUND,
            _ => code::WELFARE_FUND,
        };
        o.fund_capital = (fund_account, opt_amount("amount", &i.fund_capital, c)?);
        o.surplus = match &i.surplus {
            Some(s) => {
                // A stated surplus can be a deficit: accept a leading minus here only.
                let t = s.trim();
                let (neg, body) = t.strip_prefix('-').map(|r| (true, r)).unwrap_or((false, t));
                let v = amount("amount", body, c)?;
                Some(if neg { -v } else { v })
            }
            None => None,
        };
        let balanced = posting::opening(on, &o)?;
        let v = b.append_voucher(&org, &balanced, &VoucherMeta { client_id: i.client_id.as_deref(), recorded_at: &ctx.now, ..Default::default() })?;
        b.set_opening_cutoff(org.id, &on.format("%Y-%m-%d").to_string())?;
        let mut saved = super::Saved::voucher(b, &org, &v, None, false)?;
        who.log(b, ctx, NewAct { voucher_id: Some(v.id), ..super::people::act(&org, "opening", on) })?;
        saved.book_code = super::head_code(b, org.id)?;
        if let Some(cid) = &i.client_id {
            b.log_command(cid, "opening_record", &super::command_digest("opening_record", i), &super::saved::Answer::to_log(&saved), &ctx.now)?;
        }
        Ok(saved)
    }
}

/// Everything the setup wizard gathered for a new organisation. Nothing is saved until the last
/// step; then `setup_record` writes it all in one transaction.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct SetupInput {
    pub org: OrgInput,
    /// By-laws from the day the group was formed (`org` and `effective_from` are filled in here).
    #[serde(default)]
    pub policy: PolicyInput,
    /// Members typed in or imported (`org` is filled in here).
    #[serde(default)]
    pub members: Vec<MemberInput>,
    /// Balances from the paper books at a cut-off date; none for a group starting today.
    #[serde(default)]
    pub opening: Option<OpeningInput>,
    #[serde(default)]
    pub client_id: Option<String>,
}

/// What the wizard saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct SetupSaved {
    pub org: String,
    pub org_id: i64,
    pub members: usize,
    /// The opening voucher, when balances were brought over.
    pub opening: Option<super::Saved>,
    pub already_recorded: bool,
}

/// Which part of the wizard a refusal came from, and (for members) which row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetupStage {
    Org,
    Policy,
    Member(usize),
    Opening,
}

/// The whole wizard inside a transaction the caller holds: `org_add`, `policy_set`, every
/// `member_add` and `opening_record`, through the same bodies the single commands use.
pub(crate) fn setup_in(b: &Book<'_>, ctx: &Ctx, who: &Who, i: &SetupInput) -> std::result::Result<SetupSaved, (SetupStage, Error)> {
    let org_id = org_in(b, ctx, who, &OrgInput { client_id: None, ..i.org.clone() }).map_err(|e| (SetupStage::Org, e))?;
    let code = i.org.code.trim().to_string();
    let policy = PolicyInput { org: code.clone(), effective_from: i.org.formed_on.clone(), client_id: None, ..i.policy.clone() };
    let from = date("formed-on", &policy.effective_from, ctx).map_err(|e| (SetupStage::Org, e))?;
    policy_in(b, ctx, who, &policy, from).map_err(|e| (SetupStage::Policy, e))?;
    for (k, m) in i.members.iter().enumerate() {
        let m = MemberInput { org: code.clone(), client_id: None, ..m.clone() };
        member_in(b, ctx, who, &m).map_err(|e| (SetupStage::Member(k), e))?;
    }
    let opening = match &i.opening {
        Some(o) => {
            let o = OpeningInput { org: code.clone(), client_id: None, ..o.clone() };
            let on = date("date", &o.date, ctx).map_err(|e| (SetupStage::Opening, e))?;
            Some(opening_in(b, ctx, who, &o, on).map_err(|e| (SetupStage::Opening, e))?)
        }
        None => None,
    };
    Ok(SetupSaved { org: code, org_id, members: i.members.len(), opening, already_recorded: false })
}

/// Creates a new organisation from the wizard: organisation, by-laws, members and opening
/// balances in ONE transaction, so a refusal anywhere leaves the book as it was. A replay of the
/// same client id answers "already recorded".
pub fn setup_record(store: &mut Store, ctx: &Ctx, i: &SetupInput) -> Result<SetupSaved> {
    let who = super::people::identify(store, ctx)?;
    store.write(|b| {
        if let Some(cid) = &i.client_id {
            if let Some(stored) = b.command_result(cid, "setup_record", &super::command_digest("setup_record", i))? {
                let org = org_of(b, &stored)?;
                return Ok(SetupSaved { members: b.members(org.id)?.len(), org_id: org.id, org: org.code, opening: None, already_recorded: true });
            }
        }
        let saved = setup_in(b, ctx, &who, i).map_err(|(_, e)| e)?;
        if let Some(cid) = &i.client_id {
            b.log_command(cid, "setup_record", &super::command_digest("setup_record", i), &saved.org, &ctx.now)?;
        }
        Ok(saved)
    })
}
