//! A borrower who falls behind, and a receipt for every payer (issue 15): receipts for a
//! meeting's or a voucher's payers, as PDF on thermal rolls or A6 and as text to send, in the
//! organisation's language.

use crate::store::error::StoreError;
use super::input::{date, Ctx};
use super::org_of;
use crate::domain::org::Organisation;
use crate::error::{Error, Result};
use crate::i18n::{Lang, Locale, Localizer};
use crate::render::receipt::{receipt_text, receipts_pdf, ReceiptPaper};
use crate::reports::receipts::{receipts as receipts_of, voucher_label, Receipt};
use crate::store::{Book, Store, StoredVoucher};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The locale of an organisation's own documents: its language, with the digits and calendar
/// that language's readers expect.
pub(crate) fn org_locale(org: &Organisation) -> Locale {
    Locale::new(Lang::from_code(&org.lang).unwrap_or(Lang::En))
}

/// Documents the organisation's people sign, as one A4 PDF in its own language (whatever the
/// language of the screen that printed them), each report from a new page.
#[cfg(feature = "documents")]
pub(crate) fn org_pdf(org: &Organisation, reports: &[crate::reports::Report]) -> Result<Vec<u8>> {
    crate::render::render_pdf_all(reports, &Localizer::new(org_locale(org)), crate::render::PageSize::A4)
}

/// Which receipts: those of a meeting (by its date) or of one voucher, for every payer or one.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct ReceiptsInput {
    pub org: String,
    /// The meeting's date.
    #[serde(default)]
    pub meeting: Option<String>,
    /// A voucher ("2025-26/12", or its number in the current fiscal year), when not a meeting.
    #[serde(default)]
    pub voucher: Option<String>,
    /// Admission number: only this member's receipt.
    #[serde(default)]
    pub member: Option<String>,
    /// "58mm" (the default), "80mm" or "a6".
    #[serde(default)]
    pub paper: Option<String>,
    /// Embed fonts instead of drawing the letters as shapes (for a printer that has the fonts,
    /// or to copy text out of the PDF).
    #[serde(default)]
    pub fonts: Option<bool>,
}

/// One receipt as the screen shows it: who, how much, and the text to send.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ReceiptView {
    pub member_no: String,
    pub member_name: String,
    /// What she paid in all, formatted.
    pub total: String,
    /// The whole receipt as text for a messaging app.
    pub text: String,
}

/// The receipts of a meeting or voucher, each as text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ReceiptsView {
    pub voucher: String,
    pub book_code: String,
    pub receipts: Vec<ReceiptView>,
}

/// The receipts asked for, the book code now, and the organisation.
fn gather(b: &Book<'_>, ctx: &Ctx, i: &ReceiptsInput) -> Result<(Organisation, StoredVoucher, Vec<Receipt>, String)> {
    let org = org_of(b, i.org.trim())?;
    let nonblank = |s: &Option<String>| s.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
    let v = match (nonblank(&i.meeting), nonblank(&i.voucher)) {
        (Some(d), _) => {
            let on = date("meeting", &d, ctx)?;
            let m = b.standing_meeting_on(org.id, on)?.ok_or(Error::NoMeetingOn { date: on })?;
            b.meeting_voucher(m.id)?.ok_or(Error::NoMeetingOn { date: on })?
        }
        (None, Some(v)) => super::loans::find_voucher(b, &org, &v, ctx.today)?,
        (None, None) => return Err(Error::Required { field: "meeting".into() }),
    };
    let members = b.members(org.id)?;
    let numbers: HashMap<i64, i64> = b.loans(org.id)?.into_iter().map(|l| (l.id, l.number)).collect();
    let all = b.vouchers(org.id, None, Some(v.date))?;
    let mut out = receipts_of(&org, &members, &all, &v, &numbers);
    if let Some(no) = nonblank(&i.member) {
        let m = b.member_by_no(org.id, &no)?.ok_or_else(|| Error::UnknownMember { member: no.clone() })?;
        out.retain(|r| r.member_no == m.admission_no);
    }
    if out.is_empty() {
        return Err(Error::NothingPaid { voucher: voucher_label(&org, &v) });
    }
    let code = super::head_code(b, org.id)?;
    Ok((org, v, out, code))
}

/// The receipts as text, for the screen and for sending.
pub fn receipts_view(store: &Store, ctx: &Ctx, i: &ReceiptsInput) -> Result<ReceiptsView> {
    let b = store.read();
    let (org, v, rs, code) = gather(&b, ctx, i)?;
    let l = Localizer::new(org_locale(&org));
    let receipts = rs
        .iter()
        .map(|r| ReceiptView { member_no: r.member_no.clone(), member_name: r.member_name.clone(), total: l.amount(r.total), text: receipt_text(&l, r, &code) })
        .collect();
    Ok(ReceiptsView { voucher: voucher_label(&org, &v), book_code: code, receipts })
}

/// The receipts as one PDF on the paper asked for.
pub fn receipts_document(store: &Store, ctx: &Ctx, i: &ReceiptsInput) -> Result<Vec<u8>> {
    let paper = match i.paper.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(p) => ReceiptPaper::from_code(p).ok_or_else(|| Error::InvalidChoice { field: "paper".into(), value: p.to_string() })?,
        None => ReceiptPaper::Roll58,
    };
    let b = store.read();
    let (org, _, rs, code) = gather(&b, ctx, i)?;
    let l = Localizer::new(org_locale(&org));
    receipts_pdf(&l, &rs, &code, paper, !i.fonts.unwrap_or(false))
}

/// What saving receipts wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ReceiptsSaved {
    pub path: String,
    pub count: usize,
}

/// Writes the receipts' PDF to `path`; nothing in the book changes.
pub fn receipts_save(store: &Store, ctx: &Ctx, i: &ReceiptsInput, path: &str) -> Result<ReceiptsSaved> {
    let path = path.trim();
    if path.is_empty() {
        return Err(Error::Required { field: "path".into() });
    }
    let count = receipts_view(store, ctx, i)?.receipts.len();
    let pdf = receipts_document(store, ctx, i)?;
    std::fs::write(path, &pdf).map_err(|e| Error::Store(StoreError::FileUnwritable { path: path.to_string(), detail: e.to_string() }))?;
    Ok(ReceiptsSaved { path: path.to_string(), count })
}

/// Which loan's debt acknowledgement: its latest reschedule.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct AcknowledgementInput {
    pub org: String,
    /// The loan's number.
    pub loan: String,
}

/// The debt acknowledgement of a rescheduled loan as a report (the committee's document, in
/// the organisation's language when printed).
pub fn acknowledgement(store: &Store, ctx: &Ctx, i: &AcknowledgementInput) -> Result<crate::reports::Report> {
    use crate::domain::money::Money;
    let b = store.read();
    let org = org_of(&b, i.org.trim())?;
    let n = super::input::count("loan", &i.loan)? as i64;
    let loan = b.loan_by_number(org.id, n)?.ok_or_else(|| Error::UnknownLoan { loan: i.loan.clone() })?;
    let last = b.reschedules(loan.id)?.pop().ok_or_else(|| Error::LoanNotRescheduled { loan: i.loan.clone() })?;
    let from = last.terms.start;
    let before = super::loans::loan_state(&b, &loan, from.pred_opt().unwrap_or(from), Money::ZERO)?;
    let after = super::loans::loan_state(&b, &loan, from.max(ctx.today), Money::ZERO)?;
    let new: Vec<_> = after.schedule.instalments.iter().filter(|x| x.due_on >= from).cloned().collect();
    let name = |id: i64| -> Result<String> { Ok(super::label(&b.member(id)?)) };
    let guarantors = loan.guarantors.iter().map(|g| name(*g)).collect::<Result<Vec<_>>>()?;
    let a = crate::reports::followup::Acknowledgement {
        loan: loan.number,
        borrower: name(loan.member_id)?,
        guarantors,
        rescheduled_on: from,
        old_balance: last.terms.principal,
        principal_overdue: before.dues.principal_overdue,
        interest_overdue: before.dues.interest_overdue,
        folds_arrears: last.folds_arrears,
        agreement: last.agreement.clone(),
        instalments: &new,
    };
    Ok(crate::reports::followup::debt_acknowledgement(&org, &a))
}

/// The debt acknowledgement as an A4 PDF in the organisation's language, for signing.
pub fn acknowledgement_pdf(store: &Store, ctx: &Ctx, i: &AcknowledgementInput) -> Result<Vec<u8>> {
    let r = acknowledgement(store, ctx, i)?;
    let org = org_of(&store.read(), i.org.trim())?;
    org_pdf(&org, &[r])
}

/// A follow-up visit to a borrower's household, as the committee records it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct VisitInput {
    pub org: String,
    /// The loan's number.
    pub loan: String,
    pub date: String,
    /// Who went.
    pub visitors: String,
    /// What they found.
    pub found: String,
    /// Whether the committee's record of the loan matches what the household says.
    pub record_matches: bool,
    #[serde(default)]
    pub client_id: Option<String>,
}

/// Records a visit (append-only, in the records chain). A visit about a loan that is repaid,
/// or before it was given, is refused.
pub fn visit_record(store: &mut Store, ctx: &Ctx, i: &VisitInput) -> Result<i64> {
    use crate::domain::ledger::code;
    let on = date("date", &i.date, ctx)?;
    let visitors = super::input::free_text("visitors", &i.visitors)?;
    if visitors.is_empty() {
        return Err(Error::Required { field: "visitors".into() });
    }
    let found = super::input::free_text("found", &i.found)?;
    if found.is_empty() {
        return Err(Error::Required { field: "found".into() });
    }
    let who = super::people::identify(store, ctx)?;
    store.write(|b| super::saved::once(b, i.client_id.as_deref(), "visit_record", i, &ctx.now, || {
        let org = org_of(b, i.org.trim())?;
        who.may_record(Some(&org))?;
        super::check_entry_date(b, &org, on, ctx.today)?;
        let n = super::input::count("loan", &i.loan)? as i64;
        let loan = b.loan_by_number(org.id, n)?.ok_or_else(|| Error::UnknownLoan { loan: i.loan.clone() })?;
        let outstanding = b.account_balance(org.id, code::LOANS_TO_MEMBERS, None, Some(loan.id), Some(on))?;
        if loan.terms.start > on || !outstanding.is_positive() {
            return Err(Error::LoanNotActive { loan: i.loan.clone() });
        }
        Ok(b.insert_visit(org.id, loan.id, on, visitors.trim(), found.trim(), i.record_matches, &ctx.now)?)
    }))
}

/// A visit as listed: the loan, the borrower, and what was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct VisitView {
    pub loan: i64,
    pub member_no: String,
    pub member_name: String,
    /// ISO date.
    pub date: String,
    pub visitors: String,
    pub found: String,
    pub record_matches: bool,
}

/// The visit log of an organisation, oldest first, or of one member's loans.
pub fn visits_list(store: &Store, org: &str, member: Option<&str>) -> Result<Vec<VisitView>> {
    let b = store.read();
    let org = org_of(&b, org.trim())?;
    Ok(super::report::visits(&b, &org, member)?
        .into_iter()
        .map(|v| VisitView { loan: v.loan, member_no: v.member_no, member_name: v.member_name, date: v.on.to_string(), visitors: v.visitors, found: v.found, record_matches: v.record_matches })
        .collect())
}

/// The invitations to a follow-up meeting: one per household on the follow-up list of `date`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct InvitationsInput {
    pub org: String,
    /// The date of the follow-up list (who is behind).
    pub date: String,
    pub meeting_date: String,
    pub place: String,
    /// The meeting's time as the officer writes it.
    #[serde(default)]
    pub time: Option<String>,
}

/// One report per overdue household: the invitation, in the organisation's language when printed.
pub fn invitations(store: &Store, ctx: &Ctx, i: &InvitationsInput) -> Result<Vec<crate::reports::Report>> {
    let as_of = date("date", &i.date, ctx)?;
    let meeting_on = date("meeting-date", &i.meeting_date, ctx)?;
    let place = super::input::free_text("place", &i.place)?;
    if place.trim().is_empty() {
        return Err(Error::Required { field: "place".into() });
    }
    let time = super::input::free_text("time", i.time.as_deref().unwrap_or(""))?;
    if meeting_on < as_of {
        return Err(Error::FollowupMeetingBeforeList { meeting: meeting_on, as_of });
    }
    let b = store.read();
    let org = org_of(&b, i.org.trim())?;
    let mut entries = super::report::followup_entries(&b, &org, as_of)?;
    // Only those with something overdue: a rescheduled borrower who is up to date is not summoned.
    entries.retain(|e| e.overdue.is_positive());
    if entries.is_empty() {
        return Err(Error::NobodyOnFollowup { date: as_of });
    }
    entries.sort_by_key(|e| e.loan);
    Ok(entries
        .iter()
        .map(|e| {
            crate::reports::followup::invitation(&org, as_of, &crate::reports::followup::Invitation {
                borrower: e.borrower.clone(),
                loan: e.loan,
                overdue: e.overdue,
                meeting_on,
                place: place.trim().to_string(),
                time: time.trim().to_string(),
            })
        })
        .collect())
}

/// The invitations as one A4 PDF, a page per household, in the organisation's language.
#[cfg(feature = "documents")]
pub fn invitations_pdf(store: &Store, ctx: &Ctx, i: &InvitationsInput) -> Result<Vec<u8>> {
    let rs = invitations(store, ctx, i)?;
    let org = org_of(&store.read(), i.org.trim())?;
    org_pdf(&org, &rs)
}

/// What one borrower agreed at the follow-up meeting.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct PromiseInput {
    /// The loan's number.
    pub loan: String,
    /// The date she agreed to pay by.
    pub pay_on: String,
    pub amount: String,
    #[serde(default)]
    pub note: Option<String>,
}

/// The follow-up meeting, as its minutes record it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct FollowupMeetingInput {
    pub org: String,
    pub date: String,
    pub place: String,
    /// Who attended, as the minutes name them.
    pub attended: String,
    #[serde(default)]
    pub notes: Option<String>,
    pub promises: Vec<PromiseInput>,
    #[serde(default)]
    pub client_id: Option<String>,
}

/// Records a follow-up meeting and the payments agreed (append-only, in the records chain).
/// Each promise must be for a loan on the follow-up list that day, payable on or after it.
pub fn followup_meeting_record(store: &mut Store, ctx: &Ctx, i: &FollowupMeetingInput) -> Result<i64> {
    let on = date("date", &i.date, ctx)?;
    let place = super::input::free_text("place", &i.place)?;
    if place.trim().is_empty() {
        return Err(Error::Required { field: "place".into() });
    }
    let attended = super::input::free_text("attended", &i.attended)?;
    if attended.trim().is_empty() {
        return Err(Error::Required { field: "attended".into() });
    }
    let notes = super::input::free_text("notes", i.notes.as_deref().unwrap_or(""))?;
    if i.promises.is_empty() {
        return Err(Error::Required { field: "promises".into() });
    }
    let who = super::people::identify(store, ctx)?;
    store.write(|b| super::saved::once(b, i.client_id.as_deref(), "followup_meeting_record", i, &ctx.now, || {
        let org = org_of(b, i.org.trim())?;
        who.may_record(Some(&org))?;
        super::check_entry_date(b, &org, on, ctx.today)?;
        let on_list: HashMap<i64, ()> = super::report::followup_entries(b, &org, on)?.into_iter().map(|e| (e.loan, ())).collect();
        let mut promises = Vec::new();
        for p in &i.promises {
            let n = super::input::count("loan", &p.loan)? as i64;
            let loan = b.loan_by_number(org.id, n)?.ok_or_else(|| Error::UnknownLoan { loan: p.loan.clone() })?;
            if !on_list.contains_key(&n) {
                return Err(Error::LoanNotOnFollowup { loan: p.loan.clone(), date: on });
            }
            let pay_on = date("pay-on", &p.pay_on, ctx)?;
            if pay_on < on {
                return Err(Error::PromiseBeforeMeeting { loan: p.loan.clone(), date: pay_on, meeting: on });
            }
            let amount = super::input::amount("amount", &p.amount, org.currency)?;
            if !amount.is_positive() {
                return Err(Error::AmountNotPositive { field: "amount".into(), input: p.amount.clone() });
            }
            let note = super::input::free_text("note", p.note.as_deref().unwrap_or(""))?;
            if promises.iter().any(|x: &crate::store::PromiseRecord| x.loan_id == loan.id) {
                return Err(Error::PromiseLoanTwice { loan: p.loan.clone() });
            }
            // No one promises more than the loan owes on the meeting's day (principal, interest
            // and fines due): what is agreed is paid against it.
            let fine = super::policy_on(b, &org, on)?.fine_late_instalment;
            let owed = super::loans::loan_state(b, &loan, on, fine)?.dues.total_owed;
            if amount > owed {
                return Err(Error::PromiseAboveOwed { loan: p.loan.clone(), amount, owed });
            }
            promises.push(crate::store::PromiseRecord { loan_id: loan.id, pay_on, amount, note: note.trim().to_string() });
        }
        Ok(b.insert_followup_meeting(org.id, on, place.trim(), attended.trim(), notes.trim(), &promises, &ctx.now)?)
    }))
}

/// The minutes of the follow-up meeting held on `date`, to sign.
pub fn followup_minutes(store: &Store, ctx: &Ctx, org: &str, on: &str) -> Result<crate::reports::Report> {
    let on = date("date", on, ctx)?;
    let b = store.read();
    let org = org_of(&b, org.trim())?;
    let m = b.followup_meetings(org.id)?.into_iter().rev().find(|m| m.held_on == on).ok_or(Error::NoMeetingOn { date: on })?;
    let loans: HashMap<i64, crate::store::LoanRecord> = b.loans(org.id)?.into_iter().map(|l| (l.id, l)).collect();
    let mut rows = Vec::new();
    for p in &m.promises {
        let loan = loans.get(&p.loan_id).ok_or(Error::Store(StoreError::BookDamaged))?;
        rows.push(crate::reports::followup::MinutesPromise { borrower: super::label(&b.member(loan.member_id)?), loan: loan.number, pay_on: p.pay_on, amount: p.amount, note: p.note.clone() });
    }
    Ok(crate::reports::followup::followup_minutes(&org, m.held_on, &m.place, &m.attended, &m.notes, &rows))
}

/// The minutes as an A4 PDF in the organisation's language, with signature lines.
#[cfg(feature = "documents")]
pub fn followup_minutes_pdf(store: &Store, ctx: &Ctx, org: &str, on: &str) -> Result<Vec<u8>> {
    let r = followup_minutes(store, ctx, org, on)?;
    let o = org_of(&store.read(), org.trim())?;
    org_pdf(&o, &[r])
}
