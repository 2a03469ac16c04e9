//! View models for the desktop screens: everything the UI shows arrives here already decided and
//! written for the reader (amounts and dates formatted by the `Localizer`, messages in the chosen
//! language), so the UI does no arithmetic on money and formats nothing itself.
//!
//! Architecture invariant: `meeting_preview` validates with the very code that saves
//! (`meeting_in`), inside a transaction that is always rolled back (`Store::dry_run`).

use super::input::{date, Ctx};
use super::loans::loan_state;
use super::input::FieldRefusal;
use super::meeting::{meeting_posted, MeetingInput};
use super::saved::ensure_not_below_zero;
use super::report::{report, ReportParams};
use super::{org_of, policy_on};
use crate::domain::ledger::code;
use crate::domain::money::{Currency, Money};
use crate::domain::org::Attendance;
use crate::error::{Arg, Error, Result};
use crate::i18n::{self, Lang, Locale, Localizer};
use crate::render::{render_display, DisplayReport};
use crate::store::Store;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One organisation of the open book, as the picker shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct OrgSummary {
    pub code: String,
    pub name: String,
    pub kind: String,
    pub kind_label: String,
    pub currency: String,
    /// The currency's symbol (₹, ৳, ฿), what the screens show rather than the code.
    #[serde(default)]
    pub currency_symbol: String,
    pub place: String,
    /// The organisation's own language (en, hi, bn, th).
    pub lang: String,
    /// Members past and present: (admission no, name), for pickers.
    pub members: Vec<(String, String)>,
    /// The same members as the pickers show them: "number name", the number in the reader's
    /// digits as the registers print it.
    #[serde(default)]
    pub member_labels: Vec<String>,
    /// A book of an oversight kind (village organisation, cluster federation, cooperative
    /// office, fund centre): it imports its groups' bundles (issue 16).
    #[serde(default)]
    pub oversees: bool,
    /// It sends its bundles to a body above it: a group, or a village organisation to its
    /// cluster federation (issue 16); the Send screen is its.
    #[serde(default)]
    pub sends_upward: bool,
    /// The home card (issue 12), each as the reader writes it: the date of the last meeting
    /// standing (empty before the first), cash in hand and the bank balance today, and how many
    /// loans have something overdue today.
    #[serde(default)]
    pub last_meeting: String,
    #[serde(default)]
    pub cash: String,
    #[serde(default)]
    pub bank: String,
    #[serde(default)]
    pub overdue_loans: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Overview {
    pub path: String,
    /// Today, ISO (for date inputs) and as the reader writes it.
    pub today: String,
    pub today_display: String,
    pub orgs: Vec<OrgSummary>,
}

/// The organisations of the open book.
pub fn book_overview(store: &Store, ctx: &Ctx, locale: Locale) -> Result<Overview> {
    let l = Localizer::new(locale);
    let b = store.read();
    let mut orgs = Vec::new();
    for o in b.orgs()? {
        let members: Vec<(String, String)> = b.members(o.id)?.into_iter().map(|m| (m.admission_no, m.name)).collect();
        let member_labels = members.iter().map(|(no, name)| format!("{} {name}", l.digits_of(no))).collect();
        let last = b.meetings(o.id)?.into_iter().filter(|m| !m.reversed && m.date <= ctx.today).map(|m| m.date).max();
        let cash = b.account_balance(o.id, code::CASH, None, None, Some(ctx.today))?;
        let bank = b.account_balance(o.id, code::BANK, None, None, Some(ctx.today))?;
        let overdue = super::report::loan_views(&b, &o, ctx.today)?.iter().filter(|v| (v.dues.principal_overdue + v.dues.interest_overdue).is_positive()).count();
        orgs.push(OrgSummary {
            last_meeting: last.map(|d| l.date(d)).unwrap_or_default(),
            cash: l.money(cash, o.currency),
            bank: l.money(bank, o.currency),
            overdue_loans: l.count(overdue as i64),
            members,
            member_labels,
            kind: o.kind.code().to_string(),
            kind_label: l.vocab("kind", o.kind.code()),
            currency: o.currency.code().to_string(),
            currency_symbol: o.currency.symbol().to_string(),
            place: o.place.clone(),
            lang: o.lang.clone(),
            oversees: super::oversees(o.kind),
            sends_upward: super::federation::sends_upward(o.kind),
            code: o.code,
            name: o.name,
        });
    }
    Ok(Overview { path: store.path().to_string(), today: ctx.today.format("%Y-%m-%d").to_string(), today_display: l.date(ctx.today), orgs })
}

/// A choice with its label, and what it costs when it carries a fine.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Choice {
    pub code: String,
    pub label: String,
    /// What the fine box is prefilled with, as typed ("10.00", no grouping, in the reader's
    /// digits), or empty.
    #[serde(default)]
    pub fine: String,
    #[serde(default)]
    pub fine_display: String,
}

/// A member's running loan as the meeting grid shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct RunningLoan {
    pub number: i64,
    pub outstanding_display: String,
    pub due_display: String,
    pub overdue_display: String,
    /// What the "paid as due" key puts in the repayment box, as typed (no grouping, the reader's
    /// digits): what is due today, or when nothing is, the next instalment (the box itself starts
    /// empty).
    pub due: String,
    /// Everything owed today (fines, interest due and all the principal left).
    pub owes_display: String,
    /// "due ₹289.00 · owes ₹2,368.00" (or "next ₹… on … · owes ₹…") for beside the box.
    pub due_text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct MemberRow {
    pub member: String,
    /// Her number in the reader's digits, as the registers print it ("६", "M१२").
    #[serde(default)]
    pub member_display: String,
    pub name: String,
    /// The by-laws' saving per meeting, to prefill: as typed (no grouping, the reader's digits).
    pub savings: String,
    pub savings_display: String,
    pub loan: Option<RunningLoan>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct MeetingForm {
    pub org: String,
    pub org_name: String,
    pub currency: String,
    pub date: String,
    pub date_display: String,
    pub rows: Vec<MemberRow>,
    /// Attendance marks, each with the by-laws' fine.
    pub attendance: Vec<Choice>,
    /// Kinds of group receipts and payments.
    pub group_kinds: Vec<Choice>,
    pub guarantors_required: u32,
    pub loan_cap_display: String,
    /// Shown in an absent member's row instead of a fine in her box: "owed ₹10.00" (issue 15:
    /// her fine is owed, not cash received); empty when the by-laws fine no absence.
    #[serde(default)]
    pub absent_owed_text: String,
    /// Issue 14: a shares column, for kinds that keep shares (cooperatives, village funds and
    /// savings groups that sell them, VSLA groups), with the price of a share that day
    /// ("₹50.00"; empty when none is set yet).
    #[serde(default)]
    pub shares_column: bool,
    #[serde(default)]
    pub share_price_display: String,
    /// Issue 14: a social-fund column (VSLA groups), with the cycle's contribution, put in the
    /// box of a member marked present or late as her saving is (as typed, in the reader's
    /// digits; empty when the cycle sets none).
    #[serde(default)]
    pub social_fund_column: bool,
    #[serde(default)]
    pub social_fund: String,
    #[serde(default)]
    pub social_fund_display: String,
}

pub const GROUP_RECEIPTS: &[&str] = &["bank-withdrawal", "bank-loan-received", "grant", "membership-fee", "other-income", "bank-interest"];
pub const GROUP_PAYMENTS: &[&str] = &["bank-deposit", "bank-loan-repaid", "bank-loan-interest", "bank-charges", "expense"];

/// The meeting grid for `org` on `date` (ISO or as typed): one row per member active that day.
pub fn meeting_form(store: &Store, ctx: &Ctx, org: &str, on: &str, locale: Locale) -> Result<MeetingForm> {
    let l = Localizer::new(locale);
    let on = date("meeting-date", on, ctx)?;
    let b = store.read();
    let org = org_of(&b, org.trim())?;
    let policy = policy_on(&b, &org, on)?;
    let loans = b.loans(org.id)?;
    let mut rows = Vec::new();
    for m in b.members(org.id)?.into_iter().filter(|m| m.is_active_on(on)) {
        let mut running = None;
        for loan in loans.iter().filter(|x| x.member_id == m.id && x.terms.start <= on) {
            let s = loan_state(&b, loan, on, policy.fine_late_instalment)?;
            if !s.outstanding.is_positive() {
                continue;
            }
            let d = &s.dues;
            let due = d.fine_due + d.interest_due + d.principal_due;
            let overdue = d.fine_due + d.interest_overdue + d.principal_overdue;
            let c = org.currency;
            let owes = d.total_owed;
            let money = |m: Money| Arg::Text(l.money(m, c));
            // A weekly meeting between two monthly instalments has nothing due: then the next
            // instalment is what a member who pays at this meeting pays.
            let (key, due_text) = match d.next_due {
                Some((next_on, next)) if due.is_zero() => (next.min(owes), l.msg("meeting-page-next-owes", &[("due", money(next.min(owes))), ("date", Arg::Date(next_on)), ("owes", money(owes))])),
                _ => (due, l.msg("meeting-page-due-owes", &[("due", money(due)), ("owes", money(owes))])),
            };
            running = Some(RunningLoan {
                number: loan.number,
                outstanding_display: l.amount(s.outstanding),
                due_display: l.amount(due),
                // Nothing overdue, nothing due: left blank, as a paper register leaves it.
                overdue_display: if overdue.is_zero() { String::new() } else { l.money(overdue, c) },
                due: if key.is_zero() { String::new() } else { l.typed(key) },
                owes_display: l.money(owes, c),
                due_text,
            });
            break;
        }
        rows.push(MemberRow {
            savings: l.typed(policy.saving_per_meeting),
            savings_display: l.amount(policy.saving_per_meeting),
            member: m.admission_no.clone(),
            member_display: l.digits_of(&m.admission_no),
            name: m.name.clone(),
            loan: running,
        });
    }
    let attendance = [Attendance::Present, Attendance::Late, Attendance::AbsentWithLeave, Attendance::Absent]
        .into_iter()
        .map(|a| {
            // An absent member's box stays empty: left empty, the save records her fine owed.
            let fine = if a == Attendance::Absent { Money::ZERO } else { policy.attendance_fine(a) };
            Choice {
                code: a.code().to_string(),
                label: l.vocab("attendance", a.code()),
                fine: if fine.is_zero() { String::new() } else { l.typed(fine) },
                fine_display: if fine.is_zero() { String::new() } else { l.amount(fine) },
            }
        })
        .collect();
    let group_kinds = GROUP_RECEIPTS
        .iter()
        .chain(GROUP_PAYMENTS)
        .map(|k| Choice { code: k.to_string(), label: l.msg(&format!("ui-group-{k}"), &[]), fine: String::new(), fine_display: String::new() })
        .collect();
    let shares_column = super::yearend::keeps_shares(&org);
    let share_price = if shares_column { b.share_price_on(org.id, on)? } else { None };
    let social_fund_column = super::vsla::is_vsla(&org);
    let social_fund = if social_fund_column { super::vsla::social_fund_due(&b, &org, on)? } else { None };
    Ok(MeetingForm {
        shares_column,
        share_price_display: share_price.map(|p| l.money(p, org.currency)).unwrap_or_default(),
        social_fund_column,
        social_fund: social_fund.map(|m| l.typed(m)).unwrap_or_default(),
        social_fund_display: social_fund.map(|m| l.amount(m)).unwrap_or_default(),
        org: org.code.clone(),
        org_name: org.name.clone(),
        currency: org.currency.code().to_string(),
        date: on.format("%Y-%m-%d").to_string(),
        date_display: l.date(on),
        rows,
        attendance,
        group_kinds,
        guarantors_required: policy.guarantors_required,
        loan_cap_display: policy.loan_cap.map(|c| l.amount(c)).unwrap_or_default(),
        absent_owed_text: match policy.attendance_fine(Attendance::Absent) {
            x if x.is_zero() => String::new(),
            x => l.msg("meeting-page-fine-owed", &[("amount", Arg::Text(l.money(x, org.currency)))]),
        },
    })
}

/// An error beside the field it is about. `field_path` names the input: `date`,
/// `members.3.savings`, `loans.0.amount`, `group.1.amount`, `cash_counted`, or `form`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct FieldError {
    pub field_path: String,
    pub code: String,
    pub message: String,
}

/// Live totals of the meeting being typed, every one a display string.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Totals {
    pub savings: String,
    pub repayments: String,
    pub fines: String,
    pub loans: String,
    pub receipts: String,
    pub payments: String,
    /// Cash in hand at close by the book (empty while the meeting has errors).
    pub cash_close: String,
    pub bank_close: String,
    /// Counted minus book cash (empty when nothing was counted or there are errors).
    pub difference: String,
    /// The footer's sum, with the currency symbol: cash in hand before the meeting, the cash
    /// the meeting brings in and pays out, and what the box should then hold, of the rows that
    /// parse (shown also when the cash falls short; empty only when the save of those rows is
    /// refused for another reason).
    #[serde(default)]
    pub cash_open: String,
    #[serde(default)]
    pub cash_in: String,
    #[serde(default)]
    pub cash_out: String,
    #[serde(default)]
    pub cash_expected: String,
    /// Issue 14: what the shares bought cost (the shares of each row that parses, at the day's
    /// price) and the social fund paid; empty for kinds without those columns.
    #[serde(default)]
    pub shares: String,
    #[serde(default)]
    pub social_fund: String,
}

/// Cash in hand too small for what the meeting pays out: by how much, why, and the fix the
/// footer offers (a bank withdrawal of exactly the shortfall).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Shortfall {
    /// For the group line the fix adds: as typed (no grouping, the reader's digits).
    pub amount: String,
    /// "Cash in hand is short by ₹2,528.00: the new loan of ₹5,000.00 is more than the cash."
    pub text: String,
    /// "Alt+W: record a bank withdrawal of ₹2,528.00"
    pub fix: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Preview {
    /// True when a save would succeed now.
    pub ok: bool,
    pub errors: Vec<FieldError>,
    pub totals: Totals,
    /// Set when the meeting would take cash in hand below zero (the error itself is then placed
    /// on the footer, `field_path` = `shortfall`).
    #[serde(default)]
    pub shortfall: Option<Shortfall>,
}

fn field_error(l: &Localizer, path: String, e: &Error) -> FieldError {
    FieldError { field_path: path, code: e.code().to_string(), message: l.error(e) }
}

fn parse_opt(s: &Option<String>, c: Currency, field: &str) -> std::result::Result<Option<Money>, Error> {
    match s.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) => i18n::parse_amount(t, c, field).map(Some),
    }
}

/// Checks a meeting as typed WITHOUT saving it: every field that does not parse, then the save
/// itself run in a rolled-back transaction; with live totals.
pub fn meeting_preview(store: &mut Store, ctx: &Ctx, i: &MeetingInput, locale: Locale) -> Result<Preview> {
    let l = Localizer::new(locale);
    let b = store.read();
    let org = org_of(&b, i.org.trim())?;
    let c = org.currency;
    let mut errors = Vec::new();
    let on = match date("meeting-date", &i.date, ctx) {
        Ok(d) => Some(d),
        Err(e) => {
            errors.push(field_error(&l, "date".into(), &e));
            None
        }
    };
    let policy = on.and_then(|d| policy_on(&b, &org, d).ok());
    let share_price = match on {
        Some(d) if super::yearend::keeps_shares(&org) => b.share_price_on(org.id, d)?,
        _ => None,
    };
    drop(b);
    // Issue 14: shares bought (a count, checked whole by the dry run) and the social fund.
    let (mut shares_bought, mut social_fund) = (rust_decimal::Decimal::ZERO, Money::ZERO);
    let (mut savings, mut repayments, mut fines, mut loans, mut receipts, mut payments) = (Money::ZERO, Money::ZERO, Money::ZERO, Money::ZERO, Money::ZERO, Money::ZERO);
    // Withdrawals are checked here but shown in no total of their own.
    let mut withdrawals = Money::ZERO;
    // The rows that parse, by their place in the form: the dry run below takes only these, so
    // the footer's sum and the refusals of the rest show while other boxes are still wrong.
    let (mut clean_members, mut clean_loans, mut clean_group) = (Vec::new(), Vec::new(), Vec::new());
    for (k, r) in i.members.iter().enumerate() {
        let before = errors.len();
        let attendance = Attendance::from_code(&r.attendance);
        if r.attendance.trim().is_empty() {
            errors.push(field_error(&l, format!("members.{k}.attendance"), &Error::AttendanceNotMarked { member: r.member.clone() }));
        } else if attendance.is_none() {
            errors.push(field_error(&l, format!("members.{k}.attendance"), &Error::InvalidChoice { field: "attendance".into(), value: r.attendance.clone() }));
        }
        for (field, value, sum) in [("savings", &r.savings, &mut savings), ("withdrawal", &r.withdrawal, &mut withdrawals), ("repayment", &r.repayment, &mut repayments)] {
            match parse_opt(value, c, field) {
                Ok(v) => *sum += v.unwrap_or(Money::ZERO),
                Err(e) => errors.push(field_error(&l, format!("members.{k}.{field}"), &e)),
            }
        }
        if let Some(n) = r.shares.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            // Digits of any script; a bad count is said by the dry run, at its box.
            if let Some(n) = i18n::checked_digits(n, "shares").ok().and_then(|s| s.parse::<rust_decimal::Decimal>().ok()) {
                shares_bought += n;
            }
        }
        match parse_opt(&r.social_fund, c, "social-fund") {
            Ok(v) => social_fund += v.unwrap_or(Money::ZERO),
            Err(e) => errors.push(field_error(&l, format!("members.{k}.social_fund"), &e)),
        }
        match parse_opt(&r.fine, c, "fine") {
            Ok(Some(v)) => fines += v,
            // An empty box is the by-laws' fine, paid in cash by a member who is there; an
            // absent member owes hers (it is counted in no cash total).
            Ok(None) => fines += match (&policy, attendance) {
                (Some(p), Some(a)) if a != Attendance::Absent => p.attendance_fine(a),
                _ => Money::ZERO,
            },
            Err(e) => errors.push(field_error(&l, format!("members.{k}.fine"), &e)),
        }
        if errors.len() == before {
            clean_members.push(k);
        }
    }
    for (k, x) in i.loans.iter().enumerate() {
        if x.amount.trim().is_empty() {
            errors.push(field_error(&l, format!("loans.{k}.amount"), &Error::LoanAmountRequired));
            continue;
        }
        match i18n::parse_amount(x.amount.trim(), c, "amount") {
            Ok(v) => {
                loans += v;
                clean_loans.push(k);
            }
            Err(e) => errors.push(field_error(&l, format!("loans.{k}.amount"), &e)),
        }
    }
    for (k, g) in i.group.iter().enumerate() {
        match i18n::parse_amount(g.amount.trim(), c, "amount") {
            Ok(v) if GROUP_RECEIPTS.contains(&g.kind.as_str()) => {
                receipts += v;
                clean_group.push(k);
            }
            Ok(v) if GROUP_PAYMENTS.contains(&g.kind.as_str()) => {
                payments += v;
                clean_group.push(k);
            }
            Ok(_) => errors.push(field_error(&l, format!("group.{k}.kind"), &Error::InvalidChoice { field: "line-kind".into(), value: g.kind.clone() })),
            Err(e) => errors.push(field_error(&l, format!("group.{k}.amount"), &e)),
        }
    }
    let counted = match parse_opt(&i.cash_counted, c, "cash-counted") {
        Ok(v) => v,
        Err(e) => {
            errors.push(field_error(&l, "cash_counted".into(), &e));
            None
        }
    };
    let mut totals = Totals {
        savings: l.amount(savings),
        repayments: l.amount(repayments),
        fines: l.amount(fines),
        loans: l.amount(loans),
        receipts: l.amount(receipts),
        payments: l.amount(payments),
        // No shares bought costs nothing, price set or not (the total showed no figure at a
        // co-operative without a share price).
        shares: if !super::yearend::keeps_shares(&org) {
            String::new()
        } else if shares_bought.is_zero() {
            l.amount(Money::ZERO)
        } else {
            share_price.and_then(|p| Money::from_decimal(p.decimal() * shares_bought).ok()).map(|m| l.amount(m)).unwrap_or_default()
        },
        social_fund: if super::vsla::is_vsla(&org) { l.amount(social_fund) } else { String::new() },
        ..Totals::default()
    };
    let mut shortfall = None;
    if let Some(on) = on {
        // Cash in hand before this meeting: the book's cash through the day before.
        let b = store.read();
        if let Some(before) = on.pred_opt() {
            totals.cash_open = l.money(b.account_balance(org.id, code::CASH, None, None, Some(before))?, c);
        }
    }
    if let Some(on) = on {
        // The save itself, rolled back, of the rows that parse: without the count (so the
        // book's own cash shows) and without the client id (so an earlier save of this form is
        // not replayed).
        let trial = MeetingInput {
            cash_counted: None,
            client_id: None,
            members: clean_members.iter().map(|&k| i.members[k].clone()).collect(),
            loans: clean_loans.iter().map(|&k| i.loans[k].clone()).collect(),
            group: clean_group.iter().map(|&k| i.group[k].clone()).collect(),
            ..i.clone()
        };
        let org_id = org.id;
        // The save answers each refusal with the field it belongs to (never guessed here); the
        // figures are read before the check that the cash stays above zero, so a shortfall still
        // shows what the box should hold.
        let run = store.dry_run(|b| {
            Ok::<_, Error>(match meeting_posted(b, ctx, &trial, on, false) {
                Ok(saved) => {
                    // The meeting's own cash lines: what came into the box and what went out.
                    let lines = if saved.voucher_id == 0 { Vec::new() } else { b.voucher(saved.voucher_id)?.map(|v| v.lines).unwrap_or_default() };
                    let cash = lines.iter().filter(|x| x.account == code::CASH);
                    let cash_in: Money = cash.clone().filter(|x| x.amount.is_positive()).map(|x| x.amount).sum();
                    let cash_out: Money = cash.filter(|x| x.amount.is_negative()).map(|x| -x.amount).sum();
                    let figures = (b.account_balance(org_id, code::CASH, None, None, Some(on))?, b.account_balance(org_id, code::BANK, None, None, Some(on))?, cash_in, cash_out);
                    let org = org_of(b, &trial.org)?;
                    Ok((figures, ensure_not_below_zero(b, &org, on).map_err(|e| FieldRefusal { field: "form".into(), error: e })))
                }
                Err(r) => Err(r),
            })
        });
        // A refusal's place in the trial is turned back into its place in the form.
        let place = |field: String| -> String {
            let mut parts: Vec<String> = field.split('.').map(str::to_string).collect();
            let list = match parts.first().map(String::as_str) {
                Some("members") => &clean_members,
                Some("loans") => &clean_loans,
                Some("group") => &clean_group,
                _ => return field,
            };
            if let Some(k) = parts.get(1).and_then(|x| x.parse::<usize>().ok()).and_then(|k| list.get(k)) {
                parts[1] = k.to_string();
            }
            parts.join(".")
        };
        let refused = |r: FieldRefusal, errors: &mut Vec<FieldError>, shortfall: &mut Option<Shortfall>| {
            if let Error::CashBelowZero { shortfall: short, .. } = &r.error {
                // Shown at the footer, where the cash is summed, with its cause and a fix.
                let short = *short;
                let text = if loans.is_positive() {
                    l.msg("meeting-page-short-by-loans", &[("shortfall", Arg::Text(l.money(short, c))), ("loans", Arg::Text(l.money(loans, c)))])
                } else {
                    l.msg("meeting-page-short-by-payments", &[("shortfall", Arg::Text(l.money(short, c)))])
                };
                let fix = l.msg("meeting-page-fix-withdraw", &[("amount", Arg::Text(l.money(short, c)))]);
                errors.push(FieldError { field_path: "shortfall".into(), code: r.error.code().to_string(), message: text.clone() });
                *shortfall = Some(Shortfall { amount: l.typed(short), text, fix });
            } else {
                errors.push(field_error(&l, place(r.field), &r.error));
            }
        };
        match run.map_err(FieldRefusal::from).and_then(|r| r) {
            Ok(((cash, bank, cash_in, cash_out), checked)) => {
                totals.cash_in = l.money(cash_in, c);
                totals.cash_out = l.money(cash_out, c);
                totals.cash_expected = l.money(cash, c);
                match checked {
                    Ok(()) => {
                        totals.cash_close = l.amount(cash);
                        totals.bank_close = l.amount(bank);
                        if let Some(counted) = counted {
                            totals.difference = l.amount(counted - cash);
                        }
                    }
                    Err(r) => refused(r, &mut errors, &mut shortfall),
                }
            }
            Err(r) => refused(r, &mut errors, &mut shortfall),
        }
    }
    Ok(Preview { ok: errors.is_empty(), errors, totals, shortfall })
}

/// A report as the screen shows it: every cell written for the reader, with column alignment.
pub fn report_view(store: &Store, ctx: &Ctx, p: &ReportParams, locale: Locale) -> Result<DisplayReport> {
    let r = report(store, ctx, p)?;
    Ok(render_display(&r, &Localizer::new(locale)))
}

/// Message id prefixes the UI shows besides its own `ui.ftl`: report titles, vocabularies and
/// field names.
const UI_PREFIXES: &[&str] = &["ui-", "report-", "kind-", "attendance-", "field-", "meeting-page-"];

/// The UI's strings in `lang`: every message of `ui.ftl` plus report titles, vocabularies and
/// field names, id → text. The UI never parses Fluent itself.
pub fn ui_messages(locale: Locale) -> BTreeMap<String, String> {
    let l = Localizer::new(locale);
    let mut out = BTreeMap::new();
    // English lists every id (the locales are kept complete by the parity test).
    for (name, src) in i18n::sources(Lang::En) {
        for line in src.lines() {
            let Some((id, _)) = line.split_once('=') else { continue };
            let id = id.trim();
            let is_id = !id.is_empty() && line.starts_with(|c: char| c.is_ascii_lowercase()) && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
            if is_id && (name.starts_with("ui") || UI_PREFIXES.iter().any(|p| id.starts_with(p))) {
                out.insert(id.to_string(), l.msg(id, &[]));
            }
        }
    }
    out
}

/// An error as it crosses to the UI: its stable code, plain arguments and the message in `lang`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct UiError {
    pub code: String,
    pub args: BTreeMap<String, String>,
    pub message: String,
}

impl UiError {
    pub fn new(e: &Error, lang: Lang) -> UiError {
        let l = Localizer::new(Locale::new(lang));
        UiError { code: e.code().to_string(), args: e.args().into_iter().map(|(k, v): (&str, Arg)| (k.to_string(), v.plain())).collect(), message: l.error(e) }
    }
}

/// The reader's choice as the UI sends it: `{ "lang": "hi", "digits": "native" }`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(optional_fields = nullable)]
pub struct LocaleInput {
    #[serde(default)]
    pub lang: String,
    #[serde(default)]
    pub digits: Option<String>,
    /// Date display: gregorian, buddhist or bangabda; the language's default when absent.
    #[serde(default)]
    pub calendar: Option<String>,
}

impl LocaleInput {
    /// The locale (CLDR defaults for the language; English for anything unknown).
    pub fn locale(&self) -> Locale {
        let l = Locale::new(Lang::from_code(&self.lang).unwrap_or(Lang::En));
        let l = match self.digits.as_deref().and_then(crate::i18n::Digits::from_code) {
            Some(d) => l.with_digits(d),
            None => l,
        };
        match self.calendar.as_deref().and_then(crate::i18n::Calendar::from_code) {
            Some(c) => l.with_calendar(c),
            None => l,
        }
    }
    pub fn lang(&self) -> Lang {
        self.locale().lang
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::demo_book;
    use crate::app::{meeting_record, GroupLineInput, MeetingMemberRow};
    use crate::i18n::Digits;

    fn counts(s: &Store) -> (usize, usize) {
        let b = s.read();
        let org = b.org_by_code("shg-kishanganj").unwrap().unwrap();
        (b.vouchers(org.id, None, None).unwrap().len(), b.meetings(org.id).unwrap().len())
    }

    fn form_input(s: &Store, ctx: &Ctx) -> (MeetingForm, MeetingInput) {
        let f = meeting_form(s, ctx, "shg-kishanganj", "2026-11-20", Locale::new(Lang::Hi)).unwrap();
        let members = f
            .rows
            .iter()
            .map(|r| MeetingMemberRow { member: r.member.clone(), attendance: "present".into(), savings: Some(r.savings.clone()), ..Default::default() })
            .collect();
        let i = MeetingInput { org: "shg-kishanganj".into(), date: "2026-11-20".into(), members, ..Default::default() };
        (f, i)
    }

    #[test]
    fn overview_lists_the_demo_organisations_in_the_readers_language() {
        let (s, ctx) = demo_book(Lang::Hi);
        let o = book_overview(&s, &ctx, Locale::new(Lang::Th)).unwrap();
        // The SHG, the cooperative, the village fund, the VO's two younger SHGs, the Roi Et
        // welfare club (issue 15), the SHGs' village organisation and its cluster federation
        // (issue 16), the two that oversee groups, and the VSLA group (issue 14).
        assert_eq!(o.orgs.len(), 9);
        let mut overseers: Vec<&str> = o.orgs.iter().filter(|x| x.oversees).map(|x| x.code.as_str()).collect();
        overseers.sort();
        assert_eq!(overseers, ["clf-kishanganj", "vo-kishanganj"]);
        // Every one sends its bundles upward but the cluster federation, the top of the demo.
        assert_eq!(o.orgs.iter().filter(|x| !x.sends_upward).map(|x| x.code.as_str()).collect::<Vec<_>>(), ["clf-kishanganj"]);
        assert!(o.orgs.iter().any(|x| x.code == "vf-roiet" && x.currency == "THB"));
        assert!(o.orgs.iter().any(|x| x.code == "wc-samkha" && x.currency == "THB"));
        assert!(o.today_display.contains("2569"), "{}", o.today_display);
    }

    #[test]
    fn form_prefills_savings_and_due_from_the_books() {
        let (s, ctx) = demo_book(Lang::Hi);
        let (f, _) = form_input(&s, &ctx);
        assert!(!f.rows.is_empty());
        assert!(f.rows.iter().all(|r| !r.savings.is_empty() && !r.name.is_empty()));
        assert!(f.rows.iter().any(|r| r.loan.is_some()), "the demo SHG has running loans");
        assert_eq!(f.attendance.len(), 4);
        // An absent member's fine is owed, not paid at the meeting she missed (issue 15): her
        // fine box stays empty; the late fine is there to be confirmed.
        assert!(f.attendance.iter().any(|a| a.code == "absent" && a.fine.is_empty()));
        assert!(!f.absent_owed_text.is_empty(), "the row says what she owes instead");
        assert_ne!(f.attendance[0].label, "present", "labels come from Fluent");
    }

    #[test]
    fn preview_totals_and_saves_nothing() {
        let (mut s, ctx) = demo_book(Lang::Hi);
        let (_, mut i) = form_input(&s, &ctx);
        i.members[0].savings = Some("१००".into());
        i.cash_counted = Some("1".into());
        let before = counts(&s);
        let p = meeting_preview(&mut s, &ctx, &i, Locale::new(Lang::Hi).with_digits(Digits::Native)).unwrap();
        assert!(p.ok, "{:?}", p.errors);
        assert!(!p.totals.cash_close.is_empty() && !p.totals.difference.is_empty());
        assert!(p.totals.savings.chars().any(|c| ('०'..='९').contains(&c)), "{}", p.totals.savings);
        assert_eq!(counts(&s), before, "a preview saves nothing");
        // The same input then saves.
        meeting_record(&mut s, &ctx, &i).unwrap();
        assert_eq!(counts(&s).1, before.1 + 1);
    }

    #[test]
    fn preview_puts_errors_beside_their_fields() {
        let (mut s, ctx) = demo_book(Lang::Hi);
        let (_, mut i) = form_input(&s, &ctx);
        i.members[1].savings = Some("12x".into());
        let p = meeting_preview(&mut s, &ctx, &i, Locale::new(Lang::En)).unwrap();
        assert!(!p.ok);
        assert_eq!(p.errors[0].field_path, "members.1.savings");
        assert_eq!(p.errors[0].code, "error-invalid-amount");

        let (_, mut i) = form_input(&s, &ctx);
        let borrower = i.members[0].member.clone();
        i.loans.push(crate::app::LoanInput { member: borrower, amount: "9999999".into(), ..Default::default() });
        let before = counts(&s);
        let p = meeting_preview(&mut s, &ctx, &i, Locale::new(Lang::Hi)).unwrap();
        assert!(!p.ok);
        assert_eq!(p.errors[0].field_path, "loans.0.amount", "{:?}", p.errors);
        assert_eq!(counts(&s), before);
    }

    #[test]
    fn each_refusal_of_the_save_is_placed_where_its_cause_is() {
        // Refusals that only the save itself finds (not the parsing of a box) come back with
        // the field of their cause: the row of the member, the loan row, the group line, the date.
        let (mut s, ctx) = demo_book(Lang::Hi);
        let place = |s: &mut Store, i: &MeetingInput| {
            let p = meeting_preview(s, &ctx, i, Locale::new(Lang::En)).unwrap();
            assert!(!p.ok);
            (p.errors[0].field_path.clone(), p.errors[0].code.clone())
        };
        let before = counts(&s);
        // A withdrawal of far more than the third member holds.
        let (_, mut i) = form_input(&s, &ctx);
        i.members[2].withdrawal = Some("9999999".into());
        assert_eq!(place(&mut s, &i), ("members.2.withdrawal".into(), "error-withdrawal-above-savings".into()));
        // A repayment above what the fourth member owes on her loan, or with no loan at all.
        let (f, mut i) = form_input(&s, &ctx);
        let k = f.rows.iter().position(|r| r.loan.is_none()).expect("a member without a loan");
        i.members[k].repayment = Some("100".into());
        assert_eq!(place(&mut s, &i).0, format!("members.{k}.repayment"));
        // A guarantor who is the borrower herself.
        let (_, mut i) = form_input(&s, &ctx);
        let borrower = i.members[0].member.clone();
        i.loans.push(crate::app::LoanInput { member: borrower.clone(), amount: "100".into(), guarantors: vec![borrower.clone(), borrower], ..Default::default() });
        assert_eq!(place(&mut s, &i).0, "loans.0.guarantors");
        // A group line of a kind the book does not know, after a good one.
        let (_, mut i) = form_input(&s, &ctx);
        i.group.push(GroupLineInput { kind: "bank-deposit".into(), amount: "10".into(), ..Default::default() });
        i.group.push(GroupLineInput { kind: "lottery".into(), amount: "10".into(), ..Default::default() });
        assert_eq!(place(&mut s, &i), ("group.1.kind".into(), "error-invalid-choice".into()));
        // A date whose meeting is already recorded.
        let (_, mut i) = form_input(&s, &ctx);
        meeting_record(&mut s, &ctx, &i).unwrap();
        let after = counts(&s);
        i.client_id = None;
        assert_eq!(place(&mut s, &i), ("date".into(), "error-meeting-already-recorded".into()));
        assert_eq!(counts(&s), after, "previews save nothing");
        assert_eq!(after.1, before.1 + 1);
    }

    #[test]
    fn report_view_formats_every_cell() {
        let (s, ctx) = demo_book(Lang::Hi);
        let p = ReportParams { org: "vf-roiet".into(), name: "cash-book".into(), ..Default::default() };
        let v = report_view(&s, &ctx, &p, Locale::new(Lang::Th)).unwrap();
        assert!(!v.sections.is_empty());
        let sec = &v.sections[0];
        assert!(sec.columns.iter().any(|c| c.align == "end"));
        assert!(sec.rows.iter().flatten().any(|c| c.contains("2569") || c.contains("2568")), "Buddhist Era dates");
    }

    #[test]
    fn ui_messages_cover_every_language() {
        for &lang in Lang::ALL {
            let m = ui_messages(Locale::new(lang));
            assert!(m.contains_key("ui-save"), "{lang:?}");
            assert!(m.contains_key("report-cash-book"));
        }
        assert_ne!(ui_messages(Locale::new(Lang::Th))["ui-save"], ui_messages(Locale::new(Lang::En))["ui-save"]);
        // In the digits the reader chose: Hindi's own, Bengali's Latin.
        let hi = ui_messages(Locale::new(Lang::Hi).with_digits(crate::i18n::Digits::Native));
        assert_eq!(hi["ui-receipts-paper-58"], "थर्मल रोल ५८ मिमी");
        let bn = ui_messages(Locale::new(Lang::Bn).with_digits(crate::i18n::Digits::Latin));
        assert_eq!(bn["ui-receipts-paper-80"], "থার্মাল রোল 80 মিমি");
    }
}
