//! View models of the book picker and the setup wizard: the choices with their labels, what a
//! country brings with it (currency, fiscal year, language, by-law defaults), the member-file
//! report in the reader's language, and the wizard's dry run.
//!
//! Architecture invariant: `setup_preview` validates with the very bodies that save
//! (`org_in`, `policy_in`, `member_in`, `opening_in`) inside `Store::dry_run`, which always rolls
//! back; `setup_record` then runs them once more in ONE `Store::write`.

use crate::store::error::StoreError;
use crate::app::input::Ctx;
use crate::app::people::member_csv::{members_csv_parse, COLUMNS};
use crate::app::setup::{default_policy, member_in, opening_in, org_in, policy_in, SetupInput};
use crate::app::ui::{Choice, FieldError};
use crate::domain::loan::{InterestMethod, RatePeriod};
use crate::domain::org::{Country, FiscalYear, MeetingFrequency, OrgKind, Role};
use crate::error::{Arg, Error, Result};
use crate::i18n::{self, Lang, Locale, Localizer};
use crate::store::Store;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Creates a new, empty book at `path` (a file that must not exist yet) and opens it.
pub fn book_create(path: &Path) -> Result<Store> {
    if path.as_os_str().is_empty() {
        return Err(Error::Required { field: "file".into() });
    }
    if path.exists() {
        return Err(Error::BookFileExists { path: path.display().to_string() });
    }
    Ok(Store::open_or_create(path)?)
}

/// The by-laws a new group of a country starts from, as plain values to prefill the wizard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct PolicyDefaults {
    pub saving_per_meeting: String,
    pub interest_rate: String,
    pub rate_period: String,
    pub interest_method: String,
    pub repayment_frequency: String,
    pub default_instalments: String,
    pub fine_absent: String,
    pub fine_late: String,
    pub loan_cap: String,
    pub guarantors_required: String,
}

/// A country and what follows from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct CountryChoice {
    pub code: String,
    pub label: String,
    pub currency: String,
    /// "Rupee (INR)" style, in the reader's language.
    pub currency_display: String,
    /// The fiscal year containing today: "1 April 2026 – 31 March 2027".
    pub fiscal_year_display: String,
    /// The country's usual language for the group's books.
    pub lang: String,
    pub policy: PolicyDefaults,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct SetupForm {
    pub today: String,
    pub today_display: String,
    pub kinds: Vec<Choice>,
    pub countries: Vec<CountryChoice>,
    pub langs: Vec<Choice>,
    pub frequencies: Vec<Choice>,
    pub methods: Vec<Choice>,
    pub rate_periods: Vec<Choice>,
    pub roles: Vec<Choice>,
}

fn choice(code: &str, label: String) -> Choice {
    Choice { code: code.to_string(), label, fine: String::new(), fine_display: String::new() }
}

/// Everything the wizard's pickers show, in the reader's language.
pub fn setup_form(ctx: &Ctx, locale: Locale) -> SetupForm {
    let l = Localizer::new(locale);
    let countries = Country::ALL
        .iter()
        .map(|&c| {
            let p = default_policy(0, c, ctx.today);
            let (m, d) = c.default_fiscal_start();
            let fy = FiscalYear::containing(ctx.today, m, d);
            let cur = c.currency();
            CountryChoice {
                code: c.code().into(),
                label: l.vocab("country", c.code()),
                currency: cur.code().into(),
                currency_display: l.msg(&format!("setup-currency-{}", cur.code().to_ascii_lowercase()), &[]),
                fiscal_year_display: l.msg("setup-fiscal-year-span", &[("start", Arg::Date(fy.start())), ("end", Arg::Date(fy.end()))]),
                lang: c.default_lang().into(),
                policy: PolicyDefaults {
                    saving_per_meeting: p.saving_per_meeting.to_plain(),
                    interest_rate: p.interest_rate.normalize().to_string(),
                    rate_period: p.rate_period.code().into(),
                    interest_method: p.interest_method.code().into(),
                    repayment_frequency: p.repayment_frequency.code().into(),
                    default_instalments: p.default_instalments.to_string(),
                    fine_absent: p.fine_absent.to_plain(),
                    fine_late: p.fine_late.to_plain(),
                    loan_cap: p.loan_cap.map(|m| m.to_plain()).unwrap_or_default(),
                    guarantors_required: p.guarantors_required.to_string(),
                },
            }
        })
        .collect();
    SetupForm {
        today: ctx.today.format("%Y-%m-%d").to_string(),
        today_display: l.date(ctx.today),
        kinds: OrgKind::ALL.iter().map(|k| choice(k.code(), l.vocab("kind", k.code()))).collect(),
        countries,
        langs: Lang::ALL.iter().map(|g| choice(g.code(), l.vocab("lang", g.code()))).collect(),
        frequencies: MeetingFrequency::ALL.iter().map(|f| choice(f.code(), l.vocab("frequency", f.code()))).collect(),
        methods: InterestMethod::ALL.iter().map(|m| choice(m.code(), l.vocab("method", m.code()))).collect(),
        rate_periods: RatePeriod::ALL.iter().map(|r| choice(r.code(), l.vocab("rate-period", r.code()))).collect(),
        roles: Role::ALL.iter().map(|r| choice(r.code(), l.vocab("role", r.code()))).collect(),
    }
}

/// A member row of a file that can be imported, as the wizard's grid takes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct AcceptedView {
    pub line: usize,
    pub line_display: String,
    pub admission_no: String,
    pub name: String,
    pub role: String,
    pub role_label: String,
    /// The joining date as the reader writes it (the core parses it back), or empty.
    pub joined_on: String,
    pub nominee: String,
    pub id_last4: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct ProblemView {
    /// The column's field code (`joined-on`) and its name in the reader's language.
    pub column: String,
    pub column_label: String,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct RejectedView {
    pub line: usize,
    pub line_display: String,
    pub cells: Vec<String>,
    pub problems: Vec<ProblemView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct MemberImportView {
    pub accepted: Vec<AcceptedView>,
    pub rejected: Vec<RejectedView>,
    /// "5 rows can be imported, 2 are rejected", in the reader's language.
    pub summary: String,
    /// The columns in the order assumed without a header, named in the reader's language.
    pub columns: Vec<Choice>,
}

/// A member file read for the wizard: the rows that can be imported and a report of the rows
/// that cannot (line, column, what is wrong) in the reader's language. Saves nothing.
pub fn members_csv_view(ctx: &Ctx, text: &str, locale: Locale) -> MemberImportView {
    let l = Localizer::new(locale);
    let r = members_csv_parse(text, ctx);
    let accepted = r
        .accepted
        .iter()
        .map(|m| AcceptedView {
            line: m.line,
            line_display: l.count(m.line as i64),
            admission_no: m.admission_no.clone(),
            name: m.name.clone(),
            role_label: l.vocab("role", &m.role),
            role: m.role.clone(),
            joined_on: m.joined_on.map(|d| l.date(d)).unwrap_or_default(),
            nominee: m.nominee.clone().unwrap_or_default(),
            id_last4: m.id_last4.clone().unwrap_or_default(),
        })
        .collect();
    let rejected = r
        .rejected
        .iter()
        .map(|x| RejectedView {
            line: x.line,
            line_display: l.count(x.line as i64),
            cells: x.cells.clone(),
            problems: x
                .problems
                .iter()
                .map(|p| ProblemView { column: p.column.clone(), column_label: l.msg(&format!("field-{}", p.column), &[]), message: l.error(&p.error) })
                .collect(),
        })
        .collect();
    MemberImportView {
        summary: l.msg("member-import-summary", &[("accepted", Arg::Count(r.accepted.len() as i64)), ("rejected", Arg::Count(r.rejected.len() as i64))]),
        accepted,
        rejected,
        columns: COLUMNS.iter().map(|c| choice(c, l.msg(&format!("field-{c}"), &[]))).collect(),
    }
}

/// The wizard checked as typed so far, without saving: ok, or errors beside their fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct SetupPreview {
    pub ok: bool,
    pub errors: Vec<FieldError>,
}

/// The input's name of a field an error names: `formed-on` → `formed_on`.
fn field_key(stage: &str, field: &str) -> String {
    let f = match (stage, field) {
        ("org", "frequency") => "meeting_frequency",
        // A loan's own repayment frequency (an opening loan's row); the by-laws' is `repayment_frequency`.
        (s, "repayment-frequency") if s != "policy" => "frequency",
        ("org", "language") => "lang",
        ("org", "org") | ("org", "org-code") => "code",
        ("policy", "rate") => "interest_rate",
        ("policy", "method") => "interest_method",
        ("policy", "guarantors") => "guarantors_required",
        ("opening", "opening-cash") => "cash",
        ("opening", "opening-bank") => "bank",
        _ => field,
    };
    f.replace('-', "_")
}

/// Where an error from one stage of the wizard belongs.
fn path_for(stage: &str, e: &Error) -> String {
    let field = e.args().into_iter().find(|(k, _)| *k == "field").map(|(_, a)| a.plain());
    let tail = match (stage, e) {
        (_, _) if field.is_some() => field_key(stage, field.as_deref().unwrap_or_default()),
        ("org", Error::Store(StoreError::DuplicateOrganisation { .. }) | Error::OrgCodeInvalid { .. }) => "code".into(),
        ("org", Error::DateInFuture { .. }) => "formed_on".into(),
        (s, Error::Store(StoreError::DuplicateMember { .. })) if s.starts_with("members") => "admission_no".into(),
        (s, Error::DateInFuture { .. } | Error::DateBeforeFormation { .. }) if s.starts_with("members") => "joined_on".into(),
        ("opening", Error::DateInFuture { .. } | Error::DateBeforeFormation { .. }) => "date".into(),
        ("opening", Error::CashBelowZero { .. }) => "cash".into(),
        ("opening", Error::BankBelowZero { .. }) => "bank".into(),
        _ => return stage.to_string(),
    };
    format!("{stage}.{tail}")
}

/// Checks the wizard's input as typed so far (later steps left empty) WITHOUT saving: the same
/// bodies as `setup_record`, run in a transaction that is rolled back, continuing past a refused
/// member or by-law so that every error shows beside its field at once.
pub fn setup_preview(store: &mut Store, ctx: &Ctx, i: &SetupInput, locale: Locale) -> Result<SetupPreview> {
    let l = Localizer::new(locale);
    let mut errors: Vec<FieldError> = Vec::new();
    let push = |errors: &mut Vec<FieldError>, path: String, e: &Error| {
        if !errors.iter().any(|x| x.field_path == path) {
            errors.push(FieldError { field_path: path, code: e.code().to_string(), message: l.error(e) });
        }
    };
    // Amounts of the opening, field by field (the save stops at the first).
    let c = Country::from_code(&i.org.country).map(|c| c.currency());
    if let (Some(o), Some(c)) = (&i.opening, c) {
        for (k, s) in o.savings.iter().enumerate() {
            if let Err(e) = i18n::parse_amount(&s.savings, c, "savings") {
                push(&mut errors, format!("opening.savings.{k}.savings"), &e);
            }
        }
        for (k, x) in o.loans.iter().enumerate() {
            if let Err(e) = i18n::parse_amount(&x.outstanding, c, "principal") {
                push(&mut errors, format!("opening.loans.{k}.outstanding"), &e);
            }
            if let Err(e) = i18n::parse_count_positive(&x.instalments, "instalments") {
                push(&mut errors, format!("opening.loans.{k}.instalments"), &e);
            }
        }
    }
    let who = crate::app::people::identify(store, ctx)?;
    let found = store.dry_run(|b| {
        let mut found: Vec<(String, Error)> = Vec::new();
        let code = i.org.code.trim().to_string();
        if let Err(e) = org_in(b, ctx, &who, &crate::app::setup::OrgInput { client_id: None, ..i.org.clone() }) {
            found.push((path_for("org", &e), e));
            return Ok(found);
        }
        let policy = crate::app::setup::PolicyInput { org: code.clone(), effective_from: i.org.formed_on.clone(), client_id: None, ..i.policy.clone() };
        let from = crate::app::input::date("formed-on", &policy.effective_from, ctx)?;
        // Each by-law alone first, so that every bad one is named.
        let one = |f: &dyn Fn(&mut crate::app::setup::PolicyInput)| {
            let mut p = crate::app::setup::PolicyInput { org: code.clone(), effective_from: policy.effective_from.clone(), ..Default::default() };
            f(&mut p);
            p
        };
        let fields: [(&str, Box<dyn Fn(&mut crate::app::setup::PolicyInput)>); 7] = [
            ("saving_per_meeting", Box::new(|p| p.saving_per_meeting = policy.saving_per_meeting.clone())),
            ("interest_rate", Box::new(|p| p.interest_rate = policy.interest_rate.clone())),
            ("fine_absent", Box::new(|p| p.fine_absent = policy.fine_absent.clone())),
            ("fine_late", Box::new(|p| p.fine_late = policy.fine_late.clone())),
            ("loan_cap", Box::new(|p| p.loan_cap = policy.loan_cap.clone())),
            ("guarantors_required", Box::new(|p| p.guarantors_required = policy.guarantors_required.clone())),
            ("default_instalments", Box::new(|p| p.default_instalments = policy.default_instalments.clone())),
        ];
        let mut policy_bad = false;
        for (name, f) in fields.iter() {
            if let Err(e) = policy_in(b, ctx, &who, &one(f.as_ref()), from) {
                found.push((format!("policy.{name}"), e));
                policy_bad = true;
            }
        }
        if !policy_bad {
            if let Err(e) = policy_in(b, ctx, &who, &policy, from) {
                found.push((path_for("policy", &e), e));
                return Ok(found);
            }
        } else {
            return Ok(found);
        }
        for (k, m) in i.members.iter().enumerate() {
            let m = crate::app::setup::MemberInput { org: code.clone(), client_id: None, ..m.clone() };
            if let Err(e) = member_in(b, ctx, &who, &m) {
                found.push((path_for(&format!("members.{k}"), &e), e));
            }
        }
        if let Some(o) = &i.opening {
            if found.is_empty() {
                let o = crate::app::setup::OpeningInput { org: code.clone(), client_id: None, ..o.clone() };
                let r = crate::app::input::date("date", &o.date, ctx).and_then(|on| opening_in(b, ctx, &who, &o, on));
                if let Err(e) = r {
                    found.push((path_for("opening", &e), e));
                }
            }
        }
        Ok(found)
    });
    match found {
        Ok(found) => {
            for (path, e) in found {
                push(&mut errors, path, &e);
            }
        }
        Err(e) => push(&mut errors, path_for("org", &e), &e),
    }
    Ok(SetupPreview { ok: errors.is_empty(), errors })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{setup_record, MemberInput, OpeningInput, OpeningSavingsInput, OrgInput, PolicyInput};
    use chrono::NaiveDate;

    fn ctx() -> Ctx {
        Ctx::new(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(), "2026-11-22T10:00:00", Lang::Th)
    }

    fn input() -> SetupInput {
        SetupInput {
            org: OrgInput { code: "shg-new".into(), name: "กลุ่มออมทรัพย์".into(), kind: "shg".into(), country: "th".into(), lang: Some("th".into()), meeting_frequency: "monthly".into(), formed_on: "01/01/2569".into(), ..Default::default() },
            policy: PolicyInput { saving_per_meeting: Some("100".into()), ..Default::default() },
            members: (1..=3).map(|k| MemberInput { admission_no: k.to_string(), name: format!("สมาชิก {k}"), joined_on: "01/01/2569".into(), ..Default::default() }).collect(),
            opening: Some(OpeningInput { date: "๓๑/๑๐/๒๕๖๙".into(), cash: Some("500".into()), savings: vec![OpeningSavingsInput { member: "2".into(), savings: "1,200".into(), shares: None }], ..Default::default() }),
            client_id: Some("wizard-1".into()),
        }
    }

    fn orgs(s: &Store) -> usize {
        s.read().orgs().unwrap().len()
    }

    #[test]
    fn form_shows_what_a_country_brings() {
        let f = setup_form(&ctx(), Locale::new(Lang::Th));
        let th = f.countries.iter().find(|c| c.code == "th").unwrap();
        assert_eq!(th.currency, "THB");
        assert!(th.fiscal_year_display.contains("2569"), "{}", th.fiscal_year_display);
        let india = f.countries.iter().find(|c| c.code == "in").unwrap();
        assert!(india.fiscal_year_display.contains("2570"), "April to March, Buddhist Era: {}", india.fiscal_year_display);
        // Six kinds of group, the VSLA kind and three oversight kinds beside the village organisation.
        assert_eq!(f.kinds.len(), 10);
    }

    #[test]
    fn preview_saves_nothing_then_record_saves_everything_once() {
        let mut s = Store::open_in_memory().unwrap();
        let p = setup_preview(&mut s, &ctx(), &input(), Locale::new(Lang::Th)).unwrap();
        assert!(p.ok, "{:?}", p.errors);
        assert_eq!(orgs(&s), 0, "a preview saves nothing");
        let saved = setup_record(&mut s, &ctx(), &input()).unwrap();
        assert_eq!(saved.members, 3);
        assert!(saved.opening.is_some());
        assert_eq!(orgs(&s), 1);
        let again = setup_record(&mut s, &ctx(), &input()).unwrap();
        assert!(again.already_recorded);
        assert_eq!(orgs(&s), 1);
    }

    #[test]
    fn a_bad_member_refuses_the_whole_setup_and_shows_beside_its_field() {
        let mut s = Store::open_in_memory().unwrap();
        let mut i = input();
        i.members[2].joined_on = "31/12/2568".into(); // before the group was formed
        i.members[1].admission_no = "1".into();
        i.policy.interest_rate = Some("abc".into());
        let p = setup_preview(&mut s, &ctx(), &i, Locale::new(Lang::En)).unwrap();
        assert!(!p.ok);
        assert_eq!(p.errors[0].field_path, "policy.interest_rate", "{:?}", p.errors);
        i.policy.interest_rate = None;
        let p = setup_preview(&mut s, &ctx(), &i, Locale::new(Lang::En)).unwrap();
        let paths: Vec<_> = p.errors.iter().map(|e| e.field_path.as_str()).collect();
        assert_eq!(paths, ["members.1.admission_no", "members.2.joined_on"], "{:?}", p.errors);
        assert!(setup_record(&mut s, &ctx(), &i).is_err());
        assert_eq!(orgs(&s), 0, "one transaction: nothing half-created");
    }

    #[test]
    fn an_empty_short_code_is_said_beside_the_short_code_as_the_short_code() {
        // Issue 12: it said "Group is required" under the short-code box.
        let mut s = Store::open_in_memory().unwrap();
        let e = beside_code(&mut s, " ", Lang::En).expect("an error beside the code");
        assert_eq!(e.message, "Short code of the group is required. Fill it in and try again.");
        let e = beside_code(&mut s, " ", Lang::Hi).expect("an error beside the code");
        assert!(e.message.starts_with("समूह का छोटा कोड"), "{e:?}");
        assert_eq!(orgs(&s), 0);
    }

    #[test]
    fn a_short_code_with_a_space_is_refused_beside_it() {
        let mut s = Store::open_in_memory().unwrap();
        let e = beside_code(&mut s, "g 3", Lang::En).expect("an error beside the code");
        assert_eq!(e.code, "error-org-code-invalid");
        assert!(e.message.starts_with("The short code “g 3” may hold only letters, digits, dashes and underscores"), "{}", e.message);
        // Letters of any script are letters: a code in Devanagari or Thai is taken.
        for code in ["समूह-१", "กองทุน_๒", "shg-belwa"] {
            assert_eq!(beside_code(&mut s, code, Lang::En), None, "{code}");
        }
        assert_eq!(orgs(&s), 0);
    }

    /// The wizard previewed with this short code: the error placed beside the code, if any.
    fn beside_code(s: &mut Store, code: &str, lang: Lang) -> Option<FieldError> {
        let mut i = input();
        i.org.code = code.into();
        setup_preview(s, &ctx(), &i, Locale::new(lang)).unwrap().errors.into_iter().find(|e| e.field_path == "org.code")
    }
}
