//! The meeting page's receipt (issue 12): a recorded meeting read back from the book, exactly as
//! it was saved, for the page shown after a save and when a recorded date is chosen again.
//!
//! Everything is read from the journal, the attendance and the minutes (never from what the
//! screen sent), so the receipt proves what the book holds.

use crate::app::input::{date, Ctx};
use crate::app::meeting::{GroupLineInput, MeetingInput, MeetingMemberRow, MinutesInput};
use crate::app::loans::LoanInput;
use crate::app::org_of;
use crate::domain::ledger::{code, LineKind};
use crate::domain::money::Money;
use crate::domain::org::FiscalYear;
use crate::error::{Arg, Result};
use crate::i18n::{Locale, Localizer};
use crate::store::Store;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One member's line of a recorded meeting; money with its currency symbol, blank where nothing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct SavedMemberRow {
    pub member: String,
    /// Her number in the reader's digits, as the registers print it ("M१२").
    #[serde(default)]
    pub member_display: String,
    pub name: String,
    /// The attendance code (`present`…) and its label; empty when none was recorded.
    pub attendance: String,
    pub attendance_label: String,
    pub savings: String,
    pub withdrawal: String,
    pub repayment: String,
    /// The fine paid in cash; for an absent member, "owed ₹10.00" (her fine is owed, not
    /// received: issue 15).
    pub fine: String,
    pub loan: String,
    /// Shares bought at the meeting, "50 · ฿500.00" (the count and what was paid for them);
    /// empty when none.
    pub shares: String,
    /// A VSLA member's social-fund contribution; empty when none.
    pub social_fund: String,
}

/// A line of the receipt: a label and an amount.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct SavedLine {
    pub label: String,
    pub amount: String,
}

/// A recorded meeting as its receipt shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct SavedMeeting {
    pub date: String,
    pub date_display: String,
    /// "Meeting of 20-11-2026 saved".
    pub title: String,
    /// The book's code now (the one to write in the paper register).
    pub book_code: String,
    pub vouchers: Vec<String>,
    /// The same, joined, in the reader's digits.
    #[serde(default)]
    pub vouchers_display: String,
    pub rows: Vec<SavedMemberRow>,
    /// Whether the kind keeps shares / a social fund (the receipt then has those columns, as
    /// the meeting grid has).
    pub shares_column: bool,
    pub social_fund_column: bool,
    /// Group receipts and payments: what, and how much.
    pub group: Vec<SavedLine>,
    pub minutes: Vec<String>,
    /// Admission numbers of the members whose passbook got a line at this meeting.
    pub passbooks: Vec<String>,
    /// The meeting as it would be typed to record it again (plain amounts in the reader's
    /// digits): what "correct this meeting" opens pre-filled after reversing it. A grant's fund
    /// and an expense's head are not kept on the voucher's lines and come back as the defaults.
    pub input: MeetingInput,
}

/// The standing meeting of `org` on `on` (ISO or as typed), read back from the book; `None` when
/// no meeting stands that day.
pub fn meeting_saved(store: &Store, ctx: &Ctx, org: &str, on: &str, locale: Locale) -> Result<Option<SavedMeeting>> {
    let l = Localizer::new(locale);
    let on = date("meeting-date", on, ctx)?;
    let b = store.read();
    let org = org_of(&b, org.trim())?;
    let Some(m) = b.standing_meeting_on(org.id, on)? else { return Ok(None) };
    let c = org.currency;
    let vouchers: Vec<_> = b.vouchers(org.id, Some(on), Some(on))?.into_iter().filter(|v| v.meeting_id == Some(m.id) && v.reverses_id.is_none()).collect();
    // Per member: savings, withdrawal, repayment, fines paid in cash (this meeting's and owed
    // ones), new loan, fine owed, shares, social fund (each a debit line's amount), and owed
    // fines paid (the credit to fines receivable: what of the cash fines cleared earlier ones).
    let mut sums: BTreeMap<i64, [Money; 9]> = BTreeMap::new();
    let mut group = Vec::new();
    let mut group_in = Vec::new();
    for v in &vouchers {
        for x in v.lines.iter().filter(|x| x.amount.is_negative() && x.kind == LineKind::AttendanceFine && x.account == code::FINES_RECEIVABLE) {
            if let Some(id) = x.member_id {
                sums.entry(id).or_default()[8] += -x.amount;
            }
        }
        for x in v.lines.iter().filter(|x| x.amount.is_positive()) {
            let slot = match x.kind {
                LineKind::Saving => Some(0),
                LineKind::Withdrawal => Some(1),
                LineKind::Principal | LineKind::Interest | LineKind::LoanFine => Some(2),
                // An absent member's fine is owed: it is debited to fines receivable, not cash.
                LineKind::AttendanceFine if x.account == code::FINES_RECEIVABLE => Some(5),
                LineKind::AttendanceFine => Some(3),
                LineKind::Disbursement => Some(4),
                LineKind::SharePurchase => Some(6),
                LineKind::SocialFund => Some(7),
                _ => None,
            };
            match (slot, x.member_id) {
                (Some(k), Some(id)) => sums.entry(id).or_default()[k] += x.amount,
                // A group line (and a cash difference) has one debit line and no member.
                (_, None) => {
                    group.push(SavedLine { label: l.vocab("line", x.kind.code()), amount: l.money(x.amount, c) });
                    let kind = match x.kind {
                        LineKind::Expense if x.account == code::BANK_CHARGES => "bank-charges",
                        LineKind::CashShortage | LineKind::CashExcess | LineKind::Reversal => "",
                        k => k.code(),
                    };
                    if !kind.is_empty() {
                        group_in.push(GroupLineInput { kind: kind.into(), amount: l.typed(x.amount), note: x.note.clone(), ..Default::default() });
                    }
                }
                _ => {}
            }
        }
    }
    let attendance: BTreeMap<i64, _> = b.attendance(m.id)?.into_iter().collect();
    let show = |x: Money| if x.is_zero() { String::new() } else { l.money(x, c) };
    let mut rows = Vec::new();
    let mut members_in = Vec::new();
    let mut passbooks = Vec::new();
    // The amounts come back as she would type them: plain, in her digits (the boxes parse both).
    let plain = |x: Money| if x.is_zero() { None } else { Some(l.typed(x)) };
    let shares_column = crate::app::yearend::keeps_shares(&org);
    let social_fund_column = crate::app::vsla::is_vsla(&org);
    // Shares come back as the number bought, at the day's price (how the grid takes them).
    let price = if shares_column { b.share_price_on(org.id, on)? } else { None };
    let count = |paid: Money| -> Option<Decimal> {
        let p = price.filter(|p| p.is_positive())?;
        (!paid.is_zero()).then(|| (paid.decimal() / p.decimal()).normalize())
    };
    for member in b.members(org.id)? {
        let s = sums.get(&member.id).copied().unwrap_or_default();
        let a = attendance.get(&member.id);
        if a.is_none() && s.iter().all(|x| x.is_zero()) {
            continue;
        }
        if s.iter().any(|x| !x.is_zero()) {
            passbooks.push(member.admission_no.clone());
        }
        if let Some(a) = a {
            // The fine paid as recorded, even where it is the by-laws' (the box then holds it);
            // an owed fine leaves the box empty, so that saving again owes it again.
            // Earlier fines paid at this meeting come back in their own box, apart from this
            // meeting's fine.
            let this_fine = s[3] - s[8];
            let fine = if s[5].is_zero() { Some(l.typed(this_fine)) } else { plain(this_fine) };
            members_in.push(MeetingMemberRow {
                member: member.admission_no.clone(),
                attendance: a.code().to_string(),
                savings: plain(s[0]),
                withdrawal: plain(s[1]),
                repayment: plain(s[2]),
                fine,
                shares: count(s[6]).map(|n| l.digits_of(&n.to_string())),
                social_fund: plain(s[7]),
                fines_paid: plain(s[8]),
                ..Default::default()
            });
        }
        rows.push(SavedMemberRow {
            attendance: a.map(|a| a.code().to_string()).unwrap_or_default(),
            attendance_label: a.map(|a| l.vocab("attendance", a.code())).unwrap_or_default(),
            savings: show(s[0]),
            withdrawal: show(s[1]),
            repayment: show(s[2]),
            fine: if s[5].is_zero() { show(s[3]) } else { l.msg("meeting-page-fine-owed", &[("amount", Arg::Text(l.money(s[5], c)))]) },
            loan: show(s[4]),
            shares: match (s[6].is_zero(), count(s[6])) {
                (true, _) => String::new(),
                (false, Some(n)) => format!("{} · {}", l.digits_of(&n.to_string()), l.money(s[6], c)),
                (false, None) => l.money(s[6], c),
            },
            social_fund: show(s[7]),
            member_display: l.digits_of(&member.admission_no),
            member: member.admission_no,
            name: member.name,
        });
    }
    let by_id: BTreeMap<i64, String> = b.members(org.id)?.into_iter().map(|m| (m.id, m.admission_no)).collect();
    let loans_in = b
        .loans(org.id)?
        .into_iter()
        .filter(|x| x.meeting_id == Some(m.id))
        .map(|x| LoanInput {
            member: by_id.get(&x.member_id).cloned().unwrap_or_default(),
            amount: l.typed(x.terms.principal),
            instalments: Some(l.digits_of(&x.terms.instalments.to_string())),
            purpose: x.purpose.clone(),
            guarantors: x.guarantors.iter().filter_map(|g| by_id.get(g).cloned()).collect(),
            ..Default::default()
        })
        .collect();
    let minutes = b.minutes(m.id)?;
    let pick = |kind: &str| minutes.iter().filter(|x| x.kind == kind).map(|x| x.text.clone()).collect::<Vec<_>>();
    let input = MeetingInput {
        org: org.code.clone(),
        date: on.format("%Y-%m-%d").to_string(),
        place: m.place.clone(),
        client_id: None,
        members: members_in,
        loans: loans_in,
        group: group_in,
        // The agenda's answers are kept with the meeting (and go with it when it is reversed):
        // "correct this meeting" asks them again.
        minutes: MinutesInput { agenda: pick("agenda"), resolutions: pick("resolution"), ..Default::default() },
        cash_counted: m.cash_counted.map(|x| l.typed(x)),
    };
    let fy = |y: i32| FiscalYear { start_year: y, start_month: org.fiscal_start_month, start_day: org.fiscal_start_day }.label();
    let names: Vec<String> = vouchers.iter().map(|v| format!("{}/{:04}", fy(v.fiscal_year), v.number)).collect();
    Ok(Some(SavedMeeting {
        date: on.format("%Y-%m-%d").to_string(),
        date_display: l.date(on),
        title: l.msg("meeting-page-saved", &[("date", Arg::Date(on))]),
        book_code: crate::app::head_code(&b, org.id)?,
        vouchers_display: l.digits_list(&names),
        vouchers: names,
        rows,
        shares_column,
        social_fund_column,
        group,
        minutes: minutes.iter().map(|x| x.text.clone()).collect(),
        passbooks,
        input,
    }))
}

/// A decision of an earlier meeting, to mark done / pending / dropped at this one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct AgendaDecision {
    pub decision: String,
    /// "pending at the meeting of 13-11-2026" when it was already carried forward; else empty.
    pub carried: String,
}

/// A loan given one to three months before the meeting, whose use is asked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct AgendaLoan {
    /// The loan's number (what the answer names).
    pub loan: String,
    pub member: String,
    /// "Was loan 7 (₹10,000.00 to M10 Sunita Devi on 5 September 2026, for: goat) used for
    /// that purpose?"
    pub question: String,
}

/// What the meeting page opens with (seed 001, the group worker's agenda): the previous
/// meeting's decisions and the loans whose use is to be asked, with the answers to choose from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct MeetingAgenda {
    /// The date of the previous meeting as the reader writes it; empty when there is none.
    pub previous: String,
    pub decisions: Vec<AgendaDecision>,
    pub statuses: Vec<crate::app::ui::Choice>,
    pub loans: Vec<AgendaLoan>,
    pub answers: Vec<crate::app::ui::Choice>,
}

/// The agenda of the meeting of `org` on `on`: the decisions (resolutions) of the last standing
/// meeting before it, with the decisions it left pending; and each loan given one to three
/// months before `on` whose use no standing meeting has recorded yet.
pub fn meeting_agenda(store: &Store, ctx: &Ctx, org: &str, on: &str, locale: Locale) -> Result<MeetingAgenda> {
    let l = Localizer::new(locale);
    let on = date("meeting-date", on, ctx)?;
    let b = store.read();
    let org = org_of(&b, org.trim())?;
    let meetings = b.meetings(org.id)?;
    let standing: std::collections::BTreeSet<i64> = meetings.iter().filter(|m| !m.reversed).map(|m| m.id).collect();
    let previous = meetings.iter().filter(|m| !m.reversed && m.date < on).max_by_key(|m| (m.date, m.id));
    let mut decisions = Vec::new();
    if let Some(p) = previous {
        for x in b.minutes(p.id)?.into_iter().filter(|x| x.kind == "resolution") {
            decisions.push(AgendaDecision { decision: x.text, carried: String::new() });
        }
        for x in b.agenda(p.id)?.into_iter().filter(|x| x.item == "decision" && x.answer == "pending") {
            decisions.push(AgendaDecision { decision: x.decision, carried: l.msg("meeting-agenda-carried", &[("date", Arg::Date(p.date))]) });
        }
    }
    // One to three months before the meeting, both ends included.
    let (from, to) = (on.checked_sub_months(chrono::Months::new(3)), on.checked_sub_months(chrono::Months::new(1)));
    let asked: std::collections::BTreeSet<i64> = b.loan_uses(org.id)?.into_iter().filter(|(m, _, _)| standing.contains(m)).filter_map(|(_, _, x)| x.loan_id).collect();
    let members: BTreeMap<i64, (String, String)> = b.members(org.id)?.into_iter().map(|m| (m.id, (m.admission_no, m.name))).collect();
    let mut loans = Vec::new();
    if let (Some(from), Some(to)) = (from, to) {
        for x in b.loans(org.id)? {
            let given = x.terms.start;
            // A loan of a reversed meeting was never given.
            let stands = x.meeting_id.is_none_or(|m| standing.contains(&m));
            if x.is_opening || !stands || given < from || given > to || asked.contains(&x.id) {
                continue;
            }
            let (no, name) = members.get(&x.member_id).cloned().unwrap_or_default();
            let question = l.msg(
                "meeting-agenda-loan-use",
                &[
                    ("loan", Arg::Text(l.count(x.number))),
                    ("amount", Arg::Text(l.money(x.terms.principal, org.currency))),
                    ("member", Arg::Text(format!("{} {name}", l.digits_of(&no)))),
                    ("date", Arg::Date(given)),
                    ("purpose", Arg::Text(if x.purpose.trim().is_empty() { l.msg("meeting-agenda-no-purpose", &[]) } else { x.purpose.clone() })),
                ],
            );
            loans.push(AgendaLoan { loan: x.number.to_string(), member: no, question });
        }
    }
    let choice = |code: &str| crate::app::ui::Choice { code: code.to_string(), label: l.msg(&format!("meeting-agenda-{code}"), &[]), fine: String::new(), fine_display: String::new() };
    Ok(MeetingAgenda {
        previous: previous.map(|p| l.date(p.date)).unwrap_or_default(),
        decisions,
        statuses: ["done", "pending", "dropped"].into_iter().map(choice).collect(),
        loans,
        answers: ["yes", "partly", "no"].into_iter().map(choice).collect(),
    })
}

/// The printable summary of the meeting standing on `on` (issue 12): what the members sign.
/// A date with no meeting standing is refused; nothing in the book changes.
pub fn meeting_summary(store: &Store, ctx: &Ctx, org: &str, on: &str) -> Result<crate::reports::Report> {
    let on = date("meeting-date", on, ctx)?;
    let b = store.read();
    let org = org_of(&b, org.trim())?;
    let m = b.standing_meeting_on(org.id, on)?.ok_or(crate::error::Error::NoMeetingOn { date: on })?;
    let members = b.members(org.id)?;
    let vouchers = b.vouchers(org.id, None, Some(on))?;
    let agenda = crate::app::report::agenda_lines(&b, m.id, &b.loans(org.id)?, &members)?;
    let mv = crate::reports::MeetingView { attendance: b.attendance(m.id)?, minutes: b.minutes(m.id)?, agenda, meeting: m };
    Ok(crate::reports::meeting_summary(&crate::reports::Books::new(&org, &members, &vouchers, on, on), &mv))
}

/// The meeting's summary as an A4 PDF in the organisation's language, to sign.
#[cfg(feature = "documents")]
pub fn meeting_summary_pdf(store: &Store, ctx: &Ctx, org: &str, on: &str) -> Result<Vec<u8>> {
    let r = meeting_summary(store, ctx, org, on)?;
    let o = org_of(&store.read(), org.trim())?;
    crate::app::followup::org_pdf(&o, &[r])
}
