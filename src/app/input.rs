//! Turning what a person typed (any digits, grouping commas, Buddhist Era years) into domain
//! values, with errors that name the field.

use crate::domain::money::{Currency, Money};
use crate::error::{Error, Result};
use crate::i18n::{self, Lang};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// What every action needs from outside the core: today's date, the timestamp to record, the
/// language input was typed in (for Buddhist Era years), and who is at the keyboard. `actor` and
/// `approver` matter only once people are enrolled in the book (see `app::people`); a book with
/// no one enrolled ignores them.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub today: NaiveDate,
    pub now: String,
    pub lang: Lang,
    /// The person doing this, with their PIN.
    pub actor: Option<Actor>,
    /// A second, different person approving it (reversals, by-law changes, large loans).
    pub approver: Option<Actor>,
}

impl Ctx {
    pub fn new(today: NaiveDate, now: &str, lang: Lang) -> Ctx {
        Ctx { today, now: now.to_string(), lang, actor: None, approver: None }
    }
    /// The same context acting as `name` with `pin`.
    pub fn acting(mut self, name: &str, pin: &str) -> Ctx {
        self.actor = Some(Actor::new(name, pin));
        self
    }
    /// The same context with `name` and `pin` approving.
    pub fn approved_by(mut self, name: &str, pin: &str) -> Ctx {
        self.approver = Some(Actor::new(name, pin));
        self
    }
}

/// A person's name and the PIN they typed. The PIN never appears in `Debug` output.
#[derive(Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
pub struct Actor {
    pub name: String,
    pub pin: String,
}

impl Actor {
    pub fn new(name: &str, pin: &str) -> Actor {
        Actor { name: name.to_string(), pin: pin.to_string() }
    }
}

impl std::fmt::Debug for Actor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Actor").field("name", &self.name).field("pin", &"****").finish()
    }
}

pub(crate) fn amount(field: &str, s: &str, c: Currency) -> Result<Money> {
    i18n::parse_amount(s, c, field)
}

/// An optional amount: empty text or absent means zero.
pub(crate) fn opt_amount(field: &str, s: &Option<String>, c: Currency) -> Result<Money> {
    match s.as_deref().map(str::trim) {
        None | Some("") => Ok(Money::ZERO),
        Some(t) => amount(field, t, c),
    }
}

pub(crate) fn date(field: &str, s: &str, ctx: &Ctx) -> Result<NaiveDate> {
    i18n::parse_date(s, ctx.lang, field)
}

pub(crate) fn rate(field: &str, s: &str) -> Result<Decimal> {
    i18n::parse_rate(s, field)
}

pub(crate) fn count(field: &str, s: &str) -> Result<u32> {
    i18n::parse_count(s, field)
}

pub(crate) fn choice<T>(field: &str, s: &str, f: impl Fn(&str) -> Option<T>) -> Result<T> {
    f(s).ok_or_else(|| Error::InvalidChoice { field: field.to_string(), value: s.to_string() })
}

/// An optional text field with surrounding spaces removed; blank counts as left out.
pub(crate) fn nonblank(s: &Option<String>) -> Option<String> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string)
}

/// A refusal and the input field it belongs to, as the form names it (`date`,
/// `members.3.repayment`, `loans.0.guarantors`, `group.1.amount`, `cash_counted`; `form` for
/// the whole). The place is attached where the cause is known, never guessed from the code.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Refusal {
    pub field: String,
    pub error: Error,
}

impl Refusal {
    /// The same refusal inside a larger form (`amount` of the loan row 2 is `loans.2.amount`).
    pub fn within(self, prefix: &str) -> Refusal {
        Refusal { field: format!("{prefix}.{}", self.field), ..self }
    }
}

/// An error whose place is not one field: the form as a whole.
impl From<Error> for Refusal {
    fn from(error: Error) -> Refusal {
        Refusal { field: "form".into(), error }
    }
}

impl From<Refusal> for Error {
    fn from(r: Refusal) -> Error {
        r.error
    }
}

/// Attaches the field a result's error belongs to.
pub(crate) trait At<T> {
    fn at(self, field: impl FnOnce() -> String) -> std::result::Result<T, Refusal>;
}

impl<T> At<T> for Result<T> {
    fn at(self, field: impl FnOnce() -> String) -> std::result::Result<T, Refusal> {
        self.map_err(|error| Refusal { field: field(), error })
    }
}
