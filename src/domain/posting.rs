//! The posting rules: which accounts each event of a fund's life moves. A saving, a withdrawal, a
//! fine, a repayment's split, a new loan, a group receipt or payment, the cash counted at close,
//! the opening balances: each is a pure function from the event (and the few facts it needs from
//! the book, read by `app` beforehand) to lines of an `Entry`, and a whole meeting, disbursement,
//! repayment or opening to a `BalancedEntry` or a refusal. `app` parses, reads the facts, calls a
//! rule and appends; nothing outside this module writes a ledger line.

use super::ledger::{code, BalancedEntry, Entry, Line, LineKind, VoucherKind};
use super::loan::RepaymentSplit;
use super::money::Money;
use crate::domain::refusal::{Refusal, Result};
use chrono::NaiveDate;

/// A member's saving at a meeting: cash in, the member's savings up.
pub fn saving(e: &mut Entry, member_id: i64, amount: Money) {
    e.pair(Line::new(code::CASH, amount, LineKind::Saving).member(member_id), code::MEMBER_SAVINGS);
}

/// A member takes savings back: the member's savings down, cash out.
pub fn withdrawal(e: &mut Entry, member_id: i64, amount: Money) {
    e.pair(Line::new(code::MEMBER_SAVINGS, amount, LineKind::Withdrawal).member(member_id), code::CASH);
}

/// A member buys shares: cash in, the member's share capital up. Share capital is the members'
/// ownership of the fund (equity), never their savings (what the fund owes them).
pub fn share_purchase(e: &mut Entry, member_id: i64, amount: Money) {
    e.pair(Line::new(code::CASH, amount, LineKind::SharePurchase).member(member_id), code::SHARE_CAPITAL);
}

/// A leaving member's shares paid back to her (the usual by-law: shares are withdrawn only on
/// exit, at their paid-up value): her share capital down, cash out. Its own voucher.
pub fn shares_returned(date: NaiveDate, member_id: i64, amount: Money) -> Result<BalancedEntry, Refusal> {
    let mut e = Entry::new(date, VoucherKind::Payment, "");
    e.pair(Line::new(code::SHARE_CAPITAL, amount, LineKind::ShareReturn).member(member_id), code::CASH);
    e.balance()
}

/// A VSLA member's social-fund contribution: cash in, the social fund (kept in the welfare fund,
/// an equity fund of the group that the share-out leaves alone) up.
pub fn social_fund(e: &mut Entry, member_id: i64, amount: Money) {
    e.pair(Line::new(code::CASH, amount, LineKind::SocialFund).member(member_id), code::WELFARE_FUND);
}

/// An attendance fine paid: cash in, fine income (group income, not the member's savings).
pub fn attendance_fine(e: &mut Entry, member_id: i64, amount: Money) {
    e.pair(Line::new(code::CASH, amount, LineKind::AttendanceFine).member(member_id), code::FINE_INCOME);
}

/// A fine charged to a member who is not there to pay it: owed (a receivable), and the group's
/// income when charged.
pub fn fine_owed(e: &mut Entry, member_id: i64, amount: Money) {
    e.pair(Line::new(code::FINES_RECEIVABLE, amount, LineKind::AttendanceFine).member(member_id), code::FINE_INCOME);
}

/// An owed fine paid: cash in, the receivable cleared.
pub fn owed_fine_paid(e: &mut Entry, member_id: i64, amount: Money) {
    e.pair(Line::new(code::CASH, amount, LineKind::AttendanceFine).member(member_id), code::FINES_RECEIVABLE);
}

/// An owed fine paid between meetings: its own voucher.
pub fn fine_payment(date: NaiveDate, member_id: i64, amount: Money) -> Result<BalancedEntry, Refusal> {
    let mut e = Entry::new(date, VoucherKind::Receipt, "");
    owed_fine_paid(&mut e, member_id, amount);
    e.balance()
}

/// A repayment as split by the by-laws' order: the fine and the interest are income, the
/// principal reduces the loan. Each line carries the loan, so the loan ledger reads them back.
pub fn repayment(e: &mut Entry, member_id: i64, loan_id: i64, split: &RepaymentSplit) {
    let line = |a: Money, k: LineKind| Line::new(code::CASH, a, k).member(member_id).loan(loan_id);
    e.pair(line(split.fine, LineKind::LoanFine), code::FINE_INCOME);
    e.pair(line(split.interest, LineKind::Interest), code::INTEREST_INCOME);
    e.pair(line(split.principal, LineKind::Principal), code::LOANS_TO_MEMBERS);
}

/// A loan given: the loan to the member up, cash out.
pub fn disbursement(e: &mut Entry, member_id: i64, loan_id: i64, principal: Money) {
    e.pair(Line::new(code::LOANS_TO_MEMBERS, principal, LineKind::Disbursement).member(member_id).loan(loan_id), code::CASH);
}

/// The fund a grant is for; each has its own account (a grant with no fund is income).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrantFund {
    Income,
    RevolvingFund,
    CommunityInvestmentFund,
    VillageFundCapital,
    WelfareFund,
}

/// The head of an expense.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExpenseHead {
    Meeting,
    Stationery,
    Travel,
    Honorarium,
    Training,
    Other,
}

/// A receipt or payment of the group itself (not of one member).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupEvent {
    BankDeposit,
    BankWithdrawal,
    BankLoanReceived,
    BankLoanRepaid,
    BankLoanInterest,
    BankInterest,
    BankCharges,
    MembershipFee,
    OtherIncome,
    /// Grants arrive in the bank account (RF, CIF and village-fund capital are bank transfers).
    Grant(GrantFund),
    Expense(ExpenseHead),
    /// Issue 16: community investment fund repaid to the village organisation (the SHG's CIF
    /// payable down, cash out).
    CifRepaid,
    /// Issue 16: interest on CIF paid to the village organisation (an expense, cash out).
    CifInterest,
}

/// One group receipt or payment with its amount and note.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupLine {
    pub event: GroupEvent,
    pub amount: Money,
    pub note: String,
}

/// The lines of one group receipt or payment.
pub fn group(e: &mut Entry, g: &GroupLine) {
    let line = |account: &str, kind: LineKind| Line::new(account, g.amount, kind).note(&g.note);
    let (debit, credit) = match g.event {
        GroupEvent::BankDeposit => (line(code::BANK, LineKind::BankDeposit), code::CASH),
        GroupEvent::BankWithdrawal => (line(code::CASH, LineKind::BankWithdrawal), code::BANK),
        GroupEvent::BankLoanReceived => (line(code::BANK, LineKind::BankLoanReceived), code::BANK_LOAN),
        GroupEvent::BankLoanRepaid => (line(code::BANK_LOAN, LineKind::BankLoanRepaid), code::CASH),
        GroupEvent::BankLoanInterest => (line(code::BANK_LOAN_INTEREST, LineKind::BankLoanInterest), code::CASH),
        GroupEvent::BankInterest => (line(code::BANK, LineKind::BankInterest), code::BANK_INTEREST_INCOME),
        GroupEvent::BankCharges => (line(code::BANK_CHARGES, LineKind::Expense), code::BANK),
        GroupEvent::MembershipFee => (line(code::CASH, LineKind::MembershipFee), code::MEMBERSHIP_FEE_INCOME),
        GroupEvent::OtherIncome => (line(code::CASH, LineKind::OtherIncome), code::OTHER_INCOME),
        GroupEvent::CifRepaid => (line(code::CIF_PAYABLE, LineKind::CifRepaid), code::CASH),
        GroupEvent::CifInterest => (line(code::CIF_INTEREST, LineKind::CifInterest), code::CASH),
        GroupEvent::Grant(fund) => {
            let account = match fund {
                GrantFund::Income => code::GRANT_INCOME,
                GrantFund::RevolvingFund => code::REVOLVING_FUND,
                GrantFund::CommunityInvestmentFund => code::CIF_PAYABLE,
                GrantFund::VillageFundCapital => code::VILLAGE_FUND_CAPITAL,
                GrantFund::WelfareFund => code::WELFARE_FUND,
            };
            (line(code::BANK, LineKind::Grant), account)
        }
        GroupEvent::Expense(head) => {
            let account = match head {
                ExpenseHead::Meeting => code::MEETING_EXPENSE,
                ExpenseHead::Stationery => code::STATIONERY_EXPENSE,
                ExpenseHead::Travel => code::TRAVEL_EXPENSE,
                ExpenseHead::Honorarium => code::HONORARIUM_EXPENSE,
                ExpenseHead::Training => code::TRAINING_EXPENSE,
                ExpenseHead::Other => code::OTHER_EXPENSE,
            };
            (line(account, LineKind::Expense), code::CASH)
        }
    };
    e.pair(debit, credit);
}

/// Cash counted at close against the book: a shortage is an expense, an excess income, so the
/// book shows the difference rather than hiding it.
pub fn cash_difference(e: &mut Entry, diff: Money) {
    if diff.is_negative() {
        e.pair(Line::new(code::CASH_SHORTAGE, -diff, LineKind::CashShortage), code::CASH);
    } else if diff.is_positive() {
        e.pair(Line::new(code::CASH, diff, LineKind::CashExcess), code::CASH_EXCESS);
    }
}

/// What one member brought to or took from a meeting.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberFlows {
    pub member_id: i64,
    /// How the member is named in a refusal ("M03 Sunita Devi").
    pub label: String,
    pub savings: Money,
    pub withdrawal: Money,
    /// The member's savings at the end of the meeting's day before this meeting (needed only
    /// when `withdrawal` is positive).
    pub savings_held: Money,
    pub fine: Money,
    /// What the member paid for shares bought at the meeting (a whole number of shares).
    pub shares: Money,
    /// A VSLA member's social-fund contribution (issue 14).
    pub social_fund: Money,
    /// A fine charged and owed (the member was absent), not cash at this meeting.
    pub fine_owed: Money,
    /// Fines owed from earlier meetings, paid at this one.
    pub owed_fine_paid: Money,
    /// The loan repaid and the repayment's split by the by-laws' order.
    pub repayment: Option<(i64, RepaymentSplit)>,
}

/// A loan given at a meeting or between meetings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NewLoan {
    pub member_id: i64,
    pub loan_id: i64,
    pub principal: Money,
}

/// A meeting as typed and parsed: the members' rows, the loans given, the group's own lines and
/// the cash counted at close.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingDraft {
    pub date: NaiveDate,
    pub members: Vec<MemberFlows>,
    pub loans: Vec<NewLoan>,
    pub group: Vec<GroupLine>,
    pub cash_counted: Option<Money>,
}

/// What the meeting rule needs from the book, as of the end of the meeting's day before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MeetingFacts {
    /// Cash in hand (needed only when cash was counted).
    pub cash_held: Money,
    /// What the group owes the bank (needed only when a bank loan is repaid).
    pub bank_loan_owed: Money,
    /// What the group owes its village organisation's community investment fund (needed only
    /// when CIF is repaid).
    pub cif_owed: Money,
}

/// Where in a meeting a refusal belongs, so the form can show it beside its cause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A member's row (by its position in the draft) and which of its amounts.
    Member(usize, MemberField),
    /// A group receipt or payment (by its position).
    Group(usize),
    /// The meeting as a whole.
    Meeting,
}

/// The amounts of a member's row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberField {
    Savings,
    Withdrawal,
    Fine,
    Repayment,
}

/// A refusal of a posting rule and where it belongs.
#[derive(Debug, Clone, PartialEq)]
pub struct Refused {
    pub place: Place,
    pub error: Refusal,
}

/// A meeting's voucher (none when it moves no money) and the cash difference posted.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingPosting {
    pub entry: Option<BalancedEntry>,
    pub cash_difference: Option<Money>,
}

/// The rule of a meeting: each member's saving, withdrawal (never above what the member holds),
/// fine and repayment in the register's order; the loans given; the group's receipts and
/// payments (the bank loan, and the CIF an SHG owes its village organisation, never repaid above
/// what is owed, counting what was received today);
/// and the difference between the cash counted and the book.
pub fn meeting(d: &MeetingDraft, f: &MeetingFacts) -> std::result::Result<MeetingPosting, Refused> {
    let mut e = Entry::new(d.date, VoucherKind::Meeting, "");
    for (row, m) in d.members.iter().enumerate() {
        saving(&mut e, m.member_id, m.savings);
        if m.withdrawal.is_positive() {
            let balance = m.savings_held + m.savings;
            if m.withdrawal > balance {
                let error = Refusal::WithdrawalAboveSavings { member: m.label.clone(), amount: m.withdrawal, balance };
                return Err(Refused { place: Place::Member(row, MemberField::Withdrawal), error });
            }
            withdrawal(&mut e, m.member_id, m.withdrawal);
        }
        attendance_fine(&mut e, m.member_id, m.fine);
        share_purchase(&mut e, m.member_id, m.shares);
        social_fund(&mut e, m.member_id, m.social_fund);
        fine_owed(&mut e, m.member_id, m.fine_owed);
        owed_fine_paid(&mut e, m.member_id, m.owed_fine_paid);
        if let Some((loan_id, split)) = &m.repayment {
            repayment(&mut e, m.member_id, *loan_id, split);
        }
    }
    for l in &d.loans {
        disbursement(&mut e, l.member_id, l.loan_id, l.principal);
    }
    for g in &d.group {
        group(&mut e, g);
    }
    let sum = |event: GroupEvent| d.group.iter().filter(|g| g.event == event).map(|g| g.amount).sum::<Money>();
    let repaid = sum(GroupEvent::BankLoanRepaid);
    if repaid.is_positive() {
        let owed = f.bank_loan_owed + sum(GroupEvent::BankLoanReceived);
        if repaid > owed {
            let row = d.group.iter().rposition(|g| g.event == GroupEvent::BankLoanRepaid).unwrap_or(0);
            return Err(Refused { place: Place::Group(row), error: Refusal::BankLoanAboveOwed { amount: repaid, owed } });
        }
    }
    let cif_repaid = sum(GroupEvent::CifRepaid);
    if cif_repaid.is_positive() {
        let received = d.group.iter().filter(|g| g.event == GroupEvent::Grant(GrantFund::CommunityInvestmentFund)).map(|g| g.amount).sum::<Money>();
        let owed = f.cif_owed + received;
        if cif_repaid > owed {
            let row = d.group.iter().rposition(|g| g.event == GroupEvent::CifRepaid).unwrap_or(0);
            return Err(Refused { place: Place::Group(row), error: Refusal::CifAboveOwed { amount: cif_repaid, owed } });
        }
    }
    let mut diff = None;
    if let Some(counted) = d.cash_counted {
        let book = f.cash_held + e.lines.iter().filter(|l| l.account == code::CASH).map(|l| l.amount).sum::<Money>();
        let difference = counted - book;
        cash_difference(&mut e, difference);
        diff = Some(difference);
    }
    let entry = if e.lines.is_empty() { None } else { Some(e.balance().map_err(|error| Refused { place: Place::Meeting, error })?) };
    Ok(MeetingPosting { entry, cash_difference: diff })
}

/// A loan given between meetings: its own voucher.
pub fn loan_given(date: NaiveDate, l: &NewLoan) -> Result<BalancedEntry> {
    let mut e = Entry::new(date, VoucherKind::Disbursement, "");
    disbursement(&mut e, l.member_id, l.loan_id, l.principal);
    e.balance()
}

/// A repayment between meetings: its own voucher.
pub fn loan_repaid(date: NaiveDate, member_id: i64, loan_id: i64, split: &RepaymentSplit) -> Result<BalancedEntry> {
    let mut e = Entry::new(date, VoucherKind::Repayment, "");
    repayment(&mut e, member_id, loan_id, split);
    e.balance()
}

/// Balances brought over from the paper books at the cut-off date.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Opening {
    pub cash: Money,
    pub bank: Money,
    /// Each member's savings.
    pub savings: Vec<(i64, Money)>,
    /// Each member's paid-up shares (share capital: equity, not savings).
    pub shares: Vec<(i64, Money)>,
    /// Each running loan (member, loan, outstanding principal).
    pub loans: Vec<NewLoan>,
    pub bank_loan: Money,
    /// The fund's capital and the account it is kept in (revolving fund, village-fund capital…).
    pub fund_capital: (&'static str, Money),
    /// The surplus as stated on paper (a deficit is negative); `None`: what balances the rest.
    pub surplus: Option<Money>,
}

/// The opening voucher: assets as debits, what the group owes (members' savings, the bank loan,
/// the fund's capital) as credits, and the surplus — stated, or whatever balances the rest (so a
/// stated surplus that does not agree with the other figures is refused as unbalanced).
pub fn opening(date: NaiveDate, o: &Opening) -> Result<BalancedEntry> {
    let mut e = Entry::new(date, VoucherKind::Opening, "");
    e.push(Line::new(code::CASH, o.cash, LineKind::Opening));
    e.push(Line::new(code::BANK, o.bank, LineKind::Opening));
    for (member_id, amount) in &o.savings {
        e.push(Line::new(code::MEMBER_SAVINGS, -*amount, LineKind::Opening).member(*member_id));
    }
    for (member_id, amount) in &o.shares {
        e.push(Line::new(code::SHARE_CAPITAL, -*amount, LineKind::Opening).member(*member_id));
    }
    for l in &o.loans {
        e.push(Line::new(code::LOANS_TO_MEMBERS, l.principal, LineKind::Opening).member(l.member_id).loan(l.loan_id));
    }
    e.push(Line::new(code::BANK_LOAN, -o.bank_loan, LineKind::Opening));
    e.push(Line::new(o.fund_capital.0, -o.fund_capital.1, LineKind::Opening));
    let surplus = match o.surplus {
        Some(s) => s,
        None => e.imbalance(),
    };
    e.push(Line::new(code::SURPLUS, -surplus, LineKind::Opening));
    e.balance()
}

/// One balance a close brings to zero: the account, its sub-ledger keys and the balance (debit
/// positive) at the year's end.
#[derive(Debug, Clone, PartialEq)]
pub struct ClosingBalance {
    pub account: String,
    pub member_id: Option<i64>,
    pub loan_id: Option<i64>,
    pub balance: Money,
}

/// Closing the year's income and expenditure: each balance reversed to zero, the net result
/// (a surplus credited, a deficit debited) carried to the accumulated surplus.
pub fn close_income(date: NaiveDate, balances: &[ClosingBalance]) -> Result<BalancedEntry> {
    let mut e = Entry::new(date, VoucherKind::Payment, "");
    for b in balances {
        let mut l = Line::new(&b.account, -b.balance, LineKind::YearClose);
        l.member_id = b.member_id;
        l.loan_id = b.loan_id;
        e.push(l);
    }
    let result = e.imbalance();
    e.push(Line::new(code::SURPLUS, -result, LineKind::YearClose));
    e.balance()
}

/// A credit to one member from the year's surplus (a dividend), and where it goes: the
/// member's savings or a dividend payable to be paid in cash at a meeting.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberCredit {
    pub member_id: i64,
    pub account: &'static str,
    pub amount: Money,
}

/// The appropriation of the surplus: the accumulated surplus debited with what goes to each fund
/// and each member; the rounding residual is not debited, so it stays in the surplus.
pub fn appropriation(date: NaiveDate, funds: &[(&'static str, Money)], members: &[MemberCredit]) -> Result<BalancedEntry> {
    let mut e = Entry::new(date, VoucherKind::Payment, "");
    for (account, amount) in funds {
        e.pair(Line::new(code::SURPLUS, *amount, LineKind::Appropriation), account);
    }
    for c in members {
        let credit = Line::new(c.account, -c.amount, LineKind::Dividend).member(c.member_id);
        e.push(Line::new(code::SURPLUS, c.amount, LineKind::Dividend));
        e.push(credit);
    }
    e.balance()
}

/// Dividends and average-returns a close kept as payable, paid out in cash at a meeting: each
/// member's payable debited, cash credited by the same amount.
pub fn dividend_paid(date: NaiveDate, members: &[(i64, Money)]) -> Result<BalancedEntry> {
    let mut e = Entry::new(date, VoucherKind::Payment, "");
    for (member_id, amount) in members {
        e.push(Line::new(code::DIVIDEND_PAYABLE, *amount, LineKind::DividendPaid).member(*member_id));
        e.push(Line::new(code::CASH, -*amount, LineKind::DividendPaid));
    }
    e.balance()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::money::Currency;

    /// An amount as written in the worked example (a leading minus for a credit).
    fn inr(s: &str) -> Money {
        match s.strip_prefix('-') {
            Some(abs) => -Money::parse_plain(abs, Currency::Inr).unwrap(),
            None => Money::parse_plain(s, Currency::Inr).unwrap(),
        }
    }
    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 5, 4).unwrap()
    }
    /// The sum of an entry's lines on one account (debits positive).
    fn on(e: &BalancedEntry, account: &str) -> Money {
        e.entry().lines.iter().filter(|l| l.account == account).map(|l| l.amount).sum()
    }
    fn member(id: i64, savings: &str, fine: &str) -> MemberFlows {
        MemberFlows { member_id: id, label: format!("M{id:02}"), savings: inr(savings), withdrawal: Money::ZERO, savings_held: Money::ZERO, fine: inr(fine), shares: Money::ZERO, social_fund: Money::ZERO, fine_owed: Money::ZERO, owed_fine_paid: Money::ZERO, repayment: None }
    }

    #[test]
    fn fines_of_a_weekly_meeting_are_group_income() {
        // domain.md §4.2: 15 members, a ₹5 fine for absence without notice; 2 absent without
        // notice and 1 with notice (no fine) -> fine income ₹10, cash up ₹10 (no savings typed).
        let members: Vec<_> = (1..=15).map(|i| member(i, "0", if i <= 2 { "5" } else { "0" })).collect();
        let d = MeetingDraft { date: day(), members, loans: vec![], group: vec![], cash_counted: None };
        let p = meeting(&d, &MeetingFacts::default()).unwrap();
        let e = p.entry.unwrap();
        assert_eq!(on(&e, code::FINE_INCOME), inr("-10"));
        assert_eq!(on(&e, code::CASH), inr("10"));
        assert_eq!(on(&e, code::MEMBER_SAVINGS), Money::ZERO);
        assert_eq!(e.entry().lines.len(), 4, "two fines, a debit and a credit each");
    }

    #[test]
    fn an_emi_repayment_is_split_into_interest_income_and_principal() {
        // domain.md §4.1: ₹10,000 at 2% a month, EMI 1,113.27; month 1 = 200.00 interest +
        // 913.27 principal. Cash +1,113.27; interest income 200.00 (credit); the loan -913.27.
        let split = RepaymentSplit { fine: Money::ZERO, interest: inr("200.00"), principal: inr("913.27") };
        let e = loan_repaid(day(), 3, 7, &split).unwrap();
        assert_eq!(on(&e, code::CASH), inr("1113.27"));
        assert_eq!(on(&e, code::INTEREST_INCOME), inr("-200.00"));
        assert_eq!(on(&e, code::LOANS_TO_MEMBERS), inr("-913.27"));
        assert!(e.entry().lines.iter().all(|l| l.loan_id == Some(7) && l.member_id == Some(3)));
        assert_eq!(e.entry().kind, VoucherKind::Repayment);
    }

    #[test]
    fn a_loan_given_moves_cash_to_the_members_loan() {
        let e = loan_given(day(), &NewLoan { member_id: 2, loan_id: 9, principal: inr("10000") }).unwrap();
        assert_eq!(on(&e, code::LOANS_TO_MEMBERS), inr("10000"));
        assert_eq!(on(&e, code::CASH), inr("-10000"));
    }

    #[test]
    fn a_withdrawal_above_what_the_member_holds_is_refused() {
        // Held ₹500 before the meeting, saves ₹50 at it: ₹550 may be withdrawn, ₹550.01 not.
        let mut m = member(4, "50", "0");
        m.savings_held = inr("500");
        m.withdrawal = inr("550");
        let d = MeetingDraft { date: day(), members: vec![m.clone()], loans: vec![], group: vec![], cash_counted: None };
        let e = meeting(&d, &MeetingFacts { cash_held: inr("1000"), ..Default::default() }).unwrap().entry.unwrap();
        assert_eq!(on(&e, code::MEMBER_SAVINGS), inr("500"), "50 saved, 550 withdrawn: savings down 500");
        m.withdrawal = inr("550.01");
        let d = MeetingDraft { members: vec![m], ..d };
        match meeting(&d, &MeetingFacts::default()) {
            Err(Refused { place: Place::Member(0, MemberField::Withdrawal), error: Refusal::WithdrawalAboveSavings { member, amount, balance } }) => {
                assert_eq!((member.as_str(), amount, balance), ("M04", inr("550.01"), inr("550")));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn cash_counted_short_is_posted_as_a_shortage() {
        // Book cash 1,000 before; ₹300 saved and a ₹2,000 bank withdrawal at the meeting -> the
        // book says 3,300. Counted 3,250: a shortage of 50 (expense), cash down 50.
        let d = MeetingDraft {
            date: day(),
            members: vec![member(1, "300", "0")],
            loans: vec![],
            group: vec![GroupLine { event: GroupEvent::BankWithdrawal, amount: inr("2000"), note: String::new() }],
            cash_counted: Some(inr("3250")),
        };
        let p = meeting(&d, &MeetingFacts { cash_held: inr("1000"), ..Default::default() }).unwrap();
        assert_eq!(p.cash_difference, Some(inr("-50")));
        let e = p.entry.unwrap();
        assert_eq!(on(&e, code::CASH_SHORTAGE), inr("50"));
        assert_eq!(on(&e, code::CASH), inr("2250"), "300 + 2,000 - 50");
        assert_eq!(on(&e, code::BANK), inr("-2000"));
    }

    #[test]
    fn the_bank_loan_is_never_repaid_above_what_is_owed() {
        // Owes 5,000; receives 1,000 more today: 6,000 may be repaid, 6,000.01 not.
        let g = |event, amount: &str| GroupLine { event, amount: inr(amount), note: String::new() };
        let facts = MeetingFacts { cash_held: inr("10000"), bank_loan_owed: inr("5000"), ..Default::default() };
        let d = MeetingDraft { date: day(), members: vec![], loans: vec![], group: vec![g(GroupEvent::BankLoanReceived, "1000"), g(GroupEvent::BankLoanRepaid, "6000")], cash_counted: None };
        assert!(meeting(&d, &facts).is_ok());
        let d = MeetingDraft { group: vec![g(GroupEvent::BankLoanReceived, "1000"), g(GroupEvent::BankLoanRepaid, "6000.01")], ..d };
        assert!(matches!(meeting(&d, &facts), Err(Refused { place: Place::Group(1), error: Refusal::BankLoanAboveOwed { .. } })));
    }

    #[test]
    fn cif_is_never_repaid_above_what_the_group_owes_its_village_organisation() {
        // Owes the VO 5,000 of CIF; receives 1,000 more CIF today: 6,000 may be repaid (in two
        // lines, 4,000 + 2,000), 6,000.01 not, and the refusal belongs to the last CIF line.
        let g = |event, amount: &str| GroupLine { event, amount: inr(amount), note: String::new() };
        let facts = MeetingFacts { cash_held: inr("10000"), cif_owed: inr("5000"), ..Default::default() };
        let cif_in = GroupEvent::Grant(GrantFund::CommunityInvestmentFund);
        let d = MeetingDraft { date: day(), members: vec![], loans: vec![], group: vec![g(cif_in, "1000"), g(GroupEvent::CifRepaid, "4000"), g(GroupEvent::CifRepaid, "2000")], cash_counted: None };
        assert!(meeting(&d, &facts).is_ok());
        let d = MeetingDraft { group: vec![g(cif_in, "1000"), g(GroupEvent::CifRepaid, "4000"), g(GroupEvent::CifRepaid, "2000.01")], ..d };
        match meeting(&d, &facts) {
            Err(Refused { place: Place::Group(2), error: Refusal::CifAboveOwed { amount, owed } }) => {
                assert_eq!((amount, owed), (inr("6000.01"), inr("6000")));
            }
            other => panic!("expected CifAboveOwed on line 2, got {other:?}"),
        }
        // Nothing owed and nothing received: any repayment is refused.
        let d = MeetingDraft { group: vec![g(GroupEvent::CifRepaid, "0.01")], ..d };
        assert!(matches!(meeting(&d, &MeetingFacts::default()), Err(Refused { error: Refusal::CifAboveOwed { .. }, .. })));
    }

    #[test]
    fn a_meeting_that_moves_no_money_makes_no_voucher() {
        let d = MeetingDraft { date: day(), members: vec![member(1, "0", "0")], loans: vec![], group: vec![], cash_counted: None };
        assert_eq!(meeting(&d, &MeetingFacts::default()).unwrap(), MeetingPosting { entry: None, cash_difference: None });
    }

    #[test]
    fn grants_arrive_in_the_bank_and_go_to_their_fund() {
        let mut e = Entry::new(day(), VoucherKind::Meeting, "");
        group(&mut e, &GroupLine { event: GroupEvent::Grant(GrantFund::RevolvingFund), amount: inr("15000"), note: "RF".into() });
        let e = e.balance().unwrap();
        assert_eq!(on(&e, code::BANK), inr("15000"));
        assert_eq!(on(&e, code::REVOLVING_FUND), inr("-15000"));
    }

    #[test]
    fn the_opening_surplus_balances_the_rest_or_is_checked() {
        // Cash 1,200 + bank 36,000 + a loan of 5,000 = 42,200 of assets; savings 36,000 and the
        // RF 15,000 owed: surplus = 42,200 - 51,000 = -8,800 (a deficit, debited).
        let o = Opening {
            cash: inr("1200"),
            bank: inr("36000"),
            savings: vec![(1, inr("20000")), (2, inr("16000"))],
            shares: vec![],
            loans: vec![NewLoan { member_id: 1, loan_id: 1, principal: inr("5000") }],
            bank_loan: Money::ZERO,
            fund_capital: (code::REVOLVING_FUND, inr("15000")),
            surplus: None,
        };
        let e = opening(day(), &o).unwrap();
        assert_eq!(on(&e, code::SURPLUS), inr("8800"));
        assert_eq!(on(&e, code::MEMBER_SAVINGS), inr("-36000"));
        // Stated as it is on paper, it agrees; stated wrong, the voucher does not balance.
        assert!(opening(day(), &Opening { surplus: Some(inr("-8800")), ..o.clone() }).is_ok());
        assert!(matches!(opening(day(), &Opening { surplus: Some(inr("8800")), ..o }), Err(Refusal::UnbalancedVoucher { .. })));
    }
}
