//! The chain of the book's records (migrations 0007 and 0008): every recorded fact a figure or a signature
//! rests on, outside the voucher chain, hashed canonically into `record_hash` in the transaction
//! that saves it, and re-hashed by the full check to name what an outside edit changed.
//!
//! One chain for the whole book (not one per organisation): people, their PINs and the acts of
//! a federation bookkeeper belong to no single organisation, yet every organisation's book code
//! must cover them. Each row names the book's latest voucher when it was written, which places
//! it among every organisation's vouchers (see `app::safety::verify_code`).
//!
//! A record's content is read back from its rows after the insert (the very query the check
//! runs), so a save and a check can never canonicalise differently. Names and personal data of
//! members (name, nominee, phone, identity digits, erasure date) are not part of any record.

use super::Book;
use crate::domain::ledger::{record_content_hash, record_link, GENESIS_HASH};
use crate::store::error::Result;
use rusqlite::{params, types::ValueRef, OptionalExtension};
use std::collections::HashMap;

/// The kinds of record chained, with a stable code (in `record_hash.kind` and in the findings'
/// Fluent ids `finding-record-changed-<code>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordKind {
    Organisation,
    Account,
    Member,
    /// A member's exit: its date, hashed when the member leaves (the member's own record never
    /// changes, so a record hashed twice is always an outside change).
    Exit,
    Policy,
    Meeting,
    Attendance,
    Minutes,
    Loan,
    Guarantors,
    Reschedule,
    Person,
    Pin,
    Act,
    /// The cut-off date of an organisation's opening balances (the `book` row `opening:<org>`,
    /// row id = the organisation's id): no entry may be dated before it (migration 0008).
    Opening,
    /// A passbook print run: where on which page the last entry was printed, so the next
    /// printing continues on the paper at the right line (migration 0008).
    PassbookPrint,
    /// A retry-log entry: a client id bound to its command, its content's digest and its
    /// answer (migration 0008).
    Command,
    /// The price of a share from a date (issue 14).
    SharePrice,
    /// A close of a fiscal year, with the vouchers it posted.
    YearClose,
    /// A reopening of a closed year, with its reason and reversals.
    YearReopen,
    /// Issue 16: an organisation's bundle-signing key (its public half; the secret stays out
    /// of the hash, which is no secret).
    BundleKey,
    /// A bundle this book wrote.
    BundleWritten,
    /// A group in an oversight book's register, with the key it signs with.
    FedGroup,
    /// A bundle imported into an oversight book (its heads and the group's records it carried).
    FedBundle,
    /// An alarm raised by a bundle that rewrote history.
    FedAlarm,
    /// The by-law rules of issue 15 (what the cap limits, how weeks are counted) for a version.
    ByLawRule,
    // Issue 15 (welfare, migration 0013): a version of the welfare rules; a death and its levy
    // register (who owes); a collection and the levies it took; a payout and the loans it
    // settled; a fund's receipt of a settlement slip; a benefit paid.
    WelfareRule,
    Death,
    LevyRegister,
    LevyCollection,
    LevyPaid,
    WelfarePayout,
    Settlement,
    SettlementReceipt,
    WelfareBenefit,
    /// Issue 14: a VSLA cycle with its by-laws (migration 0014).
    VslaCycle,
    /// A VSLA cycle's share-out, with the voucher it posted.
    VslaShareOut,
    /// Issue 15 (follow-up): whether a reschedule's arrears were kept apart or folded in.
    RescheduleRule,
    /// A follow-up visit to a borrower's household.
    Visit,
    /// A meeting's agenda (issue 12): the previous decisions reviewed, the loans' use asked.
    Agenda,
    /// A follow-up meeting with the households that fell behind, and what each agreed to pay.
    FollowupMeeting,
    /// Issue 16 (the fund centre): a member's household key as recorded on a date.
    Household,
    /// A household the fund centre follows until it is debt-free, from the date it chose it.
    HouseholdTarget,
    /// A welfare club's key, registered by a lending fund from the club's first settlement slip.
    SlipKey,
    /// The audit of a fiscal year, signed off by its auditor before the close (issue 14).
    YearAudit,
    /// A statement of a closed year as it stood at the close (issue 14).
    YearSnapshot,
}

impl RecordKind {
    pub const ALL: [RecordKind; 46] = [
        RecordKind::Organisation,
        RecordKind::Account,
        RecordKind::Member,
        RecordKind::Exit,
        RecordKind::Policy,
        RecordKind::Meeting,
        RecordKind::Attendance,
        RecordKind::Minutes,
        RecordKind::Loan,
        RecordKind::Guarantors,
        RecordKind::Reschedule,
        RecordKind::Person,
        RecordKind::Pin,
        RecordKind::Act,
        RecordKind::Opening,
        RecordKind::PassbookPrint,
        RecordKind::Command,
        RecordKind::SharePrice,
        RecordKind::YearClose,
        RecordKind::YearReopen,
        RecordKind::BundleKey,
        RecordKind::BundleWritten,
        RecordKind::FedGroup,
        RecordKind::FedBundle,
        RecordKind::FedAlarm,
        RecordKind::ByLawRule,
        RecordKind::WelfareRule,
        RecordKind::Death,
        RecordKind::LevyRegister,
        RecordKind::LevyCollection,
        RecordKind::LevyPaid,
        RecordKind::WelfarePayout,
        RecordKind::Settlement,
        RecordKind::SettlementReceipt,
        RecordKind::WelfareBenefit,
        RecordKind::VslaCycle,
        RecordKind::VslaShareOut,
        RecordKind::RescheduleRule,
        RecordKind::Visit,
        RecordKind::Agenda,
        RecordKind::FollowupMeeting,
        RecordKind::Household,
        RecordKind::HouseholdTarget,
        RecordKind::SlipKey,
        RecordKind::YearAudit,
        RecordKind::YearSnapshot,
    ];

    /// The kinds the records chain took in when it was made (migration 0007): a book crossing
    /// that migration has these hashed as they stand. `ALL` lists the kinds in the order of the
    /// migrations that brought them, so each migration's kinds are a run of it.
    pub const SINCE_0007: &'static [RecordKind] = Self::run(0, 14);

    /// The kinds added by migration 0008, hashed as they stand by a book crossing it.
    pub const SINCE_0008: &'static [RecordKind] = Self::run(14, 17);

    /// The kinds whose tables migration 0009 creates (year-end): new and empty when a book
    /// crosses it, so there is nothing to hash as it stands.
    pub const SINCE_0009: &'static [RecordKind] = Self::run(17, 20);

    /// The kinds whose tables migration 0010 creates (the federation's): new and empty too.
    pub const SINCE_0010: &'static [RecordKind] = Self::run(20, 25);

    /// The kind migration 0011 adds (by-law rules): hashed as they stand by a book crossing it
    /// (none in a real older book; a book whose version was set back may hold some).
    pub const SINCE_0011: &'static [RecordKind] = Self::run(25, 26);

    /// The kinds migration 0013 adds (welfare): hashed as they stand by a book crossing it (none
    /// in a real older book; a book whose version was set back may hold some).
    pub const SINCE_0013: &'static [RecordKind] = Self::run(26, 35);
    /// The kinds whose tables migration 0014 creates (VSLA cycles): new and empty in a real
    /// older book, hashed as they stand in one whose version was set back.
    pub const SINCE_0014: &'static [RecordKind] = Self::run(35, 37);
    /// The kinds whose tables migration 0015 creates (issue 15's follow-up): hashed as they
    /// stand by a book crossing it (none in a real older book).
    pub const SINCE_0015: &'static [RecordKind] = Self::run(37, 39);
    /// The kind migration 0016 adds (meeting agendas, issue 12).
    pub const SINCE_0016: &'static [RecordKind] = Self::run(39, 40);
    /// The kind migration 0017 adds (the follow-up meeting, issue 15).
    pub const SINCE_0017: &'static [RecordKind] = Self::run(40, 41);
    /// The kinds migration 0018 adds (household keys and target households, issue 16).
    pub const SINCE_0018: &'static [RecordKind] = Self::run(41, 43);
    /// The kind migration 0019 adds (the clubs' slip keys, issue 15).
    pub const SINCE_0019: &'static [RecordKind] = Self::run(43, 44);
    /// The kind migration 0020 adds (a year's audit sign-off, issue 14).
    pub const SINCE_0020: &'static [RecordKind] = Self::run(44, 45);
    /// The kind migration 0021 adds (a closed year's statements as at the close, issue 14).
    pub const SINCE_0021: &'static [RecordKind] = Self::run(45, 46);

    /// `ALL[from..to]`, in a constant.
    const fn run(from: usize, to: usize) -> &'static [RecordKind] {
        Self::ALL.as_slice().split_at(to).0.split_at(from).1
    }

    /// Whether a row of this kind can be the head a book code is made from. A retry-log entry
    /// and a passbook print run are written after the answer that carries the book code (the
    /// answer is what the log keeps; the code is printed on the page): the code printed stays
    /// the head's, and the next save's code covers them through the chain's links.
    pub fn heads_code(self) -> bool {
        !matches!(self, RecordKind::Command | RecordKind::PassbookPrint)
    }

    pub fn code(self) -> &'static str {
        match self {
            RecordKind::Organisation => "organisation",
            RecordKind::Account => "account",
            RecordKind::Member => "member",
            RecordKind::Exit => "exit",
            RecordKind::Policy => "by-law",
            RecordKind::Meeting => "meeting",
            RecordKind::Attendance => "attendance",
            RecordKind::Minutes => "minutes",
            RecordKind::Loan => "loan",
            RecordKind::Guarantors => "guarantors",
            RecordKind::Reschedule => "reschedule",
            RecordKind::Person => "person",
            RecordKind::Pin => "pin",
            RecordKind::Act => "act",
            RecordKind::Opening => "opening",
            RecordKind::PassbookPrint => "passbook-print",
            RecordKind::Command => "command",
            RecordKind::SharePrice => "share-price",
            RecordKind::YearClose => "year-close",
            RecordKind::YearReopen => "year-reopen",
            RecordKind::BundleKey => "bundle-key",
            RecordKind::BundleWritten => "bundle-written",
            RecordKind::FedGroup => "federated-group",
            RecordKind::FedBundle => "bundle-import",
            RecordKind::FedAlarm => "bundle-alarm",
            RecordKind::ByLawRule => "by-law-rule",
            RecordKind::WelfareRule => "welfare-rule",
            RecordKind::Death => "death",
            RecordKind::LevyRegister => "levy-register",
            RecordKind::LevyCollection => "levy-collection",
            RecordKind::LevyPaid => "levy-paid",
            RecordKind::WelfarePayout => "welfare-payout",
            RecordKind::Settlement => "settlement",
            RecordKind::SettlementReceipt => "settlement-receipt",
            RecordKind::WelfareBenefit => "welfare-benefit",
            RecordKind::VslaCycle => "vsla-cycle",
            RecordKind::VslaShareOut => "vsla-share-out",
            RecordKind::RescheduleRule => "reschedule-rule",
            RecordKind::Visit => "visit",
            RecordKind::Agenda => "agenda",
            RecordKind::FollowupMeeting => "followup-meeting",
            RecordKind::Household => "household",
            RecordKind::HouseholdTarget => "household-target",
            RecordKind::SlipKey => "slip-key",
            RecordKind::YearAudit => "year-audit",
            RecordKind::YearSnapshot => "year-snapshot",
        }
    }

    /// The kinds of issue 16 (migration 0010).
    pub fn is_federation(self) -> bool {
        matches!(self, RecordKind::BundleKey | RecordKind::BundleWritten | RecordKind::FedGroup | RecordKind::FedBundle | RecordKind::FedAlarm)
    }

    pub fn from_code(s: &str) -> Option<RecordKind> {
        RecordKind::ALL.into_iter().find(|k| k.code() == s)
    }

    /// Every record of the kind: (row id, organisation or 0, label). The label parts are joined
    /// by `|` (a reschedule: loan number and date; an act: its number and date).
    fn list(self) -> (&'static str, &'static str) {
        match self {
            RecordKind::Organisation => ("SELECT o.id, o.id, o.code FROM organisation o", "o.id"),
            RecordKind::Account => ("SELECT a.id, a.org_id, a.code FROM account a", "a.id"),
            RecordKind::Member => ("SELECT m.id, m.org_id, m.admission_no FROM member m", "m.id"),
            RecordKind::Exit => ("SELECT m.id, m.org_id, m.admission_no FROM member m WHERE m.exited_on IS NOT NULL", "m.id"),
            RecordKind::Policy => ("SELECT p.id, p.org_id, p.effective_from FROM policy p", "p.id"),
            RecordKind::Meeting | RecordKind::Attendance | RecordKind::Minutes => ("SELECT m.id, m.org_id, m.date FROM meeting m", "m.id"),
            RecordKind::Loan | RecordKind::Guarantors => ("SELECT l.id, l.org_id, l.number FROM loan l", "l.id"),
            RecordKind::Reschedule => (
                "SELECT r.id, coalesce(l.org_id, 0), coalesce(l.number, 0) || '|' || r.effective_from FROM reschedule r LEFT JOIN loan l ON l.id = r.loan_id",
                "r.id",
            ),
            RecordKind::Person => ("SELECT p.id, coalesce(p.org_id, 0), p.name FROM person p", "p.id"),
            RecordKind::Pin => (
                "SELECT x.id, coalesce(p.org_id, 0), coalesce(p.name, '') FROM person_pin x LEFT JOIN person p ON p.id = x.person_id",
                "x.id",
            ),
            RecordKind::Act => ("SELECT a.id, coalesce(a.org_id, 0), a.id || '|' || a.on_date FROM act a", "a.id"),
            RecordKind::Opening => (
                "SELECT CAST(substr(k.key, 9) AS INTEGER), CAST(substr(k.key, 9) AS INTEGER), k.value FROM book k WHERE k.key LIKE 'opening:%'",
                "CAST(substr(k.key, 9) AS INTEGER)",
            ),
            RecordKind::PassbookPrint => (
                "SELECT p.id, p.org_id, coalesce(m.admission_no, '') || '|' || p.printed_at FROM passbook_print p LEFT JOIN member m ON m.id = p.member_id",
                "p.id",
            ),
            // A retry-log entry carries no organisation: book-wide, so in every organisation's check.
            RecordKind::Command => ("SELECT c.id, 0, c.client_id FROM command_log c", "c.id"),
            RecordKind::SharePrice => ("SELECT s.id, s.org_id, s.effective_from FROM share_price s", "s.id"),
            RecordKind::YearClose => ("SELECT y.id, y.org_id, y.fiscal_year FROM year_close y", "y.id"),
            RecordKind::YearAudit => ("SELECT a.id, a.org_id, a.fiscal_year FROM year_audit a", "a.id"),
            RecordKind::YearSnapshot => (
                "SELECT s.id, coalesce(y.org_id, 0), coalesce(y.fiscal_year, 0) FROM year_snapshot s LEFT JOIN year_close y ON y.id = s.close_id",
                "s.id",
            ),
            RecordKind::YearReopen => (
                "SELECT r.id, coalesce(y.org_id, 0), coalesce(y.fiscal_year, 0) FROM year_reopen r LEFT JOIN year_close y ON y.id = r.close_id",
                "r.id",
            ),
            RecordKind::BundleKey => ("SELECT k.id, k.org_id, substr(k.public_key, 1, 16) FROM bundle_key k", "k.id"),
            RecordKind::BundleWritten => ("SELECT w.id, w.org_id, w.seq FROM bundle_written w", "w.id"),
            RecordKind::FedGroup => ("SELECT g.id, g.overseer_id, g.code FROM fed_group g", "g.id"),
            RecordKind::FedBundle => {
                ("SELECT f.id, coalesce(g.overseer_id, 0), coalesce(g.code, '') || ' ' || f.seq FROM fed_bundle f LEFT JOIN fed_group g ON g.id = f.group_id", "f.id")
            }
            RecordKind::FedAlarm => {
                ("SELECT x.id, coalesce(g.overseer_id, 0), coalesce(g.code, '') || ' ' || x.raised_at FROM fed_alarm x LEFT JOIN fed_group g ON g.id = x.group_id", "x.id")
            }
            RecordKind::ByLawRule => (
                "SELECT r.policy_id, coalesce(p.org_id, 0), coalesce(p.effective_from, '') FROM bylaw_rule r LEFT JOIN policy p ON p.id = r.policy_id",
                "r.policy_id",
            ),
            RecordKind::WelfareRule => ("SELECT w.id, w.org_id, w.effective_from FROM welfare_rule w", "w.id"),
            RecordKind::Death | RecordKind::LevyRegister => {
                ("SELECT d.id, d.org_id, coalesce(m.admission_no, '') || '|' || d.died_on FROM death d LEFT JOIN member m ON m.id = d.member_id", "d.id")
            }
            RecordKind::LevyCollection | RecordKind::LevyPaid => (
                "SELECT c.id, coalesce(d.org_id, 0), coalesce(m.admission_no, '') || '|' || c.paid_on FROM levy_collection c LEFT JOIN death d ON d.id = c.death_id LEFT JOIN member m ON m.id = d.member_id",
                "c.id",
            ),
            RecordKind::WelfarePayout | RecordKind::Settlement => (
                "SELECT p.id, coalesce(d.org_id, 0), coalesce(m.admission_no, '') || '|' || p.paid_on FROM welfare_payout p LEFT JOIN death d ON d.id = p.death_id LEFT JOIN member m ON m.id = d.member_id",
                "p.id",
            ),
            RecordKind::SettlementReceipt => ("SELECT s.id, s.org_id, s.slip_ref FROM settlement_receipt s", "s.id"),
            RecordKind::WelfareBenefit => ("SELECT b.id, b.org_id, b.id || '|' || b.paid_on FROM welfare_benefit b", "b.id"),
            RecordKind::VslaCycle => ("SELECT c.id, c.org_id, c.number FROM vsla_cycle c", "c.id"),
            RecordKind::VslaShareOut => (
                "SELECT s.id, coalesce(c.org_id, 0), coalesce(c.number, 0) FROM vsla_share_out s LEFT JOIN vsla_cycle c ON c.id = s.cycle_id",
                "s.id",
            ),
            RecordKind::RescheduleRule => (
                "SELECT x.reschedule_id, coalesce(l.org_id, 0), coalesce(l.number, 0) || '|' || coalesce(r.effective_from, '') FROM reschedule_rule x LEFT JOIN reschedule r ON r.id = x.reschedule_id LEFT JOIN loan l ON l.id = r.loan_id",
                "x.reschedule_id",
            ),
            RecordKind::Visit => (
                "SELECT v.id, v.org_id, coalesce(l.number, 0) || '|' || v.visited_on FROM followup_visit v LEFT JOIN loan l ON l.id = v.loan_id",
                "v.id",
            ),
            // Only the meetings that asked something: one record per meeting, like its minutes.
            RecordKind::Agenda => ("SELECT m.id, m.org_id, m.date FROM meeting m WHERE m.id IN (SELECT meeting_id FROM meeting_agenda)", "m.id"),
            RecordKind::FollowupMeeting => ("SELECT f.id, f.org_id, f.held_on FROM followup_meeting f", "f.id"),
            RecordKind::Household => ("SELECT h.id, m.org_id, m.admission_no || '|' || h.recorded_on FROM member_household h JOIN member m ON m.id = h.member_id", "h.id"),
            RecordKind::HouseholdTarget => ("SELECT t.id, t.org_id, t.household || '|' || t.marked_on FROM household_target t", "t.id"),
            RecordKind::SlipKey => ("SELECT k.id, k.org_id, k.club FROM slip_key k", "k.id"),
        }
    }

    /// The rows whose every column is the record's content, in a stable order (money in minor
    /// units and dates in ISO, as stored).
    fn content(self) -> &'static str {
        match self {
            RecordKind::Organisation => {
                "SELECT code, name, kind, country, currency, lang, fiscal_start_month, fiscal_start_day, meeting_frequency, formed_on, parent_id, place
                 FROM organisation WHERE id = ?1"
            }
            RecordKind::Account => "SELECT org_id, code, type, sub_ledger FROM account WHERE id = ?1",
            // Not the name, nominee, phone, identity digits or erasure date: those stay outside.
            RecordKind::Member => "SELECT org_id, admission_no, role, joined_on FROM member WHERE id = ?1",
            RecordKind::Exit => "SELECT exited_on FROM member WHERE id = ?1",
            RecordKind::Policy => {
                "SELECT org_id, effective_from, saving_per_meeting_minor, interest_rate, rate_period, interest_method, repayment_frequency,
                   default_instalments, fine_absent_minor, fine_late_minor, fine_late_instalment_minor, loan_cap_minor, loan_cap_savings_multiple,
                   guarantors_required, rounding_unit_minor, rounding_mode, allocation_order, allow_prepayment, approval_threshold_minor, recorded_at
                 FROM policy WHERE id = ?1"
            }
            RecordKind::Meeting => {
                "SELECT org_id, number, date, place, cash_counted_minor, cash_book_minor, client_id, recorded_at FROM meeting WHERE id = ?1"
            }
            RecordKind::Attendance => "SELECT member_id, status FROM attendance WHERE meeting_id = ?1 ORDER BY member_id",
            RecordKind::Minutes => "SELECT seq, kind, text FROM minute WHERE meeting_id = ?1 ORDER BY seq",
            RecordKind::Loan => {
                "SELECT org_id, number, member_id, fund, principal_minor, rate, rate_period, method, frequency, instalments, grace_periods,
                   rounding_unit_minor, rounding_mode, disbursed_on, purpose, policy_id, meeting_id, is_opening
                 FROM loan WHERE id = ?1"
            }
            RecordKind::Guarantors => "SELECT member_id FROM guarantor WHERE loan_id = ?1 ORDER BY member_id",
            RecordKind::Reschedule => {
                "SELECT loan_id, effective_from, principal_minor, rate, rate_period, method, frequency, instalments, grace_periods,
                   rounding_unit_minor, rounding_mode, agreement, client_id, recorded_at
                 FROM reschedule WHERE id = ?1"
            }
            RecordKind::Person => "SELECT name, role, org_id, enrolled_by, enrolled_at FROM person WHERE id = ?1",
            RecordKind::Pin => "SELECT person_id, pin_hash, set_at FROM person_pin WHERE id = ?1",
            RecordKind::Act => {
                "SELECT org_id, action, on_date, voucher_id, loan_id, policy_id, member_id, done_by, approved_by, recorded_at FROM act WHERE id = ?1"
            }
            RecordKind::Opening => "SELECT key, value FROM book WHERE key = 'opening:' || ?1",
            RecordKind::PassbookPrint => {
                "SELECT org_id, member_id, first_voucher_id, last_voucher_id, page, line, lines_per_page, paper, printed_at FROM passbook_print WHERE id = ?1"
            }
            RecordKind::Command => "SELECT client_id, command, digest, result, recorded_at FROM command_log WHERE id = ?1",
            RecordKind::SharePrice => "SELECT org_id, effective_from, price_minor, recorded_at FROM share_price WHERE id = ?1",
            RecordKind::YearClose => "SELECT org_id, fiscal_year, year_end, rule, vouchers, recorded_at FROM year_close WHERE id = ?1",
            RecordKind::YearReopen => "SELECT close_id, reason, recorded_at FROM year_reopen WHERE id = ?1",
            RecordKind::YearAudit => "SELECT org_id, fiscal_year, audited_on, auditor, peer_from, bank_statement_minor, remarks, recorded_at FROM year_audit WHERE id = ?1",
            RecordKind::YearSnapshot => "SELECT close_id, report, body FROM year_snapshot WHERE id = ?1",
            RecordKind::BundleKey => "SELECT org_id, public_key, created_at FROM bundle_key WHERE id = ?1",
            // What a bundle relayed, and the group a relayed group came through, are a second
            // row of their record (none for a bundle or group without: their hashes as before).
            RecordKind::BundleWritten => {
                "SELECT org_id, seq, scope, base_count, head_count, head_hash, book_code, names, payload_sha256, written_on, written_at FROM bundle_written WHERE id = ?1
                 UNION ALL SELECT 'relayed', upto, '', '', '', '', '', '', '', '', '' FROM bundle_relayed WHERE written_id = ?1"
            }
            RecordKind::FedGroup => {
                "SELECT overseer_id, code, name, kind, country, currency, place, formed_on, meeting_frequency, public_key, fingerprint, registered_at FROM fed_group WHERE id = ?1
                 UNION ALL SELECT 'via', via_id, '', '', '', '', '', '', '', '', '', '' FROM fed_relay WHERE group_id = ?1"
            }
            RecordKind::FedBundle => {
                "SELECT group_id, seq, scope, base_count, head_count, head_hash, records_count, records_head, book_code, as_of, written_on, payload_sha256, records, imported_at
                 FROM fed_bundle WHERE id = ?1"
            }
            RecordKind::FedAlarm => "SELECT group_id, payload_sha256, differences, raised_at FROM fed_alarm WHERE id = ?1",
            RecordKind::ByLawRule => "SELECT cap_scope, period_convention, recorded_at FROM bylaw_rule WHERE policy_id = ?1",
            RecordKind::WelfareRule => {
                "SELECT org_id, effective_from, model, levy_minor, annual_fee_minor, admin_share, arrears_limit, death_benefit_minor, birth_minor, sickness_minor, old_age_minor, recorded_at
                 FROM welfare_rule WHERE id = ?1"
            }
            // Not the nominee's name: it stays outside, like members' names.
            RecordKind::Death => "SELECT org_id, member_id, died_on, rule_id, levy_minor, recorded_at FROM death WHERE id = ?1",
            RecordKind::LevyRegister => "SELECT member_id FROM levy_due WHERE death_id = ?1 ORDER BY member_id",
            RecordKind::LevyCollection => "SELECT death_id, voucher_id, paid_on, recorded_at FROM levy_collection WHERE id = ?1",
            RecordKind::LevyPaid => "SELECT member_id, amount_minor FROM levy_paid WHERE collection_id = ?1 ORDER BY member_id",
            RecordKind::WelfarePayout => {
                "SELECT death_id, paid_on, collected_minor, admin_minor, family_minor, voucher_id, recorded_at FROM welfare_payout WHERE id = ?1"
            }
            RecordKind::Settlement => {
                "SELECT fund_org_id, fund_name, loan_ref, loan_id, principal_minor, interest_minor, fund_voucher_id, slip_ref FROM settlement WHERE payout_id = ?1 ORDER BY id"
            }
            RecordKind::SettlementReceipt => "SELECT org_id, slip_ref, received_on, voucher_id, recorded_at FROM settlement_receipt WHERE id = ?1",
            RecordKind::WelfareBenefit => {
                "SELECT org_id, member_id, kind, paid_on, amount_minor, rule_id, voucher_id, recorded_at FROM welfare_benefit WHERE id = ?1"
            }
            RecordKind::VslaCycle => {
                "SELECT org_id, number, start_date, end_date, share_price_minor, social_fund_minor, service_charge, loans_at_share_out, recorded_at FROM vsla_cycle WHERE id = ?1"
            }
            RecordKind::VslaShareOut => "SELECT cycle_id, on_date, voucher_id, value_per_share, residual_minor, recorded_at FROM vsla_share_out WHERE id = ?1",
            RecordKind::RescheduleRule => "SELECT arrears, recorded_at FROM reschedule_rule WHERE reschedule_id = ?1",
            RecordKind::Visit => "SELECT org_id, loan_id, visited_on, visitors, found, record_matches, recorded_at FROM followup_visit WHERE id = ?1",
            RecordKind::Agenda => "SELECT seq, item, decision, loan_id, answer, note FROM meeting_agenda WHERE meeting_id = ?1 ORDER BY seq",
            // The meeting and its promises as one record: a changed promise is a changed meeting.
            RecordKind::FollowupMeeting => {
                "SELECT 0, org_id, held_on, place, attended, notes, recorded_at FROM followup_meeting WHERE id = ?1 UNION ALL SELECT 1, loan_id, pay_on, amount_minor, note, '', '' FROM followup_promise WHERE meeting_id = ?1 ORDER BY 1, 2"
            }
            RecordKind::Household => "SELECT member_id, household, recorded_on, recorded_at FROM member_household WHERE id = ?1",
            RecordKind::HouseholdTarget => "SELECT org_id, household, marked_on, note, recorded_at FROM household_target WHERE id = ?1",
            RecordKind::SlipKey => "SELECT org_id, club, public_key, fingerprint, registered_at FROM slip_key WHERE id = ?1",
        }
    }
}

/// `record_hash` rows that can head a book code (`RecordKind::heads_code`), as SQL.
const HEADS_CODE: &str = "kind NOT IN ('command', 'passbook-print')";

/// One row of an organisation's records chain, without the record's content: what a book code
/// needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordLink {
    pub seq: i64,
    /// The organisation's latest voucher when the record was hashed (0: none).
    pub voucher_id: i64,
    /// Hashed at the first opening after the upgrade, not by a save.
    pub upgrade: bool,
    pub link: String,
}

/// Something the records check found (see `Book::record_problems`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordProblem {
    /// The record's content is no longer what was hashed.
    Changed { org_id: i64, kind: RecordKind, label: String },
    /// A record with no hash: added outside Samuh.
    Unrecorded { org_id: i64, kind: RecordKind, label: String },
    /// A hash whose record is gone: removed outside Samuh.
    Deleted { org_id: i64, kind: RecordKind, label: String },
    /// The chain of hashes itself was altered (a hash row changed, removed or inserted); the
    /// organisation of the first row that does not verify.
    ChainBroken { org_id: i64, label: String },
}

/// A record's latest hash row: its organisation, label and content hash.
type Recorded = (i64, String, String);

/// A cell as canonical text: typed (so 1 and '1' differ) and escaped.
fn cell(v: ValueRef<'_>, out: &mut String) {
    match v {
        ValueRef::Null => out.push('-'),
        ValueRef::Integer(i) => {
            out.push_str("i:");
            out.push_str(&i.to_string());
        }
        ValueRef::Real(f) => {
            out.push_str("r:");
            out.push_str(&format!("{f:?}"));
        }
        ValueRef::Text(t) => {
            out.push_str("t:");
            for c in String::from_utf8_lossy(t).chars() {
                match c {
                    '\\' => out.push_str("\\\\"),
                    '|' => out.push_str("\\|"),
                    '\n' => out.push_str("\\n"),
                    c => out.push(c),
                }
            }
        }
        ValueRef::Blob(b) => {
            out.push_str("b:");
            out.push_str(&crate::domain::ledger::hex(b));
        }
    }
}

impl Book<'_> {
    /// Whether the book has a records chain (a backup of an older version opened read-only has not).
    pub fn has_record_chain(&self) -> Result<bool> {
        Ok(self.one("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'record_hash'", [], |r| r.get::<_, i64>(0))? == 1)
    }

    /// The hash of a record's content as it stands now.
    fn record_hash_now(&self, kind: RecordKind, row_id: i64) -> Result<String> {
        let mut sql = kind.content();
        // A backup from before migration 0024, opened read-only, relayed nothing: its bundles'
        // notes and groups are their first row alone.
        if matches!(kind, RecordKind::BundleWritten | RecordKind::FedGroup) && self.one_table_missing("fed_relay")? {
            sql = sql.split(" UNION ALL ").next().unwrap_or(sql);
        }
        let mut st = self.c.prepare_cached(sql)?;
        let n = st.column_count();
        let mut rows = st.query([row_id])?;
        let mut text = String::new();
        while let Some(r) = rows.next()? {
            for i in 0..n {
                if i > 0 {
                    text.push('|');
                }
                cell(r.get_ref(i)?, &mut text);
            }
            text.push('\n');
        }
        Ok(record_content_hash(kind.code(), &text))
    }

    /// Appends the hash of a record just saved to the book's records chain. Called by the
    /// store functions that insert each kind, in the same transaction.
    #[doc(hidden)] // public for the test that plays a forger hashing a changed record again
    pub fn chain_record(&self, kind: RecordKind, row_id: i64) -> Result<()> {
        self.append_record(kind, row_id, "save")
    }

    fn append_record(&self, kind: RecordKind, row_id: i64, origin: &str) -> Result<()> {
        let (base, key) = kind.list();
        let joiner = if base.contains(" WHERE ") { "AND" } else { "WHERE" };
        let (org_id, label): (i64, String) = self.one(&format!("{base} {joiner} {key} = ?1"), [row_id], |r| Ok((r.get(1)?, r.get::<_, rusqlite::types::Value>(2).map(value_text)?)))?;
        let hash = self.record_hash_now(kind, row_id)?;
        let (seq, prev) = self
            .one("SELECT seq, link FROM record_hash ORDER BY seq DESC LIMIT 1", [], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
            .optional()?
            .unwrap_or((0, GENESIS_HASH.to_string()));
        // The rowid's maximum: read from the end of the table, whatever the book's size.
        let voucher_id: i64 = self.one("SELECT coalesce(max(id), 0) FROM voucher", [], |r| r.get(0))?;
        let seq = seq + 1;
        let link = record_link(&prev, seq, kind.code(), row_id, &label, voucher_id, origin, &hash);
        self.c
            .prepare_cached(
                "INSERT INTO record_hash(org_id, seq, kind, row_id, label, voucher_id, origin, hash, prev, link) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?
            .execute(params![org_id, seq, kind.code(), row_id, label, voucher_id, origin, hash, prev, link])?;
        Ok(())
    }

    /// The first opening of a book made before the records chain (or before some of its kinds):
    /// hashes every record of `kinds` as it stands, kind by kind in id order (origin 'upgrade').
    /// Run once, by the migration that creates `record_hash` (or adds the kinds), in its
    /// transaction.
    pub(crate) fn chain_existing_records(&self, kinds: &[RecordKind]) -> Result<()> {
        for &kind in kinds {
            let (base, key) = kind.list();
            let ids: Vec<i64> =
                self.c.prepare(&format!("{base} ORDER BY {key}"))?.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            for id in ids {
                self.append_record(kind, id, "upgrade")?;
            }
        }
        Ok(())
    }

    /// The records chain in order (links only, no content), for book codes: the rows that can
    /// head a code (see `RecordKind::heads_code`).
    pub fn record_links(&self) -> Result<Vec<RecordLink>> {
        let mut st = self.c.prepare_cached(&format!("SELECT seq, voucher_id, origin, link FROM record_hash WHERE {HEADS_CODE} ORDER BY seq"))?;
        let v = st
            .query_map([], |r| Ok(RecordLink { seq: r.get(0)?, voucher_id: r.get(1)?, upgrade: r.get::<_, String>(2)? == "upgrade", link: r.get(3)? }))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    /// The head of the records chain for book codes: its last row that can head a code (None:
    /// none).
    pub fn record_head(&self) -> Result<Option<RecordLink>> {
        Ok(self
            .one(&format!("SELECT seq, voucher_id, origin, link FROM record_hash WHERE {HEADS_CODE} ORDER BY seq DESC LIMIT 1"), [], |r| {
                Ok(RecordLink { seq: r.get(0)?, voucher_id: r.get(1)?, upgrade: r.get::<_, String>(2)? == "upgrade", link: r.get(3)? })
            })
            .optional()?)
    }

    /// Walks the records chain and re-hashes every record (of one organisation and the
    /// book-wide records, or of the whole book with `org` None): what changed, what was added
    /// or removed outside Samuh, and whether the chain of hashes itself was altered.
    pub fn record_problems(&self, org: Option<i64>) -> Result<Vec<RecordProblem>> {
        let mut out = Vec::new();
        // The chain: each link recomputed, positions 1..n without gaps. A record is hashed once,
        // when saved: a second hash of it was appended outside Samuh (to cover a change), and
        // the record is reported as changed from its first.
        let mut latest: HashMap<(RecordKind, i64), Recorded> = HashMap::new();
        let mut rehashed: std::collections::HashSet<(RecordKind, i64)> = Default::default();
        {
            let mut st = self.c.prepare_cached(
                "SELECT org_id, seq, kind, row_id, label, voucher_id, origin, hash, prev, link FROM record_hash ORDER BY seq",
            )?;
            let mut rows = st.query([])?;
            let (mut expect_seq, mut prev_link, mut broken) = (1i64, GENESIS_HASH.to_string(), false);
            while let Some(r) = rows.next()? {
                let org_id: i64 = r.get(0)?;
                let (seq, kind_code, row_id, label, voucher_id, origin, hash, prev, link): (i64, String, i64, String, i64, String, String, String, String) =
                    (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?, r.get(9)?);
                let kind = RecordKind::from_code(&kind_code);
                let good = seq == expect_seq
                    && prev == prev_link
                    && kind.is_some()
                    && record_link(&prev, seq, &kind_code, row_id, &label, voucher_id, &origin, &hash) == link;
                if !good && !broken {
                    broken = true;
                    out.push(RecordProblem::ChainBroken { org_id, label: label.clone() });
                }
                if let (Some(k), true) = (kind, in_scope(org, org_id)) {
                    if latest.contains_key(&(k, row_id)) {
                        rehashed.insert((k, row_id));
                    } else {
                        latest.insert((k, row_id), (org_id, label, hash));
                    }
                }
                expect_seq = seq + 1;
                prev_link = link;
            }
        }
        // The records: each re-hashed and compared with its latest hash.
        // A backup from before the federation's migration, opened read-only, has none of its tables.
        let federation = self.one("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'fed_group'", [], |r| r.get::<_, i64>(0))? == 1;
        for kind in RecordKind::ALL.into_iter().filter(|k| federation || !k.is_federation()) {
            let (base, key) = kind.list();
            let mut st = self.c.prepare_cached(&format!("{base} ORDER BY {key}"))?;
            let rows: Vec<(i64, i64, String)> =
                st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, value_text(r.get(2)?))))?.collect::<rusqlite::Result<_>>()?;
            for (row_id, org_id, label) in rows {
                if !in_scope(org, org_id) {
                    // Still drop its hash (if it has one in this organisation's chain) from the
                    // list of removed records: a record moved to another organisation is changed.
                    if let Some((o, l, _)) = latest.remove(&(kind, row_id)) {
                        out.push(RecordProblem::Changed { org_id: o, kind, label: l });
                    }
                    continue;
                }
                match latest.remove(&(kind, row_id)) {
                    None => out.push(RecordProblem::Unrecorded { org_id, kind, label }),
                    Some((o, l, h)) => {
                        if o != org_id || rehashed.contains(&(kind, row_id)) || h != self.record_hash_now(kind, row_id)? {
                            out.push(RecordProblem::Changed { org_id: o, kind, label: l });
                        }
                    }
                }
            }
        }
        let mut gone: Vec<((RecordKind, i64), Recorded)> = latest.into_iter().collect();
        gone.sort_by_key(|g| g.0);
        for ((kind, _), (org_id, label, _)) in gone {
            out.push(RecordProblem::Deleted { org_id, kind, label });
        }
        Ok(out)
    }
}

/// Whether a record of `org_id` is checked by a check of `org` (None: the whole book). The
/// book-wide records (people, their PINs, a federation bookkeeper's acts: organisation 0) are
/// in every organisation's check, as every organisation's figures and signatures rest on them.
fn in_scope(org: Option<i64>, org_id: i64) -> bool {
    org_id == 0 || org.is_none_or(|o| o == org_id)
}

/// A label cell as text (numbers as their digits).
fn value_text(v: rusqlite::types::Value) -> String {
    use rusqlite::types::Value;
    match v {
        Value::Null => String::new(),
        Value::Integer(i) => i.to_string(),
        Value::Real(f) => f.to_string(),
        Value::Text(t) => t,
        Value::Blob(b) => crate::domain::ledger::hex(&b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    #[test]
    fn cells_are_typed_and_escaped() {
        let text = |v: ValueRef<'_>| {
            let mut s = String::new();
            cell(v, &mut s);
            s
        };
        assert_eq!(text(ValueRef::Integer(1)), "i:1");
        assert_eq!(text(ValueRef::Text(b"1")), "t:1");
        assert_eq!(text(ValueRef::Null), "-");
        // A cell cannot pass for two: the separator and line breaks are escaped.
        assert_eq!(text(ValueRef::Text(b"a|t:b\nc")), "t:a\\|t:b\\nc");
        assert_eq!(text(ValueRef::Text(b"a\\nb")), "t:a\\\\nb", "a backslash is escaped too");
    }

    #[test]
    fn the_kinds_that_head_no_code_are_the_ones_the_sql_leaves_out() {
        for k in RecordKind::ALL {
            assert_eq!(HEADS_CODE.contains(&format!("'{}'", k.code())), !k.heads_code(), "{k:?}");
            assert_eq!(RecordKind::from_code(k.code()), Some(k));
        }
        let runs = [RecordKind::SINCE_0007, RecordKind::SINCE_0008, RecordKind::SINCE_0009, RecordKind::SINCE_0010, RecordKind::SINCE_0011, RecordKind::SINCE_0013, RecordKind::SINCE_0014, RecordKind::SINCE_0015, RecordKind::SINCE_0016, RecordKind::SINCE_0017, RecordKind::SINCE_0018, RecordKind::SINCE_0019, RecordKind::SINCE_0020, RecordKind::SINCE_0021];
        let mut both: Vec<RecordKind> = runs.iter().flat_map(|r| r.iter()).copied().collect();
        both.sort();
        let mut all = RecordKind::ALL.to_vec();
        all.sort();
        assert_eq!(both, all, "every kind comes with exactly one migration of an older book");
    }

    #[test]
    fn a_members_name_and_personal_data_are_outside_the_record() {
        let mut s = Store::open_in_memory().unwrap();
        s.write(|b| {
            b.c.execute_batch(
                "INSERT INTO organisation(code, name, kind, country, currency, lang, fiscal_start_month, fiscal_start_day, meeting_frequency, formed_on)
                   VALUES ('g', 'G', 'shg', 'in', 'INR', 'hi', 4, 1, 'weekly', '2025-01-05');
                 INSERT INTO member(org_id, admission_no, name, role, joined_on, nominee, phone) VALUES (1, '1', 'Asha', 'member', '2025-01-05', 'Ravi', '98765');",
            )?;
            let before = b.record_hash_now(RecordKind::Member, 1)?;
            b.c.execute_batch("UPDATE member SET name = 'सदस्य 1', nominee = NULL, phone = NULL, id_last4 = NULL, erased_at = '2026-01-01' WHERE id = 1")?;
            assert_eq!(b.record_hash_now(RecordKind::Member, 1)?, before, "erasure leaves the record as it was");
            b.c.execute_batch("UPDATE member SET joined_on = '2025-01-06' WHERE id = 1")?;
            assert_ne!(b.record_hash_now(RecordKind::Member, 1)?, before);
            Ok::<_, crate::store::error::StoreError>(())
        })
        .unwrap();
    }
}
