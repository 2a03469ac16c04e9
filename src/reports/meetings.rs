//! The minutes (resolution) book: each meeting with its attendance, agenda, resolutions, the
//! loans sanctioned, and the cash counted against the cash book.

use super::{org_title, Books, Cell, CellKind as K, Msg, Report, Section};
use crate::domain::ledger::{code, LineKind};
use crate::domain::money::Money;
use crate::domain::org::Attendance;
use crate::error::Arg;
use crate::store::{LoanRecord, MeetingRecord, MinuteRecord};
use chrono::Datelike;

/// A meeting with what was recorded at it.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingView {
    pub meeting: MeetingRecord,
    pub attendance: Vec<(i64, Attendance)>,
    pub minutes: Vec<MinuteRecord>,
}

fn weekday(d: chrono::NaiveDate) -> Cell {
    let w = d.weekday().to_string().to_ascii_lowercase();
    Cell::msg(format!("weekday-{w}"))
}

/// Cash in hand per the book at the close of a meeting, before any shortage or excess found
/// at the count was posted (so it can be set against the count).
fn book_cash(b: &Books<'_>, m: &MeetingRecord) -> Money {
    b.lines()
        .filter(|(v, l)| v.date <= m.date && l.account == code::CASH)
        .filter(|(v, l)| !(v.meeting_id == Some(m.id) && matches!(l.kind, LineKind::CashShortage | LineKind::CashExcess)))
        .map(|(_, l)| l.amount)
        .sum()
}

/// The minutes book for the meetings held in the period.
pub fn minutes(b: &Books<'_>, meetings: &[MeetingView], loans: &[LoanRecord]) -> Report {
    let mut r = Report::new("minutes", org_title("minutes"), b.org, b.range());
    let mut list = Section::new(
        Some(Msg::new("section-meetings")),
        &[
            ("col-meeting-no", K::Count),
            ("col-date", K::Date),
            ("col-weekday", K::Text),
            ("col-place", K::Text),
            ("col-present", K::Count),
            ("col-late", K::Count),
            ("col-on-leave", K::Count),
            ("col-absent", K::Count),
            ("col-cash-counted", K::Money),
            ("col-cash-per-book", K::Money),
            ("col-difference", K::Money),
        ],
    );
    let mut details = Vec::new();
    for mv in meetings.iter().filter(|m| m.meeting.date >= b.from && m.meeting.date <= b.to) {
        let m = &mv.meeting;
        let count = |a: Attendance| Cell::Count(mv.attendance.iter().filter(|(_, x)| *x == a).count() as i64);
        let book = book_cash(b, m);
        let (counted, diff) = match m.cash_counted {
            Some(c) => (Cell::Money(c), Cell::Money(c - book)),
            None => (Cell::Empty, Cell::Empty),
        };
        list.rows.push(vec![
            Cell::Count(m.number),
            Cell::Date(m.date),
            weekday(m.date),
            Cell::text(m.place.clone()),
            count(Attendance::Present),
            count(Attendance::Late),
            count(Attendance::AbsentWithLeave),
            count(Attendance::Absent),
            counted,
            Cell::Money(book),
            diff,
        ]);
        if m.reversed {
            list.notes.push(Msg::new("note-meeting-reversed").arg("number", Arg::Count(m.number)).arg("date", Arg::Date(m.date)));
        }

        let title = || Some(Msg::new("section-meeting").arg("number", Arg::Count(m.number)).arg("date", Arg::Date(m.date)));
        if !mv.minutes.is_empty() {
            let mut s = Section::new(title(), &[("col-item", K::Text), ("col-text", K::Text)]);
            for mi in &mv.minutes {
                s.rows.push(vec![Cell::msg(format!("minute-{}", mi.kind)), Cell::text(mi.text.clone())]);
            }
            details.push(s);
        }
        let sanctioned: Vec<&LoanRecord> = loans.iter().filter(|l| l.meeting_id == Some(m.id)).collect();
        if !sanctioned.is_empty() {
            let mut s = Section::new(
                Some(Msg::new("section-loans-sanctioned").arg("number", Arg::Count(m.number))),
                &[
                    ("col-loan-no", K::Count),
                    ("col-member", K::Text),
                    ("col-amount", K::Money),
                    ("col-rate", K::Percent),
                    ("col-rate-period", K::Text),
                    ("col-instalments", K::Count),
                    ("col-guarantors", K::Text),
                ],
            );
            for l in sanctioned {
                let g: Vec<String> = l.guarantors.iter().map(|g| b.member_name(Some(*g))).collect();
                s.rows.push(vec![
                    Cell::Count(l.number),
                    Cell::text(b.member_name(Some(l.member_id))),
                    Cell::Money(l.terms.principal),
                    Cell::Percent(l.terms.rate),
                    Cell::msg(format!("rate-period-{}", l.terms.rate_period.code())),
                    Cell::Count(l.terms.instalments as i64),
                    if g.is_empty() { Cell::Empty } else { Cell::text(g.join(", ")) },
                ]);
            }
            s.totals = Some(vec![Cell::Empty, Cell::msg("row-total"), Cell::Money(s.sum("col-amount")), Cell::Empty, Cell::Empty, Cell::Empty, Cell::Empty]);
            details.push(s);
        }
    }
    r.sections.push(list);
    r.sections.extend(details);
    r
}
