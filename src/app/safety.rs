//! The book's own safety: the quick self-check run whenever a book is opened, and the book code
//! printed on paper (minutes, passbook pages) that `samuh check --code` compares the book with.

pub(crate) mod screen;
pub(crate) mod check;
pub(crate) mod encryption;

use crate::store::error::StoreError;
use crate::domain::ledger::{book_code, book_code_with_records, parse_book_code, voucher_hash, GENESIS_HASH};
use crate::domain::org::{FiscalYear, Organisation};
use crate::error::{Arg, Error, Result};
use crate::store::{Book, ChainCheckpoint, PostingTotals, RecordKind, RecordLink, RecordProblem, SchemaProblem, Store, StoredVoucher};
use serde::Serialize;

/// One thing a check found wrong, named by a Fluent message id with plain arguments.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Finding {
    pub check: &'static str,
    pub org: String,
    /// A Fluent message id describing the finding, with plain args.
    pub id: &'static str,
    pub args: Vec<(String, String)>,
}

impl Finding {
    /// The arguments for the finding's message: a date (ISO in `args`) shown in the reader's
    /// calendar and digits, everything else as text.
    pub fn message_args(&self) -> Vec<(&str, crate::error::Arg)> {
        use crate::error::Arg;
        self.args
            .iter()
            .map(|(k, v)| {
                let date = (k == "date").then(|| chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d").ok()).flatten();
                (k.as_str(), date.map(Arg::Date).unwrap_or_else(|| Arg::Text(v.clone())))
            })
            .collect()
    }
}

/// How a book code from paper compares with the book.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum CodeStatus {
    /// The code of the latest entry: nothing added or changed since it was printed.
    MatchesHead,
    /// The code of an earlier entry, and the chain from it to today verifies.
    MatchesEarlier,
    /// The code of the empty book (before any entry).
    MatchesEmpty,
    /// No entry of the book has this code: copied wrongly, or the book was changed.
    NotFound,
    /// The chain itself no longer verifies: the book was changed after saving.
    ChainBroken,
    /// The vouchers verify but a record beside them (a loan's terms, a member's number, a
    /// by-law version, attendance, people...) is not what was saved.
    RecordsChanged,
}

impl CodeStatus {
    /// The Fluent message id for the finding.
    pub fn message_id(self) -> &'static str {
        match self {
            CodeStatus::MatchesHead => "book-code-matches-head",
            CodeStatus::MatchesEarlier => "book-code-matches",
            CodeStatus::MatchesEmpty => "book-code-matches-empty",
            CodeStatus::NotFound => "book-code-not-found",
            CodeStatus::ChainBroken => "book-code-chain-broken",
            CodeStatus::RecordsChanged => "book-code-records-changed",
        }
    }
    pub fn is_match(self) -> bool {
        matches!(self, CodeStatus::MatchesHead | CodeStatus::MatchesEarlier | CodeStatus::MatchesEmpty)
    }
}

/// What `verify_code` found.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct CodeMatch {
    pub org: String,
    /// The code as read, in its printed form ("7K2M-9QXD").
    pub code: String,
    pub status: CodeStatus,
    /// The Fluent message id saying so (args: code, org, voucher, date, later).
    pub message: &'static str,
    /// The voucher the code was printed for ("2025-26/0012"), or where the chain first breaks.
    pub voucher: Option<String>,
    /// Its date (ISO).
    pub date: Option<String>,
    /// The meeting it belongs to, if any.
    pub meeting_number: Option<i64>,
    /// Entries recorded after the matching one.
    pub later: i64,
    /// The code of the book as it stands now.
    pub current_code: String,
}

impl CodeMatch {
    /// Message arguments for `message`, typed: the date and the count of later entries are
    /// written in the reader's calendar and digits by the localizer.
    pub fn message_args(&self) -> Vec<(&'static str, Arg)> {
        let date = self.date.as_deref().and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        self.args()
            .into_iter()
            .map(|(k, v)| match (k, date) {
                ("date", Some(d)) => (k, Arg::Date(d)),
                ("later", _) => (k, Arg::Count(self.later)),
                _ => (k, Arg::Text(v)),
            })
            .collect()
    }

    /// Message arguments for `message`, plain (Latin digits, an ISO date), as JSON gives them.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        vec![
            ("code", self.code.clone()),
            ("org", self.org.clone()),
            ("voucher", self.voucher.clone().unwrap_or_default()),
            ("date", self.date.clone().unwrap_or_default()),
            ("later", self.later.to_string()),
        ]
    }
}

pub(crate) fn voucher_label(org: &Organisation, fiscal_year: i32, number: i64) -> String {
    let fy = FiscalYear { start_year: fiscal_year, start_month: org.fiscal_start_month, start_day: org.fiscal_start_day };
    format!("{}/{:04}", fy.label(), number)
}

/// Walks an organisation's chain in order, recomputing every hash; calls `f(position, voucher,
/// ok)` for each voucher (position from 1). Returns the first voucher where the chain breaks.
fn walk_chain(b: &Book<'_>, org_id: i64, mut f: impl FnMut(i64, &StoredVoucher)) -> Result<(i64, String, Option<StoredVoucher>)> {
    let mut prev = GENESIS_HASH.to_string();
    let mut n = 0i64;
    let mut broken: Option<StoredVoucher> = None;
    b.each_voucher(org_id, |v| {
        n += 1;
        if broken.is_none() && (v.prev_hash != prev || voucher_hash(&v.prev_hash, &v.header(), &v.lines) != v.hash) {
            broken = Some(StoredVoucher { lines: Vec::new(), ..v.clone() });
        }
        f(n, v);
        prev = v.hash.clone();
        Ok(())
    })?;
    Ok((n, prev, broken))
}

/// The book code of an organisation whose voucher chain stands at `vouchers` with head `head`,
/// when the book's records chain stands at `records` (its last row; None when empty).
///
/// Why codes printed before the records chain still verify: the records chain enters the code
/// only once its head is a record saved by Samuh. While it is empty (a book of the previous
/// version) or holds only the hashes taken at the first opening after the upgrade, the code is
/// the old one, `book_code` over the vouchers alone; so the code in minutes signed before the
/// upgrade is still the code of that position, and `verify_code` finds it. From the first save
/// after the upgrade (and from the first save of every new book) the code also covers every
/// record hashed so far, including those hashed at the upgrade, through the chain's links.
/// (The alternative, folding the records' digest into the hash of vouchers written after the
/// upgrade, would change the voucher hash recipe, which exports, checkpoints and outside
/// verifiers rely on, and would leave a save that writes no voucher (a member, by-laws) out of
/// the code until the next voucher.)
pub(crate) fn code_at(org_id: i64, vouchers: i64, head: &str, records: Option<&RecordLink>) -> String {
    match records {
        Some(r) if !r.upgrade => book_code_with_records(org_id, vouchers, head, r.seq, &r.link),
        _ => book_code(org_id, vouchers, head),
    }
}

/// `code_at` with the organisation's records chain as it stands in `b`.
pub(crate) fn code_now(b: &Book<'_>, org_id: i64, vouchers: i64, head: &str) -> Result<String> {
    let records = if b.has_record_chain()? { b.record_head()? } else { None };
    Ok(code_at(org_id, vouchers, head, records.as_ref()))
}

/// The `records` check as findings: every record re-hashed and compared with the hash saved
/// with it (one organisation, or the whole book with its people and book-wide acts).
pub(crate) fn record_findings(b: &Book<'_>, org: Option<i64>) -> Result<Vec<Finding>> {
    if !b.has_record_chain()? {
        return Ok(Vec::new());
    }
    let orgs = b.orgs()?;
    let code_of = |id: i64| orgs.iter().find(|o| o.id == id).map(|o| o.code.clone()).unwrap_or_default();
    Ok(b.record_problems(org)?.into_iter().map(|p| record_finding(p, &code_of)).collect())
}

/// The arguments naming a record in the findings: its label's parts by kind.
fn record_args(kind: RecordKind, label: &str) -> Vec<(&'static str, String)> {
    let mut parts = label.splitn(2, '|');
    let (a, b) = (parts.next().unwrap_or("").to_string(), parts.next().unwrap_or("").to_string());
    let mut out = vec![("kind", kind.code().to_string())];
    match kind {
        RecordKind::Organisation => out.push(("org", a)),
        RecordKind::Account => out.push(("account", a)),
        RecordKind::Member | RecordKind::Exit => out.push(("member", a)),
        RecordKind::Policy | RecordKind::ByLawRule | RecordKind::Meeting | RecordKind::Attendance | RecordKind::Minutes | RecordKind::Agenda | RecordKind::FollowupMeeting => out.push(("date", a)),
        RecordKind::Loan | RecordKind::Guarantors => out.push(("loan", a)),
        RecordKind::Reschedule | RecordKind::RescheduleRule | RecordKind::Visit => out.extend([("loan", a), ("date", b)]),
        RecordKind::Household => out.extend([("member", a), ("date", b)]),
        RecordKind::HouseholdTarget => out.extend([("household", a), ("date", b)]),
        RecordKind::Person | RecordKind::Pin => out.push(("person", a)),
        RecordKind::Act => out.extend([("number", a), ("date", b)]),
        RecordKind::Opening => out.push(("date", a)),
        RecordKind::PassbookPrint => out.extend([("member", a), ("date", b)]),
        RecordKind::Command => out.push(("id", a)),
        RecordKind::SharePrice => out.push(("date", a)),
        RecordKind::YearClose | RecordKind::YearReopen | RecordKind::YearAudit | RecordKind::YearSnapshot => out.push(("year", a)),
        RecordKind::VslaCycle | RecordKind::VslaShareOut => out.push(("cycle", a)),
        // Issue 16: one wording for the federation's records, naming the record by its label.
        RecordKind::BundleKey | RecordKind::BundleWritten | RecordKind::FedGroup | RecordKind::FedBundle | RecordKind::FedAlarm => {
            out[0].1 = "federation".to_string();
            out.push(("what", label.to_string()));
        }
        // Issue 15: one wording for the welfare records, naming the record by its label.
        RecordKind::WelfareRule
        | RecordKind::Death
        | RecordKind::LevyRegister
        | RecordKind::LevyCollection
        | RecordKind::LevyPaid
        | RecordKind::WelfarePayout
        | RecordKind::Settlement
        | RecordKind::SettlementReceipt
        | RecordKind::WelfareBenefit
        | RecordKind::SlipKey => {
            out[0].1 = "welfare".to_string();
            out.push(("what", format!("{} {}", kind.code(), label.replace('|', " "))));
        }
    }
    out
}

fn record_finding(p: RecordProblem, code_of: &dyn Fn(i64) -> String) -> Finding {
    let (org_id, id, args) = match p {
        RecordProblem::Changed { org_id, kind, label } => {
            let id = match kind {
                RecordKind::Organisation => "finding-record-changed-organisation",
                RecordKind::Account => "finding-record-changed-account",
                RecordKind::Member => "finding-record-changed-member",
                RecordKind::Exit => "finding-record-changed-exit",
                RecordKind::Policy => "finding-record-changed-by-law",
                RecordKind::Meeting => "finding-record-changed-meeting",
                RecordKind::Attendance => "finding-record-changed-attendance",
                // The agenda is part of the meeting's minutes (issue 12).
                RecordKind::Minutes | RecordKind::Agenda => "finding-record-changed-minutes",
                RecordKind::Loan => "finding-record-changed-loan",
                RecordKind::Guarantors => "finding-record-changed-guarantors",
                RecordKind::Reschedule => "finding-record-changed-reschedule",
                RecordKind::Person => "finding-record-changed-person",
                RecordKind::Pin => "finding-record-changed-pin",
                RecordKind::Act => "finding-record-changed-act",
                RecordKind::Opening => "finding-record-changed-opening",
                RecordKind::PassbookPrint => "finding-record-changed-passbook-print",
                RecordKind::Command => "finding-record-changed-command",
                RecordKind::SharePrice => "finding-record-changed-share-price",
                RecordKind::YearClose => "finding-record-changed-year-close",
                RecordKind::YearReopen => "finding-record-changed-year-reopen",
                RecordKind::YearAudit => "finding-record-changed-year-audit",
                RecordKind::YearSnapshot => "finding-record-changed-year-snapshot",
                RecordKind::BundleKey | RecordKind::BundleWritten | RecordKind::FedGroup | RecordKind::FedBundle | RecordKind::FedAlarm => "finding-record-changed-federation",
                RecordKind::ByLawRule => "finding-record-changed-by-law-rule",
                RecordKind::WelfareRule
                | RecordKind::Death
                | RecordKind::LevyRegister
                | RecordKind::LevyCollection
                | RecordKind::LevyPaid
                | RecordKind::WelfarePayout
                | RecordKind::Settlement
                | RecordKind::SettlementReceipt
                | RecordKind::WelfareBenefit
                | RecordKind::SlipKey => "finding-record-changed-welfare",
                RecordKind::VslaCycle => "finding-record-changed-vsla-cycle",
                RecordKind::VslaShareOut => "finding-record-changed-vsla-share-out",
                RecordKind::RescheduleRule => "finding-record-changed-reschedule-rule",
                RecordKind::Visit => "finding-record-changed-visit",
                RecordKind::FollowupMeeting => "finding-record-changed-followup-meeting",
                RecordKind::Household => "finding-record-changed-household",
                RecordKind::HouseholdTarget => "finding-record-changed-household-target",
            };
            (org_id, id, record_args(kind, &label))
        }
        RecordProblem::Unrecorded { org_id, kind, label } => (org_id, "finding-record-unrecorded", record_args(kind, &label)),
        RecordProblem::Deleted { org_id, kind, label } => (org_id, "finding-record-deleted", record_args(kind, &label)),
        RecordProblem::ChainBroken { org_id, .. } => (org_id, "finding-record-chain-broken", Vec::new()),
    };
    Finding { check: "records", org: code_of(org_id), id, args: args.into_iter().map(|(k, v)| (k.to_string(), v)).collect() }
}

/// Whether the book still matches a book code copied from paper: the code of some state of the
/// book after a save, along chains that verify from the first entry to the last, with every
/// record beside the vouchers as it was saved. Accepts any case, spaces and hyphens, and O/I/L
/// for 0/1.
///
/// The states a save can leave are the points of one staircase through (the organisation's
/// vouchers, the book's records): each record's hash row names the book's latest voucher when it
/// was written, so after any save the records chain stands at some row r and the organisation's
/// chain at a voucher between the one row r names and the one row r + 1 names. Every point of
/// the staircase is tried (as many as vouchers plus records).
pub fn verify_code(store: &Store, org: &str, code: &str) -> Result<CodeMatch> {
    let wanted = parse_book_code(code).ok_or_else(|| Error::InvalidBookCode { input: code.to_string() })?;
    let b = store.read();
    let o = super::org_of(&b, org)?;
    let mut chain: Vec<(i64, String)> = Vec::new();
    let (n, _head, broken) = walk_chain(&b, o.id, |_, v| chain.push((v.id, v.hash.clone())))?;
    let chained = b.has_record_chain()?;
    let links = if chained { b.record_links()? } else { Vec::new() };
    let records_changed = chained && !b.record_problems(None)?.is_empty();
    let code_of = |p: i64, r: usize| {
        let h = if p == 0 { GENESIS_HASH } else { chain[(p - 1) as usize].1.as_str() };
        code_at(o.id, p, h, if r == 0 { None } else { Some(&links[r - 1]) })
    };
    // Where each record row stands among the organisation's vouchers: how many of them were
    // written before it (the chain is in id order).
    let stand = |r: usize| if r == 0 { 0 } else { chain.partition_point(|(id, _)| *id <= links[r - 1].voucher_id) as i64 };
    let mut hit: Option<(i64, usize)> = None; // (voucher position, record position)
    'path: for r in 0..=links.len() {
        let lo = stand(r);
        let hi = if r == links.len() { n } else { stand(r + 1).max(lo) };
        for p in lo..=hi {
            if code_of(p, r) == wanted {
                hit = Some((p, r));
                break 'path;
            }
        }
    }
    let current_code = code_of(n, links.len());
    let mut m = CodeMatch {
        org: o.code.clone(),
        code: wanted,
        status: CodeStatus::NotFound,
        message: "",
        voucher: None,
        date: None,
        meeting_number: None,
        later: 0,
        current_code: current_code.clone(),
    };
    if let Some(v) = &broken {
        m.status = CodeStatus::ChainBroken;
        m.voucher = Some(voucher_label(&o, v.fiscal_year, v.number));
        m.date = Some(v.date.format("%Y-%m-%d").to_string());
    } else if records_changed {
        m.status = CodeStatus::RecordsChanged;
    } else if let Some((0, _)) = hit {
        m.status = CodeStatus::MatchesEmpty;
        m.later = n;
    } else if let Some((pos, _)) = hit {
        let v = b.voucher(chain[(pos - 1) as usize].0)?.ok_or_else(|| Error::Store(StoreError::Database { detail: "voucher vanished during the check".into() }))?;
        // The head when no entry of this organisation came after it: records saved since (a
        // member joined, another organisation's meeting) add to the book but change nothing
        // the code covered, which the match itself proves.
        m.status = if pos == n { CodeStatus::MatchesHead } else { CodeStatus::MatchesEarlier };
        m.voucher = Some(voucher_label(&o, v.fiscal_year, v.number));
        m.date = Some(v.date.format("%Y-%m-%d").to_string());
        m.meeting_number = match v.meeting_id {
            Some(id) => Some(b.meeting(id)?.number),
            None => None,
        };
        m.later = n - pos;
    }
    m.message = m.status.message_id();
    Ok(m)
}

/// One organisation in the self-check.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct OrgSelfCheck {
    pub org: String,
    pub vouchers: i64,
    pub head: String,
    /// The book code of the chain head, to compare with the latest signed minutes.
    pub book_code: String,
    /// How many vouchers at the start of the chain were taken from the checkpoint of an earlier
    /// check (anchor hash recomputed, fingerprint compared) instead of being re-hashed: 0 when
    /// the whole chain was recomputed.
    pub from_checkpoint: i64,
    /// The checkpoint to remember when this organisation checked clean (see `record_checkpoints`).
    #[serde(skip)]
    pub checkpoint: Option<ChainCheckpoint>,
}

/// What the quick check at open found.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SelfCheck {
    pub vouchers: i64,
    pub orgs: Vec<OrgSelfCheck>,
    /// Problems found (checks: quick-check, schema, hash-chain, trial-balance).
    pub findings: Vec<Finding>,
    /// Warning codes for the user (Fluent ids with the arg `path`), e.g. a book on a pen drive.
    pub warnings: Vec<&'static str>,
    /// Checks this run left out because they read the whole file, to be run by `full_self_check`
    /// (in the background after the first screen, and always by `samuh check`): "quick-check"
    /// (SQLite's page check), "foreign-keys", "records" (every record beside the journal
    /// re-hashed, see `store::chain`), and "hash-chain" when vouchers before a checkpoint were
    /// not re-hashed. Empty after a full check.
    pub deferred: Vec<&'static str>,
}

impl SelfCheck {
    pub fn ok(&self) -> bool {
        self.findings.is_empty()
    }
}

fn book_finding(check: &'static str, org: &str, id: &'static str, args: &[(&str, String)]) -> Finding {
    Finding { check, org: org.to_string(), id, args: args.iter().map(|(k, v)| (k.to_string(), v.clone())).collect() }
}

/// The weight of a voucher in the checkpoint fingerprint, as `Book::voucher_totals_through`
/// sums it in SQL: (yyyymmdd mod P) × (id mod P) mod P, P = 2^31 − 1.
fn voucher_weight(v: &StoredVoucher) -> i64 {
    use chrono::Datelike;
    const P: i64 = 2_147_483_647;
    let ymd = i64::from(v.date.year()) * 10_000 + i64::from(v.date.month()) * 100 + i64::from(v.date.day());
    ((ymd % P) * (v.id % P)) % P
}

/// The fingerprint a checkpoint keeps of everything up to its voucher: the number of the
/// organisation's vouchers and their id-and-date weights, and per account the count and sum of
/// its postings (accounts with none left out).
fn fingerprint(vouchers: i64, voucher_weights: i64, accounts: &std::collections::BTreeMap<i64, PostingTotals>) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(format!("samuh-checkpoint\n{vouchers}|{voucher_weights}\n").as_bytes());
    for (id, t) in accounts.iter().filter(|(_, t)| t.count != 0) {
        h.update(format!("{id}|{}|{}\n", t.count, t.sum).as_bytes());
    }
    crate::domain::ledger::hex(&h.finalize())
}

/// The quick self-check run every time a book is opened, sized for a large book (well under a
/// second per 100,000 vouchers): the schema's safety triggers; the trial balance and the
/// checkpoint fingerprints from one index-only scan of the postings; and each organisation's
/// hash chain, recomputed only after the checkpoint an earlier clean check recorded (the
/// checkpoint's own voucher is re-hashed and must still carry the recorded hash, and the
/// fingerprint of everything before it must be unchanged). SQLite's page check and the
/// foreign-key check read the whole file and are left to `full_self_check` (listed in
/// `deferred`). Also warns when the book is on a network or removable drive.
pub fn open_self_check(store: &Store) -> Result<SelfCheck> {
    self_check(store, false, &mut |_| {})
}

/// Everything the open self-check does, over the whole file: SQLite's `quick_check`, the
/// foreign-key check, every record beside the journal re-hashed (the `records` check of
/// `samuh check`), and every voucher's hash recomputed from the first entry whatever the
/// checkpoints say (a checkpoint that disagrees with the chain is still reported). For the
/// background after the first screen, for backups being restored, and for `samuh check`'s peace
/// of mind.
pub fn full_self_check(store: &Store) -> Result<SelfCheck> {
    self_check(store, true, &mut |_| {})
}

/// Where a full self-check is: SQLite's page check of the whole file (one step that cannot be
/// measured from outside), then the vouchers re-hashed, `done` of `total`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckPhase {
    Pages,
    Vouchers { done: i64, total: i64 },
}

/// `full_self_check`, telling `progress` where it is: once for the page check, then about every
/// fiftieth of the vouchers re-hashed and at the end (for a progress bar polled by the desktop).
pub fn full_self_check_progress(store: &Store, progress: &mut dyn FnMut(CheckPhase)) -> Result<SelfCheck> {
    self_check(store, true, progress)
}

fn self_check(store: &Store, full: bool, progress: &mut dyn FnMut(CheckPhase)) -> Result<SelfCheck> {
    use std::collections::{BTreeMap, HashMap};
    let mut out = SelfCheck { vouchers: 0, orgs: Vec::new(), findings: Vec::new(), warnings: Vec::new(), deferred: Vec::new() };
    if store.path() != ":memory:" {
        if let Some(w) = crate::store::storage_warning(std::path::Path::new(store.path())) {
            out.warnings.push(w);
        }
    }
    if full {
        progress(CheckPhase::Pages);
        // SQLite's own words about the damage are English: the finding says it in the reader's
        // language (as `samuh check` does) and counts the places.
        // A file that cannot even be read through stays `FileUnreadable` (a backup so cut is
        // "damaged", never "fails N checks").
        let qc = store.quick_check()?;
        let damaged = if qc == ["ok"] { 0 } else { qc.len() };
        if damaged > 0 {
            out.findings.push(book_finding("quick-check", "", "finding-pages-damaged", &[("count", damaged.to_string())]));
            // A damaged file: the rest may not be readable.
            return Ok(out);
        }
    } else {
        // The records are re-hashed by the full check only: reading every meeting, attendance
        // and loan row is the cost of a full check, not of opening the book.
        out.deferred.extend(["quick-check", "foreign-keys", "records"]);
    }
    store.snapshot(|b| {
        out.findings.extend(if full { schema_findings(b)? } else { trigger_findings(b)? });
        let orgs = b.orgs()?;
        if full {
            out.findings.extend(record_findings(b, None)?);
        }
        let records = if b.has_record_chain()? { b.record_head()? } else { None };
        // One index-only pass over every posting: the trial balance, and each account's totals.
        let mut accounts: HashMap<i64, BTreeMap<i64, PostingTotals>> = HashMap::new();
        for (account, org, t) in b.posting_totals()? {
            accounts.entry(org).or_default().insert(account, t);
        }
        let mut sums: BTreeMap<i64, i64> = BTreeMap::new();
        for (org, accts) in &accounts {
            *sums.entry(*org).or_default() += accts.values().map(|t| t.sum).sum::<i64>();
        }
        for (org_id, sum) in sums {
            if sum != 0 {
                let code = orgs.iter().find(|o| o.id == org_id).map(|o| o.code.clone()).unwrap_or_default();
                let diff = crate::domain::money::Money::from_minor(sum).to_plain();
                out.findings.push(book_finding("trial-balance", &code, "finding-trial-balance", &[("difference", diff)]));
            }
        }
        let checkpoints: HashMap<i64, ChainCheckpoint> = b.checkpoints()?.into_iter().map(|c| (c.org_id, c)).collect();
        let empty = BTreeMap::new();
        // Progress (full check only): the vouchers re-hashed so far of all of them.
        let total: i64 = if full { orgs.iter().map(|o| b.voucher_count(o.id)).sum::<crate::store::error::Result<i64>>()? } else { 0 };
        let every = (total / 50).max(1);
        let mut hashed = 0i64;
        if full {
            progress(CheckPhase::Vouchers { done: 0, total });
        }
        for o in &orgs {
            let current = accounts.get(&o.id).unwrap_or(&empty);
            let before = out.findings.len();
            // Where the re-hashing starts: after a checkpoint that still holds, else at the start.
            let mut start = (0i64, GENESIS_HASH.to_string(), 0i64, 0i64);
            if let Some(cp) = checkpoints.get(&o.id) {
                if let Some(w) = checkpoint_holds(b, o.id, cp, current)? {
                    if !full {
                        start = (cp.vouchers, cp.head_hash.clone(), cp.voucher_id, w);
                    }
                } else {
                    let date = cp.verified_at.get(..10).unwrap_or(&cp.verified_at).to_string();
                    out.findings.push(book_finding("hash-chain", &o.code, "finding-checkpoint-mismatch", &[("date", date)]));
                    // Re-hash the whole chain to say which voucher changed, if one did.
                }
            }
            let (from_n, from_hash, after_id, mut weights) = start;
            let mut prev = from_hash;
            let mut n = from_n;
            let mut last_id = after_id;
            let mut broken: Option<StoredVoucher> = None;
            b.each_voucher_after(o.id, after_id, |v| {
                n += 1;
                if broken.is_none() && (v.prev_hash != prev || voucher_hash(&v.prev_hash, &v.header(), &v.lines) != v.hash) {
                    broken = Some(StoredVoucher { lines: Vec::new(), ..v.clone() });
                }
                weights += voucher_weight(v);
                prev = v.hash.clone();
                last_id = v.id;
                if full {
                    hashed += 1;
                    if hashed % every == 0 {
                        progress(CheckPhase::Vouchers { done: hashed, total });
                    }
                }
                Ok(())
            })?;
            if let Some(v) = broken {
                out.findings.push(book_finding("hash-chain", &o.code, "finding-hash-broken", &[("voucher", voucher_label(o, v.fiscal_year, v.number))]));
            }
            if from_n > 0 && !out.deferred.contains(&"hash-chain") {
                out.deferred.push("hash-chain");
            }
            let clean = out.findings.len() == before && out.findings.iter().all(|f| f.check != "trial-balance" || f.org != o.code);
            let checkpoint = (clean && n > 0).then(|| ChainCheckpoint {
                org_id: o.id,
                vouchers: n,
                voucher_id: last_id,
                head_hash: prev.clone(),
                fingerprint: fingerprint(n, weights, current),
                verified_at: String::new(),
            });
            out.vouchers += n;
            out.orgs.push(OrgSelfCheck { org: o.code.clone(), vouchers: n, book_code: code_at(o.id, n, &prev, records.as_ref()), head: prev, from_checkpoint: from_n, checkpoint });
        }
        if full {
            progress(CheckPhase::Vouchers { done: hashed, total });
        }
        Ok::<_, Error>(())
    })?;
    Ok(out)
}

/// Whether an organisation's checkpoint still describes its book: the voucher it names is the
/// organisation's, still at that position, still carries the recorded hash, and that hash is
/// still the hash of its content; and the fingerprint of everything up to it (recomputed from
/// indexes: today's totals less those of the vouchers after it) is the recorded one. Answers
/// the vouchers' weight sum up to it when it holds.
fn checkpoint_holds(b: &Book<'_>, org_id: i64, cp: &ChainCheckpoint, current: &std::collections::BTreeMap<i64, PostingTotals>) -> Result<Option<i64>> {
    let Some(v) = b.voucher(cp.voucher_id)? else { return Ok(None) };
    if v.org_id != org_id || v.hash != cp.head_hash || voucher_hash(&v.prev_hash, &v.header(), &v.lines) != v.hash {
        return Ok(None);
    }
    let (n, weights) = b.voucher_totals_through(org_id, cp.voucher_id)?;
    if n != cp.vouchers {
        return Ok(None);
    }
    let mut before = current.clone();
    for (account, t) in b.posting_totals_after(org_id, cp.voucher_id)? {
        let e = before.entry(account).or_default();
        e.count -= t.count;
        e.sum -= t.sum;
    }
    Ok((fingerprint(n, weights, &before) == cp.fingerprint).then_some(weights))
}

/// Remembers, for each organisation that checked clean, how far its chain verified, so the next
/// opening re-hashes only what was added since. Does nothing when the check found a problem, and
/// never moves a checkpoint backwards. `at` is the time of the check (ISO).
pub fn record_checkpoints(store: &mut Store, check: &SelfCheck, at: &str) -> Result<()> {
    // A book on read-only media is checked in full each time instead: nothing can be stored.
    if !check.ok() || store.is_read_only() {
        return Ok(());
    }
    store.write(|b| {
        for cp in check.orgs.iter().filter_map(|o| o.checkpoint.as_ref()) {
            b.save_checkpoint(&ChainCheckpoint { verified_at: at.to_string(), ..cp.clone() })?;
        }
        Ok(())
    })
}

/// The triggers part of the `schema` check (no foreign-key scan): for the quick self-check.
fn trigger_findings(b: &Book<'_>) -> Result<Vec<Finding>> {
    Ok(b.trigger_problems()?
        .into_iter()
        .map(|t| book_finding("schema", "", "finding-trigger-missing", &[("trigger", t)]))
        .collect())
}

/// The `schema` check: every append-only trigger present and unaltered, and no row referring to
/// a row that does not exist.
pub(crate) fn schema_findings(b: &Book<'_>) -> Result<Vec<Finding>> {
    Ok(b.schema_problems()?
        .into_iter()
        .map(|p| match p {
            SchemaProblem::Trigger(t) => book_finding("schema", "", "finding-trigger-missing", &[("trigger", t)]),
            SchemaProblem::DanglingReference(t, row) => {
                book_finding("schema", "", "finding-dangling-reference", &[("table", t), ("row", row.to_string())])
            }
        })
        .collect())
}
