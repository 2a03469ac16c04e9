//! The app layer: one function per user action, each one SQLite transaction, shared by the CLI
//! and the Tauri commands. Inputs and outputs are DTOs (serde) with amounts as decimal strings;
//! errors are `Error` values with stable codes.
//!
//! Architecture invariant: nothing here reads the clock. `Ctx` carries today's date and the
//! timestamp to record; the CLI and the desktop shell fill it in.

mod backup;
mod command; // the steps of every write command
pub mod events;
mod federation;
mod input;
mod loans;
mod meeting;
pub mod people;
pub mod report;
mod safety;
mod saved;
mod setup;
mod ui;
mod ui_book;
mod yearend;
mod vsla; // issue 14, VSLA
pub mod welfare; // issue 15: welfare
#[cfg(feature = "documents")]
pub mod followup; // issue 15: receipts, debt acknowledgement, follow-up

pub use backup::{backup_if_due, backup_now, backup_on_close, book_summary, copy_to, list_backups, restore_apply, restore_apply_from, restore_preview, BackupInfo, BookSummary, RestoreDiff, RestoreInfo};
pub use backup::removable::{removable_media, RemovableMedium}; // issue 12: pen drives found by the app
pub use meeting::corrections::{meeting_list, meeting_reverse, MeetingEntry, MeetingReverseInput, MeetingReversed};
pub use report::chart::{savings_loans_chart, AxisLabel, Chart, ChartPoint};
pub use loans::registers::{loan_list, loan_statement, loan_view, LoanEntry};
pub use safety::check::{check_book, is_damage, CheckReport};
pub use safety::Finding;
pub use safety::encryption::{book_create_encrypted, book_encrypt, book_open, passphrase_change, recovery_code_new, Encrypted};
pub use report::export::{export_journal, JournalFormat};
pub use federation::households::{household_key, household_plan, household_plan_view, household_set, household_target, HouseholdPlanInput, HouseholdSetInput, HouseholdTargetInput};
#[cfg(feature = "documents")]
pub use federation::parquet::{export_parquet, place_of, ParquetExportInput, ParquetExported, Place};
pub use federation::{bundle_files, bundle_import, bundle_write, imported_message, written_message, cif_loan, CifLoanInput, decode as bundle_decode, encode as bundle_encode, oversees, BundleImportInput, BundleImported, BundleWriteInput, BundleWritten, Payload as BundlePayload, BUNDLE_VERSION, rollups};
pub use input::{json_fault, input_file_text, name_text, parse_input_file, typed_date, Actor, Ctx, InputFile};
pub use people::{person_enrol, person_list, person_pin_change, PersonInfo, PersonInput, PersonRole};
pub use safety::{full_self_check, full_self_check_progress, open_self_check, CheckPhase, record_checkpoints, verify_code, CodeMatch, CodeStatus, OrgSelfCheck, SelfCheck};
pub use loans::{loan_disburse, loan_repay, loan_reschedule, loan_schedule_preview, loan_state, reverse, DisburseInput, LoanInput, LoanState, LoanStatus, RepayInput, RescheduleInput, ReverseInput, ScheduleInput};
#[cfg(feature = "documents")]
pub use report::print::{audit_export, audit_export_progress, audit_reports_for, passbook_pdf, passbook_pdf_progress, passbook_pdf_to, passbook_plan, passbook_printed, AuditParams, AuditSheet, PassbookMode, PassbookPlan, PassbookPrint, PassbookPrinting, AUDIT_REPORTS};
pub use report::{report, ReportParams};
pub use federation::consolidated::{group_register, group_register_view, GroupRegisterInput, GROUP_REGISTERS};
pub use meeting::{meeting_record, DecisionReview, LoanUseInput, MeetingInput, MeetingMemberRow, GroupLineInput, MinutesInput};
pub use saved::Saved;
pub use ui::{book_overview, meeting_form, meeting_preview, report_view, ui_messages, Choice, FieldError, LocaleInput, MeetingForm, MemberRow, OrgSummary, Overview, Preview, RunningLoan, Shortfall, Totals, UiError};
pub use meeting::screen::{meeting_agenda, meeting_saved, meeting_summary, AgendaDecision, AgendaLoan, MeetingAgenda, SavedLine, SavedMeeting, SavedMemberRow}; // issue 12
#[cfg(feature = "documents")]
pub use meeting::screen::meeting_summary_pdf; // issue 12: the printable meeting summary
// For the fuzz harnesses (`crate::fuzzing`): the bodies behind `meeting_record` and `restore_preview`.
pub(crate) use backup::restore_preview_of;
pub(crate) use meeting::meeting_in;
pub use setup::{member_add, member_erase, member_exit, opening_record, org_add, policy_set, setup_record, MemberInput, OpeningInput, OpeningLoanInput, OpeningSavingsInput, OrgInput, PolicyInput, SetupInput, SetupSaved, SetupStage};
pub use people::member_csv::{members_csv_parse, members_import, members_import_report, ImportedMember, MemberImport, Problem, RejectedRow, COLUMNS as MEMBER_CSV_COLUMNS};
pub use setup::screen::{book_create, members_csv_view, setup_form, setup_preview, AcceptedView, CountryChoice, MemberImportView, PolicyDefaults, ProblemView, RejectedView, SetupForm, SetupPreview};
#[cfg(feature = "documents")]
pub use report::screen::{audit_view, passbook_confirm, passbook_lines, report_save, reports_catalog, PassbookLines, PassbookPending, PassbookRecorded, Progress, ReportSave, ReportsCatalog, SavedFiles};
pub use people::screen::{member_list, people_view, policy_preview, policy_save, policy_view, session_pin_change, session_start, session_view, MemberEntry, PeopleView, PersonRow, PolicyPreview, PolicyRow, PolicyView, SessionView, SignedIn};
pub use safety::screen::{backup_copy, backup_dir, backup_make, code_check, restore_to, restore_view, safety_view, BackupDone, BackupRow, CodeCheck, OrgCode, RestoreLine, RestoreOrg, RestoreView, SafetyView, BACKUPS_KEPT};
pub use yearend::{dividend_slip, member_locale, share_price_set, year_close, year_audit, year_dividend_pay, YearAuditInput, YearAudited, YearPayInput, YearPaid, year_preview, year_preview_view, year_reopen, year_slip_view, year_view, SharePriceInput, SlipRow, YearDone, YearInput, YearReopenInput, YearRow, YearSlipInput, YearView};
pub use vsla::{vsla_cycle_open, vsla_share_out, vsla_share_out_preview, vsla_view, CycleInput, CycleView, ShareOutInput, VslaDone, VslaView};
pub use ui_book::{book_create_ui, book_encrypt_ui, book_open_ui, book_recover_ui, book_security, passphrase_change_ui, passphrase_check, recent_books, recent_remember, BookCheck, BookCheckView, BookDone, BookOpened, BookSecurity, QuickCheckView, RecentBook, RECENT_KEPT};

use crate::store::error::StoreError;
use crate::domain::org::{Member, Organisation};
use crate::domain::policy::{in_force, Policy};
use crate::error::{Error, Result};
use crate::store::Book;
use chrono::NaiveDate;

/// An answer that keeps numbers for the program and shows them to a person (a year closed, a
/// dividend paid, a share-out): `for_reader` writes the shown ones in the reader's digits. The
/// command table calls it, where the reader's locale is.
pub trait ForReader {
    fn for_reader(self, l: &crate::i18n::Localizer) -> Self;
}

/// The book code of an organisation's chain head as it stands in this transaction.
pub(crate) fn head_code(book: &Book<'_>, org_id: i64) -> Result<String> {
    safety::code_now(book, org_id, book.voucher_count(org_id)?, &book.last_hash(org_id)?)
}

/// What a client id is bound to: SHA-256 (hex) over the command's name and its input in a
/// canonical form — object keys sorted, text trimmed, empty values (null, "", [], {}) and the
/// client id itself left out — so a retry of the same record matches however its JSON was laid
/// out or which optional fields it spelled out, and a different record does not. Secrets (a
/// PIN) are never part of the input given here.
pub(crate) fn command_digest<T: serde::Serialize + ?Sized>(command: &str, input: &T) -> String {
    use sha2::{Digest, Sha256};
    let value = serde_json::to_value(input).unwrap_or(serde_json::Value::Null);
    let mut canonical = String::new();
    canonical_json(&value, &mut canonical);
    let mut h = Sha256::new();
    h.update(command.as_bytes());
    h.update([0u8]);
    h.update(canonical.as_bytes());
    format!("{:x}", h.finalize())
}

fn is_empty_value(v: &serde_json::Value) -> bool {
    use serde_json::Value as V;
    match v {
        V::Null => true,
        V::String(s) => s.trim().is_empty(),
        V::Array(a) => a.is_empty(),
        V::Object(o) => o.iter().all(|(k, v)| k == "client_id" || is_empty_value(v)),
        _ => false,
    }
}

fn canonical_json(v: &serde_json::Value, out: &mut String) {
    use serde_json::Value as V;
    match v {
        V::String(s) => out.push_str(&serde_json::Value::String(s.trim().to_string()).to_string()),
        V::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                canonical_json(x, out);
            }
            out.push(']');
        }
        V::Object(o) => {
            let mut keys: Vec<&String> = o.iter().filter(|(k, v)| *k != "client_id" && !is_empty_value(v)).map(|(k, _)| k).collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&serde_json::Value::String(k.clone()).to_string());
                out.push(':');
                canonical_json(&o[k.as_str()], out);
            }
            out.push('}');
        }
        other => out.push_str(&other.to_string()),
    }
}

pub(crate) fn org_of(book: &Book<'_>, code: &str) -> Result<Organisation> {
    book.org_by_code(code)?.ok_or_else(|| Error::UnknownOrganisation { org: code.to_string() })
}

/// A member known by admission number who is a member on `date`.
pub(crate) fn active_member(book: &Book<'_>, org: &Organisation, admission_no: &str, date: NaiveDate) -> Result<Member> {
    let no = admission_no.trim();
    let found = match book.member_by_no(org.id, no)? {
        Some(m) => Some(m),
        // Typed in the reader's digits (५, ৫, ๕) where the book keeps Latin ones.
        None => match crate::i18n::checked_digits(no, "member").ok().filter(|latin| latin != no) {
            Some(latin) => book.member_by_no(org.id, &latin)?,
            None => None,
        },
    };
    let m = found.ok_or_else(|| Error::UnknownMember { member: admission_no.to_string() })?;
    if let Some(exited) = m.exited_on {
        if date > exited {
            return Err(Error::MemberExited { member: label(&m), exited });
        }
    }
    if date < m.joined_on {
        return Err(Error::MemberNotYetJoined { member: label(&m), joined: m.joined_on });
    }
    Ok(m)
}

/// How a member is named in messages: "M03 Sunita Devi".
pub(crate) fn label(m: &Member) -> String {
    format!("{} {}", m.admission_no, m.name)
}

pub(crate) fn policy_on(book: &Book<'_>, org: &Organisation, date: NaiveDate) -> Result<Policy> {
    let all = book.policies(org.id)?;
    in_force(&all, date).cloned().ok_or(Error::NoPolicy { date })
}

/// A date the book may record: not in the future, not before the organisation was formed, not
/// inside a closed year, not before the opening cut-off when the books were brought over
/// from paper, and in a VSLA group not on or before a share-out (a shared-out cycle is closed).
pub(crate) fn check_entry_date(book: &Book<'_>, org: &Organisation, date: NaiveDate, today: NaiveDate) -> Result<()> {
    if date > today {
        return Err(Error::DateInFuture { date, today });
    }
    if date < org.formed_on {
        return Err(Error::DateBeforeFormation { date, formed: org.formed_on });
    }
    let fy = org.fiscal_year(date);
    if book.year_is_closed(org.id, fy.start_year)? {
        return Err(Error::Store(StoreError::YearClosed { year: fy.label() }));
    }
    if let Some(opening) = book.meta(&format!("opening:{}", org.id))? {
        let opening = NaiveDate::parse_from_str(&opening, "%Y-%m-%d").map_err(|e| Error::Store(StoreError::Database { detail: e.to_string() }))?;
        if date < opening {
            return Err(Error::DateBeforeOpening { date, opening });
        }
    }
    if let Some((cycle, shared_out)) = vsla::shared_out_cycle_of(book, org, date)? {
        return Err(Error::VslaCycleSharedOut { date, cycle, shared_out });
    }
    Ok(())
}
