//! Roll-ups of an oversight book (issue 16): the status board of its groups' bundles and the
//! portfolio of all imported groups. Pure: the app hands each group's register entry, bundles,
//! alarms, records and imported postings; every figure is summed here from the postings.

use super::{org_title, percent, Cell, CellKind as K, Msg, Report, ReportPeriod, Section};
use crate::domain::money::Money;
use crate::domain::org::{FiscalYear, Organisation};
use crate::error::Arg;
use chrono::NaiveDate;

/// Days after the period of its last bundle that a group counts as late (a monthly report,
/// with five days to carry the pen drive).
pub const LATE_AFTER_DAYS: i64 = 35;

/// One imported posting of a group, as the portfolio reads it; or the sum of a month's postings
/// to one account of one line kind, dated the month's first day, with no loan, member or meeting
/// (an oversight book reads sums for the months a report does not cut inside).
#[derive(Debug, Clone, PartialEq)]
pub struct GroupLine {
    pub date: NaiveDate,
    pub account: String,
    pub loan_id: Option<i64>,
    pub amount: Money,
    pub kind: String,
    /// The member the line concerns and the meeting of its voucher, in the group's own ids.
    pub member_id: Option<i64>,
    pub meeting_id: Option<i64>,
}

/// One loan of a group with its state on the group's last bundle date, as the group sent it.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupLoan {
    pub id: i64,
    pub fund: String,
    pub days_past_due: i64,
    pub principal_overdue: Money,
    /// The loan's number in the group's book, its borrower's and guarantors' admission numbers.
    pub number: i64,
    pub member: String,
    pub guarantors: Vec<String>,
}

/// A group in the register, with what it sent.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupView {
    pub code: String,
    pub name: String,
    /// (the period each bundle reports, the date it was imported), oldest first.
    pub bundles: Vec<(NaiveDate, NaiveDate)>,
    pub entries: i64,
    pub alarms: i64,
    /// Members' joining and leaving dates, from the latest bundle.
    pub members: Vec<(NaiveDate, Option<NaiveDate>)>,
    pub loans: Vec<GroupLoan>,
    /// Its postings up to the report's date, whole months possibly as month sums (`GroupLine`).
    pub lines: Vec<GroupLine>,
    /// What was read beside the lines for the report's date; None when `lines` are every
    /// posting, which then answer the same.
    pub read: Option<ReadAhead>,
    /// The group's own ids of `members`, in the same order.
    pub member_ids: Vec<i64>,
    /// The group's currency (ISO code) and meeting frequency, as registered, and the day its book
    /// in Samuh begins: its formation, or its first entry when it kept paper books before (no
    /// annual statement or meeting before that day is expected of it).
    pub currency: String,
    pub formed_on: NaiveDate,
    pub frequency: crate::domain::org::MeetingFrequency,
    /// The group's meetings (its own id, date), from the latest bundle.
    pub meetings: Vec<(i64, NaiveDate)>,
    /// Of the meetings whose attendance the bundle carries: (members present on time or late,
    /// members on the meeting's roll), by meeting id. Empty for bundles written before it.
    pub attendance: std::collections::HashMap<i64, (i64, i64)>,
    /// Its fiscal year start (month, day), and the fiscal years it has closed (by start year).
    pub fiscal_start: (u32, u32),
    pub closed: Vec<i32>,
}

/// Days after a fiscal year ends within which its annual statement (the group's close of the
/// year, carried by its bundle) is awaited; after them it is missing.
pub const ANNUAL_DUE_DAYS: i64 = 90;

/// Where a group's annual statement stands on a date: that of the last fiscal year ended by then.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Annual {
    /// No fiscal year of the group has ended yet (formed after the last one ended).
    NotDue,
    Received(FiscalYear),
    /// Not closed yet, within `ANNUAL_DUE_DAYS` of the year's end.
    Awaited(FiscalYear),
    Missing(FiscalYear),
}

/// What an oversight book reads of a group beside its lines, for one report date: the figures
/// that need a loan, a member or a meeting, which month sums do not carry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReadAhead {
    /// What each loan that may still be owed on the date owes then (loans repaid or cancelled
    /// by the group's last bundle, on a date after it, are left out: they owe nothing).
    pub owed: std::collections::HashMap<i64, Money>,
    /// The meetings asked about that have an entry, and (meeting, member) for each saving at them.
    pub entered: std::collections::HashSet<i64>,
    pub saved_at: std::collections::HashSet<(i64, i64)>,
    /// The date of the last entry on or before the report's date.
    pub last_entry: Option<NaiveDate>,
}

impl GroupView {
    /// What each loan owes on `to`: its postings to loans to members up to that day, summed
    /// once (a roll-up over thousands of groups asks this for every loan of every group).
    pub fn outstanding_by_loan(&self, to: NaiveDate) -> std::collections::HashMap<i64, Money> {
        if let Some(r) = &self.read {
            return r.owed.clone();
        }
        let mut out: std::collections::HashMap<i64, Money> = std::collections::HashMap::new();
        for l in self.lines.iter().filter(|l| l.date <= to && l.account == "loans-to-members") {
            if let Some(id) = l.loan_id {
                *out.entry(id).or_default() += l.amount;
            }
        }
        out
    }

    /// The meetings with an entry in the journal, and who saved at which meeting.
    pub fn meeting_entries(&self) -> (std::collections::HashSet<i64>, std::collections::HashSet<(i64, i64)>) {
        if let Some(r) = &self.read {
            return (r.entered.clone(), r.saved_at.clone());
        }
        let saved_at = self
            .lines
            .iter()
            .filter(|l| l.account == "member-savings" && l.kind == "saving" && l.amount.is_negative())
            .filter_map(|l| Some((l.meeting_id?, l.member_id?)))
            .collect();
        (self.lines.iter().filter_map(|l| l.meeting_id).collect(), saved_at)
    }

    /// The date of the last entry on or before `to`.
    pub fn last_entry(&self, to: NaiveDate) -> Option<NaiveDate> {
        match &self.read {
            Some(r) => r.last_entry,
            None => self.lines.iter().filter(|l| l.date <= to).map(|l| l.date).max(),
        }
    }

    /// The annual statement of the last fiscal year that ended on or before `on`.
    pub fn annual(&self, on: NaiveDate) -> Annual {
        let (start_month, start_day) = self.fiscal_start;
        let current = FiscalYear::containing(on, start_month, start_day);
        let last = FiscalYear { start_year: current.start_year - 1, ..current };
        let end = last.end();
        if self.formed_on > end {
            return Annual::NotDue;
        }
        if self.closed.contains(&last.start_year) {
            Annual::Received(last)
        } else if (on - end).num_days() <= ANNUAL_DUE_DAYS {
            Annual::Awaited(last)
        } else {
            Annual::Missing(last)
        }
    }
}

/// Which bundles each group sent, which groups are late (nothing for a period ending more than
/// `LATE_AFTER_DAYS` before the report date), never sent one, or raised an alarm (a bundle
/// that rewrote history).
pub fn group_status(org: &Organisation, to: NaiveDate, groups: &[GroupView]) -> Report {
    let mut r = Report::new("group-status", org_title("group-status"), org, ReportPeriod::AsOf(to));
    let mut s = Section::new(
        None,
        &[
            ("col-group", K::Text),
            ("col-name", K::Text),
            ("col-bundles", K::Count),
            ("col-last-period", K::Date),
            ("col-imported-on", K::Date),
            ("col-entries", K::Count),
            ("col-alarms", K::Count),
            ("col-status", K::Text),
            ("col-annual-statement", K::Text),
        ],
    );
    let (mut late, mut alarmed, mut missing) = (0, 0, 0);
    for g in groups {
        let last = g.bundles.iter().filter(|(p, _)| *p <= to).max_by_key(|(p, i)| (*p, *i));
        let status = if g.alarms > 0 {
            alarmed += 1;
            "group-status-alarm"
        } else {
            match last {
                None => {
                    late += 1;
                    "group-status-never"
                }
                Some((p, _)) if (to - *p).num_days() > LATE_AFTER_DAYS => {
                    late += 1;
                    "group-status-late"
                }
                Some(_) => "group-status-ok",
            }
        };
        s.rows.push(vec![
            Cell::text(&g.code),
            Cell::text(&g.name),
            Cell::Count(g.bundles.len() as i64),
            last.map(|(p, _)| Cell::Date(*p)).unwrap_or(Cell::Empty),
            last.map(|(_, i)| Cell::Date(*i)).unwrap_or(Cell::Empty),
            Cell::Count(g.entries),
            Cell::Count(g.alarms),
            Cell::msg(status),
            match g.annual(to) {
                Annual::NotDue => Cell::Empty,
                Annual::Received(y) => Cell::Msg(Msg::new("group-annual-received").arg("year", Arg::Year(y))),
                Annual::Awaited(y) => Cell::Msg(Msg::new("group-annual-awaited").arg("year", Arg::Year(y))),
                Annual::Missing(y) => {
                    missing += 1;
                    Cell::Msg(Msg::new("group-annual-missing").arg("year", Arg::Year(y)))
                }
            },
        ]);
    }
    s.notes.push(Msg::new("note-group-status-rule").arg("days", Arg::Count(LATE_AFTER_DAYS)));
    s.notes.push(Msg::new("note-group-status-count").arg("groups", Arg::Count(groups.len() as i64)).arg("late", Arg::Count(late)).arg("alarms", Arg::Count(alarmed)));
    s.notes.push(Msg::new("note-group-annual").arg("days", Arg::Count(ANNUAL_DUE_DAYS)).arg("missing", Arg::Count(missing)));
    r.sections.push(s);
    r
}

/// A group whose books came relayed in a village organisation's bundle (three levels).
#[derive(Debug, Clone, PartialEq)]
pub struct RelayedGroup {
    pub code: String,
    pub name: String,
    /// The code of the group whose bundles bring it.
    pub via: String,
    pub entries: i64,
    /// The latest period its relayed books reach, up to the board's date.
    pub last: Option<NaiveDate>,
}

/// The status board's second part for a cluster federation: the groups its village
/// organisations relayed, each with the VO that brings it, how far its books reach and how many
/// entries came (a way into each one's registers, like the board's own groups).
pub fn relayed_status(r: &mut Report, groups: &[RelayedGroup]) {
    if groups.is_empty() {
        return;
    }
    let mut s = Section::new(
        Some(Msg::new("section-relayed-groups")),
        &[("col-group", K::Text), ("col-name", K::Text), ("col-relayed-by", K::Text), ("col-last-period", K::Date), ("col-entries", K::Count)],
    );
    for g in groups {
        s.rows.push(vec![Cell::text(&g.code), Cell::text(&g.name), Cell::text(&g.via), g.last.map(Cell::Date).unwrap_or(Cell::Empty), Cell::Count(g.entries)]);
    }
    s.notes.push(Msg::new("note-relayed-groups").arg("groups", Arg::Count(groups.len() as i64)));
    r.sections.push(s);
}

/// Adds `part` (the same report over the groups `via` relayed to a cluster federation) to `r`:
/// each of its sections that lists groups, titled with the group that brought them, its notes
/// kept (the others, a grading's rule, are the report's own again).
pub fn relayed_part(r: &mut Report, via: &str, part: Report) {
    for mut s in part.sections.into_iter().filter(|s| s.columns.iter().any(|c| c.id == "col-group")) {
        let title = match s.title.take() {
            Some(t) if t.id == "section-portfolio-currency" => {
                let currency = t.args.iter().find(|(k, _)| *k == "currency").map(|(_, v)| v.clone()).unwrap_or(Arg::Text(String::new()));
                Msg::new("section-relayed-by-currency").arg("group", Arg::Text(via.to_string())).arg("currency", currency)
            }
            _ => Msg::new("section-relayed-by").arg("group", Arg::Text(via.to_string())),
        };
        s.title = Some(title);
        r.sections.push(s);
    }
}

/// Per group: members on the date, savings, loans outstanding, disbursed and recovered in the
/// period, the recovery rate and the portfolio at risk over 30, 60 and 90 days; and the totals.
///
/// Amounts are never added across currencies: when the groups keep their books in more than one
/// currency (an office holding groups in rupees and in taka), each currency gets its own
/// section, titled with the currency, with its own total line.
pub fn portfolio(org: &Organisation, from: NaiveDate, to: NaiveDate, groups: &[GroupView]) -> Report {
    portfolio_of(org, from, to, &groups.iter().map(|g| PortfolioFigures::of(g, from, to)).collect::<Vec<_>>())
}

/// The portfolio from each group's figures, however they were gathered (an oversight book
/// gathers them one group at a time, each group's postings let go once read).
pub fn portfolio_of(org: &Organisation, from: NaiveDate, to: NaiveDate, groups: &[PortfolioFigures]) -> Report {
    let mut r = Report::new("portfolio", org_title("portfolio"), org, ReportPeriod::Range { from, to });
    r.sections = per_currency(org, groups, portfolio_section);
    r
}

/// Something kept in one currency (a group, or what a roll-up read from one).
pub trait InCurrency {
    fn currency(&self) -> &str;
}

/// One group's line of the portfolio, and what its totals add up.
#[derive(Debug, Clone, PartialEq)]
pub struct PortfolioFigures {
    pub code: String,
    pub currency: String,
    pub members: i64,
    pub savings: Money,
    pub outstanding: Money,
    pub disbursed: Money,
    pub recovered: Money,
    /// Principal repaid to date and principal overdue (the recovery rate's two parts).
    pub repaid: Money,
    pub overdue: Money,
    /// Outstanding of loans more than 30, 60 and 90 days past due.
    pub risk: [Money; 3],
}

impl InCurrency for PortfolioFigures {
    fn currency(&self) -> &str {
        &self.currency
    }
}

impl PortfolioFigures {
    /// Members on the date, savings, loans outstanding, disbursed and recovered in the period,
    /// principal repaid and overdue, and the loans at risk, read from what the group sent.
    pub fn of(g: &GroupView, from: NaiveDate, to: NaiveDate) -> PortfolioFigures {
        let members = g.members.iter().filter(|(j, e)| *j <= to && e.is_none_or(|e| e >= to)).count() as i64;
        let upto = g.lines.iter().filter(|l| l.date <= to);
        let savings: Money = -upto.clone().filter(|l| l.account == "member-savings").map(|l| l.amount).sum::<Money>();
        let loan_lines = || g.lines.iter().filter(|l| l.date <= to && l.account == "loans-to-members");
        let outstanding: Money = loan_lines().map(|l| l.amount).sum();
        let in_period = || loan_lines().filter(|l| l.date >= from);
        let disbursed: Money = in_period().filter(|l| l.kind == "disbursement").map(|l| l.amount).sum();
        let recovered: Money = -in_period().filter(|l| l.kind == "principal").map(|l| l.amount).sum::<Money>();
        // Recovery rate: principal repaid to date against principal repaid plus principal
        // overdue (on the group's last bundle date).
        let repaid: Money = -loan_lines().filter(|l| l.kind == "principal").map(|l| l.amount).sum::<Money>();
        let overdue: Money = g.loans.iter().map(|l| l.principal_overdue).sum();
        let by_loan = g.outstanding_by_loan(to);
        let of_loan = |id: i64| -> Money { by_loan.get(&id).copied().unwrap_or_default() };
        let mut risk = [Money::ZERO; 3];
        for l in &g.loans {
            for (k, days) in [30, 60, 90].into_iter().enumerate() {
                if l.days_past_due > days {
                    risk[k] += of_loan(l.id);
                }
            }
        }
        PortfolioFigures { code: g.code.clone(), currency: g.currency.clone(), members, savings, outstanding, disbursed, recovered, repaid, overdue, risk }
    }
}

/// One section per currency the groups keep their books in (a single untitled one when they all
/// keep the same), each made by `section` from that currency's groups, so that no total ever
/// adds rupees to taka. The oversight book's own currency comes first, then the others as the
/// register lists them.
fn per_currency<'a, T: InCurrency>(org: &Organisation, groups: &'a [T], section: impl Fn(Option<Msg>, &mut dyn Iterator<Item = &'a T>) -> Section) -> Vec<Section> {
    let mut currencies: Vec<&str> = Vec::new();
    for g in groups {
        if !currencies.contains(&g.currency()) {
            currencies.push(g.currency());
        }
    }
    currencies.sort_by_key(|c| *c != org.currency.code());
    if currencies.len() <= 1 {
        return vec![section(None, &mut groups.iter())];
    }
    currencies
        .iter()
        .map(|c| {
            let title = Msg::new("section-portfolio-currency").arg("currency", Arg::Text(c.to_string()));
            let mut s = section(Some(title), &mut groups.iter().filter(|g| g.currency() == *c));
            s.notes.push(Msg::new("note-portfolio-currencies"));
            s
        })
        .collect()
}

fn portfolio_section<'a>(title: Option<Msg>, groups: &mut dyn Iterator<Item = &'a PortfolioFigures>) -> Section {
    let mut s = Section::new(
        title,
        &[
            ("col-group", K::Text),
            ("col-members-count", K::Count),
            ("col-savings-balance", K::Money),
            ("col-outstanding", K::Money),
            ("col-loan-disbursed", K::Money),
            ("col-principal-repaid", K::Money),
            ("col-recovery-rate", K::Percent),
            ("col-par-30", K::Percent),
            ("col-par-60", K::Percent),
            ("col-par-90", K::Percent),
        ],
    );
    let mut tot_members = 0i64;
    let mut tot = [Money::ZERO; 4]; // savings, outstanding, disbursed, recovered
    let (mut tot_repaid, mut tot_overdue) = (Money::ZERO, Money::ZERO);
    let mut tot_risk = [Money::ZERO; 3];
    for g in groups {
        let PortfolioFigures { members, savings, outstanding, disbursed, recovered, repaid, overdue, risk, .. } = *g;
        s.rows.push(vec![
            Cell::text(&g.code),
            Cell::Count(members),
            Cell::Money(savings),
            Cell::Money(outstanding),
            Cell::Money(disbursed),
            Cell::Money(recovered),
            Cell::Percent(percent(repaid, repaid + overdue)),
            Cell::Percent(percent(risk[0], outstanding)),
            Cell::Percent(percent(risk[1], outstanding)),
            Cell::Percent(percent(risk[2], outstanding)),
        ]);
        tot_members += members;
        for (t, v) in tot.iter_mut().zip([savings, outstanding, disbursed, recovered]) {
            *t += v;
        }
        tot_repaid += repaid;
        tot_overdue += overdue;
        for (t, v) in tot_risk.iter_mut().zip(risk) {
            *t += v;
        }
    }
    s.totals = Some(vec![
        Cell::msg("row-total"),
        Cell::Count(tot_members),
        Cell::Money(tot[0]),
        Cell::Money(tot[1]),
        Cell::Money(tot[2]),
        Cell::Money(tot[3]),
        Cell::Percent(percent(tot_repaid, tot_repaid + tot_overdue)),
        Cell::Percent(percent(tot_risk[0], tot[1])),
        Cell::Percent(percent(tot_risk[1], tot[1])),
        Cell::Percent(percent(tot_risk[2], tot[1])),
    ]);
    s.notes.push(Msg::new("note-portfolio-rules"));
    s
}

/// The oversight book's CIF lent to each group against the CIF the group owes in what it sent:
/// group by group, on the date of the group's latest bundle (both sides on the same day, so a
/// repayment still on its way is not a difference), the lender's receivable (its own postings,
/// `receivable`, by group code) and the group's CIF payable (its imported postings). Any
/// difference is flagged; a group that sent nothing shows the receivable alone.
pub fn cif_reconciliation(org: &Organisation, to: NaiveDate, groups: &[GroupView], receivable: &CifLent) -> Report {
    cif_reconciliation_of(org, to, &groups.iter().map(|g| CifFigures::of(g, to)).collect::<Vec<_>>(), receivable)
}

/// What a group's side of the CIF reconciliation needs: the date of its latest bundle up to the
/// report's date, and the CIF it owed on that day in what it sent.
#[derive(Debug, Clone, PartialEq)]
pub struct CifFigures {
    pub code: String,
    pub name: String,
    pub last: Option<NaiveDate>,
    pub payable: Money,
}

impl CifFigures {
    pub fn of(g: &GroupView, to: NaiveDate) -> CifFigures {
        let last = g.bundles.iter().map(|(p, _)| *p).filter(|p| *p <= to).max();
        let payable = last.map(|day| -g.lines.iter().filter(|l| l.date <= day && l.account == "cif-payable").map(|l| l.amount).sum::<Money>()).unwrap_or_default();
        CifFigures { code: g.code.clone(), name: g.name.clone(), last, payable }
    }
}

/// A lender's CIF lent, by group code: the date and amount of each line on its loans to it.
pub type CifLent = std::collections::BTreeMap<String, Vec<(NaiveDate, Money)>>;

/// The reconciliation from each group's figures, however they were gathered.
pub fn cif_reconciliation_of(org: &Organisation, to: NaiveDate, groups: &[CifFigures], receivable: &CifLent) -> Report {
    reconciliation(org, to, groups, receivable, "col-cif-receivable", "note-cif-reconciliation")
}

/// The same for the groups a village organisation relays to a cluster federation, `lent` being
/// the VO's (read from its bundle): its column and note say whose book lent.
pub fn relayed_cif_reconciliation_of(org: &Organisation, to: NaiveDate, groups: &[CifFigures], lent: &CifLent) -> Report {
    reconciliation(org, to, groups, lent, "col-cif-receivable-relayer", "note-cif-reconciliation-relayed")
}

fn reconciliation(org: &Organisation, to: NaiveDate, groups: &[CifFigures], receivable: &CifLent, lent_column: &'static str, note: &'static str) -> Report {
    let mut r = Report::new("cif-reconciliation", org_title("cif-reconciliation"), org, ReportPeriod::AsOf(to));
    let mut s = Section::new(
        None,
        &[
            ("col-group", K::Text),
            ("col-name", K::Text),
            ("col-compared-on", K::Date),
            (lent_column, K::Money),
            ("col-cif-payable-group", K::Money),
            ("col-difference", K::Money),
            ("col-status", K::Text),
        ],
    );
    let (mut tot_rec, mut tot_pay, mut differing) = (Money::ZERO, Money::ZERO, 0i64);
    let empty = Vec::new();
    for g in groups {
        let lent = receivable.get(&g.code).unwrap_or(&empty);
        let last = g.last;
        let on = last.unwrap_or(to);
        let rec: Money = lent.iter().filter(|(d, _)| *d <= on).map(|(_, a)| *a).sum();
        let (pay, diff, status) = match last {
            Some(_) => {
                let pay = g.payable;
                let diff = rec - pay;
                if diff.is_zero() {
                    (Cell::Money(pay), Cell::Money(diff), "cif-rec-ok")
                } else {
                    differing += 1;
                    (Cell::Money(pay), Cell::Money(diff), "cif-rec-differs")
                }
            }
            None if rec.is_zero() => (Cell::Empty, Cell::Empty, "cif-rec-no-bundle"),
            None => {
                differing += 1;
                (Cell::Empty, Cell::Empty, "cif-rec-no-bundle")
            }
        };
        if let Cell::Money(p) = pay {
            tot_pay += p;
        }
        tot_rec += rec;
        s.rows.push(vec![Cell::text(&g.code), Cell::text(&g.name), last.map(Cell::Date).unwrap_or(Cell::Empty), Cell::Money(rec), pay, diff, Cell::msg(status)]);
    }
    s.totals = Some(vec![Cell::msg("row-total"), Cell::Empty, Cell::Empty, Cell::Money(tot_rec), Cell::Money(tot_pay), Cell::Money(tot_rec - tot_pay), Cell::Empty]);
    s.notes.push(Msg::new(note).arg("differing", Arg::Count(differing)));
    r.sections.push(s);
    r
}

/// Every borrower past due in every group, as each group's Samuh computed it on its last
/// bundle's date: the loan, days past due, principal overdue (the amount due), what is
/// outstanding (summed from the imported postings up to the report date) and the guarantors;
/// the longest overdue first.
pub fn overdue_borrowers(org: &Organisation, to: NaiveDate, groups: &[GroupView]) -> Report {
    overdue_borrowers_of(org, to, &groups.iter().map(|g| OverdueFigures::of(g, to)).collect::<Vec<_>>())
}

/// A group's borrowers past due, as the overdue list shows them.
#[derive(Debug, Clone, PartialEq)]
pub struct OverdueFigures {
    pub currency: String,
    /// (days past due, the row, principal overdue, outstanding), in the group's loan order.
    pub rows: Vec<(i64, Vec<Cell>, Money, Money)>,
}

impl InCurrency for OverdueFigures {
    fn currency(&self) -> &str {
        &self.currency
    }
}

impl OverdueFigures {
    pub fn of(g: &GroupView, to: NaiveDate) -> OverdueFigures {
        let by_loan = g.outstanding_by_loan(to);
        let mut rows = Vec::new();
        for l in g.loans.iter().filter(|l| l.days_past_due > 0) {
            let outstanding: Money = by_loan.get(&l.id).copied().unwrap_or_default();
            if !outstanding.is_positive() {
                continue;
            }
            rows.push((
                l.days_past_due,
                vec![
                    Cell::text(&g.code),
                    Cell::text(&l.member),
                    Cell::Count(l.number),
                    Cell::msg(format!("fund-{}", l.fund)),
                    Cell::Count(l.days_past_due),
                    Cell::Money(l.principal_overdue),
                    Cell::Money(outstanding),
                    Cell::text(&l.guarantors.join(", ")),
                ],
                l.principal_overdue,
                outstanding,
            ));
        }
        OverdueFigures { currency: g.currency.clone(), rows }
    }
}

/// The overdue list from each group's figures, however they were gathered.
pub fn overdue_borrowers_of(org: &Organisation, to: NaiveDate, groups: &[OverdueFigures]) -> Report {
    let mut r = Report::new("overdue-borrowers", org_title("overdue-borrowers"), org, ReportPeriod::AsOf(to));
    r.sections = per_currency(org, groups, overdue_section);
    r
}

fn overdue_section<'a>(title: Option<Msg>, groups: &mut dyn Iterator<Item = &'a OverdueFigures>) -> Section {
    let mut s = Section::new(
        title,
        &[
            ("col-group", K::Text),
            ("col-member", K::Text),
            ("col-loan-no", K::Count),
            ("col-fund", K::Text),
            ("col-days-past-due", K::Count),
            ("col-overdue-principal", K::Money),
            ("col-outstanding", K::Money),
            ("col-guarantors", K::Text),
        ],
    );
    let mut rows: Vec<(i64, Vec<Cell>)> = Vec::new();
    let (mut due, mut out) = (Money::ZERO, Money::ZERO);
    for g in groups {
        for (days, row, overdue, outstanding) in &g.rows {
            due += *overdue;
            out += *outstanding;
            rows.push((*days, row.clone()));
        }
    }
    rows.sort_by(|a, b| b.0.cmp(&a.0));
    s.rows = rows.into_iter().map(|(_, r)| r).collect();
    s.totals = Some(vec![Cell::msg("row-total"), Cell::Empty, Cell::Empty, Cell::Empty, Cell::Empty, Cell::Money(due), Cell::Money(out), Cell::Empty]);
    s.notes.push(Msg::new("note-overdue-borrowers"));
    s
}
