//! Corrections of whole meetings: the meetings an organisation held, with their vouchers (for the
//! picker), and `meeting_reverse`, which reverses every voucher of one meeting in one transaction.

use crate::app::input::{date, Ctx};
use crate::app::loans::reverse_in;
use crate::app::{head_code, org_of};
use crate::domain::money::Money;
use crate::domain::org::{FiscalYear, Organisation};
use crate::error::{Error, Result};
use crate::i18n::{Locale, Localizer};
use crate::store::{Book, NewAct, Store, StoredVoucher};
use serde::{Deserialize, Serialize};

/// What `samuh reverse --meeting DATE` and the Corrections screen ask for.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct MeetingReverseInput {
    pub org: String,
    /// The meeting's date, in any digits.
    pub meeting: String,
    pub reason: String,
    /// Date of the reversals; today when left out.
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub client_id: Option<String>,
}

/// A meeting reversed: its originals and the reversals that cancel them, in the same order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct MeetingReversed {
    pub org: String,
    pub meeting_date: String,
    pub originals: Vec<String>,
    pub reversals: Vec<String>,
    pub book_code: String,
    #[serde(default)]
    pub already_recorded: bool,
}

/// One meeting as the Corrections picker shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct MeetingEntry {
    /// ISO date, sent back as `meeting`.
    pub date: String,
    pub date_display: String,
    pub number: String,
    /// Voucher numbers ("2025-26/0012") recorded for the meeting, reversals excluded.
    pub vouchers: Vec<String>,
    /// The same, as the reader reads them: joined, in her digits ("२०२६-२७/००३५").
    #[serde(default)]
    pub vouchers_display: String,
    /// The total of the meeting's vouchers (their debits), as the reader writes it.
    pub total_display: String,
    /// True when every voucher of the meeting stands reversed.
    pub reversed: bool,
}

fn voucher_name(org: &Organisation, v: &StoredVoucher) -> String {
    let fy = FiscalYear { start_year: v.fiscal_year, start_month: org.fiscal_start_month, start_day: org.fiscal_start_day };
    format!("{}/{:04}", fy.label(), v.number)
}

/// The vouchers recorded for a meeting, reversals excluded, in the order they were recorded.
fn meeting_vouchers(b: &Book<'_>, org: &Organisation, meeting_id: i64) -> Result<Vec<StoredVoucher>> {
    Ok(b.vouchers(org.id, None, None)?.into_iter().filter(|v| v.meeting_id == Some(meeting_id) && v.reverses_id.is_none()).collect())
}

/// The meetings of an organisation, newest first, with their vouchers and totals.
pub fn meeting_list(store: &Store, org: &str, locale: Locale) -> Result<Vec<MeetingEntry>> {
    let l = Localizer::new(locale);
    let b = store.read();
    let org = org_of(&b, org.trim())?;
    let vouchers = b.vouchers(org.id, None, None)?;
    let mut out = Vec::new();
    for m in b.meetings(org.id)?.into_iter().rev() {
        let own: Vec<&StoredVoucher> = vouchers.iter().filter(|v| v.meeting_id == Some(m.id) && v.reverses_id.is_none()).collect();
        let total: Money = own.iter().flat_map(|v| v.lines.iter()).filter(|x| x.amount.is_positive()).map(|x| x.amount).sum();
        let vouchers: Vec<String> = own.iter().map(|v| voucher_name(&org, v)).collect();
        out.push(MeetingEntry {
            date: m.date.format("%Y-%m-%d").to_string(),
            date_display: l.date(m.date),
            number: l.count(m.number),
            vouchers_display: l.digits_list(&vouchers),
            vouchers,
            total_display: l.amount(total),
            reversed: !own.is_empty() && own.iter().all(|v| v.reversed_by.is_some()),
        });
    }
    Ok(out)
}

/// Reverses every voucher of the meeting held on `meeting`, in one transaction: all or none.
/// Refuses when any of them is already reversed (naming it), when no meeting was held that day,
/// and for the same reasons a single reversal refuses. Like a single reversal it takes the write
/// command's steps: a person who may record, and where people sign in, a second person's
/// approval; each reversal is logged with both.
pub fn meeting_reverse(store: &mut Store, ctx: &Ctx, i: &MeetingReverseInput) -> Result<MeetingReversed> {
    if crate::app::input::free_text("reason", &i.reason)?.is_empty() {
        return Err(Error::ReasonRequired);
    }
    let held = date("meeting", &i.meeting, ctx)?;
    let on = match i.date.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => date("date", s, ctx)?,
        None => ctx.today,
    };
    // "meeting-reverse": the name answers already logged are kept under.
    let w = crate::app::command::Write { name: "meeting-reverse", org: &i.org, client_id: i.client_id.as_deref(), date: Some(on), input: i };
    crate::app::command::write_command(store, ctx, w, |b, org, who| {
        let approved_by = who.approval(org, "reversal")?;
        let meeting = b.meetings(org.id)?.into_iter().find(|m| m.date == held).ok_or(Error::NoMeetingOn { date: held })?;
        let originals = meeting_vouchers(b, org, meeting.id)?;
        if originals.is_empty() {
            return Err(Error::NoMeetingOn { date: held });
        }
        if let Some(v) = originals.iter().find(|v| v.reversed_by.is_some()) {
            return Err(Error::AlreadyReversed { voucher: voucher_name(org, v) });
        }
        let mut reversals = Vec::new();
        for v in &originals {
            crate::app::loans::ensure_not_owned(b, v, &voucher_name(org, v))?;
            crate::app::vsla::ensure_cycle_not_shared_out(b, org, v, &voucher_name(org, v))?;
            let r = reverse_in(b, ctx, org, v, &voucher_name(org, v), on, i.reason.trim(), None)?;
            who.log(b, ctx, NewAct { voucher_id: Some(r.id), approved_by, ..crate::app::people::act(org, "reversal", on) })?;
            let fy = FiscalYear { start_year: r.fiscal_year, start_month: org.fiscal_start_month, start_day: org.fiscal_start_day };
            reversals.push(format!("{}/{:04}", fy.label(), r.number));
        }
        Ok(MeetingReversed {
            org: org.code.clone(),
            meeting_date: held.format("%Y-%m-%d").to_string(),
            originals: originals.iter().map(|v| voucher_name(org, v)).collect(),
            reversals,
            book_code: head_code(b, org.id)?,
            already_recorded: false,
        })
    })
}

crate::app::saved::json_answer! {
    MeetingReversed => |a| a.already_recorded = true;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::demo_book;
    use crate::i18n::Lang;

    #[test]
    fn a_whole_meeting_is_reversed_at_once_and_only_once() {
        let (mut s, ctx) = demo_book(Lang::En);
        let list = meeting_list(&s, "shg-kishanganj", Locale::new(Lang::Hi)).unwrap();
        let last = list.iter().find(|m| !m.reversed && !m.vouchers.is_empty()).expect("a standing meeting").clone();
        assert!(last.total_display.chars().any(|c| c.is_ascii_digit()));
        let input = MeetingReverseInput { org: "shg-kishanganj".into(), meeting: last.date.clone(), reason: "entered twice".into(), date: None, client_id: Some("cid-m1".into()) };
        let before = s.read().vouchers(s.read().org_by_code("shg-kishanganj").unwrap().unwrap().id, None, None).unwrap().len();
        let done = meeting_reverse(&mut s, &ctx, &input).unwrap();
        assert_eq!(done.originals, last.vouchers);
        assert_eq!(done.reversals.len(), done.originals.len());
        let b = s.read();
        let org = b.org_by_code("shg-kishanganj").unwrap().unwrap();
        let vs = b.vouchers(org.id, None, None).unwrap();
        assert_eq!(vs.len(), before + done.reversals.len());
        for name in &done.originals {
            let v = vs.iter().find(|v| voucher_name(&org, v) == *name).unwrap();
            assert!(v.reversed_by.is_some(), "{name} reversed");
        }
        drop(b);
        // The same click again answers the first result and records nothing more.
        let again = meeting_reverse(&mut s, &ctx, &input).unwrap();
        assert!(again.already_recorded);
        assert_eq!(again.reversals, done.reversals);
        // A new attempt is refused, naming the voucher already reversed; nothing changes.
        let e = meeting_reverse(&mut s, &ctx, &MeetingReverseInput { client_id: None, ..input.clone() }).unwrap_err();
        assert_eq!(e.code(), "error-already-reversed");
        assert_eq!(s.read().vouchers(org.id, None, None).unwrap().len(), before + done.reversals.len());
        let list = meeting_list(&s, "shg-kishanganj", Locale::new(Lang::En)).unwrap();
        assert!(list.iter().find(|m| m.date == last.date).unwrap().reversed);
    }

    #[test]
    fn no_meeting_that_day_and_no_reason_are_refused() {
        let (mut s, ctx) = demo_book(Lang::En);
        let e = meeting_reverse(&mut s, &ctx, &MeetingReverseInput { org: "shg-kishanganj".into(), meeting: "1999-01-01".into(), reason: "x".into(), ..Default::default() }).unwrap_err();
        assert_eq!(e.code(), "error-no-meeting-on");
        let e = meeting_reverse(&mut s, &ctx, &MeetingReverseInput { org: "shg-kishanganj".into(), meeting: "2026-11-01".into(), reason: " ".into(), ..Default::default() }).unwrap_err();
        assert_eq!(e.code(), "error-reason-required");
    }
}
