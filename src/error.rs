//! The one error type of the core: every rejection has a stable code that is its Fluent
//! message id (`error-loan-above-cap`), plus typed arguments that the i18n layer formats in the
//! user's language. Errors are never matched by their text.

use crate::domain::money::{AmountError, Money};
use crate::domain::refusal::Refusal;
use crate::store::error::StoreError;
use chrono::{NaiveDate, NaiveTime};
use rust_decimal::Decimal;

/// A typed argument of an error message; formatted per locale when the message is shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Money(Money),
    Date(NaiveDate),
    Count(i64),
    /// A time of day, shown as hours and minutes in the locale's digits ("06:40", "০৬:৪০").
    Time(NaiveTime),
    /// A fiscal year, labelled in the locale's calendar and digits ("2025-26", Thai "2568").
    Year(crate::domain::org::FiscalYear),
}

impl Arg {
    /// A percentage (15 means 15 %) shown like an amount, two decimals in the locale's digits.
    pub fn percent(p: Decimal) -> Arg {
        Arg::Money(Money::from_decimal(p.round_dp(2)).unwrap_or(Money::ZERO))
    }

    /// Locale-free text (Latin digits, ISO dates): used for JSON and logs.
    pub fn plain(&self) -> String {
        match self {
            Arg::Text(s) => s.clone(),
            Arg::Money(m) => m.to_plain(),
            Arg::Date(d) => d.format("%Y-%m-%d").to_string(),
            Arg::Count(n) => n.to_string(),
            Arg::Time(t) => t.format("%H:%M").to_string(),
            Arg::Year(y) => y.label(),
        }
    }
}

/// A fiscal year's label as the errors carry it ("2025-26", "2025"), given back as a year so
/// the message writes it in the reader's calendar and digits ("२०२५-२६", Thai "๒๕๖๘"); any
/// other text as it is.
pub(crate) fn year_arg(label: &str) -> Arg {
    let year = |s: &str| if s.len() == 4 && s.bytes().all(|c| c.is_ascii_digit()) { s.parse::<i32>().ok() } else { None };
    let fy = |start_year, start_month| Arg::Year(crate::domain::org::FiscalYear { start_year, start_month, start_day: 1 });
    match label.split_once('-') {
        None => year(label).map_or_else(|| Arg::Text(label.to_string()), |y| fy(y, 1)),
        // A year across two calendar years: its start month only has to be other than January.
        Some((a, b)) => match year(a) {
            Some(y) if b.len() == 2 && b.parse::<i32>().ok() == Some((y + 1) % 100) => fy(y, 4),
            _ => Arg::Text(label.to_string()),
        },
    }
}

/// Why a file could not be read or written, classified so the message says it in the reader's
/// words (the raw OS/SQLite text stays in `detail`, shown only when the cause is `Other`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoReason {
    NotFound,
    PermissionDenied,
    DiskFull,
    ReadOnly,
    /// The file is there but damaged or not what it should be (truncated, corrupt).
    Damaged,
    Other,
}

impl IoReason {
    /// The Fluent selector key.
    pub fn code(self) -> &'static str {
        match self {
            IoReason::NotFound => "not-found",
            IoReason::PermissionDenied => "permission",
            IoReason::DiskFull => "disk-full",
            IoReason::ReadOnly => "read-only",
            IoReason::Damaged => "damaged",
            IoReason::Other => "other",
        }
    }

    /// Classifies the text an operating-system error left (`FileUnwritable`'s detail) by the
    /// "(os error 2)" an `io::Error` ends with; anything else is `Other` (whose message shows the
    /// text).
    pub fn of_detail(detail: &str) -> IoReason {
        let errno = detail.rsplit_once("(os error ").and_then(|(_, n)| n.strip_suffix(')')).and_then(|n| n.parse::<i32>().ok());
        errno.map_or(IoReason::Other, |n| IoReason::of_io(&std::io::Error::from_raw_os_error(n)))
    }

    /// Classifies an operating-system error.
    pub fn of_io(e: &std::io::Error) -> IoReason {
        use std::io::ErrorKind as K;
        match e.raw_os_error() {
            Some(28) => return IoReason::DiskFull,  // ENOSPC
            Some(30) => return IoReason::ReadOnly,  // EROFS
            Some(13) | Some(1) => return IoReason::PermissionDenied, // EACCES, EPERM
            _ => {}
        }
        match e.kind() {
            K::NotFound => IoReason::NotFound,
            K::PermissionDenied => IoReason::PermissionDenied,
            K::StorageFull => IoReason::DiskFull,
            K::ReadOnlyFilesystem => IoReason::ReadOnly,
            K::UnexpectedEof | K::InvalidData => IoReason::Damaged,
            _ => IoReason::Other,
        }
    }
}

/// A field's value as a message argument, by its type: text as it is, an amount, a date, a count,
/// a percentage (every `Decimal` an error carries is one), a fiscal year, how a file failed.
pub trait ToArg {
    fn to_arg(&self) -> Arg;
}

impl ToArg for String {
    fn to_arg(&self) -> Arg {
        Arg::Text(self.clone())
    }
}
impl ToArg for Money {
    fn to_arg(&self) -> Arg {
        Arg::Money(*self)
    }
}
impl ToArg for NaiveDate {
    fn to_arg(&self) -> Arg {
        Arg::Date(*self)
    }
}
/// A date that may be unknown: empty text then (the message's wording depends on another argument).
impl ToArg for Option<NaiveDate> {
    fn to_arg(&self) -> Arg {
        self.map(Arg::Date).unwrap_or_else(|| Arg::Text(String::new()))
    }
}
impl ToArg for i64 {
    fn to_arg(&self) -> Arg {
        Arg::Count(*self)
    }
}
impl ToArg for u32 {
    fn to_arg(&self) -> Arg {
        Arg::Count(i64::from(*self))
    }
}
impl ToArg for Decimal {
    fn to_arg(&self) -> Arg {
        Arg::percent(*self)
    }
}
impl ToArg for crate::domain::org::FiscalYear {
    fn to_arg(&self) -> Arg {
        Arg::Year(*self)
    }
}
impl ToArg for IoReason {
    fn to_arg(&self) -> Arg {
        Arg::Text(self.code().into())
    }
}

/// Declares an error enum of one layer whose Fluent code (strum: `error-` and the variant's name in
/// kebab case) and message arguments (its fields, by name, each by its type: [`ToArg`]) are derived
/// from the declaration, so no hand-written match has to keep step with the variants. A variant
/// about one input of a form says which (`=> field "end"`): given as the `field` argument and by
/// `field_path()`, so a screen shows it beside that input.
macro_rules! error_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( @wraps { $( $(#[$wmeta:meta])* $wrap:ident ( $wty:ty ) ),* $(,)? } )?
            $(
                $(#[$vmeta:meta])*
                $variant:ident $( { $( $field:ident : $ty:ty ),* $(,)? } )? $( => field $path:literal )?
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, thiserror::Error, strum::IntoStaticStr, strum::VariantNames)]
        #[strum(serialize_all = "kebab-case", prefix = "error-")]
        pub enum $name {
            $( $( $(#[$wmeta])* #[error(transparent)] $wrap($wty), )* )?
            $( $(#[$vmeta])* $variant $( { $( $field : $ty ),* } )? ),*
        }

        impl $name {
            /// The stable code: the Fluent message id of this error.
            pub fn code(&self) -> &'static str {
                match self {
                    $( $( $name::$wrap(inner) => inner.code(), )* )?
                    other => other.into(),
                }
            }

            /// The codes of this enum's own variants (not of the errors it wraps), one each.
            pub fn variant_codes() -> &'static [&'static str] {
                let wrapped = <[&str]>::len(&[$( $( stringify!($wrap) ),* )?]);
                &<$name as strum::VariantNames>::VARIANTS[wrapped..]
            }

            /// The input of a form this error is about, when the declaration names one.
            pub fn field_path(&self) -> Option<&'static str> {
                match self {
                    $( $( $name::$wrap(inner) => inner.field_path(), )* )?
                    $( $name::$variant { .. } => None $( .or(Some($path)) )?, )*
                }
            }

            /// The fields as message arguments, named as in the Fluent messages; a fiscal year's
            /// label (`year`, `later`) in the reader's calendar and digits.
            #[allow(dead_code)]
            fn field_args(&self) -> Vec<(&'static str, $crate::error::Arg)> {
                #[allow(unused_mut)]
                let mut args: Vec<(&'static str, $crate::error::Arg)> = match self {
                    $( $( $name::$wrap(inner) => return inner.args(), )* )?
                    $( $name::$variant $( { $( $field ),* } )? => vec![ $( $( (stringify!($field), $crate::error::ToArg::to_arg($field)) ),* )? ], )*
                };
                for (name, arg) in args.iter_mut() {
                    if let ($crate::error::Arg::Text(label), "year" | "later") = (&*arg, *name) {
                        *arg = $crate::error::year_arg(label);
                    }
                }
                if let Some(path) = self.field_path() {
                    args.push(("field", $crate::error::Arg::Text(path.into())));
                }
                args
            }
        }
    };
}
pub(crate) use error_enum;

error_enum! {
/// The code of each variant is derived from its name: `error-` and the name in kebab case
/// (`LoanAboveCap` → `error-loan-above-cap`), the Fluent id of its message.
pub enum Error {
    @wraps {
        /// A rule of the domain refused (a posting rule, a loan's terms, a year's figures).
        Domain(crate::domain::refusal::Refusal),
        /// The book (or a file beside it) refused or failed: damaged, locked, on a full disk.
        Store(crate::store::error::StoreError),
    }
    #[error("not a date: {input}")]
    InvalidDate { field: String, input: String },
    #[error("date {date} is in the future (today {today})")]
    DateInFuture { date: NaiveDate, today: NaiveDate },
    #[error("date {date} is before the organisation was formed on {formed}")]
    DateBeforeFormation { date: NaiveDate, formed: NaiveDate },
    #[error("date {date} is before the books' opening date {opening}")]
    DateBeforeOpening { date: NaiveDate, opening: NaiveDate },
    #[error("not a number: {input}")]
    InvalidNumber { field: String, input: String },
    #[error("value {value} is not allowed for {field}")]
    InvalidChoice { field: String, value: String },
    #[error("{field} is required")]
    Required { field: String },
    #[error("unknown organisation {org}")]
    UnknownOrganisation { org: String },
    #[error("unknown member {member}")]
    UnknownMember { member: String },
    #[error("member {member} exited on {exited}")]
    MemberExited { member: String, exited: NaiveDate },
    #[error("member {member} joined on {joined}")]
    MemberNotYetJoined { member: String, joined: NaiveDate },
    #[error("member {member} still has a balance of {balance}")]
    MemberHasBalance { member: String, balance: Money },
    #[error("member {member} is listed twice")]
    MemberListedTwice { member: String },
    #[error("no by-laws in force on {date}")]
    NoPolicy { date: NaiveDate },
    #[error("{given} guarantors, {required} required")]
    TooFewGuarantors { member: String, given: i64, required: i64 },
    #[error("guarantor {guarantor} not allowed")]
    InvalidGuarantor { member: String, guarantor: String },
    #[error("unknown loan {loan}")]
    UnknownLoan { loan: String },
    #[error("loan {loan} is not running")]
    LoanNotActive { loan: String },
    #[error("{member} has no loan running on {date}")]
    NoLoanRunning { member: String, date: NaiveDate },
    #[error("a reversal dated {date} is before the entry {voucher} of {original}")]
    ReversalBeforeOriginal { voucher: String, date: NaiveDate, original: NaiveDate },
    #[error("loan {loan} does not belong to member {member}")]
    LoanNotOfMember { loan: String, member: String },
    #[error("loan {loan} already has a repayment on {date}, after this one")]
    RepaidLater { loan: String, date: NaiveDate },
    #[error("cash would go below zero on {date} by {shortfall}")]
    CashBelowZero { date: NaiveDate, shortfall: Money },
    #[error("bank balance would go below zero on {date} by {shortfall}")]
    BankBelowZero { date: NaiveDate, shortfall: Money },
    #[error("a meeting on {date} is already recorded")]
    MeetingAlreadyRecorded { date: NaiveDate },
    #[error("the opening balances are already recorded")]
    OpeningAlreadyRecorded,
    #[error("the opening balances must be recorded before anything else")]
    OpeningAfterEntries,
    #[error("unknown voucher {voucher}")]
    UnknownVoucher { voucher: String },
    #[error("voucher {voucher} is already reversed")]
    AlreadyReversed { voucher: String },
    #[error("voucher {voucher} is itself a reversal")]
    CannotReverseReversal { voucher: String },
    #[error("a reason is required")]
    ReasonRequired,
    #[error("file {path} is corrupt: {detail}")]
    CorruptFile { path: String, detail: String },
    #[error("unknown report {name}")]
    UnknownReport { name: String },
    #[error("{count} checks failed")]
    ChecksFailed { count: i64 },
    #[error("not a book code: {input}")]
    InvalidBookCode { input: String },
    #[error("backup {path} fails {count} checks")]
    BackupFailsCheck { path: String, count: i64 },
    #[error("loan {loan} has repayments")]
    LoanHasRepayments { loan: String },
    #[error("reversal would leave {member} with savings below zero by {shortfall}")]
    ReversalNegativeSavings { member: String, shortfall: Money },
    #[error("nothing new to print in the passbook of {member}")]
    NothingToPrint { member: String },
    #[error("people are enrolled in this book: say who you are and give your PIN")]
    ActorRequired,
    #[error("wrong name or PIN for {person}")]
    WrongPin { person: String },
    #[error("too many wrong PINs for {person}: wait {minutes} minutes")]
    PinLocked { person: String, minutes: i64 },
    #[error("{action} needs a second person's approval")]
    ApproverRequired { action: String },
    #[error("{person} cannot approve their own work")]
    ApproverIsActor { person: String },
    #[error("{person} is a field officer and cannot record")]
    RoleCannotRecord { person: String },
    #[error("{person} is a field officer and cannot approve")]
    RoleCannotApprove { person: String },
    #[error("only a treasurer or president can enrol people; {person} cannot")]
    RoleCannotEnrol { person: String },
    #[error("{person} keeps the books of another organisation, not {org}")]
    PersonOutsideOrg { person: String, org: String },
    #[error("a PIN is 4 to 8 digits")]
    InvalidPin { field: String },
    #[error("{person} is already enrolled")]
    DuplicatePerson { person: String },
    #[error("only the last four digits of an identity number are kept")]
    IdNumberTooLong { field: String },
    #[error("{member} has not left the group")]
    MemberNotExited { member: String },
    #[error("the two passphrases differ")]
    PassphraseMismatch,
    #[error("{field}: a full identity number was given; only its last four digits are kept")]
    FullIdentityNumber { field: String, digits: i64 },
    #[error("unknown column {column} in the member file")]
    UnknownCsvColumn { column: String },
    #[error("no row of the member file can be imported")]
    NothingToImport { rejected: i64 },
    #[error("{path} already exists; a new book needs a new file")]
    BookFileExists { path: String },
    #[error("no meeting with vouchers on {date}")]
    NoMeetingOn { date: NaiveDate },
    #[error("there is no book at {path}")]
    BookFileMissing { path: String },
    #[error("{field}: {input} mixes digits of two writing systems")]
    MixedDigits { field: String, input: String },
    #[error("{field}: {input} has digits the app does not read")]
    UnsupportedDigits { field: String, input: String },
    #[error("{field}: {input} starts with a plus sign")]
    PlusSign { field: String, input: String },
    #[error("{field} must be 1 or more, not {input}")]
    CountBelowOne { field: String, input: String },
    #[error("{field}: a cap of {input} is not a cap; leave it empty for no cap")]
    CapNotPositive { field: String, input: String },
    #[error("{field} holds an invisible control character at position {position}")]
    ControlCharacter { field: String, position: i64 },
    #[error("{field} holds a character that reverses the direction of text")]
    BidiCharacter { field: String },
    #[error("{field} is longer than {max} characters")]
    TextTooLong { field: String, max: i64 },
    #[error("member {member} is named twice, rows {first} and {second}")]
    OpeningMemberTwice { member: String, first: i64, second: i64 },
    #[error("a loan of member {member} is given twice, rows {first} and {second}")]
    OpeningLoanTwice { member: String, first: i64, second: i64 },
    #[error("line {line}: a quote is opened and never closed")]
    CsvUnclosedQuote { line: i64 },
    /// A file the user gave (a meeting, opening or member file) that is not what it should be:
    /// `kind` names the file, `reason` is a code selecting the sentence (`syntax`, `eof`,
    /// `unknown-field`, `missing-field`, `type`, `encoding`, `empty`), `key` the JSON key concerned.
    #[error("{path} is not a {kind} file: line {line}, column {column}: {reason} {key}")]
    InputFileMalformed { path: String, kind: String, line: i64, column: i64, reason: String, key: String },
    // Issue 13 (session 6): the rest of the holes an outside test found.
    #[error("the same new loan of member {member} is given twice in one meeting, rows {first} and {second}")]
    MeetingLoanTwice { member: String, first: i64, second: i64 },
    // Issue 14: shares, dividends and closing the year.
    #[error("no share price is set on {date}")]
    NoSharePrice { date: NaiveDate },
    #[error("organisation {org} keeps no shares")]
    KindHasNoShares { org: String },
    #[error("the year {year} has not ended: it ends on {end}")]
    YearNotEnded { year: String, end: NaiveDate },
    #[error("the year {year} is already closed")]
    YearAlreadyClosed { year: String },
    #[error("the year {year} is not closed")]
    YearNotClosed { year: String },
    #[error("a dividend rate of {rate}% is above the cap of {cap}%")]
    DividendAboveCap { rate: Decimal, cap: Decimal },
    #[error("the year {year} cannot be reopened while a later year {later} is closed")]
    LaterYearClosed { year: String, later: String },
    #[error("the year {year} is closed; its audit is signed off before the close")]
    AuditAfterClose { year: String },
    #[error("a period from {from} to {to} ends before it starts")]
    PeriodBackwards { from: NaiveDate, to: NaiveDate },
    #[error("loan {loan} has two promises in one follow-up meeting")]
    PromiseLoanTwice { loan: String },
    #[error("a promise of {amount} is more than the {owed} loan {loan} owes")]
    PromiseAboveOwed { loan: String, amount: Money, owed: Money },
    #[error("the organisation code \"{code}\" holds a space or a sign")]
    OrgCodeInvalid { code: String },
    #[error("loan {loan} cannot be rescheduled on {date}: it has an entry on {later}")]
    RescheduleBeforeLater { loan: String, date: NaiveDate, later: NaiveDate },
    #[error("{member} cannot leave on {date}: her last entry is on {last}")]
    ExitBeforeLastEntry { member: String, date: NaiveDate, last: NaiveDate },
    #[error("{member} stands guarantor for loan {loan} of {borrower}, which still owes {owed}")]
    GuarantorOfRunningLoan { member: String, loan: i64, borrower: String, owed: Money },
    #[error("--{option} does not apply to {org}")]
    OptionNotForKind { option: String, org: String },
    #[error("\"{input}\" is not a fiscal year")]
    FiscalYearInvalid { input: String },
    #[error("the year {year} ended before the organisation was formed on {formed}")]
    YearBeforeFormed { year: String, formed: NaiveDate },
    #[error("no entry of the book is dated in or before the year {year}")]
    YearWithoutEntries { year: String },
    #[error("the year {year} cannot be closed under the later closed year {later}")]
    CloseUnderLaterYear { year: String, later: String },
    #[error("an audit of the year {year} is dated on or before its last day {end}")]
    AuditBeforeYearEnd { year: String, end: NaiveDate },
    // Issue 12 (the meeting page): refusals the meeting grid places beside their boxes.
    #[error("the attendance of {member} is not marked")]
    AttendanceNotMarked { member: String },
    #[error("a new loan has no amount")]
    LoanAmountRequired,

    // Issue 16: federation without a server (bundles and the oversight book).
    #[error("{path} is not a Samuh bundle")]
    BundleNotABundle { path: String },
    #[error("the bundle {path} is cut short")]
    BundleTruncated { path: String },
    #[error("the bundle {path} was changed after it was signed")]
    BundleAltered { path: String },
    #[error("the bundle {path} is of bundle version {found}; this Samuh reads up to {supported}")]
    BundleNewerVersion { path: String, found: i64, supported: i64 },
    #[error("the bundle {path} of {group} is signed with key {fingerprint}, not the registered {registered}")]
    BundleWrongKey { path: String, group: String, fingerprint: String, registered: String },
    #[error("the bundle {path} is from {group}, which is not registered (key {fingerprint})")]
    BundleUnknownGroup { path: String, group: String, fingerprint: String },
    #[error("the bundle {path} is from {group}, whose books come here relayed by {via}")]
    BundleRelayedGroup { path: String, group: String, via: String },
    #[error("the bundle {path} of {group} holds {sent} entries; {imported} are already imported")]
    BundleOlder { path: String, group: String, sent: i64, imported: i64 },
    #[error("the bundle {path} of {group} starts after entry {starts}; only {imported} are imported")]
    BundleGap { path: String, group: String, starts: i64, imported: i64 },
    #[error("the bundle {path} of {group} rewrites entry {position} ({voucher}) imported before")]
    /// `voucher` is the first differing voucher's number ("2025-26/12") and `date` its date, when the
    /// bundle carries it; else `voucher` is empty.
    BundleRewritesHistory { path: String, group: String, position: i64, voucher: String, date: Option<NaiveDate>, differing: i64 },
    #[error("{org} is not an organisation that oversees groups")]
    NotAnOversightBook { org: String },
    #[error("a group cannot import its own bundle into its own book")]
    BundleOfOwnBook { group: String },

    // ---- issue 15: life events (limits, deaths and levies, fines owed, receipts) ----
    #[error("loan of {amount} is more than the {fund} holds ({available})")]
    LoanAboveFund { fund: String, amount: Money, available: Money },
    #[error("{member} was not enrolled in the club on {date}")]
    DeathNotEnrolled { member: String, date: NaiveDate },
    #[error("the death of {member} is already recorded")]
    DeathAlreadyRecorded { member: String },
    #[error("no death of {member} is recorded")]
    UnknownDeath { member: String },
    #[error("{member} has already paid the levy for the death of {deceased}")]
    LevyAlreadyPaid { member: String, deceased: String },
    #[error("{member} owes no levy for the death of {deceased}")]
    LevyNotOwed { member: String, deceased: String },
    #[error("nothing has been collected for the death of {deceased}")]
    PayoutBeforeCollection { deceased: String },
    #[error("the payout for the death of {deceased} is already made")]
    PayoutAlreadyMade { deceased: String },
    #[error("the levy for a death is not set in the by-laws")]
    NoDeathLevy,
    #[error("{member} owes no fine")]
    NoFineOwed { member: String },
    #[error("fine payment {amount} is more than the {owed} {member} owes")]
    FinePaymentAboveOwed { member: String, amount: Money, owed: Money },

    // ---- issue 15 (welfare): a death in the club, its levy and payout, benefits ----
    #[error("{member} owes {unpaid} levies and has lost eligibility")]
    DeathNotEligible { member: String, unpaid: i64 },
    #[error("the by-laws pay no {kind} benefit on {date}")]
    NoBenefit { kind: String, date: NaiveDate },
    #[error("{path} is not a settlement slip or was changed after it was signed")]
    SlipAltered { path: String },
    #[error("the settlement slip {slip} is already recorded")]
    SlipAlreadyRecorded { slip: String },
    #[error("no settlement slip {slip} was written by this book")]
    UnknownSlip { slip: String },
    #[error("the settlement slip {slip} pays {amount}, more than the {owed} owed on the loan")]
    SlipAboveLoan { slip: String, amount: Money, owed: Money },
    // ---- Issue 14 (year-end, continued): paying out dividends kept as payable ----
    #[error("no dividend of the year {year} is left to pay to {member}")]
    NoDividendPayable { member: String, year: String },
    // Issue 14, VSLA groups: shares per meeting, cycles and the share-out.
    #[error("cycle {cycle} has already been shared out")]
    VslaAlreadySharedOut { cycle: i64 },
    #[error("cycle {cycle} ends on {end}; a share-out before then is refused")]
    VslaCycleNotEnded { cycle: i64, end: NaiveDate },
    #[error("{org} has no VSLA cycle open")]
    VslaNoCycle { org: String },
    #[error("{org} is not a VSLA group")]
    NotVsla { org: String },
    #[error("cycle {cycle} is not shared out yet; a new cycle opens after the share-out")]
    VslaCycleStillOpen { cycle: i64 },
    #[error("the new cycle must start after {date}")]
    VslaCycleStartTooEarly { date: NaiveDate },
    // Issue 15 (follow-up): receipts, debt acknowledgement, follow-up of overdue borrowers.
    #[error("no member paid anything in voucher {voucher}")]
    NothingPaid { voucher: String },
    // ---- issue 16 (second part): CIF both ways, the Parquet export ----
    #[error("{group} is not in the register of groups of {org}")]
    CifGroupNotRegistered { org: String, group: String },
    #[error("loan {loan} has not been rescheduled")]
    LoanNotRescheduled { loan: String },
    // ---- issue 16 (session 8): an SHG's CIF repayment, never above what it owes its VO ----
    // ---- issue 14 (session 8): a VSLA member's social-fund contribution is the by-laws' ----
    #[error("social fund {amount} of {member} differs from the by-laws' {due}")]
    SocialFundNotByLaw { member: String, amount: Money, due: Money },
    // ---- issue 15 (follow-up, second part): invitations, the follow-up meeting ----
    #[error("the follow-up meeting on {meeting} is before the list's date {as_of}")]
    FollowupMeetingBeforeList { meeting: NaiveDate, as_of: NaiveDate },
    #[error("no borrower is behind on {date}")]
    NobodyOnFollowup { date: NaiveDate },
    #[error("loan {loan} is not on the follow-up list on {date}")]
    LoanNotOnFollowup { loan: String, date: NaiveDate },
    #[error("loan {loan}: the agreed payment date {date} is before the meeting of {meeting}")]
    PromiseBeforeMeeting { loan: String, date: NaiveDate, meeting: NaiveDate },
    /* issue 16 (session 8): the grading sheet and the consolidated statements */
    #[error("the grading sheet cannot be sorted by \"{value}\"; use one of: {choices}")]
    GradingSortUnknown { value: String, choices: String },
    /* issue 15 (session 9): the annual welfare fee, once a year */
    #[error("{member} has already paid the welfare fee for {}", year.label())]
    WelfareFeeAlreadyPaid { member: String, year: crate::domain::org::FiscalYear },
    /* issue 15 (session 10): who signed a settlement slip, and for which loan */
    #[error("the key of welfare club {club} that signed {path} is not registered in this book (fingerprint {fingerprint})")]
    SlipClubUnknown { path: String, club: String, fingerprint: String },
    #[error("slip {path} of {club} is signed with key {fingerprint}, not the one registered ({registered})")]
    SlipWrongKey { path: String, club: String, fingerprint: String, registered: String },
    #[error("slip {slip} settles loan {loan}, not loan {chosen}")]
    SlipOtherLoan { slip: String, loan: String, chosen: String } => field "loan",
    /* session 10: a voucher a recorded event owns is not reversed on its own */
    #[error("voucher {voucher} belongs to a {event} and cannot be reversed on its own")]
    VoucherOwnedByEvent { voucher: String, event: String },
    /* issue 16 (session 10): the fund centre's households: keys, debts, plans, targets */
    #[error("\"{key}\" is not a household number")]
    HouseholdKeyInvalid { key: String },
    #[error("no imported group has a member of household {household}")]
    HouseholdUnknown { household: String },
    #[error("household {household} is followed already, since {date}")]
    HouseholdAlreadyTarget { household: String, date: NaiveDate },
    #[error("a plan over \"{value}\" months: give 1 to {max} months")]
    HouseholdPlanMonths { value: String, max: i64 },
    /* issue 16 (session 10): drill-down into one imported group */
    #[error("{group} is not a group registered in {org}")]
    GroupNotRegistered { org: String, group: String } => field "group",
    /* A VSLA cycle shared out is closed like a closed year; the bounds of a cycle's by-laws */
    #[error("{date} is in cycle {cycle}, shared out on {shared_out}")]
    VslaCycleSharedOut { date: NaiveDate, cycle: i64, shared_out: NaiveDate },
    #[error("voucher {voucher} of {date} is in cycle {cycle}, shared out on {shared_out}")]
    VslaVoucherInSharedOutCycle { voucher: String, date: NaiveDate, cycle: i64, shared_out: NaiveDate },
    #[error("{field}: a share's price must be more than zero, not {input}")]
    SharePriceNotPositive { field: String, input: String },
    /* Welfare: dates checked against the death and its payout */
    #[error("{date} is before the death of {deceased} on {died}")]
    WelfareBeforeDeath { deceased: String, date: NaiveDate, died: NaiveDate } => field "date",
    #[error("the death of {deceased} was paid out on {paid}; no more levies are collected for it")]
    LevyAfterPayout { deceased: String, paid: NaiveDate } => field "deceased",
    #[error("levies for the death of {deceased} were collected up to {last}, after the payout date {date}")]
    PayoutBeforeLastLevy { deceased: String, date: NaiveDate, last: NaiveDate } => field "date",
    /* Welfare: no benefit once a member's death is recorded */
    #[error("{member} died on {died}; no benefit is paid from that day")]
    BenefitAfterDeath { member: String, died: NaiveDate } => field "member",
    /* Welfare rules and the loans a payout settles: messages that say what to type */
    #[error("admin share {input} is not a percentage from 0 to 100")]
    AdminShareOutOfRange { input: String } => field "admin-share",
    #[error("welfare rules already start on {date}")]
    WelfareRulesSameDay { date: NaiveDate } => field "from",
    #[error("the year {year} cannot be reopened: {member} has been paid {paid} of its dividend")]
    YearDividendPaid { year: String, member: String, paid: Money },
    #[error("the year {year} is not closed: its dividends are declared when it is closed")]
    DividendYearNotClosed { year: String },
    #[error("{field}: {input} is not more than zero")]
    AmountNotPositive { field: String, input: String },
    #[error("the welfare rules in force on {date} set no annual fee")]
    NoWelfareFee { date: NaiveDate },
    /// A command's input that is not what the command takes (a program's fault, not a person's):
    /// `reason` selects the sentence as in `InputFileMalformed`, `key` names the key concerned.
    #[error("the request {command} could not be read: {reason} {key}")]
    RequestMalformed { command: String, reason: String, key: String },
    #[error("{input} guarantors: the by-laws may ask 0 to {max}")]
    GuarantorsOutOfRange { input: String, max: i64 } => field "guarantors",
    #[error("--settle {value} is not FUND:LOAN or FUND:LOAN:PRINCIPAL:INTEREST")]
    SettleMalformed { value: String } => field "settle",
}
}

impl Error {
    /// Every code there is, one per error of every layer.
    pub fn codes() -> &'static [&'static str] {
        static CODES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
        CODES.get_or_init(|| [Error::variant_codes(), Refusal::variant_codes(), StoreError::variant_codes()].concat())
    }

    /// The message arguments, named as in the Fluent messages: the fields, and what a few
    /// messages say beyond them (the largest amount, why a file could not be written, whether a
    /// rewritten entry's date is known).
    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        let mut args = self.field_args();
        match self {
            Error::BundleRewritesHistory { date, .. } => args.push(("dated", Arg::Text(if date.is_some() { "yes" } else { "no" }.into()))),
            _ => {}
        }
        args
    }

    /// The message arguments, named as in the Fluent messages.
    /// Maps a plain-amount parse failure to the error for a named input field.
    pub fn from_amount(field: &str, input: &str, e: AmountError) -> Error {
        Error::Domain(Refusal::from_amount(field, input, e))
    }
}

/// A store's error, with a domain rule's refusal met while storing carried as the domain's.
impl From<StoreError> for Error {
    fn from(e: StoreError) -> Error {
        match e {
            StoreError::Domain(r) => Error::Domain(r),
            other => Error::Store(other),
        }
    }
}

impl crate::store::FromStore for Error {
    fn store_error(&mut self) -> Option<&mut StoreError> {
        match self {
            Error::Store(e) => Some(e),
            _ => None,
        }
    }
}

impl From<Refusal> for Error {
    fn from(r: Refusal) -> Error {
        Error::Domain(r)
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;


impl From<crate::domain::posting::Refused> for Error {
    fn from(r: crate::domain::posting::Refused) -> Error {
        Error::Domain(r.error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn a_code_names_one_variant_of_one_layer_and_no_wrapper() {
        let codes = Error::codes();
        let unique: BTreeSet<_> = codes.iter().collect();
        assert_eq!(unique.len(), codes.len(), "a code is given twice");
        for wrapper in ["error-domain", "error-store"] {
            assert!(!codes.contains(&wrapper), "{wrapper} is a wrapper, not an error");
        }
        // Each layer's own codes are among them.
        assert!(codes.contains(&"error-unbalanced-voucher") && codes.contains(&"error-disk-full") && codes.contains(&"error-required"));
    }

    #[test]
    fn a_wrapped_error_keeps_its_code_arguments_and_field() {
        let r = Refusal::VslaCycleEndNotAfterStart { start: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(), end: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() };
        let e = Error::from(r.clone());
        assert_eq!(e.code(), "error-vsla-cycle-end-not-after-start");
        assert_eq!(e.field_path(), Some("end"));
        assert!(e.args().contains(&("field", Arg::Text("end".into()))));
        assert_eq!(e.args(), r.args());
        // A domain refusal met while storing is carried on as the domain's, not the store's.
        assert_eq!(Error::from(StoreError::from(r.clone())), Error::Domain(r));
        let s = StoreError::FileUnwritable { path: "/x/y.pdf".into(), detail: "No space left on device (os error 28)".into() };
        let e = Error::from(s);
        assert_eq!(e.code(), "error-file-unwritable");
        assert!(e.args().contains(&("reason", Arg::Text("disk-full".into()))), "{:?}", e.args());
        assert_eq!(e.field_path(), None);
    }

    #[test]
    fn a_year_label_is_given_as_a_year() {
        let e = Error::Store(StoreError::YearClosed { year: "2025-26".into() });
        assert!(matches!(e.args().as_slice(), [("year", Arg::Year(y))] if y.start_year == 2025));
        let e = Error::YearNotClosed { year: "not a year".into() };
        assert_eq!(e.args(), vec![("year", Arg::Text("not a year".into()))]);
    }
}
