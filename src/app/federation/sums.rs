//! Reading an oversight book's imported groups for a roll-up at district scale (issue 16): the
//! months a report does not cut inside come from the sums kept at import (`fed_month`, a few rows
//! per group and month), the days it cuts inside from the postings themselves, and what needs a
//! loan, a member or a meeting (a loan's balance, who saved at which meeting) from indexes. Every
//! figure is the one the postings give: a month's sum is that month's postings added up, and a
//! report only ever asks whether a line falls on or before a date it cuts at.

use crate::store::error::StoreError;
use crate::domain::ledger::{code, Line, LineKind, VoucherKind};
use crate::domain::money::Money;
use crate::error::{Error, Result};
use crate::reports::GroupLine;
use crate::store::{Book, FedMonthSum, FedVoucherRow, StoredVoucher};
use chrono::{Datelike, Days, NaiveDate};
use std::collections::{BTreeSet, HashMap};

/// What a roll-up asks of each group: the report's date, the other days it cuts after (the
/// day before its period, the day before a fiscal year), whether the group's last bundle date
/// up to the report's date is a cut too (the CIF reconciliation compares on it), and whether it
/// needs the loans' balances or the meetings of a period.
#[derive(Debug, Clone, Default)]
pub(crate) struct Need {
    pub to: NaiveDate,
    pub cuts: Vec<NaiveDate>,
    pub at_bundle: bool,
    pub loans: bool,
    pub meetings: Option<(NaiveDate, NaiveDate)>,
    /// The accounts whose lines the report reads (all when None).
    pub accounts: Option<&'static [&'static str]>,
}

impl Need {
    pub fn on(to: NaiveDate) -> Need {
        Need { to, ..Need::default() }
    }

    /// A period's figures: its first day is a cut (lines before it are "before the period").
    pub fn period(from: NaiveDate, to: NaiveDate) -> Need {
        Need { to, cuts: from.pred_opt().into_iter().collect(), ..Need::default() }
    }

    /// The portfolio: savings and loans to members, the loans' balances (for those at risk).
    pub fn portfolio(from: NaiveDate, to: NaiveDate) -> Need {
        Need { loans: true, accounts: Some(&[code::MEMBER_SAVINGS, code::LOANS_TO_MEMBERS]), ..Need::period(from, to) }
    }

    /// The overdue borrowers: only the loans' balances, no line.
    pub fn overdue(to: NaiveDate) -> Need {
        Need { loans: true, accounts: Some(&[]), ..Need::on(to) }
    }

    /// The CIF reconciliation: CIF payable up to each group's last bundle date.
    pub fn cif(to: NaiveDate) -> Need {
        Need { at_bundle: true, accounts: Some(&[code::CIF_PAYABLE]), ..Need::on(to) }
    }

    /// The grading sheet: the portfolio's, and the meetings of the period with who saved.
    pub fn grading(from: NaiveDate, to: NaiveDate) -> Need {
        Need { meetings: Some((from, to)), ..Need::portfolio(from, to) }
    }
}

/// A stored date, "YYYY-MM-DD" (the tables check it), read as three numbers: a roll-up over
/// thousands of groups does this for every meeting, member and bundle.
pub(crate) fn stored_date(s: &str) -> Result<NaiveDate> {
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| b[r].iter().try_fold(0u32, |n, c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')));
    let quick = (b.len() == 10 && b[4] == b'-' && b[7] == b'-')
        .then(|| Some((num(0..4)?, num(5..7)?, num(8..10)?)))
        .flatten()
        .and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y as i32, m, d));
    match quick {
        Some(d) => Ok(d),
        None => NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| Error::Store(StoreError::Database { detail: format!("{s}: {e}") })),
    }
}

/// A date's year and month as one number (202611 for November 2026), as `fed_month` keeps it.
pub(crate) fn month_of(d: NaiveDate) -> i64 {
    i64::from(d.year()) * 100 + i64::from(d.month())
}

fn first_of(month: i64) -> Result<NaiveDate> {
    i32::try_from(month / 100)
        .ok()
        .and_then(|y| NaiveDate::from_ymd_opt(y, (month % 100) as u32, 1))
        .ok_or_else(|| Error::Store(StoreError::Database { detail: format!("fed_month {month}") }))
}

fn last_of(first: NaiveDate) -> NaiveDate {
    (first + chrono::Months::new(1)) - Days::new(1)
}

/// The months a cut falls inside (on any day but the month's last), up to `to`'s month.
fn broken_months(to: NaiveDate, cuts: &[NaiveDate]) -> BTreeSet<i64> {
    std::iter::once(to)
        .chain(cuts.iter().copied().filter(|c| *c < to))
        .filter(|c| *c != last_of(c.with_day(1).unwrap_or(*c)))
        .map(month_of)
        .collect()
}

/// A group's postings up to `to`: the whole months between two cuts summed (one sum per
/// account, line kind and opening or not, dated the first of its months), the months a cut
/// falls inside as their vouchers (up to `to`); the caller turns each into what it reads.
fn read_group<T>(
    b: &Book<'_>,
    group_id: i64,
    to: NaiveDate,
    cuts: &[NaiveDate],
    keep: Option<&[&str]>,
    mut sum: impl FnMut(NaiveDate, FedMonthSum) -> T,
    mut real: impl FnMut(FedVoucherRow) -> Result<T>,
) -> Result<Vec<T>> {
    let broken = broken_months(to, cuts);
    let left_out: Vec<i64> = broken.iter().copied().collect();
    // Months up to a cut's month on one side, after it on the other (a cut month itself is
    // read line by line, or ends on the cut).
    let mut bounds: Vec<i64> = cuts.iter().filter(|c| **c < to).map(|c| month_of(*c)).collect();
    bounds.sort_unstable();
    bounds.dedup();
    let mut out = Vec::new();
    for s in b.fed_month_sums(group_id, month_of(to), &left_out, &bounds, keep)? {
        out.push(sum(first_of(s.month)?, s));
    }
    for m in &broken {
        let first = first_of(*m)?;
        let last = last_of(first).min(to);
        for v in b.fed_vouchers_between(group_id, &first.to_string(), &last.to_string())? {
            out.push(real(v)?);
        }
    }
    Ok(out)
}

/// A group's lines for a roll-up (of the accounts `keep` names): whole months as month sums,
/// cut months line by line.
pub(crate) fn group_lines(b: &Book<'_>, group_id: i64, to: NaiveDate, cuts: &[NaiveDate], keep: Option<&[&str]>) -> Result<Vec<GroupLine>> {
    let parts = read_group(
        b,
        group_id,
        to,
        cuts,
        keep,
        |date, s| vec![GroupLine { date, account: s.account, loan_id: None, amount: Money::from_minor(s.amount_minor), kind: s.kind, member_id: None, meeting_id: None }],
        |v| {
            let date = stored_date(&v.date)?;
            Ok(v.lines
                .into_iter()
                .filter(|l| keep.is_none_or(|k| k.contains(&l.account.as_str())))
                .map(|l| GroupLine { date, account: l.account, loan_id: l.loan_id, amount: Money::from_minor(l.amount_minor), kind: l.kind, member_id: l.member_id, meeting_id: v.meeting_id })
                .collect())
        },
    )?;
    Ok(parts.into_iter().flatten().collect())
}

/// A group's journal for its statements: each whole month's sum as a voucher of one line dated
/// the month's first day, the cut months' vouchers as they are; in the order of their first
/// line in the group's chain, so a statement lists its heads as it would from every voucher.
pub(crate) fn group_vouchers(b: &Book<'_>, group_id: i64, code: &str, to: NaiveDate, cuts: &[NaiveDate]) -> Result<Vec<StoredVoucher>> {
    let mut keyed = read_group(
        b,
        group_id,
        to,
        cuts,
        None,
        |date, s| {
            let kind = LineKind::from_code(&s.kind);
            (s.first_at, kind.map(|kind| month_voucher(date, s.opening, Line { account: s.account.clone(), member_id: None, loan_id: None, amount: Money::from_minor(s.amount_minor), kind, note: String::new() })), s.kind)
        },
        |v| {
            let at = crate::store::line_place(v.position, 0);
            Ok((at, Some(stored_voucher(v, code, &HashMap::new())?), String::new()))
        },
    )?;
    keyed.sort_by_key(|(at, _, _)| *at);
    keyed
        .into_iter()
        .map(|(_, v, kind)| v.ok_or_else(|| Error::Store(StoreError::Database { detail: format!("fed_month {code}: line kind {kind}") })))
        .collect()
}

fn month_voucher(date: NaiveDate, opening: bool, line: Line) -> StoredVoucher {
    StoredVoucher {
        id: 0,
        org_id: 0,
        fiscal_year: 0,
        number: 0,
        date,
        kind: if opening { VoucherKind::Opening } else { VoucherKind::Meeting },
        narration: String::new(),
        meeting_id: None,
        reverses_id: None,
        reversed_by: None,
        client_id: None,
        recorded_at: String::new(),
        prev_hash: String::new(),
        hash: String::new(),
        lines: vec![line],
    }
}

/// An imported voucher as the single-book reports read it (the group's own ids, so a reversal
/// finds what it reverses; `reversed_by` from the map given).
pub(crate) fn stored_voucher(v: FedVoucherRow, code: &str, reversed_by: &HashMap<i64, i64>) -> Result<StoredVoucher> {
    let bad = |what: &str| Error::Store(StoreError::Database { detail: format!("fed_voucher {code} {}: {what}", v.position) });
    let mut lines = Vec::with_capacity(v.lines.len());
    for l in v.lines {
        let kind = LineKind::from_code(&l.kind).ok_or_else(|| bad("line kind"))?;
        lines.push(Line { account: l.account, member_id: l.member_id, loan_id: l.loan_id, amount: Money::from_minor(l.amount_minor), kind, note: l.note });
    }
    Ok(StoredVoucher {
        id: v.src_id,
        org_id: v.org_id,
        fiscal_year: v.fiscal_year as i32,
        number: v.number,
        date: stored_date(&v.date)?,
        kind: VoucherKind::from_code(&v.kind).ok_or_else(|| bad("voucher kind"))?,
        reversed_by: reversed_by.get(&v.src_id).copied(),
        narration: v.narration,
        meeting_id: v.meeting_id,
        reverses_id: v.reverses_id,
        client_id: v.client_id,
        recorded_at: String::new(),
        prev_hash: v.prev_hash,
        hash: v.hash,
        lines,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_stored_date_is_read_as_chrono_reads_it() {
        for t in ["2026-11-20", "2024-02-29", "1999-01-01", "2026-12-31"] {
            assert_eq!(stored_date(t).unwrap(), NaiveDate::parse_from_str(t, "%Y-%m-%d").unwrap());
        }
        // Anything else is read as before (chrono), which takes "2026-1-20" and refuses these.
        assert_eq!(stored_date("2026-1-20").unwrap(), NaiveDate::from_ymd_opt(2026, 1, 20).unwrap());
        for t in ["2025-02-29", "2026-13-01", "2026-00-10", "20261120", "", "２０２６-11-20"] {
            assert!(stored_date(t).is_err(), "{t}");
        }
    }

    #[test]
    fn a_month_is_read_line_by_line_only_when_a_cut_falls_inside_it() {
        // To 20 November: November is cut. A period from 1 April: 31 March is its month's last
        // day, so March stays whole. The day before a fiscal year starting 15 July cuts July.
        let b = broken_months(d("2026-11-20"), &[d("2026-03-31"), d("2026-07-14")]);
        assert_eq!(b.into_iter().collect::<Vec<_>>(), vec![202607, 202611]);
        // Month ends cut nothing, leap years included; a cut after the report's date is ignored.
        assert!(broken_months(d("2024-02-29"), &[d("2024-01-31"), d("2025-01-10")]).is_empty());
        assert_eq!(broken_months(d("2023-02-28"), &[d("2023-02-27")]).into_iter().collect::<Vec<_>>(), vec![202302]);
        assert_eq!(first_of(202602).unwrap(), d("2026-02-01"));
        assert!(first_of(202613).is_err());
        assert_eq!(last_of(d("2024-02-01")), d("2024-02-29"));
        assert_eq!(last_of(d("2026-12-01")), d("2026-12-31"));
    }
}
