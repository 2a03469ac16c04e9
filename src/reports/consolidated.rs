//! Consolidated statements of an oversight book (issue 16): receipts and payments, income and
//! expenditure and the balance sheet of the oversight body and every group it imported, added
//! head by head, with the balances and flows between them eliminated (the community investment
//! fund a village organisation lends its SHGs: its receivable against their payable, the CIF paid
//! out against the CIF received, repayments and interest on both sides). Where the two sides of
//! an inter-group balance differ (a group's bundle not yet sent), the difference is shown on a
//! line of its own, never hidden. Pure: each entity's statement is the single book's own
//! (`statements.rs`), so a consolidated line means what the group's line means.

use super::{account_msg, line_msg, statements, Books, Cell, CellKind as K, Msg, Report, ReportPeriod, Section};
use crate::domain::ledger::{code, LineKind, VoucherKind};
use crate::domain::money::Money;
use crate::domain::org::{Member, Organisation};
use crate::error::Arg;
use crate::store::StoredVoucher;
use chrono::NaiveDate;
use std::collections::HashSet;

/// Which statement is consolidated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Statement {
    ReceiptsPayments,
    IncomeExpenditure,
    BalanceSheet,
}

impl Statement {
    pub fn id(self) -> &'static str {
        match self {
            Statement::ReceiptsPayments => "consolidated-receipts-payments",
            Statement::IncomeExpenditure => "consolidated-income-expenditure",
            Statement::BalanceSheet => "consolidated-balance-sheet",
        }
    }

    pub fn from_id(id: &str) -> Option<Statement> {
        [Statement::ReceiptsPayments, Statement::IncomeExpenditure, Statement::BalanceSheet].into_iter().find(|s| s.id() == id)
    }

    fn of(self, b: &Books<'_>) -> Report {
        match self {
            Statement::ReceiptsPayments => statements::receipts_payments(b),
            Statement::IncomeExpenditure => statements::income_expenditure(b),
            Statement::BalanceSheet => statements::balance_sheet(b),
        }
    }
}

/// One book taking part: an organisation and its journal (a group's, as imported).
pub struct Entity<'a> {
    pub org: &'a Organisation,
    pub vouchers: &'a [StoredVoucher],
}

/// What the consolidation knows besides the books: the oversight body's members that are its
/// groups (a village organisation lends CIF to an SHG registered as its member), and the groups
/// left out because they keep another currency.
pub struct Scope<'a> {
    pub group_members: &'a HashSet<i64>,
    pub other_currency: &'a [String],
    /// Groups consolidated whose latest bundle ends before the report's date: (code, its date).
    pub behind: &'a [(String, NaiveDate)],
    /// The bodies between the book and the groups they relayed (a cluster federation's village
    /// organisations): each one's side of what passes between it and its own groups, worked
    /// out from its journal (`lender_side`), eliminated like the book's own.
    pub between: &'a [LenderSide],
    /// How many of the groups consolidated came relayed in another group's bundle.
    pub relayed: usize,
}

/// A lending body's side of what passes between it and the groups it lends CIF to (the
/// members of its register that are those groups), as its own lines add up: the receivable up
/// to the report's date and, in the period, interest earned, principal and interest received,
/// CIF paid out.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct LenderSide {
    pub receivable: Money,
    pub interest_income: Money,
    pub principal_in: Money,
    pub interest_in: Money,
    pub cif_out: Money,
}

impl std::ops::Add for LenderSide {
    type Output = LenderSide;
    fn add(self, o: LenderSide) -> LenderSide {
        LenderSide {
            receivable: self.receivable + o.receivable,
            interest_income: self.interest_income + o.interest_income,
            principal_in: self.principal_in + o.principal_in,
            interest_in: self.interest_in + o.interest_in,
            cif_out: self.cif_out + o.cif_out,
        }
    }
}

/// The side of a body whose journal is `vouchers` towards its members in `groups`.
pub fn lender_side(vouchers: &[StoredVoucher], groups: &HashSet<i64>, from: NaiveDate, to: NaiveDate) -> LenderSide {
    let in_period = |v: &StoredVoucher| v.date >= from && v.date <= to && v.kind != VoucherKind::Opening;
    let upto = |v: &StoredVoucher| v.date <= to;
    let to_groups = |l: &crate::domain::ledger::Line| l.member_id.is_some_and(|m| groups.contains(&m));
    let sum = |keep: &dyn Fn(&StoredVoucher) -> bool, pick: &dyn Fn(&crate::domain::ledger::Line) -> bool| -> Money {
        vouchers.iter().filter(|v| keep(v)).flat_map(|v| v.lines.iter()).filter(|l| to_groups(l) && pick(l)).map(|l| l.amount).sum()
    };
    let lent = |l: &crate::domain::ledger::Line| l.account == code::LOANS_TO_MEMBERS;
    LenderSide {
        receivable: sum(&upto, &lent),
        interest_income: sum(&in_period, &|l| l.account == code::INTEREST_INCOME && l.kind != LineKind::YearClose),
        principal_in: sum(&in_period, &|l| l.kind == LineKind::Principal && lent(l)),
        // Each on the line that is not cash or bank (the money line of a voucher carries the
        // same kind with the other sign).
        interest_in: sum(&in_period, &|l| l.kind == LineKind::Interest && l.account == code::INTEREST_INCOME),
        cif_out: sum(&in_period, &|l| l.kind == LineKind::Disbursement && lent(l)),
    }
}

const COLS: [(&str, K); 5] = [("col-head", K::Text), ("col-groups", K::Money), ("col-own", K::Money), ("col-eliminated", K::Money), ("col-consolidated", K::Money)];

/// One consolidated line being built: the groups' sum, the oversight body's, the eliminations.
struct Line {
    head: Cell,
    groups: Money,
    own: Money,
    eliminated: Money,
}

impl Line {
    fn consolidated(&self) -> Money {
        self.groups + self.own + self.eliminated
    }
}

/// What a consolidated statement takes from one group: its own statement and its side of the
/// flows with the oversight body. Made one group at a time (`group_part`), so that thousands of
/// groups are consolidated without holding their journals together.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupPart {
    pub statement: Report,
    /// CIF payable up to the report's date (debit positive).
    pub cif_payable: Money,
    /// In the period: interest on CIF (the close left out), CIF received as a grant line, CIF
    /// repaid, and the interest paid on it (each on its line that is not cash or bank).
    pub cif_interest: Money,
    pub cif_received: Money,
    pub cif_repaid: Money,
    pub cif_interest_paid: Money,
}

/// One group's part: its statement for the period and its CIF flows.
pub fn group_part(st: Statement, e: &Entity<'_>, from: NaiveDate, to: NaiveDate) -> GroupPart {
    let no_members: [Member; 0] = [];
    let statement = st.of(&Books::new(e.org, &no_members, e.vouchers, from, to));
    let in_period = |v: &&StoredVoucher| v.date >= from && v.date <= to && v.kind != VoucherKind::Opening;
    let sum = |keep: &dyn Fn(&&StoredVoucher) -> bool, pick: &dyn Fn(&crate::domain::ledger::Line) -> bool| -> Money {
        e.vouchers.iter().filter(|v| keep(v)).flat_map(|v| v.lines.iter()).filter(|l| pick(l)).map(|l| l.amount).sum()
    };
    let owed = |l: &crate::domain::ledger::Line| l.account == code::CIF_PAYABLE;
    GroupPart {
        statement,
        cif_payable: sum(&|v| v.date <= to, &owed),
        cif_interest: sum(&in_period, &|l| l.account == code::CIF_INTEREST && l.kind != LineKind::YearClose),
        cif_received: sum(&in_period, &|l| l.kind == LineKind::Grant && owed(l)),
        cif_repaid: sum(&in_period, &|l| l.kind == LineKind::CifRepaid && owed(l)),
        cif_interest_paid: sum(&in_period, &|l| l.kind == LineKind::CifInterest && l.account == code::CIF_INTEREST),
    }
}

/// A consolidated statement: each group's statement for the same period (its part, made by
/// `group_part` one group at a time), its lines added by head to the book's own, the
/// inter-group amounts eliminated.
pub fn consolidated_of(st: Statement, own: &Entity<'_>, groups: &[GroupPart], scope: &Scope<'_>, from: NaiveDate, to: NaiveDate) -> Report {
    let period = if st == Statement::BalanceSheet { ReportPeriod::AsOf(to) } else { ReportPeriod::Range { from, to } };
    let mut r = Report::new(st.id(), Msg::new(format!("report-{}", st.id())), own.org, period);
    let no_members: [Member; 0] = [];
    let mine = st.of(&Books::new(own.org, &no_members, own.vouchers, from, to));
    let theirs: Vec<&Report> = groups.iter().map(|g| &g.statement).collect();
    // I&E: the third section (the surplus) is worked out again from the consolidated totals.
    let merged = if st == Statement::IncomeExpenditure { 2 } else { mine.sections.len() };
    let mut sections: Vec<(Option<Msg>, Vec<Line>)> = Vec::new();
    for k in 0..merged {
        let mut lines: Vec<Line> = Vec::new();
        let mut add = |head: &Cell, amount: Money, is_own: bool| {
            let i = match lines.iter().position(|l| l.head == *head) {
                Some(i) => i,
                None => {
                    lines.push(Line { head: head.clone(), groups: Money::ZERO, own: Money::ZERO, eliminated: Money::ZERO });
                    lines.len() - 1
                }
            };
            if is_own {
                lines[i].own += amount;
            } else {
                lines[i].groups += amount;
            }
        };
        for (rep, is_own) in std::iter::once((&mine, true)).chain(theirs.iter().map(|t| (*t, false))) {
            if let Some(s) = rep.sections.get(k) {
                for row in &s.rows {
                    if let Some(m) = row.get(1).and_then(Cell::as_money) {
                        add(&row[0], m, is_own);
                    }
                }
            }
        }
        sections.push((mine.sections.get(k).and_then(|s| s.title.clone()), lines));
    }
    // Every lender's side at once (the book's towards its groups, each body between towards
    // its own): each group owes only the body whose bundle brought it, and the eliminations add.
    let mine_side = lender_side(own.vouchers, scope.group_members, from, to);
    let between = scope.between.iter().fold(LenderSide::default(), |a, b| a + *b);
    let elim = eliminations(st, &(mine_side + between), groups);
    // What each note names: the amount as this body's books hold it, and as the bodies between
    // hold theirs (the eliminated total depends on the lenders' side alone).
    let (mine_total, between_total) = (eliminations(st, &mine_side, &[]).total, eliminations(st, &between, &[]).total);
    for (k, head, amount) in elim.lines {
        if let Some((_, lines)) = sections.get_mut(k) {
            match lines.iter_mut().find(|l| l.head == head) {
                Some(l) => l.eliminated += amount,
                None => lines.push(Line { head, groups: Money::ZERO, own: Money::ZERO, eliminated: amount }),
            }
        }
    }
    if let Some((k, amount)) = elim.unmatched.filter(|(_, m)| !m.is_zero()) {
        if let Some((_, lines)) = sections.get_mut(k) {
            lines.push(Line { head: Cell::msg("row-intergroup-unmatched"), groups: Money::ZERO, own: Money::ZERO, eliminated: amount });
        }
    }
    let mut totals = Vec::new();
    for (title, lines) in sections {
        let mut s = Section::new(title, &COLS);
        let sum = |f: &dyn Fn(&Line) -> Money| lines.iter().map(f).sum::<Money>();
        let t = [sum(&|l| l.groups), sum(&|l| l.own), sum(&|l| l.eliminated), sum(&|l| l.consolidated())];
        for l in &lines {
            s.rows.push(vec![l.head.clone(), Cell::Money(l.groups), Cell::Money(l.own), Cell::money_or_empty(l.eliminated), Cell::Money(l.consolidated())]);
        }
        s.totals = Some(vec![Cell::msg("row-total"), Cell::Money(t[0]), Cell::Money(t[1]), Cell::Money(t[2]), Cell::Money(t[3])]);
        totals.push(t);
        r.sections.push(s);
    }
    if st == Statement::IncomeExpenditure && totals.len() == 2 {
        let mut s = Section::new(None, &COLS);
        let net: Vec<Money> = (0..4).map(|i| totals[0][i] - totals[1][i]).collect();
        let label = if net[3].is_negative() { "row-deficit" } else { "row-surplus" };
        s.rows.push(vec![Cell::msg(label), Cell::Money(net[0]), Cell::Money(net[1]), Cell::money_or_empty(net[2]), Cell::Money(net[3])]);
        r.sections.push(s);
    }
    if st == Statement::BalanceSheet && totals.len() == 2 && totals[0][3] != totals[1][3] {
        if let Some(s) = r.sections.get_mut(1) {
            s.notes.push(Msg::new("note-out-of-balance").arg("difference", Arg::Money(totals[1][3] - totals[0][3])));
        }
    }
    let last = r.sections.len().saturating_sub(1);
    if let Some(s) = r.sections.get_mut(last) {
        s.notes.push(Msg::new("note-consolidated").arg("groups", Arg::Count(groups.len() as i64)).arg("eliminated", Arg::Money(mine_total)));
        if scope.relayed > 0 {
            s.notes.push(Msg::new("note-consolidated-relayed").arg("groups", Arg::Count(scope.relayed as i64)).arg("eliminated", Arg::Money(between_total)));
        }
        if !scope.other_currency.is_empty() {
            s.notes.push(Msg::new("note-consolidated-other-currency").arg("groups", Arg::Text(scope.other_currency.join(", "))));
        }
        for (g, on) in scope.behind {
            s.notes.push(Msg::new("note-consolidated-behind").arg("group", Arg::Text(g.clone())).arg("date", Arg::Date(*on)));
        }
    }
    r
}

/// The amounts taken out: (section, head, amount) lines, and the unmatched difference with the
/// section it balances.
struct Eliminations {
    lines: Vec<(usize, Cell, Money)>,
    unmatched: Option<(usize, Money)>,
    /// The inter-group amount eliminated, as the oversight body's books hold it.
    total: Money,
}

fn eliminations(st: Statement, lender: &LenderSide, groups: &[GroupPart]) -> Eliminations {
    let group_sum = |pick: &dyn Fn(&GroupPart) -> Money| -> Money { groups.iter().map(pick).sum() };
    match st {
        Statement::BalanceSheet => {
            // The lenders' receivable from their groups against the groups' CIF payable.
            let receivable = lender.receivable;
            let payable = -group_sum(&|g| g.cif_payable);
            Eliminations {
                lines: vec![(1, account_msg(code::LOANS_TO_MEMBERS), -receivable), (0, account_msg(code::CIF_PAYABLE), -payable)],
                // Assets keep what the lenders say they are owed beyond what the groups say they owe.
                unmatched: Some((1, receivable - payable)),
                total: receivable,
            }
        }
        Statement::IncomeExpenditure => {
            let interest = -lender.interest_income;
            let paid = group_sum(&|g| g.cif_interest);
            Eliminations { lines: vec![(0, account_msg(code::INTEREST_INCOME), -interest), (1, account_msg(code::CIF_INTEREST), -paid)], unmatched: None, total: interest }
        }
        Statement::ReceiptsPayments => {
            // Receipts: the CIF the groups received, the principal and interest the lenders
            // received from them. Payments: the CIF the lenders paid out, the groups' repayments
            // and interest to them.
            let cif_in = -group_sum(&|g| g.cif_received);
            let principal_in = -lender.principal_in;
            let interest_in = -lender.interest_in;
            let cif_out = lender.cif_out;
            let repaid_out = group_sum(&|g| g.cif_repaid);
            let interest_out = group_sum(&|g| g.cif_interest_paid);
            let receipts = cif_in + principal_in + interest_in;
            let payments = cif_out + repaid_out + interest_out;
            Eliminations {
                lines: vec![
                    (0, account_msg(code::CIF_PAYABLE), -cif_in),
                    (0, line_msg(LineKind::Principal), -principal_in),
                    (0, line_msg(LineKind::Interest), -interest_in),
                    (1, line_msg(LineKind::Disbursement), -cif_out),
                    (1, line_msg(LineKind::CifRepaid), -repaid_out),
                    (1, line_msg(LineKind::CifInterest), -interest_out),
                ],
                // Receipts and payments still balance: the side that lost more gets it back.
                unmatched: Some((0, receipts - payments)),
                total: cif_out + principal_in + interest_in,
            }
        }
    }
}
