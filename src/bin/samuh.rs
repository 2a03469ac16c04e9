//! The `samuh` command line: a thin shell over `samuh::app`, like the desktop shell. It parses
//! arguments, reads the clock and files, calls one app function, and prints the localized answer
//! (or JSON with `--json`). Exit codes: 0 done, 1 refused (a localized message says why),
//! 2 usage error, 3 `check` found problems, 4 an internal error (a bug: said in the reader's
//! language with where it happened, never Rust's panic text and exit 101).

use samuh::store::error::StoreError;
use chrono::{Local, NaiveDate};
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use samuh::app::{self, Ctx};
use samuh::error::Arg;
use samuh::i18n::{Calendar, Digits, Lang, Locale, Localizer};
use samuh::store::Store;
use samuh::Error;
use std::path::PathBuf;
use std::process::ExitCode;

/// The help lines that many commands' options share, written once (without the closing full
/// stop, which clap drops from a doc comment's help).
mod help {
    pub const ORG: &str = "The organisation's code (as `samuh org list` shows it)";
    pub const DATE: &str = "The date: YYYY-MM-DD or DD-MM-YYYY (also with / or .; with --lang th, a Buddhist Era year too)";
    pub const AMOUNT: &str = "The amount as written on paper (1,500.50 or 1500.5), in any one digit system";
    pub const CLIENT_ID: &str = "An identifier the caller chooses for this entry: the same entry sent twice is recorded once";
    pub const RATE: &str = "The interest rate in per cent for the rate period (2 means 2 %)";
    pub const RATE_PERIOD: &str = "What the rate is per: month or year";
    pub const METHOD: &str = "How interest is charged: flat, reducing-equal-principal, reducing-emi or bullet (all principal at the end)";
    pub const FREQUENCY: &str = "How often instalments fall due: weekly, fortnightly, monthly or annual";
    pub const INSTALMENTS: &str = "How many instalments";
    pub const OUT: &str = "The file to write";
    pub const FROM: &str = "The first day of the period (a date as for --date; default: the start of the fiscal year)";
    pub const YEAR: &str = "The fiscal year: the calendar year it starts in (2025) or its label (2025-26)";
    pub const TO: &str = "The last day of the period (a date as for --date; default: today)";
    pub const ROUNDING_UNIT: &str = "What instalments are rounded to: 0.01, 1, or a multiple such as 5 or 10";
    pub const ROUNDING_MODE: &str = "How they are rounded: half-up, half-even or truncate";
}

#[path = "samuh/recovery.rs"]
mod recovery;
#[path = "samuh/year.rs"]
mod year;
#[path = "samuh/vsla.rs"]
mod vsla; // issue 14
#[path = "samuh/bundle.rs"]
mod bundle;
#[path = "samuh/passbook.rs"]
mod passbook;
#[path = "samuh/events.rs"]
mod events;
#[path = "samuh/welfare.rs"]
mod welfare; // issue 15: welfare
#[path = "samuh/followup.rs"]
mod followup;
#[path = "samuh/meeting.rs"]
mod meeting; // issue 12: the printable meeting summary
#[path = "samuh/household.rs"]
mod household; // issue 16 (session 10): the fund centre's households

#[derive(Parser)]
#[command(name = "samuh", version, about = "Samuh: the book of a self-help group, village fund, savings group or cooperative")]
struct Cli {
    /// The book (a SQLite file). Default: $SAMUH_DB, else samuh.db in this folder.
    #[arg(long, global = true)]
    db: Option<PathBuf>,
    /// Language of messages and reports: en, hi, bn, th.
    #[arg(long, global = true, default_value = "en")]
    lang: String,
    /// Print JSON instead of text.
    #[arg(long, global = true)]
    json: bool,
    /// Digits in text and CSV: latin or native (Devanagari, Bengali, Thai).
    #[arg(long, global = true)]
    digits: Option<String>,
    /// Calendar for dates: gregorian, buddhist, bangabda.
    #[arg(long, global = true)]
    calendar: Option<String>,
    /// Today's date (default: the computer's date). For reproducible runs and tests.
    #[arg(long, global = true, env = "SAMUH_TODAY")]
    today: Option<String>,
    /// Who is recording (once people are enrolled in the book). The PIN is read from
    /// SAMUH_PIN, or asked on the terminal; never given on the command line.
    #[arg(long = "as", global = true, value_name = "NAME")]
    actor: Option<String>,
    /// A second person approving a reversal, a by-law change or a large loan. The PIN is read
    /// from SAMUH_APPROVER_PIN, or asked on the terminal.
    #[arg(long, global = true, value_name = "NAME")]
    approver: Option<String>,
    /// The NAME of an environment variable holding the passphrase of an encrypted book (the
    /// passphrase itself never goes on the command line). Without it, the passphrase is asked.
    #[arg(long, global = true, value_name = "VAR")]
    passphrase_env: Option<String>,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Create an empty book; with --encrypt, an encrypted one (a passphrase is asked, or taken
    /// from --passphrase-env, and a recovery code is printed once).
    Init {
        /// Protect the new book with a passphrase (asked twice, or read from --passphrase-env).
        #[arg(long)]
        encrypt: bool,
    },
    /// Encrypt an existing plain book (a new encrypted file replaces it; old backups stay plain).
    Encrypt,
    /// The passphrase of an encrypted book.
    #[command(subcommand)]
    Passphrase(PassphraseCmd),
    /// The recovery code of an encrypted book.
    #[command(subcommand)]
    RecoveryCode(recovery::RecoveryCodeCmd),
    /// Open an encrypted book with its recovery code and set a new passphrase.
    Recover {
        /// The recovery code from paper (asked when left out).
        #[arg(long)]
        code: Option<String>,
        /// The NAME of an environment variable holding the new passphrase (asked when left out).
        #[arg(long, value_name = "VAR")]
        new_passphrase_env: Option<String>,
    },
    /// Create the demo organisations: an SHG, a cooperative and a village fund with more than a year of meetings and loans, two younger SHGs, a welfare club, the village organisation of the three SHGs (their bundles imported, CIF lent), the cluster federation above it (the VO's bundle imported, relaying the three SHGs; CIF lent to the VO) and a VSLA group
    Demo,
    /// Organisations.
    #[command(subcommand)]
    Org(OrgCmd),
    /// Members.
    #[command(subcommand)]
    Member(MemberCmd),
    /// People who use the book: treasurers, bookkeepers, presidents, field officers.
    #[command(subcommand)]
    Person(PersonCmd),
    /// By-laws.
    #[command(subcommand)]
    Policy(PolicyCmd),
    /// Opening balances from the paper books.
    #[command(subcommand)]
    Opening(FileCmd),
    /// Meetings.
    #[command(subcommand)]
    Meeting(meeting::MeetingCmd),
    /// Loans.
    #[command(subcommand)]
    Loan(LoanCmd),
    /// Life events: an owed fine paid, a death in a welfare club.
    #[command(subcommand)]
    Event(events::EventCmd),
    /// A death in the funeral-welfare club (levy, collections, payout, settlement slips) and
    /// welfare benefits.
    #[command(subcommand)]
    Welfare(welfare::WelfareCmd),
    /// A receipt for every payer of a meeting or voucher: PDF for a 58/80 mm roll or A6 (--out),
    /// else text to send.
    Receipts(followup::ReceiptsArgs),
    /// The debt acknowledgement of a rescheduled loan as a PDF to sign.
    Acknowledgement(followup::AcknowledgementArgs),
    /// Follow-up of borrowers who fell behind: visits, invitations, the follow-up meeting and its
    /// minutes.
    #[command(subcommand)]
    Followup(followup::FollowupCmd),
    /// A member's household number, and the households a fund centre follows.
    #[command(subcommand)]
    Household(household::HouseholdCmd),
    /// Reverse a voucher, or every voucher of a meeting (the only way to correct an entry).
    Reverse {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        /// Voucher number, e.g. 2025-26/12 (or 12 in the current fiscal year).
        #[arg(long, required_unless_present = "meeting", conflicts_with = "meeting")]
        voucher: Option<String>,
        /// The date of a meeting whose vouchers are all reversed in one transaction.
        #[arg(long)]
        meeting: Option<String>,
        /// Why it is reversed, as the minutes will read it (required).
        #[arg(long)]
        reason: String,
        #[arg(long, help = crate::help::DATE)]
        date: Option<String>,
        #[arg(long, help = crate::help::CLIENT_ID)]
        client_id: Option<String>,
    },
    /// The year's end: share price, preview, close and reopen.
    #[command(subcommand)]
    Year(year::YearCmd),
    /// A VSLA group's cycles and share-out.
    #[command(subcommand)]
    Vsla(vsla::VslaCmd),
    /// Print a report (the names are listed by `samuh report --help`).
    Report {
        /// The report (every name the core has; see `cli()`).
        name: String,
        #[arg(long, help = crate::help::ORG)]
        org: String,
        /// Admission number (a household's number for household-debts and restructuring-plan).
        #[arg(long, visible_alias = "household")]
        member: Option<String>,
        #[arg(long, help = crate::help::FROM)]
        from: Option<String>,
        #[arg(long, help = crate::help::TO)]
        to: Option<String>,
        /// The order of the `grading` sheet: grade (default), score or group.
        #[arg(long)]
        sort: Option<String>,
        /// In an oversight book: a register of this imported group, read-only (cash-book,
        /// bank-book, savings-register, trial-balance, receipts-payments, income-expenditure,
        /// balance-sheet).
        #[arg(long)]
        group: Option<String>,
        /// text, json or csv.
        #[arg(long, default_value = "text")]
        format: String,
        /// CSV for machines: ISO dates, plain numbers and column keys (col-account, col-debit, …) as headings; use with --digits latin.
        #[arg(long)]
        iso_dates: bool,
    },
    /// Bundles: a group's signed book for its federation, and their import.
    #[command(subcommand)]
    Bundle(bundle::BundleCmd),
    /// Export the whole journal for ledger-cli / hledger or beancount (`export journal`), or an
    /// oversight book's imported groups as Parquet tables (`export parquet --org VO --to DIR`).
    Export {
        /// `journal` or `parquet`.
        what: String,
        /// The journal's form: ledger (ledger-cli, hledger) or beancount.
        #[arg(long, default_value = "ledger")]
        format: String,
        #[arg(long, help = crate::help::ORG)]
        org: Option<String>,
        /// The folder the Parquet tables are written to.
        #[arg(long)]
        to: Option<PathBuf>,
    },
    /// Print member passbooks as PDF: only new entries from the next free line (default), from a
    /// line (--from-line), or the whole book with totals and signatures (--all). Nothing is
    /// marked printed until `passbook-printed` confirms the paper came out right.
    Passbook {
        #[command(flatten)]
        choice: passbook::Choice,
        #[arg(long, help = crate::help::OUT)]
        out: PathBuf,
    },
    /// Record a passbook printing as done (it printed correctly): the same choices as the
    /// printing and the --upto it named.
    PassbookPrinted(passbook::Printed),
    /// The audit sheet of an organisation for a period (default: the fiscal year to date).
    Audit {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        #[arg(long, help = crate::help::FROM)]
        from: Option<String>,
        #[arg(long, help = crate::help::TO)]
        to: Option<String>,
        /// The bookkeeper's name, printed on the cover as who prepared the sheet.
        #[arg(long, default_value = "")]
        prepared_by: String,
        /// A file (.xlsx, .pdf) or, for csv, a folder.
        #[arg(long)]
        out: PathBuf,
        /// xlsx, pdf or csv. Without it, a file named .pdf is written as a PDF, anything else as xlsx.
        #[arg(long)]
        format: Option<String>,
        /// Paper for the PDF: a4 or a5.
        #[arg(long, default_value = "a4")]
        page: String,
    },
    /// Run every ledger-wide check; exit 3 if any finds a problem. With --code, say whether the
    /// book still matches a book code from the signed minutes or a passbook page.
    Check {
        #[arg(long, help = crate::help::ORG)]
        org: Option<String>,
        /// A book code from paper, e.g. 7K2M-9QXD (needs --org).
        #[arg(long)]
        code: Option<String>,
    },
    /// Back the book up into a folder (rotating: the newest --keep are kept). With --copy-to, a
    /// one-off copy (a pen drive) that is never rotated away.
    Backup {
        /// The folder the rotating backups are kept in.
        #[arg(long, default_value = "backups")]
        dir: PathBuf,
        /// How many of the newest backups to keep there.
        #[arg(long, default_value_t = 10)]
        keep: usize,
        /// A folder (a pen drive) to put one copy in, kept until it is deleted by hand.
        #[arg(long)]
        copy_to: Option<PathBuf>,
    },
    /// Compare a backup with this book; with --to, restore it as a NEW book at that path.
    Restore {
        /// The backup file to read.
        #[arg(long)]
        from: PathBuf,
        /// Where to write the restored book: a new file; this book is left as it is.
        #[arg(long)]
        to: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum PassphraseCmd {
    /// Set a new passphrase (the book's data is not re-encrypted; the recovery code stays).
    Change {
        /// The NAME of an environment variable holding the new passphrase (asked when left out).
        #[arg(long, value_name = "VAR")]
        new_passphrase_env: Option<String>,
    },
}

#[derive(Subcommand)]
enum OrgCmd {
    /// Add an organisation to the book: a group, a fund, a club, a society or a federation.
    Add(OrgAdd),
    /// The organisations in the book, with their codes.
    List,
}

#[derive(Args)]
struct OrgAdd {
    /// A short code for the organisation (letters, digits and dashes); it is how every command names it.
    #[arg(long)]
    code: String,
    /// The name, as the members write it.
    #[arg(long)]
    name: String,
    /// shg, village-organisation, village-fund, savings-group, cooperative, welfare-club, vsla,
    /// cluster-federation, cooperative-office, fund-centre
    #[arg(long)]
    kind: String,
    /// in, bd, th
    #[arg(long)]
    country: String,
    /// weekly, fortnightly, monthly
    #[arg(long)]
    frequency: String,
    /// The date the organisation was formed.
    #[arg(long)]
    formed_on: String,
    /// Default language of the organisation (defaults to the country's).
    #[arg(long = "org-lang")]
    org_lang: Option<String>,
    /// Fiscal year start as MM-DD (defaults to the country's).
    #[arg(long)]
    fiscal_start: Option<String>,
    /// The code of the organisation it belongs to (an SHG's village organisation).
    #[arg(long)]
    parent: Option<String>,
    /// The village or place.
    #[arg(long, default_value = "")]
    place: String,
}

#[derive(Subcommand)]
enum PersonCmd {
    /// Enrol a person. The new PIN is read from SAMUH_NEW_PIN or asked on the terminal. After
    /// the first person, a treasurer or president must give `--as NAME` and their PIN.
    Add {
        /// The person's name, as she writes it (the name she signs in with).
        #[arg(long)]
        name: String,
        /// treasurer, bookkeeper, president or field-officer.
        #[arg(long)]
        role: String,
        /// Only this organisation (default: every organisation in the book).
        #[arg(long)]
        org: Option<String>,
    },
    /// The people enrolled in the book and their roles.
    List,
    /// Change your own PIN (`--as NAME`, current PIN as usual, new PIN from SAMUH_NEW_PIN or asked).
    Pin,
}

#[derive(Subcommand)]
enum MemberCmd {
    /// Add a member with her admission number and the day she joined.
    Add {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        /// Admission number.
        #[arg(long)]
        no: String,
        /// The name, as the members write it.
        #[arg(long)]
        name: String,
        /// Her office in the group: president, secretary, treasurer or member (the default).
        #[arg(long)]
        role: Option<String>,
        /// The day she joined (YYYY-MM-DD or DD-MM-YYYY).
        #[arg(long)]
        joined_on: String,
        /// The name of the person her savings go to if she dies.
        #[arg(long)]
        nominee: Option<String>,
        /// Her phone number.
        #[arg(long)]
        phone: Option<String>,
        /// The last four digits of an identity number (Aadhaar, Thai ID, NID); never more.
        #[arg(long)]
        id_last4: Option<String>,
    },
    /// The members of an organisation, with their numbers.
    List {
        #[arg(long, help = crate::help::ORG)]
        org: String,
    },
    /// Erase the name, phone and identity digits of a member who has left with everything
    /// settled; the books still verify.
    Erase {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        /// The member's admission number.
        #[arg(long)]
        no: String,
    },
    /// Members from a CSV file (format: docs/member-csv.md). Rows that cannot be imported are
    /// reported by line and column; the others are saved in one transaction.
    Import {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        /// The CSV file (UTF-8 or as Excel saves it).
        #[arg(long)]
        file: PathBuf,
        /// Check the file and report, saving nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// A member leaves: her savings must be paid out and her loans repaid; her shares are paid
    /// back to her in cash in the same save.
    Exit {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        /// The leaving member's admission number.
        #[arg(long)]
        no: String,
        #[arg(long, help = crate::help::DATE)]
        date: String,
    },
}

#[derive(Subcommand)]
enum PolicyCmd {
    /// A new by-law version from a date; options left out keep their current value.
    Set(PolicySet),
}

#[derive(Args)]
struct PolicySet {
    #[arg(long, help = crate::help::ORG)]
    org: String,
    /// The date the new by-laws take effect (YYYY-MM-DD or DD-MM-YYYY).
    #[arg(long)]
    from: String,
    /// Each member's regular saving at every meeting.
    #[arg(long)]
    saving: Option<String>,
    #[arg(long, help = crate::help::RATE)]
    rate: Option<String>,
    #[arg(long, help = crate::help::RATE_PERIOD)]
    rate_period: Option<String>,
    #[arg(long, help = crate::help::METHOD)]
    method: Option<String>,
    #[arg(long, help = crate::help::FREQUENCY)]
    frequency: Option<String>,
    #[arg(long, help = crate::help::INSTALMENTS)]
    instalments: Option<String>,
    /// The fine for a member absent from a meeting.
    #[arg(long)]
    fine_absent: Option<String>,
    /// The fine for a member who comes late.
    #[arg(long)]
    fine_late: Option<String>,
    /// The fine for each loan instalment found overdue at a meeting.
    #[arg(long)]
    fine_late_instalment: Option<String>,
    /// The most one member may borrow ("none": no such cap).
    #[arg(long)]
    loan_cap: Option<String>,
    /// A cap as a multiple of the member's own savings, e.g. 4 ("none": no such cap).
    #[arg(long)]
    loan_cap_multiple: Option<String>,
    /// How many guarantors a loan needs.
    #[arg(long)]
    guarantors: Option<String>,
    #[arg(long, help = crate::help::ROUNDING_UNIT)]
    rounding_unit: Option<String>,
    #[arg(long, help = crate::help::ROUNDING_MODE)]
    rounding_mode: Option<String>,
    /// What a repayment pays first: the three of fine, interest and principal in order
    /// (default fine,interest,principal).
    #[arg(long)]
    allocation_order: Option<String>,
    /// Whether a member may repay before the instalment falls due: true or false.
    #[arg(long)]
    allow_prepayment: Option<bool>,
    /// Loans above this amount need a second person's approval once people are enrolled
    /// ("none": the default, 10,000 of the currency).
    #[arg(long)]
    approval_threshold: Option<String>,
    /// What the loan cap limits: per-loan or member-outstanding (all a member owes).
    #[arg(long)]
    loan_cap_scope: Option<String>,
    /// How weekly interest is counted from a monthly rate: calendar or four-weeks.
    #[arg(long)]
    interest_period: Option<String>,
}

#[derive(Subcommand)]
enum FileCmd {
    /// Record from a JSON file (format in docs/meeting-format.md).
    Record {
        /// The JSON file.
        #[arg(long)]
        file: PathBuf,
    },
}

#[derive(Subcommand)]
enum LoanCmd {
    /// Give a member a new loan: its terms from the by-laws unless given here.
    Disburse {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        #[arg(long, help = crate::help::DATE)]
        date: String,
        #[command(flatten)]
        loan: LoanArgs,
        #[arg(long, help = crate::help::CLIENT_ID)]
        client_id: Option<String>,
    },
    /// Record a repayment: it pays what is owed in the by-laws' order (fine, interest, principal).
    Repay {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        #[arg(long, help = crate::help::DATE)]
        date: String,
        /// The member's admission number (for a CIF loan to a group, the group's code).
        #[arg(long)]
        member: String,
        /// The loan's number (without it, her oldest loan still owed).
        #[arg(long)]
        loan: Option<String>,
        #[arg(long, help = crate::help::AMOUNT)]
        amount: String,
        #[arg(long, help = crate::help::CLIENT_ID)]
        client_id: Option<String>,
    },
    /// Reschedule a running loan: what it still owes repaid on new terms from a date.
    Reschedule {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        /// The loan's number.
        #[arg(long)]
        loan: String,
        #[arg(long, help = crate::help::DATE)]
        date: String,
        #[arg(long, help = crate::help::INSTALMENTS)]
        instalments: String,
        #[arg(long, help = crate::help::RATE)]
        rate: Option<String>,
        #[arg(long, help = crate::help::RATE_PERIOD)]
        rate_period: Option<String>,
        #[arg(long, help = crate::help::METHOD)]
        method: Option<String>,
        #[arg(long, help = crate::help::FREQUENCY)]
        frequency: Option<String>,
        /// The debt acknowledgement: who agreed, witnesses, which meeting.
        #[arg(long)]
        agreement: String,
        /// The arrears (old interest unpaid): kept (apart, still due; the default) or folded
        /// into the new instalments, as the committee decides.
        #[arg(long)]
        arrears: Option<String>,
    },
    /// Compute a schedule without a book.
    Schedule {
        /// The principal lent.
        #[arg(long)]
        principal: String,
        #[arg(long, help = crate::help::RATE)]
        rate: String,
        #[arg(long, help = crate::help::RATE_PERIOD, default_value = "month")]
        rate_period: String,
        #[arg(long, help = crate::help::METHOD, default_value = "flat")]
        method: String,
        #[arg(long, help = crate::help::FREQUENCY, default_value = "monthly")]
        frequency: String,
        #[arg(long, help = crate::help::INSTALMENTS)]
        instalments: String,
        /// Periods before the first instalment falls due.
        #[arg(long)]
        grace: Option<String>,
        /// The date the loan starts.
        #[arg(long)]
        start: String,
        #[arg(long, help = crate::help::ROUNDING_UNIT)]
        rounding_unit: Option<String>,
        #[arg(long, help = crate::help::ROUNDING_MODE)]
        rounding_mode: Option<String>,
        /// The currency: INR, BDT or THB.
        #[arg(long, default_value = "INR")]
        currency: String,
        /// calendar (52 weeks a year) or four-weeks (four weeks to a month).
        #[arg(long)]
        interest_period: Option<String>,
    },
}

#[derive(Args)]
struct LoanArgs {
    /// The member's admission number.
    #[arg(long)]
    member: String,
    #[arg(long, help = crate::help::AMOUNT)]
    amount: String,
    /// The fund it is lent from: own-savings (the default), revolving-fund,
    /// community-investment-fund, bank-loan, village-fund-capital or welfare-fund.
    #[arg(long)]
    fund: Option<String>,
    #[arg(long, help = crate::help::RATE)]
    rate: Option<String>,
    #[arg(long, help = crate::help::RATE_PERIOD)]
    rate_period: Option<String>,
    #[arg(long, help = crate::help::METHOD)]
    method: Option<String>,
    #[arg(long, help = crate::help::FREQUENCY)]
    frequency: Option<String>,
    #[arg(long, help = crate::help::INSTALMENTS)]
    instalments: Option<String>,
    /// Periods before the first instalment falls due.
    #[arg(long)]
    grace: Option<String>,
    /// What the loan is for, as the borrower said it.
    #[arg(long, default_value = "")]
    purpose: String,
    /// A guarantor's admission number (repeat for each).
    #[arg(long = "guarantor")]
    guarantors: Vec<String>,
}

/// What a command answers: a message for people and a JSON value for machines.
struct Answer {
    text: String,
    json: serde_json::Value,
    code: u8,
}

impl Answer {
    fn new(text: String, json: serde_json::Value) -> Answer {
        Answer { text, json, code: 0 }
    }
}

/// The command line, with the report names of `samuh report --help` taken from the core's one
/// list (`reports::REPORTS`), so the help cannot miss a report.
/// A command line that cannot be read is answered in the reader's language (clap's own
/// messages are English) with exit code 2, as clap does; help and version print as clap writes them.
fn cli() -> Result<Cli, ExitCode> {
    let reports = samuh::reports::REPORTS.join(", ");
    let cmd = negative_values(Cli::command().mut_subcommand("report", |c| c.mut_arg("name", |a| a.help(format!("The report: {reports}.")))));
    match cmd.clone().try_get_matches() {
        Ok(m) => Cli::from_arg_matches(&m).map_err(|e| usage_error(&cmd, e)),
        Err(e) => Err(usage_error(&cmd, e)),
    }
}

/// `--amount -5` gives the value "-5" (which the core refuses as a negative amount, in her
/// language) rather than clap taking it for an unknown option.
fn negative_values(c: clap::Command) -> clap::Command {
    c.mut_args(|a| if a.get_action().takes_values() { a.allow_negative_numbers(true) } else { a }).mut_subcommands(negative_values)
}

/// Says in the reader's language what is wrong with the command line: what is missing, which
/// word is not an option (and the one meant, when clap can tell), which value is not taken
/// (with the choices), which command does not exist; each with the `--help` to read.
fn usage_error(cmd: &clap::Command, e: clap::Error) -> ExitCode {
    use clap::error::{ContextKind as C, ContextValue as V, ErrorKind as K};
    use clap::parser::ValueSource;
    if matches!(e.kind(), K::DisplayHelp | K::DisplayVersion) {
        e.exit()
    }
    // What can still be read of the line: the language, the digits, --json and the command's words.
    let loose = cmd.clone().ignore_errors(true).try_get_matches().ok();
    let (mut path, mut lang, mut digits, mut json) = (vec!["samuh".to_string()], Lang::En, Digits::Latin, false);
    let mut level = loose.as_ref();
    while let Some(m) = level {
        // (`try_get_one`: a lookup that cannot panic, whatever the line held.)
        let given = |id: &str| m.value_source(id) == Some(ValueSource::CommandLine);
        let text = |id: &str| m.try_get_one::<String>(id).ok().flatten().filter(|_| given(id));
        lang = text("lang").and_then(|v| Lang::from_code(v)).unwrap_or(lang);
        if text("digits").is_some_and(|d| d == "native") {
            digits = Digits::Native;
        }
        json |= given("json") && m.try_get_one::<bool>("json").ok().flatten().copied().unwrap_or(false);
        level = m.subcommand().map(|(name, sub)| {
            path.push(name.to_string());
            sub
        });
    }
    let mut locale = Locale::new(lang);
    locale.digits = digits;
    let l = Localizer::new(locale);
    let text = |k: C| match e.get(k) {
        Some(V::String(s)) => s.clone(),
        Some(V::Strings(v)) => v.join(", "),
        Some(V::StyledStr(s)) => s.to_string(),
        Some(V::StyledStrs(v)) => v.iter().map(|s| s.to_string()).collect::<Vec<_>>().join(", "),
        Some(V::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let help = Arg::Text(format!("{} --help", path.join(" ")));
    let t = |s: String| Arg::Text(s);
    // The command the line reached, and the commands it has (`samuh loan` has disburse, repay…).
    let reached = path.iter().skip(1).try_fold(cmd, |c, name| c.find_subcommand(name));
    let commands: Vec<String> = reached.map(|c| c.get_subcommands().map(|s| s.get_name().to_string()).filter(|n| n != "help").collect()).unwrap_or_default();
    let no_command = matches!(e.kind(), K::MissingSubcommand | K::DisplayHelpOnMissingArgumentOrSubcommand) && !commands.is_empty();
    if e.kind() == K::DisplayHelpOnMissingArgumentOrSubcommand && !no_command {
        e.exit()
    }
    let (code, args) = match e.kind() {
        _ if no_command => ("cli-usage-no-command", vec![("command", t(path.join(" "))), ("commands", t(commands.join(", "))), ("help", help)]),
        K::MissingRequiredArgument => ("cli-usage-missing", vec![("args", t(text(C::InvalidArg))), ("help", help)]),
        K::UnknownArgument => ("cli-usage-unknown", vec![("arg", t(text(C::InvalidArg))), ("help", help)]),
        K::InvalidValue | K::ValueValidation | K::InvalidUtf8 if !text(C::ValidValue).is_empty() => (
            "cli-usage-value-choices",
            vec![("arg", t(text(C::InvalidArg))), ("value", t(text(C::InvalidValue))), ("choices", t(text(C::ValidValue)))],
        ),
        K::InvalidValue | K::ValueValidation | K::InvalidUtf8 => {
            ("cli-usage-value", vec![("arg", t(text(C::InvalidArg))), ("value", t(text(C::InvalidValue))), ("help", help)])
        }
        K::InvalidSubcommand => ("cli-usage-command", vec![("command", t(text(C::InvalidSubcommand))), ("help", help)]),
        K::ArgumentConflict if text(C::InvalidArg) == text(C::PriorArg) => ("cli-usage-twice", vec![("arg", t(text(C::InvalidArg)))]),
        K::ArgumentConflict => ("cli-usage-conflict", vec![("arg", t(text(C::InvalidArg))), ("other", t(text(C::PriorArg)))]),
        _ if text(C::InvalidArg).is_empty() => ("cli-usage-other-line", vec![("help", help)]),
        _ => ("cli-usage-other", vec![("arg", t(text(C::InvalidArg))), ("help", help)]),
    };
    let mut message = l.msg(code, &args);
    let suggested = [text(C::SuggestedArg), text(C::SuggestedSubcommand), text(C::SuggestedValue)].into_iter().find(|s| !s.is_empty());
    if let Some(s) = suggested {
        message.push(' ');
        message.push_str(&l.msg("cli-usage-did-you-mean", &[("word", Arg::Text(s))]));
    }
    say_refusal(&l, json, code, &args, &message);
    ExitCode::from(2)
}

/// A date she typed, said back in her calendar and digits (as typed, should it not read).
fn said_date(typed: &str, ctx: &Ctx) -> Arg {
    app::typed_date(typed, ctx).map(Arg::Date).unwrap_or_else(|_| Arg::Text(typed.to_string()))
}

fn main() -> ExitCode {
    let cli = match cli() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    let lang = Lang::from_code(&cli.lang).unwrap_or(Lang::En);
    let mut locale = Locale::new(lang);
    if let Some(d) = cli.digits.as_deref() {
        locale.digits = if d == "native" { Digits::Native } else { Digits::Latin };
    }
    if let Some(c) = cli.calendar.as_deref() {
        locale.calendar = match c {
            "buddhist" => Calendar::Buddhist,
            "bangabda" => Calendar::Bangabda,
            _ => Calendar::Gregorian,
        };
    }
    let l10n = Localizer::new(locale);
    if Lang::from_code(&cli.lang).is_none() {
        let e = Error::InvalidChoice { field: "language".into(), value: cli.lang.clone() };
        return fail(&l10n, cli.json, &e);
    }
    // A misspelt digits or calendar is refused, not read as Latin digits or the Gregorian calendar.
    for (field, given, known) in [("digits", &cli.digits, &["latin", "native"][..]), ("calendar", &cli.calendar, &["gregorian", "buddhist", "bangabda"][..])] {
        if let Some(v) = given.as_deref().filter(|v| !known.contains(v)) {
            return fail(&l10n, cli.json, &Error::InvalidChoice { field: field.into(), value: v.to_string() });
        }
    }
    // A bug must not reach the reader as Rust's panic text: the hook says it in their language
    // (with the panic's own words and place, for whoever fixes it). A panic inside a save
    // unwinds through its transaction, which SQLite then rolls back.
    std::panic::set_hook(Box::new(move |info| {
        let place = info.location().map(|l| format!(" {}:{}", l.file(), l.line())).unwrap_or_default();
        let what = info.payload().downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| info.payload().downcast_ref::<String>().cloned()).unwrap_or_default();
        let msg = Localizer::new(locale).msg("cli-internal-error", &[("detail", Arg::Text(format!("{what}{place}")))]);
        let _ = emit(Stream::Err, &format!("{msg}\n"));
    }));
    let outcome = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(&cli, lang, &l10n))) {
        Ok(outcome) => outcome,
        Err(_) => return ExitCode::from(4),
    };
    match outcome {
        Ok(a) => {
            let out = if cli.json {
                format!("{}\n", serde_json::to_string_pretty(&a.json).expect("json"))
            } else if !a.text.is_empty() {
                format!("{}\n", a.text.trim_end())
            } else {
                String::new()
            };
            match emit(Stream::Out, &out) {
                Ok(()) => ExitCode::from(a.code),
                Err(e) => fail(&l10n, cli.json, &Error::Store(StoreError::FileUnwritable { path: "stdout".into(), detail: e.to_string() })),
            }
        }
        Err(e) => fail(&l10n, cli.json, &e),
    }
}

#[derive(Clone, Copy)]
enum Stream {
    Out,
    Err,
}

/// Writes `text` through a locked handle. A reader that stopped reading (`samuh export journal
/// | head -1`) ends the output quietly: `println!` would panic on the broken pipe (Rust ignores
/// SIGPIPE, so the write fails with EPIPE), and resetting SIGPIPE is not portable to Windows.
/// Any other failure (a full disk under `> file`) is answered, so a cut-short export is never
/// taken for a whole one.
fn emit(stream: Stream, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let written = match stream {
        Stream::Out => {
            let mut o = std::io::stdout().lock();
            o.write_all(text.as_bytes()).and_then(|()| o.flush())
        }
        Stream::Err => {
            let mut e = std::io::stderr().lock();
            e.write_all(text.as_bytes()).and_then(|()| e.flush())
        }
    };
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

fn fail(l10n: &Localizer, json: bool, e: &Error) -> ExitCode {
    say_refusal(l10n, json, e.code(), &e.args(), &l10n.cli_error(e));
    ExitCode::from(1)
}

/// A refusal on stderr: "Error: message" in the reader's language, or with --json its code,
/// its arguments (locale-free) and the message.
fn say_refusal(l10n: &Localizer, json: bool, code: &str, args: &[(&str, Arg)], message: &str) {
    if json {
        let args: serde_json::Map<String, serde_json::Value> = args.iter().map(|(k, v)| (k.to_string(), serde_json::Value::String(v.plain()))).collect();
        let v = serde_json::json!({"error": {"code": code, "args": args, "message": message}});
        // Nowhere left to say it if stderr fails too: the exit code still says it.
        let _ = emit(Stream::Err, &format!("{}\n", serde_json::to_string_pretty(&v).expect("json")));
    } else {
        let _ = emit(Stream::Err, &format!("{}: {}\n", l10n.msg("cli-error", &[]), message));
    }
}

fn today(cli: &Cli, lang: Lang) -> Result<NaiveDate, Error> {
    match &cli.today {
        Some(s) => samuh::i18n::parse_date(s, lang, "date"),
        None => Ok(Local::now().date_naive()),
    }
}

fn book_path(cli: &Cli) -> PathBuf {
    cli.db.clone().or_else(|| std::env::var_os("SAMUH_DB").map(PathBuf::from)).unwrap_or_else(|| PathBuf::from("samuh.db"))
}

/// A secret from the environment variable named `var`, else asked on the terminal (no echo),
/// else None (no terminal: the caller's error says a passphrase is needed).
fn secret(var: Option<&str>, prompt: &str) -> Option<zeroize::Zeroizing<String>> {
    if let Some(v) = var {
        return std::env::var(v).ok().map(zeroize::Zeroizing::new);
    }
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() {
        return None;
    }
    rpassword::prompt_password(format!("{prompt} ")).ok().map(zeroize::Zeroizing::new)
}

/// A new passphrase: from the variable, or asked twice.
fn new_passphrase(var: Option<&str>, l: &Localizer) -> Result<zeroize::Zeroizing<String>, Error> {
    let too_short = Error::Store(StoreError::PassphraseTooShort { min: samuh::store::MIN_PASSPHRASE_CHARS as i64 });
    if var.is_some() {
        return secret(var, "").ok_or(too_short);
    }
    let first = secret(None, &l.msg("passphrase-new-prompt", &[])).ok_or(too_short.clone())?;
    if first.chars().count() < samuh::store::MIN_PASSPHRASE_CHARS {
        return Err(too_short);
    }
    let again = secret(None, &l.msg("passphrase-repeat-prompt", &[])).ok_or(too_short)?;
    if *first != *again {
        return Err(Error::PassphraseMismatch);
    }
    Ok(first)
}

fn open(cli: &Cli) -> Result<Store, Error> {
    let path = book_path(cli);
    if !samuh::store::is_encrypted(&path) {
        return Ok(Store::open(&path)?);
    }
    let lang = Lang::from_code(&cli.lang).unwrap_or(Lang::En);
    let l = Localizer::new(Locale::new(lang));
    match secret(cli.passphrase_env.as_deref(), &l.msg("passphrase-prompt", &[])) {
        Some(p) => app::book_open(&path, samuh::store::Unlock::Passphrase(&p)),
        None => app::book_open(&path, samuh::store::Unlock::None),
    }
}

/// The book for `init` and `demo`, the only commands that make one: a new book when there is no
/// file (or an empty one), else the book there as `open` opens it.
fn create(cli: &Cli) -> Result<Store, Error> {
    let path = book_path(cli);
    if samuh::store::is_encrypted(&path) {
        return open(cli);
    }
    Ok(Store::open_or_create(&path)?)
}

fn encrypted_text(l: &Localizer, info: &app::Encrypted) -> String {
    let envelope = Arg::Text(info.envelope.clone());
    format!(
        "{}\n{}\n\n    {}\n\n{}\n",
        l.msg("encrypt-done", &[("path", Arg::Text(info.path.clone())), ("envelope", envelope)]),
        l.msg("encrypt-recovery-code", &[]),
        info.recovery_code,
        l.msg("encrypt-code-unseen", &[])
    )
}

/// A PIN from the environment variable `var`, or typed on the terminal with echo off. Never
/// from the command line, where other users of the computer could see it.
fn pin(var: &str, person: &str, l: &Localizer) -> Result<String, Error> {
    if let Ok(p) = std::env::var(var) {
        return Ok(p);
    }
    use std::io::{BufRead, IsTerminal, Write};
    if !std::io::stdin().is_terminal() {
        return Err(Error::Required { field: "pin".into() });
    }
    let _ = emit(Stream::Err, &format!("{} ", l.msg("cli-pin-prompt", &[("person", Arg::Text(person.to_string()))])));
    let _ = std::io::stderr().flush();
    let stty = |arg: &str| std::process::Command::new("stty").arg(arg).stdin(std::process::Stdio::inherit()).status();
    let _ = stty("-echo");
    let mut line = String::new();
    let read = std::io::stdin().lock().read_line(&mut line);
    let _ = stty("echo");
    let _ = emit(Stream::Err, "\n");
    read.map_err(|e| Error::Store(StoreError::FileUnreadable { path: "stdin".into(), reason: samuh::error::IoReason::of_io(&e), detail: e.to_string() }))?;
    Ok(line.trim().to_string())
}

fn read_json<T: serde::de::DeserializeOwned>(path: &PathBuf, kind: app::InputFile) -> Result<T, Error> {
    let p = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| Error::Store(StoreError::FileUnreadable { path: p.clone(), reason: samuh::error::IoReason::of_io(&e), detail: e.to_string() }))?;
    app::parse_input_file(&bytes, &p, kind)
}

fn write_file(path: &PathBuf, bytes: &[u8]) -> Result<(), Error> {
    std::fs::write(path, bytes).map_err(|e| Error::Store(StoreError::FileUnwritable { path: path.display().to_string(), detail: e.to_string() }))
}

/// Writes a document the core made and answers "written: <path>" (and the path in JSON).
fn write_document(l: &Localizer, out: &PathBuf, bytes: &[u8]) -> Result<Answer, Error> {
    write_file(out, bytes)?;
    let path = out.display().to_string();
    Ok(Answer::new(l.msg("cli-written", &[("path", Arg::Text(path.clone()))]), serde_json::json!({"written": [path]})))
}

fn run(cli: &Cli, lang: Lang, l: &Localizer) -> Result<Answer, Error> {
    let today = today(cli, lang)?;
    // Recorded timestamps: the real time, unless a fixed `--today` asks for reproducible output.
    let now = match &cli.today {
        Some(_) => format!("{}T00:00:00", today.format("%Y-%m-%d")),
        None => Local::now().format("%Y-%m-%dT%H:%M:%S").to_string(),
    };
    let mut ctx = Ctx::new(today, &now, lang);
    if let Some(name) = &cli.actor {
        ctx.actor = Some(app::Actor::new(name, &pin("SAMUH_PIN", name, l)?));
    }
    if let Some(name) = &cli.approver {
        ctx.approver = Some(app::Actor::new(name, &pin("SAMUH_APPROVER_PIN", name, l)?));
    }
    let saved = |s: app::Saved, l: &Localizer| -> Answer {
        let id = if s.already_recorded { "cli-already-recorded" } else { "cli-saved" };
        let mut text = l.msg(id, &[("voucher", Arg::Text(s.voucher.clone())), ("org", Arg::Text(s.org.clone()))]);
        // The book code goes into the minutes the members sign.
        if !s.book_code.is_empty() {
            text.push('\n');
            text.push_str(&l.msg("book-code-line", &[("code", Arg::Text(s.book_code.clone()))]));
        }
        Answer::new(text, serde_json::to_value(&s).expect("json"))
    };
    match &cli.cmd {
        Cmd::Event(e) => events::run(e, cli, &ctx, l, &saved),
        Cmd::Welfare(c) => welfare::run(c, cli, &ctx, l, &saved),
        Cmd::Receipts(a) => followup::receipts(&open(cli)?, &ctx, l, a),
        Cmd::Acknowledgement(a) => followup::acknowledgement(&open(cli)?, &ctx, l, a),
        Cmd::Followup(c) => followup::run(c, cli, &ctx, l),
        Cmd::Household(c) => household::run(c, cli, &ctx, l),
        Cmd::Init { encrypt: false } => {
            let s = create(cli)?;
            Ok(Answer::new(l.msg("cli-book-ready", &[("path", Arg::Text(s.path().to_string()))]), serde_json::json!({"path": s.path()})))
        }
        Cmd::Init { encrypt: true } | Cmd::Encrypt => {
            let path = book_path(cli);
            let pass = new_passphrase(cli.passphrase_env.as_deref(), l)?;
            let (_s, info) = match cli.cmd {
                Cmd::Encrypt => app::book_encrypt(&path, &pass)?,
                _ => app::book_create_encrypted(&path, &pass)?,
            };
            Ok(Answer::new(encrypted_text(l, &info), serde_json::to_value(&info).expect("json")))
        }
        Cmd::Passphrase(PassphraseCmd::Change { new_passphrase_env }) => {
            let s = open(cli)?;
            let new = new_passphrase(new_passphrase_env.as_deref(), l)?;
            app::passphrase_change(&s, &new)?;
            Ok(Answer::new(l.msg("passphrase-changed", &[("path", Arg::Text(s.path().to_string()))]), serde_json::json!({"path": s.path()})))
        }
        Cmd::Recover { code, new_passphrase_env } => {
            let path = book_path(cli);
            let code = match code {
                Some(c) => zeroize::Zeroizing::new(c.clone()),
                None => secret(None, &l.msg("encrypt-recovery-code", &[])).ok_or(Error::Store(StoreError::RecoveryCodeMistyped))?,
            };
            let s = app::book_open(&path, samuh::store::Unlock::RecoveryCode(&code))?;
            let new = new_passphrase(new_passphrase_env.as_deref(), l)?;
            app::passphrase_change(&s, &new)?;
            Ok(Answer::new(l.msg("passphrase-changed", &[("path", Arg::Text(s.path().to_string()))]), serde_json::json!({"path": s.path()})))
        }
        Cmd::RecoveryCode(c) => recovery::run(cli, c, l),
        Cmd::Demo => {
            let mut s = create(cli)?;
            let summary = samuh::demo::demo_create(&mut s, today)?;
            let mut text = l.msg("cli-demo-created", &[("path", Arg::Text(s.path().to_string()))]);
            // Every organisation the demo made (the summary's loan figures are the groups'), with
            // its kind in her language.
            for o in s.read().orgs()? {
                text.push_str(&format!("\n  {}\t{}", o.code, l.vocab("kind", o.kind.code())));
            }
            Ok(Answer::new(text, serde_json::to_value(&summary).expect("json")))
        }
        Cmd::Org(OrgCmd::Add(a)) => {
            let mut s = open(cli)?;
            let input = app::OrgInput {
                code: a.code.clone(),
                name: a.name.clone(),
                kind: a.kind.clone(),
                country: a.country.clone(),
                lang: a.org_lang.clone(),
                fiscal_start: a.fiscal_start.clone(),
                meeting_frequency: a.frequency.clone(),
                formed_on: a.formed_on.clone(),
                parent: a.parent.clone(),
                place: a.place.clone(),
                client_id: None,
            };
            let id = app::org_add(&mut s, &ctx, &input)?;
            Ok(Answer::new(l.msg("cli-org-added", &[("org", Arg::Text(a.code.clone()))]), serde_json::json!({"id": id, "code": a.code})))
        }
        Cmd::Org(OrgCmd::List) => {
            let s = open(cli)?;
            let orgs = s.read().orgs()?;
            let text = orgs
                .iter()
                .map(|o| format!("{}\t{}\t{}\t{}", o.code, o.name, l.vocab("kind", o.kind.code()), o.currency.code()))
                .collect::<Vec<_>>()
                .join("\n");
            let json = orgs.iter().map(|o| serde_json::json!({"code": o.code, "name": o.name, "kind": o.kind.code(), "currency": o.currency.code()})).collect();
            Ok(Answer::new(text, serde_json::Value::Array(json)))
        }
        Cmd::Person(PersonCmd::Add { name, role, org }) => {
            let mut s = open(cli)?;
            let new_pin = pin("SAMUH_NEW_PIN", name, l)?;
            let input = app::PersonInput { name: name.clone(), role: role.clone(), org: org.clone(), pin: new_pin, client_id: None };
            let id = app::person_enrol(&mut s, &ctx, &input)?;
            let text = l.msg("cli-person-added", &[("person", Arg::Text(name.clone())), ("role", Arg::Text(l.msg(&format!("role-{}", role.trim()), &[])))]);
            Ok(Answer::new(text, serde_json::json!({"id": id})))
        }
        Cmd::Person(PersonCmd::List) => {
            let s = open(cli)?;
            let people = app::person_list(&s)?;
            let text = if people.is_empty() {
                l.msg("cli-people-none", &[])
            } else {
                people
                    .iter()
                    .map(|p| format!("{}\t{}\t{}", p.name, l.msg(&format!("role-{}", p.role), &[]), p.org.clone().unwrap_or_else(|| "*".into())))
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            Ok(Answer::new(text, serde_json::to_value(&people).expect("json")))
        }
        Cmd::Person(PersonCmd::Pin) => {
            let mut s = open(cli)?;
            let who = ctx.actor.as_ref().map(|a| a.name.clone()).ok_or(Error::ActorRequired)?;
            let new_pin = pin("SAMUH_NEW_PIN", &who, l)?;
            app::person_pin_change(&mut s, &ctx, &new_pin, None)?;
            Ok(Answer::new(l.msg("cli-pin-changed", &[("person", Arg::Text(who))]), serde_json::json!({"ok": true})))
        }
        Cmd::Member(MemberCmd::Erase { org, no }) => {
            let mut s = open(cli)?;
            app::member_erase(&mut s, &ctx, org, no, None)?;
            Ok(Answer::new(l.msg("cli-member-erased", &[("member", Arg::Text(no.clone()))]), serde_json::json!({"ok": true})))
        }
        Cmd::Member(MemberCmd::Add { org, no, name, role, joined_on, nominee, phone, id_last4 }) => {
            let mut s = open(cli)?;
            let input = app::MemberInput {
                org: org.clone(),
                admission_no: no.clone(),
                name: name.clone(),
                role: role.clone(),
                joined_on: joined_on.clone(),
                nominee: nominee.clone(),
                phone: phone.clone(),
                id_last4: id_last4.clone(),
                client_id: None,
            };
            let id = app::member_add(&mut s, &ctx, &input)?;
            Ok(Answer::new(l.msg("cli-member-added", &[("member", Arg::Text(format!("{no} {name}")))]), serde_json::json!({"id": id})))
        }
        Cmd::Member(MemberCmd::List { org }) => {
            let s = open(cli)?;
            let b = s.read();
            let o = b.org_by_code(org)?.ok_or_else(|| Error::UnknownOrganisation { org: org.clone() })?;
            let ms = b.members(o.id)?;
            let text = ms
                .iter()
                .map(|m| format!("{}\t{}\t{}\t{}", m.admission_no, m.name, l.vocab("role", m.role.code()), l.date(m.joined_on)))
                .collect::<Vec<_>>()
                .join("\n");
            let json = ms
                .iter()
                .map(|m| serde_json::json!({"no": m.admission_no, "name": m.name, "role": m.role.code(), "joined_on": m.joined_on.to_string(), "exited_on": m.exited_on.map(|d| d.to_string())}))
                .collect();
            Ok(Answer::new(text, serde_json::Value::Array(json)))
        }
        Cmd::Member(MemberCmd::Import { org, file, dry_run }) => {
            let p = file.display().to_string();
            let bytes = std::fs::read(file).map_err(|e| Error::Store(StoreError::FileUnreadable { path: p.clone(), reason: samuh::error::IoReason::of_io(&e), detail: e.to_string() }))?;
            let text = samuh::app::input_file_text(&bytes, &p, app::InputFile::MemberCsv)?;
            let mut s = open(cli)?;
            let r = app::members_import_report(&mut s, &ctx, org, &text, *dry_run)?;
            let json_of = |r: &app::MemberImport| serde_json::json!({
                "dry_run": dry_run,
                "accepted": r.accepted.iter().map(|m| serde_json::json!({"line": m.line, "no": m.admission_no, "name": m.name, "role": m.role, "joined_on": m.joined_on.map(|d| d.to_string()), "id_last4": m.id_last4})).collect::<Vec<_>>(),
                "rejected": r.rejected.iter().map(|x| serde_json::json!({"line": x.line, "problems": x.problems.iter().map(|p| serde_json::json!({"column": p.column, "code": p.error.code(), "message": l.cli_error(&p.error)})).collect::<Vec<_>>()})).collect::<Vec<_>>(),
            });
            if r.accepted.is_empty() {
                // Every row refused: each row's reason is said before the refusal itself, in
                // text and in JSON, dry run or not (the book is unchanged).
                let e = Error::NothingToImport { rejected: r.rejected.len() as i64 };
                if cli.json {
                    let mut v = json_of(&r);
                    v["error"] = serde_json::json!({"code": e.code(), "message": l.cli_error(&e)});
                    let _ = emit(Stream::Out, &format!("{}\n", serde_json::to_string_pretty(&v).expect("json")));
                } else {
                    for line in r.report_lines(l) {
                        let _ = emit(Stream::Err, &format!("{line}\n"));
                    }
                }
                return Err(e);
            }
            let mut text = r.report_lines(l);
            text.push(l.msg("member-import-done", &[("count", Arg::Count(r.accepted.len() as i64))]));
            if *dry_run {
                text.push(l.msg("member-import-dry-run", &[]));
            }
            Ok(Answer::new(text.join("\n"), json_of(&r)))
        }
        Cmd::Member(MemberCmd::Exit { org, no, date }) => {
            let mut s = open(cli)?;
            app::member_exit(&mut s, &ctx, org, no, date, None)?;
            Ok(Answer::new(l.msg("cli-member-exited", &[("member", Arg::Text(no.clone()))]), serde_json::json!({"ok": true})))
        }
        Cmd::Policy(PolicyCmd::Set(p)) => {
            let mut s = open(cli)?;
            let input = app::PolicyInput {
                org: p.org.clone(),
                effective_from: p.from.clone(),
                saving_per_meeting: p.saving.clone(),
                interest_rate: p.rate.clone(),
                rate_period: p.rate_period.clone(),
                interest_method: p.method.clone(),
                repayment_frequency: p.frequency.clone(),
                default_instalments: p.instalments.clone(),
                fine_absent: p.fine_absent.clone(),
                fine_late: p.fine_late.clone(),
                fine_late_instalment: p.fine_late_instalment.clone(),
                loan_cap: p.loan_cap.clone(),
                loan_cap_savings_multiple: p.loan_cap_multiple.clone(),
                guarantors_required: p.guarantors.clone(),
                rounding_unit: p.rounding_unit.clone(),
                rounding_mode: p.rounding_mode.clone(),
                allocation_order: p.allocation_order.clone(),
                allow_prepayment: p.allow_prepayment,
                approval_threshold: p.approval_threshold.clone(),
                loan_cap_scope: p.loan_cap_scope.clone(),
                interest_period: p.interest_period.clone(),
                client_id: None,
            };
            let id = app::policy_set(&mut s, &ctx, &input)?;
            Ok(Answer::new(l.msg("cli-policy-set", &[("org", Arg::Text(p.org.clone()))]), serde_json::json!({"id": id})))
        }
        Cmd::Opening(FileCmd::Record { file }) => {
            let input: app::OpeningInput = read_json(file, app::InputFile::Opening)?;
            let mut s = open(cli)?;
            Ok(saved(app::opening_record(&mut s, &ctx, &input)?, l))
        }
        Cmd::Meeting(meeting::MeetingCmd::Summary(a)) => meeting::summary(&open(cli)?, &ctx, l, a),
        Cmd::Meeting(meeting::MeetingCmd::Record { file }) => {
            let input: app::MeetingInput = read_json(file, app::InputFile::Meeting)?;
            let mut s = open(cli)?;
            let r = app::meeting_record(&mut s, &ctx, &input)?;
            if r.voucher.is_empty() {
                // Attendance and minutes only: there is no voucher to name, so say what was kept.
                let on = samuh::i18n::parse_date(&input.date, ctx.lang, "meeting-date")?;
                let id = if r.already_recorded { "cli-meeting-already-recorded-no-money" } else { "cli-meeting-saved-no-money" };
                let mut text = l.msg(id, &[("date", Arg::Date(on)), ("org", Arg::Text(r.org.clone()))]);
                if !r.book_code.is_empty() {
                    text.push('\n');
                    text.push_str(&l.msg("book-code-line", &[("code", Arg::Text(r.book_code.clone()))]));
                }
                return Ok(Answer::new(text, serde_json::to_value(&r).expect("json")));
            }
            Ok(saved(r, l))
        }
        Cmd::Loan(LoanCmd::Disburse { org, date, loan, client_id }) => {
            let mut s = open(cli)?;
            let input = app::DisburseInput {
                org: org.clone(),
                date: date.clone(),
                loan: app::LoanInput {
                    member: loan.member.clone(),
                    amount: loan.amount.clone(),
                    fund: loan.fund.clone(),
                    rate: loan.rate.clone(),
                    rate_period: loan.rate_period.clone(),
                    method: loan.method.clone(),
                    frequency: loan.frequency.clone(),
                    instalments: loan.instalments.clone(),
                    grace: loan.grace.clone(),
                    purpose: loan.purpose.clone(),
                    guarantors: loan.guarantors.clone(),
                },
                client_id: client_id.clone(),
            };
            Ok(saved(app::loan_disburse(&mut s, &ctx, &input)?, l))
        }
        Cmd::Loan(LoanCmd::Repay { org, date, member, loan, amount, client_id }) => {
            let mut s = open(cli)?;
            let input = app::RepayInput {
                org: org.clone(),
                date: date.clone(),
                member: member.clone(),
                loan: loan.clone(),
                amount: amount.clone(),
                client_id: client_id.clone(),
            };
            Ok(saved(app::loan_repay(&mut s, &ctx, &input)?, l))
        }
        Cmd::Loan(LoanCmd::Reschedule { org, loan, date, instalments, rate, rate_period, method, frequency, agreement, arrears }) => {
            let mut s = open(cli)?;
            let input = app::RescheduleInput {
                org: org.clone(),
                loan: loan.clone(),
                date: date.clone(),
                rate: rate.clone(),
                rate_period: rate_period.clone(),
                method: method.clone(),
                frequency: frequency.clone(),
                instalments: instalments.clone(),
                agreement: agreement.clone(),
                arrears: arrears.clone(),
                client_id: None,
            };
            let id = app::loan_reschedule(&mut s, &ctx, &input)?;
            Ok(Answer::new(l.msg("cli-rescheduled", &[("loan", Arg::Text(loan.clone()))]), serde_json::json!({"id": id})))
        }
        Cmd::Loan(LoanCmd::Schedule { principal, rate, rate_period, method, frequency, instalments, grace, start, rounding_unit, rounding_mode, currency, interest_period }) => {
            let input = app::ScheduleInput {
                principal: principal.clone(),
                rate: rate.clone(),
                rate_period: rate_period.clone(),
                method: method.clone(),
                frequency: frequency.clone(),
                instalments: instalments.clone(),
                grace: grace.clone(),
                start: start.clone(),
                rounding_unit: rounding_unit.clone(),
                rounding_mode: rounding_mode.clone(),
                currency: currency.clone(),
                interest_period: interest_period.clone(),
            };
            let (_terms, sched) = app::loan_schedule_preview(&ctx, &input)?;
            let currency = samuh::domain::money::Currency::from_code(currency).unwrap_or(samuh::domain::money::Currency::Inr);
            let report = samuh::reports::schedule_report(&sched, currency);
            Ok(Answer::new(samuh::render::render_text(&report, l), samuh::render::render_json(&report)))
        }
        Cmd::Reverse { org, voucher, meeting: Some(meeting), reason, date, client_id } if voucher.is_none() => {
            let mut s = open(cli)?;
            let input = app::MeetingReverseInput { org: org.clone(), meeting: meeting.clone(), reason: reason.clone(), date: date.clone(), client_id: client_id.clone() };
            let r = app::meeting_reverse(&mut s, &ctx, &input)?;
            let held = chrono::NaiveDate::parse_from_str(&r.meeting_date, "%Y-%m-%d").map_err(|e| samuh::Error::Store(StoreError::Database { detail: e.to_string() }))?;
            let mut text = l.msg(
                "cli-meeting-reversed",
                &[("date", Arg::Date(held)), ("originals", Arg::Text(r.originals.join(", "))), ("reversals", Arg::Text(r.reversals.join(", "))), ("org", Arg::Text(r.org.clone()))],
            );
            text.push('\n');
            text.push_str(&l.msg("book-code-line", &[("code", Arg::Text(r.book_code.clone()))]));
            Ok(Answer::new(text, serde_json::to_value(&r).expect("json")))
        }
        Cmd::Reverse { org, voucher, reason, date, client_id, .. } => {
            let mut s = open(cli)?;
            let voucher = voucher.clone().ok_or(samuh::Error::Required { field: "voucher".into() })?;
            let input = app::ReverseInput { org: org.clone(), voucher, reason: reason.clone(), date: date.clone(), client_id: client_id.clone() };
            Ok(saved(app::reverse(&mut s, &ctx, &input)?, l))
        }
        Cmd::Year(cmd) => year::run(cli, cmd, &ctx, l),
        Cmd::Vsla(cmd) => vsla::run(cli, cmd, &ctx, l),
        Cmd::Report { name, org, member, from, to, sort, group, format, iso_dates } => {
            let s = open(cli)?;
            let report = match group {
                Some(group) => app::group_register(&s, &ctx, &app::GroupRegisterInput { org: org.clone(), group: group.clone(), name: name.clone(), from: from.clone(), to: to.clone() })?,
                None => {
                    let params = app::ReportParams { org: org.clone(), name: name.clone(), member: member.clone(), from: from.clone(), to: to.clone(), sort: sort.clone() };
                    app::report(&s, &ctx, &params)?
                }
            };
            let json = samuh::render::render_json(&report);
            let text = match format.as_str() {
                "text" => samuh::render::render_text(&report, l),
                "csv" => samuh::render::render_csv(&report, l, samuh::render::CsvStyle { localized: !*iso_dates }),
                "json" => serde_json::to_string_pretty(&json).expect("json"),
                other => return Err(Error::InvalidChoice { field: "format".into(), value: other.to_string() }),
            };
            Ok(Answer::new(text, json))
        }
        Cmd::Bundle(b) => bundle::run(cli, &ctx, l, b),
        Cmd::Export { what, org, to, .. } if what == "parquet" => bundle::export_parquet(cli, l, org.as_deref(), to.as_deref()),
        Cmd::Export { what, format, org, .. } => {
            if what != "journal" {
                return Err(Error::InvalidChoice { field: "kind".into(), value: what.clone() });
            }
            let s = open(cli)?;
            let fmt = match format.as_str() {
                "ledger" => app::JournalFormat::Ledger,
                "beancount" => app::JournalFormat::Beancount,
                other => return Err(Error::InvalidChoice { field: "format".into(), value: other.to_string() }),
            };
            let text = app::export_journal(&s, org.as_deref(), fmt)?;
            Ok(Answer::new(text.clone(), serde_json::json!({"journal": text})))
        }
        Cmd::Check { org, code: Some(code) } => {
            let org = org.clone().ok_or_else(|| Error::Required { field: "org".into() })?;
            let verified = open(cli).and_then(|s| app::verify_code(&s, &org, code));
            let m = match verified {
                Err(e) if app::is_damage(&e) => {
                    // The damage, said as the full check says it, and the exit of a failed check.
                    let r = app::CheckReport::damaged(1);
                    let f = &r.findings[0];
                    let args: Vec<(&str, Arg)> = f.args.iter().map(|(k, v)| (k.as_str(), Arg::Text(v.clone()))).collect();
                    let mut a = Answer::new(l.msg(f.id, &args), serde_json::to_value(&r).expect("json"));
                    a.code = 3;
                    return Ok(a);
                }
                other => other?,
            };
            let mut a = Answer::new(l.msg(m.message, &m.message_args()), serde_json::to_value(&m).expect("json"));
            if !m.status.is_match() {
                a.code = 3;
            }
            Ok(a)
        }
        Cmd::Backup { dir, keep, copy_to } => {
            let s = open(cli)?;
            let now = Local::now().naive_local();
            let info = match copy_to {
                Some(target) => app::copy_to(&s, target, now)?,
                None => app::backup_now(&s, dir, *keep, now)?,
            };
            let mut text = l.msg("backup-written", &[("path", Arg::Text(info.path.clone()))]);
            for r in &info.removed {
                text.push('\n');
                text.push_str(&l.msg("backup-removed", &[("path", Arg::Text(r.clone()))]));
            }
            Ok(Answer::new(text, serde_json::to_value(&info).expect("json")))
        }
        Cmd::Restore { from, to } => {
            // On a new computer there is no book yet: the backup is compared with an empty book
            // and restored as a new one (`--to`, which may be the --db path itself).
            let s = match open(cli) {
                Err(Error::Store(StoreError::BookMissing { .. }) | Error::Store(StoreError::BookEmpty { .. })) => Store::open_in_memory()?,
                other => other?,
            };
            let diff = app::restore_preview(&s, from)?;
            let mut lines = Vec::new();
            for (label, books) in [("restore-current", &diff.current), ("restore-backup", &diff.backup)] {
                lines.push(l.msg(label, &[]));
                for b in books.iter() {
                    let money = |v: &str| samuh::domain::money::Money::parse_plain(v, samuh::domain::money::Currency::Inr).map(|m| l.amount(m)).unwrap_or_else(|_| v.to_string());
                    lines.push(format!(
                        "  {}  {}: {}  {}: {}  {}: {}  {}: {}  {}: {}  {}: {}  {}",
                        b.org,
                        l.msg("restore-last-meeting", &[]),
                        b.last_meeting.clone().unwrap_or_else(|| "-".into()),
                        l.msg("restore-vouchers", &[]),
                        l.count(b.vouchers),
                        l.msg("restore-cash", &[]),
                        money(&b.cash),
                        l.msg("restore-bank", &[]),
                        money(&b.bank),
                        l.msg("restore-savings", &[]),
                        money(&b.savings),
                        l.msg("restore-loans", &[]),
                        money(&b.loans_outstanding),
                        l.msg("book-code-line", &[("code", Arg::Text(b.book_code.clone()))]),
                    ));
                }
            }
            lines.push(l.msg(if diff.same { "restore-same" } else { "restore-differs" }, &[]));
            let mut json = serde_json::to_value(&diff).expect("json");
            match to {
                // Restoring writes a new book only: the open book is never overwritten.
                Some(target) => {
                    let info = app::restore_apply_from(&s, from, target)?;
                    lines.push(l.msg("restore-done", &[("path", Arg::Text(info.path.clone()))]));
                    json = serde_json::json!({"preview": json, "restored": info});
                }
                None => lines.push(l.msg("restore-question", &[("path", Arg::Text("--to NEW-FILE".into()))])),
            }
            Ok(Answer::new(lines.join("\n"), json))
        }
        Cmd::Passbook { choice, out } => passbook::print(&mut open(cli)?, &ctx, l, choice, out),
        Cmd::PassbookPrinted(a) => passbook::printed(&mut open(cli)?, &ctx, l, a),
        Cmd::Audit { org, from, to, prepared_by, out, format, page } => {
            let s = open(cli)?;
            let p = app::AuditParams { org: org.clone(), from: from.clone(), to: to.clone(), locale: l.locale(), prepared_by: prepared_by.clone() };
            let sheet = app::audit_export(&s, &ctx, &p)?;
            let mut written = Vec::new();
            // `--out audit.pdf` asks for a PDF (it used to write xlsx into a file named .pdf).
            let is_pdf = out.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
            let format = format.as_deref().unwrap_or(if is_pdf { "pdf" } else { "xlsx" });
            match format {
                "xlsx" => {
                    write_file(out, &sheet.xlsx()?)?;
                    written.push(out.display().to_string());
                }
                "pdf" => {
                    let page = samuh::render::PageSize::parse(page).ok_or_else(|| Error::InvalidChoice { field: "page".into(), value: page.clone() })?;
                    write_file(out, &sheet.pdf(page)?)?;
                    written.push(out.display().to_string());
                }
                "csv" => {
                    std::fs::create_dir_all(out).map_err(|e| Error::Store(StoreError::FileUnwritable { path: out.display().to_string(), detail: e.to_string() }))?;
                    for (name, text) in sheet.csv_files() {
                        let f = out.join(name);
                        write_file(&f, text.as_bytes())?;
                        written.push(f.display().to_string());
                    }
                }
                other => return Err(Error::InvalidChoice { field: "format".into(), value: other.to_string() }),
            }
            let text = written.iter().map(|p| l.msg("cli-written", &[("path", Arg::Text(p.clone()))])).collect::<Vec<_>>().join("\n");
            Ok(Answer::new(text, serde_json::json!({"written": written, "journal_hash": sheet.journal_hash})))
        }
        Cmd::Check { org, code: None } => {
            // A book too damaged to open is a finding of the check, as is damage met reading it.
            let r = match open(cli) {
                Ok(s) => app::check_book(&s, org.as_deref())?,
                Err(e) if app::is_damage(&e) => app::CheckReport::damaged(1),
                Err(e) => return Err(e),
            };
            let mut lines = Vec::new();
            for c in &r.checks {
                let n = r.findings.iter().filter(|f| f.check == *c).count();
                let status = if n == 0 { l.msg("check-ok", &[]) } else { l.msg("check-failed", &[("count", Arg::Count(n as i64))]) };
                lines.push(format!("{:<40} {}", l.msg(&format!("check-{c}"), &[]), status));
            }
            for f in &r.findings {
                let args = f.message_args();
                // A finding about the whole file (its pages, its safety rules) names no organisation.
                let at = if f.org.is_empty() { String::new() } else { format!("[{}] ", f.org) };
                lines.push(format!("  {at}{}", l.msg(f.id, &args)));
            }
            lines.push(l.msg("check-summary", &[("orgs", Arg::Count(r.orgs as i64)), ("vouchers", Arg::Count(r.vouchers as i64)), ("findings", Arg::Count(r.findings.len() as i64))]));
            let mut a = Answer::new(lines.join("\n"), serde_json::to_value(&r).expect("json"));
            if !r.ok() {
                a.code = 3;
            }
            Ok(a)
        }
    }
}
