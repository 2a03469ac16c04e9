//! Federation without a server (issue 16): a group's book writes a signed **bundle** (one file
//! for a pen drive or a messaging app) and an oversight book imports it. The file format is in
//! docs/federation.md: a short text header (magic and version, payload length, SHA-256,
//! signature) and the payload, canonical JSON (serde's field order, no whitespace).
//!
//! Writing a bundle changes nothing in the group's book but the note that it was written (and,
//! the first time, the organisation's signing key). Importing verifies everything before
//! anything is saved, in one transaction: the signature against the registered key, every
//! voucher's hash and chain, the book code, and that the bundle extends what was imported
//! before. A bundle that rewrites history is refused, and the refusal is recorded as an alarm.

pub(crate) mod sums; // issue 16: roll-ups read from the sums kept at import
#[cfg(feature = "documents")]
pub(crate) mod parquet; // issue 16: the Parquet export (a document: left out of the fuzz build)
pub(crate) mod consolidated; // issue 16 (session 10): consolidated statements
pub(crate) mod households; // issue 16 (session 10): the fund centre's households

use crate::store::error::StoreError;
use super::input::Ctx;
use super::{head_code, org_of};
use crate::domain::federation::{chain_fault, extension, fingerprint, public_of, sign, verify, Extension, SentVoucher};
use crate::domain::ledger::{book_code, book_code_with_records, hex, Line, LineKind, VoucherHeader, VoucherKind, GENESIS_HASH};
use crate::domain::money::Money;
use crate::domain::org::{OrgKind, Organisation};
use crate::error::{Arg, Error, IoReason, Result};
use crate::i18n::{Locale, Localizer};
use super::federation::sums::{group_lines, Need};
use crate::reports::{GroupLoan, GroupView, ReadAhead};
use crate::store::{Book, FedBundleRow, FedGroupRow, FedPostingRow, FedVoucherRow, Store, WrittenRow};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::Path;

/// The bundle format this Samuh writes and the newest it reads.
pub const BUNDLE_VERSION: i64 = 1;
const MAGIC: &str = "SAMUH-BUNDLE";
/// The header is a few short lines; anything longer is not a header.
const HEADER_MAX: usize = 1024;

/// What a bundle carries: the group, its chain position before and after, its records and
/// its vouchers (all of them, or those after the last bundle).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Payload {
    pub samuh_bundle: i64,
    pub group: GroupPart,
    /// The group's ed25519 public key, hex.
    pub public_key: String,
    /// The group's bundle number (1 for its first).
    pub seq: i64,
    /// `all` or `since` (the last bundle).
    pub scope: String,
    pub written_on: String,
    pub written_at: String,
    /// The date of the group's latest voucher (the period the bundle reports).
    pub as_of: String,
    /// Whether members' names are in it (the group's choice).
    pub names: bool,
    /// Where the vouchers start: after this many, whose last hash is `base_hash`.
    pub base_count: i64,
    pub base_hash: String,
    pub head: Head,
    pub records: Records,
    pub vouchers: Vec<VoucherPart>,
    /// The groups an oversight body imported, carried on to the body above it (issue 16, three
    /// levels: a village organisation's bundle brings its SHGs to the cluster federation). Only
    /// in an oversight body's bundle, and then only what was imported since its last bundle
    /// (everything, in a bundle of everything).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relayed: Vec<Relayed>,
}

/// One group relayed: its records and journal as its own bundles brought them, in the form of
/// a bundle of its own without a signature of its own — the relaying body's signature covers
/// it, and its vouchers' hashes, chain and book code verify as a bundle's do.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Relayed {
    /// The code of the group whose bundle brought it to the relaying body: that body itself,
    /// or a group it relayed in turn.
    pub via: String,
    pub bundle: Payload,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct GroupPart {
    /// The organisation's id in its own book (its vouchers' hashes cover it).
    pub org_id: i64,
    pub code: String,
    pub name: String,
    pub kind: String,
    pub country: String,
    pub currency: String,
    pub place: String,
    pub formed_on: String,
    pub meeting_frequency: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Head {
    pub count: i64,
    pub hash: String,
    pub records_count: i64,
    pub records_head: String,
    pub book_code: String,
}

/// The group's records as they stand when the bundle is written.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct Records {
    pub accounts: Vec<AccountPart>,
    pub members: Vec<MemberPart>,
    pub loans: Vec<LoanPart>,
    pub meetings: Vec<MeetingPart>,
    /// The group's fiscal year start, "MM-DD" (absent from bundles written before it was sent:
    /// the country's then).
    #[serde(default)]
    pub fiscal_start: Option<String>,
    /// The fiscal years the group has closed and not reopened, by the year they start in (the
    /// annual statements the office is waiting for; absent from older bundles, whose closing
    /// lines say the same).
    #[serde(default)]
    pub closes: Vec<i32>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct AccountPart {
    pub id: i64,
    pub code: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub sub_ledger: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct MemberPart {
    pub id: i64,
    pub admission_no: String,
    pub role: String,
    pub joined_on: String,
    pub exited_on: Option<String>,
    /// Left out when the group sends no names.
    pub name: Option<String>,
    /// The member's household key (issue 16, the fund centre: the number the village uses for
    /// the household), sent even without names: it names a house, not a person, and it is the
    /// one thing that lets the fund centre see a household's debts across its funds. A group
    /// that would not share it records none. Absent from older bundles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub household: Option<String>,
}

/// A loan with its state on the bundle's date, as the group's Samuh computed it from its
/// schedule (days past due); the oversight book recomputes the outstanding from the postings.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct LoanPart {
    pub id: i64,
    pub number: i64,
    pub member_id: i64,
    pub fund: String,
    pub principal_minor: i64,
    pub disbursed_on: String,
    pub instalments: i64,
    pub is_opening: bool,
    pub status: String,
    pub days_past_due: i64,
    pub principal_overdue_minor: i64,
    /// The guarantors' member ids (absent from bundles written before they were sent).
    #[serde(default)]
    pub guarantors: Vec<i64>,
    /// Interest due and unpaid on the bundle's date (issue 16, the fund centre's household
    /// debts; absent from older bundles, read as zero).
    #[serde(default, skip_serializing_if = "is_zero_minor")]
    pub interest_due_minor: i64,
    /// The terms in force on the bundle's date, for the oversight book's view of the group's
    /// loan register: the rate (percent, plain), its period and the interest method (codes).
    /// Absent from older bundles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate_period: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// The instalments of the terms in force, and the latest reschedule in force (its date and
    /// the principal it re-planned), when the loan was rescheduled. Absent from older bundles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instalments_now: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rescheduled_on: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rescheduled_principal_minor: Option<i64>,
}

fn is_zero_minor(v: &i64) -> bool {
    *v == 0
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct MeetingPart {
    pub id: i64,
    pub number: i64,
    pub date: String,
    /// Who came, as the attendance register counts them: [present, late, on leave, absent]
    /// (the members on the meeting's roll). Absent from bundles written before it was sent, and
    /// for a meeting with no attendance marked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attendance: Option<[i64; 4]>,
}

/// Each meeting's attendance counted, [present, late, on leave, absent], by meeting id.
fn attendance_counts(b: &Book<'_>, org_id: i64) -> Result<std::collections::HashMap<i64, [i64; 4]>> {
    use crate::domain::org::Attendance;
    let mut out: std::collections::HashMap<i64, [i64; 4]> = std::collections::HashMap::new();
    for (meeting, _, status) in b.attendance_of_org(org_id)? {
        let k = match status {
            Attendance::Present => 0,
            Attendance::Late => 1,
            Attendance::AbsentWithLeave => 2,
            Attendance::Absent => 3,
        };
        out.entry(meeting).or_default()[k] += 1;
    }
    Ok(out)
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct VoucherPart {
    pub id: i64,
    pub fiscal_year: i64,
    pub number: i64,
    pub date: String,
    pub kind: String,
    pub narration: String,
    pub meeting_id: Option<i64>,
    pub reverses_id: Option<i64>,
    pub client_id: Option<String>,
    pub prev_hash: String,
    pub hash: String,
    pub lines: Vec<LinePart>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct LinePart {
    pub account: String,
    pub member_id: Option<i64>,
    pub loan_id: Option<i64>,
    pub amount_minor: i64,
    pub kind: String,
    pub note: String,
}

fn unhex<const N: usize>(s: &str) -> Option<[u8; N]> {
    if s.len() != 2 * N || !s.is_ascii() {
        return None;
    }
    let mut out = [0u8; N];
    for (i, o) in out.iter_mut().enumerate() {
        *o = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

fn sha256_hex(b: &[u8]) -> String {
    hex(&Sha256::digest(b))
}

/// What the signature covers: the magic and version line, then the payload, so a bundle cannot
/// be passed off as another version.
fn signed_message(version: i64, payload: &[u8]) -> Vec<u8> {
    let mut m = format!("{MAGIC} {version}\n").into_bytes();
    m.extend_from_slice(payload);
    m
}

/// The bytes of a bundle file.
pub fn encode(payload: &[u8], secret: &[u8; 32]) -> Vec<u8> {
    let sig = sign(secret, &signed_message(BUNDLE_VERSION, payload));
    let mut out = format!(
        "{MAGIC} {BUNDLE_VERSION}\npayload-bytes: {}\npayload-sha256: {}\nsignature: {}\n\n",
        payload.len(),
        sha256_hex(payload),
        hex(&sig)
    )
    .into_bytes();
    out.extend_from_slice(payload);
    out
}

/// A bundle read from a file, its signature checked against the key it names.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub payload: Payload,
    pub payload_sha256: String,
}

/// Reads a bundle's bytes: refuses what is not a bundle, a newer version, a cut-short file and
/// any change after signing (one byte anywhere in the payload, or a signature that does not
/// verify with the key the bundle names). The key itself is checked by the importer.
pub fn decode(bytes: &[u8], path: &str) -> Result<Decoded> {
    let p = || path.to_string();
    let magic = format!("{MAGIC} ");
    if bytes.len() < magic.len() {
        return Err(if magic.as_bytes().starts_with(bytes) { Error::BundleTruncated { path: p() } } else { Error::BundleNotABundle { path: p() } });
    }
    if !bytes.starts_with(magic.as_bytes()) {
        return Err(Error::BundleNotABundle { path: p() });
    }
    let window = &bytes[..bytes.len().min(HEADER_MAX)];
    let Some(end) = window.windows(2).position(|w| w == b"\n\n") else {
        return Err(if bytes.len() < HEADER_MAX { Error::BundleTruncated { path: p() } } else { Error::BundleAltered { path: p() } });
    };
    let header = std::str::from_utf8(&bytes[..end]).map_err(|_| Error::BundleAltered { path: p() })?;
    let body = &bytes[end + 2..];
    let mut lines = header.lines();
    let version: i64 = lines.next().and_then(|l| l.strip_prefix(&magic)).and_then(|v| v.trim().parse().ok()).ok_or_else(|| Error::BundleAltered { path: p() })?;
    if version > BUNDLE_VERSION {
        return Err(Error::BundleNewerVersion { path: p(), found: version, supported: BUNDLE_VERSION });
    }
    if version < 1 {
        return Err(Error::BundleAltered { path: p() });
    }
    let mut field = |name: &str| -> Result<String> {
        lines.next().and_then(|l| l.strip_prefix(name)).and_then(|l| l.strip_prefix(": ")).map(str::to_string).ok_or_else(|| Error::BundleAltered { path: p() })
    };
    let length: usize = field("payload-bytes")?.parse().map_err(|_| Error::BundleAltered { path: p() })?;
    let sha = field("payload-sha256")?;
    let sig = unhex::<64>(&field("signature")?).ok_or_else(|| Error::BundleAltered { path: p() })?;
    if body.len() < length {
        return Err(Error::BundleTruncated { path: p() });
    }
    if body.len() > length || sha256_hex(body) != sha {
        return Err(Error::BundleAltered { path: p() });
    }
    let payload: Payload = serde_json::from_slice(body).map_err(|_| Error::BundleAltered { path: p() })?;
    let public = unhex::<32>(&payload.public_key).ok_or_else(|| Error::BundleAltered { path: p() })?;
    if payload.samuh_bundle != version || !verify(&public, &signed_message(version, body), &sig) {
        return Err(Error::BundleAltered { path: p() });
    }
    Ok(Decoded { payload, payload_sha256: sha })
}

/// `samuh bundle write`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct BundleWriteInput {
    pub org: String,
    /// The file to write.
    pub out: String,
    /// Only what was recorded since the last bundle (everything when there was none).
    #[serde(default)]
    pub since_last: bool,
    /// Leave members' names out.
    #[serde(default)]
    pub no_names: bool,
}

/// What was written.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct BundleWritten {
    pub path: String,
    pub org: String,
    pub seq: i64,
    pub scope: String,
    /// Vouchers in the bundle, and the chain position it ends at.
    pub vouchers: i64,
    pub head_count: i64,
    pub as_of: String,
    pub book_code: String,
    /// The fingerprint of the organisation's key, to copy onto paper for the officer.
    pub fingerprint: String,
    /// Whether the key was made now (this is the organisation's first bundle).
    pub key_created: bool,
    pub bytes: i64,
    /// How many of the groups it imported it carries on (an oversight body's bundle).
    #[serde(default)]
    pub relayed: i64,
    /// What was written, in the reader's language (the desktop fills it: `written_message`).
    #[serde(default)]
    pub message: String,
}

fn random_secret() -> Result<[u8; 32]> {
    let mut s = [0u8; 32];
    getrandom::getrandom(&mut s).map_err(|e| Error::Store(StoreError::Database { detail: format!("no random numbers from the system: {e}") }))?;
    Ok(s)
}

fn d(s: NaiveDate) -> String {
    s.format("%Y-%m-%d").to_string()
}

/// The organisation's payload as the book stands, starting after `base` vouchers.
fn payload_of(b: &Book<'_>, org: &Organisation, public: &str, seq: i64, scope: &str, base_count: i64, names: bool, ctx: &Ctx) -> Result<Payload> {
    let all = b.vouchers(org.id, None, None)?;
    let base_hash = if base_count == 0 { GENESIS_HASH.to_string() } else { all[(base_count - 1) as usize].hash.clone() };
    let as_of = all.iter().map(|v| v.date).max().unwrap_or(ctx.today);
    let head_hash = all.last().map(|v| v.hash.clone()).unwrap_or_else(|| GENESIS_HASH.to_string());
    let records = b.record_head()?;
    let households: std::collections::HashMap<i64, String> = b.member_households(org.id)?.into_iter().collect();
    let mut loans = Vec::new();
    for l in b.loans(org.id)? {
        let state = super::loan_state(b, &l, as_of, Money::ZERO)?;
        let rescheduled = state.reschedules.iter().filter(|r| r.terms.start <= as_of).map(|r| (r.terms.start, r.terms.principal)).next_back();
        loans.push(LoanPart {
            id: l.id,
            number: l.number,
            member_id: l.member_id,
            fund: l.fund.code().to_string(),
            principal_minor: l.terms.principal.minor(),
            disbursed_on: d(l.terms.start),
            instalments: l.terms.instalments as i64,
            is_opening: l.is_opening,
            status: state.status.code().to_string(),
            days_past_due: state.dues.days_past_due,
            principal_overdue_minor: state.dues.principal_overdue.minor(),
            guarantors: l.guarantors.clone(),
            interest_due_minor: state.dues.interest_due.minor(),
            rate: Some(state.terms.rate.normalize().to_string()),
            rate_period: Some(state.terms.rate_period.code().to_string()),
            method: Some(state.terms.method.code().to_string()),
            instalments_now: Some(state.terms.instalments as i64),
            rescheduled_on: rescheduled.map(|(on, _)| d(on)),
            rescheduled_principal_minor: rescheduled.map(|(_, p)| p.minor()),
        });
    }
    Ok(Payload {
        samuh_bundle: BUNDLE_VERSION,
        group: GroupPart {
            org_id: org.id,
            code: org.code.clone(),
            name: org.name.clone(),
            kind: org.kind.code().to_string(),
            country: org.country.code().to_string(),
            currency: org.currency.code().to_string(),
            place: org.place.clone(),
            formed_on: d(org.formed_on),
            meeting_frequency: org.meeting_frequency.code().to_string(),
        },
        public_key: public.to_string(),
        seq,
        scope: scope.to_string(),
        written_on: d(ctx.today),
        written_at: ctx.now.clone(),
        as_of: d(as_of),
        names,
        base_count,
        base_hash,
        head: Head {
            count: all.len() as i64,
            hash: head_hash,
            records_count: records.as_ref().map(|r| r.seq).unwrap_or(0),
            records_head: records.as_ref().map(|r| r.link.clone()).unwrap_or_default(),
            book_code: String::new(),
        },
        records: Records {
            fiscal_start: Some(format!("{:02}-{:02}", org.fiscal_start_month, org.fiscal_start_day)),
            closes: b.year_closes(org.id)?.into_iter().filter(|c| c.reopened_by.is_none()).map(|c| c.fiscal_year).collect(),
            accounts: b.accounts(org.id)?.into_iter().map(|(id, code, t, s)| AccountPart { id, code, kind: t.code().into(), sub_ledger: s.code().into() }).collect(),
            members: b
                .members(org.id)?
                .into_iter()
                .map(|m| MemberPart {
                    id: m.id,
                    admission_no: m.admission_no,
                    role: m.role.code().into(),
                    joined_on: d(m.joined_on),
                    exited_on: m.exited_on.map(d),
                    name: names.then_some(m.name),
                    household: households.get(&m.id).cloned(),
                })
                .collect(),
            loans,
            meetings: {
                let came = attendance_counts(b, org.id)?;
                b.meetings(org.id)?.into_iter().map(|m| MeetingPart { id: m.id, number: m.number, date: d(m.date), attendance: came.get(&m.id).copied() }).collect()
            },
        },
        vouchers: all
            .iter()
            .skip(base_count as usize)
            .map(|v| VoucherPart {
                id: v.id,
                fiscal_year: v.fiscal_year as i64,
                number: v.number,
                date: d(v.date),
                kind: v.kind.code().into(),
                narration: v.narration.clone(),
                meeting_id: v.meeting_id,
                reverses_id: v.reverses_id,
                client_id: v.client_id.clone(),
                prev_hash: v.prev_hash.clone(),
                hash: v.hash.clone(),
                lines: v
                    .lines
                    .iter()
                    .map(|l| LinePart {
                        account: l.account.clone(),
                        member_id: l.member_id,
                        loan_id: l.loan_id,
                        amount_minor: l.amount.minor(),
                        kind: l.kind.code().into(),
                        note: l.note.clone(),
                    })
                    .collect(),
            })
            .collect(),
        relayed: Vec::new(),
    })
}

/// What an oversight body carries on of the groups it imported (`Payload::relayed`): each group
/// with an import after import `since` (0: every group), from where the body's last bundle
/// left it, with its latest records (names left out when the body sends none). A group is
/// carried after the group that brought it. Handed to `f` one group at a time, so that only one
/// group's journal is held at once.
fn relay_each(b: &Book<'_>, org: &Organisation, since: i64, names: bool, mut f: impl FnMut(Relayed) -> Result<()>) -> Result<()> {
    let groups = b.fed_groups_all(org.id)?;
    let code_of: std::collections::HashMap<i64, &str> = groups.iter().map(|g| (g.id, g.code.as_str())).collect();
    for g in &groups {
        let Some(latest) = b.fed_latest_bundle(g.id)? else { continue };
        if latest.id <= since {
            continue;
        }
        let base = if since > 0 { b.fed_bundle_upto(g.id, since)?.map(|f| f.head_count).unwrap_or(0) } else { 0 };
        let rows = b.fed_vouchers(g.id)?;
        // The group's own organisation id, which its vouchers' hashes cover (a group that never
        // sent a voucher has nothing to consolidate).
        let Some(org_id) = rows.first().map(|v| v.org_id) else { continue };
        let damaged = || Error::Store(StoreError::Database { detail: format!("fed_group {}: journal and bundles disagree", g.code) });
        if rows.len() as i64 != latest.head_count || base > latest.head_count {
            return Err(damaged());
        }
        let base_hash = if base == 0 { GENESIS_HASH.to_string() } else { rows[(base - 1) as usize].hash.clone() };
        let mut records: Records = serde_json::from_str(&latest.records).map_err(|e| Error::Store(StoreError::Database { detail: e.to_string() }))?;
        if !names {
            records.members.iter_mut().for_each(|m| m.name = None);
        }
        let sent_names = records.members.iter().any(|m| m.name.is_some());
        f(Relayed {
            via: g.via.and_then(|v| code_of.get(&v).map(|c| c.to_string())).unwrap_or_else(|| org.code.clone()),
            bundle: Payload {
                samuh_bundle: BUNDLE_VERSION,
                group: GroupPart {
                    org_id,
                    code: g.code.clone(),
                    name: g.name.clone(),
                    kind: g.kind.clone(),
                    country: g.country.clone(),
                    currency: g.currency.clone(),
                    place: g.place.clone(),
                    formed_on: g.formed_on.clone(),
                    meeting_frequency: g.meeting_frequency.clone(),
                },
                public_key: g.public_key.clone(),
                seq: latest.seq,
                scope: if base == 0 { "all" } else { "since" }.to_string(),
                written_on: latest.written_on.clone(),
                written_at: latest.written_on.clone(),
                as_of: latest.as_of.clone(),
                names: sent_names,
                base_count: base,
                base_hash,
                head: Head {
                    count: latest.head_count,
                    hash: latest.head_hash.clone(),
                    records_count: latest.records_count,
                    records_head: latest.records_head.clone(),
                    book_code: latest.book_code.clone(),
                },
                records,
                vouchers: rows
                    .into_iter()
                    .skip(base as usize)
                    .map(|v| VoucherPart {
                        id: v.src_id,
                        fiscal_year: v.fiscal_year,
                        number: v.number,
                        date: v.date,
                        kind: v.kind,
                        narration: v.narration,
                        meeting_id: v.meeting_id,
                        reverses_id: v.reverses_id,
                        client_id: v.client_id,
                        prev_hash: v.prev_hash,
                        hash: v.hash,
                        lines: v
                            .lines
                            .into_iter()
                            .map(|l| LinePart { account: l.account, member_id: l.member_id, loan_id: l.loan_id, amount_minor: l.amount_minor, kind: l.kind, note: l.note })
                            .collect(),
                    })
                    .collect(),
                relayed: Vec::new(),
            },
        })?;
    }
    Ok(())
}

/// Whether an organisation's bundles carry on the groups it imported: a village
/// organisation's, for its cluster federation (SHG → VO → CLF). The bodies at the top (a CLF,
/// a cooperative office, a fund centre) send nothing further up.
pub fn relays(kind: OrgKind) -> bool {
    kind == OrgKind::VillageOrganisation
}

/// Writes the organisation's bundle to `out` (a temporary file beside it, then renamed, so a
/// pen drive pulled out never holds half a bundle under the real name) and notes that it was
/// written, in one transaction: when the file cannot be written, the book is unchanged.
pub fn bundle_write(store: &mut Store, ctx: &Ctx, i: &BundleWriteInput) -> Result<BundleWritten> {
    let out = i.out.trim().to_string();
    if out.is_empty() {
        return Err(Error::Required { field: "out".into() });
    }
    let who = super::people::identify(store, ctx)?;
    store.write(|b| {
        let org = org_of(b, i.org.trim())?;
        who.may_record(Some(&org))?;
        let (public, secret, key_created) = match b.bundle_key(org.id)? {
            Some((p, s)) => (p, unhex::<32>(&s).ok_or(Error::Store(StoreError::BookDamaged))?, false),
            None => {
                let s = random_secret()?;
                let p = hex(&public_of(&s));
                b.insert_bundle_key(org.id, &p, &hex(&s), &ctx.now)?;
                (p, s, true)
            }
        };
        let last = b.last_bundle_written(org.id)?;
        let seq = last.as_ref().map(|w| w.seq + 1).unwrap_or(1);
        let (scope, base) = match (&last, i.since_last) {
            (Some(w), true) => ("since", w.head_count),
            _ => ("all", 0),
        };
        let mut payload = payload_of(b, &org, &public, seq, scope, base, !i.no_names, ctx)?;
        // The code of the book as it stands before this note is added (what the bundle holds).
        payload.head.book_code = head_code(b, org.id)?;
        let json_error = |e: serde_json::Error| Error::Store(StoreError::Database { detail: e.to_string() });
        let mut json = serde_json::to_vec(&payload).map_err(json_error)?;
        // A village organisation carries on what it imported since its last bundle (or
        // everything): `relayed`, the payload's last field, written one group at a time — the
        // same bytes as the whole payload serialised at once, without holding every journal.
        let mut relayed = 0;
        let relayed_upto = if relays(org.kind) {
            let since = if scope == "since" { last.as_ref().and_then(|w| w.relayed_upto).unwrap_or(0) } else { 0 };
            let mut tail = Vec::new();
            relay_each(b, &org, since, !i.no_names, |r| {
                tail.extend_from_slice(if relayed == 0 { b",\"relayed\":[" } else { b"," });
                serde_json::to_writer(&mut tail, &r).map_err(json_error)?;
                relayed += 1;
                Ok(())
            })?;
            if relayed > 0 && json.pop() == Some(b'}') {
                json.extend_from_slice(&tail);
                json.extend_from_slice(b"]}");
            }
            Some(b.fed_last_import()?)
        } else {
            None
        };
        let bytes = encode(&json, &secret);
        let sha = sha256_hex(&json);
        b.insert_bundle_written(
            org.id,
            &WrittenRow {
                seq,
                scope: scope.into(),
                base_count: base,
                head_count: payload.head.count,
                head_hash: payload.head.hash.clone(),
                book_code: payload.head.book_code.clone(),
                names: payload.names,
                payload_sha256: sha,
                written_on: payload.written_on.clone(),
                written_at: payload.written_at.clone(),
                relayed_upto,
            },
        )?;
        who.log(b, ctx, super::people::act(&org, "bundle-write", ctx.today))?;
        write_atomically(Path::new(&out), &bytes)?;
        Ok(BundleWritten {
            path: out.clone(),
            org: org.code.clone(),
            seq,
            scope: scope.into(),
            vouchers: payload.vouchers.len() as i64,
            head_count: payload.head.count,
            as_of: payload.as_of.clone(),
            book_code: payload.head.book_code.clone(),
            fingerprint: fingerprint(&unhex::<32>(&public).ok_or(Error::Store(StoreError::BookDamaged))?),
            key_created,
            bytes: bytes.len() as i64,
            relayed,
            message: String::new(),
        })
    })
}

fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let unwritable = |e: std::io::Error| Error::Store(StoreError::FileUnwritable { path: path.display().to_string(), detail: e.to_string() });
    let tmp = path.with_extension("samuh-bundle-partial");
    let mut f = std::fs::File::create(&tmp).map_err(unwritable)?;
    let done = f.write_all(bytes).and_then(|()| f.sync_all()).and_then(|()| std::fs::rename(&tmp, path));
    if let Err(e) = done {
        let _ = std::fs::remove_file(&tmp);
        return Err(unwritable(e));
    }
    Ok(())
}

/// `samuh bundle import`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct BundleImportInput {
    /// The oversight organisation (a village organisation).
    pub org: String,
    pub files: Vec<String>,
    /// Register a group not yet in the register with the key its bundle is signed with (the
    /// officer compares the fingerprint printed with the group's paper).
    #[serde(default)]
    pub register: bool,
}

/// What one file did.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct BundleImported {
    pub path: String,
    pub group: String,
    pub fingerprint: String,
    /// The group was registered by this import.
    pub registered: bool,
    /// Nothing new: this bundle (or one with the same history) was imported already.
    pub already: bool,
    pub new_vouchers: i64,
    pub head_count: i64,
    pub as_of: String,
    pub book_code: String,
    /// How many groups it relayed brought something new (a village organisation's bundle
    /// carries its groups to the cluster federation).
    #[serde(default)]
    pub relayed: i64,
    /// What this file did, in the reader's language (the desktop fills it: `imported_message`).
    #[serde(default)]
    pub message: String,
}

/// The oversight screen's line for one imported file: registered (with the fingerprint to
/// compare with the group's paper), already imported, or how many entries came in.
pub fn imported_message(i: &BundleImported, locale: Locale) -> String {
    let l = Localizer::new(locale);
    let group = ("group", Arg::Text(i.group.clone()));
    let done = || {
        let date = stored_date(&i.as_of).map(Arg::Date).unwrap_or_else(|_| Arg::Text(i.as_of.clone()));
        l.msg("oversight-imported", &[group.clone(), ("entries", Arg::Count(i.new_vouchers)), ("date", date), ("code", Arg::Text(i.book_code.clone()))])
    };
    let own = if i.already {
        l.msg("oversight-already", &[group.clone()])
    } else if i.registered {
        format!("{} {}", l.msg("oversight-registered", &[group.clone(), ("fingerprint", Arg::Text(i.fingerprint.clone()))]), done())
    } else {
        done()
    };
    if i.relayed > 0 {
        format!("{own} {}", l.msg("oversight-relayed", &[group.clone(), ("groups", Arg::Count(i.relayed))]))
    } else {
        own
    }
}

/// The group screen's answer to "send to the federation": where the bundle went, its book code
/// and, on the first bundle, the key fingerprint to write on paper for the officer.
pub fn written_message(w: &BundleWritten, locale: Locale) -> String {
    let l = Localizer::new(locale);
    let date = stored_date(&w.as_of).map(Arg::Date).unwrap_or_else(|_| Arg::Text(w.as_of.clone()));
    let text = l.msg(
        "oversight-written",
        &[("seq", Arg::Count(w.seq)), ("path", Arg::Text(w.path.clone())), ("entries", Arg::Count(w.vouchers)), ("date", date), ("code", Arg::Text(w.book_code.clone()))],
    );
    let text = if w.relayed > 0 { format!("{text} {}", l.msg("oversight-written-relayed", &[("groups", Arg::Count(w.relayed))])) } else { text };
    if w.key_created {
        format!("{text} {}", l.msg("oversight-written-key", &[("fingerprint", Arg::Text(w.fingerprint.clone()))]))
    } else {
        text
    }
}

/// Whether an organisation of this kind sends its bundles to a body above it: a group, and a
/// village organisation (to its cluster federation, relaying its groups); not the bodies at the
/// top (a cluster federation, a cooperative office, a fund centre).
pub fn sends_upward(kind: OrgKind) -> bool {
    !oversees(kind) || relays(kind)
}

/// Whether an organisation of this kind keeps a register of groups and imports their bundles.
pub fn oversees(kind: OrgKind) -> bool {
    matches!(kind, OrgKind::VillageOrganisation | OrgKind::ClusterFederation | OrgKind::CooperativeOffice | OrgKind::FundCentre)
}

/// The roll-ups the oversight screen of a book of this kind offers, in `reports::ROLLUPS`'
/// order; none for a book that oversees no groups. The households' (a household's debts in
/// every fund, the restructuring plan, the target households) are a fund centre's, whose funds
/// lend to households it follows until they are debt-free (seed 003); a village organisation,
/// a cluster federation or a cooperative office follows groups, not households.
pub fn rollups(kind: OrgKind) -> Vec<&'static str> {
    if !oversees(kind) {
        return Vec::new();
    }
    crate::reports::ROLLUPS.iter().copied().filter(|r| kind == OrgKind::FundCentre || !crate::reports::HOUSEHOLD_ROLLUPS.contains(r)).collect()
}

/// The checks that need only the bundle: every voucher's hash and chain from where it says it
/// starts to the head it names, and the book code over that head.
fn verify_content(p: &Payload, path: &str) -> Result<()> {
    let altered = || Error::BundleAltered { path: path.to_string() };
    let mut lines: Vec<Vec<Line>> = Vec::with_capacity(p.vouchers.len());
    for v in &p.vouchers {
        let mut ls = Vec::with_capacity(v.lines.len());
        for l in &v.lines {
            let kind = LineKind::from_code(&l.kind).ok_or_else(altered)?;
            ls.push(Line { account: l.account.clone(), member_id: l.member_id, loan_id: l.loan_id, amount: Money::from_minor(l.amount_minor), kind, note: l.note.clone() });
        }
        lines.push(ls);
    }
    let mut sent = Vec::with_capacity(p.vouchers.len());
    for (v, ls) in p.vouchers.iter().zip(&lines) {
        let date = NaiveDate::parse_from_str(&v.date, "%Y-%m-%d").map_err(|_| altered())?;
        let kind = VoucherKind::from_code(&v.kind).ok_or_else(altered)?;
        sent.push(SentVoucher {
            header: VoucherHeader {
                org_id: p.group.org_id,
                fiscal_year: i32::try_from(v.fiscal_year).map_err(|_| altered())?,
                number: v.number,
                date,
                kind,
                narration: &v.narration,
                meeting_id: v.meeting_id,
                reverses: v.reverses_id,
                client_id: v.client_id.as_deref(),
            },
            lines: ls,
            prev_hash: &v.prev_hash,
            hash: &v.hash,
        });
    }
    if chain_fault(&p.base_hash, &sent).is_some() {
        return Err(altered());
    }
    let head = p.vouchers.last().map(|v| v.hash.as_str()).unwrap_or(&p.base_hash);
    if head != p.head.hash || p.base_count < 0 || p.base_count + p.vouchers.len() as i64 != p.head.count {
        return Err(altered());
    }
    let code = if p.head.records_count > 0 {
        book_code_with_records(p.group.org_id, p.head.count, &p.head.hash, p.head.records_count, &p.head.records_head)
    } else {
        book_code(p.group.org_id, p.head.count, &p.head.hash)
    };
    // A book whose records were hashed only by its upgrade answers the vouchers-only code.
    if code != p.head.book_code && book_code(p.group.org_id, p.head.count, &p.head.hash) != p.head.book_code {
        return Err(altered());
    }
    Ok(())
}

/// Imports bundles into an oversight book, one transaction per file, in the order given; stops
/// at the first refusal (files before it stay imported: each is whole).
pub fn bundle_import(store: &mut Store, ctx: &Ctx, i: &BundleImportInput) -> Result<Vec<BundleImported>> {
    let mut out = Vec::new();
    for file in &i.files {
        out.push(bundle_import_one(store, ctx, &i.org, file, i.register)?);
    }
    Ok(out)
}

fn bundle_import_one(store: &mut Store, ctx: &Ctx, org: &str, file: &str, register: bool) -> Result<BundleImported> {
    let bytes = std::fs::read(file).map_err(|e| Error::Store(StoreError::FileUnreadable { path: file.to_string(), reason: IoReason::of_io(&e), detail: e.to_string() }))?;
    {
        let b = store.read();
        let o = org_of(&b, org.trim())?;
        if !oversees(o.kind) {
            return Err(Error::NotAnOversightBook { org: o.code });
        }
    }
    let Decoded { payload: p, payload_sha256: sha } = decode(&bytes, file)?;
    verify_content(&p, file)?;
    // What it relays is checked as a bundle is (every hash, the chain, the book code) before
    // anything is saved; the relaying body's signature covers it.
    for r in &p.relayed {
        if r.bundle.samuh_bundle != p.samuh_bundle || !r.bundle.relayed.is_empty() {
            return Err(Error::BundleAltered { path: file.to_string() });
        }
        verify_content(&r.bundle, file)?;
    }
    let who = super::people::identify(store, ctx)?;
    // A bundle that rewrites history is refused with nothing imported, and the refusal is
    // recorded as an alarm after the import's transaction is undone.
    let mut alarm: Option<Alarm> = None;
    let done = store.write(|b| {
        let o = org_of(b, org.trim())?;
        who.may_record(Some(&o))?;
        let (group, mut answer) = import_payload(b, ctx, &o, &p, &sha, file, register, None, &mut alarm)?;
        let mut relayed = 0;
        for r in &p.relayed {
            let via = if r.via == group.code {
                Some(group.id)
            } else {
                // A group relayed in turn: the one that brought it came earlier in this bundle.
                let by = b.fed_group(o.id, &r.via)?.filter(|g| g.via.is_some()).ok_or_else(|| Error::BundleAltered { path: file.to_string() })?;
                Some(by.id)
            };
            // What identifies a relayed bundle (it has no bytes of its own): its group and where
            // its chains of entries and records end.
            let h = &r.bundle.head;
            let id = format!("relayed|{}|{}|{}|{}|{}|{}|{}", r.bundle.group.code, r.bundle.base_count, h.count, h.hash, h.records_count, h.records_head, h.book_code);
            let (_, got) = import_payload(b, ctx, &o, &r.bundle, &sha256_hex(id.as_bytes()), file, true, via, &mut alarm)?;
            relayed += i64::from(!got.already);
        }
        if !answer.already || relayed > 0 {
            who.log(b, ctx, super::people::act(&o, "bundle-import", ctx.today))?;
        }
        answer.relayed = relayed;
        Ok(answer)
    });
    match (done, alarm) {
        (Err(e), Some(a)) => {
            store.write(|b| b.insert_fed_alarm(a.group_id, &a.sha, &a.differences, &ctx.now))?;
            Err(e)
        }
        (done, _) => done,
    }
}

/// A history rewritten, to be recorded once the import is undone.
struct Alarm {
    group_id: i64,
    sha: String,
    differences: String,
}

/// Imports one payload (a bundle's own, or a group it relays, `via` the group that brought it)
/// inside the import's transaction: the group registered (or its key checked), and what extends
/// the journal imported before saved with its sums by month. `alarm` is set when the payload
/// rewrites history.
#[allow(clippy::too_many_arguments)]
fn import_payload(
    b: &Book<'_>,
    ctx: &Ctx,
    o: &Organisation,
    p: &Payload,
    sha: &str,
    file: &str,
    register: bool,
    via: Option<i64>,
    alarm: &mut Option<Alarm>,
) -> Result<(FedGroupRow, BundleImported)> {
    let public = unhex::<32>(&p.public_key).ok_or_else(|| Error::BundleAltered { path: file.to_string() })?;
    let fp = fingerprint(&public);
    if p.group.code == o.code {
        return Err(Error::BundleOfOwnBook { group: p.group.code.clone() });
    }
    let (group, registered) = match b.fed_group(o.id, &p.group.code)? {
        Some(g) => {
            if g.public_key != p.public_key {
                return Err(Error::BundleWrongKey { path: file.into(), group: g.code, fingerprint: fp.clone(), registered: g.fingerprint });
            }
            // A group whose books come relayed by a VO is followed through the VO's bundles,
            // not through its own as well (the register keeps one way in for each group).
            if let (None, Some(by)) = (via, g.via) {
                let by = b.fed_groups_all(o.id)?.into_iter().find(|x| x.id == by).map(|x| x.code).unwrap_or_default();
                return Err(Error::BundleRelayedGroup { path: file.into(), group: g.code, via: by });
            }
            (g, false)
        }
        None if !register => return Err(Error::BundleUnknownGroup { path: file.into(), group: p.group.code.clone(), fingerprint: fp.clone() }),
        None => {
            let mut g = FedGroupRow {
                id: 0,
                overseer_id: o.id,
                code: p.group.code.clone(),
                name: p.group.name.clone(),
                kind: p.group.kind.clone(),
                country: p.group.country.clone(),
                currency: p.group.currency.clone(),
                place: p.group.place.clone(),
                formed_on: p.group.formed_on.clone(),
                meeting_frequency: p.group.meeting_frequency.clone(),
                public_key: p.public_key.clone(),
                fingerprint: fp.clone(),
                registered_at: ctx.now.clone(),
                via,
            };
            g.id = b.insert_fed_group(&g)?;
            (g, true)
        }
    };
    let answer = |already: bool, new_vouchers: i64| BundleImported {
        path: file.to_string(),
        group: group.code.clone(),
        fingerprint: fp.clone(),
        registered,
        already,
        new_vouchers,
        head_count: p.head.count,
        as_of: p.as_of.clone(),
        book_code: p.head.book_code.clone(),
        relayed: 0,
        message: String::new(),
    };
    if b.fed_bundle_seen(group.id, sha)? {
        return Ok((group.clone(), answer(true, 0)));
    }
    let imported = b.fed_hashes(group.id)?;
    let sent: Vec<&str> = p.vouchers.iter().map(|v| v.hash.as_str()).collect();
    let new_from = match extension(&imported, p.base_count, &p.base_hash, &sent, GENESIS_HASH) {
        Extension::Gap => return Err(Error::BundleGap { path: file.into(), group: group.code.clone(), starts: p.base_count, imported: imported.len() as i64 }),
        Extension::Older => return Err(Error::BundleOlder { path: file.into(), group: group.code.clone(), sent: p.head.count, imported: imported.len() as i64 }),
        Extension::Rewrites(diffs) => {
            let text = diffs.iter().map(|d| format!("{}|{}|{}", d.position, d.imported, d.sent)).collect::<Vec<_>>().join("\n");
            *alarm = Some(Alarm { group_id: group.id, sha: sha.to_string(), differences: text });
            let first = &diffs[0];
            let sent = p.vouchers.get((first.position - p.base_count - 1).max(0) as usize).filter(|_| first.position > p.base_count);
            return Err(Error::BundleRewritesHistory {
                path: file.into(),
                group: group.code.clone(),
                position: first.position,
                voucher: sent
                    .map(|v| {
                        let (start_month, start_day) = fiscal_start_of(&p.records, &p.group.country);
                        let start_year = i32::try_from(v.fiscal_year).unwrap_or_default();
                        format!("{}/{:04}", crate::domain::org::FiscalYear { start_year, start_month, start_day }.label(), v.number)
                    })
                    .unwrap_or_default(),
                date: sent.and_then(|v| NaiveDate::parse_from_str(&v.date, "%Y-%m-%d").ok()),
                differing: diffs.len() as i64,
            });
        }
        Extension::Same => {
            // Nothing new in the journal; the records may still have moved on (a member
            // left): then the bundle is kept for its records.
            let last = b.fed_latest_bundle(group.id)?;
            if last.is_some_and(|l| l.records_count == p.head.records_count && l.records_head == p.head.records_head) {
                return Ok((group.clone(), answer(true, 0)));
            }
            p.vouchers.len()
        }
        Extension::Extends { new_from } => new_from,
    };
    let records = serde_json::to_string(&p.records).map_err(|e| Error::Store(StoreError::Database { detail: e.to_string() }))?;
    let bundle_id = b.insert_fed_bundle(&FedBundleRow {
        id: 0,
        group_id: group.id,
        seq: p.seq,
        scope: p.scope.clone(),
        base_count: p.base_count,
        head_count: p.head.count,
        head_hash: p.head.hash.clone(),
        records_count: p.head.records_count,
        records_head: p.head.records_head.clone(),
        book_code: p.head.book_code.clone(),
        as_of: p.as_of.clone(),
        written_on: p.written_on.clone(),
        payload_sha256: sha.to_string(),
        records,
        imported_at: ctx.now.clone(),
    })?;
    let mut added = 0;
    // The new postings summed by month, account, line kind and opening or not, with the
    // first line's place (position × 1,000,000 + line number), as `fed_month` keeps them.
    let mut sums: std::collections::BTreeMap<(i64, &str, &str, bool), (i64, i64)> = std::collections::BTreeMap::new();
    for (k, v) in p.vouchers.iter().enumerate().skip(new_from) {
        let position = p.base_count + k as i64 + 1;
        let month = super::federation::sums::month_of(stored_date(&v.date)?);
        for (n, l) in v.lines.iter().enumerate() {
            let at = crate::store::line_place(position, n as i64 + 1);
            let e = sums.entry((month, l.account.as_str(), l.kind.as_str(), v.kind == "opening")).or_insert((0, at));
            e.0 += l.amount_minor;
            e.1 = e.1.min(at);
        }
    }
    for (k, v) in p.vouchers.iter().enumerate().skip(new_from) {
        b.insert_fed_voucher(&FedVoucherRow {
            group_id: group.id,
            position: p.base_count + k as i64 + 1,
            bundle_id,
            src_id: v.id,
            org_id: p.group.org_id,
            fiscal_year: v.fiscal_year,
            number: v.number,
            date: v.date.clone(),
            kind: v.kind.clone(),
            narration: v.narration.clone(),
            meeting_id: v.meeting_id,
            reverses_id: v.reverses_id,
            client_id: v.client_id.clone(),
            prev_hash: v.prev_hash.clone(),
            hash: v.hash.clone(),
            lines: v
                .lines
                .iter()
                .enumerate()
                .map(|(n, l)| FedPostingRow {
                    line_no: n as i64 + 1,
                    account: l.account.clone(),
                    member_id: l.member_id,
                    loan_id: l.loan_id,
                    amount_minor: l.amount_minor,
                    kind: l.kind.clone(),
                    note: l.note.clone(),
                })
                .collect(),
        })?;
        added += 1;
    }
    for ((month, account, kind, opening), (amount, first_at)) in sums {
        b.insert_fed_month(&crate::store::FedMonthRow { group_id: group.id, bundle_id, month, opening, account, kind, amount_minor: amount, first_at })?;
    }
    Ok((group.clone(), answer(false, added)))
}

pub(crate) use super::federation::sums::stored_date;

/// Every group an organisation oversees as the status board reads it: its bundles, alarms, the
/// records of its latest bundle and how many entries it sent, never its postings (the roll-ups
/// that need postings stream them, one group at a time, through `each_view`).
fn views(b: &Book<'_>, org: &Organisation) -> Result<Vec<GroupView>> {
    let mut out = Vec::new();
    each_view(b, org, None, |g| {
        out.push(g);
        Ok(())
    })?;
    Ok(out)
}

/// Hands each group's view to `f` in register order, one at a time: a roll-up over thousands of
/// groups keeps only what it takes from each (its figures). With a `Need`, the view carries the
/// group's lines up to the report's date (whole months as the sums kept at import) and what was
/// read beside them (`federation::sums`).
pub(crate) fn each_view(b: &Book<'_>, org: &Organisation, need: Option<&Need>, f: impl FnMut(GroupView) -> Result<()>) -> Result<()> {
    views_of(b, b.fed_groups(org.id)?, need, f)
}

/// The groups relayed to this book (a cluster federation's SHGs, through its village
/// organisations), by the group whose bundles bring them: (its code, the groups by code), in
/// the order of that code. Empty for a book that receives only groups' own bundles.
pub(crate) fn relayed_groups(b: &Book<'_>, org: &Organisation) -> Result<Vec<(String, Vec<FedGroupRow>)>> {
    let all = b.fed_groups_all(org.id)?;
    let mut by: std::collections::BTreeMap<String, Vec<FedGroupRow>> = std::collections::BTreeMap::new();
    for g in all.iter().filter(|g| g.via.is_some()) {
        let via = all.iter().find(|x| Some(x.id) == g.via).map(|x| x.code.clone()).unwrap_or_default();
        by.entry(via).or_default().push(g.clone());
    }
    for groups in by.values_mut() {
        groups.sort_by(|a, b| a.code.cmp(&b.code));
    }
    Ok(by.into_iter().collect())
}

/// `gather` over the groups relayed to this book, by the group that brings them.
pub(crate) fn gather_relayed<T>(b: &Book<'_>, org: &Organisation, need: &Need, take: impl Fn(&GroupView) -> T) -> Result<Vec<(String, Vec<T>)>> {
    let mut out = Vec::new();
    for (via, groups) in relayed_groups(b, org)? {
        let mut got = Vec::new();
        views_of(b, groups, Some(need), |g| {
            got.push(take(&g));
            Ok(())
        })?;
        out.push((via, got));
    }
    Ok(out)
}

/// `each_view` over the given groups of the register.
fn views_of(b: &Book<'_>, groups: Vec<FedGroupRow>, need: Option<&Need>, mut f: impl FnMut(GroupView) -> Result<()>) -> Result<()> {
    for g in groups {
        // The records of the latest bundle only (a group sending monthly has dozens).
        let records: Records = match b.fed_latest_bundle(g.id)? {
            Some(f) => serde_json::from_str(&f.records).map_err(|e| Error::Store(StoreError::Database { detail: e.to_string() }))?,
            None => Records::default(),
        };
        let mut seen = Vec::new();
        for (as_of, imported_at) in b.fed_bundle_periods(g.id)? {
            seen.push((stored_date(&as_of)?, stored_date(imported_at.get(..10).unwrap_or(""))?));
        }
        let (lines, read) = match need {
            Some(n) => {
                let mut cuts = n.cuts.clone();
                if n.at_bundle {
                    cuts.extend(seen.iter().map(|(p, _)| *p).filter(|p| *p <= n.to).max());
                }
                let latest = seen.iter().map(|(p, _)| *p).max();
                (group_lines(b, g.id, n.to, &cuts, n.accounts)?, Some(read_ahead(b, g.id, &records, latest, n)?))
            }
            None => (Vec::new(), None),
        };
        let entries = b.fed_voucher_count(g.id)?;
        let mut members = Vec::new();
        for m in &records.members {
            members.push((stored_date(&m.joined_on)?, m.exited_on.as_deref().map(stored_date).transpose()?));
        }
        let mut meetings = Vec::new();
        let mut attendance = std::collections::HashMap::new();
        for m in &records.meetings {
            meetings.push((m.id, stored_date(&m.date)?));
            if let Some([present, late, leave, absent]) = m.attendance {
                attendance.insert(m.id, (present + late, present + late + leave + absent));
            }
        }
        let fiscal_start = fiscal_start_of(&records, &g.country);
        // The closes the latest bundle lists; for a bundle written before they were listed, the
        // years whose closing lines stand in the imported journal.
        let closed = if records.fiscal_start.is_some() { records.closes.clone() } else { b.fed_closed_years(g.id)? };
        f(GroupView {
            code: g.code.clone(),
            name: g.name.clone(),
            bundles: seen,
            entries,
            alarms: b.fed_alarms(g.id)?.len() as i64,
            members,
            member_ids: records.members.iter().map(|m| m.id).collect(),
            currency: g.currency.clone(),
            // Its book in Samuh begins at its formation, or at its first entry when the group
            // kept paper books before: no year or meeting before it is asked of the book.
            formed_on: stored_date(&g.formed_on)?.max(b.fed_first_entry(g.id)?.unwrap_or(chrono::NaiveDate::MIN)),
            frequency: crate::domain::org::MeetingFrequency::from_code(&g.meeting_frequency).unwrap_or(crate::domain::org::MeetingFrequency::Weekly),
            meetings,
            attendance,
            fiscal_start,
            closed,
            loans: records
                .loans
                .iter()
                .map(|l| {
                    let no = |id: i64| records.members.iter().find(|m| m.id == id).map(|m| m.admission_no.clone()).unwrap_or_else(|| id.to_string());
                    GroupLoan {
                        id: l.id,
                        fund: l.fund.clone(),
                        days_past_due: l.days_past_due,
                        principal_overdue: Money::from_minor(l.principal_overdue_minor),
                        number: l.number,
                        member: no(l.member_id),
                        guarantors: l.guarantors.iter().map(|g| no(*g)).collect(),
                    }
                })
                .collect(),
            lines,
            read,
        })?;
    }
    Ok(())
}

/// What a roll-up needs beside the lines: the balances of the loans that may be owed on the
/// report's date, the entries and savings of the meetings asked about, the last entry.
pub(crate) fn read_ahead(b: &Book<'_>, group_id: i64, records: &Records, latest_bundle: Option<NaiveDate>, need: &Need) -> Result<ReadAhead> {
    let to = need.to;
    let mut r = ReadAhead { last_entry: b.fed_last_entry(group_id, &to.to_string())?.as_deref().map(stored_date).transpose()?, ..ReadAhead::default() };
    if need.loans {
        // A loan repaid or cancelled by the group's last bundle owes nothing on any later day;
        // before that day any loan given may still be owed.
        let settled = |status: &str| matches!(status, "repaid" | "cancelled") && latest_bundle.is_some_and(|d| to >= d);
        let ids: Vec<i64> = records
            .loans
            .iter()
            .filter(|l| !settled(&l.status))
            .filter(|l| NaiveDate::parse_from_str(&l.disbursed_on, "%Y-%m-%d").map_or(true, |d| d <= to))
            .map(|l| l.id)
            .collect();
        for (id, minor) in b.fed_loan_balances(group_id, &ids, &to.to_string())? {
            r.owed.insert(id, Money::from_minor(minor));
        }
    }
    if let Some((from, until)) = need.meetings {
        let mut held = Vec::new();
        for m in &records.meetings {
            let d = stored_date(&m.date)?;
            if d >= from && d <= until {
                held.push(m.id);
            }
        }
        if let (Some(lo), Some(hi)) = (held.iter().min(), held.iter().max()) {
            for (meeting, member) in b.fed_meeting_entries(group_id, *lo, *hi)? {
                match member {
                    Some(who) => {
                        r.saved_at.insert((meeting, who));
                    }
                    None => {
                        r.entered.insert(meeting);
                    }
                }
            }
        }
    }
    Ok(r)
}

/// What `take` reads from each group's view (with what `need` asks), the groups read one at a time.
pub(crate) fn gather<T>(b: &Book<'_>, org: &Organisation, need: &Need, take: impl Fn(&GroupView) -> T) -> Result<Vec<T>> {
    let mut out = Vec::new();
    each_view(b, org, Some(need), |g| {
        out.push(take(&g));
        Ok(())
    })?;
    Ok(out)
}

/// A group's fiscal year start (month, day): as its bundle says, else its country's.
fn fiscal_start_of(records: &Records, country: &str) -> (u32, u32) {
    // Only a start a book can have (the register's rule: months 1–12, days 1–28).
    let sent = records
        .fiscal_start
        .as_deref()
        .and_then(|t| t.split_once('-'))
        .and_then(|(m, d)| Some((m.parse::<u32>().ok()?, d.parse::<u32>().ok()?)))
        .filter(|(m, d)| (1..=12).contains(m) && (1..=28).contains(d));
    sent.or_else(|| crate::domain::org::Country::from_code(country).map(|c| c.default_fiscal_start())).unwrap_or((4, 1))
}

/// The roll-up reports by name (None for any other report).
pub(crate) fn rollup(b: &Book<'_>, org: &Organisation, name: &str, from: NaiveDate, to: NaiveDate) -> Result<Option<crate::reports::Report>> {
    Ok(match name {
        "group-status" => {
            let mut r = crate::reports::group_status(org, to, &views(b, org)?);
            // A CLF's board also lists the SHGs its VOs relayed, each under the VO that brings it.
            let all = b.fed_groups_all(org.id)?;
            let mut relayed = Vec::new();
            for g in all.iter().filter(|g| g.via.is_some()) {
                let mut last = None;
                for (period, _) in b.fed_bundle_periods(g.id)? {
                    last = last.max(Some(stored_date(&period)?).filter(|p| *p <= to));
                }
                let via = all.iter().find(|x| Some(x.id) == g.via).map(|x| x.code.clone()).unwrap_or_default();
                relayed.push(crate::reports::RelayedGroup { code: g.code.clone(), name: g.name.clone(), via, entries: b.fed_voucher_count(g.id)?, last });
            }
            relayed.sort_by(|a, b| (&a.via, &a.code).cmp(&(&b.via, &b.code)));
            crate::reports::relayed_status(&mut r, &relayed);
            Some(r)
        }
        // Each group's figures are taken as its view is read; its postings are then let go.
        // A cluster federation's portfolio and overdue borrowers go down to the SHGs its VOs
        // relayed: a part for each VO's groups, with its own totals (a VO's CIF lent to its SHGs
        // is in their loans, so the parts are not added together).
        "portfolio" => {
            let need = Need::portfolio(from, to);
            let take = |g: &GroupView| crate::reports::PortfolioFigures::of(g, from, to);
            let mut r = crate::reports::portfolio_of(org, from, to, &gather(b, org, &need, take)?);
            for (via, figures) in gather_relayed(b, org, &need, take)? {
                crate::reports::relayed_part(&mut r, &via, crate::reports::portfolio_of(org, from, to, &figures));
            }
            Some(r)
        }
        "overdue-borrowers" => {
            let need = Need::overdue(to);
            let take = |g: &GroupView| crate::reports::OverdueFigures::of(g, to);
            let mut r = crate::reports::overdue_borrowers_of(org, to, &gather(b, org, &need, take)?);
            for (via, figures) in gather_relayed(b, org, &need, take)? {
                crate::reports::relayed_part(&mut r, &via, crate::reports::overdue_borrowers_of(org, to, &figures));
            }
            Some(r)
        }
        // (At a cluster federation `report` adds each VO's CIF with the SHGs it relays.)
        "cif-reconciliation" => {
            let need = Need::cif(to);
            Some(crate::reports::cif_reconciliation_of(org, to, &gather(b, org, &need, |g| crate::reports::CifFigures::of(g, to))?, &cif_receivable(b, org)?))
        }
        _ => None,
    })
}

/// The bundles in a folder (a pen drive): every `*.bundle` file, by name.
pub fn bundle_files(dir: &str) -> Result<Vec<String>> {
    let rd = std::fs::read_dir(dir).map_err(|e| Error::Store(StoreError::FileUnreadable { path: dir.to_string(), reason: IoReason::of_io(&e), detail: e.to_string() }))?;
    let mut out: Vec<String> = rd
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "bundle"))
        .map(|p| p.display().to_string())
        .collect();
    out.sort();
    Ok(out)
}

/// The `records` check of an oversight book's imported groups (one organisation, or all): each
/// group's imported chain re-hashed from its first entry (every posting as stored), and its end
/// compared with the head of the latest bundle imported (itself a recorded fact). An outside
/// change to an imported entry, or a re-hashed imported chain, is named with the group and the
/// position of the first entry that differs.
pub(crate) fn imported_findings(b: &Book<'_>, org: Option<i64>) -> Result<Vec<super::Finding>> {
    let mut out = Vec::new();
    if b.one_table_missing("fed_group")? {
        return Ok(out);
    }
    // A backup from before migration 0022, opened read-only, kept no sums.
    let sums_kept = !b.one_table_missing("fed_month")?;
    for o in b.orgs()?.into_iter().filter(|o| org.is_none_or(|id| id == o.id)) {
        // The groups relayed through a VO too: their imported chains are checked alike.
        for g in b.fed_groups_all(o.id)? {
            let vouchers = b.fed_vouchers(g.id)?;
            let mut prev = GENESIS_HASH.to_string();
            let mut broken: Option<i64> = None;
            for (k, v) in vouchers.iter().enumerate() {
                let lines: Option<Vec<Line>> = v
                    .lines
                    .iter()
                    .map(|l| {
                        LineKind::from_code(&l.kind).map(|kind| Line {
                            account: l.account.clone(),
                            member_id: l.member_id,
                            loan_id: l.loan_id,
                            amount: Money::from_minor(l.amount_minor),
                            kind,
                            note: l.note.clone(),
                        })
                    })
                    .collect();
                let header = NaiveDate::parse_from_str(&v.date, "%Y-%m-%d").ok().zip(VoucherKind::from_code(&v.kind)).map(|(date, kind)| VoucherHeader {
                    org_id: v.org_id,
                    fiscal_year: v.fiscal_year as i32,
                    number: v.number,
                    date,
                    kind,
                    narration: &v.narration,
                    meeting_id: v.meeting_id,
                    reverses: v.reverses_id,
                    client_id: v.client_id.as_deref(),
                });
                let good = match (header, lines) {
                    (Some(h), Some(ls)) => v.prev_hash == prev && crate::domain::ledger::voucher_hash(&prev, &h, &ls) == v.hash,
                    _ => false,
                };
                if !good || v.position != k as i64 + 1 {
                    broken = Some(v.position);
                    break;
                }
                prev = v.hash.clone();
            }
            let head = b.fed_bundles(g.id)?.into_iter().max_by_key(|f| f.head_count);
            if broken.is_none() {
                if let Some(h) = head {
                    let n = vouchers.len() as i64;
                    if h.head_count != n {
                        // Entries missing (or added) after the last that verifies.
                        broken = Some(h.head_count.min(n) + 1);
                    } else if n > 0 && h.head_hash != prev {
                        broken = Some(n);
                    }
                }
            }
            if let Some(position) = broken {
                out.push(super::Finding {
                    check: "records",
                    org: o.code.clone(),
                    id: "finding-imported-chain-broken",
                    args: vec![("group".into(), g.code.clone()), ("position".into(), position.to_string())],
                });
            }
            // The sums by month the roll-ups read must be the postings' own.
            if sums_kept && b.fed_month_differs(g.id)? {
                out.push(super::Finding { check: "records", org: o.code.clone(), id: "finding-imported-sums-differ", args: vec![("group".into(), g.code.clone())] });
            }
        }
    }
    Ok(out)
}

/// The organisation's signing key (public half in hex, secret), made and recorded on first use:
/// the key its bundles are signed with also signs its settlement slips (issue 15).
pub(crate) fn signing_key(b: &Book<'_>, org: &Organisation, now: &str) -> Result<(String, [u8; 32])> {
    match b.bundle_key(org.id)? {
        Some((p, s)) => Ok((p, unhex::<32>(&s).ok_or(Error::Store(StoreError::BookDamaged))?)),
        None => {
            let s = random_secret()?;
            let p = hex(&public_of(&s));
            b.insert_bundle_key(org.id, &p, &hex(&s), now)?;
            Ok((p, s))
        }
    }
}

/// Bytes of hex (None when it is not `N` bytes of hex).
pub(crate) fn from_hex<const N: usize>(s: &str) -> Option<[u8; N]> {
    unhex::<N>(s)
}

/// `samuh bundle cif-loan`: a village organisation lends its community investment fund to one
/// of its SHGs.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct CifLoanInput {
    /// The oversight organisation that lends (a village organisation or a cluster federation).
    pub org: String,
    /// The borrowing group's code, as registered by its first bundle.
    pub group: String,
    pub date: String,
    pub amount: String,
    #[serde(default)]
    pub rate: Option<String>,
    #[serde(default)]
    pub rate_period: Option<String>,
    #[serde(default)]
    pub method: Option<String>,
    #[serde(default)]
    pub frequency: Option<String>,
    #[serde(default)]
    pub instalments: Option<String>,
    #[serde(default)]
    pub purpose: String,
}

/// A CIF loan to a group registered in an oversight book. The borrower is the group: the
/// lender's member register names each SHG it lends to by the group's code (a VO's members are
/// its SHGs), added by its first CIF loan. The loan is the lender's own (its schedule, its
/// repayments with `samuh repay --member <group code>`), drawn from its CIF; no cap by members'
/// savings and no guarantors (a CIF loan rests on the group's plan, not on a member's savings).
pub fn cif_loan(store: &mut Store, ctx: &Ctx, i: &CifLoanInput) -> Result<super::Saved> {
    use crate::domain::loan::FundKind;
    let on = super::input::date("date", &i.date, ctx)?;
    let who = super::people::identify(store, ctx)?;
    store.write(|b| {
        let org = org_of(b, i.org.trim())?;
        who.may_record(Some(&org))?;
        if !oversees(org.kind) {
            return Err(Error::NotAnOversightBook { org: org.code });
        }
        let code = i.group.trim();
        // Only a group that sends its own bundles: one relayed through a village organisation
        // borrows from that organisation, not from this book.
        let group = b
            .fed_group(org.id, code)?
            .filter(|g| g.via.is_none())
            .ok_or_else(|| Error::CifGroupNotRegistered { org: org.code.clone(), group: code.to_string() })?;
        super::check_entry_date(b, &org, on, ctx.today)?;
        let borrower = match b.member_by_no(org.id, &group.code)? {
            Some(m) => m,
            None => {
                let id = b.insert_member(&crate::store::NewMember {
                    org_id: org.id,
                    admission_no: &group.code,
                    name: &group.name,
                    role: crate::domain::org::Role::Member,
                    joined_on: on.max(org.formed_on),
                    nominee: None,
                })?;
                who.log(b, ctx, crate::store::NewAct { member_id: Some(id), ..super::people::act(&org, "member-add", on) })?;
                b.member(id)?
            }
        };
        let borrower = super::active_member(b, &org, &borrower.admission_no, on)?;
        let mut policy = super::policy_on(b, &org, on)?;
        policy.loan_cap = None;
        policy.loan_cap_savings_multiple = None;
        policy.guarantors_required = 0;
        let l = super::LoanInput {
            member: borrower.admission_no.clone(),
            amount: i.amount.clone(),
            fund: Some(FundKind::CommunityInvestmentFund.code().to_string()),
            rate: i.rate.clone(),
            rate_period: i.rate_period.clone(),
            method: i.method.clone(),
            frequency: i.frequency.clone(),
            instalments: i.instalments.clone(),
            grace: None,
            purpose: i.purpose.clone(),
            guarantors: Vec::new(),
        };
        super::loans::loan_give(b, ctx, &org, &who, &policy, &borrower, &l, on, None)
    })
}

/// The oversight book's own CIF lent to each registered group: the postings to its loans
/// account of loans whose borrower is the member named by the group's code, by group code.
fn cif_receivable(b: &Book<'_>, org: &Organisation) -> Result<crate::reports::CifLent> {
    let mut out = std::collections::BTreeMap::new();
    let groups = b.fed_groups(org.id)?;
    let members = b.members(org.id)?;
    let by_id: std::collections::HashMap<i64, &str> =
        members.iter().filter(|m| groups.iter().any(|g| g.code == m.admission_no)).map(|m| (m.id, m.admission_no.as_str())).collect();
    if by_id.is_empty() {
        return Ok(out);
    }
    for v in b.vouchers(org.id, None, None)? {
        for l in &v.lines {
            if l.account != crate::domain::ledger::code::LOANS_TO_MEMBERS {
                continue;
            }
            if let Some(code) = l.member_id.and_then(|m| by_id.get(&m)) {
                out.entry(code.to_string()).or_insert_with(Vec::new).push((v.date, l.amount));
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use super::super::federation::sums::group_vouchers;
    use chrono::Datelike;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// The roll-ups' figures and the consolidated statements' parts read through the sums (and
    /// the days cut inside read line by line) equal those worked out from every posting, for
    /// periods cut on month ends, inside months and across years, in the demo's village
    /// organisation (three SHGs, with an opening, reversals and CIF).
    #[test]
    fn the_sums_answer_what_every_posting_answers() {
        use crate::reports::{consolidated::{group_part, Entity, Statement}, group_facts, CifFigures, OverdueFigures, PortfolioFigures};
        let (s, _) = crate::demo::demo_book(crate::i18n::Lang::En);
        let b = s.read();
        let org = b.org_by_code("vo-kishanganj").unwrap().unwrap();
        let groups = b.fed_groups(org.id).unwrap();
        assert_eq!(groups.len(), 3);
        let periods = [
            ("2026-04-01", "2026-11-20"),
            ("2026-04-01", "2026-10-31"),
            ("2026-05-15", "2026-10-31"),
            ("2026-06-03", "2026-06-17"),
            ("2025-04-01", "2026-03-31"),
            ("2026-01-01", "2026-12-31"),
            ("2020-01-01", "2026-11-20"),
            ("2025-11-11", "2026-02-28"),
        ];
        let (mut compared, mut used_sums) = (0, 0);
        for (from, to) in periods {
            let (from, to) = (d(from), d(to));
            let need = Need::grading(from, to);
            let cif = Need::cif(to);
            let views = |need: &Need| {
                let mut out = Vec::new();
                each_view(&b, &org, Some(need), |g| {
                    out.push(g);
                    Ok(())
                })
                .unwrap();
                out
            };
            let fast = views(&need);
            let fast_portfolio = views(&Need::portfolio(from, to));
            let fast_overdue = views(&Need::overdue(to));
            let fast_cif = views(&cif);
            for (k, ((g, c), row)) in fast.iter().zip(&fast_cif).zip(&groups).enumerate() {
                // Every posting, line by line, as the roll-ups read them before sums were kept.
                if g.lines.iter().any(|l| l.loan_id.is_none() && l.member_id.is_none() && l.meeting_id.is_none() && l.date.day() == 1) {
                    used_sums += 1;
                }
                let mut slow = g.clone();
                slow.read = None;
                slow.lines = Vec::new();
                for v in b.fed_vouchers(row.id).unwrap() {
                    for l in v.lines {
                        let date = d(&v.date);
                        slow.lines.push(crate::reports::GroupLine { date, account: l.account, loan_id: l.loan_id, amount: Money::from_minor(l.amount_minor), kind: l.kind, member_id: l.member_id, meeting_id: v.meeting_id });
                    }
                }
                assert_eq!(PortfolioFigures::of(&fast_portfolio[k], from, to), PortfolioFigures::of(&slow, from, to), "{} {from}–{to}", g.code);
                assert_eq!(OverdueFigures::of(&fast_overdue[k], to), OverdueFigures::of(&slow, to), "{} {to}", g.code);
                assert_eq!(group_facts(g, from, to), group_facts(&slow, from, to), "{} {from}–{to}", g.code);
                let mut slow_cif = c.clone();
                slow_cif.read = None;
                slow_cif.lines = slow.lines.clone();
                assert_eq!(CifFigures::of(c, to), CifFigures::of(&slow_cif, to), "{} {to}", g.code);
                let go = super::super::federation::consolidated::group_org_for_tests(row);
                let every = super::super::federation::consolidated::group_journal_for_tests(&b, row);
                let cuts: Vec<NaiveDate> = [from.pred_opt(), go.fiscal_year(to).start().pred_opt()].into_iter().flatten().collect();
                let sums = group_vouchers(&b, row.id, &row.code, to, &cuts).unwrap();
                for st in [Statement::ReceiptsPayments, Statement::IncomeExpenditure, Statement::BalanceSheet] {
                    let a = group_part(st, &Entity { org: &go, vouchers: &sums }, from, to);
                    let z = group_part(st, &Entity { org: &go, vouchers: &every }, from, to);
                    assert_eq!(a, z, "{} {st:?} {from}–{to}", g.code);
                }
                compared += 1;
            }
        }
        assert_eq!(compared, 3 * periods.len());
        assert!(used_sums >= periods.len(), "the demo SHG's earlier months are read as sums ({used_sums})");
    }
}
