//! The member passbook on paper: a header band (organisation, member, join date, nominee and
//! the column headings), then fixed line slots so that a later printing lands on the next free
//! line of the same physical page, and after a full printing a footer with the totals, the
//! balances in words (and, for a member who holds shares, her paid-up share capital) and a
//! signature box. The figures are the cells of `reports::passbook`.

use super::pdf::{mm, Align, PageSize, PdfDoc};
use super::{cell, msg};
use crate::domain::money::Currency;
use crate::error::Arg;
use crate::i18n::{amount_in_words, Localizer};
use crate::reports::{Cell, Report};
use chrono::NaiveDate;

/// The passbook columns printed, in order (the voucher number and reference stay in the book).
pub const PASSBOOK_COLUMNS: [&str; 10] = [
    "col-date",
    "col-particulars",
    "col-savings-deposited",
    "col-savings-withdrawn",
    "col-savings-balance",
    "col-loan-disbursed",
    "col-principal-repaid",
    "col-interest-paid",
    "col-fine-paid",
    "col-loan-balance",
];

/// Share of the usable width per column.
const FRACTIONS: [f32; 10] = [0.105, 0.175, 0.09, 0.09, 0.09, 0.09, 0.09, 0.09, 0.09, 0.09];

/// Where the line slots of a page are: the baseline of line 1, the pitch, and the line count.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    pub first_baseline: f32,
    pub pitch: f32,
    pub lines: u32,
}

/// The fixed geometry of a passbook page: the same paper always gives the same slots.
pub fn geometry(page: PageSize) -> Geometry {
    let (_, h) = page.points();
    let m = page.margin();
    let band = mm(30.0);
    let top = m + band;
    let usable = h - m - mm(6.0) - top;
    match page {
        PageSize::Custom { lines, .. } => Geometry { first_baseline: top, pitch: usable / lines as f32, lines },
        PageSize::A4 => Geometry { first_baseline: top, pitch: 15.0, lines: (usable / 15.0).floor() as u32 },
        PageSize::A5 => Geometry { first_baseline: top, pitch: 14.0, lines: (usable / 14.0).floor() as u32 },
    }
}

/// One member's passbook to print.
pub struct PassbookSheet<'a> {
    pub report: &'a Report,
    pub org_name: String,
    pub member_no: String,
    pub member_name: String,
    pub joined: NaiveDate,
    pub nominee: Option<String>,
    pub currency: Currency,
    /// Row indices of the report's section to print, each with its physical page and line.
    pub rows: Vec<(usize, u32, u32)>,
    /// Print the totals, balances in words and signature box after the last row.
    pub footer: bool,
}

/// Lays out a member's passbook rows at their slots, one PDF page per physical page touched.
/// The header band is printed on a page only when its first printed line is line 1 (otherwise
/// it is already on the paper being fed again).
pub fn layout_passbook(doc: &mut PdfDoc, loc: &Localizer, sheet: &PassbookSheet<'_>) {
    let g = geometry(doc.page);
    let (w, h) = doc.size();
    let m = doc.page.margin();
    let avail = w - 2.0 * m;
    let sec = &sheet.report.sections[0];
    let idx: Vec<usize> = PASSBOOK_COLUMNS.iter().map(|c| sec.col(c)).collect();
    let ws: Vec<f32> = FRACTIONS.iter().map(|f| f * avail).collect();
    let xs: Vec<f32> = ws.iter().scan(m, |x, w| {
        let x0 = *x;
        *x += w;
        Some(x0)
    }).collect();
    // The type size: the largest (at most 8 pt) at which every printed figure fits its column.
    let mut size: f32 = if doc.page == PageSize::A4 { 8.5 } else { 7.5 };
    size = size.min(g.pitch * 0.75);
    let texts = |row: &Vec<Cell>| -> Vec<String> { idx.iter().map(|i| cell(loc, &row[*i])).collect() };
    let mut widest = vec![0.0f32; 10];
    for row in sec.rows.iter().chain(sec.totals.iter()) {
        for (k, t) in texts(row).iter().enumerate() {
            if k != 1 {
                widest[k] = widest[k].max(doc.width_of(t, 1.0, true));
            }
        }
    }
    for k in 0..10 {
        if widest[k] > 0.0 {
            size = size.min((ws[k] - 3.0) / widest[k]);
        }
    }
    size = size.max(4.0);
    let header = |doc: &mut PdfDoc| {
        let mut y = m + 12.0;
        doc.text(m, y, &loc.digits_of(&sheet.org_name), 11.0, true, Align::Left);
        doc.text(w - m, y, &msg(loc, &sheet.report.title), 9.0, true, Align::Right);
        y += 14.0;
        doc.text(m, y, &loc.digits_of(&loc.msg("print-member", &[("no", Arg::Text(sheet.member_no.clone())), ("name", Arg::Text(sheet.member_name.clone()))])), 9.0, false, Align::Left);
        y += 12.0;
        let mut x = m;
        x += doc.text(x, y, &loc.msg("print-joined", &[("date", Arg::Date(sheet.joined))]), 8.0, false, Align::Left) + 16.0;
        if let Some(n) = sheet.nominee.as_deref().filter(|n| !n.trim().is_empty()) {
            doc.text(x, y, &loc.msg("print-nominee", &[("name", Arg::Text(n.to_string()))]), 8.0, false, Align::Left);
        }
        // Column headings, wrapped to two lines, just above line 1.
        let hs = size.min(7.0);
        let base = g.first_baseline - g.pitch.min(14.0) - hs * 1.2;
        for k in 0..10 {
            let lines = doc.wrap(&loc.msg(PASSBOOK_COLUMNS[k], &[]), hs, true, ws[k] - 3.0);
            let n = lines.len().min(3);
            for (j, l) in lines.iter().take(3).enumerate() {
                let yy = base - (n - 1 - j) as f32 * hs * 1.15;
                if k < 2 {
                    doc.text(xs[k] + 1.5, yy, l, hs, true, Align::Left);
                } else {
                    doc.text(xs[k] + ws[k] - 1.5, yy, l, hs, true, Align::Right);
                }
            }
        }
        doc.line(m, base + hs * 0.6, w - m, base + hs * 0.6, 0.6);
    };
    let draw_row = |doc: &mut PdfDoc, y: f32, cells: &[String], bold: bool| {
        for k in 0..10 {
            if k < 2 {
                let t = &cells[k];
                // Particulars are clipped to their column by shrinking, never by cutting words.
                let s = if k == 1 { size.min((ws[1] - 3.0) / doc.width_of(t, 1.0, bold).max(0.01)) } else { size };
                doc.text(xs[k] + 1.5, y, t, s.max(3.5), bold, Align::Left);
            } else {
                doc.text(xs[k] + ws[k] - 1.5, y, &cells[k], size, bold, Align::Right);
            }
        }
    };
    let y_of = |line: u32| g.first_baseline + (line - 1) as f32 * g.pitch;
    let mut cur_page: Option<u32> = None;
    let mut last_y = g.first_baseline - g.pitch;
    for (row, page, line) in &sheet.rows {
        if cur_page != Some(*page) {
            doc.new_page();
            cur_page = Some(*page);
            if *line == 1 {
                header(doc);
            }
        }
        let y = y_of(*line);
        draw_row(doc, y, &texts(&sec.rows[*row]), false);
        last_y = y;
    }
    if !sheet.footer {
        return;
    }
    // Her shares (issue 14): the passbook report's share section, when she holds or held any.
    let shares = sheet.report.sections.iter().find(|s| s.title.as_ref().is_some_and(|t| t.id == "section-passbook-shares"));
    let needed = g.pitch * 2.0 + if shares.is_some() { 4.0 } else { 2.0 } * 12.0 + mm(22.0);
    let mut y = last_y + g.pitch;
    if cur_page.is_none() || y + needed > h - m {
        doc.new_page();
        header(doc);
        y = g.first_baseline;
    }
    if let Some(t) = &sec.totals {
        doc.line(m, y - size * 1.1, w - m, y - size * 1.1, 0.6);
        draw_row(doc, y, &texts(t), true);
        y += g.pitch.max(size * 1.6);
    }
    let money = |id: &str| sec.totals.as_ref().and_then(|t| t[sec.col(id)].as_money()).unwrap_or_default();
    let savings = money("col-savings-balance");
    let loan = money("col-loan-balance");
    for line in doc.wrap(&loc.msg("print-savings-in-words", &[("words", Arg::Text(amount_in_words(savings, sheet.currency, loc.locale().lang)))]), 8.0, false, avail) {
        doc.text(m, y, &line, 8.0, false, Align::Left);
        y += 11.0;
    }
    if !loan.is_zero() {
        for line in doc.wrap(&loc.msg("print-loan-in-words", &[("words", Arg::Text(amount_in_words(loan, sheet.currency, loc.locale().lang)))]), 8.0, false, avail) {
            doc.text(m, y, &line, 8.0, false, Align::Left);
            y += 11.0;
        }
    }
    if let Some(s) = shares {
        let at = |id: &str| s.totals.as_ref().and_then(|t| t[s.col(id)].as_money()).unwrap_or_default();
        let capital = at("col-paid-up-capital");
        let text = loc.msg(
            "print-shares-in-words",
            &[("paid", Arg::Money(at("col-shares-paid"))), ("returned", Arg::Money(at("col-shares-returned"))), ("capital", Arg::Money(capital)), ("words", Arg::Text(amount_in_words(capital, sheet.currency, loc.locale().lang)))],
        );
        for line in doc.wrap(&text, 8.0, false, avail) {
            doc.text(m, y, &line, 8.0, false, Align::Left);
            y += 11.0;
        }
    }
    // The signature box: member, treasurer, date, each a cell to sign in.
    y += 4.0;
    let bh = mm(18.0);
    let third = avail / 3.0;
    doc.rect(m, y, avail, bh, 0.6);
    for i in 1..3 {
        doc.line(m + third * i as f32, y, m + third * i as f32, y + bh, 0.6);
    }
    for (i, id) in ["print-signature-member", "print-signature-treasurer", "print-signature-date"].iter().enumerate() {
        doc.text(m + third * i as f32 + third / 2.0, y + bh - 4.0, &loc.msg(id, &[]), 7.0, false, Align::Center);
    }
}
