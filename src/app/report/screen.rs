//! The Reports screen's view models: which reports there are (with the default period), what a
//! passbook printing will put on which line of the paper book, and saving a report, the audit
//! sheet or passbooks to a file the shell chose (PDF, XLSX or a folder of CSV files), reporting
//! progress step by step with a label in the reader's language.

use crate::store::error::StoreError;
use crate::app::input::{count_positive, nonblank, Ctx};
use crate::app::org_of;
use crate::app::report::print::{audit_export_progress, passbook_pdf_progress, passbook_plan, passbook_printed, AuditParams, PassbookMode, PassbookPrint};
use crate::app::report::{report, ReportParams};
use crate::error::{Arg, Error, Result};
use crate::i18n::{Locale, Localizer};
use crate::render::{render_csv, render_display, render_pdf_all, render_xlsx, CsvStyle, DisplayReport, PageSize};
use crate::domain::org::{Country, OrgKind, Organisation};
use crate::reports::{Books, Report, REPORTS, ROLLUPS};
use crate::store::Store;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The pseudo-reports of the screen besides `REPORTS`.
pub const AUDIT: &str = "audit";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct ReportChoice {
    pub id: String,
    pub label: String,
}

/// What the Reports screen offers for one organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct ReportsCatalog {
    /// The reports of the core this organisation keeps (`reports_for`), the member passbook and
    /// the audit sheet.
    pub reports: Vec<ReportChoice>,
    /// The roll-ups of an oversight book of its kind (`app::rollups`); empty for any other
    /// (issue 16).
    #[serde(default)]
    pub rollups: Vec<ReportChoice>,
    /// The registers an oversight book opens of one imported group (`GROUP_REGISTERS`); empty
    /// for any other book.
    #[serde(default)]
    pub group_registers: Vec<ReportChoice>,
    /// The default period (fiscal year to date), shown as the fields' placeholders.
    pub from_display: String,
    pub to_display: String,
}

pub fn reports_catalog(store: &Store, ctx: &Ctx, org: &str, locale: Locale) -> Result<ReportsCatalog> {
    let l = Localizer::new(locale);
    let b = store.read();
    let org = org_of(&b, org.trim())?;
    let (from, to) = Books::fiscal_year_to_date(&org, ctx.today);
    let mut reports: Vec<ReportChoice> = reports_for(&org).into_iter().map(|id| ReportChoice { id: id.to_string(), label: title(&l, id) }).collect();
    reports.push(ReportChoice { id: AUDIT.into(), label: l.msg("ui-report-audit", &[]) });
    let rollups = crate::app::rollups(org.kind).into_iter().map(|id| ReportChoice { id: id.to_string(), label: title(&l, id) }).collect();
    let group_registers = if crate::app::oversees(org.kind) { crate::app::GROUP_REGISTERS.iter().map(|id| ReportChoice { id: id.to_string(), label: title(&l, id) }).collect() } else { Vec::new() };
    Ok(ReportsCatalog { reports, rollups, group_registers, from_display: l.date(from), to_display: l.date(to) })
}

/// The reports of `REPORTS` (in its order) that the Reports screen offers an organisation: those
/// its country and kind keep. The roll-ups of imported groups (`rollups`) only to a book that
/// oversees groups, the households' only to a fund centre; the Panchsutra indicators (NABARD's
/// grading of Indian SHGs) only in India, as on the audit sheet; the share register to a kind
/// with share capital; a VSLA's share-out to a VSLA; the welfare club's levies, benefits and fees
/// to a welfare club. The interest by fund is every lender's. The command line and the core still
/// make any report of any book on request (empty where there is nothing to show).
pub fn reports_for(org: &Organisation) -> Vec<&'static str> {
    let rollups = crate::app::rollups(org.kind);
    REPORTS
        .iter()
        .copied()
        .filter(|id| match *id {
            "interest-by-fund" => true,
            id if ROLLUPS.contains(&id) => rollups.contains(&id),
            "panchsutra" => org.country == Country::India,
            "share-register" => crate::app::yearend::keeps_shares(org),
            "share-out" => org.kind == OrgKind::Vsla,
            "levy-register" | "welfare-benefits" | "welfare-fees" => org.kind == OrgKind::WelfareClub,
            _ => true,
        })
        .collect()
}

fn title(l: &Localizer, id: &str) -> String {
    if id == "passbook" {
        l.msg("ui-report-passbook", &[])
    } else if id == AUDIT {
        l.msg("ui-report-audit", &[])
    } else {
        l.msg(&format!("report-{id}"), &[])
    }
}

/// A save (or a print through a file) as the screen asks for it. Dates and the line number in
/// any digits; `path` is the file (or, for CSV, the folder) the shell chose.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct ReportSave {
    pub org: String,
    /// A name of `REPORTS`, or `audit`.
    pub name: String,
    /// Admission number (passbook); blank prints every member.
    pub member: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    /// `pdf`, `xlsx` or `csv`.
    pub format: String,
    pub path: String,
    /// `a4`, `a5` or `WxH:LINES` (a passbook page and its printable lines).
    pub page: String,
    /// Passbook: `continue` (default), `from-line` or `all`.
    pub mode: String,
    pub from_line: Option<String>,
    pub prepared_by: String,
}

/// One step of a long save.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Progress {
    pub step: usize,
    pub steps: usize,
    /// "Balance sheet (5 of 14)" in the reader's language and digits.
    pub label: String,
    pub done: bool,
}

/// What was written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct SavedFiles {
    pub written: Vec<String>,
    pub message: String,
    /// A passbook PDF: the lines it prints, taken only once the person answers that the
    /// passbook printed correctly (`passbook_printed` with `upto`). None for other files.
    pub pending: Option<PassbookPending>,
}

/// A passbook printing waiting for its answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct PassbookPending {
    /// The newest voucher the PDF covers; give it back with the same choices to confirm.
    pub upto: i64,
    pub lines: usize,
    /// "Did the passbook print correctly? (12 lines)" in the reader's language.
    pub question: String,
}

/// What confirming a printing recorded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct PassbookRecorded {
    pub lines: usize,
    pub message: String,
}

/// Where a passbook printing goes on the paper book, member by member, in the reader's words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct PassbookLines {
    pub rows: Vec<PassbookLine>,
    /// Something to print at all.
    pub any: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct PassbookLine {
    pub member: String,
    pub name: String,
    pub count: usize,
    pub text: String,
}

fn page_of(s: &ReportSave) -> Result<PageSize> {
    let code = if s.page.trim().is_empty() { "a4" } else { s.page.trim() };
    PageSize::parse(code).ok_or_else(|| Error::InvalidChoice { field: "page".into(), value: s.page.clone() })
}

fn print_of(s: &ReportSave, locale: Locale) -> Result<PassbookPrint> {
    let mode = match s.mode.trim() {
        "" | "continue" => PassbookMode::Continue,
        "all" => PassbookMode::All,
        "from-line" => {
            let n = nonblank(&s.from_line).ok_or(Error::Required { field: "from-line".into() })?;
            PassbookMode::FromLine(count_positive("from-line", &n)?)
        }
        other => return Err(Error::InvalidChoice { field: "mode".into(), value: other.to_string() }),
    };
    Ok(PassbookPrint { org: s.org.clone(), member: nonblank(&s.member), locale, page: page_of(s)?, mode })
}

/// The lines a passbook printing would fill, shown before printing.
pub fn passbook_lines(store: &Store, ctx: &Ctx, s: &ReportSave, locale: Locale) -> Result<PassbookLines> {
    let l = Localizer::new(locale);
    let plan = passbook_plan(store, ctx, &print_of(s, locale)?)?;
    let n = |v: u32| Arg::Count(v as i64);
    let rows: Vec<PassbookLine> = plan
        .into_iter()
        .map(|p| {
            let text = if p.count == 0 {
                l.msg("ui-passbook-nothing-new", &[])
            } else {
                l.msg(
                    "ui-passbook-lines",
                    &[("count", Arg::Count(p.count as i64)), ("page", n(p.first.0)), ("line", n(p.first.1)), ("lastpage", n(p.last.0)), ("lastline", n(p.last.1))],
                )
            };
            PassbookLine { member: p.member_no, name: p.member_name, count: p.count, text }
        })
        .collect();
    Ok(PassbookLines { any: rows.iter().any(|r| r.count > 0), rows })
}

fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).map_err(|e| Error::Store(StoreError::FileUnwritable { path: path.display().to_string(), detail: e.to_string() }))
}

fn step(l: &Localizer, k: usize, n: usize, what: &str) -> Progress {
    let label = l.msg("ui-progress-step", &[("what", Arg::Text(what.to_string())), ("step", Arg::Count(k as i64)), ("steps", Arg::Count(n as i64))]);
    Progress { step: k, steps: n, label, done: false }
}

/// Writes the reports in the chosen format: one file (PDF, XLSX) or a folder of CSV files.
fn write_reports(reports: &[Report], l: &Localizer, format: &str, path: &Path, page: PageSize) -> Result<Vec<String>> {
    match format {
        "xlsx" => write(path, &render_xlsx(reports, l)?)?,
        "pdf" => write(path, &render_pdf_all(reports, l, page)?)?,
        "csv" => {
            std::fs::create_dir_all(path).map_err(|e| Error::Store(StoreError::FileUnwritable { path: path.display().to_string(), detail: e.to_string() }))?;
            let mut out = Vec::new();
            for (i, r) in reports.iter().enumerate() {
                let f = path.join(format!("{:02}-{}.csv", i, r.id));
                write(&f, render_csv(r, l, CsvStyle { localized: false }).as_bytes())?;
                out.push(f.display().to_string());
            }
            return Ok(out);
        }
        other => return Err(Error::InvalidChoice { field: "format".into(), value: other.to_string() }),
    }
    Ok(vec![path.display().to_string()])
}

/// Saves a report, the audit sheet or passbooks to `s.path`, calling `progress` before each
/// step. A passbook PDF takes no lines of the paper passbook: the answer carries what a
/// printing of it would take (`pending`), recorded only by `passbook_confirm`.
pub fn report_save(store: &mut Store, ctx: &Ctx, s: &ReportSave, locale: Locale, progress: &mut dyn FnMut(Progress)) -> Result<SavedFiles> {
    let l = Localizer::new(locale);
    let path_text = s.path.trim();
    if path_text.is_empty() {
        return Err(Error::Required { field: "path".into() });
    }
    let path = Path::new(path_text);
    let format = s.format.trim();
    if !["pdf", "xlsx", "csv"].contains(&format) {
        return Err(Error::InvalidChoice { field: "format".into(), value: s.format.clone() });
    }
    let page = page_of(s)?;
    let name = s.name.trim();
    let mut pending = None;
    let written = if name == "passbook" && format == "pdf" {
        let p = print_of(s, locale)?;
        let mut steps = 0;
        let printing = passbook_pdf_progress(store, ctx, &p, |pdf| write(path, pdf), &mut |k, n, who| {
            steps = n;
            progress(step(&l, k, n, who));
        })?;
        progress(Progress { step: steps, steps, label: l.msg("ui-progress-done", &[]), done: true });
        let question = l.msg("passbook-print-question", &[("count", Arg::Count(printing.lines as i64))]);
        pending = Some(PassbookPending { upto: printing.upto, lines: printing.lines, question });
        vec![path.display().to_string()]
    } else if name == "dividend-slip" {
        // Issue 14: a member's slip of a closed year (`from` names the year), printed in the
        // members' language whatever the reader's.
        let org = crate::app::org_of(&store.read(), s.org.trim())?;
        let member_locale = crate::app::member_locale(&org);
        let year = s.from.clone().unwrap_or_default();
        let r = crate::app::dividend_slip(store, &s.org, &year, s.member.as_deref().unwrap_or(""), member_locale.lang)?;
        let out = write_reports(std::slice::from_ref(&r), &Localizer::new(member_locale), format, path, page)?;
        progress(Progress { step: 1, steps: 1, label: l.msg("ui-progress-done", &[]), done: true });
        out
    } else if name == AUDIT {
        let p = AuditParams { org: s.org.clone(), from: s.from.clone(), to: s.to.clone(), locale, prepared_by: s.prepared_by.trim().to_string() };
        let mut total = 0;
        let sheet = audit_export_progress(store, ctx, &p, &mut |k, n, id| {
            total = n + 1;
            progress(step(&l, k, n + 1, &title(&l, id)));
        })?;
        progress(step(&l, total, total, &l.msg("ui-progress-writing", &[])));
        let out = write_reports(&sheet.reports, &l, format, path, page)?;
        progress(Progress { step: total, steps: total, label: l.msg("ui-progress-done", &[]), done: true });
        out
    } else {
        let params = ReportParams { org: s.org.clone(), name: name.to_string(), member: s.member.clone(), from: s.from.clone(), to: s.to.clone(), sort: None };
        progress(step(&l, 1, 2, &title(&l, name)));
        let r = report(store, ctx, &params)?;
        progress(step(&l, 2, 2, &l.msg("ui-progress-writing", &[])));
        let out = write_reports(std::slice::from_ref(&r), &l, format, path, page)?;
        progress(Progress { step: 2, steps: 2, label: l.msg("ui-progress-done", &[]), done: true });
        out
    };
    let message = l.msg("ui-saved-to", &[("path", Arg::Text(written.first().cloned().unwrap_or_default()))]);
    Ok(SavedFiles { written, message, pending })
}

/// The answer "yes, the passbook printed correctly" to a printing made with the same choices
/// `s`: its lines are recorded as printed, up to the voucher `upto` the PDF covered. (A "no"
/// calls nothing: no line is taken.)
pub fn passbook_confirm(store: &mut Store, ctx: &Ctx, s: &ReportSave, upto: i64, locale: Locale) -> Result<PassbookRecorded> {
    let l = Localizer::new(locale);
    let lines = passbook_printed(store, ctx, &print_of(s, locale)?, upto)?;
    Ok(PassbookRecorded { lines, message: l.msg("passbook-print-recorded", &[("count", Arg::Count(lines as i64))]) })
}

/// The audit sheet on screen, before it is saved: its cover and every statement, register and
/// indicator as the tables the workbook and the PDF hold (the same `audit_export`, the same
/// order), so the officer can read any of them, not only the first.
pub fn audit_view(store: &Store, ctx: &Ctx, s: &ReportSave, locale: Locale) -> Result<Vec<DisplayReport>> {
    let p = AuditParams { org: s.org.clone(), from: s.from.clone(), to: s.to.clone(), locale, prepared_by: s.prepared_by.trim().to_string() };
    let sheet = audit_export_progress(store, ctx, &p, &mut |_, _, _| {})?;
    let l = Localizer::new(locale);
    Ok(sheet.reports.iter().map(|r| render_display(r, &l)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::demo_book;
    use crate::i18n::Lang;

    #[test]
    fn catalog_offers_the_reports_each_kind_keeps_the_passbook_and_the_audit_sheet() {
        let (s, ctx) = demo_book(Lang::Hi);
        // What each demo book is not offered, written out by hand: roll-ups need imported groups
        // (households a fund centre), Panchsutra is Indian, shares need share capital, the
        // share-out is a VSLA's, levies, benefits and fees a welfare club's.
        let rollups = ["group-status", "portfolio", "grading", "overdue-borrowers", "cif-reconciliation", "consolidated-receipts-payments", "consolidated-income-expenditure", "consolidated-balance-sheet"];
        let households = ["household-debts", "restructuring-plan", "target-households"];
        let welfare = ["levy-register", "welfare-benefits", "welfare-fees"];
        let cases: [(&str, Vec<&str>); 4] = [
            ("coop-meherpur", [&rollups[..], &households, &welfare, &["panchsutra", "share-out"]].concat()),
            ("shg-kishanganj", [&rollups[..], &households, &welfare, &["share-out", "share-register"]].concat()),
            ("vo-kishanganj", [&households[..], &welfare, &["share-out", "share-register"]].concat()),
            ("wc-samkha", [&rollups[..], &households, &["panchsutra", "share-out", "share-register"]].concat()),
        ];
        for (org, out) in cases {
            let c = reports_catalog(&s, &ctx, org, Locale::new(Lang::Bn)).unwrap();
            let ids: Vec<&str> = c.reports.iter().map(|r| r.id.as_str()).collect();
            let want: Vec<&str> = REPORTS.iter().copied().filter(|id| !out.contains(id)).chain([AUDIT]).collect();
            assert_eq!(ids, want, "{org}");
            assert!(c.reports.iter().all(|r| !r.label.is_empty() && !r.label.contains('{')));
        }
        let c = reports_catalog(&s, &ctx, "coop-meherpur", Locale::new(Lang::Bn)).unwrap();
        for id in ["appropriation", "share-register", "dividends", "interest-by-fund", "cash-book", AUDIT] {
            assert!(c.reports.iter().any(|r| r.id == id), "{id}");
        }
        assert!(!c.from_display.is_empty());
    }

    #[test]
    fn audit_view_shows_every_sheet_of_the_workbook_in_order() {
        let (s, ctx) = demo_book(Lang::Hi);
        let req = ReportSave { org: "coop-meherpur".into(), name: AUDIT.into(), prepared_by: "রহিম".into(), ..Default::default() };
        let shown = audit_view(&s, &ctx, &req, Locale::new(Lang::Bn)).unwrap();
        let org = org_of(&s.read(), "coop-meherpur").unwrap();
        let names = crate::app::audit_reports_for(&org);
        assert_eq!(shown.len(), names.len() + 2, "the cover, every report and the technical appendix");
        assert_eq!(shown.iter().skip(1).take(names.len()).map(|r| r.id.as_str()).collect::<Vec<_>>(), names);
        assert_eq!(shown.last().unwrap().id, "audit-appendix");
        assert!(shown.iter().all(|r| !r.title.is_empty() && !r.title.contains('{')));
        assert!(shown[0].sections.iter().flat_map(|s| &s.rows).flatten().any(|c| c == "রহিম"), "prepared by on the cover");
        // The same figures as the workbook: the balance sheet on screen is the one report_view shows.
        let bs = crate::app::report_view(&s, &ctx, &ReportParams { org: "coop-meherpur".into(), name: "balance-sheet".into(), ..Default::default() }, Locale::new(Lang::Bn)).unwrap();
        assert_eq!(shown.iter().find(|r| r.id == "balance-sheet"), Some(&bs));
    }

    #[test]
    fn audit_save_reports_every_step_and_writes_the_workbook() {
        let (mut s, ctx) = demo_book(Lang::Hi);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.xlsx");
        let req = ReportSave { org: "coop-meherpur".into(), name: AUDIT.into(), format: "xlsx".into(), path: path.display().to_string(), ..Default::default() };
        let mut seen = Vec::new();
        let saved = report_save(&mut s, &ctx, &req, Locale::new(Lang::Bn), &mut |p| seen.push(p)).unwrap();
        assert_eq!(saved.written, vec![path.display().to_string()]);
        assert!(std::fs::read(&path).unwrap().starts_with(b"PK"));
        let steps = seen[0].steps;
        assert!(steps > crate::app::AUDIT_REPORTS.len(), "every report and the writing: {steps}");
        assert_eq!(seen.iter().filter(|p| !p.done).map(|p| p.step).collect::<Vec<_>>(), (1..=steps).collect::<Vec<_>>());
        assert!(seen.last().unwrap().done);
        assert!(seen[0].label.chars().any(|c| ('০'..='৯').contains(&c)), "Bengali digits in {}", seen[0].label);
        // Bad input changes nothing and says what to fix.
        let bad = ReportSave { format: "doc".into(), ..req.clone() };
        assert_eq!(report_save(&mut s, &ctx, &bad, Locale::new(Lang::Bn), &mut |_| {}).unwrap_err().code(), "error-invalid-choice");
    }

    #[test]
    fn passbook_lines_then_continue_printing_moves_on() {
        let (mut s, ctx) = demo_book(Lang::Hi);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.pdf");
        let req = ReportSave { org: "shg-kishanganj".into(), name: "passbook".into(), member: Some("M01".into()), format: "pdf".into(), path: path.display().to_string(), page: "150x210:20".into(), ..Default::default() };
        let hi = Locale::new(Lang::Hi);
        let before = passbook_lines(&s, &ctx, &req, hi).unwrap();
        assert!(before.any && before.rows.len() == 1 && before.rows[0].count > 0, "{before:?}");
        let saved = report_save(&mut s, &ctx, &req, hi, &mut |_| {}).unwrap();
        assert!(std::fs::read(&path).unwrap().starts_with(b"%PDF"));
        // The PDF alone takes no line: the same lines are still waiting.
        assert_eq!(passbook_lines(&s, &ctx, &req, hi).unwrap(), before);
        let pending = saved.pending.expect("a passbook PDF waits for its answer");
        assert_eq!(pending.lines, before.rows[0].count);
        assert!(pending.question.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c)), "{}", pending.question);
        // "Yes, it printed": the lines are taken.
        let done = passbook_confirm(&mut s, &ctx, &req, pending.upto, hi).unwrap();
        assert_eq!(done.lines, before.rows[0].count);
        let after = passbook_lines(&s, &ctx, &req, hi).unwrap();
        assert!(!after.any, "everything was printed: {after:?}");
        // Confirming again takes nothing more.
        assert_eq!(passbook_confirm(&mut s, &ctx, &req, pending.upto, hi).unwrap().lines, 0);
        // Reprinting from a chosen line (typed in Devanagari digits).
        let again = ReportSave { mode: "from-line".into(), from_line: Some("३".into()), ..req.clone() };
        let lines = passbook_lines(&s, &ctx, &again, hi).unwrap();
        assert_eq!(lines.rows[0].count, before.rows[0].count - 2);
    }
}
