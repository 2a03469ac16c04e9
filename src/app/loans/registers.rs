//! View models of the Registers screen beyond the named reports: the organisation's loans for the
//! picker, and one loan's statement (schedule, repayments, arrears) as display strings.

use crate::app::input::{date, Ctx};
use crate::app::loans::loan_state;
use crate::app::org_of;
use crate::app::report::view;
use crate::domain::money::Money;
use crate::domain::policy::in_force;
use crate::error::{Error, Result};
use crate::i18n::{Locale, Localizer};
use crate::reports::{self, Books, Report};
use crate::render::{render_display, DisplayReport};
use crate::store::Store;
use serde::{Deserialize, Serialize};

/// A loan as the picker lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct LoanEntry {
    /// The loan number, sent back as `loan`.
    pub number: i64,
    /// "7 · M03 Sunita Devi · 10,000.00 · 14/04/2025", written for the reader.
    pub label: String,
}

/// Every loan of the organisation, newest first.
pub fn loan_list(store: &Store, org: &str, locale: Locale) -> Result<Vec<LoanEntry>> {
    let l = Localizer::new(locale);
    let b = store.read();
    let org = org_of(&b, org.trim())?;
    let members = b.members(org.id)?;
    let mut out = Vec::new();
    for loan in b.loans(org.id)?.iter().rev() {
        let who = members.iter().find(|m| m.id == loan.member_id).map(|m| format!("{} {}", m.admission_no, m.name)).unwrap_or_default();
        out.push(LoanEntry { number: loan.number, label: format!("{} · {} · {} · {}", l.count(loan.number), who, l.amount(loan.terms.principal), l.date(loan.terms.start)) });
    }
    Ok(out)
}

/// One loan's statement on `to` (today when blank; any digits).
pub fn loan_statement(store: &Store, ctx: &Ctx, org: &str, loan: &str, to: Option<&str>) -> Result<Report> {
    let b = store.read();
    let org = org_of(&b, org.trim())?;
    let to = match to.map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => date("to", s, ctx)?,
        None => ctx.today,
    };
    let number: i64 = crate::i18n::normalize_digits(loan.trim()).parse().map_err(|_| Error::UnknownLoan { loan: loan.to_string() })?;
    let record = b.loans(org.id)?.into_iter().find(|l| l.number == number).ok_or_else(|| Error::UnknownLoan { loan: loan.to_string() })?;
    let policies = b.policies(org.id)?;
    let fine = in_force(&policies, to).map(|p| p.fine_late_instalment).unwrap_or(Money::ZERO);
    let state = loan_state(&b, &record, to.max(record.terms.start), fine)?;
    let paid = state.paid.clone();
    let members = b.members(org.id)?;
    let vouchers = Vec::new();
    let books = Books::new(&org, &members, &vouchers, record.terms.start, to);
    Ok(reports::loan_statement(&books, &view(state), &paid))
}

/// The loan statement for the screen: every cell written by the `Localizer`.
pub fn loan_view(store: &Store, ctx: &Ctx, org: &str, loan: &str, to: Option<&str>, locale: Locale) -> Result<DisplayReport> {
    let r = loan_statement(store, ctx, org, loan, to)?;
    Ok(render_display(&r, &Localizer::new(locale)))
}
