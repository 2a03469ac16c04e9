//! The minutes (resolution) book: each meeting with its attendance, agenda, resolutions, the
//! loans sanctioned, and the cash counted against the cash book.

use super::{org_title, percent, Books, Cell, CellKind as K, Msg, Report, Section};
use crate::domain::ledger::{code, LineKind};
use crate::domain::money::Money;
use crate::domain::org::{Attendance, Role};
use crate::error::Arg;
use crate::store::{LoanRecord, MeetingRecord, MinuteRecord, StoredVoucher};
use chrono::Datelike;

/// A meeting with what was recorded at it.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingView {
    pub meeting: MeetingRecord,
    pub attendance: Vec<(i64, Attendance)>,
    pub minutes: Vec<MinuteRecord>,
    /// The agenda answered at the meeting, as its summary prints it (empty where not read).
    pub agenda: Vec<AgendaLine>,
}

/// One item of a meeting's agenda as the members read it back: a decision of the previous
/// meeting and what became of it (`done`, `pending`, `dropped`), or a loan's use asked and
/// answered (`yes`, `partly`, `no`, with the note).
#[derive(Debug, Clone, PartialEq)]
pub enum AgendaLine {
    Decision { text: String, status: String },
    LoanUse { loan: i64, member: String, answer: String, note: String },
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

/// A meeting's agenda as answered, one row per item: a previous decision and what became of it,
/// or a loan's use asked and the answer (with its note).
fn agenda_section(title: Msg, agenda: &[AgendaLine]) -> Section {
    let mut s = Section::new(Some(title), &[("col-item", K::Text), ("col-answer", K::Text)]);
    for a in agenda {
        s.rows.push(match a {
            AgendaLine::Decision { text, status } => vec![Cell::text(text.clone()), Cell::msg(format!("meeting-agenda-{status}"))],
            AgendaLine::LoanUse { loan, member, answer, note } => {
                let asked = Msg::new("summary-loan-use").arg("loan", Arg::Count(*loan)).arg("member", Arg::Text(member.clone()));
                let said = if note.trim().is_empty() { Msg::new(format!("loan-use-{answer}")) } else { Msg::new(format!("loan-use-{answer}-note")).arg("note", Arg::Text(note.clone())) };
                vec![Cell::Msg(asked), Cell::Msg(said)]
            }
        });
    }
    s
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
        // The agenda the meeting answered (issue 12), before what it minuted.
        if !mv.agenda.is_empty() {
            details.push(agenda_section(Msg::new("section-meeting-agenda").arg("number", Arg::Count(m.number)), &mv.agenda));
        }
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

/// The mark of one member at one meeting in the attendance register's grid: a symbol, the same in
/// every language (the legend under the register names them).
fn mark(a: Option<Attendance>, member_then: bool) -> char {
    match (a, member_then) {
        (Some(Attendance::Present), _) => '✓',
        (Some(Attendance::Late), _) => '◐',
        (Some(Attendance::AbsentWithLeave), _) => '○',
        (Some(Attendance::Absent), _) => '✗',
        (None, true) => '?',
        (None, false) => '·',
    }
}

/// The attendance register: members × the meetings held in the period (one mark per meeting,
/// in date order, as listed in the second section), the counts per mark and each member's
/// attendance (present or late, over the meetings held while a member) as a percentage.
/// Reversed meetings are left out: they did not happen in the books.
pub fn attendance_register(b: &Books<'_>, meetings: &[MeetingView]) -> Report {
    let mut r = Report::new("attendance", org_title("attendance"), b.org, b.range());
    let held: Vec<&MeetingView> = meetings.iter().filter(|m| m.meeting.date >= b.from && m.meeting.date <= b.to && !m.meeting.reversed).collect();
    let mut grid = Section::new(
        Some(Msg::new("section-attendance-grid")),
        &[
            ("col-member", K::Text),
            ("col-marks", K::Text),
            ("col-meetings", K::Count),
            ("col-present", K::Count),
            ("col-late", K::Count),
            ("col-on-leave", K::Count),
            ("col-absent", K::Count),
            ("col-attendance-percent", K::Percent),
        ],
    );
    let (mut all_held, mut all_came) = (0i64, 0i64);
    for m in b.members.iter().filter(|m| held.iter().any(|mv| m.is_active_on(mv.meeting.date))) {
        let mut marks = String::new();
        let mut counts = [0i64; 4];
        let mut member_then = 0i64;
        for mv in &held {
            let then = m.is_active_on(mv.meeting.date);
            let a = mv.attendance.iter().find(|(id, _)| *id == m.id).map(|(_, a)| *a);
            if !marks.is_empty() {
                marks.push(' ');
            }
            marks.push(mark(a, then));
            if then {
                member_then += 1;
            }
            match a {
                Some(Attendance::Present) => counts[0] += 1,
                Some(Attendance::Late) => counts[1] += 1,
                Some(Attendance::AbsentWithLeave) => counts[2] += 1,
                Some(Attendance::Absent) => counts[3] += 1,
                None => {}
            }
        }
        let came = counts[0] + counts[1];
        all_held += member_then;
        all_came += came;
        grid.rows.push(vec![
            Cell::text(format!("{} {}", m.admission_no, m.name)),
            Cell::text(marks),
            Cell::Count(member_then),
            Cell::Count(counts[0]),
            Cell::Count(counts[1]),
            Cell::Count(counts[2]),
            Cell::Count(counts[3]),
            Cell::Percent(percent(Money::units(came), Money::units(member_then))),
        ]);
    }
    let sum = |i: usize| grid.rows.iter().map(|r| if let Cell::Count(n) = r[i] { n } else { 0 }).sum::<i64>();
    grid.totals = Some(vec![
        Cell::msg("row-total"),
        Cell::Empty,
        Cell::Count(sum(2)),
        Cell::Count(sum(3)),
        Cell::Count(sum(4)),
        Cell::Count(sum(5)),
        Cell::Count(sum(6)),
        Cell::Percent(percent(Money::units(all_came), Money::units(all_held))),
    ]);
    grid.notes.push(Msg::new("note-attendance-legend"));
    let mut list = Section::new(Some(Msg::new("section-meetings")), &[("col-meeting-no", K::Count), ("col-date", K::Date), ("col-weekday", K::Text)]);
    for mv in &held {
        list.rows.push(vec![Cell::Count(mv.meeting.number), Cell::Date(mv.meeting.date), weekday(mv.meeting.date)]);
    }
    r.sections.push(grid);
    r.sections.push(list);
    r
}

/// What a meeting moved through the cash box, by what it was for: read from the cash lines of
/// the meeting's vouchers (a cash line says by its sign whether money came in or went out), so
/// cash in less cash out is exactly the meeting's change of cash in hand.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MeetingCash {
    pub savings: Money,
    pub shares: Money,
    pub principal: Money,
    pub interest: Money,
    /// Attendance fines paid (owed ones included, when paid) and late-repayment fines.
    pub fines: Money,
    /// Everything else received in cash: a bank withdrawal, fees, other income, social fund.
    pub other_in: Money,
    pub loans: Money,
    pub withdrawals: Money,
    /// Everything else paid out in cash: expenses, bank deposits, bank loan and CIF payments.
    pub payments: Money,
}

impl MeetingCash {
    /// The cash lines of `vouchers` (a meeting's own), the difference found at the count left
    /// out: it is what the count says about the book, not money of the meeting.
    pub fn of(vouchers: &[&StoredVoucher]) -> MeetingCash {
        let mut c = MeetingCash::default();
        for l in vouchers.iter().flat_map(|v| v.lines.iter()).filter(|l| l.account == code::CASH) {
            let slot = match (l.kind, l.amount.is_positive()) {
                (LineKind::CashShortage | LineKind::CashExcess, _) => continue,
                (LineKind::Saving, true) => &mut c.savings,
                (LineKind::SharePurchase, true) => &mut c.shares,
                (LineKind::Principal, true) => &mut c.principal,
                (LineKind::Interest, true) => &mut c.interest,
                (LineKind::AttendanceFine | LineKind::LoanFine, true) => &mut c.fines,
                (_, true) => &mut c.other_in,
                (LineKind::Disbursement, false) => &mut c.loans,
                (LineKind::Withdrawal, false) => &mut c.withdrawals,
                (_, false) => &mut c.payments,
            };
            *slot += l.amount.abs();
        }
        c
    }
    pub fn cash_in(&self) -> Money {
        self.savings + self.shares + self.principal + self.interest + self.fines + self.other_in
    }
    pub fn cash_out(&self) -> Money {
        self.loans + self.withdrawals + self.payments
    }
}

/// The line a signer writes on (or presses her thumb beside).
const SIGN_HERE: &str = "______________________________";

/// The printable summary of one meeting (issue 12), the page the members sign like the paper
/// register's: the attendance counted, the meeting's money and cash, the minutes as recorded,
/// signature lines for the committee, then every member with her mark and a line to sign or
/// press her thumb on for each who came. It is read out and signed by all members,
/// so it names no one as behind with a loan: no dues, no arrears, only what happened.
pub fn meeting_summary(b: &Books<'_>, mv: &MeetingView) -> Report {
    let m = &mv.meeting;
    let title = Msg::new("report-meeting-summary").arg("number", Arg::Count(m.number)).arg("date", Arg::Date(m.date));
    let mut r = Report::new("meeting-summary", title, b.org, super::ReportPeriod::AsOf(m.date));

    let count = |a: Attendance| Cell::Count(mv.attendance.iter().filter(|(_, x)| *x == a).count() as i64);
    let mut att = Section::new(
        Some(Msg::new("summary-section-attendance")),
        &[("col-weekday", K::Text), ("col-place", K::Text), ("col-present", K::Count), ("col-late", K::Count), ("col-on-leave", K::Count), ("col-absent", K::Count)],
    );
    att.rows.push(vec![
        weekday(m.date),
        if m.place.trim().is_empty() { Cell::Empty } else { Cell::text(m.place.clone()) },
        count(Attendance::Present),
        count(Attendance::Late),
        count(Attendance::AbsentWithLeave),
        count(Attendance::Absent),
    ]);
    r.sections.push(att);

    let marked: Vec<(&crate::domain::org::Member, Attendance)> =
        b.members.iter().filter_map(|x| mv.attendance.iter().find(|(id, _)| *id == x.id).map(|(_, a)| (x, *a))).collect();

    let vouchers: Vec<&StoredVoucher> = b.vouchers.iter().filter(|v| v.meeting_id == Some(m.id) && v.reverses_id.is_none()).collect();
    let c = MeetingCash::of(&vouchers);
    let mut money = Section::new(Some(Msg::new("summary-section-money")), &[("col-item", K::Text), ("col-amount", K::Money)]);
    let row = |id: &str, x: Money| vec![Cell::msg(id), Cell::Money(x)];
    money.rows.push(row("summary-savings", c.savings));
    if !c.shares.is_zero() {
        money.rows.push(row("summary-shares", c.shares));
    }
    money.rows.push(row("summary-principal", c.principal));
    money.rows.push(row("summary-interest", c.interest));
    money.rows.push(row("summary-fines", c.fines));
    money.rows.push(row("summary-other-receipts", c.other_in));
    money.rows.push(row("summary-loans-given", c.loans));
    if !c.withdrawals.is_zero() {
        money.rows.push(row("summary-withdrawals", c.withdrawals));
    }
    money.rows.push(row("summary-payments", c.payments));
    r.sections.push(money);

    // What went through the bank at the meeting (a bank withdrawal's other side, a grant or a
    // loan received into the bank, a deposit): not in the cash box, so not in the lines above.
    let bank: Vec<&crate::domain::ledger::Line> = vouchers.iter().flat_map(|v| v.lines.iter()).filter(|l| l.account == code::BANK).collect();
    let into: Money = bank.iter().filter(|l| l.amount.is_positive()).map(|l| l.amount).sum();
    let out_of: Money = bank.iter().filter(|l| l.amount.is_negative()).map(|l| -l.amount).sum();
    if !into.is_zero() || !out_of.is_zero() {
        let mut s = Section::new(Some(Msg::new("summary-section-bank")), &[("col-item", K::Text), ("col-amount", K::Money)]);
        s.rows.push(row("summary-bank-in", into));
        s.rows.push(row("summary-bank-out", out_of));
        r.sections.push(s);
    }

    // The same "cash per book" the minutes book sets against the count; the cash before the
    // meeting is what it was less the meeting's own cash in and out.
    let expected = book_cash(b, m);
    // One row, read across as the meeting page's footer: opening + received − paid = expected.
    let mut cash = Section::new(
        Some(Msg::new("summary-section-cash")),
        &[
            ("meeting-page-cash-open", K::Money),
            ("meeting-page-cash-in", K::Money),
            ("meeting-page-cash-out", K::Money),
            ("meeting-page-cash-expected", K::Money),
            ("meeting-page-cash-counted", K::Money),
            ("col-difference", K::Money),
        ],
    );
    let (counted, diff) = match m.cash_counted {
        Some(x) => (Cell::Money(x), Cell::Money(x - expected)),
        None => (Cell::Empty, Cell::Empty),
    };
    cash.rows.push(vec![Cell::Money(expected - c.cash_in() + c.cash_out()), Cell::Money(c.cash_in()), Cell::Money(c.cash_out()), Cell::Money(expected), counted, diff]);
    r.sections.push(cash);

    if !mv.agenda.is_empty() {
        r.sections.push(agenda_section(Msg::new("summary-section-agenda"), &mv.agenda));
    }

    if !mv.minutes.is_empty() {
        let mut s = Section::new(Some(Msg::new("summary-section-minutes")), &[("col-item", K::Text), ("col-text", K::Text)]);
        for mi in &mv.minutes {
            s.rows.push(vec![Cell::msg(format!("minute-{}", mi.kind)), Cell::text(mi.text.clone())]);
        }
        r.sections.push(s);
    }

    let mut sign = Section::new(
        Some(Msg::new("summary-section-signatures")),
        &[("summary-col-office", K::Text), ("summary-col-signer", K::Text), ("summary-col-signature", K::Text)],
    );
    for role in [Role::President, Role::Secretary, Role::Treasurer] {
        let holder = b.members.iter().find(|x| x.role == role && x.is_active_on(m.date));
        let office = Cell::Msg(Msg::new("summary-role").arg("role", Arg::Text(role.code().into())));
        sign.rows.push(vec![office, holder.map(|x| Cell::text(format!("{} {}", x.admission_no, x.name))).unwrap_or(Cell::Empty), Cell::text(SIGN_HERE)]);
    }
    // The declaration stands above the members' lines, so that it is what they sign.
    sign.notes.push(Msg::new("summary-sign-note"));
    r.sections.push(sign);

    // Every marked member with her mark, as the register lists them, and beside each who came
    // (present or late) the line she signs or presses her thumb on.
    let mut sign = Section::new(
        Some(Msg::new("summary-section-members")),
        &[("col-member", K::Text), ("summary-col-mark", K::Text), ("summary-col-signature", K::Text)],
    );
    for (x, a) in &marked {
        let came = matches!(a, Attendance::Present | Attendance::Late);
        sign.rows.push(vec![
            Cell::text(format!("{} {}", x.admission_no, x.name)),
            Cell::msg(format!("attendance-{}", a.code())),
            if came { Cell::text(SIGN_HERE) } else { Cell::Empty },
        ]);
    }
    r.sections.push(sign);
    r
}
