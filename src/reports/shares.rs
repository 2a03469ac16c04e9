//! The share register and the dividends credited (issue 14): views of the share-capital and
//! dividend lines of the journal. A member's number of shares is each purchase's amount divided
//! by the share price of its day (prices read by `app` and passed in).

use super::{org_title, Books, Cell, CellKind as K, Msg, Report, Section};
use crate::domain::ledger::{code, LineKind, VoucherKind};
use crate::domain::money::Money;
use crate::domain::yearend::whole_shares;
use crate::error::Arg;
use chrono::NaiveDate;
use std::collections::BTreeMap;

fn price_on(prices: &[(NaiveDate, Money)], d: NaiveDate) -> Option<Money> {
    prices.iter().filter(|(from, _)| *from <= d).last().map(|(_, p)| *p)
}

/// Each member's shares: held at the start of the period, bought in it, held at its end, and the
/// paid-up capital they stand for. Capital not a whole number of shares at its day's price (an
/// opening figure from paper, a dividend added to shares) is counted in capital only, and noted.
pub fn share_register(b: &Books<'_>, prices: &[(NaiveDate, Money)]) -> Report {
    let mut r = Report::new("share-register", org_title("share-register"), b.org, b.range());
    let mut s = Section::new(
        None,
        &[("col-member-no", K::Text), ("col-name", K::Text), ("col-shares-start", K::Count), ("col-shares-bought", K::Count), ("col-shares-end", K::Count), ("col-paid-up-capital", K::Money)],
    );
    // (shares before, shares in the period, capital at the end)
    let mut rows: BTreeMap<i64, (i64, i64, Money)> = BTreeMap::new();
    let mut uncounted = Money::ZERO;
    for (v, l) in b.lines().filter(|(_, l)| l.account == code::SHARE_CAPITAL) {
        let Some(id) = l.member_id else { continue };
        let e = rows.entry(id).or_default();
        e.2 -= l.amount;
        let n = price_on(prices, v.date).and_then(|p| whole_shares(l.amount.abs(), p));
        match n {
            Some(n) => {
                let n = if l.amount.is_negative() { n } else { -n };
                // Shares brought over from paper are held at the start, even on the first day.
                if v.date < b.from || v.kind == VoucherKind::Opening {
                    e.0 += n;
                } else {
                    e.1 += n;
                }
            }
            None => uncounted -= l.amount,
        }
    }
    let (mut t0, mut t1, mut tc) = (0, 0, Money::ZERO);
    for m in b.members {
        let Some((before, bought, capital)) = rows.get(&m.id) else { continue };
        t0 += before;
        t1 += bought;
        tc += *capital;
        s.rows.push(vec![Cell::text(m.admission_no.clone()), Cell::text(m.name.clone()), Cell::Count(*before), Cell::Count(*bought), Cell::Count(before + bought), Cell::Money(*capital)]);
    }
    s.totals = Some(vec![Cell::msg("row-total"), Cell::Empty, Cell::Count(t0), Cell::Count(t1), Cell::Count(t0 + t1), Cell::Money(tc)]);
    if let Some(p) = price_on(prices, b.to) {
        s.notes.push(Msg::new("note-share-price").arg("price", Arg::Money(p)).arg("date", Arg::Date(b.to)));
    }
    if !uncounted.is_zero() {
        s.notes.push(Msg::new("note-shares-uncounted").arg("amount", Arg::Money(uncounted)));
    }
    r.sections.push(s);
    r
}

/// The dividends and average-returns credited to members in the period, by member, and where
/// each went (savings or payable).
pub fn dividends(b: &Books<'_>) -> Report {
    let mut r = Report::new("dividends", org_title("dividends"), b.org, b.range());
    let mut s = Section::new(None, &[("col-member-no", K::Text), ("col-name", K::Text), ("col-date", K::Date), ("col-credited-to", K::Text), ("col-dividend", K::Money)]);
    let mut total = Money::ZERO;
    for (v, l) in b.period_lines().filter(|(_, l)| l.kind == LineKind::Dividend && l.member_id.is_some()) {
        let (no, name) = match l.member_id.and_then(|id| b.member(id)) {
            Some(m) => (Cell::text(m.admission_no.clone()), Cell::text(m.name.clone())),
            None => (Cell::Empty, Cell::Empty),
        };
        total -= l.amount;
        s.rows.push(vec![no, name, Cell::Date(v.date), super::account_msg(&l.account), Cell::Money(-l.amount)]);
    }
    s.totals = Some(vec![Cell::msg("row-total"), Cell::Empty, Cell::Empty, Cell::Empty, Cell::Money(total)]);
    r.sections.push(s);
    r
}
