//! Reports as views of the journal: pure functions from vouchers, members, loans (with their
//! state on a date) and meetings to one typed `Report` model that every renderer consumes.
//!
//! Architecture invariant: nothing here reads a stored total or touches the store. Every figure
//! is summed from `StoredVoucher` lines (or taken from a `LoanState`, itself derived from the
//! journal), so a report always agrees with the ledger it was drawn from.

mod audit;
mod books;
pub mod consolidated; // issue 16 (session 10): consolidated statements of an oversight book
mod federation;
mod grading; // issue 16 (session 8)
mod households; // issue 16 (session 10): the fund centre's households
mod meetings;
pub mod receipts;
pub mod followup;
mod registers;
mod schedule;
mod shares;
mod snapshot;
mod statements;
mod vsla;
mod yearend;
mod welfare; // issue 15: welfare

#[cfg(test)]
pub(crate) mod tests;

pub use audit::{approvals, audit_checklist, panchsutra, reversals, ActView, AuditSignOff, AUDIT_ITEMS};
pub use books::{bank_book, cash_book, passbook};
pub use grading::{grading, grading_of, group_facts, GradingSort};
pub use households::{debt_free_on, household_debts, restructuring_plan, target_households, HouseholdLoan, PlanTerms};
pub use federation::{
    cif_reconciliation, cif_reconciliation_of, relayed_cif_reconciliation_of, group_status, CifLent, relayed_part, relayed_status, RelayedGroup, overdue_borrowers, overdue_borrowers_of, portfolio, portfolio_of, CifFigures, GroupLine, GroupLoan, GroupView, InCurrency, OverdueFigures, ReadAhead,
    PortfolioFigures, LATE_AFTER_DAYS,
};
pub use meetings::{attendance_register, meeting_summary, minutes, AgendaLine, MeetingCash, MeetingView};
pub use registers::{arrears, dcb, imported_loan_register, interest_by_fund, loan_register, loan_statement, savings_register, ImportedLoan, LoanView};
pub use schedule::{explain_msg, schedule_report};
pub use statements::{trial_balance_of, balance_sheet, income_expenditure, receipts_payments, trial_balance};
pub use shares::{dividends, share_register};
pub use snapshot::{snapshot_json, snapshot_report};
pub use vsla::share_out;
pub use yearend::{appropriation, bank_linkage, YearEndParams};
pub use welfare::{annual_fees_paid, levy_register, payout_statement, settlement_slip, welfare_benefits, welfare_fees, DeathView, FeePaid, SlipView, StatementLoan};

use crate::domain::ledger::{full_chart, AccountType, Line, LineKind};
use crate::domain::money::{Currency, Money};
use crate::domain::org::{FiscalYear, Member, Organisation};
use crate::error::Arg;
use crate::store::StoredVoucher;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::HashMap;

/// Every report, by the name `samuh report <name>` takes.
pub const REPORTS: &[&str] = &[
    "passbook",
    "cash-book",
    "bank-book",
    "savings-register",
    "loan-register",
    "dcb",
    "arrears",
    "trial-balance",
    "receipts-payments",
    "income-expenditure",
    "balance-sheet",
    "minutes",
    "bank-linkage",
    "appropriation",
    "panchsutra",
    "reversals",
    "approvals",
    "attendance",
    "share-register",
    "dividends",
    // Issue 14: a VSLA cycle's share-out sheet (a preview until it is made).
    "share-out",
    // Issue 16: the roll-ups of an oversight book (empty for a book with no groups).
    "group-status",
    "portfolio",
    "interest-by-fund",
    // Issue 15 (welfare): each death's levy register and what the club owes lending funds; the
    // benefits paid from the welfare fund.
    "levy-register",
    "welfare-benefits",
    // Who paid the annual welfare fee of which year, who still owes (issue 15, session 10).
    "welfare-fees",
    // Issue 16 (second part): the VO's CIF lent against its SHGs' CIF payable.
    "cif-reconciliation",
    // Issue 16 (session 10): the oversight body and its groups as one, inter-group CIF eliminated.
    "consolidated-receipts-payments",
    "consolidated-income-expenditure",
    "consolidated-balance-sheet",
    "overdue-borrowers",
    // Issue 15 (follow-up): borrowers who fell behind, and those who have since become debt-free.
    "followup-list",
    "debt-free",
    // The visit log of households behind on their loans (issue 15, session 9).
    "visit-log",
    // Issue 16 (session 8): every imported group graded (Panchsutra and A/B/C), the rule shown.
    "grading",
    // Issue 16 (session 10): the fund centre's households across its funds.
    "household-debts",
    "restructuring-plan",
    "target-households",
    // Issue 14: the peer auditor's checklist, answered by the book, signed on paper.
    "audit-checklist",
];

/// The roll-up reports an oversight book (village organisation, cluster federation, cooperative
/// office, fund centre) offers on its oversight screen, status board first (issue 16): the
/// reports read from its imported groups, and its own CIF lending by fund.
pub const ROLLUPS: &[&str] = &["group-status", "portfolio", "grading", "overdue-borrowers", "cif-reconciliation", "interest-by-fund", "household-debts", "restructuring-plan", "target-households", "consolidated-receipts-payments", "consolidated-income-expenditure", "consolidated-balance-sheet"];

/// The roll-ups about households rather than groups (a fund centre's, `app::rollups`).
pub const HOUSEHOLD_ROLLUPS: &[&str] = &["household-debts", "restructuring-plan", "target-households"];

/// Documents that name borrowers who fell behind: for the committee only, never read out or
/// posted for all members (issue 15's design rule: never shame a borrower in public).
pub const COMMITTEE_ONLY: &[&str] = &["arrears", "dcb", "loan-register", "overdue-borrowers", "debt-acknowledgement", "followup-list", "debt-free", "visit-log", "household-debts", "restructuring-plan", "target-households"];

/// A message to be shown in the reader's language: a Fluent id and typed arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    pub id: String,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    pub fn new(id: impl Into<String>) -> Msg {
        Msg { id: id.into(), args: Vec::new() }
    }
    pub fn arg(mut self, name: &'static str, value: Arg) -> Msg {
        self.args.push((name, value));
        self
    }
}

/// What a column holds: tells a renderer how to align and format it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellKind {
    Text,
    Money,
    Date,
    Count,
    Percent,
}

impl CellKind {
    pub fn code(self) -> &'static str {
        match self {
            CellKind::Text => "text",
            CellKind::Money => "money",
            CellKind::Date => "date",
            CellKind::Count => "count",
            CellKind::Percent => "percent",
        }
    }
    /// Numbers are right-aligned.
    pub fn is_numeric(self) -> bool {
        matches!(self, CellKind::Money | CellKind::Count | CellKind::Percent)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The Fluent id of the heading (`col-…`); also the stable key in JSON and machine CSV.
    pub id: &'static str,
    pub kind: CellKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Msg(Msg),
    Money(Money),
    Date(NaiveDate),
    Count(i64),
    /// A percentage (12.5 means 12.5 %).
    Percent(Decimal),
    /// A code compared character by character with what another tool prints (a SHA-256 hash,
    /// a book code): shown exactly as stored, in Latin letters and digits, in every locale.
    Code(String),
}

impl Cell {
    pub fn msg(id: impl Into<String>) -> Cell {
        Cell::Msg(Msg::new(id))
    }
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }
    /// A money cell, left empty for zero (as a paper register leaves the column blank).
    pub fn money_or_empty(m: Money) -> Cell {
        if m.is_zero() {
            Cell::Empty
        } else {
            Cell::Money(m)
        }
    }
    pub fn as_money(&self) -> Option<Money> {
        match self {
            Cell::Money(m) => Some(*m),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub title: Option<Msg>,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
    pub totals: Option<Vec<Cell>>,
    pub notes: Vec<Msg>,
}

impl Section {
    pub fn new(title: Option<Msg>, columns: &[(&'static str, CellKind)]) -> Section {
        Section {
            title,
            columns: columns.iter().map(|(id, kind)| Column { id, kind: *kind }).collect(),
            rows: Vec::new(),
            totals: None,
            notes: Vec::new(),
        }
    }
    /// The index of a column by id (panics on a typo: a programming error caught by the tests).
    pub fn col(&self, id: &str) -> usize {
        self.columns.iter().position(|c| c.id == id).unwrap_or_else(|| panic!("no column {id}"))
    }
    /// Sums a money column over the rows.
    pub fn sum(&self, id: &str) -> Money {
        let i = self.col(id);
        self.rows.iter().filter_map(|r| r[i].as_money()).sum()
    }
}

/// The organisation a report is about.
#[derive(Debug, Clone, PartialEq)]
pub struct OrgLabel {
    pub code: String,
    pub name: String,
    pub currency: Currency,
}

/// The dates a report covers: a period (flows) or a single date (positions).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportPeriod {
    Range { from: NaiveDate, to: NaiveDate },
    AsOf(NaiveDate),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The report's name (`cash-book`); its title message is `report-<id>`.
    pub id: &'static str,
    pub title: Msg,
    pub org: OrgLabel,
    pub period: ReportPeriod,
    pub sections: Vec<Section>,
}

impl Report {
    pub(crate) fn new(id: &'static str, title: Msg, org: &Organisation, period: ReportPeriod) -> Report {
        Report { id, title, org: OrgLabel { code: org.code.clone(), name: org.name.clone(), currency: org.currency }, period, sections: Vec::new() }
    }
}

/// The journal of one organisation as a report reads it: every voucher dated on or before `to`
/// (in chain order), the members, and the period asked for.
#[derive(Debug, Clone, Copy)]
pub struct Books<'a> {
    pub org: &'a Organisation,
    pub members: &'a [Member],
    pub vouchers: &'a [StoredVoucher],
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl<'a> Books<'a> {
    pub fn new(org: &'a Organisation, members: &'a [Member], vouchers: &'a [StoredVoucher], from: NaiveDate, to: NaiveDate) -> Books<'a> {
        Books { org, members, vouchers, from, to }
    }

    /// The default period: the fiscal year containing `to`, from its first day to `to`.
    pub fn fiscal_year_to_date(org: &Organisation, to: NaiveDate) -> (NaiveDate, NaiveDate) {
        (org.fiscal_year(to).start(), to)
    }

    fn range(&self) -> ReportPeriod {
        ReportPeriod::Range { from: self.from, to: self.to }
    }

    /// Every line dated on or before `to`, with its voucher.
    fn lines(&self) -> impl Iterator<Item = (&'a StoredVoucher, &'a Line)> + 'a {
        let to = self.to;
        self.vouchers.iter().filter(move |v| v.date <= to).flat_map(|v| v.lines.iter().map(move |l| (v, l)))
    }

    /// Lines dated within the period.
    fn period_lines(&self) -> impl Iterator<Item = (&'a StoredVoucher, &'a Line)> + 'a {
        let from = self.from;
        self.lines().filter(move |(v, _)| v.date >= from)
    }

    /// Balance of an account (debit positive) from all lines satisfying `keep` dated before `from`.
    fn balance_before(&self, keep: impl Fn(&Line) -> bool) -> Money {
        let from = self.from;
        self.lines().filter(|(v, l)| v.date < from && keep(l)).map(|(_, l)| l.amount).sum()
    }

    /// Balance of every account of the chart as of `to` (debit positive), in chart order.
    fn account_balances(&self, upto: NaiveDate) -> Vec<(&'static str, AccountType, Money)> {
        let mut sums: HashMap<&str, Money> = HashMap::new();
        for (v, l) in self.lines() {
            if v.date <= upto {
                *sums.entry(l.account.as_str()).or_default() += l.amount;
            }
        }
        full_chart(self.org.kind).into_iter().map(|a| (a.code, a.kind, sums.get(a.code).copied().unwrap_or_default())).collect()
    }

    fn member(&self, id: i64) -> Option<&'a Member> {
        self.members.iter().find(|m| m.id == id)
    }

    fn member_name(&self, id: Option<i64>) -> String {
        id.and_then(|id| self.member(id)).map(|m| format!("{} {}", m.admission_no, m.name)).unwrap_or_default()
    }

    /// "2025-26/0012": the voucher's fiscal year and gapless number, as on the paper voucher.
    fn voucher_no(&self, v: &StoredVoucher) -> String {
        let fy = FiscalYear { start_year: v.fiscal_year, start_month: self.org.fiscal_start_month, start_day: self.org.fiscal_start_day };
        format!("{}/{:04}", fy.label(), v.number)
    }

    /// The reference column of a line: which voucher a reversal cancels, or which reverses it.
    fn reference(&self, v: &StoredVoucher) -> Cell {
        let find = |id: i64| self.vouchers.iter().find(|x| x.id == id).map(|x| self.voucher_no(x));
        if let Some(orig) = v.reverses_id.and_then(find) {
            return Cell::Msg(Msg::new("ref-reversal-of").arg("voucher", Arg::Text(orig)));
        }
        if let Some(rev) = v.reversed_by.and_then(find) {
            return Cell::Msg(Msg::new("ref-reversed-by").arg("voucher", Arg::Text(rev)));
        }
        Cell::Empty
    }
}

/// The particulars of a line: its kind, in the reader's language (`line-…`).
fn line_msg(kind: LineKind) -> Cell {
    Cell::msg(format!("line-{}", kind.code()))
}

fn account_msg(code: &str) -> Cell {
    Cell::msg(format!("account-{code}"))
}

fn org_title(id: &'static str) -> Msg {
    Msg::new(format!("report-{id}"))
}

/// Percentage `part / whole` to two decimals (zero when the whole is zero).
fn percent(part: Money, whole: Money) -> Decimal {
    if whole.is_zero() {
        Decimal::ZERO
    } else {
        (part.decimal() * Decimal::ONE_HUNDRED / whole.decimal()).round_dp(2)
    }
}

#[cfg(test)]
mod rollups_tests {
    use super::{REPORTS, ROLLUPS};

    /// The oversight screen shows each roll-up through `report_view`, which knows only
    /// `REPORTS`; the status board comes first (the screen opens on it).
    #[test]
    fn every_rollup_is_a_report_once_and_the_board_comes_first() {
        for id in ROLLUPS {
            assert!(REPORTS.contains(id), "{id} is not in REPORTS");
            assert_eq!(ROLLUPS.iter().filter(|x| *x == id).count(), 1, "{id} twice");
        }
        assert_eq!(ROLLUPS[0], "group-status");
    }
}
