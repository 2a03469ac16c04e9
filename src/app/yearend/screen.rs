//! The Year-end screen's view (every fiscal year of an organisation: open, not ended or closed,
//! and the members a closed year credited) and each member's dividend slip: what the close
//! credited, worked again from the book exactly as at the close, in the organisation's language
//! (the members'), with the amount in words and a line to sign.

use super::{compute, fiscal_year, voucher_name, YearInput};
use crate::app::input::Ctx;
use crate::app::ui::Choice;
use crate::app::{label, org_of};
use crate::domain::ledger::{code, LineKind};
use crate::domain::money::Money;
use crate::domain::org::{Country, FiscalYear, OrgKind, Organisation};
use crate::error::{Arg, Error, Result};
use crate::i18n::{amount_in_words, Lang, Locale, Localizer};
use crate::reports::{Cell, CellKind as K, Msg, Report, ReportPeriod, Section};
use crate::store::{Book, Store, YearCloseRecord};
use serde::{Deserialize, Serialize};

/// What the Year-end screen shows of an organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct YearView {
    pub org: String,
    /// Newest first, from the year the organisation was formed in to the year of today.
    pub years: Vec<YearRow>,
    /// People are enrolled: a close and a reopening need a second person's approval.
    pub needs_approval: bool,
    /// The general meeting's dividend rate must be typed (a Thai co-operative).
    pub needs_rate: bool,
    /// The kind appropriates by a template (village fund, savings group).
    pub has_template: bool,
    /// The kind shares its profit out at the close (co-operatives of Bangladesh and Thailand,
    /// village funds, savings groups); otherwise the surplus simply stays and the screen asks for
    /// no rate or where dividends go.
    pub distributes: bool,
    /// Where members' dividends may go.
    pub credit_to: Vec<Choice>,
    /// The items of the auditor's checklist a remark may be written against (code and name).
    pub audit_items: Vec<Choice>,
}

/// One fiscal year on the screen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct YearRow {
    /// The year's label ("2024-25"), what the commands take.
    pub year: String,
    /// The label as the reader reads it ("२०२४-२५").
    #[serde(default)]
    pub year_display: String,
    /// "1 Jul 2024 – 30 Jun 2025" in the reader's words.
    pub period_display: String,
    /// Its first and last days, ISO (what a report over the year is asked for with).
    pub from: String,
    pub to: String,
    /// `not-ended`, `open` (ended, may be closed) or `closed`.
    pub state: String,
    pub state_label: String,
    /// The closing vouchers of a closed year ("2024-25/0031, 2024-25/0032").
    pub vouchers: Vec<String>,
    /// The same, joined, in the reader's digits.
    #[serde(default)]
    pub vouchers_display: String,
    /// The members a closed year credited, for their slips.
    pub slips: Vec<SlipRow>,
    /// Dividends kept as payable are still to be paid in cash: what is left, in the reader's
    /// words, or empty.
    pub payable_display: String,
    /// Who audited the year and when, in the reader's words ("Audited by … on …"); empty: not
    /// yet signed off.
    pub audit_display: String,
}

/// A member a closed year credited.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct SlipRow {
    /// Admission number.
    pub member: String,
    pub label: String,
    pub amount_display: String,
}

/// One member's slip of a closed year.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct YearSlipInput {
    pub org: String,
    pub year: String,
    /// Admission number.
    pub member: String,
}

fn choice(code: &str, label: String) -> Choice {
    Choice { code: code.to_string(), label, fine: String::new(), fine_display: String::new() }
}

/// The standing (not reopened) close of a year.
fn standing(b: &Book<'_>, org: &Organisation, fy: FiscalYear) -> Result<Option<YearCloseRecord>> {
    Ok(b.year_closes(org.id)?.into_iter().find(|c| c.fiscal_year == fy.start_year && c.reopened_by.is_none()))
}

/// What a close credited each member (dividend and average-return together), by member id.
fn credited(b: &Book<'_>, close: &YearCloseRecord) -> Result<Vec<(i64, String, Money)>> {
    let mut out: Vec<(i64, String, Money)> = Vec::new();
    for id in &close.vouchers {
        let Some(v) = b.voucher(*id)? else { continue };
        for l in v.lines.iter().filter(|l| l.kind == LineKind::Dividend) {
            let Some(m) = l.member_id else { continue };
            match out.iter_mut().find(|x| x.0 == m && x.1 == l.account) {
                Some(x) => x.2 -= l.amount,
                None => out.push((m, l.account.clone(), -l.amount)),
            }
        }
    }
    Ok(out)
}

/// The Year-end screen's view of an organisation.
pub fn year_view(store: &Store, ctx: &Ctx, org: &str, locale: Locale) -> Result<YearView> {
    let l = Localizer::new(locale);
    let b = store.read();
    let org = org_of(&b, org.trim())?;
    let members = b.members(org.id)?;
    // From the first year the book holds entries of (years kept on paper before it are closed
    // there), or the year it was formed in while it holds none.
    let first = org.fiscal_year(b.first_entry_date(org.id)?.unwrap_or(org.formed_on).max(org.formed_on));
    let last = org.fiscal_year(ctx.today);
    let mut years = Vec::new();
    for y in (first.start_year..=last.start_year).rev() {
        let fy = FiscalYear { start_year: y, ..first };
        let close = standing(&b, &org, fy)?;
        let state = if close.is_some() {
            "closed"
        } else if ctx.today <= fy.end() {
            "not-ended"
        } else {
            "open"
        };
        let mut vouchers = Vec::new();
        let mut slips = Vec::new();
        let mut payable_display = String::new();
        if let Some(c) = &close {
            let owed = -b.account_balance(org.id, code::DIVIDEND_PAYABLE, None, None, None)?;
            if c.rule.contains(code::DIVIDEND_PAYABLE) && owed.is_positive() {
                payable_display = l.money(owed, org.currency);
            }
            for id in &c.vouchers {
                if let Some(v) = b.voucher(*id)? {
                    vouchers.push(voucher_name(&org, v.fiscal_year, v.number));
                }
            }
            let mut by_member: Vec<(i64, Money)> = Vec::new();
            for (m, _, amount) in credited(&b, c)? {
                match by_member.iter_mut().find(|x| x.0 == m) {
                    Some(x) => x.1 += amount,
                    None => by_member.push((m, amount)),
                }
            }
            for m in &members {
                if let Some((_, amount)) = by_member.iter().find(|x| x.0 == m.id) {
                    slips.push(SlipRow { member: m.admission_no.clone(), label: label(m), amount_display: l.money(*amount, org.currency) });
                }
            }
        }
        years.push(YearRow {
            year: fy.label(),
            year_display: l.fiscal_year(fy),
            period_display: l.msg("year-period-range", &[("from", Arg::Date(fy.start())), ("to", Arg::Date(fy.end()))]),
            from: fy.start().format("%Y-%m-%d").to_string(),
            to: fy.end().format("%Y-%m-%d").to_string(),
            state: state.to_string(),
            state_label: l.msg(&format!("ui-year-state-{state}"), &[]),
            vouchers_display: l.digits_list(&vouchers),
            vouchers,
            slips,
            payable_display,
            audit_display: super::audit::audit_display(&b, &org, fy, &l)?,
        });
    }
    Ok(YearView {
        org: org.code.clone(),
        years,
        needs_approval: b.people_count()? > 0,
        needs_rate: org.kind == OrgKind::Cooperative && org.country == Country::Thailand,
        has_template: matches!(org.kind, OrgKind::VillageFund | OrgKind::SavingsGroup),
        distributes: matches!((org.kind, org.country), (OrgKind::Cooperative, Country::Bangladesh | Country::Thailand) | (OrgKind::VillageFund | OrgKind::SavingsGroup, _)),
        credit_to: ["savings", "payable", "shares"]
            .iter()
            .filter(|c| **c != "shares" || super::keeps_shares(&org))
            .map(|c| choice(c, l.msg(&format!("ui-year-credit-{c}"), &[])))
            .collect(),
        audit_items: crate::reports::AUDIT_ITEMS.iter().map(|c| choice(c, l.msg(&format!("audit-item-{c}"), &[]))).collect(),
    })
}

/// The language a member reads: the organisation's (the book keeps no language per member).
pub fn member_locale(org: &Organisation) -> Locale {
    Locale::new(Lang::from_code(&org.lang).unwrap_or(Lang::En))
}

/// A member's slip of a closed year: the holding, the rate and how the dividend was worked, the
/// average-return on the interest paid, the total credited and where, the amount in words (in
/// `lang`) and a line to sign. The plan is worked again from the book with the rule recorded at
/// the close, and must agree with what the close posted.
pub fn dividend_slip(store: &Store, org: &str, year: &str, member: &str, lang: Lang) -> Result<Report> {
    let b = store.read();
    let org = org_of(&b, org.trim())?;
    let fy = fiscal_year(&org, year)?;
    let close = standing(&b, &org, fy)?.ok_or_else(|| Error::YearNotClosed { year: fy.label() })?;
    let no = member.trim();
    let m = b.member_by_no(org.id, no)?.ok_or_else(|| Error::UnknownMember { member: no.to_string() })?;
    let rule: serde_json::Value = serde_json::from_str(&close.rule).unwrap_or_default();
    let text = |k: &str| rule.get(k).and_then(|v| v.as_str()).filter(|s| !s.is_empty()).map(str::to_string);
    let input = YearInput {
        org: org.code.clone(),
        year: fy.label(),
        rate: text("rate").filter(|_| text("scheme").as_deref() == Some("coop-th")),
        credit_to: Some(
            match text("credit_to").as_deref() {
                Some(code::DIVIDEND_PAYABLE) => "payable",
                Some(code::SHARE_CAPITAL) => "shares",
                _ => "savings",
            }
            .to_string(),
        ),
        weighting: text("weighting"),
        round_at: text("round_at"),
        rounding_mode: text("rounding_mode"),
        rounding_unit: text("rounding_unit"),
        template: text("template"),
        exclude_defaulters: rule.get("exclude_defaulters").and_then(|v| v.as_bool()),
        // A close made before the League's fee was kept took none.
        league_fee: Some(text("league_fee").unwrap_or_else(|| if text("scheme").as_deref() == Some("coop-th") { "0".into() } else { String::new() })),
        league_fee_cap: text("league_fee_cap"),
        counts_from: text("counts_from"),
        client_id: None,
    };
    let plan = compute(&b, &org, &input, fy)?;
    let posted = credited(&b, &close)?;
    let total: Money = posted.iter().filter(|x| x.0 == m.id).map(|x| x.2).sum();
    let account = posted.iter().find(|x| x.0 == m.id).map(|x| x.1.clone()).unwrap_or_else(|| plan.credit_account.to_string());

    let title = Msg::new("report-dividend-slip").arg("year", Arg::Year(fy)).arg("member", Arg::Text(label(&m)));
    let mut r = Report::new("dividend-slip", title, &org, ReportPeriod::Range { from: fy.start(), to: fy.end() });
    let mut s = Section::new(None, &[("col-item", K::Text), ("col-amount", K::Money), ("col-explanation", K::Text)]);
    let dividend = plan.dividends.iter().find(|d| d.member_id == m.id);
    let ret = plan.returns.iter().find(|x| x.0 == m.id);
    if let Some(d) = dividend {
        let holding = *d.dividend.holdings.last().unwrap_or(&Money::ZERO);
        s.rows.push(vec![Cell::msg(if plan.holding_account == code::SHARE_CAPITAL { "slip-row-shares" } else { "slip-row-savings" }), Cell::Money(holding), Cell::Empty]);
        s.rows.push(vec![Cell::msg("slip-row-dividend"), Cell::Money(d.dividend.amount), Cell::Msg(super::explain(&plan, &d.dividend))]);
    }
    if let Some((_, _, interest, amount)) = ret {
        s.rows.push(vec![Cell::msg("slip-row-average-return"), Cell::Money(*amount), Cell::Msg(Msg::new("slip-explain-average-return").arg("interest", Arg::Money(*interest)))]);
    }
    s.totals = Some(vec![Cell::msg("slip-row-total"), Cell::Money(total), Cell::Msg(Msg::new(format!("account-{account}")))]);
    let worked: Money = dividend.map(|d| d.dividend.amount).unwrap_or_default() + ret.map(|x| x.3).unwrap_or_default();
    if worked != total {
        // The book changed under the closed year's figures (it cannot, unless tampered with).
        s.notes.push(Msg::new("slip-note-differs").arg("worked", Arg::Money(worked)).arg("posted", Arg::Money(total)));
    }
    s.notes.push(Msg::new("slip-note-words").arg("words", Arg::Text(amount_in_words(total, org.currency, lang))));
    let to_shares: Money = posted.iter().filter(|x| x.0 == m.id && x.1 == code::SHARE_CAPITAL).map(|x| x.2).sum();
    s.notes.push(match plan.share_price {
        Some(price) => {
            let (shares, _, _) = crate::domain::yearend::dividend_to_shares(to_shares, price);
            Msg::new("slip-note-shares").arg("shares", Arg::Count(shares)).arg("price", Arg::Money(price)).arg("capital", Arg::Money(to_shares)).arg("rest", Arg::Money(total - to_shares))
        }
        None => Msg::new(if account == code::DIVIDEND_PAYABLE { "slip-note-payable" } else { "slip-note-savings" }),
    });
    s.notes.push(Msg::new("slip-note-close").arg("date", Arg::Date(close.year_end)));
    s.notes.push(Msg::new("slip-note-signatures"));
    r.sections.push(s);
    Ok(r)
}

/// The slip as the screen shows it, in the member's language.
pub fn year_slip_view(store: &Store, i: &YearSlipInput) -> Result<crate::render::DisplayReport> {
    let org = org_of(&store.read(), i.org.trim())?;
    let locale = member_locale(&org);
    let r = dividend_slip(store, &i.org, &i.year, &i.member, locale.lang)?;
    Ok(crate::render::render_display(&r, &Localizer::new(locale)))
}
