//! The books of original entry as a member and a treasurer read them: the member passbook and
//! the cash book and bank book, one row per posting line with running balances.

use super::{line_msg, org_title, Books, Cell, CellKind as K, Msg, Report, Section};
use crate::domain::ledger::{code, LineKind};
use crate::domain::money::Money;
use crate::domain::org::Member;
use crate::error::Arg;

/// A member's passbook for the period: savings and loan transactions with running balances,
/// opening with the balances brought forward when the period starts after the first entry.
///
/// Reads the member's lines on the member-side accounts (savings, loans, interest and fine
/// income); the cash side of the same vouchers is left out so nothing is counted twice. A
/// reversed entry shows twice: the original and its reversal with the amounts negated.
pub fn passbook(b: &Books<'_>, member: &Member) -> Report {
    let mut r = Report::new("passbook", org_title("passbook").arg("member", Arg::Text(format!("{} {}", member.admission_no, member.name))), b.org, b.range());
    let mut s = Section::new(
        None,
        &[
            ("col-date", K::Date),
            ("col-voucher", K::Text),
            ("col-particulars", K::Text),
            ("col-reference", K::Text),
            ("col-savings-deposited", K::Money),
            ("col-savings-withdrawn", K::Money),
            ("col-savings-balance", K::Money),
            ("col-loan-disbursed", K::Money),
            ("col-principal-repaid", K::Money),
            ("col-interest-paid", K::Money),
            ("col-fine-paid", K::Money),
            ("col-loan-balance", K::Money),
        ],
    );
    let mine = |l: &crate::domain::ledger::Line| {
        l.member_id == Some(member.id)
            && matches!(l.account.as_str(), code::MEMBER_SAVINGS | code::LOANS_TO_MEMBERS | code::INTEREST_INCOME | code::FINE_INCOME | code::FINES_RECEIVABLE)
    };
    let mut savings = -b.balance_before(|l| mine(l) && l.account == code::MEMBER_SAVINGS);
    let mut loan = b.balance_before(|l| mine(l) && l.account == code::LOANS_TO_MEMBERS);
    let has_earlier = b.lines().any(|(v, l)| v.date < b.from && mine(l));
    if has_earlier {
        s.rows.push(vec![
            Cell::Date(b.from),
            Cell::Empty,
            Cell::msg("row-brought-forward"),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Money(savings),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Money(loan),
        ]);
    }
    let (mut dep, mut wd, mut dis, mut prin, mut int, mut fine) = (Money::ZERO, Money::ZERO, Money::ZERO, Money::ZERO, Money::ZERO, Money::ZERO);
    // One line per voucher, as a paper passbook has one line per visit to the meeting: the
    // member's savings, repayment split and fine of that meeting side by side.
    let lines: Vec<_> = b.period_lines().filter(|(_, l)| mine(l)).collect();
    let mut i = 0;
    while i < lines.len() {
        let v = lines[i].0;
        let mut kinds: Vec<LineKind> = Vec::new();
        let mut flows = [Money::ZERO; 6];
        while i < lines.len() && lines[i].0.id == v.id {
            let l = lines[i].1;
            if !kinds.contains(&l.kind) {
                kinds.push(l.kind);
            }
            match (l.account.as_str(), l.kind) {
                (code::MEMBER_SAVINGS, LineKind::Withdrawal) => flows[1] += l.amount,
                (code::MEMBER_SAVINGS, _) => flows[0] -= l.amount,
                (code::LOANS_TO_MEMBERS, LineKind::Disbursement | LineKind::Opening) => flows[2] += l.amount,
                (code::LOANS_TO_MEMBERS, _) => flows[3] -= l.amount,
                (code::INTEREST_INCOME, _) => flows[4] -= l.amount,
                // A fine charged while absent is income and owed at once (nothing paid: the two
                // lines cancel here); paying it later clears what is owed, which is the payment.
                _ => flows[5] -= l.amount,
            }
            i += 1;
        }
        savings += flows[0] - flows[1];
        loan += flows[2] - flows[3];
        dep += flows[0];
        wd += flows[1];
        dis += flows[2];
        prin += flows[3];
        int += flows[4];
        fine += flows[5];
        let particulars = if kinds.len() == 1 { line_msg(kinds[0]) } else { Cell::msg(format!("voucher-kind-{}", v.kind.code())) };
        let mut row = vec![Cell::Date(v.date), Cell::text(b.voucher_no(v)), particulars, b.reference(v)];
        row.extend([Cell::money_or_empty(flows[0]), Cell::money_or_empty(flows[1]), Cell::Money(savings)]);
        row.extend([Cell::money_or_empty(flows[2]), Cell::money_or_empty(flows[3]), Cell::money_or_empty(flows[4]), Cell::money_or_empty(flows[5])]);
        row.push(Cell::Money(loan));
        s.rows.push(row);
    }
    s.totals = Some(vec![
        Cell::Empty,
        Cell::Empty,
        Cell::msg("row-total"),
        Cell::Empty,
        Cell::Money(dep),
        Cell::Money(wd),
        Cell::Money(savings),
        Cell::Money(dis),
        Cell::Money(prin),
        Cell::Money(int),
        Cell::Money(fine),
        Cell::Money(loan),
    ]);
    let owed: Money = b.lines().filter(|(_, l)| l.member_id == Some(member.id) && l.account == code::FINES_RECEIVABLE).map(|(_, l)| l.amount).sum();
    if owed.is_positive() {
        s.notes.push(Msg::new("note-fines-owed").arg("owed", Arg::Money(owed)).arg("date", Arg::Date(b.to)));
    }
    r.sections.push(s);
    if let Some(shares) = passbook_shares(b, member) {
        r.sections.push(shares);
    }
    r
}

/// The member's shares beside her savings (issue 14), where she holds or held any: what she
/// paid for shares and what was returned to her, voucher by voucher, and her paid-up capital.
/// Share capital is the group's equity, not a deposit, so it is kept apart from the savings.
fn passbook_shares(b: &Books<'_>, member: &Member) -> Option<Section> {
    let mine = |l: &crate::domain::ledger::Line| l.member_id == Some(member.id) && l.account == code::SHARE_CAPITAL;
    if !b.lines().any(|(_, l)| mine(l)) {
        return None;
    }
    let mut s = Section::new(
        Some(Msg::new("section-passbook-shares")),
        &[("col-date", K::Date), ("col-voucher", K::Text), ("col-particulars", K::Text), ("col-shares-paid", K::Money), ("col-shares-returned", K::Money), ("col-paid-up-capital", K::Money)],
    );
    let mut capital = -b.balance_before(mine);
    if b.lines().any(|(v, l)| v.date < b.from && mine(l)) {
        s.rows.push(vec![Cell::Date(b.from), Cell::Empty, Cell::msg("row-brought-forward"), Cell::Empty, Cell::Empty, Cell::Money(capital)]);
    }
    let (mut paid, mut returned) = (Money::ZERO, Money::ZERO);
    let lines: Vec<_> = b.period_lines().filter(|(_, l)| mine(l)).collect();
    let mut i = 0;
    while i < lines.len() {
        let v = lines[i].0;
        let (mut p, mut r) = (Money::ZERO, Money::ZERO);
        let kind = lines[i].1.kind;
        while i < lines.len() && lines[i].0.id == v.id {
            let a = lines[i].1.amount;
            if a.is_negative() {
                p -= a;
            } else {
                r += a;
            }
            i += 1;
        }
        capital += p - r;
        paid += p;
        returned += r;
        s.rows.push(vec![Cell::Date(v.date), Cell::text(b.voucher_no(v)), line_msg(kind), Cell::money_or_empty(p), Cell::money_or_empty(r), Cell::Money(capital)]);
    }
    s.totals = Some(vec![Cell::Empty, Cell::Empty, Cell::msg("row-total"), Cell::Money(paid), Cell::Money(returned), Cell::Money(capital)]);
    Some(s)
}

/// The cash book: every posting on cash in hand within the period.
pub fn cash_book(b: &Books<'_>) -> Report {
    money_book(b, "cash-book", code::CASH)
}

/// The bank book: every posting on the bank account within the period.
pub fn bank_book(b: &Books<'_>) -> Report {
    money_book(b, "bank-book", code::BANK)
}

fn money_book(b: &Books<'_>, id: &'static str, account: &str) -> Report {
    let mut r = Report::new(id, org_title(id), b.org, b.range());
    let mut s = Section::new(
        None,
        &[
            ("col-date", K::Date),
            ("col-voucher", K::Text),
            ("col-particulars", K::Text),
            ("col-member", K::Text),
            ("col-note", K::Text),
            ("col-receipts", K::Money),
            ("col-payments", K::Money),
            ("col-balance", K::Money),
        ],
    );
    let opening = b.balance_before(|l| l.account == account);
    let blank = |label: &str, date, bal: Money| {
        vec![Cell::Date(date), Cell::Empty, Cell::msg(label), Cell::Empty, Cell::Empty, Cell::Empty, Cell::Empty, Cell::Money(bal)]
    };
    s.rows.push(blank("row-opening-balance", b.from, opening));
    let (mut receipts, mut payments, mut bal) = (Money::ZERO, Money::ZERO, opening);
    // In date order (a voucher entered late for an earlier day stands on its day), so the
    // balance beside each day is the cash or bank of that day, as a meeting counted it.
    let mut lines: Vec<_> = b.period_lines().filter(|(_, l)| l.account == account).collect();
    lines.sort_by_key(|(v, _)| v.date);
    for (v, l) in lines {
        bal += l.amount;
        let (rec, pay) = if l.amount.is_negative() { (Money::ZERO, -l.amount) } else { (l.amount, Money::ZERO) };
        receipts += rec;
        payments += pay;
        let note = match b.reference(v) {
            Cell::Empty if !l.note.is_empty() => Cell::text(l.note.clone()),
            Cell::Empty => Cell::Empty,
            reference => reference,
        };
        s.rows.push(vec![
            Cell::Date(v.date),
            Cell::text(b.voucher_no(v)),
            line_msg(l.kind),
            Cell::text(b.member_name(l.member_id)),
            note,
            Cell::money_or_empty(rec),
            Cell::money_or_empty(pay),
            Cell::Money(bal),
        ]);
    }
    s.rows.push(blank("row-closing-balance", b.to, bal));
    s.totals = Some(vec![
        Cell::Empty,
        Cell::Empty,
        Cell::msg("row-total"),
        Cell::Empty,
        Cell::Empty,
        Cell::Money(receipts),
        Cell::Money(payments),
        Cell::Money(bal),
    ]);
    s.notes.push(Msg::new("note-book-balance").arg("opening", Arg::Money(opening)).arg("closing", Arg::Money(bal)));
    r.sections.push(s);
    r
}
