//! Recording a meeting: attendance, each member's savings, withdrawals, repayments and fines,
//! new loans, group receipts and payments, minutes, and the cash counted at close, as one
//! voucher saved in one transaction.

pub(crate) mod screen; // issue 12
pub(crate) mod corrections;

use super::input::{amount, choice, date, opt_amount, At, Ctx, FieldRefusal};
use super::loans::{new_loan_terms, LoanInput};
use super::saved::{ensure_not_below_zero, Answer, Saved};
use super::{active_member, check_entry_date, label, org_of, policy_on};
use crate::domain::ledger::code;
use crate::domain::posting;
use crate::domain::money::Money;
use crate::domain::org::{Attendance, Organisation};
use crate::error::{Error, Result};
use crate::store::{AgendaRecord, Book, NewAct, NewMeeting, Store, VoucherMeta};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// One member's row of the meeting grid. Amounts are decimal strings in any digits.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
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
    /// Attendance fine; when left out, the by-laws' fine for the attendance mark, which for an
    /// absent member is owed (she is not there to pay it), not cash received.
    #[serde(default)]
    pub fine: Option<String>,
    /// Shares bought at the meeting: a whole number of them, at the share price of the day
    /// (kinds that keep shares only).
    #[serde(default)]
    pub shares: Option<String>,
    /// A VSLA member's social-fund contribution at the meeting (issue 14; VSLA groups only).
    #[serde(default)]
    pub social_fund: Option<String>,
    /// Fines owed from earlier meetings, paid at this one.
    #[serde(default)]
    pub fines_paid: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct GroupLineInput {
    /// bank-deposit, bank-withdrawal, bank-loan-received, bank-loan-repaid, bank-loan-interest,
    /// bank-interest, bank-charges, grant, membership-fee, other-income, expense, cif-repaid,
    /// cif-interest (an SHG repaying community investment fund to its village organisation, and
    /// paying interest on it)
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

#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct MinutesInput {
    #[serde(default)]
    pub agenda: Vec<String>,
    #[serde(default)]
    pub resolutions: Vec<String>,
    /// The previous meeting's decisions, each marked at this one (issue 12; seed 001's agenda).
    #[serde(default)]
    pub decisions: Vec<DecisionReview>,
    /// Loans given one to three months before: were they used for their stated purpose?
    #[serde(default)]
    pub loan_uses: Vec<LoanUseInput>,
}

/// A decision of an earlier meeting and what became of it: `done`, `pending` (asked again at
/// the next meeting) or `dropped`; left empty, nothing is recorded for it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct DecisionReview {
    pub decision: String,
    #[serde(default)]
    pub status: String,
}

/// Whether a loan (its number) was used for its stated purpose: `yes`, `partly` or `no`, with a
/// note; left empty, nothing is recorded and it is asked again at the next meeting.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct LoanUseInput {
    pub loan: String,
    #[serde(default)]
    pub answer: String,
    #[serde(default)]
    pub note: String,
}

/// The agenda's answers as the book keeps them, checked: each refusal on its box
/// (`minutes.decisions.K.status`, `minutes.loan_uses.K.answer`...).
fn agenda_items(b: &Book<'_>, org: &Organisation, m: &MinutesInput) -> std::result::Result<Vec<AgendaRecord>, FieldRefusal> {
    let mut out = Vec::new();
    for (k, d) in m.decisions.iter().enumerate() {
        let status = d.status.trim();
        if status.is_empty() {
            continue;
        }
        if !["done", "pending", "dropped"].contains(&status) {
            return Err(Error::InvalidChoice { field: "status".into(), value: status.to_string() }).at(|| format!("minutes.decisions.{k}.status"));
        }
        let text = super::input::free_text_up_to("minutes", d.decision.trim(), super::input::MAX_MINUTES).at(|| format!("minutes.decisions.{k}.decision"))?;
        out.push(AgendaRecord { item: "decision".into(), decision: text, loan_id: None, answer: status.into(), note: String::new() });
    }
    for (k, u) in m.loan_uses.iter().enumerate() {
        let answer = u.answer.trim();
        if answer.is_empty() {
            continue;
        }
        let field = |f: &str| format!("minutes.loan_uses.{k}.{f}");
        let loan = u.loan.trim().parse::<i64>().ok().map(|n| b.loan_by_number(org.id, n)).transpose()?.flatten();
        let loan = loan.ok_or_else(|| Error::UnknownLoan { loan: u.loan.trim().to_string() }).at(|| field("loan"))?;
        if !["yes", "partly", "no"].contains(&answer) {
            return Err(Error::InvalidChoice { field: "answer".into(), value: answer.to_string() }).at(|| field("answer"));
        }
        let note = super::input::free_text("note", u.note.trim()).at(|| field("note"))?;
        out.push(AgendaRecord { item: "loan-use".into(), decision: String::new(), loan_id: Some(loan.id), answer: answer.into(), note });
    }
    Ok(out)
}

/// A meeting as the treasurer records it (the format of `samuh meeting record --file`, and what
/// the desktop UI sends; documented in docs/meeting-format.md).
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
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

/// Records a whole meeting as one voucher, in one transaction. Any error leaves the book as it was.
pub fn meeting_record(store: &mut Store, ctx: &Ctx, i: &MeetingInput) -> Result<Saved> {
    let on = date("meeting-date", &i.date, ctx)?;
    let who = super::people::identify(store, ctx)?;
    store.write(|b| {
        let org = super::org_of(b, &i.org)?;
        who.may_record(Some(&org))?;
        let mut saved = meeting_in(b, ctx, i, on)?;
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
            // Who recorded it is part of the records the code covers: the code is the book's
            // after the whole save, and so is the answer kept for a retry.
            saved.book_code = super::head_code(b, org.id)?;
            if let Some(cid) = &i.client_id {
                b.log_command(cid, "meeting_record", &super::command_digest("meeting_record", i), &saved.to_log(), &ctx.now)?;
            }
        }
        Ok(saved)
    })
}

/// The body of `meeting_record` on a transaction the caller owns (a save, or the preview's
/// dry run that is always rolled back).
pub(crate) fn meeting_in(b: &Book<'_>, ctx: &Ctx, i: &MeetingInput, on: chrono::NaiveDate) -> Result<Saved> {
    meeting_at(b, ctx, i, on).map_err(Error::from)
}

/// `meeting_in`, with each refusal placed on the field of the form that caused it.
pub(crate) fn meeting_at(b: &Book<'_>, ctx: &Ctx, i: &MeetingInput, on: chrono::NaiveDate) -> std::result::Result<Saved, FieldRefusal> {
    meeting_posted(b, ctx, i, on, true)
}

/// `meeting_at`, with the check that cash and bank stay above zero left to the caller when
/// `check_cash` is false: the preview's dry run reads the meeting's cash figures first (the
/// footer shows them even when the cash falls short) and then makes the same check itself.
pub(crate) fn meeting_posted(b: &Book<'_>, ctx: &Ctx, i: &MeetingInput, on: chrono::NaiveDate, check_cash: bool) -> std::result::Result<Saved, FieldRefusal> {
    {
        let date_field = || "date".to_string();
        let org = org_of(b, &i.org)?;
        if let Some(cid) = &i.client_id {
            if let Some(result) = b.command_result(cid, "meeting_record", &super::command_digest("meeting_record", i))? {
                return Ok(Saved::from_log(&result)?);
            }
        }
        check_entry_date(b, &org, on, ctx.today).at(date_field)?;
        if b.standing_meeting_on(org.id, on)?.is_some() {
            return Err(Error::MeetingAlreadyRecorded { date: on }).at(date_field);
        }
        let policy = policy_on(b, &org, on).at(date_field)?;
        let c = org.currency;
        let place = super::input::name_text("place", &i.place, super::input::MAX_NAME).at(|| "place".into())?;

        // Validate every row before anything is written.
        let mut seen = HashSet::new();
        let mut attendance = Vec::new();
        let mut rows = Vec::new();
        for (k, r) in i.members.iter().enumerate() {
            let field = |name: &str| format!("members.{k}.{name}");
            let m = active_member(b, &org, &r.member, on).at(|| field("member"))?;
            if !seen.insert(m.id) {
                return Err(Error::MemberListedTwice { member: label(&m) }).at(|| field("member"));
            }
            // Nothing marked is her attendance not yet taken, not a wrong code (said as such).
            if r.attendance.trim().is_empty() {
                return Err(Error::AttendanceNotMarked { member: label(&m) }).at(|| field("attendance"));
            }
            let a = choice("attendance", &r.attendance, Attendance::from_code).at(|| field("attendance"))?;
            let savings = opt_amount("savings", &r.savings, c).at(|| field("savings"))?;
            let withdrawal = opt_amount("withdrawal", &r.withdrawal, c).at(|| field("withdrawal"))?;
            let repayment = opt_amount("repayment", &r.repayment, c).at(|| field("repayment"))?;
            let (fine, fine_owed) = match r.fine.as_deref().map(str::trim) {
                None | Some("") if a == Attendance::Absent => (Money::ZERO, policy.attendance_fine(a)),
                None | Some("") => (policy.attendance_fine(a), Money::ZERO),
                Some(s) => (amount("fine", s, c).at(|| field("fine"))?, Money::ZERO),
            };
            let shares = super::yearend::shares_amount(b, &org, &label(&m), r.shares.as_deref().unwrap_or(""), on).at(|| field("shares"))?;
            let fines_paid = opt_amount("fine", &r.fines_paid, c).at(|| field("fines_paid"))?;
            let social_fund = opt_amount("social-fund", &r.social_fund, c).at(|| field("social_fund"))?;
            if social_fund.is_positive() && !super::vsla::is_vsla(&org) {
                return Err(Error::NotVsla { org: org.code.clone() }).at(|| field("social_fund"));
            }
            // The by-laws fix one contribution a meeting for everyone (docs/vsla.md); another
            // amount is a slip of the pen, not a choice.
            if social_fund.is_positive() {
                if let Some(due) = super::vsla::social_fund_due(b, &org, on)? {
                    if social_fund != due {
                        return Err(Error::SocialFundNotByLaw { member: label(&m), amount: social_fund, due }).at(|| field("social_fund"));
                    }
                }
            }
            if fines_paid.is_positive() {
                let owed = super::events::fines_owed(b, &org, m.id, on)?;
                if owed.is_zero() {
                    return Err(Error::NoFineOwed { member: label(&m) }).at(|| field("fines_paid"));
                }
                if fines_paid > owed {
                    return Err(Error::FinePaymentAboveOwed { member: label(&m), amount: fines_paid, owed }).at(|| field("fines_paid"));
                }
            }
            if (fine_owed + fines_paid).is_positive() {
                b.ensure_account(&org, code::FINES_RECEIVABLE)?;
            }
            attendance.push((m.id, a));
            rows.push((m, r, savings, withdrawal, repayment, fine, (shares, social_fund), fine_owed, fines_paid));
        }
        for t in i.minutes.agenda.iter().chain(&i.minutes.resolutions) {
            super::input::free_text_up_to("minutes", t, super::input::MAX_MINUTES).at(|| "minutes".into())?;
        }
        let mut minutes: Vec<(String, String)> = Vec::new();
        minutes.extend(i.minutes.agenda.iter().filter(|t| !t.trim().is_empty()).map(|t| ("agenda".to_string(), t.trim().to_string())));
        minutes.extend(i.minutes.resolutions.iter().filter(|t| !t.trim().is_empty()).map(|t| ("resolution".to_string(), t.trim().to_string())));
        let cash_counted = match i.cash_counted.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(s) => Some(amount("cash-counted", s, c).at(|| "cash_counted".into())?),
        };
        let agenda = agenda_items(b, &org, &i.minutes)?;

        let (meeting_id, meeting_number) = b.insert_meeting(&NewMeeting {
            org_id: org.id,
            date: on,
            place: &place,
            cash_counted,
            cash_book: None,
            client_id: i.client_id.as_deref(),
            recorded_at: &ctx.now,
            attendance: &attendance,
            minutes: &minutes,
        })?;
        b.insert_agenda(meeting_id, &agenda)?;

        // The facts the posting rule needs, read before it runs: each member's savings (for a
        // withdrawal), the split of each repayment by the dues of its day, the loans given.
        let mut members = Vec::new();
        for (k, (m, r, savings, withdrawal, repayment, fine, (shares, social_fund), fine_owed, fines_paid)) in rows.iter().enumerate() {
            let field = || format!("members.{k}.repayment");
            let savings_held = if withdrawal.is_positive() { -b.account_balance(org.id, code::MEMBER_SAVINGS, Some(m.id), None, Some(on))? } else { Money::ZERO };
            let repayment = if repayment.is_positive() {
                let loan = super::loans::loan_for_repayment(b, &org, m, r.loan.as_deref(), on).at(field)?;
                Some((loan.id, super::loans::repayment_split(b, &policy, &loan, m, *repayment, on).at(field)?))
            } else {
                None
            };
            members.push(posting::MemberFlows { member_id: m.id, label: label(m), savings: *savings, withdrawal: *withdrawal, savings_held, fine: *fine, shares: *shares, social_fund: *social_fund, fine_owed: *fine_owed, owed_fine_paid: *fines_paid, repayment });
        }
        let mut loans = Vec::new();
        let mut loan_numbers = Vec::new();
        let mut loan_rows: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        let mut loan_funds = Vec::new();
        for (k, l) in i.loans.iter().enumerate() {
            let borrower = active_member(b, &org, &l.member, on).at(|| format!("loans.{k}.member"))?;
            let (terms, fund, guarantors) = new_loan_terms(b, &org, &policy, &borrower, l, on, ctx).map_err(|r| r.within(&format!("loans.{k}")))?;
            // Two new loans of one member in one meeting must differ in something (amount,
            // terms, fund, guarantors or purpose): an identical row is the same loan typed twice
            // (docs/input-rules.md, "One loan, one row").
            let mut sorted_guarantors = guarantors.clone();
            sorted_guarantors.sort_unstable();
            let key = format!("{}|{terms:?}|{fund:?}|{sorted_guarantors:?}|{}", borrower.id, l.purpose.trim());
            if let Some(first) = loan_rows.insert(key, k + 1) {
                return Err(Error::MeetingLoanTwice { member: label(&borrower), first: first as i64, second: k as i64 + 1 }).at(|| format!("loans.{k}"));
            }
            let (loan_id, number) = b.insert_loan(org.id, borrower.id, fund, &terms, l.purpose.trim(), Some(policy.id), Some(meeting_id), false, &guarantors)?;
            loans.push(posting::NewLoan { member_id: borrower.id, loan_id, principal: terms.principal });
            loan_funds.push((fund, terms.principal));
            loan_numbers.push(number);
        }
        let group = i.group.iter().enumerate().map(|(k, g)| group_line(&org, g).map_err(|r| r.within(&format!("group.{k}")))).collect::<std::result::Result<Vec<_>, _>>()?;
        if group.iter().any(|g| g.event == posting::GroupEvent::CifInterest) {
            // The interest head is opened on first use (not in the chart a book starts with).
            b.ensure_accounts(org.id, &crate::domain::ledger::cif_accounts())?;
        }
        let draft = posting::MeetingDraft { date: on, members, loans, group, cash_counted };
        let facts = posting::MeetingFacts {
            cash_held: if cash_counted.is_some() { b.account_balance(org.id, code::CASH, None, None, Some(on))? } else { Money::ZERO },
            bank_loan_owed: if draft.group.iter().any(|g| g.event == posting::GroupEvent::BankLoanRepaid) { -b.account_balance(org.id, code::BANK_LOAN, None, None, Some(on))? } else { Money::ZERO },
            cif_owed: if draft.group.iter().any(|g| g.event == posting::GroupEvent::CifRepaid) { -b.account_balance(org.id, code::CIF_PAYABLE, None, None, Some(on))? } else { Money::ZERO },
        };
        let posted = posting::meeting(&draft, &facts).map_err(|r| {
            let field = match r.place {
                posting::Place::Member(k, f) => format!("members.{k}.{}", match f {
                    posting::MemberField::Savings => "savings",
                    posting::MemberField::Withdrawal => "withdrawal",
                    posting::MemberField::Fine => "fine",
                    posting::MemberField::Repayment => "repayment",
                }),
                posting::Place::Group(k) => format!("group.{k}.amount"),
                posting::Place::Meeting => "form".into(),
            };
            FieldRefusal { field, error: r.error.into() }
        })?;
        let cash_difference = posted.cash_difference.map(Money::to_plain);
        let v = match &posted.entry {
            None => None,
            Some(balanced) => Some(b.append_voucher(&org, balanced, &VoucherMeta { meeting_id: Some(meeting_id), client_id: i.client_id.as_deref(), recorded_at: &ctx.now, ..Default::default() })?),
        };
        super::events::ensure_funds_cover(b, &org, &loan_funds, on)?;
        if check_cash {
            ensure_not_below_zero(b, &org, on)?;
        }
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
        Ok(saved)
    }
}


/// One group-level receipt or payment as the posting rule takes it: its kind and fund or head
/// read from the input (a fund the organisation's chart lacks is refused).
fn group_line(org: &Organisation, g: &GroupLineInput) -> std::result::Result<posting::GroupLine, FieldRefusal> {
    use posting::{ExpenseHead, GrantFund, GroupEvent};
    let amount = amount("amount", &g.amount, org.currency).at(|| "amount".into())?;
    let note = super::input::free_text("note", &g.note).at(|| "note".into())?;
    let head = g.head.as_deref().map(str::trim).unwrap_or("");
    let event = match g.kind.trim() {
        "bank-deposit" => GroupEvent::BankDeposit,
        "bank-withdrawal" => GroupEvent::BankWithdrawal,
        "bank-loan-received" => GroupEvent::BankLoanReceived,
        "bank-loan-repaid" => GroupEvent::BankLoanRepaid,
        "bank-loan-interest" => GroupEvent::BankLoanInterest,
        "bank-interest" => GroupEvent::BankInterest,
        "bank-charges" => GroupEvent::BankCharges,
        "membership-fee" => GroupEvent::MembershipFee,
        "other-income" => GroupEvent::OtherIncome,
        "cif-repaid" if has_account(org, code::CIF_PAYABLE) => GroupEvent::CifRepaid,
        "cif-interest" if has_account(org, code::CIF_PAYABLE) => GroupEvent::CifInterest,
        "grant" => GroupEvent::Grant(match head {
            "" | "grant" => GrantFund::Income,
            "revolving-fund" if has_account(org, code::REVOLVING_FUND) => GrantFund::RevolvingFund,
            "community-investment-fund" if has_account(org, code::CIF_PAYABLE) => GrantFund::CommunityInvestmentFund,
            "village-fund-capital" if has_account(org, code::VILLAGE_FUND_CAPITAL) => GrantFund::VillageFundCapital,
            "welfare-fund" => GrantFund::WelfareFund,
            other => return Err(Error::InvalidChoice { field: "fund".into(), value: other.to_string() }).at(|| "head".into()),
        }),
        "expense" => GroupEvent::Expense(match head {
            "meeting" => ExpenseHead::Meeting,
            "stationery" => ExpenseHead::Stationery,
            "travel" => ExpenseHead::Travel,
            "honorarium" => ExpenseHead::Honorarium,
            "training" => ExpenseHead::Training,
            "" | "other" => ExpenseHead::Other,
            other => return Err(Error::InvalidChoice { field: "expense-head".into(), value: other.to_string() }).at(|| "head".into()),
        }),
        other => return Err(Error::InvalidChoice { field: "line-kind".into(), value: other.to_string() }).at(|| "kind".into()),
    };
    Ok(posting::GroupLine { event, amount, note })
}

fn has_account(org: &Organisation, code: &str) -> bool {
    crate::domain::ledger::chart_for(org.kind).iter().any(|a| a.code == code)
}
