//! The grading sheet of an oversight book (issue 16): every imported group scored on the five
//! Panchsutra criteria and graded A/B/C by `domain::grading`, with the rule printed beneath.

use super::{org_title, Cell, CellKind as K, GroupView, Msg, Report, ReportPeriod, Section};
use crate::domain::grading::{self, books_interval_days, Facts, Grading, CRITERIA, REGULAR_SAVER_PERCENT};
use crate::domain::money::Money;
use crate::domain::org::Organisation;
use crate::error::Arg;
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// The order of the grading sheet's lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GradingSort {
    /// A first, then by total (highest first), then by group code.
    #[default]
    Grade,
    /// Highest total first, then by group code.
    Score,
    /// By group code.
    Group,
}

impl GradingSort {
    pub const CODES: [&'static str; 3] = ["grade", "score", "group"];
    pub fn from_code(s: &str) -> Option<GradingSort> {
        match s {
            "grade" => Some(GradingSort::Grade),
            "score" => Some(GradingSort::Score),
            "group" => Some(GradingSort::Group),
            _ => None,
        }
    }
}

/// What one group achieved in the period, read from what it sent (see `Facts` for the rule).
///
/// - Meetings: meetings dated in the period against those its frequency expects from the later
///   of the period start and its formation; and, where the bundle carries attendance, members
///   present (on time or late) against members on the roll at the meetings held.
/// - Savers: members on the roll at the end who saved (a saving credited to them in the
///   meeting's voucher) at 90 % or more of the meetings held while they were members.
/// - Lending: loans to members outstanding against members' savings, at the end date.
/// - On time: loans still outstanding at the end with no day past due on the group's last
///   bundle date, against all loans outstanding.
/// - Books: meetings with an entry in the journal against meetings held; fresh when the last
///   entry up to the end date is no older than one meeting interval.
pub fn group_facts(g: &GroupView, from: NaiveDate, to: NaiveDate) -> Facts {
    let held: Vec<(i64, NaiveDate)> = g.meetings.iter().copied().filter(|(_, d)| *d >= from && *d <= to).collect();
    let expected = g.frequency.expected_between(from.max(g.formed_on), to);
    let active = |(j, e): (NaiveDate, Option<NaiveDate>), on: NaiveDate| j <= on && e.is_none_or(|e| on <= e);
    // Who saved at which meeting, and which meetings have an entry: gathered once (asked per
    // member and meeting below).
    let (entered, saved_at) = g.meeting_entries();
    let mut savers = (0, 0);
    for (id, span) in g.member_ids.iter().zip(&g.members) {
        if !active(*span, to) {
            continue;
        }
        savers.1 += 1;
        let theirs: Vec<i64> = held.iter().filter(|(_, d)| active(*span, *d)).map(|(m, _)| *m).collect();
        let saved = theirs
            .iter()
            .filter(|m| saved_at.contains(&(**m, *id)))
            .count() as i64;
        if !theirs.is_empty() && grading::pct(saved, theirs.len() as i64) >= Decimal::from(REGULAR_SAVER_PERCENT) {
            savers.0 += 1;
        }
    }
    let upto = || g.lines.iter().filter(|l| l.date <= to);
    let outstanding: Money = upto().filter(|l| l.account == "loans-to-members").map(|l| l.amount).sum();
    let savings: Money = -upto().filter(|l| l.account == "member-savings").map(|l| l.amount).sum::<Money>();
    let by_loan = g.outstanding_by_loan(to);
    let of_loan = |id: i64| -> Money { by_loan.get(&id).copied().unwrap_or_default() };
    let running: Vec<_> = g.loans.iter().filter(|l| of_loan(l.id).is_positive()).collect();
    let on_time = running.iter().filter(|l| l.days_past_due == 0).count() as i64;
    let booked = held.iter().filter(|(m, _)| entered.contains(m)).count() as i64;
    let marked: Vec<(i64, i64)> = held.iter().filter_map(|(m, _)| g.attendance.get(m).copied()).collect();
    let attendance = (!marked.is_empty()).then(|| marked.iter().fold((0, 0), |(c, r), (came, roll)| (c + came, r + roll)));
    let last = g.last_entry(to);
    Facts {
        meetings: (held.len() as i64, expected),
        savers,
        lending: (outstanding.minor().max(0), savings.minor().max(0)),
        on_time: (on_time, running.len() as i64),
        booked: (booked, held.len() as i64),
        books_fresh: last.is_some_and(|d| (to - d).num_days() <= books_interval_days(g.frequency)),
        attendance,
    }
}

/// Per group: the marks on each criterion, the Panchsutra criteria met in full, the total and
/// the grade, in the order asked; then the rule itself, criterion by criterion, and the grade
/// bands, so the officer sees why each group got its grade.
pub fn grading(org: &Organisation, from: NaiveDate, to: NaiveDate, groups: &[GroupView], sort: GradingSort) -> Report {
    let facts: Vec<(String, String, Facts)> = groups.iter().map(|g| (g.code.clone(), g.name.clone(), group_facts(g, from, to))).collect();
    grading_of(org, from, to, &facts, sort)
}

/// The grading sheet from each group's facts (code, name, facts), however they were gathered
/// (an oversight book gathers them one group at a time, its postings then let go).
pub fn grading_of(org: &Organisation, from: NaiveDate, to: NaiveDate, facts: &[(String, String, Facts)], sort: GradingSort) -> Report {
    let mut r = Report::new("grading", org_title("grading"), org, ReportPeriod::Range { from, to });
    let mut s = Section::new(
        None,
        &[
            ("col-group", K::Text),
            ("col-name", K::Text),
            ("col-grading-meetings", K::Count),
            ("col-grading-savings", K::Count),
            ("col-grading-lending", K::Count),
            ("col-grading-repayment", K::Count),
            ("col-grading-books", K::Count),
            ("col-grading-met", K::Count),
            ("col-grading-total", K::Count),
            ("col-grading-grade", K::Text),
            ("col-grading-attendance", K::Percent),
        ],
    );
    struct Named<'a> {
        code: &'a str,
        name: &'a str,
    }
    let mut graded: Vec<(Named<'_>, Grading, Option<(i64, i64)>)> = facts.iter().map(|(code, name, f)| (Named { code, name }, grading::grade(f), f.attendance)).collect();
    match sort {
        GradingSort::Grade => graded.sort_by(|a, b| a.1.grade.cmp(b.1.grade).then(b.1.total.cmp(&a.1.total)).then(a.0.code.cmp(&b.0.code))),
        GradingSort::Score => graded.sort_by(|a, b| b.1.total.cmp(&a.1.total).then(a.0.code.cmp(&b.0.code))),
        GradingSort::Group => graded.sort_by(|a, b| a.0.code.cmp(&b.0.code)),
    }
    let mut counts = [0i64; 3];
    for (g, gr, came) in &graded {
        let mut row = vec![Cell::text(g.code), Cell::text(g.name)];
        row.extend(gr.scores.iter().map(|s| Cell::Count(s.marks)));
        row.extend([Cell::Count(gr.met()), Cell::Count(gr.total), Cell::text(gr.grade)]);
        row.push(came.map_or(Cell::Empty, |(c, r)| Cell::Percent(grading::pct(c, r))));
        s.rows.push(row);
        counts[match gr.grade {
            "A" => 0,
            "B" => 1,
            _ => 2,
        }] += 1;
    }
    if facts.iter().any(|(_, _, f)| f.meetings.0 > 0 && f.attendance.is_none()) {
        s.notes.push(Msg::new("note-grading-attendance-unknown"));
    }
    s.notes.push(Msg::new("note-grading-count").arg("a", Arg::Count(counts[0])).arg("b", Arg::Count(counts[1])).arg("c", Arg::Count(counts[2])));
    r.sections.push(s);

    let mut rule = Section::new(
        Some(Msg::new("section-grading-rule")),
        &[("col-grading-criterion", K::Text), ("col-grading-marks", K::Count), ("col-grading-full-at", K::Percent), ("col-grading-half-at", K::Percent), ("col-rule", K::Text)],
    );
    for c in CRITERIA {
        rule.rows.push(vec![
            Cell::msg(format!("grading-{}", c.id)),
            Cell::Count(c.marks),
            Cell::Percent(Decimal::from(c.full_at)),
            Cell::Percent(Decimal::from(c.half_at)),
            Cell::Msg(Msg::new(format!("grading-rule-{}", c.id)).arg("percent", Arg::Count(REGULAR_SAVER_PERCENT))),
        ]);
    }
    rule.notes.push(Msg::new("note-grading-bands").arg("a", Arg::Count(grading::GRADE_A_ABOVE)).arg("b", Arg::Count(grading::GRADE_B_FROM)));
    r.sections.push(rule);
    r
}
