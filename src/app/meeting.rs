//! Recording a meeting: attendance, each member's savings, withdrawals, repayments and fines,
//! new loans, group receipts and payments, minutes, and the cash counted at close, as one
//! voucher saved in one transaction.

use super::input::{amount, choice, date, opt_amount, Ctx};
use super::loans::{disbursement_lines, new_loan_terms, repayment_lines, LoanInput};
use super::{active_member, check_entry_date, label, org_of, policy_on};
use crate::domain::ledger::{code, Entry, Line, LineKind, VoucherKind};
use crate::domain::money::Money;
use crate::domain::org::{Attendance, Organisation};
use crate::error::{Error, Result};
use crate::store::{Book, NewAct, NewMeeting, Store, VoucherMeta, VoucherRef};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// One member's row of the meeting grid. Amounts are decimal strings in any digits.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingMemberRow {
    /// Admission number.
    pub member: String,
    pub attendance: String,
    #[serde(default)]
    pub savings: Option<String>,
    #[serde(default)]
    pub withdrawal: Option<String>,
    /// Amount repaid, allocated to fine, interest and principal by the by-laws' order.
    #[serde(default)]
    pub repayment: Option<String>,
    /// Which loan the repayment is for (loan number); defaults to the member's oldest loan still
    /// outstanding on the meeting's date.
    #[serde(default)]
    pub loan: Option<String>,
    /// Attendance fine; when left out, the by-laws' fine for the attendance mark.
    #[serde(default)]
    pub fine: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupLineInput {
    /// bank-deposit, bank-withdrawal, bank-loan-received, bank-loan-repaid, bank-loan-interest,
    /// bank-interest, bank-charges, grant, membership-fee, other-income, expense
    pub kind: String,
    pub amount: String,
    /// For a grant: revolving-fund, community-investment-fund, village-fund-capital,
    /// welfare-fund or grant (income). For an expense: meeting, stationery, travel,
    /// honorarium, training, other.
    #[serde(default)]
    pub head: Option<String>,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinutesInput {
    #[serde(default)]
    pub agenda: Vec<String>,
    #[serde(default)]
    pub resolutions: Vec<String>,
}

/// A meeting as the treasurer records it (the format of `samuh meeting record --file`, and what
/// the desktop UI sends; documented in docs/meeting-format.md).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingInput {
    pub org: String,
    pub date: String,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub client_id: Option<String>,
    #[serde(default)]
    pub members: Vec<MeetingMemberRow>,
    #[serde(default)]
    pub loans: Vec<LoanInput>,
    #[serde(default)]
    pub group: Vec<GroupLineInput>,
    #[serde(default)]
    pub minutes: MinutesInput,
    #[serde(default)]
    pub cash_counted: Option<String>,
}

/// What a save answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub org: String,
    pub voucher_id: i64,
    /// "2025-26/0012": fiscal year and gapless number.
    pub voucher: String,
    pub fiscal_year: i32,
    pub number: i64,
    pub hash: String,
    #[serde(default)]
    pub meeting_number: Option<i64>,
    #[serde(default)]
    pub loans: Vec<i64>,
    /// Counted minus book cash at close (positive: excess), when cash was counted.
    #[serde(default)]
    pub cash_difference: Option<String>,
    /// True when this answer replays an earlier save with the same client id.
    pub already_recorded: bool,
    /// The book code of the chain head after this save ("7K2M-9QXD"), printed in the minutes
    /// and on passbook pages; empty in answers stored before book codes existed.
    #[serde(default)]
    pub book_code: String,
}

impl Saved {
    pub(crate) fn voucher(b: &Book<'_>, org: &Organisation, v: &VoucherRef, meeting_number: Option<i64>, already: bool) -> Result<Saved> {
        let book_code = super::head_code(b, org.id)?;
        let fy = crate::domain::org::FiscalYear { start_year: v.fiscal_year, start_month: org.fiscal_start_month, start_day: org.fiscal_start_day };
        Ok(Saved {
            org: org.code.clone(),
            voucher_id: v.id,
            voucher: format!("{}/{:04}", fy.label(), v.number),
            fiscal_year: v.fiscal_year,
            number: v.number,
            hash: v.hash.clone(),
            meeting_number,
            loans: Vec::new(),
            cash_difference: None,
            already_recorded: already,
            book_code,
        })
    }
    pub(crate) fn to_json(&self) -> String {
        serde_json::to_string(self).expect("Saved serialises")
    }
}

/// The stored answer of a replayed command, marked as already recorded.
pub(crate) fn replayed(result: &str) -> Result<Saved> {
    let mut s: Saved = serde_json::from_str(result).map_err(|e| Error::Database { detail: e.to_string() })?;
    s.already_recorded = true;
    Ok(s)
}

/// Records a whole meeting as one voucher, in one transaction. Any error leaves the book as it was.
pub fn meeting_record(store: &mut Store, ctx: &Ctx, i: &MeetingInput) -> Result<Saved> {
    let on = date("meeting-date", &i.date, ctx)?;
    let who = super::people::identify(store, ctx)?;
    store.write(|b| {
        let org = super::org_of(b, &i.org)?;
        who.may_record(Some(&org))?;
        let saved = meeting_in(b, ctx, i, on)?;
        if !saved.already_recorded {
            // Loans given at the meeting above the approval threshold need a second person.
            let threshold = super::people::approval_threshold(&super::policy_on(b, &org, on)?);
            let mut loans = Vec::new();
            for n in &saved.loans {
                let loan = b.loan_by_number(org.id, *n)?.ok_or_else(|| Error::UnknownLoan { loan: n.to_string() })?;
                let approved_by = if loan.terms.principal > threshold { who.approval(&org, "loan")? } else { None };
                loans.push((loan.id, approved_by));
            }
            who.log(b, ctx, NewAct { voucher_id: Some(saved.voucher_id), ..super::people::act(&org, "meeting", on) })?;
            for (loan_id, approved_by) in loans {
                who.log(b, ctx, NewAct { voucher_id: Some(saved.voucher_id), loan_id: Some(loan_id), approved_by, ..super::people::act(&org, "loan", on) })?;
            }
        }
        Ok(saved)
    })
}

/// The body of `meeting_record` on a transaction the caller owns (a save, or the preview's
/// dry run that is always rolled back).
pub(crate) fn meeting_in(b: &Book<'_>, ctx: &Ctx, i: &MeetingInput, on: chrono::NaiveDate) -> Result<Saved> {
    {
        let org = org_of(b, &i.org)?;
        if let Some(cid) = &i.client_id {
            if let Some(result) = b.command_result(cid, "meeting_record", &super::command_digest("meeting_record", i))? {
                return replayed(&result);
            }
        }
        check_entry_date(b, &org, on, ctx.today)?;
        if b.standing_meeting_on(org.id, on)?.is_some() {
            return Err(Error::MeetingAlreadyRecorded { date: on });
        }
        let policy = policy_on(b, &org, on)?;
        let c = org.currency;

        // Validate every row before anything is written.
        let mut seen = HashSet::new();
        let mut attendance = Vec::new();
        let mut rows = Vec::new();
        for r in &i.members {
            let m = active_member(b, &org, &r.member, on)?;
            if !seen.insert(m.id) {
                return Err(Error::MemberListedTwice { member: label(&m) });
            }
            let a = choice("attendance", &r.attendance, Attendance::from_code)?;
            let savings = opt_amount("savings", &r.savings, c)?;
            let withdrawal = opt_amount("withdrawal", &r.withdrawal, c)?;
            let repayment = opt_amount("repayment", &r.repayment, c)?;
            let fine = match r.fine.as_deref().map(str::trim) {
                None | Some("") => policy.attendance_fine(a),
                Some(s) => amount("fine", s, c)?,
            };
            attendance.push((m.id, a));
            rows.push((m, r, savings, withdrawal, repayment, fine));
        }
        let mut minutes: Vec<(String, String)> = Vec::new();
        minutes.extend(i.minutes.agenda.iter().filter(|t| !t.trim().is_empty()).map(|t| ("agenda".to_string(), t.trim().to_string())));
        minutes.extend(i.minutes.resolutions.iter().filter(|t| !t.trim().is_empty()).map(|t| ("resolution".to_string(), t.trim().to_string())));
        let cash_counted = match i.cash_counted.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(s) => Some(amount("cash-counted", s, c)?),
        };

        let (meeting_id, meeting_number) = b.insert_meeting(&NewMeeting {
            org_id: org.id,
            date: on,
            place: i.place.trim(),
            cash_counted,
            cash_book: None,
            client_id: i.client_id.as_deref(),
            recorded_at: &ctx.now,
            attendance: &attendance,
            minutes: &minutes,
        })?;

        let mut e = Entry::new(on, VoucherKind::Meeting, "");
        for (m, r, savings, withdrawal, repayment, fine) in &rows {
            e.pair(Line::new(code::CASH, *savings, LineKind::Saving).member(m.id), code::MEMBER_SAVINGS);
            if withdrawal.is_positive() {
                let balance = -b.account_balance(org.id, code::MEMBER_SAVINGS, Some(m.id), None, Some(on))? + *savings;
                if *withdrawal > balance {
                    return Err(Error::WithdrawalAboveSavings { member: label(m), amount: *withdrawal, balance });
                }
                e.pair(Line::new(code::MEMBER_SAVINGS, *withdrawal, LineKind::Withdrawal).member(m.id), code::CASH);
            }
            e.pair(Line::new(code::CASH, *fine, LineKind::AttendanceFine).member(m.id), code::FINE_INCOME);
            if repayment.is_positive() {
                let loan = super::loans::loan_for_repayment(b, &org, m, r.loan.as_deref(), on)?;
                repayment_lines(b, &policy, &loan, m, *repayment, on, &mut e)?;
            }
        }
        let mut loan_numbers = Vec::new();
        for l in &i.loans {
            let borrower = active_member(b, &org, &l.member, on)?;
            let (terms, fund, guarantors) = new_loan_terms(b, &org, &policy, &borrower, l, on, ctx)?;
            let (loan_id, number) = b.insert_loan(org.id, borrower.id, fund, &terms, l.purpose.trim(), Some(policy.id), Some(meeting_id), false, &guarantors)?;
            disbursement_lines(&borrower, loan_id, terms.principal, &mut e);
            loan_numbers.push(number);
        }
        for g in &i.group {
            group_lines(&org, g, &mut e)?;
        }
        // The group cannot repay the bank more than it owes (including a loan received today).
        let repaid: Money = e.lines.iter().filter(|l| l.account == code::BANK_LOAN && l.kind == LineKind::BankLoanRepaid).map(|l| l.amount).sum();
        if repaid.is_positive() {
            let owed = -b.account_balance(org.id, code::BANK_LOAN, None, None, Some(on))?
                - e.lines.iter().filter(|l| l.account == code::BANK_LOAN && l.kind == LineKind::BankLoanReceived).map(|l| l.amount).sum::<Money>();
            if repaid > owed {
                return Err(Error::BankLoanAboveOwed { amount: repaid, owed });
            }
        }

        // Cash counted at close: the difference from the book is posted, so the book shows it.
        let mut cash_difference = None;
        if let Some(counted) = cash_counted {
            let book_cash = b.account_balance(org.id, code::CASH, None, None, Some(on))?
                + e.lines.iter().filter(|l| l.account == code::CASH).map(|l| l.amount).sum::<Money>();
            let diff = counted - book_cash;
            if diff.is_negative() {
                e.pair(Line::new(code::CASH_SHORTAGE, -diff, LineKind::CashShortage), code::CASH);
            } else if diff.is_positive() {
                e.pair(Line::new(code::CASH, diff, LineKind::CashExcess), code::CASH_EXCESS);
            }
            cash_difference = Some(diff.to_plain());
        }

        let v = if e.lines.is_empty() {
            None
        } else {
            let balanced = e.balance()?;
            Some(b.append_voucher(&org, &balanced, &VoucherMeta { meeting_id: Some(meeting_id), client_id: i.client_id.as_deref(), recorded_at: &ctx.now, ..Default::default() })?)
        };
        ensure_not_below_zero(b, &org, on)?;
        let mut saved = match &v {
            Some(v) => Saved::voucher(b, &org, v, Some(meeting_number), false)?,
            // A meeting with attendance and minutes only moves no money and makes no voucher.
            None => Saved {
                org: org.code.clone(),
                voucher_id: 0,
                voucher: String::new(),
                fiscal_year: org.fiscal_year(on).start_year,
                number: 0,
                hash: b.last_hash(org.id)?,
                meeting_number: Some(meeting_number),
                loans: Vec::new(),
                cash_difference: None,
                already_recorded: false,
                book_code: super::head_code(b, org.id)?,
            },
        };
        saved.loans = loan_numbers;
        saved.cash_difference = cash_difference;
        if let Some(cid) = &i.client_id {
            b.log_command(cid, "meeting_record", &super::command_digest("meeting_record", i), &saved.to_json(), &ctx.now)?;
        }
        Ok(saved)
    }
}

/// Refuses (and so rolls back) a save that would leave cash in hand or the bank balance below
/// zero at the end of the entry's day or any later day.
pub(crate) fn ensure_not_below_zero(b: &Book<'_>, org: &Organisation, from: chrono::NaiveDate) -> Result<()> {
    if let Some((day, low)) = b.lowest_daily_balance(org.id, code::CASH, from)? {
        if low.is_negative() {
            return Err(Error::CashBelowZero { date: day, shortfall: -low });
        }
    }
    if let Some((day, low)) = b.lowest_daily_balance(org.id, code::BANK, from)? {
        if low.is_negative() {
            return Err(Error::BankBelowZero { date: day, shortfall: -low });
        }
    }
    Ok(())
}

/// The lines of one group-level receipt or payment.
fn group_lines(org: &Organisation, g: &GroupLineInput, e: &mut Entry) -> Result<()> {
    let amt = amount("amount", &g.amount, org.currency)?;
    let note = g.note.trim();
    let head = g.head.as_deref().map(str::trim).unwrap_or("");
    let line = |account: &str, kind: LineKind| Line::new(account, amt, kind).note(note);
    match g.kind.trim() {
        "bank-deposit" => e.pair(line(code::BANK, LineKind::BankDeposit), code::CASH),
        "bank-withdrawal" => e.pair(line(code::CASH, LineKind::BankWithdrawal), code::BANK),
        "bank-loan-received" => e.pair(line(code::BANK, LineKind::BankLoanReceived), code::BANK_LOAN),
        "bank-loan-repaid" => e.pair(line(code::BANK_LOAN, LineKind::BankLoanRepaid), code::CASH),
        "bank-loan-interest" => e.pair(line(code::BANK_LOAN_INTEREST, LineKind::BankLoanInterest), code::CASH),
        "bank-interest" => e.pair(line(code::BANK, LineKind::BankInterest), code::BANK_INTEREST_INCOME),
        "bank-charges" => e.pair(line(code::BANK_CHARGES, LineKind::Expense), code::BANK),
        "membership-fee" => e.pair(line(code::CASH, LineKind::MembershipFee), code::MEMBERSHIP_FEE_INCOME),
        "other-income" => e.pair(line(code::CASH, LineKind::OtherIncome), code::OTHER_INCOME),
        "grant" => {
            let account = match head {
                "" | "grant" => code::GRANT_INCOME,
                "revolving-fund" if has_account(org, code::REVOLVING_FUND) => code::REVOLVING_FUND,
                "community-investment-fund" if has_account(org, code::CIF_PAYABLE) => code::CIF_PAYABLE,
                "village-fund-capital" if has_account(org, code::VILLAGE_FUND_CAPITAL) => code::VILLAGE_FUND_CAPITAL,
                "welfare-fund" => code::WELFARE_FUND,
                other => return Err(Error::InvalidChoice { field: "fund".into(), value: other.to_string() }),
            };
            // Grants arrive in the bank account (RF, CIF and village-fund capital are bank transfers).
            e.pair(line(code::BANK, LineKind::Grant), account)
        }
        "expense" => {
            let account = match head {
                "meeting" => code::MEETING_EXPENSE,
                "stationery" => code::STATIONERY_EXPENSE,
                "travel" => code::TRAVEL_EXPENSE,
                "honorarium" => code::HONORARIUM_EXPENSE,
                "training" => code::TRAINING_EXPENSE,
                "" | "other" => code::OTHER_EXPENSE,
                other => return Err(Error::InvalidChoice { field: "kind".into(), value: other.to_string() }),
            };
            e.pair(line(account, LineKind::Expense), code::CASH)
        }
        other => return Err(Error::InvalidChoice { field: "kind".into(), value: other.to_string() }),
    };
    Ok(())
}

fn has_account(org: &Organisation, code: &str) -> bool {
    crate::domain::ledger::chart_for(org.kind).iter().any(|a| a.code == code)
}
