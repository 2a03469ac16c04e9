//! The one command table. Each desktop command is written here once: its name, its arguments (a
//! struct the UI sends as JSON), its answer, whether it writes, and the one `app` call behind it.
//! From this table come the dispatch both shells use (`Desk::call`), the TypeScript types of the
//! UI (`ui/src/api.gen.ts`, by `desk::typescript`) and the list of commands; the Tauri shell has
//! one handler (`call`) and one permission for it, so adding a command adds nothing there.
//!
//! Every command also takes `locale` (the reader's language, digits and calendar) and, when it
//! writes, may carry `approver` (a second person's name and PIN) — see `desk::Call`.

use crate::store::error::StoreError;
use super::{lock, Call, Desk};
use crate::app::{self, *};
use crate::i18n::Localizer;
use crate::render::DisplayReport;
use crate::store::Store;
use crate::Error;
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;
use ts_rs::TS;

/// What a command does to the book: `Read` changes nothing; `Write` records something (the
/// signed-in person is the actor; the core checks their permission and logs it); `Approve` is a
/// write that may need a second person's approval (the call's `approver`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
    Approve,
}

impl Access {
    pub fn writes(self) -> bool {
        self != Access::Read
    }
}

/// One row of the table, as the shells and tests see it.
#[derive(Debug, Clone, Copy)]
pub struct Command {
    pub name: &'static str,
    pub access: Access,
}

fn parse<T: serde::de::DeserializeOwned>(command: &str, v: Value) -> Result<T, Error> {
    serde_json::from_value(v).map_err(|e| {
        let (reason, key) = crate::app::json_fault(&e);
        Error::RequestMalformed { command: command.to_string(), reason: reason.to_string(), key }
    })
}

fn answer<T: serde::Serialize>(v: T) -> Result<Value, Error> {
    serde_json::to_value(v).map_err(|e| Error::Store(StoreError::Database { detail: e.to_string() }))
}

/// An answer with its shown numbers in the reader's digits (`app::ForReader`).
fn for_reader<T: ForReader>(locale: crate::i18n::Locale) -> impl FnOnce(T) -> T {
    move |r| r.for_reader(&Localizer::new(locale))
}

/// The table: `name(Args { fields }) -> Answer, Access => |desk, call, args| body;`. The macro
/// declares each `Args` struct (JSON in, TypeScript out), the `COMMANDS` list, the dispatch and
/// the TypeScript generation, so none of them can name a command the others lack.
macro_rules! commands {
    ($( $(#[doc = $doc:literal])* $name:ident ( $args:ident { $($field:ident : $fty:ty),* $(,)? } ) -> $out:ty , $access:ident => $body:expr ; )*) => {
        $(
            $(#[doc = $doc])*
            #[derive(Debug, Deserialize, TS)]
            #[ts(optional_fields = nullable)]
            pub struct $args { $(pub $field: $fty,)* }
        )*

        /// Every command, in the table's order.
        pub static COMMANDS: &[Command] = &[$( Command { name: stringify!($name), access: Access::$access } ),*];

        /// Runs `command` with its JSON arguments on `desk`.
        pub(super) fn run(desk: &Desk, command: &str, call: &Call, args: Value) -> Result<Value, Error> {
            match command {
                $( stringify!($name) => {
                    let a: $args = parse(command, args)?;
                    let f: fn(&Desk, &Call, $args) -> Result<$out, Error> = $body;
                    // Whether the call may carry an approver follows from the table's column.
                    let call = Call { writes: Access::$access.writes(), ..call.clone() };
                    answer(f(desk, &call, a)?)
                } )*
                _ => Err(Error::InvalidChoice { field: "command".into(), value: command.to_string() }),
            }
        }

        /// Visits every command's argument and answer types (the TypeScript generation).
        pub(super) fn visit(g: &mut impl super::typescript::Visitor) {
            $( g.command::<$args, $out>(stringify!($name), Access::$access); )*
        }
    };
}

commands! {
    // ---- The book: open, create, recover, encrypt, the background check, recent books.
    /// Opens a book file (an encrypted one with its passphrase).
    book_open(BookOpenArgs { path: String, passphrase: Option<String> }) -> BookOpened, Read =>
        |d, c, a| d.put(app::book_open_ui(&a.path, a.passphrase.as_deref().unwrap_or(""), &super::ctx(c.locale.lang()), c.locale.locale(), &d.check));
    /// Creates a new empty book file, encrypted when `protect` is set.
    book_create(BookCreateArgs { path: String, protect: Option<bool>, passphrase: Option<String>, repeat: Option<String> }) -> BookOpened, Write =>
        |d, c, a| d.put(app::book_create_ui(&a.path, a.protect.unwrap_or(false), a.passphrase.as_deref().unwrap_or(""), a.repeat.as_deref().unwrap_or(""), &super::ctx(c.locale.lang()), c.locale.locale(), &d.check));
    /// Opens an encrypted book with its recovery code and sets a new passphrase.
    book_recover(BookRecoverArgs { path: String, code: String, passphrase: String, repeat: String }) -> BookOpened, Write =>
        |d, c, a| d.put(app::book_recover_ui(&a.path, &a.code, &a.passphrase, &a.repeat, &super::ctx(c.locale.lang()), c.locale.locale(), &d.check));
    /// Encrypts the open book.
    book_encrypt(BookEncryptArgs { passphrase: String, repeat: String }) -> BookOpened, Write =>
        |d, c, a| app::book_encrypt_ui(&mut lock(&d.book), &a.passphrase, &a.repeat, &super::ctx(c.locale.lang()), c.locale.locale(), &d.check);
    /// Changes the open book's passphrase.
    passphrase_change(PassphraseChangeArgs { current: String, passphrase: String, repeat: String }) -> BookDone, Write =>
        |d, c, a| d.with(c, |s, _, l| app::passphrase_change_ui(s, &a.current, &a.passphrase, &a.repeat, l));
    /// Whether the open book is encrypted, and the book that could not be opened at start.
    book_security(BookSecurityArgs {}) -> BookSecurity, Read =>
        |d, c, _| Ok(app::book_security(lock(&d.book).as_ref(), &lock(&d.unopened), c.locale.locale()));
    /// The background full check of the open book, as far as it has come (never waits for the book).
    book_check_status(CheckStatusArgs {}) -> BookCheckView, Read =>
        |d, c, _| Ok(d.check.view(c.locale.locale()));
    /// The books opened lately, newest first.
    book_recent(RecentArgs {}) -> Vec<RecentBook>, Read =>
        |d, _, _| Ok(d.host.recent.as_deref().map(app::recent_books).unwrap_or_default());
    /// The open book's organisations, their kind, currency and members.
    book_overview(OverviewArgs {}) -> Overview, Read =>
        |d, c, _| d.with(c, |s, x, l| app::book_overview(s, x, l));
    /// The interface's own texts in a language, their numbers in the digits of the call's
    /// `locale` (its language is `lang`'s).
    ui_messages(UiMessagesArgs { lang: String }) -> BTreeMap<String, String>, Read =>
        |_, c, a| Ok(app::ui_messages(app::LocaleInput { lang: a.lang.clone(), ..c.locale.clone() }.locale()));

    // ---- A new group: the setup wizard.
    /// The wizard's pickers and each country's facts.
    setup_form(SetupFormArgs {}) -> SetupForm, Read =>
        |_, c, _| Ok(app::setup_form(&super::ctx(c.locale.lang()), c.locale.locale()));
    /// A member file read as text: the accepted rows and the rejected ones with their reasons.
    members_csv_parse(MembersCsvArgs { text: String }) -> MemberImportView, Read =>
        |_, c, a| Ok(app::members_csv_view(&super::ctx(c.locale.lang()), &a.text, c.locale.locale()));
    /// Checks the wizard's input so far (nothing saved).
    setup_preview(SetupPreviewArgs { input: SetupInput }) -> SetupPreview, Read =>
        |d, c, a| d.with(c, |s, x, l| app::setup_preview(s, x, &a.input, l));
    /// Creates the organisation, its by-laws, members and opening balances in one save.
    setup_record(SetupRecordArgs { input: SetupInput }) -> SetupSaved, Write =>
        |d, c, a| d.with(c, |s, x, _| app::setup_record(s, x, &a.input));

    // ---- The meeting.
    /// The meeting form of a date: a row per member with what the by-laws and loans expect.
    meeting_form(MeetingFormArgs { org: String, date: String }) -> MeetingForm, Read =>
        |d, c, a| d.with(c, |s, x, l| app::meeting_form(s, x, &a.org, &a.date, l));
    /// The totals and refusals of a meeting as typed so far (nothing saved).
    meeting_preview(MeetingPreviewArgs { input: MeetingInput }) -> Preview, Read =>
        |d, c, a| d.with(c, |s, x, l| app::meeting_preview(s, x, &a.input, l));
    /// Records a meeting: one voucher.
    meeting_record(MeetingRecordArgs { input: MeetingInput }) -> Saved, Approve =>
        |d, c, a| d.with(c, |s, x, _| app::meeting_record(s, x, &a.input));
    /// The meetings recorded, newest first, and whether each still stands.
    meeting_list(MeetingListArgs { org: String }) -> Vec<MeetingEntry>, Read =>
        |d, c, a| d.with(c, |s, _, l| app::meeting_list(s, &a.org, l));
    /// Reverses a whole meeting.
    meeting_reverse(MeetingReverseArgs { input: MeetingReverseInput }) -> MeetingReversed, Approve =>
        |d, c, a| d.with(c, |s, x, _| app::meeting_reverse(s, x, &a.input));
    /// Reverses one voucher.
    voucher_reverse(VoucherReverseArgs { input: ReverseInput }) -> Saved, Approve =>
        |d, c, a| d.with(c, |s, x, _| app::reverse(s, x, &a.input));

    // ---- Issue 12 (the meeting page): a recorded meeting as its receipt shows it.
    /// The meeting standing on a date, read back from the book (none when that date is free).
    meeting_saved(MeetingSavedArgs { org: String, date: String }) -> Option<SavedMeeting>, Read =>
        |d, c, a| d.with(c, |s, x, l| app::meeting_saved(s, x, &a.org, &a.date, l));

    // Issue 12 (the meeting's agenda): the previous meeting's decisions and the loans whose use
    // is asked, for the page to open with.
    meeting_agenda(MeetingAgendaArgs { org: String, date: String }) -> MeetingAgenda, Read =>
        |d, c, a| d.with(c, |s, x, l| app::meeting_agenda(s, x, &a.org, &a.date, l));

    // Issue 12 (the printable meeting summary): the page the members sign, printed in the
    // organisation's language.
    /// Prints the summary of the meeting standing on a date (A4, to sign).
    meeting_summary_print(MeetingSummaryPrintArgs { org: String, date: String }) -> app::followup::ReceiptsSaved, Read =>
        |d, c, a| d.print_pdf(c, "meeting-summary.pdf", |s, x| Ok((app::meeting_summary_pdf(s, x, &a.org, &a.date)?, 1)))
            .map(|(path, count)| app::followup::ReceiptsSaved { path, count });

    // ---- Registers, loans, reports, printing.
    /// One report on screen.
    report_view(ReportViewArgs { params: ReportParams }) -> DisplayReport, Read =>
        |d, c, a| d.with(c, |s, x, l| app::report_view(s, x, &a.params, l));
    /// The loans of an organisation, for the loan picker.
    loan_list(LoanListArgs { org: String }) -> Vec<LoanEntry>, Read =>
        |d, c, a| d.with(c, |s, _, l| app::loan_list(s, &a.org, l));
    /// A loan's statement up to a date.
    loan_view(LoanViewArgs { org: String, loan: String, to: Option<String> }) -> DisplayReport, Read =>
        |d, c, a| d.with(c, |s, x, l| app::loan_view(s, x, &a.org, &a.loan, a.to.as_deref(), l));
    /// Savings and loans outstanding month by month.
    chart_view(ChartViewArgs { org: String }) -> Chart, Read =>
        |d, c, a| d.with(c, |s, x, l| app::savings_loans_chart(s, x, &a.org, l));
    /// The reports an organisation's kind has.
    /// Issue 16 (session 10): one register of a group an oversight book imported, read-only.
    group_register_view(GroupRegisterViewArgs { input: app::GroupRegisterInput }) -> DisplayReport, Read =>
        |d, c, a| d.with(c, |s, x, l| app::group_register_view(s, x, &a.input, l));
    reports_catalog(ReportsCatalogArgs { org: String }) -> ReportsCatalog, Read =>
        |d, c, a| d.with(c, |s, x, l| app::reports_catalog(s, x, &a.org, l));
    /// Every sheet of the audit workbook, readable before it is saved.
    audit_view(AuditViewArgs { params: ReportSave }) -> Vec<DisplayReport>, Read =>
        |d, c, a| d.with(c, |s, x, l| app::audit_view(s, x, &a.params, l));
    /// Which passbook lines a printing would take.
    passbook_lines(PassbookLinesArgs { params: ReportSave }) -> PassbookLines, Read =>
        |d, c, a| d.with(c, |s, x, l| app::passbook_lines(s, x, &a.params, l));
    /// Saves a report, the audit sheet or a passbook as a file (the path the save dialog returned).
    report_save(ReportSaveArgs { params: ReportSave }) -> SavedFiles, Write =>
        |d, c, a| d.save(c, a.params, false);
    /// Prints: the PDF is written into the print folder and opened with the system's viewer.
    report_print(ReportPrintArgs { params: ReportSave }) -> SavedFiles, Write =>
        |d, c, a| d.save(c, a.params, true);
    /// The last step of the running save (never waits for the book).
    report_progress(ProgressArgs {}) -> Progress, Read =>
        |d, _, _| Ok(lock(&d.progress).clone());

    // ---- Issue 12 (documents): printing a passbook takes its lines only when confirmed.
    /// "Yes, the passbook printed correctly": records the lines of the printing made with the
    /// same choices, up to the voucher `upto` its answer named. A "no" calls nothing.
    passbook_printed(PassbookPrintedArgs { params: ReportSave, upto: i64 }) -> PassbookRecorded, Write =>
        |d, c, a| d.with(c, |s, x, l| app::passbook_confirm(s, x, &a.params, a.upto, l));

    // ---- Safety: book codes, backups, restoring.
    /// Book codes, backups and the last check.
    safety_view(SafetyViewArgs {}) -> SafetyView, Read =>
        |d, c, _| d.with(c, |s, _, l| app::safety_view(s, l));
    /// Whether the book still holds the chain a printed book code names.
    code_check(CodeCheckArgs { org: String, code: String }) -> CodeCheck, Read =>
        |d, c, a| d.with(c, |s, _, l| app::code_check(s, &a.org, &a.code, l));
    /// A backup now, beside the book.
    backup_make(BackupMakeArgs {}) -> BackupDone, Read =>
        |d, c, _| d.with(c, |s, x, l| app::backup_make(s, x, l));
    /// A copy of the book on a pen drive or another folder.
    backup_copy(BackupCopyArgs { target: String }) -> BackupDone, Read =>
        |d, c, a| d.with(c, |s, x, l| app::backup_copy(s, x, &a.target, l));

    // ---- Issue 12: a pen drive found by the app, not typed.
    /// Removable media (pen drives, SD cards) mounted now; the backup screen offers them.
    removable_list(RemovableListArgs {}) -> Vec<app::RemovableMedium>, Read =>
        |_, _, _| Ok(app::removable_media());

    /// What restoring a backup would change.
    restore_view(RestoreViewArgs { backup: String }) -> RestoreView, Read =>
        |d, c, a| d.with(c, |s, _, l| app::restore_view(s, &a.backup, l));
    /// Restores a backup as a new book and opens it.
    restore_open(RestoreOpenArgs { backup: String, target: String }) -> BackupDone, Write =>
        |d, c, a| d.restore(c, &a.backup, &a.target);

    // ---- People, sessions, members, by-laws.
    /// Who is signed in, and whether the book has people at all.
    session_view(SessionViewArgs {}) -> SessionView, Read =>
        |d, c, _| d.with(c, |s, x, l| app::session_view(s, x, l));
    /// Signs a person in with their PIN.
    session_start(SessionStartArgs { name: String, pin: String }) -> SignedIn, Read =>
        |d, c, a| d.with(c, |s, x, l| {
            let (actor, who) = app::session_start(s, x, &a.name, &a.pin, l)?;
            d.hold(s, Some(actor));
            Ok(who)
        });
    /// Signs out.
    session_end(SessionEndArgs {}) -> (), Read =>
        |d, c, _| d.with(c, |s, _, _| Ok(d.hold(s, None)));
    /// The people who use the book.
    people_view(PeopleViewArgs {}) -> PeopleView, Read =>
        |d, c, _| d.with(c, |s, x, l| app::people_view(s, x, l));
    /// Enrols a person with a role and a PIN.
    person_enrol(PersonEnrolArgs { input: PersonInput }) -> i64, Write =>
        |d, c, a| d.with(c, |s, x, _| app::person_enrol(s, x, &a.input));
    /// Changes the signed-in person's PIN.
    person_pin_change(PinChangeArgs { current: String, pin: String }) -> (), Write =>
        |d, c, a| d.with(c, |s, x, _| app::session_pin_change(s, x, &a.current, &a.pin, None).map(|actor| d.hold(s, Some(actor))));
    /// The members of an organisation, with whether each may be erased.
    member_list(MemberListArgs { org: String }) -> Vec<MemberEntry>, Read =>
        |d, c, a| d.with(c, |s, x, l| app::member_list(s, x, &a.org, l));
    /// Erases an exited, settled member's name.
    member_erase(MemberEraseArgs { org: String, member: String }) -> i64, Write =>
        |d, c, a| d.with(c, |s, x, _| app::member_erase(s, x, &a.org, &a.member, None));
    /// The by-laws in force and their history.
    policy_view(PolicyViewArgs { org: String }) -> PolicyView, Read =>
        |d, c, a| d.with(c, |s, x, l| app::policy_view(s, x, &a.org, l));
    /// Checks a by-law change (nothing saved).
    policy_preview(PolicyPreviewArgs { input: PolicyInput }) -> PolicyPreview, Read =>
        |d, c, a| d.with(c, |s, x, l| app::policy_preview(s, x, &a.input, l));
    /// Records a new version of the by-laws.
    policy_set(PolicySetArgs { input: PolicyInput }) -> i64, Approve =>
        |d, c, a| d.with(c, |s, x, _| app::policy_save(s, x, &a.input));

    // ---- Issue 14: the year's end (share price, preview, close, reopen).
    /// Sets the price of one share from a date.
    share_price_set(SharePriceSetArgs { input: SharePriceInput }) -> i64, Write =>
        |d, c, a| d.with(c, |s, x, _| app::share_price_set(s, x, &a.input));
    /// What closing a year would post: result, appropriation, each member's dividend explained.
    year_preview(YearPreviewArgs { input: YearInput }) -> DisplayReport, Read =>
        |d, c, a| d.with(c, |s, x, l| app::year_preview_view(s, x, &a.input, l));
    /// Closes a fiscal year (two people once people are enrolled).
    year_close(YearCloseArgs { input: YearInput }) -> YearDone, Approve =>
        |d, c, a| d.with(c, |s, x, l| app::year_close(s, x, &a.input).map(for_reader(l)));
    /// Reopens a closed year: its closing vouchers are reversed (a reason and two people).
    year_reopen(YearReopenArgs { input: YearReopenInput }) -> YearDone, Approve =>
        |d, c, a| d.with(c, |s, x, l| app::year_reopen(s, x, &a.input).map(for_reader(l)));
    // ---- Issue 14 (year-end screen and slips): the years of an organisation; a member's slip
    // of a closed year in the members' language (printed by `report_print` as `dividend-slip`).
    /// Every fiscal year of an organisation: not ended, open or closed, and a closed year's slips.
    year_view(YearViewArgs { org: String }) -> YearView, Read =>
        |d, c, a| d.with(c, |s, x, l| app::year_view(s, x, &a.org, l));
    /// A member's dividend and average-return slip of a closed year.
    year_slip(YearSlipArgs { input: YearSlipInput }) -> DisplayReport, Read =>
        |d, c, a| d.with(c, |s, _, _| app::year_slip_view(s, &a.input));
    /// Records the auditor's sign-off of an ended year (bank statement, remarks, who and when).
    year_audit(YearAuditArgs { input: YearAuditInput }) -> YearAudited, Write =>
        |d, c, a| d.with(c, |s, x, _| app::year_audit(s, x, &a.input));
    /// Pays out in cash the dividends a closed year kept as payable.
    year_dividend_pay(YearDividendPayArgs { input: YearPayInput }) -> YearPaid, Write =>
        |d, c, a| d.with(c, |s, x, l| app::year_dividend_pay(s, x, &a.input).map(for_reader(l)));
    // ---- issue 14 (VSLA screen): a VSLA group's cycle opened, its share-out previewed and made.
    /// Opens a VSLA cycle with its share price, social fund, service charge and loan rule.
    vsla_cycle_open(VslaCycleOpenArgs { input: CycleInput }) -> VslaDone, Write =>
        |d, c, a| d.with(c, |s, x, _| app::vsla_cycle_open(s, x, &a.input));
    /// The share-out sheet of the open cycle on a day, as it would be; nothing is written.
    vsla_share_out_preview(VslaShareOutPreviewArgs { input: ShareOutInput }) -> DisplayReport, Read =>
        |d, c, a| d.with(c, |s, x, l| app::vsla_share_out_preview(s, x, &a.input).map(|r| crate::render::render_display(&r, &crate::i18n::Localizer::new(l))));
    /// A VSLA group's cycles, the last first.
    vsla_view(VslaViewArgs { org: String }) -> VslaView, Read =>
        |d, c, a| d.with(c, |s, _, l| app::vsla_view(s, &a.org, l));
    /// Shares out the open cycle (refused before its end, twice, or with loans out where the
    /// by-laws refuse).
    vsla_share_out(VslaShareOutArgs { input: ShareOutInput }) -> VslaDone, Approve =>
        |d, c, a| d.with(c, |s, x, l| app::vsla_share_out(s, x, &a.input).map(for_reader(l)));
    // ---- Issue 16: federation without a server (bundles and the oversight book; the roll-ups
    // are reports: `report_view` with `group-status` or `portfolio`).
    /// Writes the organisation's signed bundle to a file (a pen drive, a shared folder).
    bundle_write(BundleWriteArgs { input: BundleWriteInput }) -> BundleWritten, Write =>
        |d, c, mut a| {
            a.input.out = d.confined(&a.input.out)?;
            // The oversight screen's answer in the reader's language (session 9).
            d.with(c, |s, x, l| app::bundle_write(s, x, &a.input).map(|w| app::BundleWritten { message: app::written_message(&w, l), ..w }))
        };
    /// The bundles (`*.bundle`) in a folder or on a pen drive, to import.
    bundle_files(BundleFilesArgs { dir: String }) -> Vec<String>, Read =>
        |d, _, a| app::bundle_files(&d.host.save_dir.as_ref().map(|p| p.display().to_string()).unwrap_or(a.dir));
    /// Imports groups' bundles into an oversight book, in order; the first refusal stops it.
    bundle_import(BundleImportArgs { input: BundleImportInput }) -> Vec<BundleImported>, Write =>
        |d, c, mut a| {
            a.input.files = a.input.files.iter().map(|f| d.confined(f)).collect::<Result<_, _>>()?;
            d.with(c, |s, x, l| {
                let done = app::bundle_import(s, x, &a.input)?;
                Ok(done.into_iter().map(|i| app::BundleImported { message: app::imported_message(&i, l), ..i }).collect())
            })
        };
    // ---- Issue 16 (second part): CIF both ways (the reconciliation is `report_view` with
    // `cif-reconciliation`).
    /// Lends the oversight book's community investment fund to a registered group (a loan
    /// above the by-laws' threshold needs two people, as any loan).
    cif_loan(CifLoanArgs { input: CifLoanInput }) -> Saved, Approve =>
        |d, c, a| d.with(c, |s, x, _| app::cif_loan(s, x, &a.input));
    /// Writes the oversight book's imported groups as Parquet tables into a folder.
    parquet_export(ParquetExportArgs { input: ParquetExportInput }) -> ParquetExported, Read =>
        |d, c, mut a| {
            a.input.to = d.confined(&a.input.to)?;
            d.with(c, |s, _, _| app::export_parquet(s, &a.input))
        };
    // ---- Life events (issue 15).
    /// An owed fine (charged while the member was absent) paid between meetings.
    fine_pay(FinePayArgs { input: app::events::FinePayInput }) -> Saved, Write =>
        |d, c, a| d.with(c, |s, x, _| app::events::fine_pay(s, x, &a.input));
    // ---- Issue 15 (welfare): a death in the welfare club, its levy and payout, benefits (the
    // registers are reports: `report_view` with `levy-register`, `welfare-fees` or `welfare-benefits`).
    /// Records a version of the welfare rules (levy per death, admin share, arrears, benefits).
    welfare_rule_set(WelfareRuleSetArgs { input: app::welfare::WelfareRuleInput }) -> i64, Write =>
        |d, c, a| d.with(c, |s, x, _| app::welfare::welfare_rule_set(s, x, &a.input));
    /// Records a member's death: the levy is raised on every member enrolled that day.
    welfare_death(WelfareDeathArgs { input: app::welfare::DeathInput }) -> app::welfare::DeathSaved, Write =>
        |d, c, a| d.with(c, |s, x, _| app::welfare::death_record(s, x, &a.input));
    /// Records levies paid for a death.
    welfare_collect(WelfareCollectArgs { input: app::welfare::LevyCollectInput }) -> Saved, Write =>
        |d, c, a| d.with(c, |s, x, _| app::welfare::levy_collect(s, x, &a.input));
    /// The payout of a death: the deceased's loans settled first, the rest to the nominee.
    welfare_payout(WelfarePayoutArgs { input: app::welfare::PayoutInput }) -> app::welfare::PayoutSaved, Write =>
        |d, c, a| d.with(c, |s, x, _| app::welfare::welfare_payout(s, x, &a.input));
    /// A welfare benefit paid from the welfare fund.
    welfare_benefit(WelfareBenefitArgs { input: app::welfare::BenefitInput }) -> Saved, Write =>
        |d, c, a| d.with(c, |s, x, _| app::welfare::benefit_pay(s, x, &a.input));
    /// Annual welfare fees paid (the annual-fee model), one voucher; once a year per member.
    welfare_fee(WelfareFeeArgs { input: app::welfare::FeeInput }) -> Saved, Write =>
        |d, c, a| d.with(c, |s, x, _| app::welfare::fee_collect(s, x, &a.input));
    // ---- Issue 15 (follow-up): receipts, debt acknowledgement, follow-up of overdue borrowers.
    /// The receipts of a meeting's (or a voucher's) payers, each as text to send.
    receipts_view(ReceiptsViewArgs { input: app::followup::ReceiptsInput }) -> app::followup::ReceiptsView, Read =>
        |d, c, a| d.with(c, |s, x, _| app::followup::receipts_view(s, x, &a.input));
    /// Prints the receipts: the PDF (roll or A6) is written into the print folder and opened.
    receipts_print(ReceiptsPrintArgs { input: app::followup::ReceiptsInput }) -> app::followup::ReceiptsSaved, Read =>
        |d, c, a| d.print_pdf(c, "receipts.pdf", |s, x| Ok((app::followup::receipts_document(s, x, &a.input)?, app::followup::receipts_view(s, x, &a.input)?.receipts.len())))
            .map(|(path, count)| app::followup::ReceiptsSaved { path, count });
    /// Records a follow-up visit to a borrower's household (committee only; append-only).
    visit_record(VisitRecordArgs { input: app::followup::VisitInput }) -> i64, Write =>
        |d, c, a| d.with(c, |s, x, _| app::followup::visit_record(s, x, &a.input));
    /// Prints the debt acknowledgement of a rescheduled loan (A4, to sign).
    acknowledgement_print(AcknowledgementPrintArgs { input: app::followup::AcknowledgementInput }) -> app::followup::ReceiptsSaved, Read =>
        |d, c, a| d.print_pdf(c, "acknowledgement.pdf", |s, x| Ok((app::followup::acknowledgement_pdf(s, x, &a.input)?, 1)))
            .map(|(path, count)| app::followup::ReceiptsSaved { path, count });
    // ---- issue 15: follow-up (second part): the visit log, invitations, the follow-up meeting.
    /// The visit log, oldest first (one member's loans when a member is given).
    visits_list(VisitsListArgs { org: String, member: Option<String> }) -> Vec<app::followup::VisitView>, Read =>
        |d, c, a| d.with(c, |s, _, _| app::followup::visits_list(s, &a.org, a.member.as_deref()));
    /// Prints the invitations to the follow-up meeting, a page per overdue household.
    followup_invitations_print(FollowupInvitationsArgs { input: app::followup::InvitationsInput }) -> app::followup::ReceiptsSaved, Read =>
        |d, c, a| d.print_pdf(c, "invitations.pdf", |s, x| { let n = app::followup::invitations(s, x, &a.input)?.len(); Ok((app::followup::invitations_pdf(s, x, &a.input)?, n)) })
            .map(|(path, count)| app::followup::ReceiptsSaved { path, count });
    /// Records the follow-up meeting and the payments agreed there (committee only; append-only).
    followup_meeting_record(FollowupMeetingRecordArgs { input: app::followup::FollowupMeetingInput }) -> i64, Write =>
        |d, c, a| d.with(c, |s, x, _| app::followup::followup_meeting_record(s, x, &a.input));
    /// Prints the signed minutes of the follow-up meeting held on a date.
    followup_minutes_print(FollowupMinutesPrintArgs { org: String, date: String }) -> app::followup::ReceiptsSaved, Read =>
        |d, c, a| d.print_pdf(c, "followup-minutes.pdf", |s, x| Ok((app::followup::followup_minutes_pdf(s, x, &a.org, &a.date)?, 1)))
            .map(|(path, count)| app::followup::ReceiptsSaved { path, count });
    // ---- Issue 16 (session 10): the fund centre's households (the debts, the plan and the
    // target households are reports: `report_view` with `household-debts`, `restructuring-plan`
    // or `target-households`, `member` naming a household).
    /// Records a member's household number (append-only; the latest is the member's).
    household_set(HouseholdSetArgs { input: app::HouseholdSetInput }) -> i64, Write =>
        |d, c, a| d.with(c, |s, x, _| app::household_set(s, x, &a.input));
    /// The fund centre follows a household until it is debt-free (append-only).
    household_target(HouseholdTargetArgs { input: app::HouseholdTargetInput }) -> i64, Write =>
        |d, c, a| d.with(c, |s, x, _| app::household_target(s, x, &a.input));
    /// A household's restructuring plan over the months asked (the report takes the by-laws').
    household_plan_view(HouseholdPlanViewArgs { input: app::HouseholdPlanInput }) -> DisplayReport, Read =>
        |d, c, a| d.with(c, |s, x, l| app::household_plan_view(s, x, &a.input, l));
}

impl Desk {
    /// Writes a PDF the core made into the print folder and opens it with the system's viewer
    /// (its print dialog); answers the file written.
    fn print_pdf(&self, call: &Call, name: &str, make: impl FnOnce(&Store, &Ctx) -> Result<(Vec<u8>, usize), Error>) -> Result<(String, usize), Error> {
        let dir = &self.host.print_dir;
        std::fs::create_dir_all(dir).map_err(|e| Error::Store(StoreError::FileUnwritable { path: dir.display().to_string(), detail: e.to_string() }))?;
        let (pdf, count) = self.with(call, |s, x, _| make(s, x))?;
        let path = dir.join(name);
        std::fs::write(&path, &pdf).map_err(|e| Error::Store(StoreError::FileUnwritable { path: path.display().to_string(), detail: e.to_string() }))?;
        if let Some(open) = self.host.open {
            open(&path).map_err(|e| Error::Store(StoreError::FileUnwritable { path: path.display().to_string(), detail: e.to_string() }))?;
        }
        Ok((path.display().to_string(), count))
    }

    /// A file the UI names, confined to the test server's save folder (only its last component
    /// kept there), as it is on the desktop.
    fn confined(&self, path: &str) -> Result<String, Error> {
        match &self.host.save_dir {
            None => Ok(path.to_string()),
            Some(dir) => {
                let name = Path::new(path.trim()).file_name().ok_or_else(|| Error::Required { field: "path".into() })?;
                Ok(dir.join(name).display().to_string())
            }
        }
    }

    /// Saving and printing a report. The test server confines files to its save folder; printing
    /// always writes a PDF into the print folder and opens it with the system's viewer, so the
    /// window never names what is opened.
    fn save(&self, call: &Call, mut params: ReportSave, print: bool) -> Result<SavedFiles, Error> {
        let name = Path::new(params.path.trim()).file_name().map(|n| n.to_os_string());
        if print {
            let dir = &self.host.print_dir;
            std::fs::create_dir_all(dir).map_err(|e| Error::Store(StoreError::FileUnwritable { path: dir.display().to_string(), detail: e.to_string() }))?;
            params.path = dir.join(name.unwrap_or_else(|| "samuh.pdf".into())).display().to_string();
            params.format = "pdf".into();
        } else if let Some(dir) = &self.host.save_dir {
            params.path = dir.join(name.ok_or_else(|| Error::Required { field: "path".into() })?).display().to_string();
        }
        *lock(&self.progress) = Progress::default();
        let pause = self.host.step_pause;
        let saved = self.with(call, |s, x, l| {
            app::report_save(s, x, &params, l, &mut |step| {
                *lock(&self.progress) = step;
                if !pause.is_zero() {
                    std::thread::sleep(pause);
                }
            })
        })?;
        if print {
            if let (Some(open), Some(file)) = (self.host.open, saved.written.first()) {
                open(Path::new(file)).map_err(|e| Error::Store(StoreError::FileUnwritable { path: file.clone(), detail: e.to_string() }))?;
            }
        }
        Ok(saved)
    }

    /// Restores a backup as a new book, then opens it in place of this one (a copy of this book:
    /// an encrypted one opens with this book's key) and starts its background check.
    fn restore(&self, call: &Call, backup: &str, target: &str) -> Result<BackupDone, Error> {
        let mut guard = lock(&self.book);
        let current = guard.as_ref().ok_or_else(|| Error::Required { field: "file".into() })?;
        let done = app::restore_to(current, backup, target, call.locale.locale())?;
        let restored = current.open_sibling(Path::new(&done.path))?;
        self.check.start(&restored, &super::ctx(call.locale.lang()).now);
        *guard = Some(restored);
        Ok(done)
    }
}
