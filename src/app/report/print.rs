//! Printing: member passbooks as PDF (with continue printing on the same paper passbook) and
//! the audit sheet (XLSX workbook, PDF, or a folder of CSV files) for an organisation and period.
//! Every figure comes from the report functions; nothing here computes a total.

use crate::app::input::Ctx;
use crate::app::org_of;
use crate::app::report::{report, ReportParams};
use crate::domain::org::{Country, FiscalYear, Member, OrgKind, Organisation};
use std::collections::HashMap;
use crate::error::{Arg, Error, Result};
use crate::i18n::{Locale, Localizer};
use crate::render::passbook::{geometry, layout_passbook, PassbookSheet};
use crate::render::pdf::{PageSize, PdfDoc};
use crate::render::{render_csv, render_pdf_all, render_xlsx, CsvStyle};
use crate::reports::{self, Books, Cell, Msg, OrgLabel, Report, ReportPeriod, Section};
use crate::store::{Book, PrintRun, Store, StoredVoucher};
use sha2::{Digest, Sha256};

/// Which entries to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassbookMode {
    /// Only entries not printed before, from the next free line.
    Continue,
    /// Reprint from this passbook line (1-based, counted from the first line of the book).
    FromLine(u32),
    /// The whole passbook with the footer (totals, balances in words, signatures).
    All,
}

#[derive(Debug, Clone)]
pub struct PassbookPrint {
    pub org: String,
    /// Admission number; None prints every member of the organisation, each from a new page.
    pub member: Option<String>,
    pub locale: Locale,
    pub page: PageSize,
    pub mode: PassbookMode,
}

/// A passbook PDF made for printing, and what confirming it would take: the paper passbook's
/// lines are recorded only by `passbook_printed`, once the person says the page printed
/// correctly. Saving or previewing the PDF takes nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PassbookPrinting {
    pub pdf: Vec<u8>,
    /// The newest voucher the PDF covers: a confirmation never takes entries saved after it.
    pub upto: i64,
    /// Passbook lines the PDF prints (all members together).
    pub lines: usize,
}

/// The passbook PDF, a preview: nothing is recorded as printed.
pub fn passbook_pdf(store: &mut Store, ctx: &Ctx, p: &PassbookPrint) -> Result<Vec<u8>> {
    Ok(passbook_pdf_to(store, ctx, p, |_| Ok(()))?.pdf)
}

/// Makes the PDF and hands it to `deliver` (e.g. writing the file). Nothing is recorded as
/// printed; the answer says what `passbook_printed` would take.
pub fn passbook_pdf_to(store: &mut Store, ctx: &Ctx, p: &PassbookPrint, deliver: impl FnOnce(&[u8]) -> Result<()>) -> Result<PassbookPrinting> {
    passbook_pdf_progress(store, ctx, p, deliver, &mut |_, _, _| {})
}

/// Where a member's printing starts and ends on the paper passbook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PassbookPlan {
    pub member_no: String,
    pub member_name: String,
    /// Lines to print (0: nothing new).
    pub count: usize,
    /// (page, line) of the first and last printed entry, 1-based.
    pub first: (u32, u32),
    pub last: (u32, u32),
}

/// One member's passbook report, the voucher of each row and the first row to print.
fn member_rows(b: &Book<'_>, ctx: &Ctx, org: &Organisation, all_members: &[Member], vouchers: &[StoredVoucher], by_label: &HashMap<String, i64>, m: &Member, mode: PassbookMode) -> Result<(Report, Vec<Option<i64>>, usize)> {
    let from = org.formed_on.min(m.joined_on).min(vouchers.first().map_or(ctx.today, |v| v.date));
    let books = Books::new(org, all_members, vouchers, from, ctx.today);
    let r = reports::passbook(&books, m);
    let sec = &r.sections[0];
    let vcol = sec.col("col-voucher");
    // Each row's voucher, by its number as printed in the book.
    let ids: Vec<Option<i64>> = sec
        .rows
        .iter()
        .map(|row| match &row[vcol] {
            Cell::Text(t) => by_label.get(t).copied(),
            _ => None,
        })
        .collect();
    let start = match mode {
        PassbookMode::All => 0,
        PassbookMode::FromLine(n) => (n.max(1) - 1) as usize,
        PassbookMode::Continue => match b.last_print_run(m.id)? {
            None => 0,
            Some(run) => ids.iter().position(|id| id.is_some_and(|id| id > run.last_voucher_id)).unwrap_or(ids.len()),
        },
    };
    Ok((r, ids, start))
}

/// The vouchers of an organisation up to today (and up to voucher `upto` when confirming a
/// printing) and their numbers as the passbook prints them.
fn numbered_vouchers(b: &Book<'_>, ctx: &Ctx, org: &Organisation, upto: Option<i64>) -> Result<(Vec<StoredVoucher>, HashMap<String, i64>)> {
    let mut vouchers = b.vouchers(org.id, None, Some(ctx.today))?;
    if let Some(upto) = upto {
        vouchers.retain(|v| v.id <= upto);
    }
    let label = |v: &StoredVoucher| {
        let fy = FiscalYear { start_year: v.fiscal_year, start_month: org.fiscal_start_month, start_day: org.fiscal_start_day };
        format!("{}/{:04}", fy.label(), v.number)
    };
    let by_label = vouchers.iter().map(|v| (label(v), v.id)).collect();
    Ok((vouchers, by_label))
}

fn chosen_members(b: &Book<'_>, org: &Organisation, member: Option<&str>) -> Result<(Vec<Member>, Vec<Member>)> {
    let all_members = b.members(org.id)?;
    let chosen: Vec<Member> = match member.map(str::trim).filter(|s| !s.is_empty()) {
        Some(no) => vec![b.member_by_no(org.id, no)?.ok_or_else(|| Error::UnknownMember { member: no.to_string() })?],
        None => all_members.clone(),
    };
    Ok((chosen, all_members))
}

/// What a printing would put where, without printing: per member, the lines and their page and
/// line on the paper passbook (shown before printing so the bookkeeper feeds the right page).
pub fn passbook_plan(store: &Store, ctx: &Ctx, p: &PassbookPrint) -> Result<Vec<PassbookPlan>> {
    let b = store.read();
    let org = org_of(&b, p.org.trim())?;
    let (chosen, all_members) = chosen_members(&b, &org, p.member.as_deref())?;
    let (vouchers, by_label) = numbered_vouchers(&b, ctx, &org, None)?;
    let g = geometry(p.page);
    let at = |i: usize| (i as u32 / g.lines + 1, i as u32 % g.lines + 1);
    let mut out = Vec::new();
    for m in &chosen {
        let (r, _, start) = member_rows(&b, ctx, &org, &all_members, &vouchers, &by_label, m, p.mode)?;
        let n = r.sections[0].rows.len();
        let count = n.saturating_sub(start);
        out.push(PassbookPlan {
            member_no: m.admission_no.clone(),
            member_name: m.name.clone(),
            count,
            first: at(start),
            last: at((start + count).max(1) - 1),
        });
    }
    Ok(out)
}

/// One member's share of a printing: the report, the rows printed as (row, page, line), and
/// the print run confirming it records.
struct MemberPrint {
    member: Member,
    report: Report,
    rows: Vec<(usize, u32, u32)>,
    run: Option<PrintRun>,
}

/// The members a printing covers and their lines; `upto` limits it to the vouchers a PDF
/// covered. Members with nothing new are left out (a full printing always prints the header).
fn member_prints(b: &Book<'_>, ctx: &Ctx, p: &PassbookPrint, upto: Option<i64>) -> Result<(Organisation, Vec<Member>, Vec<MemberPrint>, i64)> {
    let org = org_of(b, p.org.trim())?;
    let (chosen, all_members) = chosen_members(b, &org, p.member.as_deref())?;
    let (vouchers, by_label) = numbered_vouchers(b, ctx, &org, upto)?;
    let newest = vouchers.iter().map(|v| v.id).max().unwrap_or(0);
    let g = geometry(p.page);
    let mut out = Vec::new();
    for m in &chosen {
        let (r, ids, start) = member_rows(b, ctx, &org, &all_members, &vouchers, &by_label, m, p.mode)?;
        let n = r.sections[0].rows.len();
        if start >= n && p.mode != PassbookMode::All {
            continue;
        }
        let rows: Vec<(usize, u32, u32)> = (start..n).map(|i| (i, i as u32 / g.lines + 1, i as u32 % g.lines + 1)).collect();
        let printed: Vec<i64> = rows.iter().filter_map(|(i, _, _)| ids[*i]).collect();
        let run = match (printed.first(), printed.last(), rows.last()) {
            (Some(first), Some(last), Some((_, page, line))) => Some(PrintRun {
                org_id: org.id,
                member_id: m.id,
                first_voucher_id: *first,
                last_voucher_id: *last,
                page: *page as i64,
                line: *line as i64,
                lines_per_page: g.lines as i64,
                paper: p.page.code(),
                printed_at: ctx.now.clone(),
            }),
            _ => None,
        };
        out.push(MemberPrint { member: m.clone(), report: r, rows, run });
    }
    Ok((org, chosen, out, newest))
}

/// Like `passbook_pdf_to`, reporting each member as a step: `progress(k, n, member name)`.
/// Read only: a book on read-only media prints as any other.
pub fn passbook_pdf_progress(store: &mut Store, ctx: &Ctx, p: &PassbookPrint, deliver: impl FnOnce(&[u8]) -> Result<()>, progress: &mut dyn FnMut(usize, usize, &str)) -> Result<PassbookPrinting> {
    let loc = Localizer::new(p.locale);
    let who = crate::app::people::identify(store, ctx)?;
    let printing = store.snapshot(|b| {
        let (org, chosen, prints, upto) = member_prints(b, ctx, p, None)?;
        who.may_read(&org)?;
        let mut doc = PdfDoc::new(p.page)?;
        for (k, mp) in prints.iter().enumerate() {
            progress(k + 1, prints.len(), &mp.member.name);
            let m = &mp.member;
            layout_passbook(
                &mut doc,
                &loc,
                &PassbookSheet {
                    report: &mp.report,
                    org_name: org.name.clone(),
                    member_no: m.admission_no.clone(),
                    member_name: m.name.clone(),
                    joined: m.joined_on,
                    nominee: m.nominee.clone(),
                    currency: org.currency,
                    rows: mp.rows.clone(),
                    footer: p.mode == PassbookMode::All,
                },
            );
        }
        if doc.page_count() == 0 {
            let who = match chosen.as_slice() {
                [m] => format!("{} {}", m.admission_no, m.name),
                _ => org.code.clone(),
            };
            return Err(Error::NothingToPrint { member: who });
        }
        let lines = prints.iter().map(|mp| mp.rows.len()).sum();
        Ok(PassbookPrinting { pdf: doc.finish()?, upto, lines })
    })?;
    deliver(&printing.pdf)?;
    Ok(printing)
}

/// The person said the passbook printed correctly: records where each member's paper passbook
/// now ends, for the same choice of members, paper and mode, taking only the vouchers up to
/// `upto` (the printing's `PassbookPrinting::upto`). Returns the lines recorded; a second
/// confirmation of the same continue printing finds nothing new and records nothing.
pub fn passbook_printed(store: &mut Store, ctx: &Ctx, p: &PassbookPrint, upto: i64) -> Result<usize> {
    let who = crate::app::people::identify(store, ctx)?;
    store.write(|b| {
        let (org, _, prints, _) = member_prints(b, ctx, p, Some(upto))?;
        who.may_read(&org)?;
        let mut lines = 0;
        for mp in &prints {
            if let Some(run) = &mp.run {
                b.insert_print_run(run)?;
                lines += mp.rows.len();
            }
        }
        Ok(lines)
    })
}

/// What the audit sheet covers. Dates in any digits; the period defaults to the fiscal year
/// to date (as `samuh report`).
#[derive(Debug, Clone)]
pub struct AuditParams {
    pub org: String,
    pub from: Option<String>,
    pub to: Option<String>,
    pub locale: Locale,
    pub prepared_by: String,
}

/// The audit sheet: a cover and every statement, register and indicator, ready to render.
#[derive(Debug, Clone)]
pub struct AuditSheet {
    pub locale: Locale,
    /// Cover first, then the reports in `AUDIT_REPORTS` order.
    pub reports: Vec<Report>,
    /// SHA-256 over the organisation's voucher hashes in chain order (hex).
    pub journal_hash: String,
}

/// The reports of an audit sheet, in order (after the cover).
pub const AUDIT_REPORTS: &[&str] = &[
    "cash-book",
    "bank-book",
    "receipts-payments",
    "income-expenditure",
    "balance-sheet",
    "trial-balance",
    "savings-register",
    "loan-register",
    "dcb",
    "arrears",
    "panchsutra",
    "reversals",
    "approvals",
];

/// The reports of an organisation's audit sheet: `AUDIT_REPORTS` as its country and kind ask
/// for them. The Panchsutra indicators are NABARD's grading of Indian self-help groups: only
/// Indian organisations carry them. A Bangladesh cooperative's Form-10 set (cash account,
/// balance sheet, profit and loss) is in `AUDIT_REPORTS` already; the profit and loss
/// appropriation is added after the balance sheet. A Thai village fund's statements (balance
/// sheet, income statement) are the balance sheet and income and expenditure already there. An
/// organisation whose kind keeps shares carries the share register after the savings register.
pub fn audit_reports_for(org: &Organisation) -> Vec<&'static str> {
    let mut names = AUDIT_REPORTS.to_vec();
    if org.country != Country::India {
        names.retain(|n| *n != "panchsutra");
    }
    if org.kind == OrgKind::Cooperative && org.country == Country::Bangladesh {
        let at = names.iter().position(|n| *n == "balance-sheet").map_or(names.len(), |i| i + 1);
        names.insert(at, "appropriation");
    }
    // Share capital is equity held per member: the auditor checks each member's paid-up capital
    // against her share certificate, and their total against the balance sheet's share capital.
    if crate::app::yearend::keeps_shares(org) {
        let at = names.iter().position(|n| *n == "savings-register").map_or(names.len(), |i| i + 1);
        names.insert(at, "share-register");
    }
    names
}

impl AuditSheet {
    pub fn xlsx(&self) -> Result<Vec<u8>> {
        render_xlsx(&self.reports, &Localizer::new(self.locale))
    }
    pub fn pdf(&self, page: PageSize) -> Result<Vec<u8>> {
        render_pdf_all(&self.reports, &Localizer::new(self.locale), page)
    }
    /// One machine CSV per report (Latin digits, ISO dates, plain amounts): (file name, text).
    pub fn csv_files(&self) -> Vec<(String, String)> {
        let loc = Localizer::new(self.locale);
        self.reports.iter().enumerate().map(|(i, r)| (format!("{:02}-{}.csv", i, r.id), render_csv(r, &loc, CsvStyle { localized: false }))).collect()
    }
}

/// Builds the audit sheet of an organisation for a period.
pub fn audit_export(store: &Store, ctx: &Ctx, p: &AuditParams) -> Result<AuditSheet> {
    audit_export_progress(store, ctx, p, &mut |_, _, _| {})
}

/// Like `audit_export`, reporting each report as a step: `progress(k, n, report id)`.
pub fn audit_export_progress(store: &Store, ctx: &Ctx, p: &AuditParams, progress: &mut dyn FnMut(usize, usize, &str)) -> Result<AuditSheet> {
    let b = store.read();
    let org = org_of(&b, p.org.trim())?;
    let names = audit_reports_for(&org);
    let mut out = Vec::new();
    let params = |name: &str| ReportParams { org: p.org.clone(), name: name.into(), member: None, from: p.from.clone(), to: p.to.clone(), sort: None };
    for (k, name) in names.iter().enumerate() {
        progress(k + 1, names.len(), name);
        out.push(report(store, ctx, &params(name))?);
    }
    let all = b.vouchers(org.id, None, None)?;
    let mut h = Sha256::new();
    for v in &all {
        h.update(v.hash.as_bytes());
    }
    let journal_hash = format!("{:x}", h.finalize());
    let period = out[0].period;
    let (from, to) = match period {
        ReportPeriod::Range { from, to } => (from, to),
        ReportPeriod::AsOf(d) => (d, d),
    };
    let columns = [("col-item", crate::reports::CellKind::Text), ("col-value", crate::reports::CellKind::Text)];
    let mut s = Section::new(None, &columns);
    let row = |id: &str, c: Cell| vec![Cell::msg(id), c];
    // The cover is signed: it names the organisation and the book code people compare with their
    // minutes, and nothing a signer cannot read (no internal code, hash or command).
    s.rows.push(row("cover-organisation", Cell::text(org.name.clone())));
    s.rows.push(row("cover-period", Cell::Msg(Msg::new("report-period").arg("from", Arg::Date(from)).arg("to", Arg::Date(to)))));
    s.rows.push(row("cover-prepared-by", Cell::text(p.prepared_by.clone())));
    s.rows.push(row("cover-generated-at", generated_at(&ctx.now)));
    s.rows.push(vec![Cell::msg("cover-vouchers"), Cell::Count(all.len() as i64)]);
    s.rows.push(row("cover-book-code", Cell::Code(crate::app::head_code(&b, org.id)?)));
    let label = OrgLabel { code: org.code.clone(), name: org.name.clone(), currency: org.currency };
    let cover = Report { id: "audit-cover", title: Msg::new("report-audit-cover"), org: label.clone(), period, sections: vec![s] };
    // The technical appendix, last: what a tool compares (hashes) and how to check them.
    let mut t = Section::new(None, &columns);
    t.rows.push(row("cover-org-code", Cell::Code(org.code.clone())));
    t.rows.push(row("cover-chain-head", Cell::Code(all.last().map(|v| v.hash.clone()).unwrap_or_default())));
    t.rows.push(row("cover-journal-hash", Cell::Code(journal_hash.clone())));
    t.notes.push(Msg::new("note-journal-hash"));
    let appendix = Report { id: "audit-appendix", title: Msg::new("report-audit-appendix"), org: label, period, sections: vec![t] };
    out.insert(0, cover);
    out.push(appendix);
    Ok(AuditSheet { locale: p.locale, reports: out, journal_hash })
}

/// When the audit sheet was made, as the reader reads a date and a time (the locale's digits and
/// calendar); `ctx.now` is ISO ("2026-11-22T06:40:51") and stays so in machine outputs.
fn generated_at(now: &str) -> Cell {
    match chrono::NaiveDateTime::parse_from_str(now, "%Y-%m-%dT%H:%M:%S%.f") {
        Ok(t) => Cell::Msg(Msg::new("cover-generated-when").arg("date", Arg::Date(t.date())).arg("time", Arg::Time(t.time()))),
        Err(_) => Cell::text(now.to_string()),
    }
}
