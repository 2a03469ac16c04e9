//! `samuh check`: named ledger-wide checks that report every finding, not the first one.

use crate::store::error::StoreError;
use crate::domain::ledger::{code, voucher_hash, AccountType, Entry, LineKind, SubLedger, VoucherKind, GENESIS_HASH};
use crate::domain::money::Money;
use crate::domain::org::Organisation;
use crate::error::{Error, IoReason, Result};
use crate::app::safety::Finding;
use crate::store::{Book, Store, StoredVoucher};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// The checks, by name (each has a Fluent message `check-<name>`).
pub const CHECKS: &[&str] = &[
    "pages",
    "vouchers-balance",
    "sub-ledgers",
    "cash-not-negative",
    "loan-balances",
    "voucher-numbers",
    "hash-chain",
    "reversals",
    "schema",
    "records",
];

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct CheckReport {
    pub orgs: usize,
    pub vouchers: usize,
    pub checks: Vec<&'static str>,
    pub findings: Vec<Finding>,
    /// Each organisation's chain head (the hash of its latest voucher).
    pub heads: Vec<(String, String)>,
}

impl CheckReport {
    pub fn ok(&self) -> bool {
        self.findings.is_empty()
    }
}

/// Runs every check on every organisation of the book (or on one). Damaged pages are findings
/// of the `pages` check (SQLite's `quick_check`); when the damage stops the other checks from
/// reading, the report holds that finding alone.
pub fn check_book(store: &Store, org: Option<&str>) -> Result<CheckReport> {
    let damaged_places = damaged_places(store)?;
    match ledger_checks(store, org) {
        Ok(mut report) => {
            if damaged_places > 0 {
                report.findings.insert(0, pages_finding(damaged_places));
            }
            Ok(report)
        }
        // Once the pages are known damaged, whatever else stops the reading (a value no longer of
        // its type, a row missing) is that damage, not a separate failure.
        Err(e) if is_damage(&e) || damaged_places > 0 => Ok(CheckReport::damaged(damaged_places)),
        Err(e) => Err(e),
    }
}

/// An error that says the book's file cannot be read through (as opposed to a refusal).
pub fn is_damage(e: &Error) -> bool {
    matches!(e, Error::Store(StoreError::BookDamaged) | Error::Store(StoreError::FileUnreadable { reason: IoReason::Damaged, .. }))
}

impl CheckReport {
    /// The report on a book whose damage keeps every other check from reading it: one finding
    /// of the `pages` check, `places` the damaged places SQLite counted (at least one).
    pub fn damaged(places: usize) -> CheckReport {
        CheckReport {
            orgs: 0,
            vouchers: 0,
            checks: CHECKS.to_vec(),
            findings: vec![pages_finding(places.max(1))],
            heads: Vec::new(),
        }
    }
}

fn pages_finding(places: usize) -> Finding {
    Finding { check: "pages", org: String::new(), id: "finding-pages-damaged", args: vec![("count".into(), places.to_string())] }
}

/// How many damaged places `quick_check` names (0: none). Its English text stays out of the
/// finding, which says what to do in the reader's language.
fn damaged_places(store: &Store) -> Result<usize> {
    match store.quick_check().map_err(Error::from) {
        Ok(rows) if rows == ["ok"] => Ok(0),
        Ok(rows) => Ok(rows.len()),
        Err(e) if is_damage(&e) => Ok(1),
        Err(e) => Err(e),
    }
}

fn ledger_checks(store: &Store, org: Option<&str>) -> Result<CheckReport> {
    let b = store.read();
    let orgs: Vec<Organisation> = match org {
        Some(code) => vec![crate::app::org_of(&b, code)?],
        None => b.orgs()?,
    };
    let mut report = CheckReport { orgs: orgs.len(), vouchers: 0, checks: CHECKS.to_vec(), findings: Vec::new(), heads: Vec::new() };
    // schema: the append-only triggers are all in place and nothing refers to a missing row.
    report.findings.extend(crate::app::safety::schema_findings(&b)?);
    for o in &orgs {
        let vs = b.vouchers(o.id, None, None)?;
        report.vouchers += vs.len();
        let mut f = Vec::new();
        check_org(&b, o, &vs, &mut f)?;
        report.heads.push((o.code.clone(), vs.last().map(|v| v.hash.clone()).unwrap_or_else(|| GENESIS_HASH.to_string())));
        report.findings.extend(f);
    }
    // records: every fact outside the journal that a figure or a signature rests on is as it
    // was hashed when saved (see `store::chain`).
    report.findings.extend(crate::app::safety::record_findings(&b, org.map(|_| orgs[0].id))?);
    // Issue 16: the groups an oversight book imported still hold the chains their bundles sent
    // ("finding-imported-chain-broken").
    report.findings.extend(crate::app::federation::imported_findings(&b, org.map(|_| orgs[0].id))?);
    Ok(report)
}

fn finding(check: &'static str, org: &Organisation, id: &'static str, args: &[(&str, String)]) -> Finding {
    Finding { check, org: org.code.clone(), id, args: args.iter().map(|(k, v)| (k.to_string(), v.clone())).collect() }
}

fn check_org(b: &Book<'_>, o: &Organisation, vs: &[StoredVoucher], out: &mut Vec<Finding>) -> Result<()> {
    let vno = |v: &StoredVoucher| format!("{}/{:04}", v.fiscal_year, v.number);

    // vouchers-balance: every voucher sums to exactly zero and has lines.
    for v in vs {
        let e = Entry { date: v.date, kind: v.kind, narration: v.narration.clone(), lines: v.lines.clone() };
        if e.lines.is_empty() || !e.imbalance().is_zero() {
            out.push(finding("vouchers-balance", o, "finding-unbalanced", &[("voucher", vno(v)), ("difference", e.imbalance().to_plain())]));
        }
    }

    // sub-ledgers: postings to a control account carry its key; the key belongs to this
    // organisation; and the sub-ledger balances sum to the control account.
    let accounts: HashMap<String, (AccountType, SubLedger)> = b.accounts(o.id)?.into_iter().map(|(_, c, t, s)| (c, (t, s))).collect();
    let members: HashMap<i64, ()> = b.members(o.id)?.into_iter().map(|m| (m.id, ())).collect();
    let loans = b.loans(o.id)?;
    let loan_ids: HashMap<i64, ()> = loans.iter().map(|l| (l.id, ())).collect();
    let mut control: BTreeMap<&str, Money> = BTreeMap::new();
    let mut sub: BTreeMap<(&str, i64), Money> = BTreeMap::new();
    for v in vs {
        for l in &v.lines {
            let Some((_, sl)) = accounts.get(&l.account) else {
                out.push(finding("sub-ledgers", o, "finding-unknown-account", &[("voucher", vno(v)), ("account", l.account.clone())]));
                continue;
            };
            if let Some(m) = l.member_id {
                if !members.contains_key(&m) {
                    out.push(finding("sub-ledgers", o, "finding-foreign-key", &[("voucher", vno(v)), ("account", l.account.clone())]));
                }
            }
            if let Some(id) = l.loan_id {
                if !loan_ids.contains_key(&id) {
                    out.push(finding("sub-ledgers", o, "finding-foreign-key", &[("voucher", vno(v)), ("account", l.account.clone())]));
                }
            }
            let key = match sl {
                SubLedger::Member => l.member_id,
                SubLedger::Loan => l.loan_id,
                SubLedger::None => continue,
            };
            *control.entry(l.account.as_str()).or_default() += l.amount;
            match key {
                Some(k) => *sub.entry((l.account.as_str(), k)).or_default() += l.amount,
                None => out.push(finding("sub-ledgers", o, "finding-missing-sub-ledger", &[("voucher", vno(v)), ("account", l.account.clone())])),
            }
        }
    }
    for (acct, total) in &control {
        let subs: Money = sub.iter().filter(|((a, _), _)| a == acct).map(|(_, m)| *m).sum();
        if subs != *total {
            out.push(finding("sub-ledgers", o, "finding-sub-ledger-mismatch", &[("account", acct.to_string()), ("control", total.to_plain()), ("sum", subs.to_plain())]));
        }
    }
    // Each member's savings is a credit balance; a debit balance means money paid out that was never saved.
    for ((acct, id), bal) in &sub {
        if *acct == code::MEMBER_SAVINGS && bal.is_positive() {
            out.push(finding("sub-ledgers", o, "finding-negative-savings", &[("member", id.to_string()), ("balance", (-*bal).to_plain())]));
        }
    }

    // cash-not-negative: cash in hand and bank never below zero at the end of any day.
    for acct in [code::CASH, code::BANK] {
        let mut by_day: BTreeMap<chrono::NaiveDate, Money> = BTreeMap::new();
        for v in vs {
            for l in v.lines.iter().filter(|l| l.account == acct) {
                *by_day.entry(v.date).or_default() += l.amount;
            }
        }
        let mut running = Money::ZERO;
        for (day, m) in by_day {
            running += m;
            if running.is_negative() {
                out.push(finding("cash-not-negative", o, "finding-negative-cash", &[("account", acct.to_string()), ("date", day.to_string()), ("balance", running.to_plain())]));
            }
        }
    }

    // loan-balances: each loan's receivable = disbursed − principal repaid, within [0, disbursed],
    // and the disbursement equals the loan's principal unless it was reversed.
    for loan in &loans {
        let mut disbursed = Money::ZERO;
        let mut repaid = Money::ZERO;
        let mut balance = Money::ZERO;
        for l in vs.iter().flat_map(|v| v.lines.iter()).filter(|l| l.loan_id == Some(loan.id) && l.account == code::LOANS_TO_MEMBERS) {
            balance += l.amount;
            match l.kind {
                LineKind::Disbursement | LineKind::Opening => disbursed += l.amount,
                LineKind::Principal => repaid -= l.amount,
                _ => {}
            }
        }
        let ok = balance == disbursed - repaid
            && !balance.is_negative()
            && balance <= disbursed
            && (disbursed == loan.terms.principal || disbursed.is_zero());
        if !ok {
            out.push(finding("loan-balances", o, "finding-loan-balance", &[("loan", loan.number.to_string()), ("balance", balance.to_plain()), ("disbursed", disbursed.to_plain()), ("repaid", repaid.to_plain())]));
        }
    }

    // voucher-numbers: 1..n without gaps in each fiscal year, and each voucher in the fiscal year of its date.
    let mut numbers: BTreeMap<i32, Vec<i64>> = BTreeMap::new();
    for v in vs {
        numbers.entry(v.fiscal_year).or_default().push(v.number);
        if o.fiscal_year(v.date).start_year != v.fiscal_year {
            out.push(finding("voucher-numbers", o, "finding-wrong-fiscal-year", &[("voucher", vno(v))]));
        }
    }
    for (fy, mut ns) in numbers {
        ns.sort_unstable();
        for (i, n) in ns.iter().enumerate() {
            if *n != i as i64 + 1 {
                out.push(finding("voucher-numbers", o, "finding-number-gap", &[("year", fy.to_string()), ("expected", (i + 1).to_string()), ("found", n.to_string())]));
                break;
            }
        }
    }

    // hash-chain: each voucher's prev_hash is the previous voucher's hash, and its hash is the
    // hash of its content.
    let mut prev = GENESIS_HASH.to_string();
    for v in vs {
        if v.prev_hash != prev || voucher_hash(&v.prev_hash, &v.header(), &v.lines) != v.hash {
            out.push(finding("hash-chain", o, "finding-hash-broken", &[("voucher", vno(v))]));
        }
        prev = v.hash.clone();
    }

    // reversals: a reversal negates its original line for line and is dated on or after it.
    let by_id: HashMap<i64, &StoredVoucher> = vs.iter().map(|v| (v.id, v)).collect();
    for v in vs.iter().filter(|v| v.kind == VoucherKind::Reversal) {
        let good = v.reverses_id.and_then(|id| by_id.get(&id)).is_some_and(|orig| {
            orig.lines.len() == v.lines.len()
                && v.date >= orig.date
                && orig.lines.iter().zip(&v.lines).all(|(a, r)| r.amount == -a.amount && r.account == a.account && r.member_id == a.member_id && r.loan_id == a.loan_id)
        });
        if !good {
            out.push(finding("reversals", o, "finding-bad-reversal", &[("voucher", vno(v))]));
        }
    }
    Ok(())
}
