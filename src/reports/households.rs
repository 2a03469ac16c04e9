//! The fund centre's households (issue 16, seed 003): one household's debts across every fund
//! it borrows from, the centre's restructuring plan for them, and the households the centre
//! follows with the date each became debt-free. Pure: the app hands the loans of the imported
//! groups whose borrower carries a household key, with the postings of each loan; every figure
//! is summed here from those postings (or, for interest due, as the group's Samuh computed it
//! on its bundle's date).

use super::{org_title, percent, Cell, CellKind as K, Msg, Report, ReportPeriod, Section};
use crate::domain::money::Money;
use crate::domain::org::Organisation;
use crate::domain::schedule::Schedule;
use crate::error::Arg;
use chrono::NaiveDate;

/// One loan of an imported group whose borrower's household is known.
#[derive(Debug, Clone, PartialEq)]
pub struct HouseholdLoan {
    pub household: String,
    /// The group's code (one fund of the centre) and the borrower's admission number there.
    pub group: String,
    pub member: String,
    pub loan_no: i64,
    pub fund: String,
    /// Interest due and unpaid, principal overdue and days past due on the group's bundle date.
    pub interest_due: Money,
    pub principal_overdue: Money,
    pub days_past_due: i64,
    /// Every posting to the loan's principal (disbursements positive, repayments negative).
    pub moves: Vec<(NaiveDate, Money)>,
}

impl HouseholdLoan {
    /// Principal outstanding on a date, summed from the postings.
    pub fn outstanding(&self, on: NaiveDate) -> Money {
        self.moves.iter().filter(|(d, _)| *d <= on).map(|(_, a)| *a).sum()
    }

    /// What the household owes this fund on a date: the principal outstanding and, while any is
    /// outstanding, the interest due the group reported.
    pub fn owed(&self, on: NaiveDate) -> Money {
        let p = self.outstanding(on);
        if p.is_positive() {
            p + self.interest_due
        } else {
            Money::ZERO
        }
    }
}

/// The households in key order, each with its loans (the order `loans` gives within one).
fn by_household(loans: &[HouseholdLoan]) -> Vec<(&str, Vec<&HouseholdLoan>)> {
    let mut out: std::collections::BTreeMap<&str, Vec<&HouseholdLoan>> = std::collections::BTreeMap::new();
    for l in loans {
        out.entry(l.household.as_str()).or_default().push(l);
    }
    out.into_iter().collect()
}

/// Per household, every loan with principal outstanding in every fund: the outstanding (from
/// the postings up to the report date), the interest due and principal overdue as the fund's
/// book computed them on its bundle's date, and what the household owes; a line per household
/// with its total, and the total of all.
pub fn household_debts(org: &Organisation, to: NaiveDate, loans: &[HouseholdLoan]) -> Report {
    let mut r = Report::new("household-debts", org_title("household-debts"), org, ReportPeriod::AsOf(to));
    let mut s = Section::new(
        None,
        &[
            ("col-household", K::Text),
            ("col-group", K::Text),
            ("col-member", K::Text),
            ("col-loan-no", K::Count),
            ("col-fund", K::Text),
            ("col-outstanding", K::Money),
            ("col-interest-due", K::Money),
            ("col-overdue-principal", K::Money),
            ("col-days-past-due", K::Count),
            ("col-total-owed", K::Money),
        ],
    );
    let mut tot = [Money::ZERO; 4];
    let mut households = 0i64;
    for (key, ls) in by_household(loans) {
        let owing: Vec<&&HouseholdLoan> = ls.iter().filter(|l| l.outstanding(to).is_positive()).collect();
        if owing.is_empty() {
            continue;
        }
        households += 1;
        let mut sub = [Money::ZERO; 4];
        for l in owing {
            let v = [l.outstanding(to), l.interest_due, l.principal_overdue, l.owed(to)];
            s.rows.push(vec![
                Cell::text(key),
                Cell::text(&l.group),
                Cell::text(&l.member),
                Cell::Count(l.loan_no),
                Cell::msg(format!("fund-{}", l.fund)),
                Cell::Money(v[0]),
                Cell::Money(v[1]),
                Cell::Money(v[2]),
                Cell::Count(l.days_past_due),
                Cell::Money(v[3]),
            ]);
            for (t, x) in sub.iter_mut().zip(v) {
                *t += x;
            }
        }
        s.rows.push(vec![
            Cell::text(key),
            Cell::Msg(Msg::new("row-household-total").arg("household", Arg::Text(key.to_string()))),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Money(sub[0]),
            Cell::Money(sub[1]),
            Cell::Money(sub[2]),
            Cell::Empty,
            Cell::Money(sub[3]),
        ]);
        for (t, x) in tot.iter_mut().zip(sub) {
            *t += x;
        }
    }
    s.totals = Some(vec![
        Cell::msg("row-total"),
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Money(tot[0]),
        Cell::Money(tot[1]),
        Cell::Money(tot[2]),
        Cell::Empty,
        Cell::Money(tot[3]),
    ]);
    s.notes.push(Msg::new("note-household-debts").arg("households", Arg::Count(households)));
    r.sections.push(s);
    r
}

/// The days a household's principal outstanding across all its loans fell to zero (from
/// something owed), up to `to`, oldest first.
fn zero_days(loans: &[&HouseholdLoan], to: NaiveDate) -> (Vec<NaiveDate>, Money) {
    let mut moves: Vec<(NaiveDate, Money)> = loans.iter().flat_map(|l| l.moves.iter().copied()).filter(|(d, _)| *d <= to).collect();
    moves.sort_by_key(|(d, _)| *d);
    let mut owed = Money::ZERO;
    let mut days = Vec::new();
    let mut k = 0;
    while k < moves.len() {
        let day = moves[k].0;
        let before = owed;
        while k < moves.len() && moves[k].0 == day {
            owed += moves[k].1;
            k += 1;
        }
        if owed.is_zero() && !before.is_zero() {
            days.push(day);
        }
    }
    (days, owed)
}

/// The date a household became debt-free: the day its principal outstanding across all its
/// loans last fell to zero, if it is zero on `to` (None while it owes, or if it never borrowed).
pub fn debt_free_on(loans: &[&HouseholdLoan], to: NaiveDate) -> Option<NaiveDate> {
    let (days, owed) = zero_days(loans, to);
    if owed.is_zero() {
        days.last().copied()
    } else {
        None
    }
}

/// The households the centre follows: when it chose each, what it owes on the report date
/// across all funds, and the date it became debt-free (every loan in every fund at zero
/// principal outstanding, from the imported postings).
pub fn target_households(org: &Organisation, to: NaiveDate, targets: &[(String, NaiveDate, String)], loans: &[HouseholdLoan]) -> Report {
    let mut r = Report::new("target-households", org_title("target-households"), org, ReportPeriod::AsOf(to));
    let mut s = Section::new(
        None,
        &[
            ("col-household", K::Text),
            ("col-marked-on", K::Date),
            ("col-loans", K::Count),
            ("col-total-owed", K::Money),
            ("col-debt-free-on", K::Date),
            ("col-status", K::Text),
            ("col-note", K::Text),
        ],
    );
    let (mut owed_all, mut free) = (Money::ZERO, 0i64);
    for (key, marked_on, note) in targets.iter().filter(|(_, on, _)| *on <= to) {
        let ls: Vec<&HouseholdLoan> = loans.iter().filter(|l| &l.household == key && l.moves.iter().any(|(d, _)| *d <= to)).collect();
        let owed: Money = ls.iter().map(|l| l.owed(to)).sum();
        let on = debt_free_on(&ls, to);
        // Seed 003 counts the households freed "and not back in debt": one that was free after
        // the centre chose it and owes again is said so.
        let fell_back = on.is_none() && zero_days(&ls, to).0.iter().any(|d| d >= marked_on);
        let status = if ls.is_empty() {
            "household-no-loans"
        } else if on.is_some() {
            free += 1;
            "household-debt-free"
        } else if fell_back {
            "household-owes-again"
        } else {
            "household-owes"
        };
        owed_all += owed;
        s.rows.push(vec![
            Cell::text(key),
            Cell::Date(*marked_on),
            Cell::Count(ls.len() as i64),
            Cell::Money(owed),
            on.map(Cell::Date).unwrap_or(Cell::Empty),
            Cell::msg(status),
            Cell::text(note),
        ]);
    }
    let n = s.rows.len() as i64;
    s.totals = Some(vec![Cell::msg("row-total"), Cell::Empty, Cell::Empty, Cell::Money(owed_all), Cell::Empty, Cell::Empty, Cell::Empty]);
    s.notes.push(Msg::new("note-target-households").arg("households", Arg::Count(n)).arg("free", Arg::Count(free)));
    r.sections.push(s);
    r
}

/// What the plan is built on: the centre's rate from its by-laws and the months it runs.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanTerms {
    pub rate: rust_decimal::Decimal,
    pub rate_period: String,
    pub months: u32,
}

/// The centre's restructuring plan for one household (seed 003: every fund at the centre's one
/// rate): what it owes every fund on the report date, added up and repaid by one schedule of
/// monthly equal instalments (`schedule`, made by the loan domain at the centre's rate), and
/// each instalment split back to the funds in proportion to what each is owed, so that every
/// fund is repaid exactly what it is owed.
pub fn restructuring_plan(org: &Organisation, to: NaiveDate, household: &str, loans: &[HouseholdLoan], terms: &PlanTerms, schedule: &Schedule) -> Report {
    let mut r = Report::new("restructuring-plan", org_title("restructuring-plan"), org, ReportPeriod::AsOf(to));
    let owing: Vec<&HouseholdLoan> = loans.iter().filter(|l| l.household == household && l.owed(to).is_positive()).collect();
    let owed: Vec<i64> = owing.iter().map(|l| l.owed(to).minor()).collect();
    if owing.is_empty() {
        // Nothing to plan: no household asked for owes anything (or none owes at all).
        let mut s = Section::new(None, &[("col-household", K::Text)]);
        s.notes.push(Msg::new("note-plan-nothing-owed").arg("household", Arg::Text(household.to_string())));
        r.sections.push(s);
        return r;
    }
    let total: i64 = owed.iter().sum();

    let mut plan = Section::new(
        Some(Msg::new("section-plan-schedule").arg("household", Arg::Text(household.to_string()))),
        &[("col-instalment-no", K::Count), ("col-due-date", K::Date), ("col-instalment", K::Money), ("col-principal", K::Money), ("col-interest", K::Money), ("col-balance", K::Money)],
    );
    for i in &schedule.instalments {
        plan.rows.push(vec![Cell::Count(i.no as i64), Cell::Date(i.due_on), Cell::Money(i.total), Cell::Money(i.principal), Cell::Money(i.interest), Cell::Money(i.closing)]);
    }
    plan.totals = Some(vec![
        Cell::msg("row-total"),
        Cell::Empty,
        Cell::Money(schedule.total_principal + schedule.total_interest),
        Cell::Money(schedule.total_principal),
        Cell::Money(schedule.total_interest),
        Cell::Empty,
    ]);
    plan.notes.push(
        Msg::new("note-restructuring-plan")
            .arg("owed", Arg::Money(Money::from_minor(total)))
            .arg("rate", Arg::percent(terms.rate))
            .arg("period", Arg::Text(terms.rate_period.clone()))
            .arg("months", Arg::Count(terms.months as i64)),
    );
    for e in &schedule.explain {
        plan.notes.push(super::explain_msg(e));
    }

    // Each fund's part of instalment k: its share of the plan's cumulative principal (and
    // interest) after k, less its share after k − 1, in whole minor units rounded down; the
    // fund owed the most takes what the rounding leaves, so the parts add up to the instalment
    // and, at the end, every other fund has its whole debt back.
    let anchor = (0..owed.len()).max_by_key(|&f| (owed[f], std::cmp::Reverse(f))).unwrap_or(0);
    let share = |cum: i64, f: usize| -> i64 { if total == 0 { 0 } else { ((cum as i128 * owed[f] as i128) / total as i128) as i64 } };
    let mut parts: Vec<Vec<(i64, i64)>> = vec![Vec::new(); owing.len()];
    let (mut cum_p, mut cum_i) = (0i64, 0i64);
    for i in &schedule.instalments {
        let (p, int) = (i.principal.minor(), i.interest.minor());
        let (mut rest_p, mut rest_i) = (p, int);
        for f in (0..owing.len()).filter(|&f| f != anchor) {
            let fp = share(cum_p + p, f) - share(cum_p, f);
            let fi = share(cum_i + int, f) - share(cum_i, f);
            parts[f].push((fp, fi));
            rest_p -= fp;
            rest_i -= fi;
        }
        if !owing.is_empty() {
            parts[anchor].push((rest_p, rest_i));
        }
        cum_p += p;
        cum_i += int;
    }

    let mut split = Section::new(
        Some(Msg::new("section-plan-funds")),
        &[
            ("col-group", K::Text),
            ("col-member", K::Text),
            ("col-loan-no", K::Count),
            ("col-fund", K::Text),
            ("col-total-owed", K::Money),
            ("col-percent", K::Percent),
            ("col-first-instalment", K::Money),
            ("col-principal", K::Money),
            ("col-interest", K::Money),
        ],
    );
    for (f, l) in owing.iter().enumerate() {
        let first = parts[f].first().map(|(p, i)| p + i).unwrap_or(0);
        let (sp, si) = parts[f].iter().fold((0, 0), |(a, b), (p, i)| (a + p, b + i));
        split.rows.push(vec![
            Cell::text(&l.group),
            Cell::text(&l.member),
            Cell::Count(l.loan_no),
            Cell::msg(format!("fund-{}", l.fund)),
            Cell::Money(Money::from_minor(owed[f])),
            Cell::Percent(percent(Money::from_minor(owed[f]), Money::from_minor(total))),
            Cell::Money(Money::from_minor(first)),
            Cell::Money(Money::from_minor(sp)),
            Cell::Money(Money::from_minor(si)),
        ]);
    }
    split.totals = Some(vec![
        Cell::msg("row-total"),
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Money(Money::from_minor(total)),
        Cell::Empty,
        Cell::Money(schedule.instalments.first().map(|i| i.total).unwrap_or(Money::ZERO)),
        Cell::Money(schedule.total_principal),
        Cell::Money(schedule.total_interest),
    ]);
    split.notes.push(Msg::new("note-plan-funds"));

    let mut each = Section::new(
        Some(Msg::new("section-plan-instalments")),
        &[("col-instalment-no", K::Count), ("col-due-date", K::Date), ("col-group", K::Text), ("col-loan-no", K::Count), ("col-principal", K::Money), ("col-interest", K::Money), ("col-amount", K::Money)],
    );
    for (k, i) in schedule.instalments.iter().enumerate() {
        for (f, l) in owing.iter().enumerate() {
            let (p, int) = parts[f][k];
            each.rows.push(vec![
                Cell::Count(i.no as i64),
                Cell::Date(i.due_on),
                Cell::text(&l.group),
                Cell::Count(l.loan_no),
                Cell::Money(Money::from_minor(p)),
                Cell::Money(Money::from_minor(int)),
                Cell::Money(Money::from_minor(p + int)),
            ]);
        }
    }
    r.sections.extend([plan, split, each]);
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn loan(moves: &[(&str, i64)]) -> HouseholdLoan {
        HouseholdLoan {
            household: "H".into(),
            group: "vf".into(),
            member: "1".into(),
            loan_no: 1,
            fund: "village-fund-capital".into(),
            interest_due: Money::ZERO,
            principal_overdue: Money::ZERO,
            days_past_due: 0,
            moves: moves.iter().map(|(d, a)| (day(d), Money::units(*a))).collect(),
        }
    }

    /// Two loans: the household is free only once both are at zero; borrowing again ends it, and
    /// a second repayment frees it on its own later day.
    #[test]
    fn a_household_is_debt_free_from_the_day_its_last_loan_is_repaid() {
        let a = loan(&[("2025-01-10", 1000), ("2025-03-10", -1000), ("2025-06-01", 500), ("2025-07-01", -500)]);
        let b = loan(&[("2025-02-01", 2000), ("2025-04-15", -1500), ("2025-05-02", -500)]);
        let both = [&a, &b];
        // 1000 + 2000 − 1000 − 1500 = 500 still owed on 2025-04-30.
        assert_eq!(debt_free_on(&both, day("2025-04-30")), None);
        // 500 − 500 = 0 on 2025-05-02.
        assert_eq!(debt_free_on(&both, day("2025-05-31")), Some(day("2025-05-02")));
        // Borrowed 500 again on 2025-06-01: not free; repaid on 2025-07-01: free from then.
        assert_eq!(debt_free_on(&both, day("2025-06-15")), None);
        assert_eq!(debt_free_on(&both, day("2025-07-31")), Some(day("2025-07-01")));
        // Never borrowed: never "became" debt-free.
        assert_eq!(debt_free_on(&[], day("2025-07-31")), None);
    }

    #[test]
    fn a_followed_household_that_borrows_again_is_said_to_owe_again() {
        use crate::domain::org::{Country, MeetingFrequency, OrgKind};
        let org = Organisation {
            id: 1,
            code: "centre".into(),
            name: "Centre".into(),
            kind: OrgKind::FundCentre,
            country: Country::from_code("th").unwrap(),
            currency: crate::domain::money::Currency::Thb,
            lang: "th".into(),
            fiscal_start_month: 4,
            fiscal_start_day: 1,
            meeting_frequency: MeetingFrequency::Monthly,
            formed_on: day("2024-01-01"),
            parent_id: None,
            place: String::new(),
        };
        let ls = [loan(&[("2025-01-10", 1000), ("2025-03-10", -1000), ("2025-06-01", 500)])];
        let targets = [("H".to_string(), day("2025-02-01"), String::new())];
        let r = target_households(&org, day("2025-06-15"), &targets, &ls);
        assert_eq!(r.sections[0].rows[0][5], Cell::msg("household-owes-again"));
        assert_eq!(r.sections[0].rows[0][3], Cell::Money(Money::units(500)));
    }
}
