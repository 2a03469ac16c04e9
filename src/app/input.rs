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

/// A date as she typed it (any digits, day first or ISO, a Buddhist Era year in Thai), for a
/// shell that says it back to her in her calendar and digits.
pub fn typed_date(s: &str, ctx: &Ctx) -> Result<NaiveDate> {
    date("date", s, ctx)
}

pub(crate) fn date(field: &str, s: &str, ctx: &Ctx) -> Result<NaiveDate> {
    i18n::parse_date(s, ctx.lang, field)
}

pub(crate) fn rate(field: &str, s: &str) -> Result<Decimal> {
    i18n::parse_rate(s, field)
}

/// A rate that may be typed below zero ("-5", with a hyphen or a minus sign): the number, so that
/// the caller refuses it with its bounds rather than as "not a number". "-0" and text that is no
/// number stay refused as a rate is.
pub(crate) fn signed_rate(field: &str, s: &str) -> Result<Decimal> {
    rate(field, s).or_else(|e| match s.trim().strip_prefix(['-', '\u{2212}']).map(|rest| rate(field, rest)) {
        Some(Ok(r)) if !r.is_zero() => Ok(-r),
        _ => Err(e),
    })
}

/// A combining mark of Devanagari, Bengali or Thai (a vowel sign, a virama, a tone mark): part of
/// a letter in a word of those scripts, so a name, code or key written in them may hold it.
pub(crate) fn is_indic_or_thai_mark(c: char) -> bool {
    matches!(c, '\u{0900}'..='\u{0903}' | '\u{093A}'..='\u{094F}' | '\u{0951}'..='\u{0957}' | '\u{0962}'..='\u{0963}' | '\u{0981}'..='\u{0983}' | '\u{09BC}'..='\u{09D7}' | '\u{09E2}'..='\u{09E3}' | '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}')
}

pub(crate) fn count(field: &str, s: &str) -> Result<u32> {
    i18n::parse_count(s, field)
}

/// A count that must be 1 or more (instalments, periods): zero is refused, never read as one.
pub(crate) fn count_positive(field: &str, s: &str) -> Result<u32> {
    i18n::parse_count_positive(s, field)
}

/// Whether a character may not stand in a name: a control character (NUL, tab, line breaks,
/// escape, DEL and the C1 range), or a formatting character that changes how the text around it
/// is drawn. The bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069)
/// and the direction marks (U+200E, U+200F, U+061C) can make "Sita Devi" display as another name
/// in a register or passbook while the book holds something else; none of the four languages
/// needs them. Zero-width joiners (U+200C, U+200D) stay: Devanagari and Bengali spelling uses them.
pub fn name_char_problem(c: char) -> Option<NameProblem> {
    match c {
        c if c.is_control() => Some(NameProblem::Control),
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}' => Some(NameProblem::Bidi),
        // Line and paragraph separators break a register's row like a newline.
        '\u{2028}' | '\u{2029}' => Some(NameProblem::Control),
        _ => None,
    }
}

/// Why a character is refused in a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    Control,
    Bidi,
}

/// Checks a name (a member's, a nominee's, a group's, a person's, any free-text name): no
/// control characters, no text-direction characters, at most `max` characters. Returns it with
/// the surrounding spaces removed; an empty name is the caller's concern (some are optional).
pub fn name_text(field: &str, s: &str, max: usize) -> Result<String> {
    let t = s.trim();
    refuse_hidden_characters(field, t, false)?;
    if t.chars().count() > max {
        return Err(Error::TextTooLong { field: field.to_string(), max: max as i64 });
    }
    Ok(t.to_string())
}

/// Checks free text (a loan's purpose, minutes, a note, a reason): line breaks and tabs may stand
/// in it, but no other control character and no text-direction character (the same spoofing
/// risk as in a name: a reason or a resolution could read as something else than what it says).
pub fn free_text(field: &str, s: &str) -> Result<String> {
    free_text_up_to(field, s, MAX_TEXT)
}

/// Free text of at most `max` characters (the minutes of a meeting are longer than a note).
pub fn free_text_up_to(field: &str, s: &str, max: usize) -> Result<String> {
    let t = s.trim();
    refuse_hidden_characters(field, t, true)?;
    if t.chars().count() > max {
        return Err(Error::TextTooLong { field: field.to_string(), max: max as i64 });
    }
    Ok(t.to_string())
}

/// Refuses a control character (named by its position; line breaks and tabs allowed in free
/// text) or a text-direction character in `t`: never echoed back into a message.
pub(crate) fn refuse_hidden_characters(field: &str, t: &str, line_breaks: bool) -> Result<()> {
    for (k, c) in t.chars().enumerate() {
        match name_char_problem(c) {
            Some(NameProblem::Control) if !(line_breaks && matches!(c, '\n' | '\r' | '\t')) => {
                return Err(Error::ControlCharacter { field: field.to_string(), position: k as i64 + 1 })
            }
            Some(NameProblem::Bidi) => return Err(Error::BidiCharacter { field: field.to_string() }),
            _ => {}
        }
    }
    Ok(())
}

/// The longest member number the book stores (the `member.admission_no` column's CHECK).
pub const MAX_MEMBER_NO: usize = 20;
/// The longest group code the book stores (`organisation.code`).
pub const MAX_ORG_CODE: usize = 40;
/// The longest person's name the book stores (`person.name`).
pub const MAX_PERSON_NAME: usize = 80;
/// A limit for free-text names the schema does not bound: far above any real name, low enough
/// that a pasted document is refused rather than stored as a name.
pub const MAX_NAME: usize = 200;
/// The longest free text (a reason, a loan's purpose, a note, what a visit found): a paragraph
/// or two; a pasted document is refused rather than stored in every register it is printed in.
pub const MAX_TEXT: usize = 1000;
/// The longest minutes of a meeting (and a decision in them).
pub const MAX_MINUTES: usize = 4000;

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
pub(crate) struct FieldRefusal {
    pub field: String,
    pub error: Error,
}

impl FieldRefusal {
    /// The same refusal inside a larger form (`amount` of the loan row 2 is `loans.2.amount`).
    pub fn within(self, prefix: &str) -> FieldRefusal {
        FieldRefusal { field: format!("{prefix}.{}", self.field), ..self }
    }
}

/// An error whose place is not one field: the form as a whole.
impl From<Error> for FieldRefusal {
    fn from(error: Error) -> FieldRefusal {
        FieldRefusal { field: "form".into(), error }
    }
}

/// A store's or a domain rule's error whose place is not one field: the form as a whole.
impl From<crate::store::error::StoreError> for FieldRefusal {
    fn from(e: crate::store::error::StoreError) -> FieldRefusal {
        Error::from(e).into()
    }
}

impl From<crate::domain::refusal::Refusal> for FieldRefusal {
    fn from(r: crate::domain::refusal::Refusal) -> FieldRefusal {
        Error::from(r).into()
    }
}

impl From<FieldRefusal> for Error {
    fn from(r: FieldRefusal) -> Error {
        r.error
    }
}

/// Attaches the field a result's error belongs to.
pub(crate) trait At<T> {
    fn at(self, field: impl FnOnce() -> String) -> std::result::Result<T, FieldRefusal>;
}

impl<T, E: Into<Error>> At<T> for std::result::Result<T, E> {
    fn at(self, field: impl FnOnce() -> String) -> std::result::Result<T, FieldRefusal> {
        self.map_err(|error| FieldRefusal { field: field(), error: error.into() })
    }
}

/// Which file a person handed to a command, for the message when it cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFile {
    /// `samuh meeting record --file` (docs/meeting-format.md).
    Meeting,
    /// `samuh opening record --file`.
    Opening,
    /// `samuh member import --file` (docs/member-csv.md).
    MemberCsv,
}

impl InputFile {
    /// The Fluent selector of `error-input-file-malformed`.
    pub fn code(self) -> &'static str {
        match self {
            InputFile::Meeting => "meeting",
            InputFile::Opening => "opening",
            InputFile::MemberCsv => "member-csv",
        }
    }
}

/// The text of a file as editors save it: UTF-8 with or without the byte-order mark Notepad
/// writes, or UTF-16 with its mark (Notepad's "Unicode"). Anything else is refused with the
/// line and column of the first byte that is not text.
pub fn input_file_text(bytes: &[u8], path: &str, kind: InputFile) -> Result<String> {
    let utf16 = |be: bool| {
        let units = bytes[2..].chunks(2).map(|c| if c.len() == 2 { if be { u16::from_be_bytes([c[0], c[1]]) } else { u16::from_le_bytes([c[0], c[1]]) } } else { 0xFFFF });
        char::decode_utf16(units).collect::<std::result::Result<String, _>>().ok()
    };
    let decoded = match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => std::str::from_utf8(rest).map(str::to_string).map_err(|e| (rest, e.valid_up_to())),
        [0xFF, 0xFE, ..] => utf16(false).ok_or((bytes, 0)),
        [0xFE, 0xFF, ..] => utf16(true).ok_or((bytes, 0)),
        _ => std::str::from_utf8(bytes).map(str::to_string).map_err(|e| (bytes, e.valid_up_to())),
    };
    decoded.map_err(|(b, good)| {
        let prefix = String::from_utf8_lossy(&b[..good]);
        let line = prefix.matches('\n').count() as i64 + 1;
        let column = prefix.rsplit('\n').next().map(|l| l.chars().count()).unwrap_or(0) as i64 + 1;
        malformed(path, kind, line, column, "encoding", "")
    })
}

fn malformed(path: &str, kind: InputFile, line: i64, column: i64, reason: &str, key: &str) -> Error {
    Error::InputFileMalformed { path: path.to_string(), kind: kind.code().to_string(), line, column, reason: reason.to_string(), key: key.to_string() }
}

/// Reads a JSON file a person gave (a meeting, the opening balances). A file that is not one
/// is refused with the line and column serde_json found and, in the reader's language, what is
/// wrong there (broken punctuation, the file ending too soon, a key that is unknown or missing,
/// a value of the wrong kind) — never serde's English text, and never the advice meant for a
/// damaged book.
pub fn parse_input_file<T: serde::de::DeserializeOwned>(bytes: &[u8], path: &str, kind: InputFile) -> Result<T> {
    let text = input_file_text(bytes, path, kind)?;
    if text.trim().is_empty() {
        return Err(malformed(path, kind, 1, 1, "empty", ""));
    }
    serde_json::from_str(&text).map_err(|e| {
        let (reason, key) = json_fault(&e);
        malformed(path, kind, e.line() as i64, e.column() as i64, reason, &key)
    })
}

/// What is wrong in JSON that could not be read, as a message selects its sentence by it
/// (`eof`, `syntax`, `unknown-field`, `missing-field`, `duplicate-field`, `type`), and the key
/// concerned (empty unless a key is): never serde's English text.
pub fn json_fault(e: &serde_json::Error) -> (&'static str, String) {
    use serde_json::error::Category;
    let shown = e.to_string();
    // serde names keys between backticks: "unknown field `dat`, expected one of …".
    let key = shown.split('`').nth(1).unwrap_or("").to_string();
    let reason = match e.classify() {
        Category::Eof => "eof",
        Category::Syntax | Category::Io => "syntax",
        Category::Data if shown.starts_with("unknown field") => "unknown-field",
        Category::Data if shown.starts_with("missing field") => "missing-field",
        Category::Data if shown.starts_with("duplicate field") => "duplicate-field",
        Category::Data => "type",
    };
    let key = if matches!(reason, "unknown-field" | "missing-field" | "duplicate-field") { key } else { String::new() };
    (reason, key)
}

/// A report's period as typed: to today and from the start of the organisation's fiscal year
/// unless given; refused when it ends before it starts.
pub(crate) fn period(org: &crate::domain::org::Organisation, from: &Option<String>, to: &Option<String>, ctx: &Ctx) -> Result<(NaiveDate, NaiveDate)> {
    let to_day = match nonblank(to) {
        Some(s) => date("to", &s, ctx)?,
        None => ctx.today,
    };
    let from_day = match nonblank(from) {
        Some(s) => date("from", &s, ctx)?,
        None => crate::reports::Books::fiscal_year_to_date(org, to_day).0,
    };
    if from_day > to_day {
        return Err(Error::PeriodBackwards { from: from_day, to: to_day });
    }
    Ok((from_day, to_day))
}
