//! The one error type of the core: every rejection has a stable code that is its Fluent
//! message id (`error-loan-above-cap`), plus typed arguments that the i18n layer formats in the
//! user's language. Errors are never matched by their text.

use crate::domain::money::{AmountError, Money};
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
fn year_arg(label: &str) -> Arg {
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

/// The code of each variant is derived from its name: `error-` and the name in kebab case
/// (`LoanAboveCap` → `error-loan-above-cap`), the Fluent id of its message.
#[derive(Debug, Clone, PartialEq, thiserror::Error, strum::IntoStaticStr, strum::VariantNames)]
#[strum(serialize_all = "kebab-case", prefix = "error-")]
pub enum Error {
    #[error("not an amount: {input}")]
    InvalidAmount { field: String, input: String },
    #[error("negative amount: {input}")]
    NegativeAmount { field: String, input: String },
    #[error("too many decimals: {input}")]
    TooManyDecimals { field: String, input: String, digits: u32 },
    #[error("amount too large: {input}")]
    AmountTooLarge { field: String, input: String },
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
    #[error("organisation {org} already exists")]
    DuplicateOrganisation { org: String },
    #[error("unknown member {member}")]
    UnknownMember { member: String },
    #[error("member {member} already exists")]
    DuplicateMember { member: String },
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
    #[error("loan {amount} above the cap {cap}")]
    LoanAboveCap { member: String, amount: Money, cap: Money },
    #[error("{given} guarantors, {required} required")]
    TooFewGuarantors { member: String, given: i64, required: i64 },
    #[error("guarantor {guarantor} not allowed")]
    InvalidGuarantor { member: String, guarantor: String },
    #[error("invalid loan terms: {detail}")]
    InvalidLoanTerms { detail: String },
    #[error("unknown loan {loan}")]
    UnknownLoan { loan: String },
    #[error("loan {loan} is not running")]
    LoanNotActive { loan: String },
    #[error("the key file {path} is damaged")]
    KeyFileDamaged { path: String },
    #[error("{member} has no loan running on {date}")]
    NoLoanRunning { member: String, date: NaiveDate },
    #[error("a reversal dated {date} is before the entry {voucher} of {original}")]
    ReversalBeforeOriginal { voucher: String, date: NaiveDate, original: NaiveDate },
    #[error("loan {loan} does not belong to member {member}")]
    LoanNotOfMember { loan: String, member: String },
    #[error("repayment {amount} is more than the {owed} owed")]
    RepaymentAboveOwed { loan: String, amount: Money, owed: Money },
    #[error("repayment {amount} is more than the {due} due and prepayment is not allowed")]
    PrepaymentNotAllowed { loan: String, amount: Money, due: Money },
    #[error("loan {loan} already has a repayment on {date}, after this one")]
    RepaidLater { loan: String, date: NaiveDate },
    #[error("withdrawal {amount} is more than the savings balance {balance}")]
    WithdrawalAboveSavings { member: String, amount: Money, balance: Money },
    #[error("cash would go below zero on {date} by {shortfall}")]
    CashBelowZero { date: NaiveDate, shortfall: Money },
    #[error("bank balance would go below zero on {date} by {shortfall}")]
    BankBelowZero { date: NaiveDate, shortfall: Money },
    #[error("bank loan repayment {amount} is more than the {owed} owed")]
    BankLoanAboveOwed { amount: Money, owed: Money },
    #[error("a meeting on {date} is already recorded")]
    MeetingAlreadyRecorded { date: NaiveDate },
    #[error("the opening balances are already recorded")]
    OpeningAlreadyRecorded,
    #[error("the opening balances must be recorded before anything else")]
    OpeningAfterEntries,
    #[error("voucher does not balance by {difference}")]
    UnbalancedVoucher { difference: Money },
    #[error("voucher has no lines")]
    EmptyVoucher,
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
    #[error("cannot read {path}: {detail}")]
    FileUnreadable { path: String, reason: IoReason, detail: String },
    #[error("database version {found} is newer than this program ({supported})")]
    NewerDatabase { found: i64, supported: i64 },
    #[error("not a Samuh book: {path}")]
    NotABook { path: String },
    #[error("database error: {detail}")]
    Database { detail: String },
    #[error("unknown report {name}")]
    UnknownReport { name: String },
    #[error("{count} checks failed")]
    ChecksFailed { count: i64 },
    #[error("not a book code: {input}")]
    InvalidBookCode { input: String },
    #[error("backup to {path} failed: {detail}")]
    BackupFailed { path: String, reason: IoReason, detail: String },
    #[error("backup {path} fails {count} checks")]
    BackupFailsCheck { path: String, count: i64 },
    #[error("{path} already exists")]
    RestoreTargetExists { path: String },
    #[error("loan {loan} has repayments")]
    LoanHasRepayments { loan: String },
    #[error("reversal would leave {member} with savings below zero by {shortfall}")]
    ReversalNegativeSavings { member: String, shortfall: Money },
    #[error("no net profit to appropriate: {result}")]
    NoProfitToAppropriate { result: Money },
    #[error("percentage {percent} is not between 0 and 100")]
    PercentOutOfRange { percent: Decimal },
    #[error("reserve {percent} % is below the minimum {minimum} %")]
    ReserveBelowMinimum { percent: Decimal, minimum: Decimal },
    #[error("the appropriation percentages add up to {total} %, more than 100 %")]
    AppropriationAboveHundred { total: Decimal },
    #[error("the allocation percentages add up to {total} %, not 100 %")]
    AllocationNotHundred { total: Decimal },
    #[error("no shares to share out")]
    NoSharesToShareOut,
    #[error("nothing new to print in the passbook of {member}")]
    NothingToPrint { member: String },
    #[error("cannot write {path}: {detail}")]
    FileUnwritable { path: String, detail: String },
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
    #[error("the disk is full; nothing was saved")]
    DiskFull,
    #[error("the disk reported an error while reading or writing the book")]
    StorageFailed,
    #[error("{path} is encrypted: a passphrase is needed")]
    BookEncrypted { path: String },
    #[error("wrong passphrase for {path}")]
    WrongPassphrase { path: String },
    #[error("wrong recovery code for {path}")]
    WrongRecoveryCode { path: String },
    #[error("not a recovery code")]
    RecoveryCodeMistyped,
    #[error("the key file {envelope} of the encrypted book {path} is missing")]
    KeyFileMissing { path: String, envelope: String },
    #[error("passphrase shorter than {min} characters")]
    PassphraseTooShort { min: i64 },
    #[error("the two passphrases differ")]
    PassphraseMismatch,
    #[error("{path} is not encrypted")]
    BookNotEncrypted { path: String },
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
    #[error("there is no book file at {path}")]
    BookMissing { path: String },
    #[error("the book file {path} is empty")]
    BookEmpty { path: String },
    #[error("the book {path} is on a medium that cannot be written")]
    BookReadOnly { path: String },
    #[error("the book {path} is from an earlier version and on a medium that cannot be written")]
    BookReadOnlyOlder { path: String },
    #[error("the book file is damaged")]
    BookDamaged,
    #[error("client id {client_id} was already used for a different record")]
    ClientIdReused { client_id: String },
    // Issue 13 (session 6): the rest of the holes an outside test found.
    #[error("the same new loan of member {member} is given twice in one meeting, rows {first} and {second}")]
    MeetingLoanTwice { member: String, first: i64, second: i64 },
    // Issue 14: shares, dividends and closing the year.
    #[error("{member}: {shares} is not a whole number of shares")]
    NotWholeShares { member: String, shares: String },
    #[error("no share price is set on {date}")]
    NoSharePrice { date: NaiveDate },
    #[error("organisation {org} keeps no shares")]
    KindHasNoShares { org: String },
    #[error("the year {year} is closed")]
    YearClosed { year: String },
    #[error("the year {year} has not ended: it ends on {end}")]
    YearNotEnded { year: String, end: NaiveDate },
    #[error("the year {year} is already closed")]
    YearAlreadyClosed { year: String },
    #[error("the year {year} is not closed")]
    YearNotClosed { year: String },
    #[error("a dividend rate of {rate}% is above the cap of {cap}%")]
    DividendAboveCap { rate: Decimal, cap: Decimal },
    #[error("a dividend of {dividend} is more than the {pool} left for it")]
    DividendAbovePool { dividend: Money, pool: Money },
    #[error("the year {year} cannot be reopened while a later year {later} is closed")]
    LaterYearClosed { year: String, later: String },
    #[error("a league fee of {percent}% is outside 0 to {max}% of the net profit")]
    LeagueFeeAboveLaw { percent: Decimal, max: Decimal },
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
    #[error("loan of {amount} for {member} would take what they owe ({outstanding}) above the cap {cap}")]
    LoanAboveMemberCap { member: String, amount: Money, outstanding: Money, cap: Money, room: Money },
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
    #[error("{member} may buy 1 to 5 shares at a meeting, not {shares}")]
    VslaSharesOutOfRange { member: String, shares: String },
    #[error("{count} loans ({amount}) are still out; the by-laws refuse a share-out until they are repaid")]
    VslaLoansOutstanding { count: i64, amount: Money },
    #[error("the loan fund ({fund}) is less than nothing once the social fund ({social_fund}) is set aside")]
    VslaFundShort { fund: Money, social_fund: Money },
    #[error("{member} owes {owed}, more than the payout of {payout}")]
    VslaLoanAbovePayout { member: String, owed: Money, payout: Money },
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
    #[error("CIF repayment {amount} is more than the {owed} owed")]
    CifAboveOwed { amount: Money, owed: Money },
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
    SlipOtherLoan { slip: String, loan: String, chosen: String },
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
    GroupNotRegistered { org: String, group: String },
    /* A VSLA cycle shared out is closed like a closed year; the bounds of a cycle's by-laws */
    #[error("{date} is in cycle {cycle}, shared out on {shared_out}")]
    VslaCycleSharedOut { date: NaiveDate, cycle: i64, shared_out: NaiveDate },
    #[error("voucher {voucher} of {date} is in cycle {cycle}, shared out on {shared_out}")]
    VslaVoucherInSharedOutCycle { voucher: String, date: NaiveDate, cycle: i64, shared_out: NaiveDate },
    #[error("the cycle's end {end} is not after its start {start}")]
    VslaCycleEndNotAfterStart { start: NaiveDate, end: NaiveDate },
    #[error("a cycle from {start} to {end} is longer than {months} months")]
    VslaCycleTooLong { start: NaiveDate, end: NaiveDate, months: i64, latest: NaiveDate },
    #[error("service charge {input} is not from 0 to {max} % a month")]
    VslaServiceChargeOutOfRange { input: String, max: i64 },
    #[error("{field}: a share's price must be more than zero, not {input}")]
    SharePriceNotPositive { field: String, input: String },
    /* Welfare: dates checked against the death and its payout */
    #[error("{date} is before the death of {deceased} on {died}")]
    WelfareBeforeDeath { deceased: String, date: NaiveDate, died: NaiveDate },
    #[error("the death of {deceased} was paid out on {paid}; no more levies are collected for it")]
    LevyAfterPayout { deceased: String, paid: NaiveDate },
    #[error("levies for the death of {deceased} were collected up to {last}, after the payout date {date}")]
    PayoutBeforeLastLevy { deceased: String, date: NaiveDate, last: NaiveDate },
    /* Welfare: no benefit once a member's death is recorded */
    #[error("{member} died on {died}; no benefit is paid from that day")]
    BenefitAfterDeath { member: String, died: NaiveDate },
    /* Welfare rules and the loans a payout settles: messages that say what to type */
    #[error("admin share {input} is not a percentage from 0 to 100")]
    AdminShareOutOfRange { input: String },
    #[error("welfare rules already start on {date}")]
    WelfareRulesSameDay { date: NaiveDate },
    #[error("--settle {value} is not FUND:LOAN or FUND:LOAN:PRINCIPAL:INTEREST")]
    SettleMalformed { value: String },
}

impl Error {
    /// The stable code: the Fluent message id of this error.
    pub fn code(&self) -> &'static str {
        self.into()
    }

    /// Every code there is, one per variant.
    pub fn codes() -> &'static [&'static str] {
        <Error as strum::VariantNames>::VARIANTS
    }

    /// The message arguments, named as in the Fluent messages.
    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        use Error::*;
        let t = |s: &String| Arg::Text(s.clone());
        match self {
            AmountTooLarge { field, input } => {
                vec![("field", t(field)), ("input", t(input)), ("limit", Arg::Money(Money::max_input()))]
            }
            InvalidAmount { field, input } | NegativeAmount { field, input }
            | InvalidDate { field, input } | InvalidNumber { field, input } => {
                vec![("field", t(field)), ("input", t(input))]
            }
            TooManyDecimals { field, input, digits } => {
                vec![("field", t(field)), ("input", t(input)), ("digits", Arg::Count(*digits as i64))]
            }
            DateInFuture { date, today } => vec![("date", Arg::Date(*date)), ("today", Arg::Date(*today))],
            DateBeforeFormation { date, formed } => vec![("date", Arg::Date(*date)), ("formed", Arg::Date(*formed))],
            DateBeforeOpening { date, opening } => vec![("date", Arg::Date(*date)), ("opening", Arg::Date(*opening))],
            InvalidChoice { field, value } => vec![("field", t(field)), ("value", t(value))],
            Required { field } => vec![("field", t(field))],
            UnknownOrganisation { org } | DuplicateOrganisation { org } => vec![("org", t(org))],
            UnknownMember { member } | DuplicateMember { member } | MemberListedTwice { member } => {
                vec![("member", t(member))]
            }
            MemberExited { member, exited } => vec![("member", t(member)), ("exited", Arg::Date(*exited))],
            MemberNotYetJoined { member, joined } => vec![("member", t(member)), ("joined", Arg::Date(*joined))],
            MemberHasBalance { member, balance } => vec![("member", t(member)), ("balance", Arg::Money(*balance))],
            NoPolicy { date } => vec![("date", Arg::Date(*date))],
            LoanAboveCap { member, amount, cap } => {
                vec![("member", t(member)), ("amount", Arg::Money(*amount)), ("cap", Arg::Money(*cap))]
            }
            TooFewGuarantors { member, given, required } => {
                vec![("member", t(member)), ("given", Arg::Count(*given)), ("required", Arg::Count(*required))]
            }
            InvalidGuarantor { member, guarantor } => vec![("member", t(member)), ("guarantor", t(guarantor))],
            InvalidLoanTerms { detail } => vec![("detail", t(detail))],
            UnknownLoan { loan } | LoanNotActive { loan } => vec![("loan", t(loan))],
            KeyFileDamaged { path } => vec![("path", t(path))],
            NoLoanRunning { member, date } => vec![("member", t(member)), ("date", Arg::Date(*date))],
            ReversalBeforeOriginal { voucher, date, original } => vec![("voucher", t(voucher)), ("date", Arg::Date(*date)), ("original", Arg::Date(*original))],
            LoanNotOfMember { loan, member } => vec![("loan", t(loan)), ("member", t(member))],
            RepaymentAboveOwed { loan, amount, owed } => {
                vec![("loan", t(loan)), ("amount", Arg::Money(*amount)), ("owed", Arg::Money(*owed))]
            }
            PrepaymentNotAllowed { loan, amount, due } => {
                vec![("loan", t(loan)), ("amount", Arg::Money(*amount)), ("due", Arg::Money(*due))]
            }
            RepaidLater { loan, date } => vec![("loan", t(loan)), ("date", Arg::Date(*date))],
            WithdrawalAboveSavings { member, amount, balance } => {
                vec![("member", t(member)), ("amount", Arg::Money(*amount)), ("balance", Arg::Money(*balance))]
            }
            CashBelowZero { date, shortfall } | BankBelowZero { date, shortfall } => {
                vec![("date", Arg::Date(*date)), ("shortfall", Arg::Money(*shortfall))]
            }
            BankLoanAboveOwed { amount, owed } => vec![("amount", Arg::Money(*amount)), ("owed", Arg::Money(*owed))],
            MeetingAlreadyRecorded { date } => vec![("date", Arg::Date(*date))],
            OpeningAlreadyRecorded | OpeningAfterEntries | EmptyVoucher | ReasonRequired => vec![],
            UnbalancedVoucher { difference } => vec![("difference", Arg::Money(*difference))],
            UnknownVoucher { voucher } | AlreadyReversed { voucher } | CannotReverseReversal { voucher } => {
                vec![("voucher", t(voucher))]
            }
            CorruptFile { path, detail } => vec![("path", t(path)), ("detail", t(detail))],
            // The reason selects the sentence; the raw detail is shown only for an unclassified one.
            FileUnreadable { path, reason, detail } => {
                vec![("path", t(path)), ("reason", Arg::Text(reason.code().into())), ("detail", t(detail))]
            }
            NewerDatabase { found, supported } => vec![("found", Arg::Count(*found)), ("supported", Arg::Count(*supported))],
            NotABook { path } => vec![("path", t(path))],
            Database { detail } => vec![("detail", t(detail))],
            UnknownReport { name } => vec![("name", t(name))],
            ChecksFailed { count } => vec![("count", Arg::Count(*count))],
            InvalidBookCode { input } => vec![("input", t(input))],
            BackupFailed { path, reason, detail } => {
                vec![("path", t(path)), ("reason", Arg::Text(reason.code().into())), ("detail", t(detail))]
            }
            BackupFailsCheck { path, count } => vec![("path", t(path)), ("count", Arg::Count(*count))],
            RestoreTargetExists { path } => vec![("path", t(path))],
            LoanHasRepayments { loan } => vec![("loan", t(loan))],
            ReversalNegativeSavings { member, shortfall } => vec![("member", t(member)), ("shortfall", Arg::Money(*shortfall))],
            NoProfitToAppropriate { result } => vec![("result", Arg::Money(*result))],
            PercentOutOfRange { percent } => vec![("percent", Arg::percent(*percent))],
            ReserveBelowMinimum { percent, minimum } => vec![("percent", Arg::percent(*percent)), ("minimum", Arg::percent(*minimum))],
            AppropriationAboveHundred { total } | AllocationNotHundred { total } => vec![("total", Arg::percent(*total))],
            NoSharesToShareOut => vec![],
            NothingToPrint { member } => vec![("member", t(member))],
            FileUnwritable { path, detail } => vec![("path", t(path)), ("reason", Arg::Text(IoReason::of_detail(detail).code().into())), ("detail", t(detail))],
            ActorRequired => vec![],
            WrongPin { person } | ApproverIsActor { person } | RoleCannotRecord { person } | RoleCannotApprove { person } | RoleCannotEnrol { person } | DuplicatePerson { person } => {
                vec![("person", t(person))]
            }
            PinLocked { person, minutes } => vec![("person", t(person)), ("minutes", Arg::Count(*minutes))],
            ApproverRequired { action } => vec![("action", t(action))],
            PersonOutsideOrg { person, org } => vec![("person", t(person)), ("org", t(org))],
            InvalidPin { field } | IdNumberTooLong { field } => vec![("field", t(field))],
            MemberNotExited { member } => vec![("member", t(member))],
            DiskFull | StorageFailed => vec![],
            BookEncrypted { path } | WrongPassphrase { path } | WrongRecoveryCode { path } | BookNotEncrypted { path } => vec![("path", t(path))],
            RecoveryCodeMistyped | PassphraseMismatch => vec![],
            KeyFileMissing { path, envelope } => vec![("path", t(path)), ("envelope", t(envelope))],
            PassphraseTooShort { min } => vec![("min", Arg::Count(*min))],
            FullIdentityNumber { field, digits } => vec![("field", t(field)), ("digits", Arg::Count(*digits))],
            UnknownCsvColumn { column } => vec![("column", t(column))],
            NothingToImport { rejected } => vec![("rejected", Arg::Count(*rejected))],
            BookFileExists { path } => vec![("path", t(path))],
            NoMeetingOn { date } => vec![("date", Arg::Date(*date))],
            MixedDigits { field, input } | UnsupportedDigits { field, input } | PlusSign { field, input }
            | CountBelowOne { field, input } | CapNotPositive { field, input } => {
                vec![("field", t(field)), ("input", t(input))]
            }
            ControlCharacter { field, position } => vec![("field", t(field)), ("position", Arg::Count(*position))],
            BidiCharacter { field } => vec![("field", t(field))],
            TextTooLong { field, max } => vec![("field", t(field)), ("max", Arg::Count(*max))],
            OpeningMemberTwice { member, first, second } | OpeningLoanTwice { member, first, second } | MeetingLoanTwice { member, first, second } => {
                vec![("member", t(member)), ("first", Arg::Count(*first)), ("second", Arg::Count(*second))]
            }
            CsvUnclosedQuote { line } => vec![("line", Arg::Count(*line))],
            InputFileMalformed { path, kind, line, column, reason, key } => vec![
                ("path", t(path)),
                ("kind", t(kind)),
                ("line", Arg::Count(*line)),
                ("column", Arg::Count(*column)),
                ("reason", t(reason)),
                ("key", t(key)),
            ],
            BookFileMissing { path } | BookMissing { path } | BookEmpty { path } | BookReadOnly { path } | BookReadOnlyOlder { path } => {
                vec![("path", t(path))]
            }
            BookDamaged => vec![],
            ClientIdReused { client_id } => vec![("client_id", t(client_id))],
            NotWholeShares { member, shares } => vec![("member", t(member)), ("shares", t(shares))],
            NoSharePrice { date } => vec![("date", Arg::Date(*date))],
            KindHasNoShares { org } => vec![("org", t(org))],
            YearClosed { year } | YearAlreadyClosed { year } | YearNotClosed { year } => vec![("year", year_arg(year))],
            YearNotEnded { year, end } | AuditBeforeYearEnd { year, end } => vec![("year", year_arg(year)), ("end", Arg::Date(*end))],
            AuditAfterClose { year } | YearWithoutEntries { year } => vec![("year", year_arg(year))],
            FiscalYearInvalid { input } => vec![("input", t(input))],
            OptionNotForKind { option, org } => vec![("option", t(option)), ("org", t(org))],
            OrgCodeInvalid { code } => vec![("code", t(code))],
            RescheduleBeforeLater { loan, date, later } => vec![("loan", t(loan)), ("date", Arg::Date(*date)), ("later", Arg::Date(*later))],
            ExitBeforeLastEntry { member, date, last } => vec![("member", t(member)), ("date", Arg::Date(*date)), ("last", Arg::Date(*last))],
            GuarantorOfRunningLoan { member, loan, borrower, owed } => vec![("member", t(member)), ("loan", Arg::Count(*loan)), ("borrower", t(borrower)), ("owed", Arg::Money(*owed))],
            PromiseLoanTwice { loan } => vec![("loan", t(loan))],
            PeriodBackwards { from, to } => vec![("from", Arg::Date(*from)), ("to", Arg::Date(*to))],
            PromiseAboveOwed { loan, amount, owed } => vec![("loan", t(loan)), ("amount", Arg::Money(*amount)), ("owed", Arg::Money(*owed))],
            YearBeforeFormed { year, formed } => vec![("year", year_arg(year)), ("formed", Arg::Date(*formed))],
            CloseUnderLaterYear { year, later } => vec![("year", year_arg(year)), ("later", year_arg(later))],
            LeagueFeeAboveLaw { percent, max } => vec![("percent", Arg::percent(*percent)), ("max", Arg::percent(*max))],
            DividendAboveCap { rate, cap } => vec![("rate", Arg::percent(*rate)), ("cap", Arg::percent(*cap))],
            DividendAbovePool { dividend, pool } => vec![("dividend", Arg::Money(*dividend)), ("pool", Arg::Money(*pool))],
            LaterYearClosed { year, later } => vec![("year", year_arg(year)), ("later", year_arg(later))],
            AttendanceNotMarked { member } => vec![("member", t(member))],
            LoanAmountRequired => vec![],
            // Issue 16.
            BundleNotABundle { path } | BundleTruncated { path } | BundleAltered { path } => vec![("path", t(path))],
            BundleNewerVersion { path, found, supported } => vec![("path", t(path)), ("found", Arg::Count(*found)), ("supported", Arg::Count(*supported))],
            BundleWrongKey { path, group, fingerprint, registered } => {
                vec![("path", t(path)), ("group", t(group)), ("fingerprint", t(fingerprint)), ("registered", t(registered))]
            }
            BundleUnknownGroup { path, group, fingerprint } => vec![("path", t(path)), ("group", t(group)), ("fingerprint", t(fingerprint))],
            BundleRelayedGroup { path, group, via } => vec![("path", t(path)), ("group", t(group)), ("via", t(via))],
            BundleOlder { path, group, sent, imported } => vec![("path", t(path)), ("group", t(group)), ("sent", Arg::Count(*sent)), ("imported", Arg::Count(*imported))],
            BundleGap { path, group, starts, imported } => vec![("path", t(path)), ("group", t(group)), ("starts", Arg::Count(*starts)), ("imported", Arg::Count(*imported))],
            BundleRewritesHistory { path, group, position, voucher, date, differing } => vec![
                ("path", t(path)),
                ("group", t(group)),
                ("position", Arg::Count(*position)),
                ("voucher", t(voucher)),
                // The date in the reader's calendar and digits; "dated" picks the wording.
                ("date", date.map(Arg::Date).unwrap_or_else(|| Arg::Text(String::new()))),
                ("dated", Arg::Text(if date.is_some() { "yes" } else { "no" }.into())),
                ("differing", Arg::Count(*differing)),
            ],
            NotAnOversightBook { org } => vec![("org", t(org))],
            BundleOfOwnBook { group } => vec![("group", t(group))],
            LoanAboveMemberCap { member, amount, outstanding, cap, room } => vec![
                ("member", t(member)),
                ("amount", Arg::Money(*amount)),
                ("outstanding", Arg::Money(*outstanding)),
                ("cap", Arg::Money(*cap)),
                ("room", Arg::Money(*room)),
            ],
            LoanAboveFund { fund, amount, available } => {
                vec![("fund", t(fund)), ("amount", Arg::Money(*amount)), ("available", Arg::Money(*available))]
            }
            DeathNotEnrolled { member, date } => vec![("member", t(member)), ("date", Arg::Date(*date))],
            DeathAlreadyRecorded { member } | UnknownDeath { member } | NoFineOwed { member } => vec![("member", t(member))],
            LevyAlreadyPaid { member, deceased } | LevyNotOwed { member, deceased } => vec![("member", t(member)), ("deceased", t(deceased))],
            PayoutBeforeCollection { deceased } | PayoutAlreadyMade { deceased } => vec![("deceased", t(deceased))],
            NoDeathLevy => vec![],
            FinePaymentAboveOwed { member, amount, owed } => {
                vec![("member", t(member)), ("amount", Arg::Money(*amount)), ("owed", Arg::Money(*owed))]
            }
            DeathNotEligible { member, unpaid } => vec![("member", t(member)), ("unpaid", Arg::Count(*unpaid))],
            NoBenefit { kind, date } => vec![("kind", t(kind)), ("date", Arg::Date(*date))],
            SlipAltered { path } => vec![("path", t(path))],
            SlipAlreadyRecorded { slip } | UnknownSlip { slip } => vec![("slip", t(slip))],
            SlipAboveLoan { slip, amount, owed } => vec![("slip", t(slip)), ("amount", Arg::Money(*amount)), ("owed", Arg::Money(*owed))],
            NoDividendPayable { member, year } => vec![("member", t(member)), ("year", year_arg(year))],
            VslaSharesOutOfRange { member, shares } => vec![("member", t(member)), ("shares", t(shares))],
            VslaLoansOutstanding { count, amount } => vec![("count", Arg::Count(*count)), ("amount", Arg::Money(*amount))],
            VslaFundShort { fund, social_fund } => vec![("fund", Arg::Money(*fund)), ("social_fund", Arg::Money(*social_fund))],
            VslaLoanAbovePayout { member, owed, payout } => vec![("member", t(member)), ("owed", Arg::Money(*owed)), ("payout", Arg::Money(*payout))],
            VslaAlreadySharedOut { cycle } | VslaCycleStillOpen { cycle } => vec![("cycle", Arg::Count(*cycle))],
            VslaCycleNotEnded { cycle, end } => vec![("cycle", Arg::Count(*cycle)), ("end", Arg::Date(*end))],
            VslaNoCycle { org } | NotVsla { org } => vec![("org", t(org))],
            VslaCycleStartTooEarly { date } => vec![("date", Arg::Date(*date))],
            // Issue 15 (follow-up).
            NothingPaid { voucher } => vec![("voucher", t(voucher))],
            CifGroupNotRegistered { org, group } => vec![("org", t(org)), ("group", t(group))],
            LoanNotRescheduled { loan } => vec![("loan", t(loan))],
            CifAboveOwed { amount, owed } => vec![("amount", Arg::Money(*amount)), ("owed", Arg::Money(*owed))],
            SocialFundNotByLaw { member, amount, due } => vec![("member", t(member)), ("amount", Arg::Money(*amount)), ("due", Arg::Money(*due))],
            FollowupMeetingBeforeList { meeting, as_of } => vec![("meeting", Arg::Date(*meeting)), ("as_of", Arg::Date(*as_of))],
            NobodyOnFollowup { date } => vec![("date", Arg::Date(*date))],
            LoanNotOnFollowup { loan, date } => vec![("loan", t(loan)), ("date", Arg::Date(*date))],
            PromiseBeforeMeeting { loan, date, meeting } => vec![("loan", t(loan)), ("date", Arg::Date(*date)), ("meeting", Arg::Date(*meeting))],
            GradingSortUnknown { value, choices } => vec![("value", t(value)), ("choices", t(choices))],
            WelfareFeeAlreadyPaid { member, year } => vec![("member", t(member)), ("year", Arg::Year(*year))],
            SlipClubUnknown { path, club, fingerprint } => vec![("path", t(path)), ("club", t(club)), ("fingerprint", t(fingerprint))],
            SlipWrongKey { path, club, fingerprint, registered } => vec![("path", t(path)), ("club", t(club)), ("fingerprint", t(fingerprint)), ("registered", t(registered))],
            VoucherOwnedByEvent { voucher, event } => vec![("voucher", t(voucher)), ("event", t(event))],
            SlipOtherLoan { slip, loan, chosen } => vec![("slip", t(slip)), ("loan", t(loan)), ("chosen", t(chosen)), ("field", Arg::Text("loan".into()))],
            HouseholdKeyInvalid { key } => vec![("key", t(key))],
            HouseholdUnknown { household } => vec![("household", t(household))],
            HouseholdAlreadyTarget { household, date } => vec![("household", t(household)), ("date", Arg::Date(*date))],
            HouseholdPlanMonths { value, max } => vec![("value", t(value)), ("max", Arg::Count(*max))],
            GroupNotRegistered { org, group } => vec![("org", t(org)), ("group", t(group)), ("field", Arg::Text("group".into()))],
            VslaCycleSharedOut { date, cycle, shared_out } => vec![("date", Arg::Date(*date)), ("cycle", Arg::Count(*cycle)), ("shared_out", Arg::Date(*shared_out))],
            VslaVoucherInSharedOutCycle { voucher, date, cycle, shared_out } => {
                vec![("voucher", t(voucher)), ("date", Arg::Date(*date)), ("cycle", Arg::Count(*cycle)), ("shared_out", Arg::Date(*shared_out))]
            }
            VslaCycleEndNotAfterStart { start, end } => vec![("start", Arg::Date(*start)), ("end", Arg::Date(*end)), ("field", Arg::Text("end".into()))],
            VslaCycleTooLong { start, end, months, latest } => vec![
                ("start", Arg::Date(*start)),
                ("end", Arg::Date(*end)),
                ("months", Arg::Count(*months)),
                ("latest", Arg::Date(*latest)),
                ("field", Arg::Text("end".into())),
            ],
            VslaServiceChargeOutOfRange { input, max } => vec![("input", t(input)), ("max", Arg::Count(*max)), ("field", Arg::Text("service-charge".into()))],
            SharePriceNotPositive { field, input } => vec![("field", t(field)), ("input", t(input))],
            WelfareBeforeDeath { deceased, date, died } => vec![("deceased", t(deceased)), ("date", Arg::Date(*date)), ("died", Arg::Date(*died)), ("field", Arg::Text("date".into()))],
            LevyAfterPayout { deceased, paid } => vec![("deceased", t(deceased)), ("paid", Arg::Date(*paid)), ("field", Arg::Text("deceased".into()))],
            PayoutBeforeLastLevy { deceased, date, last } => vec![("deceased", t(deceased)), ("date", Arg::Date(*date)), ("last", Arg::Date(*last)), ("field", Arg::Text("date".into()))],
            BenefitAfterDeath { member, died } => vec![("member", t(member)), ("died", Arg::Date(*died)), ("field", Arg::Text("member".into()))],
            AdminShareOutOfRange { input } => vec![("input", t(input)), ("field", Arg::Text("admin-share".into()))],
            WelfareRulesSameDay { date } => vec![("date", Arg::Date(*date)), ("field", Arg::Text("from".into()))],
            SettleMalformed { value } => vec![("value", t(value)), ("field", Arg::Text("settle".into()))],
        }
    }

    /// Maps a plain-amount parse failure to the error for a named input field.
    pub fn from_amount(field: &str, input: &str, e: AmountError) -> Error {
        let (field, input) = (field.to_string(), input.to_string());
        match e {
            AmountError::Malformed => Error::InvalidAmount { field, input },
            AmountError::Negative => Error::NegativeAmount { field, input },
            AmountError::TooManyDecimals { digits } => Error::TooManyDecimals { field, input, digits },
            AmountError::TooLarge => Error::AmountTooLarge { field, input },
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
