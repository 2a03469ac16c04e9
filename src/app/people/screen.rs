//! The desktop's view of people, sessions, by-law versions and members who have left: what the
//! People and Settings screens show, in the reader's language.
//!
//! The shell holds the signed-in person (`Actor`, name and PIN) for its window and puts it into
//! every write's `Ctx`; `session_start` is where that PIN is first checked (a wrong one counts
//! towards the lockout like any other). Nothing here records anything except through the core's
//! own actions (`person_enrol`, `person_pin_change`, `policy_set`, `member_erase`).

use crate::app::input::{Actor, Ctx};
use crate::app::people::{identify, locked_minutes, role_of, Who};
use crate::app::setup::{policy_in, PolicyInput};
use crate::app::ui::{Choice, FieldError};
use crate::app::{label, org_of};
use crate::domain::ledger::code;
use crate::domain::loan::{InterestMethod, RatePeriod};
use crate::domain::money::Money;
use crate::domain::policy::{in_force, Policy};
use crate::error::{Arg, Error, Result};
use crate::i18n::{Locale, Localizer};
use crate::store::{Book, PersonRecord, Store};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::app::people::PersonRole;

/// The person signed in at this window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct SignedIn {
    pub name: String,
    pub role: String,
    pub role_label: String,
    /// False for a field officer: reads, reports and checks only.
    pub may_record: bool,
    /// A treasurer or president: may enrol others.
    pub may_enrol: bool,
}

/// Whether the book asks who is using it, and who is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct SessionView {
    /// People are enrolled: every write needs a signed-in person.
    pub enrolled: bool,
    pub signed_in: Option<SignedIn>,
}

/// One person as the People screen lists them: never their PIN.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct PersonRow {
    pub name: String,
    pub role: String,
    pub role_label: String,
    /// The organisation's name, or "every organisation".
    pub scope_display: String,
    pub enrolled_display: String,
    pub locked: bool,
    /// "Locked for 4 minutes (too many wrong PINs)", or empty.
    pub state_display: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct PeopleView {
    pub session: SessionView,
    pub people: Vec<PersonRow>,
    /// The roles the enrol form offers: only treasurer and president for the first person
    /// (someone must be able to enrol the others).
    pub roles: Vec<Choice>,
    /// Nobody is enrolled yet: the next person enrols without anyone's PIN.
    pub first: bool,
}

fn signed_in(l: &Localizer, p: &PersonRecord) -> SignedIn {
    let role = role_of(p);
    SignedIn { name: p.name.clone(), role: role.code().into(), role_label: l.vocab("role", role.code()), may_record: role.records(), may_enrol: role.enrols() }
}

fn session_of(b: &Book<'_>, ctx: &Ctx, l: &Localizer) -> Result<SessionView> {
    let enrolled = b.people_count()? > 0;
    let person = match (&ctx.actor, enrolled) {
        (Some(a), true) => b.person_by_name(a.name.trim())?,
        _ => None,
    };
    Ok(SessionView { enrolled, signed_in: person.as_ref().map(|p| signed_in(l, p)) })
}

/// Who is signed in (by the name the shell holds; the PIN is checked again by every write).
pub fn session_view(store: &Store, ctx: &Ctx, locale: Locale) -> Result<SessionView> {
    session_of(&store.read(), ctx, &Localizer::new(locale))
}

/// Signs a person in: checks their PIN (a wrong one counts towards the lockout) and answers the
/// `Actor` for the shell to hold, with what the screen shows. A single-user book has no one to
/// sign in as.
pub fn session_start(store: &mut Store, ctx: &Ctx, name: &str, pin: &str, locale: Locale) -> Result<(Actor, SignedIn)> {
    let trial = ctx.clone().acting(name.trim(), pin);
    let who = identify(store, &trial)?;
    let p = who.actor().ok_or_else(|| Error::WrongPin { person: name.trim().to_string() })?;
    let actor = Actor::new(&p.name, &crate::app::people::normalize_pin("pin", pin)?);
    Ok((actor, signed_in(&Localizer::new(locale), p)))
}

/// Changes the signed-in person's own PIN: `current` is checked (not the one the shell holds, so
/// nobody changes a PIN at a laptop left signed in). Answers the `Actor` the shell holds next.
pub fn session_pin_change(store: &mut Store, ctx: &Ctx, current: &str, new_pin: &str, client_id: Option<&str>) -> Result<Actor> {
    let a = ctx.actor.clone().ok_or(Error::ActorRequired)?;
    let trial = ctx.clone().acting(&a.name, current);
    crate::app::people::person_pin_change(store, &trial, new_pin, client_id)?;
    Ok(Actor::new(&a.name, &crate::app::people::normalize_pin("pin", new_pin)?))
}

/// Everyone enrolled, with role, scope, and whether wrong PINs have locked them for now.
pub fn people_view(store: &Store, ctx: &Ctx, locale: Locale) -> Result<PeopleView> {
    let l = Localizer::new(locale);
    let b = store.read();
    let session = session_of(&b, ctx, &l)?;
    let mut people = Vec::new();
    for p in b.people()? {
        let role = role_of(&p);
        let scope_display = match p.org_id {
            Some(id) => b.orgs()?.into_iter().find(|o| o.id == id).map(|o| o.name).unwrap_or_default(),
            None => l.msg("ui-people-scope-all", &[]),
        };
        let enrolled_display = p.enrolled_at.get(..10).and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()).map(|d| l.date(d)).unwrap_or_default();
        let locked = locked_minutes(&b, &p, &ctx.now)?;
        people.push(PersonRow {
            name: p.name.clone(),
            role: role.code().into(),
            role_label: l.vocab("role", role.code()),
            scope_display,
            enrolled_display,
            locked: locked.is_some(),
            state_display: match locked {
                Some(m) => l.msg("people-locked", &[("minutes", Arg::Count(m))]),
                None => l.msg("people-active", &[]),
            },
        });
    }
    let first = people.is_empty();
    let roles = PersonRole::ALL
        .iter()
        .filter(|r| !first || r.enrols())
        .map(|r| Choice { code: r.code().into(), label: l.vocab("role", r.code()), fine: String::new(), fine_display: String::new() })
        .collect();
    Ok(PeopleView { session, people, roles, first })
}

/// A member as the list of members shows them, with whether their personal data can be erased.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct MemberEntry {
    pub member: String,
    pub name: String,
    /// "Member since …", "Left on …", or "Personal data erased".
    pub status_display: String,
    pub exited: bool,
    pub erased: bool,
    /// Left, savings paid out and no loan outstanding, not yet erased.
    pub erasable: bool,
    /// Why not, for a member who left but is not settled (the core's own refusal), or empty.
    pub reason: String,
}

/// What a member still holds: savings not paid out, or a loan outstanding (the rule of
/// `member_exit` and `member_erase`).
fn unsettled(b: &Book<'_>, org_id: i64, m: &crate::domain::org::Member) -> Result<Option<Error>> {
    let savings = -b.account_balance(org_id, code::MEMBER_SAVINGS, Some(m.id), None, None)?;
    if !savings.is_zero() {
        return Ok(Some(Error::MemberHasBalance { member: label(m), balance: savings }));
    }
    // A dividend kept for her to be paid in cash (she left before the year was closed).
    let payable = -b.account_balance(org_id, code::DIVIDEND_PAYABLE, Some(m.id), None, None)?;
    if !payable.is_zero() {
        return Ok(Some(Error::MemberHasBalance { member: label(m), balance: payable }));
    }
    for loan in b.loans(org_id)?.iter().filter(|x| x.member_id == m.id) {
        let out = b.account_balance(org_id, code::LOANS_TO_MEMBERS, None, Some(loan.id), None)?;
        if !out.is_zero() {
            return Ok(Some(Error::MemberHasBalance { member: label(m), balance: out }));
        }
    }
    Ok(None)
}

/// The organisation's members: those who have left first (the ones this list is for), then the rest.
pub fn member_list(store: &Store, ctx: &Ctx, org: &str, locale: Locale) -> Result<Vec<MemberEntry>> {
    let l = Localizer::new(locale);
    let b = store.read();
    let org = org_of(&b, org)?;
    let who = identify_read(&b, ctx)?;
    if let Some(p) = &who {
        if p.org_id.is_some_and(|id| id != org.id) {
            return Err(Error::PersonOutsideOrg { person: p.name.clone(), org: org.code.clone() });
        }
    }
    let erased = b.erased_members(org.id)?;
    let mut out = Vec::new();
    for m in b.members(org.id)? {
        let is_erased = erased.contains(&m.id);
        let (status_display, erasable, reason) = match (m.exited_on, is_erased) {
            (_, true) => (l.msg("people-member-erased", &[]), false, String::new()),
            (Some(on), false) => {
                let why = unsettled(&b, org.id, &m)?;
                (l.msg("people-member-left", &[("date", Arg::Date(on))]), why.is_none(), why.map(|e| l.error(&e)).unwrap_or_default())
            }
            (None, false) => (l.msg("people-member-since", &[("date", Arg::Date(m.joined_on))]), false, String::new()),
        };
        out.push(MemberEntry { member: m.admission_no.clone(), name: m.name.clone(), status_display, exited: m.exited_on.is_some(), erased: is_erased, erasable, reason });
    }
    out.sort_by_key(|e| (!e.exited || e.erased, e.erased));
    Ok(out)
}

/// The signed-in person by name, for reads (the PIN is checked by writes).
fn identify_read(b: &Book<'_>, ctx: &Ctx) -> Result<Option<PersonRecord>> {
    match &ctx.actor {
        Some(a) if b.people_count()? > 0 => Ok(b.person_by_name(a.name.trim())?),
        _ => Ok(None),
    }
}

/// One by-law version as the history lists it, every figure written for the reader.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct PolicyRow {
    pub effective_from: String,
    pub effective_display: String,
    pub saving_display: String,
    pub interest_display: String,
    pub method_label: String,
    pub instalments_display: String,
    pub fine_absent_display: String,
    pub fine_late_display: String,
    pub loan_cap_display: String,
    pub guarantors_display: String,
    pub threshold_display: String,
    /// The version in force today.
    pub in_force: bool,
}

/// The by-laws of an organisation: their dated versions and the one in force today as plain
/// values to start a new version from.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct PolicyView {
    pub org: String,
    pub currency: String,
    pub today: String,
    pub today_display: String,
    /// Newest first.
    pub versions: Vec<PolicyRow>,
    /// Today's by-laws as the starting values of the form's boxes (amounts, rate and counts as
    /// typed: no grouping, in the reader's digits).
    pub current: PolicyInput,
    pub methods: Vec<Choice>,
    pub rate_periods: Vec<Choice>,
    /// People are enrolled: saving needs a second person's approval.
    pub needs_approval: bool,
}

fn choice(code: &str, label: String) -> Choice {
    Choice { code: code.to_string(), label, fine: String::new(), fine_display: String::new() }
}

fn policy_row(l: &Localizer, p: &Policy, current: Option<i64>) -> PolicyRow {
    let threshold = crate::app::people::approval_threshold(p);
    PolicyRow {
        effective_from: p.effective_from.format("%Y-%m-%d").to_string(),
        effective_display: l.date(p.effective_from),
        saving_display: l.amount(p.saving_per_meeting),
        interest_display: l.msg("bylaw-rate", &[("rate", Arg::percent(p.interest_rate)), ("period", Arg::Text(l.vocab("rate-period", p.rate_period.code())))]),
        method_label: l.vocab("method", p.interest_method.code()),
        instalments_display: l.count(p.default_instalments as i64),
        fine_absent_display: l.amount(p.fine_absent),
        fine_late_display: l.amount(p.fine_late),
        loan_cap_display: match p.loan_cap {
            Some(m) => l.amount(m),
            None => l.msg("bylaw-no-cap", &[]),
        },
        guarantors_display: l.count(p.guarantors_required as i64),
        threshold_display: match p.approval_threshold {
            Some(m) => l.amount(m),
            None => l.msg("bylaw-threshold-default", &[("amount", Arg::Money(threshold))]),
        },
        in_force: current == Some(p.id),
    }
}

/// The by-law versions of `org`, newest first, and today's as the starting values of a new one.
pub fn policy_view(store: &Store, ctx: &Ctx, org: &str, locale: Locale) -> Result<PolicyView> {
    let l = Localizer::new(locale);
    let b = store.read();
    let o = org_of(&b, org)?;
    let versions = b.policies(o.id)?;
    let now = in_force(&versions, ctx.today).cloned().ok_or(Error::NoPolicy { date: ctx.today })?;
    // The starting values go into the boxes as typed: no grouping, in the reader's digits.
    let plain = |m: Money| l.typed(m);
    let current = PolicyInput {
        org: o.code.clone(),
        effective_from: ctx.today.format("%Y-%m-%d").to_string(),
        saving_per_meeting: Some(plain(now.saving_per_meeting)),
        interest_rate: Some(l.digits_of(&now.interest_rate.normalize().to_string())),
        rate_period: Some(now.rate_period.code().into()),
        interest_method: Some(now.interest_method.code().into()),
        default_instalments: Some(l.digits_of(&now.default_instalments.to_string())),
        fine_absent: Some(plain(now.fine_absent)),
        fine_late: Some(plain(now.fine_late)),
        loan_cap: Some(now.loan_cap.map(plain).unwrap_or_default()),
        guarantors_required: Some(l.digits_of(&now.guarantors_required.to_string())),
        approval_threshold: Some(now.approval_threshold.map(plain).unwrap_or_default()),
        ..Default::default()
    };
    Ok(PolicyView {
        org: o.code.clone(),
        currency: o.currency.code().into(),
        today: ctx.today.format("%Y-%m-%d").to_string(),
        today_display: l.date(ctx.today),
        versions: versions.iter().rev().map(|p| policy_row(&l, p, Some(now.id))).collect(),
        current,
        methods: InterestMethod::ALL.iter().map(|m| choice(m.code(), l.vocab("method", m.code()))).collect(),
        rate_periods: RatePeriod::ALL.iter().map(|r| choice(r.code(), l.vocab("rate-period", r.code()))).collect(),
        needs_approval: b.people_count()? > 0,
    })
}

/// A by-law change checked without saving: ok, or each wrong field with its message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct PolicyPreview {
    pub ok: bool,
    pub errors: Vec<FieldError>,
}

/// An empty field of the form means "no cap" / "the default limit" for the two optional amounts.
fn blank_is_none(i: &PolicyInput) -> PolicyInput {
    let none = |v: &Option<String>| match v.as_deref().map(str::trim) {
        Some("") => Some("none".to_string()),
        _ => v.clone(),
    };
    PolicyInput { loan_cap: none(&i.loan_cap), approval_threshold: none(&i.approval_threshold), ..i.clone() }
}

/// Saves a by-law change as a new dated version (`policy_set`), the form's empty cap or limit
/// meaning none.
pub fn policy_save(store: &mut Store, ctx: &Ctx, i: &PolicyInput) -> Result<i64> {
    crate::app::setup::policy_set(store, ctx, &blank_is_none(i))
}

/// Checks a by-law change field by field, with the same body `policy_set` runs, in a
/// transaction that is always rolled back. Who may save it (and the second person's approval) is
/// checked by the save itself.
pub fn policy_preview(store: &mut Store, ctx: &Ctx, i: &PolicyInput, locale: Locale) -> Result<PolicyPreview> {
    let l = Localizer::new(locale);
    let i = blank_is_none(i);
    let mut errors: Vec<FieldError> = Vec::new();
    let push = |errors: &mut Vec<FieldError>, path: &str, e: &Error| errors.push(FieldError { field_path: path.to_string(), code: e.code().to_string(), message: l.error(e) });
    let from = match crate::app::input::date("date", &i.effective_from, ctx) {
        Ok(d) => Some(d),
        Err(e) => {
            push(&mut errors, "effective_from", &e);
            None
        }
    };
    if let Some(from) = from {
        let who = Who::default();
        let base = PolicyInput { org: i.org.clone(), effective_from: i.effective_from.clone(), ..Default::default() };
        // The date alone, then each field alone, so that every wrong one is named.
        let alone: Vec<(&str, PolicyInput)> = vec![
            ("effective_from", base.clone()),
            ("saving_per_meeting", PolicyInput { saving_per_meeting: i.saving_per_meeting.clone(), ..base.clone() }),
            ("interest_rate", PolicyInput { interest_rate: i.interest_rate.clone(), ..base.clone() }),
            ("rate_period", PolicyInput { rate_period: i.rate_period.clone(), ..base.clone() }),
            ("interest_method", PolicyInput { interest_method: i.interest_method.clone(), ..base.clone() }),
            ("default_instalments", PolicyInput { default_instalments: i.default_instalments.clone(), ..base.clone() }),
            ("fine_absent", PolicyInput { fine_absent: i.fine_absent.clone(), ..base.clone() }),
            ("fine_late", PolicyInput { fine_late: i.fine_late.clone(), ..base.clone() }),
            ("loan_cap", PolicyInput { loan_cap: i.loan_cap.clone(), ..base.clone() }),
            ("guarantors_required", PolicyInput { guarantors_required: i.guarantors_required.clone(), ..base.clone() }),
            ("approval_threshold", PolicyInput { approval_threshold: i.approval_threshold.clone(), ..base.clone() }),
            ("repayment_frequency", PolicyInput { repayment_frequency: i.repayment_frequency.clone(), ..base.clone() }),
            ("fine_late_instalment", PolicyInput { fine_late_instalment: i.fine_late_instalment.clone(), ..base.clone() }),
            ("loan_cap_savings_multiple", PolicyInput { loan_cap_savings_multiple: i.loan_cap_savings_multiple.clone(), ..base.clone() }),
            ("rounding_unit", PolicyInput { rounding_unit: i.rounding_unit.clone(), ..base.clone() }),
            ("rounding_mode", PolicyInput { rounding_mode: i.rounding_mode.clone(), ..base.clone() }),
            ("allocation_order", PolicyInput { allocation_order: i.allocation_order.clone(), ..base.clone() }),
            ("loan_cap_scope", PolicyInput { loan_cap_scope: i.loan_cap_scope.clone(), ..base.clone() }),
            ("interest_period", PolicyInput { interest_period: i.interest_period.clone(), ..base.clone() }),
        ];
        let found = store.dry_run(|b| {
            let mut found = Vec::new();
            for (path, input) in &alone {
                if let Err(e) = policy_in(b, ctx, &who, input, from) {
                    found.push((*path, e));
                    if *path == "effective_from" {
                        break;
                    }
                }
            }
            // Every field alone may pass and the whole still be refused: what saving says then.
            if found.is_empty() {
                if let Err(e) = policy_in(b, ctx, &who, &i, from) {
                    found.push(("form", e));
                }
            }
            Ok::<_, Error>(found)
        })?;
        for (path, e) in &found {
            push(&mut errors, path, e);
        }
    }
    Ok(PolicyPreview { ok: errors.is_empty(), errors })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{member_erase, person_enrol, PersonInput};
    use crate::demo::demo_create;
    use crate::i18n::Lang;

    fn demo() -> (Store, Ctx) {
        let mut s = Store::open_in_memory().unwrap();
        let today = NaiveDate::from_ymd_opt(2025, 6, 30).unwrap();
        demo_create(&mut s, today).unwrap();
        (s, Ctx::new(today, "2025-06-30T10:00:00", Lang::En))
    }

    fn enrol(s: &mut Store, ctx: &Ctx, name: &str, role: &str, pin: &str) {
        person_enrol(s, ctx, &PersonInput { name: name.into(), role: role.into(), pin: pin.into(), ..Default::default() }).unwrap();
    }

    #[test]
    fn the_first_person_can_only_be_one_who_enrols_others_and_a_session_starts_with_the_right_pin() {
        let (mut s, ctx) = demo();
        let en = Locale::new(Lang::En);
        let v = people_view(&s, &ctx, en).unwrap();
        assert!(v.first && !v.session.enrolled && v.people.is_empty());
        assert_eq!(v.roles.iter().map(|r| r.code.as_str()).collect::<Vec<_>>(), ["treasurer", "president"]);
        enrol(&mut s, &ctx, "Sunita", "treasurer", "4821");
        let asha = ctx.clone().acting("Sunita", "4821");
        person_enrol(&mut s, &asha, &PersonInput { name: "Ravi".into(), role: "field-officer".into(), pin: "१२३४".into(), ..Default::default() }).unwrap();

        assert_eq!(session_start(&mut s, &ctx, "Sunita", "0000", en), Err(Error::WrongPin { person: "Sunita".into() }));
        let (actor, who) = session_start(&mut s, &ctx, " Sunita ", "४८२१", en).unwrap();
        assert_eq!(actor, Actor::new("Sunita", "4821"));
        assert_eq!((who.role_label.as_str(), who.may_record, who.may_enrol), ("Treasurer", true, true));
        let (_, ravi) = session_start(&mut s, &ctx, "Ravi", "1234", en).unwrap();
        assert!(!ravi.may_record && !ravi.may_enrol);

        let v = people_view(&s, &asha, Locale::new(Lang::Hi)).unwrap();
        assert!(!v.first && v.session.enrolled);
        assert_eq!(v.session.signed_in.as_ref().map(|p| p.name.as_str()), Some("Sunita"));
        assert_eq!(v.roles.len(), 4);
        assert_eq!(v.people.iter().map(|p| (p.name.as_str(), p.role.as_str(), p.locked)).collect::<Vec<_>>(), [("Sunita", "treasurer", false), ("Ravi", "field-officer", false)]);
        assert_eq!(v.people[1].role_label, "फ़ील्ड अधिकारी");
    }

    #[test]
    fn five_wrong_pins_show_the_person_as_locked() {
        let (mut s, ctx) = demo();
        enrol(&mut s, &ctx, "Sunita", "treasurer", "4821");
        for _ in 0..5 {
            assert!(session_start(&mut s, &ctx, "Sunita", "1111", Locale::new(Lang::En)).is_err());
        }
        let v = people_view(&s, &ctx, Locale::new(Lang::En)).unwrap();
        assert!(v.people[0].locked, "{:?}", v.people[0]);
        assert!(v.people[0].state_display.contains('5'), "{}", v.people[0].state_display);
        assert!(matches!(session_start(&mut s, &ctx, "Sunita", "4821", Locale::new(Lang::En)), Err(Error::PinLocked { .. })));
    }

    #[test]
    fn a_pin_change_checks_the_current_pin_and_answers_the_new_session() {
        let (mut s, ctx) = demo();
        enrol(&mut s, &ctx, "Sunita", "treasurer", "4821");
        let me = ctx.clone().acting("Sunita", "4821");
        assert_eq!(session_pin_change(&mut s, &me, "9999", "5555", None), Err(Error::WrongPin { person: "Sunita".into() }));
        assert_eq!(session_pin_change(&mut s, &me, "4821", "๕๕๕๕", None).unwrap(), Actor::new("Sunita", "5555"));
        assert!(session_start(&mut s, &ctx, "Sunita", "4821", Locale::new(Lang::En)).is_err());
        assert!(session_start(&mut s, &ctx, "Sunita", "5555", Locale::new(Lang::En)).is_ok());
    }

    #[test]
    fn by_law_versions_are_listed_newest_first_and_a_change_is_checked_field_by_field() {
        let (mut s, ctx) = demo();
        let org = crate::app::book_overview(&mut s, &ctx, Locale::new(Lang::En)).unwrap().orgs[0].code.clone();
        let v = policy_view(&s, &ctx, &org, Locale::new(Lang::En)).unwrap();
        assert!(!v.versions.is_empty() && v.versions.iter().filter(|r| r.in_force).count() == 1);
        assert!(!v.needs_approval);
        let before = v.versions.len();

        let bad = PolicyInput { saving_per_meeting: Some("abc".into()), guarantors_required: Some("x".into()), ..v.current.clone() };
        let p = policy_preview(&mut s, &ctx, &bad, Locale::new(Lang::Hi)).unwrap();
        assert!(!p.ok);
        let paths: Vec<_> = p.errors.iter().map(|e| e.field_path.as_str()).collect();
        assert_eq!(paths, ["saving_per_meeting", "guarantors_required"]);
        assert!(p.errors.iter().all(|e| !e.message.is_empty()));
        assert_eq!(policy_view(&s, &ctx, &org, Locale::new(Lang::En)).unwrap().versions.len(), before, "a preview saves nothing");

        let good = PolicyInput { saving_per_meeting: Some("७५".into()), loan_cap: Some(String::new()), approval_threshold: Some("5000".into()), ..v.current.clone() };
        assert!(policy_preview(&mut s, &ctx, &good, Locale::new(Lang::En)).unwrap().ok);
        policy_save(&mut s, &ctx, &good).unwrap();
        let after = policy_view(&s, &ctx, &org, Locale::new(Lang::En)).unwrap();
        assert_eq!(after.versions.len(), before + 1);
        assert!(after.versions[0].in_force && after.versions[0].effective_from == "2025-06-30");
        assert_eq!(after.current.saving_per_meeting.as_deref(), Some("75.00"));
        assert_eq!(after.current.loan_cap.as_deref(), Some(""), "an empty cap means none");
        assert_eq!(after.current.approval_threshold.as_deref(), Some("5000.00"));
    }

    #[test]
    fn members_who_left_settled_can_be_erased_and_then_show_as_erased() {
        let (mut s, ctx) = demo();
        let orgs = crate::app::book_overview(&mut s, &ctx, Locale::new(Lang::En)).unwrap().orgs;
        let mut done = false;
        for o in orgs {
            let list = member_list(&s, &ctx, &o.code, Locale::new(Lang::En)).unwrap();
            assert!(list.iter().all(|m| !m.erasable || (m.exited && !m.erased)));
            if let Some(m) = list.iter().find(|m| m.erasable) {
                assert!(list[0].exited, "those who left come first");
                member_erase(&mut s, &ctx, &o.code, &m.member, None).unwrap();
                let after = member_list(&s, &ctx, &o.code, Locale::new(Lang::En)).unwrap();
                let e = after.iter().find(|x| x.member == m.member).unwrap();
                assert!(e.erased && !e.erasable && e.name != m.name, "{e:?}");
                done = true;
            }
            for m in list.iter().filter(|m| !m.exited) {
                assert!(!m.erasable && m.reason.is_empty());
            }
        }
        assert!(done, "the demo book has a member who left with savings paid out");
    }
}
