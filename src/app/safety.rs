//! The book's own safety: the quick self-check run whenever a book is opened, and the book code
//! printed on paper (minutes, passbook pages) that `samuh check --code` compares the book with.

use super::check::Finding;
use crate::domain::ledger::{book_code, parse_book_code, voucher_hash, GENESIS_HASH};
use crate::domain::org::{FiscalYear, Organisation};
use crate::error::{Error, Result};
use crate::store::{Book, SchemaProblem, Store, StoredVoucher};
use serde::Serialize;

/// How a book code from paper compares with the book.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
        }
    }
    pub fn is_match(self) -> bool {
        matches!(self, CodeStatus::MatchesHead | CodeStatus::MatchesEarlier | CodeStatus::MatchesEmpty)
    }
}

/// What `verify_code` found.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
    /// Message arguments for `message`, plain (the caller localises dates and numbers if it wants).
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

/// Whether the book still matches a book code copied from paper: the code of some voucher of a
/// chain that verifies from the first entry to the last. Accepts any case, spaces and hyphens,
/// and O/I/L for 0/1.
pub fn verify_code(store: &Store, org: &str, code: &str) -> Result<CodeMatch> {
    let wanted = parse_book_code(code).ok_or_else(|| Error::InvalidBookCode { input: code.to_string() })?;
    let b = store.read();
    let o = super::org_of(&b, org)?;
    let mut hit: Option<(i64, StoredVoucher)> = None;
    let empty = book_code(o.id, 0, GENESIS_HASH) == wanted;
    let (n, head, broken) = walk_chain(&b, o.id, |pos, v| {
        if hit.is_none() && book_code(o.id, pos, &v.hash) == wanted {
            hit = Some((pos, StoredVoucher { lines: Vec::new(), ..v.clone() }));
        }
    })?;
    let mut m = CodeMatch {
        org: o.code.clone(),
        code: wanted,
        status: CodeStatus::NotFound,
        message: "",
        voucher: None,
        date: None,
        meeting_number: None,
        later: 0,
        current_code: book_code(o.id, n, &head),
    };
    if let Some(v) = &broken {
        m.status = CodeStatus::ChainBroken;
        m.voucher = Some(voucher_label(&o, v.fiscal_year, v.number));
        m.date = Some(v.date.format("%Y-%m-%d").to_string());
    } else if let Some((pos, v)) = hit {
        m.status = if pos == n { CodeStatus::MatchesHead } else { CodeStatus::MatchesEarlier };
        m.voucher = Some(voucher_label(&o, v.fiscal_year, v.number));
        m.date = Some(v.date.format("%Y-%m-%d").to_string());
        m.meeting_number = match v.meeting_id {
            Some(id) => Some(b.meeting(id)?.number),
            None => None,
        };
        m.later = n - pos;
    } else if empty {
        m.status = CodeStatus::MatchesEmpty;
        m.later = n;
    }
    m.message = m.status.message_id();
    Ok(m)
}

/// One organisation in the self-check.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrgSelfCheck {
    pub org: String,
    pub vouchers: i64,
    pub head: String,
    /// The book code of the chain head, to compare with the latest signed minutes.
    pub book_code: String,
}

/// What the quick check at open found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SelfCheck {
    pub vouchers: i64,
    pub orgs: Vec<OrgSelfCheck>,
    /// Problems found (checks: quick-check, schema, hash-chain, trial-balance).
    pub findings: Vec<Finding>,
    /// Warning codes for the user (Fluent ids with the arg `path`), e.g. a book on a pen drive.
    pub warnings: Vec<&'static str>,
}

impl SelfCheck {
    pub fn ok(&self) -> bool {
        self.findings.is_empty()
    }
}

fn book_finding(check: &'static str, org: &str, id: &'static str, args: &[(&str, String)]) -> Finding {
    Finding { check, org: org.to_string(), id, args: args.iter().map(|(k, v)| (k.to_string(), v.clone())).collect() }
}

/// The quick self-check run every time a book is opened: SQLite's quick_check, the schema's
/// safety triggers, each organisation's hash chain (recomputed in one streaming pass) and the
/// trial balance (one SQL sum per organisation). Also warns when the book is on a network or
/// removable drive.
pub fn open_self_check(store: &Store) -> Result<SelfCheck> {
    let mut out = SelfCheck { vouchers: 0, orgs: Vec::new(), findings: Vec::new(), warnings: Vec::new() };
    if store.path() != ":memory:" {
        if let Some(w) = crate::store::storage_warning(std::path::Path::new(store.path())) {
            out.warnings.push(w);
        }
    }
    let qc = store.quick_check()?;
    if qc != ["ok"] {
        for d in qc.into_iter().take(10) {
            out.findings.push(book_finding("quick-check", "", "finding-quick-check", &[("detail", d)]));
        }
        // A damaged file: the rest may not be readable.
        return Ok(out);
    }
    let b = store.read();
    out.findings.extend(schema_findings(&b)?);
    let orgs = b.orgs()?;
    for o in &orgs {
        let (n, head, broken) = walk_chain(&b, o.id, |_, _| {})?;
        if let Some(v) = broken {
            out.findings.push(book_finding("hash-chain", &o.code, "finding-hash-broken", &[("voucher", voucher_label(o, v.fiscal_year, v.number))]));
        }
        out.vouchers += n;
        out.orgs.push(OrgSelfCheck { org: o.code.clone(), vouchers: n, book_code: book_code(o.id, n, &head), head });
    }
    for (org_id, sum) in b.trial_balance_sums()? {
        if sum != 0 {
            let code = orgs.iter().find(|o| o.id == org_id).map(|o| o.code.clone()).unwrap_or_default();
            let diff = crate::domain::money::Money::from_minor(sum).to_plain();
            out.findings.push(book_finding("trial-balance", &code, "finding-trial-balance", &[("difference", diff)]));
        }
    }
    Ok(out)
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
