//! VSLA groups (issue 14): opening a cycle with its by-laws, the share-out at its end (preview
//! and the posting, in one transaction), and the share-out sheet. The arithmetic and the lines
//! are `domain::vsla`'s.

use crate::store::error::StoreError;
use super::input::{amount, date, nonblank, Ctx};
use super::{head_code, label, org_of};
use crate::domain::ledger::{code, LineKind};
use crate::domain::money::Money;
use crate::domain::org::{OrgKind, Organisation};
use crate::domain::vsla::{self, Holding, LoansAtShareOut, ShareOutLine, ShareOutPlan};
use crate::error::{Error, Result};
use crate::reports::Report;
use crate::store::{Book, NewAct, NewCycle, Store, VoucherMeta, VslaCycleRecord};
use chrono::{Months, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// `samuh vsla cycle-open`: a new cycle and its by-laws.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct CycleInput {
    pub org: String,
    /// The cycle's first day.
    pub start: String,
    /// Its last day; left out: a year less a day after the start.
    #[serde(default)]
    pub end: Option<String>,
    /// The price of one share for the whole cycle.
    pub share_price: String,
    /// Each member's social-fund contribution at each meeting (0 when there is none).
    #[serde(default)]
    pub social_fund: Option<String>,
    /// The service charge on loans, % a month of the principal (flat).
    #[serde(default)]
    pub service_charge: Option<String>,
    /// What a share-out does with loans still out: "net" (default) or "refuse".
    #[serde(default)]
    pub loans: Option<String>,
    #[serde(default)]
    pub client_id: Option<String>,
}

/// `samuh vsla share-out`: the share-out of the open cycle on a day.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct ShareOutInput {
    pub org: String,
    pub date: String,
    #[serde(default)]
    pub client_id: Option<String>,
}

/// A cycle opened or a share-out made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct VslaDone {
    pub org: String,
    pub cycle: i64,
    /// The voucher posted ("2025-26/0041"), none for opening a cycle.
    pub voucher: Option<String>,
    /// The same, as the reader reads it (`for_reader`; empty until then).
    #[serde(default)]
    pub voucher_display: String,
    pub book_code: String,
    #[serde(default)]
    pub already_recorded: bool,
}

impl super::ForReader for VslaDone {
    fn for_reader(mut self, l: &crate::i18n::Localizer) -> Self {
        self.voucher_display = self.voucher.as_deref().map(|v| l.digits_of(v)).unwrap_or_default();
        self
    }
}

fn vsla_org(b: &Book<'_>, code: &str) -> Result<Organisation> {
    let org = org_of(b, code.trim())?;
    ensure_vsla(&org)?;
    Ok(org)
}

fn ensure_vsla(org: &Organisation) -> Result<()> {
    if org.kind != OrgKind::Vsla {
        return Err(Error::NotVsla { org: org.code.clone() });
    }
    Ok(())
}

fn rule_of(c: &VslaCycleRecord) -> LoansAtShareOut {
    LoansAtShareOut::from_code(&c.loans_at_share_out).unwrap_or(LoansAtShareOut::Net)
}

/// The cycle open now (the last one, not yet shared out).
fn open_cycle(b: &Book<'_>, org: &Organisation) -> Result<VslaCycleRecord> {
    match b.vsla_cycles(org.id)?.pop() {
        Some(c) if c.share_out.is_none() => Ok(c),
        Some(c) => Err(Error::VslaAlreadySharedOut { cycle: c.number }),
        None => Err(Error::VslaNoCycle { org: org.code.clone() }),
    }
}

/// Whether the organisation is a VSLA group, the only kind with cycles and a social fund.
pub(crate) fn is_vsla(org: &Organisation) -> bool {
    org.kind == OrgKind::Vsla
}

/// The social-fund contribution the by-laws of the cycle covering `on` ask of each member at a
/// meeting; None where no cycle covers the day or it sets none.
pub(crate) fn social_fund_due(b: &Book<'_>, org: &Organisation, on: NaiveDate) -> Result<Option<Money>> {
    Ok(b.vsla_cycles(org.id)?.into_iter().rev().find(|c| c.start <= on && on <= c.end).map(|c| c.social_fund).filter(|m| m.is_positive()))
}

/// The service charge (% a month, flat on the principal) of the cycle covering `on`, where it
/// sets one: what a loan of that day is charged unless its own terms say otherwise.
pub(crate) fn service_charge_on(b: &Book<'_>, org: &Organisation, on: NaiveDate) -> Result<Option<Decimal>> {
    if !is_vsla(org) {
        return Ok(None);
    }
    let cycle = b.vsla_cycles(org.id)?.into_iter().rev().find(|c| c.start <= on && on <= c.end);
    Ok(cycle.and_then(|c| Decimal::from_str(&c.service_charge).ok()).filter(|r| r.is_sign_positive() && !r.is_zero()))
}

/// Opens a cycle: the first, or the next once the last is shared out (its social fund and any
/// residual simply stay in the book, so they are carried over). The cycle's share price is set
/// from its first day, so meetings price their shares from it.
pub fn vsla_cycle_open(store: &mut Store, ctx: &Ctx, i: &CycleInput) -> Result<VslaDone> {
    let start = date("start", &i.start, ctx)?;
    // A cycle that has not begun is not recorded, like any entry dated after today.
    if start > ctx.today {
        return Err(Error::DateInFuture { date: start, today: ctx.today });
    }
    let end = match nonblank(&i.end) {
        Some(s) => date("end", &s, ctx)?,
        None => start.checked_add_months(Months::new(12)).and_then(|d| d.pred_opt()).unwrap_or(start),
    };
    vsla::check_cycle_dates(start, end)?;
    let service_charge = match nonblank(&i.service_charge) {
        Some(s) => {
            // "-5" is a number below zero: said with the bounds rather than "not a number".
            let r = super::input::signed_rate("service-charge", &s)?;
            vsla::check_service_charge(&s, r)?;
            r
        }
        None => Decimal::ZERO,
    };
    let loans = match nonblank(&i.loans) {
        Some(s) => super::input::choice("loans", &s, LoansAtShareOut::from_code)?,
        None => LoansAtShareOut::Net,
    };
    let w = super::command::Write { name: "vsla-cycle-open", org: &i.org, client_id: i.client_id.as_deref(), date: None, input: i };
    super::command::write_command(store, ctx, w, |b, org, who| {
        ensure_vsla(org)?;
        let price = amount("share-price", &i.share_price, org.currency)?;
        if !price.is_positive() {
            return Err(Error::SharePriceNotPositive { field: "share-price".into(), input: i.share_price.clone() });
        }
        let social = super::input::opt_amount("social-fund", &i.social_fund, org.currency)?;
        if start < org.formed_on {
            return Err(Error::DateBeforeFormation { date: start, formed: org.formed_on });
        }
        let number = match b.vsla_cycles(org.id)?.pop() {
            None => 1,
            Some(c) => match c.share_out {
                None => return Err(Error::VslaCycleStillOpen { cycle: c.number }),
                // The share-out's day belongs to the cycle shared out, which is closed.
                Some((on, ..)) if start <= on => return Err(Error::VslaCycleStartTooEarly { date: on }),
                Some(_) => c.number + 1,
            },
        };
        let sc = service_charge.normalize().to_string();
        b.insert_vsla_cycle(
            &NewCycle { org_id: org.id, number, start, end, share_price: price, social_fund: social, service_charge: &sc, loans_at_share_out: loans.code() },
            &ctx.now,
        )?;
        b.insert_share_price(org.id, start, price, &ctx.now)?;
        who.log(b, ctx, super::people::act(&org, "vsla-cycle-open", start))?;
        let done = VslaDone { org: org.code.clone(), cycle: number, voucher: None, voucher_display: String::new(), book_code: head_code(b, org.id)?, already_recorded: false };
        Ok(done)
    })
}

/// The shared-out cycle a date belongs to, with its share-out's day: the first cycle shared out
/// on or after the date (a share-out settles every entry up to its day, those before the first
/// cycle's start too). None outside a VSLA group, and after the last share-out.
pub(crate) fn shared_out_cycle_of(b: &Book<'_>, org: &Organisation, on: NaiveDate) -> Result<Option<(i64, NaiveDate)>> {
    if !is_vsla(org) {
        return Ok(None);
    }
    Ok(b.vsla_cycles(org.id)?.into_iter().find_map(|c| c.share_out.as_ref().filter(|s| on <= s.0).map(|s| (c.number, s.0))))
}

/// Refuses to reverse a voucher of a shared-out cycle: its loans were settled and its shares
/// paid out from the figures as they stood, so the cycle is closed like a closed year; a
/// correction is a new entry in the current cycle. `name` is how the reader called the voucher.
pub(crate) fn ensure_cycle_not_shared_out(b: &Book<'_>, org: &Organisation, v: &crate::store::StoredVoucher, name: &str) -> Result<()> {
    match shared_out_cycle_of(b, org, v.date)? {
        Some((cycle, shared_out)) => Err(Error::VslaVoucherInSharedOutCycle { voucher: name.to_string(), date: v.date, cycle, shared_out }),
        None => Ok(()),
    }
}

/// Each member's shares, share capital and loans still out on `on`, as the book has them.
fn holdings(b: &Book<'_>, org: &Organisation, price: Money, on: NaiveDate) -> Result<Vec<Holding>> {
    let loans = b.loans(org.id)?;
    let mut out = Vec::new();
    for m in b.members(org.id)? {
        let capital = -b.account_balance(org.id, code::SHARE_CAPITAL, Some(m.id), None, Some(on))?;
        // Capital a price does not divide (an opening figure from paper) counts by whole shares.
        let shares = (capital.decimal() / price.decimal()).trunc();
        let shares = i64::try_from(shares.mantissa() / 10i128.pow(shares.scale())).unwrap_or(0);
        let mut owed = Vec::new();
        for l in loans.iter().filter(|l| l.member_id == m.id) {
            let left = b.account_balance(org.id, code::LOANS_TO_MEMBERS, None, Some(l.id), Some(on))?;
            if left.is_positive() {
                owed.push((l.id, left));
            }
        }
        if shares > 0 || !capital.is_zero() || !owed.is_empty() {
            out.push(Holding { member_id: m.id, label: label(&m), shares, capital, loans: owed });
        }
    }
    Ok(out)
}

fn plan(b: &Book<'_>, org: &Organisation, c: &VslaCycleRecord, on: NaiveDate) -> Result<ShareOutPlan> {
    let cash = b.account_balance(org.id, code::CASH, None, None, Some(on))?;
    let bank = b.account_balance(org.id, code::BANK, None, None, Some(on))?;
    let social = -b.account_balance(org.id, code::WELFARE_FUND, None, None, Some(on))?;
    Ok(vsla::share_out(cash, bank, social, &holdings(b, org, c.share_price, on)?, rule_of(c), Money::from_minor(1))?)
}

fn words_of(org: &Organisation) -> impl Fn(Money) -> String + '_ {
    let lang = crate::i18n::Lang::from_code(&org.lang).unwrap_or(crate::i18n::Lang::En);
    move |m| crate::i18n::amount_in_words(m, org.currency, lang)
}

fn checked_plan(b: &Book<'_>, ctx: &Ctx, org: &Organisation, on: NaiveDate) -> Result<(VslaCycleRecord, ShareOutPlan)> {
    let c = open_cycle(b, org)?;
    if on < c.end {
        return Err(Error::VslaCycleNotEnded { cycle: c.number, end: c.end });
    }
    super::check_entry_date(b, org, on, ctx.today)?;
    let p = plan(b, org, &c, on)?;
    Ok((c, p))
}

/// The share-out sheet as it would be on a day; nothing is written.
pub fn vsla_share_out_preview(store: &Store, ctx: &Ctx, i: &ShareOutInput) -> Result<Report> {
    let on = date("date", &i.date, ctx)?;
    let b = store.read();
    let org = vsla_org(&b, &i.org)?;
    let (c, p) = checked_plan(&b, ctx, &org, on)?;
    let words = words_of(&org);
    let r = crate::reports::share_out(&org, c.number, on, &p, rule_of(&c), false, &words);
    Ok(r)
}

/// Shares out the open cycle in one transaction: the voucher (share capital and profit paid
/// out, loans netted), the share-out recorded against its cycle, and who did it. Refused before
/// the cycle's last day, twice, or with loans out where the by-laws refuse.
pub fn vsla_share_out(store: &mut Store, ctx: &Ctx, i: &ShareOutInput) -> Result<VslaDone> {
    let on = date("date", &i.date, ctx)?;
    let w = super::command::Write { name: "vsla-share-out", org: &i.org, client_id: i.client_id.as_deref(), date: None, input: i };
    super::command::write_command(store, ctx, w, |b, org, who| {
        ensure_vsla(org)?;
        let (c, p) = checked_plan(b, ctx, &org, on)?;
        let meta = VoucherMeta { recorded_at: &ctx.now, ..Default::default() };
        let v = b.append_voucher(&org, &vsla::share_out_posting(on, &p)?, &meta)?;
        b.insert_vsla_share_out(c.id, on, v.id, &p.value_per_share.normalize().to_string(), p.residual, &ctx.now)?;
        who.log(b, ctx, NewAct { voucher_id: Some(v.id), ..super::people::act(&org, "vsla-share-out", on) })?;
        let fy = org.fiscal_year(on);
        let done = VslaDone { org: org.code.clone(), cycle: c.number, voucher: Some(format!("{}/{:04}", fy.label(), v.number)), voucher_display: String::new(), book_code: head_code(b, org.id)?, already_recorded: false };
        Ok(done)
    })
}

/// The share-out sheet for `samuh report share-out`: the last share-out made on or before `to`
/// as it was posted (read back from its voucher), or else a preview of the open cycle on `to`.
pub(crate) fn share_out_report(b: &Book<'_>, org: &Organisation, to: NaiveDate, today: NaiveDate) -> Result<Report> {
    if !is_vsla(org) {
        return Err(Error::NotVsla { org: org.code.clone() });
    }
    let cycles = b.vsla_cycles(org.id)?;
    let made = cycles.iter().rev().find_map(|c| c.share_out.as_ref().filter(|s| s.0 <= to).map(|s| (c, s)));
    let Some((c, (on, voucher_id, value, residual))) = made else {
        let c = cycles.last().ok_or_else(|| Error::VslaNoCycle { org: org.code.clone() })?;
        let p = plan(b, org, c, to.min(today))?;
        return Ok(crate::reports::share_out(org, c.number, to, &p, rule_of(c), false, &words_of(org)));
    };
    let v = b.voucher(*voucher_id)?.ok_or_else(|| Error::Store(StoreError::Database { detail: format!("share-out voucher {voucher_id} is missing") }))?;
    let members = b.members(org.id)?;
    let mut lines: Vec<ShareOutLine> = Vec::new();
    let (mut paid_cash, mut paid_bank) = (Money::ZERO, Money::ZERO);
    for l in &v.lines {
        match (l.account.as_str(), l.member_id) {
            (code::CASH, _) => paid_cash -= l.amount,
            (code::BANK, _) => paid_bank -= l.amount,
            (_, Some(id)) => {
                let at = match lines.iter().position(|x| x.member_id == id) {
                    Some(at) => at,
                    None => {
                        let name = members.iter().find(|m| m.id == id).map(label).unwrap_or_default();
                        lines.push(ShareOutLine { member_id: id, label: name, shares: 0, capital: Money::ZERO, gross: Money::ZERO, loans_deducted: Vec::new(), net: Money::ZERO });
                        lines.len() - 1
                    }
                };
                let x = &mut lines[at];
                match (l.account.as_str(), l.kind) {
                    (code::SHARE_CAPITAL, LineKind::ShareOut) => x.capital += l.amount,
                    (code::SURPLUS, LineKind::ShareOut) => {}
                    (code::LOANS_TO_MEMBERS, _) => x.loans_deducted.push((l.loan_id.unwrap_or(0), -l.amount)),
                    _ => {}
                }
                if l.kind == LineKind::ShareOut {
                    x.gross += l.amount;
                }
            }
            _ => {}
        }
    }
    for x in &mut lines {
        x.net = x.gross - x.deducted();
        let n = (x.capital.decimal() / c.share_price.decimal()).trunc();
        x.shares = i64::try_from(n.mantissa() / 10i128.pow(n.scale())).unwrap_or(0);
    }
    let value_per_share = Decimal::from_str(value).unwrap_or_default();
    let total_shares = lines.iter().map(|l| l.shares).sum();
    let loans_out: Money = lines.iter().map(|l| l.deducted()).sum();
    let social = -b.account_balance(org.id, code::WELFARE_FUND, None, None, Some(*on))?;
    // The cash and bank before the share-out: as of its day, with its own payments added back.
    let cash = b.account_balance(org.id, code::CASH, None, None, Some(*on))? + paid_cash;
    let bank = b.account_balance(org.id, code::BANK, None, None, Some(*on))? + paid_bank;
    let fund = cash + bank - social + loans_out;
    let p = ShareOutPlan { cash, bank, social_fund: social, loans_out, fund, total_shares, value_per_share, lines, residual: *residual };
    Ok(crate::reports::share_out(org, c.number, *on, &p, rule_of(c), true, &words_of(org)))
}

// What a replay of these commands answers (the command log keeps them as JSON).
super::saved::json_answer! {
    VslaDone => |a| a.already_recorded = true;
}

/// One cycle as the VSLA screen shows it (issue 14, VSLA screen): every figure and date a display
/// string in the reader's locale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct CycleView {
    pub number: i64,
    /// The cycle's number in the reader's digits.
    #[serde(default)]
    pub number_display: String,
    pub start_display: String,
    pub end_display: String,
    /// The cycle's last day, ISO: the first day its share-out may be made.
    pub end: String,
    pub share_price_display: String,
    pub social_fund_display: String,
    /// % a month, flat, in the reader's digits ("5 %", "৫ %").
    pub service_charge_display: String,
    /// "net" or "refuse": what a share-out does with loans still out.
    pub loans: String,
    /// The share-out's day, empty while the cycle is open.
    pub shared_out_display: String,
    /// The share-out's day, ISO (empty while open): the sheet printed is the one of that day.
    #[serde(default)]
    pub shared_out: String,
}

/// The VSLA screen: the group's cycles, the last first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct VslaView {
    pub org: String,
    pub cycles: Vec<CycleView>,
    /// True when the last cycle is shared out (or there is none): the next may be opened.
    pub may_open: bool,
    /// The first day the next cycle may start, ISO: the day after the last share-out (that day
    /// belongs to the cycle shared out); empty when there is none.
    #[serde(default)]
    pub next_start: String,
}

/// The cycles of a VSLA group for its screen.
pub fn vsla_view(store: &Store, org: &str, locale: crate::i18n::Locale) -> Result<VslaView> {
    let l = crate::i18n::Localizer::new(locale);
    let b = store.read();
    let org = vsla_org(&b, org)?;
    let cycles = b.vsla_cycles(org.id)?;
    let may_open = cycles.last().is_none_or(|c| c.share_out.is_some());
    let next_start = cycles.last().and_then(|c| c.share_out.as_ref()).and_then(|s| s.0.succ_opt()).map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default();
    let cycles = cycles
        .iter()
        .rev()
        .map(|c| CycleView {
            number: c.number,
            number_display: l.count(c.number),
            start_display: l.date(c.start),
            end_display: l.date(c.end),
            end: c.end.format("%Y-%m-%d").to_string(),
            share_price_display: l.money(c.share_price, org.currency),
            social_fund_display: l.money(c.social_fund, org.currency),
            service_charge_display: format!("{} %", l.digits_of(&c.service_charge)),
            loans: rule_of(c).code().to_string(),
            shared_out_display: c.share_out.as_ref().map(|s| l.date(s.0)).unwrap_or_default(),
            shared_out: c.share_out.as_ref().map(|s| s.0.format("%Y-%m-%d").to_string()).unwrap_or_default(),
        })
        .collect();
    Ok(VslaView { org: org.code.clone(), cycles, may_open, next_start })
}
