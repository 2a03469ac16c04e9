//! XLSX: one worksheet per report, headings in the reader's language, and real cells: money
//! and counts are numbers with a number format (Indian lakh grouping for Hindi and Bengali),
//! percentages are fractions shown as %, dates are Excel dates. Text and messages are strings.
//!
//! The calendar and the digits are part of the number format, never of the cell: a Buddhist Era
//! date is a real date cell whose format carries the Thai Buddhist calendar (`[$-107041E]`, or
//! `[$-1070000]` for another language), and Thai digits are the format's numeral-shape prefix
//! (`[$-D00041E]`, `[$-D07041E]` for dates). Excel and LibreOffice both honour these codes.
//! Devanagari and Bengali digits are left Latin in the workbook: no numeral-shape code for them
//! is rendered alike by both programs (LibreOffice, for one, shows Thai digits for
//! `[$-D000439]` dates) and none combines with the lakh grouping's conditional sections, so the
//! workbook keeps Latin digits with lakh grouping there, as the CSV does; the PDF has the
//! native digits. Bangabda has no spreadsheet calendar: those dates stay Gregorian cells.

use crate::store::error::StoreError;
use super::{heading, msg};
use crate::error::{Error, Result};
use crate::i18n::{Calendar, Digits, Lang, Localizer};
use crate::reports::{Cell, Report};
use chrono::Datelike;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, XlsxError};

/// The Indian 2-2-3 grouping as an Excel number format (crore and lakh thresholds).
pub const INDIAN_MONEY_FORMAT: &str = "[>=10000000]##\\,##\\,##\\,##0.00;[>=100000]##\\,##\\,##0.00;##,##0.00";
pub const WESTERN_MONEY_FORMAT: &str = "#,##0.00";

/// A table with more columns than this is printed on landscape paper.
const WIDE_COLUMNS: usize = 6;

fn xe(e: XlsxError) -> Error {
    Error::Store(StoreError::Database { detail: format!("XLSX: {e}") })
}

/// A worksheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, unique. The
/// report's short name (`sheet-<report id>`) when the locale has one; otherwise the title,
/// cut at a word boundary rather than mid-word.
fn sheet_name(loc: &Localizer, r: &Report, used: &mut Vec<String>) -> String {
    let short = format!("sheet-{}", r.id);
    let title = if loc.has(&short) { loc.msg(&short, &[]) } else { msg(loc, &r.title) };
    let clean: String = title.chars().filter(|c| !"[]:*?/\\'".contains(*c)).collect();
    let clean = clean.trim();
    let base: String = if clean.chars().count() <= 28 {
        clean.to_string()
    } else {
        let cut: String = clean.chars().take(28).collect();
        match cut.rfind(' ') {
            Some(at) if at > 0 => cut[..at].trim_end().to_string(),
            _ => cut,
        }
    };
    let mut name = if base.is_empty() { "Sheet".to_string() } else { base };
    let mut n = 2;
    while used.iter().any(|u| u.to_lowercase() == name.to_lowercase()) {
        name = format!("{} {n}", name.chars().take(26).collect::<String>());
        n += 1;
    }
    used.push(name.clone());
    name
}

/// The number formats (money, count, percent, date) for a reader: grouping by language, Thai
/// digits and the Buddhist Era through the formats' locale prefixes (see the module notes).
pub fn formats(lang: Lang, digits: Digits, calendar: Calendar) -> (String, String, String, String) {
    let thai_digits = lang == Lang::Th && digits == Digits::Native;
    let prefix = if thai_digits { "[$-D00041E]" } else { "" };
    let money = if matches!(lang, Lang::Hi | Lang::Bn) { INDIAN_MONEY_FORMAT.to_string() } else { format!("{prefix}{WESTERN_MONEY_FORMAT}") };
    let pattern = if lang == Lang::Th { "dd/mm/yyyy" } else { "dd-mm-yyyy" };
    let date_prefix = match (calendar, lang, thai_digits) {
        (Calendar::Buddhist, _, true) => "[$-D07041E]",
        (Calendar::Buddhist, Lang::Th, false) => "[$-107041E]",
        (Calendar::Buddhist, _, _) => "[$-1070000]",
        (_, _, true) => "[$-D00041E]",
        _ => "",
    };
    (money, format!("{prefix}#,##0"), format!("{prefix}0.00%"), format!("{date_prefix}{pattern}"))
}

/// The reports as one workbook, a sheet each, in order.
pub fn render_xlsx(reports: &[Report], loc: &Localizer) -> Result<Vec<u8>> {
    let mut wb = Workbook::new();
    let lang = loc.locale().lang;
    // Money: Indian grouping for Hindi and Bengali (the readers' convention), Western otherwise.
    let (money_fmt, count_fmt, pct_fmt, date_fmt) = formats(lang, loc.locale().digits, loc.locale().calendar);
    let f_money = Format::new().set_num_format(&money_fmt);
    let f_money_b = Format::new().set_num_format(&money_fmt).set_bold();
    let f_count = Format::new().set_num_format(&count_fmt);
    let f_count_b = Format::new().set_num_format(&count_fmt).set_bold();
    let f_pct = Format::new().set_num_format(&pct_fmt);
    let f_pct_b = Format::new().set_num_format(&pct_fmt).set_bold();
    let f_date = Format::new().set_num_format(&date_fmt);
    let f_date_b = Format::new().set_num_format(&date_fmt).set_bold();
    let f_text = Format::new();
    let f_bold = Format::new().set_bold();
    let f_title = Format::new().set_bold().set_font_size(14);
    let f_head = Format::new().set_bold().set_text_wrap().set_border_bottom(rust_xlsxwriter::FormatBorder::Thin);
    let mut used = Vec::new();
    for r in reports {
        let ws = wb.add_worksheet();
        ws.set_name(sheet_name(loc, r, &mut used)).map_err(xe)?;
        // Print setup: A4, one page wide (as many tall as needed), landscape when the widest
        // table has many columns, and its column headings repeated on every printed page.
        ws.set_paper_size(9);
        ws.set_print_fit_to_pages(1, 0);
        if r.sections.iter().any(|s| s.columns.len() > WIDE_COLUMNS) {
            ws.set_landscape();
        }
        let mut header_row: Option<u32> = None;
        let mut row: u32 = 0;
        for (i, line) in heading(loc, r).iter().enumerate() {
            ws.write_string_with_format(row, 0, line, if i == 0 { &f_title } else { &f_text }).map_err(xe)?;
            row += 1;
        }
        let mut widths: Vec<f64> = Vec::new();
        for s in &r.sections {
            row += 1;
            if let Some(t) = &s.title {
                ws.write_string_with_format(row, 0, msg(loc, t), &f_bold).map_err(xe)?;
                row += 1;
            }
            for (c, col) in s.columns.iter().enumerate() {
                let h = loc.msg(col.id, &[]);
                if widths.len() <= c {
                    widths.push(10.0);
                }
                widths[c] = widths[c].max((h.chars().count() as f64 * 0.6).min(18.0));
                ws.write_string_with_format(row, c as u16, h, &f_head).map_err(xe)?;
            }
            header_row.get_or_insert(row);
            row += 1;
            for (is_total, cells) in s.rows.iter().map(|r| (false, r)).chain(s.totals.iter().map(|r| (true, r))) {
                for (c, cell) in cells.iter().enumerate() {
                    let col = c as u16;
                    let pick = |plain: &'static str| -> &Format {
                        match (plain, is_total) {
                            ("money", false) => &f_money,
                            ("money", true) => &f_money_b,
                            ("count", false) => &f_count,
                            ("count", true) => &f_count_b,
                            ("pct", false) => &f_pct,
                            ("pct", true) => &f_pct_b,
                            ("date", false) => &f_date,
                            ("date", true) => &f_date_b,
                            (_, false) => &f_text,
                            (_, true) => &f_bold,
                        }
                    };
                    match cell {
                        Cell::Empty => {}
                        Cell::Money(m) => {
                            // The one place money becomes a float (see `to_excel_number`).
                            ws.write_number_with_format(row, col, m.to_excel_number(), pick("money")).map_err(xe)?;
                            widths[c] = widths[c].max(14.0);
                        }
                        Cell::Count(n) => {
                            ws.write_number_with_format(row, col, *n as f64, pick("count")).map_err(xe)?;
                        }
                        Cell::Percent(p) => {
                            let v: f64 = (p / rust_decimal::Decimal::ONE_HUNDRED).normalize().to_string().parse().unwrap_or(0.0);
                            ws.write_number_with_format(row, col, v, pick("pct")).map_err(xe)?;
                        }
                        Cell::Date(d) => {
                            let dt = ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8).map_err(xe)?;
                            ws.write_datetime_with_format(row, col, &dt, pick("date")).map_err(xe)?;
                            widths[c] = widths[c].max(11.0);
                        }
                        Cell::Text(_) | Cell::Msg(_) | Cell::Code(_) => {
                            let t = super::cell(loc, cell);
                            widths[c] = widths[c].max((t.chars().count() as f64 * 0.9).min(45.0));
                            ws.write_string_with_format(row, col, t, pick("text")).map_err(xe)?;
                        }
                    }
                }
                row += 1;
            }
            for n in &s.notes {
                ws.write_string(row, 0, msg(loc, n)).map_err(xe)?;
                row += 1;
            }
        }
        for (c, w) in widths.iter().enumerate() {
            ws.set_column_width(c as u16, *w).map_err(xe)?;
        }
        if let Some(h) = header_row {
            ws.set_repeat_rows(h, h).map_err(xe)?;
        }
    }
    wb.save_to_buffer().map_err(xe)
}
