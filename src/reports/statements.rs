//! Financial statements: trial balance, receipts and payments, income and expenditure, and the
//! balance sheet, all summed from the journal lines.

use super::{account_msg, line_msg, org_title, Books, Cell, CellKind as K, Msg, Report, ReportPeriod, Section};
use crate::domain::ledger::{code, AccountType, Line, LineKind, VoucherKind};
use crate::domain::money::Money;
use crate::error::Arg;

/// Trial balance as of the end of the period: every account with a balance, debit or credit.
/// The totals are equal because every voucher balances to exactly zero.
pub fn trial_balance(b: &Books<'_>) -> Report {
    let balances: Vec<(String, Money)> = b.account_balances(b.to).into_iter().map(|(c, _, m)| (c.to_string(), m)).collect();
    trial_balance_of(b.org, b.to, &balances)
}

/// The trial balance from each account's balance on `as_of`, listed in the chart's order
/// whatever order they come in. The same report as `trial_balance`, for callers that already
/// hold the sums (the store computes them in SQL for a large book without reading every
/// voucher, in the order the accounts were opened: one a year's close opened comes last there).
pub fn trial_balance_of(org: &crate::domain::org::Organisation, as_of: chrono::NaiveDate, balances: &[(String, Money)]) -> Report {
    let mut r = Report::new("trial-balance", org_title("trial-balance"), org, ReportPeriod::AsOf(as_of));
    let mut s = Section::new(None, &[("col-account", K::Text), ("col-debit", K::Money), ("col-credit", K::Money)]);
    let (mut dr, mut cr) = (Money::ZERO, Money::ZERO);
    let chart = super::full_chart(org.kind);
    let mut balances: Vec<&(String, Money)> = balances.iter().collect();
    balances.sort_by_key(|(c, _)| chart.iter().position(|a| a.code == c.as_str()).unwrap_or(usize::MAX));
    for (code, bal) in balances {
        let (code, bal) = (code.as_str(), *bal);
        if bal.is_zero() {
            continue;
        }
        if bal.is_positive() {
            dr += bal;
            s.rows.push(vec![account_msg(code), Cell::Money(bal), Cell::Empty]);
        } else {
            cr -= bal;
            s.rows.push(vec![account_msg(code), Cell::Empty, Cell::Money(-bal)]);
        }
    }
    s.totals = Some(vec![Cell::msg("row-total"), Cell::Money(dr), Cell::Money(cr)]);
    r.sections.push(s);
    r
}

fn is_money(l: &Line) -> bool {
    l.account == code::CASH || l.account == code::BANK
}

/// The receipts head a line belongs to (Some) or the payments head (None side), by what the
/// money was for. Grants and expenses are named by the account they were posted to.
fn head(l: &Line) -> (bool, Cell) {
    use LineKind::*;
    match l.kind {
        Saving | Principal | Interest | BankLoanReceived | MembershipFee | OtherIncome | BankInterest | CashExcess | SharePurchase => (true, line_msg(l.kind)),
        LoanFine | AttendanceFine => (true, Cell::msg("head-fines")),
        Grant => (true, account_msg(&l.account)),
        SocialFund => (true, line_msg(l.kind)),
        // A share-out pays capital and profit out; a loss taken back into the surplus is a credit.
        ShareOut => (l.amount.is_negative(), line_msg(l.kind)),
        Disbursement | Withdrawal | BankLoanRepaid | BankLoanInterest | CashShortage | CifRepaid | CifInterest | DividendPaid | ShareReturn => (false, line_msg(l.kind)),
        Expense => (false, account_msg(&l.account)),
        // Issue 15 (welfare): levies and fees in; a payout's parts and benefits out (the admin
        // share and a settlement owed move no cash: their two lines net to zero under one head).
        Levy | WelfareFee => (true, line_msg(l.kind)),
        AdminShare | DebtSettled | WelfarePayout | WelfareBenefit => (false, line_msg(l.kind)),
        // A close moves no cash; these never meet cash or bank lines in one voucher.
        Opening | BankDeposit | BankWithdrawal | Reversal | YearClose | Appropriation | Dividend => {
            if l.amount.is_negative() {
                (true, Cell::msg("head-other-receipts"))
            } else {
                (false, Cell::msg("head-other-payments"))
            }
        }
    }
}

/// Receipts and payments for the period (the NRLM monthly format): opening cash and bank,
/// receipts by head, payments by head, closing cash and bank.
///
/// Read per voucher: each line not on cash or bank is the other side of money received (a
/// credit) or paid (a debit). Transfers between cash and bank are contra entries with no other
/// side, so they are excluded on both sides. A reversal lowers the head of what it reverses, so
/// a reversed receipt nets to zero under its head. The opening voucher is not a receipt: its
/// cash and bank lines count in the opening balances.
pub fn receipts_payments(b: &Books<'_>) -> Report {
    let mut r = Report::new("receipts-payments", org_title("receipts-payments"), b.org, b.range());
    let cols = [("col-head", K::Text), ("col-amount", K::Money)];
    let opening_vouchers = |v: &crate::store::StoredVoucher| v.kind == VoucherKind::Opening;
    let opening_of = |acct: &str| -> Money {
        b.lines().filter(|(v, l)| l.account == acct && (v.date < b.from || opening_vouchers(v))).map(|(_, l)| l.amount).sum()
    };
    let (open_cash, open_bank) = (opening_of(code::CASH), opening_of(code::BANK));
    let mut receipts: Vec<(Cell, Money)> = Vec::new();
    let mut payments: Vec<(Cell, Money)> = Vec::new();
    // A year's close (and its reversal) moves no money: none of its lines is a receipt or payment.
    let closing = |l: &Line| matches!(l.kind, LineKind::YearClose | LineKind::Appropriation | LineKind::Dividend);
    for (_, l) in b.period_lines().filter(|(v, l)| !opening_vouchers(v) && !is_money(l) && !closing(l)) {
        let (is_receipt, h) = head(l);
        let (list, amt) = if is_receipt { (&mut receipts, -l.amount) } else { (&mut payments, l.amount) };
        match list.iter_mut().find(|(c, _)| *c == h) {
            Some((_, m)) => *m += amt,
            None => list.push((h, amt)),
        }
    }
    let total_receipts: Money = receipts.iter().map(|(_, m)| *m).sum();
    let total_payments: Money = payments.iter().map(|(_, m)| *m).sum();
    let close_cash = b.lines().filter(|(_, l)| l.account == code::CASH).map(|(_, l)| l.amount).sum::<Money>();
    let close_bank = b.lines().filter(|(_, l)| l.account == code::BANK).map(|(_, l)| l.amount).sum::<Money>();

    let mut rec = Section::new(Some(Msg::new("section-receipts")), &cols);
    rec.rows.push(vec![Cell::msg("row-opening-cash"), Cell::Money(open_cash)]);
    rec.rows.push(vec![Cell::msg("row-opening-bank"), Cell::Money(open_bank)]);
    rec.rows.extend(receipts.into_iter().map(|(h, m)| vec![h, Cell::Money(m)]));
    rec.totals = Some(vec![Cell::msg("row-total"), Cell::Money(open_cash + open_bank + total_receipts)]);

    let mut pay = Section::new(Some(Msg::new("section-payments")), &cols);
    pay.rows.extend(payments.into_iter().map(|(h, m)| vec![h, Cell::Money(m)]));
    pay.rows.push(vec![Cell::msg("row-closing-cash"), Cell::Money(close_cash)]);
    pay.rows.push(vec![Cell::msg("row-closing-bank"), Cell::Money(close_bank)]);
    pay.totals = Some(vec![Cell::msg("row-total"), Cell::Money(total_payments + close_cash + close_bank)]);
    pay.notes.push(Msg::new("note-contra-excluded"));
    r.sections.push(rec);
    r.sections.push(pay);
    r
}

/// Income and expenditure for the period: each income and expense account, and the surplus
/// (or deficit) of income over expenditure.
pub fn income_expenditure(b: &Books<'_>) -> Report {
    let mut r = Report::new("income-expenditure", org_title("income-expenditure"), b.org, b.range());
    let (income, expense) = income_and_expense(b, b.from);
    let cols = [("col-account", K::Text), ("col-amount", K::Money)];
    let mut inc = Section::new(Some(Msg::new("section-income")), &cols);
    inc.rows.extend(income.iter().map(|(c, m)| vec![account_msg(c), Cell::Money(*m)]));
    let ti: Money = income.iter().map(|(_, m)| *m).sum();
    inc.totals = Some(vec![Cell::msg("row-total-income"), Cell::Money(ti)]);
    let mut exp = Section::new(Some(Msg::new("section-expenditure")), &cols);
    exp.rows.extend(expense.iter().map(|(c, m)| vec![account_msg(c), Cell::Money(*m)]));
    let te: Money = expense.iter().map(|(_, m)| *m).sum();
    exp.totals = Some(vec![Cell::msg("row-total-expenditure"), Cell::Money(te)]);
    let surplus = ti - te;
    exp.notes.push(if surplus.is_negative() {
        Msg::new("note-deficit").arg("amount", Arg::Money(-surplus))
    } else {
        Msg::new("note-surplus").arg("amount", Arg::Money(surplus))
    });
    let mut res = Section::new(None, &cols);
    res.rows.push(vec![Cell::msg(if surplus.is_negative() { "row-deficit" } else { "row-surplus" }), Cell::Money(surplus.abs())]);
    r.sections.push(inc);
    r.sections.push(exp);
    r.sections.push(res);
    r
}

/// Income (credit positive) and expense (debit positive) per account, from `from` to `to`,
/// only accounts with movement.
fn income_and_expense(b: &Books<'_>, from: chrono::NaiveDate) -> (Vec<(&'static str, Money)>, Vec<(&'static str, Money)>) {
    let chart = crate::domain::ledger::full_chart(b.org.kind);
    // The close of a year is not income or expense of it: its lines are left out.
    let sum = |acct: &str| -> Money { b.lines().filter(|(v, l)| v.date >= from && l.account == acct && l.kind != LineKind::YearClose).map(|(_, l)| l.amount).sum() };
    let mut income = Vec::new();
    let mut expense = Vec::new();
    for a in chart {
        match a.kind {
            AccountType::Income => {
                let m = -sum(a.code);
                if !m.is_zero() {
                    income.push((a.code, m));
                }
            }
            AccountType::Expense => {
                let m = sum(a.code);
                if !m.is_zero() {
                    expense.push((a.code, m));
                }
            }
            _ => {}
        }
    }
    (income, expense)
}

/// Balance sheet as of the end of the period: liabilities and funds against assets.
///
/// No year-end closing vouchers are posted, so the surplus is shown as the accumulated surplus
/// of earlier years (the surplus account plus income less expenses before this fiscal year)
/// and the surplus of this fiscal year to date, both computed from the journal.
pub fn balance_sheet(b: &Books<'_>) -> Report {
    let mut r = Report::new("balance-sheet", org_title("balance-sheet"), b.org, ReportPeriod::AsOf(b.to));
    let cols = [("col-account", K::Text), ("col-amount", K::Money)];
    let fy_start = b.org.fiscal_year(b.to).start();
    let balances = b.account_balances(b.to);
    let before_fy = b.account_balances(fy_start.pred_opt().unwrap_or(fy_start));
    let net_result = |bals: &[(&'static str, AccountType, Money)]| -> Money {
        // Income and expenses net: a credit (negative) balance is a surplus.
        -bals.iter().filter(|(_, t, _)| matches!(t, AccountType::Income | AccountType::Expense)).map(|(_, _, m)| *m).sum::<Money>()
    };
    let surplus_to_date = net_result(&balances);
    let surplus_before = if fy_start > b.to { Money::ZERO } else { net_result(&before_fy) };
    let current = surplus_to_date - surplus_before;

    let mut liab = Section::new(Some(Msg::new("section-liabilities")), &cols);
    let mut total_l = Money::ZERO;
    for (code, t, bal) in &balances {
        if !matches!(t, AccountType::Liability | AccountType::Equity) {
            continue;
        }
        let mut amount = -*bal;
        if *code == code::SURPLUS {
            amount += surplus_before;
        }
        total_l += amount;
        if !amount.is_zero() || matches!(*code, code::MEMBER_SAVINGS | code::SURPLUS) {
            liab.rows.push(vec![account_msg(code), Cell::Money(amount)]);
        }
    }
    liab.rows.push(vec![Cell::msg("row-surplus-for-year"), Cell::Money(current)]);
    total_l += current;
    liab.totals = Some(vec![Cell::msg("row-total"), Cell::Money(total_l)]);

    let mut assets = Section::new(Some(Msg::new("section-assets")), &cols);
    let mut total_a = Money::ZERO;
    for (code, t, bal) in &balances {
        if *t != AccountType::Asset {
            continue;
        }
        total_a += *bal;
        // Fines owed appear only when some are owed (most groups collect at the meeting).
        if *code == code::FINES_RECEIVABLE && bal.is_zero() {
            continue;
        }
        assets.rows.push(vec![account_msg(code), Cell::Money(*bal)]);
    }
    assets.totals = Some(vec![Cell::msg("row-total"), Cell::Money(total_a)]);
    if total_a != total_l {
        assets.notes.push(Msg::new("note-out-of-balance").arg("difference", Arg::Money(total_a - total_l)));
    }
    r.sections.push(liab);
    r.sections.push(assets);
    r
}
