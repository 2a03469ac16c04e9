//! People who use the book, their PINs, and the two-person rule.
//!
//! A book with no one enrolled is single-user: every write is allowed, as before. The first
//! person (a treasurer or president) enrols freely; after that only a treasurer or president,
//! giving their PIN, can enrol others. Once anyone is enrolled, every write names its actor
//! (`Ctx::actor`) and their PIN; a reversal, a by-law change and a loan above the approval
//! threshold also need a second, different person (`Ctx::approver`) who is not a field officer.
//! A field officer can read, report, export, print and check, but not record or approve.
//!
//! PINs are 4 to 8 digits in any of the four digit systems, kept only as salted Argon2id hashes.
//! After five wrong PINs in a row a person is refused for five minutes: the count is kept in
//! `pin_attempt`, written in its own transaction, the only trace a refused PIN leaves.

pub(crate) mod screen;
pub(crate) mod member_csv;

use crate::store::error::StoreError;
use super::input::{choice, Ctx};
use super::org_of;
use crate::domain::money::Money;
use crate::domain::org::Organisation;
use crate::domain::policy::Policy;
use crate::error::{Error, Result};
use crate::store::{Book, NewAct, PersonRecord, Store};
use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Wrong PINs in a row before a person is refused for a while.
pub const MAX_PIN_FAILURES: i64 = 5;
/// How long, in minutes, a person is refused after too many wrong PINs.
pub const LOCKOUT_MINUTES: i64 = 5;
/// A loan above this many units of the organisation's currency (₹, ৳, ฿) needs a second
/// person's approval, unless the by-laws set their own `approval_threshold`.
pub const DEFAULT_APPROVAL_THRESHOLD_UNITS: i64 = 10_000;

/// The roles of people who use the book.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonRole {
    Treasurer,
    Bookkeeper,
    President,
    FieldOfficer,
}

impl PersonRole {
    pub const ALL: &'static [PersonRole] = &[PersonRole::Treasurer, PersonRole::Bookkeeper, PersonRole::President, PersonRole::FieldOfficer];
    pub fn code(self) -> &'static str {
        match self {
            PersonRole::Treasurer => "treasurer",
            PersonRole::Bookkeeper => "bookkeeper",
            PersonRole::President => "president",
            PersonRole::FieldOfficer => "field-officer",
        }
    }
    pub fn from_code(s: &str) -> Option<PersonRole> {
        PersonRole::ALL.iter().copied().find(|r| r.code() == s.trim())
    }
    pub(crate) fn records(self) -> bool {
        self != PersonRole::FieldOfficer
    }
    pub(crate) fn enrols(self) -> bool {
        matches!(self, PersonRole::Treasurer | PersonRole::President)
    }
}

pub(crate) fn role_of(p: &PersonRecord) -> PersonRole {
    PersonRole::from_code(&p.role).unwrap_or(PersonRole::FieldOfficer)
}

/// A PIN typed in any digits: 4 to 8 digits, returned in Latin digits.
pub(crate) fn normalize_pin(field: &str, pin: &str) -> Result<String> {
    let p = crate::i18n::normalize_digits(pin.trim());
    if !(4..=8).contains(&p.chars().count()) || !p.chars().all(|c| c.is_ascii_digit()) {
        return Err(Error::InvalidPin { field: field.to_string() });
    }
    Ok(p)
}

fn hash_pin(pin: &str) -> Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| Error::Store(StoreError::Database { detail: format!("PIN hashing failed: {e}") }))
}

fn pin_matches(pin: &str, stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|h| Argon2::default().verify_password(pin.as_bytes(), &h).is_ok())
}

fn minutes_since(then: &str, now: &str) -> Option<i64> {
    let parse = |s: &str| {
        chrono::DateTime::parse_from_rfc3339(s)
            .map(|d| d.naive_utc())
            .or_else(|_| chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f"))
            .or_else(|_| chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S%.f"))
            .ok()
    };
    Some((parse(now)? - parse(then)?).num_minutes())
}

/// Minutes a person is still refused for after too many wrong PINs (None: not refused): the rule
/// `check_pin` applies and the People screen shows.
pub(crate) fn locked_minutes(b: &Book<'_>, p: &PersonRecord, now: &str) -> Result<Option<i64>> {
    if let Some((failures, last)) = b.pin_failures(p.id)? {
        if failures >= MAX_PIN_FAILURES {
            // An unreadable clock counts as "just now": refuse rather than let guessing through.
            let since = minutes_since(&last, now).unwrap_or(0);
            if since < LOCKOUT_MINUTES {
                return Ok(Some(LOCKOUT_MINUTES - since.max(0)));
            }
        }
    }
    Ok(None)
}

/// Checks one person's PIN, counting failures in their own committed transaction.
fn check_pin(store: &mut Store, ctx: &Ctx, field: &str, name: &str, pin: &str) -> Result<PersonRecord> {
    let name = name.trim();
    let wrong = || Error::WrongPin { person: name.to_string() };
    let pin = normalize_pin(field, pin)?;
    let Some(p) = store.read().person_by_name(name)? else {
        return Err(wrong());
    };
    if let Some(minutes) = locked_minutes(&store.read(), &p, &ctx.now)? {
        return Err(Error::PinLocked { person: p.name, minutes });
    }
    if !pin_matches(&pin, &p.pin_hash) {
        store.write(|b| b.pin_failed(p.id, &ctx.now))?;
        return Err(wrong());
    }
    if store.read().pin_failures(p.id)?.is_some() {
        store.write(|b| b.pin_succeeded(p.id))?;
    }
    Ok(p)
}

/// Who is at the keyboard for one write: nobody in a single-user book.
#[derive(Debug, Clone, Default)]
pub(crate) struct Who {
    actor: Option<PersonRecord>,
    approver: Option<PersonRecord>,
}

/// Verifies the actor's and approver's PINs given in `ctx` (before the write's transaction, so
/// failed attempts are counted even though the write itself is refused).
pub(crate) fn identify(store: &mut Store, ctx: &Ctx) -> Result<Who> {
    if store.read().people_count()? == 0 {
        return Ok(Who::default());
    }
    let a = ctx.actor.as_ref().ok_or(Error::ActorRequired)?;
    let actor = check_pin(store, ctx, "pin", &a.name, &a.pin)?;
    let approver = match &ctx.approver {
        Some(x) if !x.name.trim().is_empty() => {
            if x.name.trim() == actor.name {
                return Err(Error::ApproverIsActor { person: actor.name });
            }
            Some(check_pin(store, ctx, "pin", &x.name, &x.pin)?)
        }
        _ => None,
    };
    Ok(Who { actor: Some(actor), approver })
}

fn in_scope(p: &PersonRecord, org: Option<&Organisation>) -> Result<()> {
    match (p.org_id, org) {
        (None, _) => Ok(()),
        (Some(id), Some(o)) if id == o.id => Ok(()),
        (Some(_), o) => Err(Error::PersonOutsideOrg { person: p.name.clone(), org: o.map(|o| o.code.clone()).unwrap_or_default() }),
    }
}

impl Who {
    /// The person at the keyboard, once their PIN is verified (None: a single-user book).
    pub(crate) fn actor(&self) -> Option<&PersonRecord> {
        self.actor.as_ref()
    }

    /// Refuses a field officer, and anyone scoped to another organisation. `org` None: a
    /// book-wide action (creating an organisation), for book-wide people only.
    pub(crate) fn may_record(&self, org: Option<&Organisation>) -> Result<()> {
        let Some(a) = &self.actor else { return Ok(()) };
        if !role_of(a).records() {
            return Err(Error::RoleCannotRecord { person: a.name.clone() });
        }
        in_scope(a, org)
    }

    /// Anyone enrolled may read, print and check (field officers too), within their scope.
    #[cfg_attr(not(feature = "documents"), allow(dead_code))] // its readers are the documents
    pub(crate) fn may_read(&self, org: &Organisation) -> Result<()> {
        match &self.actor {
            Some(a) => in_scope(a, Some(org)),
            None => Ok(()),
        }
    }

    /// The approver's id for an action that needs two people: "reversal", "by-law" or "loan".
    /// None in a single-user book.
    pub(crate) fn approval(&self, org: &Organisation, action: &str) -> Result<Option<i64>> {
        if self.actor.is_none() {
            return Ok(None);
        }
        let ap = self.approver.as_ref().ok_or_else(|| Error::ApproverRequired { action: action.to_string() })?;
        if !role_of(ap).records() {
            return Err(Error::RoleCannotApprove { person: ap.name.clone() });
        }
        in_scope(ap, Some(org))?;
        Ok(Some(ap.id))
    }

    /// Appends who did this (and who approved it) to the record; nothing in a single-user book.
    pub(crate) fn log(&self, b: &Book<'_>, ctx: &Ctx, act: NewAct<'_>) -> Result<()> {
        let Some(a) = &self.actor else { return Ok(()) };
        Ok(b.insert_act(&NewAct { done_by: a.id, recorded_at: &ctx.now, ..act })?)
    }
}

/// The loan size above which the two-person rule applies under these by-laws.
pub(crate) fn approval_threshold(p: &Policy) -> Money {
    p.approval_threshold.unwrap_or(Money::units(DEFAULT_APPROVAL_THRESHOLD_UNITS))
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct PersonInput {
    pub name: String,
    /// "treasurer", "bookkeeper", "president" or "field-officer".
    pub role: String,
    /// The organisation this person keeps the books of; left out: every organisation.
    #[serde(default)]
    pub org: Option<String>,
    /// Their new PIN, 4 to 8 digits in any script.
    pub pin: String,
    #[serde(default)]
    pub client_id: Option<String>,
}

/// Enrols a person. The first person of a book (a treasurer or president) enrols freely; after
/// that `ctx.actor` must be a treasurer or president with their PIN.
pub fn person_enrol(store: &mut Store, ctx: &Ctx, i: &PersonInput) -> Result<i64> {
    let name = &super::input::name_text("person", &i.name, super::input::MAX_PERSON_NAME)?;
    if name.is_empty() {
        return Err(Error::Required { field: "person".into() });
    }
    let role = choice("role", &i.role, PersonRole::from_code)?;
    let pin = normalize_pin("pin", &i.pin)?;
    let first = store.read().people_count()? == 0;
    let who = if first { Who::default() } else { identify(store, ctx)? };
    if first && !role.enrols() {
        // Someone must be able to enrol the others.
        return Err(Error::InvalidChoice { field: "role".into(), value: i.role.clone() });
    }
    if let Some(a) = &who.actor {
        if !role_of(a).enrols() {
            return Err(Error::RoleCannotEnrol { person: a.name.clone() });
        }
    }
    let hash = hash_pin(&pin)?;
    store.write(|b| super::saved::once(b, i.client_id.as_deref(), "person_enrol", &(&i.name, &i.role, &i.org), &ctx.now, || {
        let org = match super::input::nonblank(&i.org) {
            Some(code) => Some(org_of(b, &code)?),
            None => None,
        };
        if let Some(a) = &who.actor {
            // A person scoped to one organisation enrols people of that organisation only.
            if a.org_id.is_some() {
                in_scope(a, org.as_ref())?;
            }
        }
        if b.person_by_name(name)?.is_some() {
            return Err(Error::DuplicatePerson { person: name.to_string() });
        }
        let id = b.insert_person(name, role.code(), org.map(|o| o.id), who.actor.as_ref().map(|a| a.id), &ctx.now)?;
        b.insert_pin(id, &hash, &ctx.now)?;
        Ok(id)
    }))
}

/// Changes the actor's own PIN (`ctx.actor` with the current PIN).
pub fn person_pin_change(store: &mut Store, ctx: &Ctx, new_pin: &str, client_id: Option<&str>) -> Result<i64> {
    let pin = normalize_pin("pin", new_pin)?;
    let who = identify(store, ctx)?;
    let Some(a) = who.actor else { return Err(Error::ActorRequired) };
    let hash = hash_pin(&pin)?;
    store.write(|b| super::saved::once(b, client_id, "person_pin_change", &a.name, &ctx.now, || {
        b.insert_pin(a.id, &hash, &ctx.now)?;
        Ok(a.id)
    }))
}

/// A person as listed: never their PIN or its hash.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct PersonInfo {
    pub name: String,
    pub role: String,
    /// The organisation's code, or None for every organisation.
    pub org: Option<String>,
    pub enrolled_at: String,
}

/// Everyone enrolled in the book, in enrolment order (empty: a single-user book).
pub fn person_list(store: &Store) -> Result<Vec<PersonInfo>> {
    Ok(store
        .read()
        .people()?
        .into_iter()
        .map(|p| PersonInfo { name: p.name, role: p.role, org: p.org_code, enrolled_at: p.enrolled_at })
        .collect())
}

/// Whether the record of who did what concerns this date (for callers that log).
pub(crate) fn act<'a>(org: &Organisation, action: &'a str, on: NaiveDate) -> NewAct<'a> {
    NewAct { org_id: Some(org.id), action, on: Some(on), ..Default::default() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_are_four_to_eight_digits_in_any_script() {
        assert_eq!(normalize_pin("pin", "1234").unwrap(), "1234");
        assert_eq!(normalize_pin("pin", "१२३४५").unwrap(), "12345");
        assert_eq!(normalize_pin("pin", "১২৩৪৫৬").unwrap(), "123456");
        assert_eq!(normalize_pin("pin", "๑๒๓๔๕๖๗๘").unwrap(), "12345678");
        for bad in ["123", "123456789", "12a4", "", "12 34"] {
            assert_eq!(normalize_pin("pin", bad), Err(Error::InvalidPin { field: "pin".into() }), "{bad}");
        }
    }

    #[test]
    fn a_pin_is_kept_as_a_salted_slow_hash() {
        let a = hash_pin("4821").unwrap();
        let b = hash_pin("4821").unwrap();
        assert!(a.starts_with("$argon2id$"), "{a}");
        assert_ne!(a, b, "two hashes of one PIN differ by their salt");
        assert!(!a.contains("4821"));
        assert!(pin_matches("4821", &a) && pin_matches("4821", &b));
        assert!(!pin_matches("4822", &a));
        assert!(!pin_matches("4821", "not a hash"));
    }

    #[test]
    fn lockout_minutes_are_counted_from_the_last_failure() {
        assert_eq!(minutes_since("2025-04-01T10:00:00", "2025-04-01T10:04:59"), Some(4));
        assert_eq!(minutes_since("2025-04-01T10:00:00", "2025-04-01T10:05:00"), Some(5));
        assert_eq!(minutes_since("2025-04-01T10:00:00+05:30", "2025-04-01T04:40:00Z"), Some(10));
        assert_eq!(minutes_since("garbage", "2025-04-01T10:00:00"), None);
    }
}
