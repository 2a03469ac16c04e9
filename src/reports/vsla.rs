//! The VSLA share-out sheet (issue 14): each member's shares, what they fetch, the loans netted
//! and what is handed over, in figures and in words, with a column to sign; read aloud at the
//! share-out meeting. Built from a `ShareOutPlan` (a preview, or the one posted).

use super::{org_title, Cell, CellKind as K, Msg, Report, ReportPeriod, Section};
use crate::domain::money::Money;
use crate::domain::org::Organisation;
use crate::domain::vsla::{LoansAtShareOut, ShareOutPlan};
use crate::error::Arg;
use chrono::NaiveDate;

/// The sheet of a cycle's share-out on `on`. `words` writes an amount in words in the group's
/// language (the sheet is read aloud); `posted` says whether it is the share-out made or a preview.
pub fn share_out(org: &Organisation, cycle: i64, on: NaiveDate, p: &ShareOutPlan, rule: LoansAtShareOut, posted: bool, words: &dyn Fn(Money) -> String) -> Report {
    let mut r = Report::new("share-out", org_title("share-out"), org, ReportPeriod::AsOf(on));
    let mut fund = Section::new(Some(Msg::new("section-share-out-fund").arg("cycle", Arg::Count(cycle))), &[("col-item", K::Text), ("col-amount", K::Money)]);
    fund.rows.push(vec![Cell::msg("row-share-out-cash"), Cell::Money(p.cash)]);
    fund.rows.push(vec![Cell::msg("row-share-out-bank"), Cell::Money(p.bank)]);
    fund.rows.push(vec![Cell::msg("row-share-out-social-fund"), Cell::Money(-p.social_fund)]);
    if !p.loans_out.is_zero() {
        fund.rows.push(vec![Cell::msg("row-share-out-loans-out"), Cell::Money(p.loans_out)]);
    }
    fund.totals = Some(vec![Cell::msg("row-share-out-fund"), Cell::Money(p.fund)]);
    fund.notes.push(
        Msg::new("note-share-out-value")
            .arg("fund", Arg::Money(p.fund))
            .arg("shares", Arg::Count(p.total_shares))
            .arg("value", Arg::Text(p.value_per_share.round_dp(4).normalize().to_string())),
    );
    fund.notes.push(Msg::new("note-share-out-residual").arg("residual", Arg::Money(p.residual)));
    fund.notes.push(Msg::new(match rule {
        LoansAtShareOut::Net => "note-share-out-loans-net",
        LoansAtShareOut::Refuse => "note-share-out-loans-refuse",
    }));
    fund.notes.push(Msg::new("note-share-out-social-fund").arg("amount", Arg::Money(p.social_fund)));
    if !posted {
        fund.notes.push(Msg::new("note-share-out-preview"));
    }
    r.sections.push(fund);
    let mut s = Section::new(
        Some(Msg::new("section-share-out-members")),
        &[
            ("col-member", K::Text),
            ("col-shares", K::Count),
            ("col-share-capital", K::Money),
            ("col-share-out-gross", K::Money),
            ("col-loan-deducted", K::Money),
            ("col-payout", K::Money),
            ("col-in-words", K::Text),
            ("col-signature", K::Text),
        ],
    );
    for l in &p.lines {
        s.rows.push(vec![
            Cell::text(l.label.clone()),
            Cell::Count(l.shares),
            Cell::Money(l.capital),
            Cell::Money(l.gross),
            Cell::money_or_empty(l.deducted()),
            Cell::Money(l.net),
            Cell::text(words(l.net)),
            Cell::Empty,
        ]);
    }
    s.totals = Some(vec![
        Cell::msg("row-total"),
        Cell::Count(p.total_shares),
        Cell::Money(p.capital()),
        Cell::Money(p.gross()),
        Cell::money_or_empty(p.lines.iter().map(|l| l.deducted()).sum()),
        Cell::Money(p.paid()),
        Cell::text(words(p.paid())),
        Cell::Empty,
    ]);
    r.sections.push(s);
    r
}
