//! A receipt for every payer (issue 15): what each member paid in one voucher (a meeting's, or a
//! repayment or fine paid between meetings) and where her accounts stand after it. Members trust
//! what they can hold; the receipt is drawn from the voucher's own lines and the journal before
//! it, never from a stored total.

use crate::domain::ledger::{code, LineKind};
use crate::domain::money::{Currency, Money};
use crate::domain::org::{FiscalYear, Member, Organisation};
use crate::store::StoredVoucher;
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};

/// One thing paid: what for (a `LineKind`), the loan it went to, and how much.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceiptItem {
    pub kind: LineKind,
    pub loan: Option<i64>,
    pub amount: Money,
}

/// One member's acknowledgement of what she paid in one voucher.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    pub org_name: String,
    pub currency: Currency,
    pub member_no: String,
    pub member_name: String,
    pub date: NaiveDate,
    /// The voucher as the books number it: "2025-26/0012".
    pub voucher: String,
    pub items: Vec<ReceiptItem>,
    pub total: Money,
    /// Savings after this voucher.
    pub savings_after: Money,
    /// Each of her loans (by number) with principal still outstanding after this voucher, or
    /// repaid in it (shown at zero so she sees it closed).
    pub loans_after: Vec<(i64, Money)>,
    /// Fines charged while absent and not yet paid, after this voucher.
    pub fines_owed_after: Money,
}

/// The order items are printed in: savings first, then each loan's principal, interest and
/// late fine, then fines and fees.
fn rank(k: LineKind) -> u8 {
    match k {
        LineKind::Saving => 0,
        LineKind::SharePurchase => 1,
        LineKind::Principal => 2,
        LineKind::Interest => 3,
        LineKind::LoanFine => 4,
        LineKind::AttendanceFine => 5,
        LineKind::MembershipFee => 6,
        _ => 7,
    }
}

/// The label the books give a voucher: "2025-26/0012".
pub fn voucher_label(org: &Organisation, v: &StoredVoucher) -> String {
    let fy = FiscalYear { start_year: v.fiscal_year, start_month: org.fiscal_start_month, start_day: org.fiscal_start_day };
    format!("{}/{:04}", fy.label(), v.number)
}

/// The receipts of voucher `of`: one per member with money paid in (cash or bank debited with
/// her as the payer), in admission order. `all` is every voucher of the organisation (the
/// balances after are summed from those up to and including `of`); `loan_numbers` maps loan
/// ids to their numbers. A reversed voucher, or a reversal, has no receipts.
pub fn receipts(org: &Organisation, members: &[Member], all: &[StoredVoucher], of: &StoredVoucher, loan_numbers: &HashMap<i64, i64>) -> Vec<Receipt> {
    if of.reversed_by.is_some() || of.reverses_id.is_some() {
        return Vec::new();
    }
    let mut paid: BTreeMap<i64, Vec<ReceiptItem>> = BTreeMap::new();
    for l in &of.lines {
        let Some(m) = l.member_id else { continue };
        if (l.account == code::CASH || l.account == code::BANK) && l.amount.is_positive() {
            paid.entry(m).or_default().push(ReceiptItem { kind: l.kind, loan: l.loan_id.and_then(|id| loan_numbers.get(&id).copied()), amount: l.amount });
        }
    }
    // Vouchers standing before or with this one: an earlier date, or the same date and written
    // no later.
    let before: Vec<&StoredVoucher> = all.iter().filter(|v| v.date < of.date || (v.date == of.date && v.id <= of.id)).collect();
    let mut out = Vec::new();
    let mut ordered: Vec<&Member> = members.iter().filter(|m| paid.contains_key(&m.id)).collect();
    ordered.sort_by(|a, b| natural(&a.admission_no).cmp(&natural(&b.admission_no)));
    for m in ordered {
        let mut items = paid.remove(&m.id).unwrap_or_default();
        // Loans first by number, savings (no loan) ahead of them.
        items.sort_by_key(|i| (i.loan.is_some(), i.loan.unwrap_or(0), rank(i.kind)));
        let total = items.iter().map(|i| i.amount).sum();
        let mut savings = Money::ZERO;
        let mut fines = Money::ZERO;
        let mut loans: BTreeMap<i64, Money> = BTreeMap::new();
        for v in &before {
            for l in v.lines.iter().filter(|l| l.member_id == Some(m.id)) {
                match l.account.as_str() {
                    code::MEMBER_SAVINGS => savings -= l.amount,
                    code::FINES_RECEIVABLE => fines += l.amount,
                    code::LOANS_TO_MEMBERS => {
                        if let Some(no) = l.loan_id.and_then(|id| loan_numbers.get(&id)) {
                            *loans.entry(*no).or_insert(Money::ZERO) += l.amount;
                        }
                    }
                    _ => {}
                }
            }
        }
        let touched: Vec<i64> = items.iter().filter_map(|i| i.loan).collect();
        let loans_after = loans.into_iter().filter(|(no, bal)| !bal.is_zero() || touched.contains(no)).collect();
        out.push(Receipt {
            org_name: org.name.clone(),
            currency: org.currency,
            member_no: m.admission_no.clone(),
            member_name: m.name.clone(),
            date: of.date,
            voucher: voucher_label(org, of),
            items,
            total,
            savings_after: savings,
            loans_after,
            fines_owed_after: fines,
        });
    }
    out
}

/// Admission numbers in the order people count them ("2" before "10").
fn natural(s: &str) -> (usize, String) {
    let digits = s.trim_start_matches(|c: char| !c.is_ascii_digit());
    (digits.len(), s.to_string())
}
