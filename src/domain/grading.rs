//! The Panchsutra and the A/B/C grading of a self-help group (issue 16): the rule as data (five
//! criteria, each with the share that earns full and half marks) and the pure scoring of what a
//! group achieved against it.
//!
//! The rule follows the NABARD-style scale in domain.md §5 (100 marks; more than 85 = A, 75 to
//! 85 = B, below 75 = C) and the three-band rubric seen in the A/B/C grading sheets (e.g.
//! attendance 90–100 % / 60–89 % / below 60 %). The exact NRLM/JEEViKA sheet is not in our
//! sources, so the thresholds are stated here as a by-law-like table and printed on the report,
//! so the officer sees why a group got its grade.

use crate::domain::org::MeetingFrequency;
use rust_decimal::Decimal;

/// One criterion of the rule: full marks at or above `full_at` percent, half at or above
/// `half_at`, nothing below.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Criterion {
    /// Message id stem: `grading-<id>` names it, `grading-rule-<id>` explains it.
    pub id: &'static str,
    pub marks: i64,
    pub full_at: i64,
    pub half_at: i64,
}

/// The five Panchsutra criteria, 20 marks each. A criterion is "met" (for the Panchsutra) when
/// it earns full marks.
pub const CRITERIA: [Criterion; 5] = [
    // Meetings held ÷ meetings the group's frequency expects, and members who came ÷ members on
    // the roll at them (domain.md §5: attendance 90–100 % / 60–89 % / below 60 %): the lower.
    Criterion { id: "meetings", marks: 20, full_at: 90, half_at: 60 },
    // Members on the roll who saved at 90 % or more of the meetings held while members.
    Criterion { id: "savings", marks: 20, full_at: 90, half_at: 60 },
    // Internal lending: loans outstanding to members ÷ members' savings (idle money is not lent).
    Criterion { id: "lending", marks: 20, full_at: 80, half_at: 50 },
    // Running loans with nothing past due.
    Criterion { id: "repayment", marks: 20, full_at: 95, half_at: 80 },
    // Meetings whose entries are in the journal, provided the last entry is no older than one
    // meeting interval (else the books are not up to date and score nothing).
    Criterion { id: "books", marks: 20, full_at: 100, half_at: 90 },
];

/// Grade A above this total (out of 100).
pub const GRADE_A_ABOVE: i64 = 85;
/// Grade B at or above this total; C below.
pub const GRADE_B_FROM: i64 = 75;
/// The share every member must have saved at, to count as saving regularly.
pub const REGULAR_SAVER_PERCENT: i64 = 90;

/// A share in percent, two decimals; an empty whole counts as 0 %.
pub fn pct(part: i64, whole: i64) -> Decimal {
    if whole == 0 {
        Decimal::ZERO
    } else {
        (Decimal::from(part) * Decimal::ONE_HUNDRED / Decimal::from(whole)).round_dp(2)
    }
}

/// Days within which the last entry must fall for the books to count as up to date.
pub fn books_interval_days(f: MeetingFrequency) -> i64 {
    match f {
        MeetingFrequency::Weekly => 7,
        MeetingFrequency::Fortnightly => 14,
        MeetingFrequency::Monthly => 31,
    }
}

/// What a group achieved, criterion by criterion, as (achieved, expected) counts, plus whether
/// its last entry is recent enough. A zero `expected` for repayment (no running loan) counts as
/// fully met; for the others as 0 %.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Facts {
    pub meetings: (i64, i64),
    pub savers: (i64, i64),
    /// Minor units: loans outstanding, members' savings.
    pub lending: (i64, i64),
    pub on_time: (i64, i64),
    pub booked: (i64, i64),
    pub books_fresh: bool,
    /// Members who came (present or late) and members on the roll, over the meetings held whose
    /// attendance is known; None when none is (bundles written before they carried it).
    pub attendance: Option<(i64, i64)>,
}

/// One criterion scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    pub criterion: Criterion,
    pub percent: Decimal,
    pub marks: i64,
}

/// A group graded: its five scores, total and grade ("A", "B" or "C").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grading {
    pub scores: Vec<Score>,
    pub total: i64,
    pub grade: &'static str,
}

impl Grading {
    /// Criteria met in full (the Panchsutra count, out of five).
    pub fn met(&self) -> i64 {
        self.scores.iter().filter(|s| s.marks == s.criterion.marks).count() as i64
    }
}

fn marks(c: Criterion, p: Decimal) -> i64 {
    if p >= Decimal::from(c.full_at) {
        c.marks
    } else if p >= Decimal::from(c.half_at) {
        c.marks / 2
    } else {
        0
    }
}

/// The grade of a total by the rule's bands.
pub fn grade_of(total: i64) -> &'static str {
    if total > GRADE_A_ABOVE {
        "A"
    } else if total >= GRADE_B_FROM {
        "B"
    } else {
        "C"
    }
}

/// Score a group's facts against `CRITERIA`.
pub fn grade(f: &Facts) -> Grading {
    // Regular meetings are meetings held and attended: the lower of the two shares.
    let held = pct(f.meetings.0, f.meetings.1);
    let shares = [
        f.attendance.map_or(held, |(came, roll)| held.min(pct(came, roll))),
        pct(f.savers.0, f.savers.1),
        pct(f.lending.0, f.lending.1),
        if f.on_time.1 == 0 { Decimal::ONE_HUNDRED } else { pct(f.on_time.0, f.on_time.1) },
        if f.booked.1 == 0 { Decimal::ONE_HUNDRED } else { pct(f.booked.0, f.booked.1) },
    ];
    let scores: Vec<Score> = CRITERIA
        .iter()
        .zip(shares)
        .map(|(c, p)| {
            let m = if c.id == "books" && !f.books_fresh { 0 } else { marks(*c, p) };
            Score { criterion: *c, percent: p, marks: m }
        })
        .collect();
    let total = scores.iter().map(|s| s.marks).sum();
    Grading { scores, total, grade: grade_of(total) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_and_grades() {
        // Meetings 4/4 = 100 % → 20; savers 3/4 = 75 % → 10 (60 ≤ 75 < 90); lending
        // 8,000/10,000 = 80 % → 20; on time 1/1 → 20; books 4/4 and fresh → 20. Total 90 > 85 → A.
        let f = Facts { meetings: (4, 4), savers: (3, 4), lending: (8000, 10000), on_time: (1, 1), booked: (4, 4), books_fresh: true, attendance: None };
        let g = grade(&f);
        assert_eq!(g.scores.iter().map(|s| s.marks).collect::<Vec<_>>(), vec![20, 10, 20, 20, 20]);
        assert_eq!((g.total, g.grade, g.met()), (90, "A", 4));
        // Books stale: 0 for books → 70 → C.
        let g = grade(&Facts { books_fresh: false, ..f });
        assert_eq!((g.total, g.grade), (70, "C"));
        // No running loan counts as repaid on time.
        assert_eq!(grade(&Facts { on_time: (0, 0), ..f }).scores[3].marks, 20);
        assert_eq!((grade_of(86), grade_of(85), grade_of(75), grade_of(74)), ("A", "B", "B", "C"));
    }

    #[test]
    fn meetings_held_but_poorly_attended_are_not_regular_meetings() {
        let f = Facts { meetings: (4, 4), savers: (4, 4), lending: (8000, 10000), on_time: (1, 1), booked: (4, 4), books_fresh: true, attendance: None };
        // Four meetings of 15 members: 54 of 60 came = 90 % → still full marks (the lower of
        // 100 % held and 90 %).
        let g = grade(&Facts { attendance: Some((54, 60)), ..f });
        assert_eq!((g.scores[0].percent, g.scores[0].marks, g.total), (Decimal::from(90), 20, 100));
        // 53 of 60 = 88.33 % < 90 → half marks (10); total 90, still A.
        let g = grade(&Facts { attendance: Some((53, 60)), ..f });
        assert_eq!((g.scores[0].percent, g.scores[0].marks, g.total, g.grade), ("88.33".parse().unwrap(), 10, 90, "A"));
        // 35 of 60 = 58.33 % < 60 → none; 80 → B. Held 2 of 4 (50 %) with everyone there: the
        // lower share is the meetings', 50 % → none.
        let g = grade(&Facts { attendance: Some((35, 60)), ..f });
        assert_eq!((g.scores[0].marks, g.total, g.grade), (0, 80, "B"));
        let g = grade(&Facts { meetings: (2, 4), attendance: Some((30, 30)), ..f });
        assert_eq!((g.scores[0].percent, g.scores[0].marks), (Decimal::from(50), 0));
    }
}
