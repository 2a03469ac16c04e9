//! Receipts on paper and as text (issue 15): one acknowledgement per payer, on a 58 mm or 80 mm
//! thermal roll (each receipt a page as long as its text) or on A6 cards; and the same words as
//! plain text to paste into a messaging app. On paper the text is drawn as glyph outlines by
//! default, so a printer with no Thai, Devanagari or Bengali font prints the shaped letters.

use super::pdf::{mm, Align, PageSize, PdfDoc, MIN_TEXT_PT};
use crate::domain::ledger::LineKind;
use crate::error::{Arg, Result};
use crate::i18n::{amount_in_words, Localizer};
use crate::reports::receipts::{Receipt, ReceiptItem};

/// The paper a receipt is printed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReceiptPaper {
    /// A 58 mm thermal roll.
    Roll58,
    /// An 80 mm thermal roll.
    Roll80,
    /// A6 cards (105 × 148 mm), one receipt each.
    A6,
}

impl ReceiptPaper {
    pub fn from_code(s: &str) -> Option<ReceiptPaper> {
        match s.trim().to_ascii_lowercase().as_str() {
            "58" | "58mm" | "roll58" => Some(ReceiptPaper::Roll58),
            "80" | "80mm" | "roll80" => Some(ReceiptPaper::Roll80),
            "a6" => Some(ReceiptPaper::A6),
            _ => None,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            ReceiptPaper::Roll58 => "58mm",
            ReceiptPaper::Roll80 => "80mm",
            ReceiptPaper::A6 => "a6",
        }
    }
    /// Width of the paper in millimetres.
    pub fn width_mm(self) -> f32 {
        match self {
            ReceiptPaper::Roll58 => 58.0,
            ReceiptPaper::Roll80 => 80.0,
            ReceiptPaper::A6 => 105.0,
        }
    }
    fn margin(self) -> f32 {
        match self {
            // A thermal head prints about 48 mm of a 58 mm roll, 72 mm of an 80 mm one.
            ReceiptPaper::Roll58 | ReceiptPaper::Roll80 => mm(4.0),
            ReceiptPaper::A6 => mm(8.0),
        }
    }
}

/// What an item is, in the reader's words.
fn item_label(loc: &Localizer, i: &ReceiptItem) -> String {
    let loan = Arg::Text(i.loan.map(|n| n.to_string()).unwrap_or_default());
    let id = match i.kind {
        LineKind::Saving => "receipt-item-saving",
        LineKind::SharePurchase => "receipt-item-share-purchase",
        LineKind::Principal => "receipt-item-principal",
        LineKind::Interest => "receipt-item-interest",
        LineKind::LoanFine => "receipt-item-loan-fine",
        LineKind::AttendanceFine => "receipt-item-attendance-fine",
        LineKind::MembershipFee => "receipt-item-membership-fee",
        _ => "receipt-item-other",
    };
    loc.digits_of(&loc.msg(id, &[("loan", loan)]))
}

/// One line of a receipt: text on the left, an amount on the right, or a whole line of text.
enum Row {
    Centre { text: String, size: f32, bold: bool },
    Text { text: String, size: f32 },
    Pair { label: String, amount: String, bold: bool },
    Rule,
    Gap(f32),
}

fn rows(loc: &Localizer, r: &Receipt) -> Vec<Row> {
    let t = |id: &str, args: &[(&str, Arg)]| loc.digits_of(&loc.msg(id, args));
    let mut out = vec![
        Row::Centre { text: loc.digits_of(&r.org_name), size: 10.0, bold: true },
        Row::Centre { text: t("receipt-title", &[]), size: 9.0, bold: true },
        Row::Text { text: t("print-member", &[("no", Arg::Text(r.member_no.clone())), ("name", Arg::Text(r.member_name.clone()))]), size: 9.0 },
        Row::Text { text: t("receipt-date", &[("date", Arg::Date(r.date))]), size: MIN_TEXT_PT },
        Row::Text { text: t("receipt-voucher", &[("voucher", Arg::Text(r.voucher.clone()))]), size: MIN_TEXT_PT },
        Row::Rule,
    ];
    for i in &r.items {
        out.push(Row::Pair { label: item_label(loc, i), amount: loc.amount(i.amount), bold: false });
    }
    out.push(Row::Rule);
    out.push(Row::Pair { label: t("receipt-total", &[]), amount: loc.amount(r.total), bold: true });
    out.push(Row::Text { text: t("receipt-in-words", &[("words", Arg::Text(amount_in_words(r.total, r.currency, loc.locale().lang)))]), size: MIN_TEXT_PT });
    out.push(Row::Rule);
    out.push(Row::Text { text: t("receipt-after", &[]), size: MIN_TEXT_PT });
    out.push(Row::Pair { label: t("receipt-savings-after", &[]), amount: loc.amount(r.savings_after), bold: false });
    for (no, bal) in &r.loans_after {
        out.push(Row::Pair { label: t("receipt-loan-after", &[("loan", Arg::Text(no.to_string()))]), amount: loc.amount(*bal), bold: false });
    }
    if !r.fines_owed_after.is_zero() {
        out.push(Row::Pair { label: t("receipt-fines-owed", &[]), amount: loc.amount(r.fines_owed_after), bold: false });
    }
    out.push(Row::Rule);
    out
}

/// The receipt as plain text, for a messaging app: one line per figure.
pub fn receipt_text(loc: &Localizer, r: &Receipt, book_code: &str) -> String {
    let mut lines = Vec::new();
    for row in rows(loc, r) {
        match row {
            Row::Centre { text, .. } | Row::Text { text, .. } => lines.push(text),
            Row::Pair { label, amount, .. } => lines.push(format!("{label}: {amount}")),
            Row::Rule => lines.push("—".repeat(12)),
            Row::Gap(_) => {}
        }
    }
    lines.push(loc.msg("receipt-book-code", &[("code", Arg::Text(book_code.to_string()))]));
    lines.join("\n")
}

/// Receipts as one PDF: on a roll each receipt is a page of the roll's width and its own length;
/// on A6 each is a card. `outlined` draws text as shapes (no fonts embedded).
pub fn receipts_pdf(loc: &Localizer, receipts: &[Receipt], book_code: &str, paper: ReceiptPaper, outlined: bool) -> Result<Vec<u8>> {
    let mut doc = PdfDoc::new(PageSize::A5)?;
    doc.outlined = outlined;
    for r in receipts {
        layout(&mut doc, loc, r, book_code, paper);
    }
    doc.finish()
}

fn layout(doc: &mut PdfDoc, loc: &Localizer, r: &Receipt, book_code: &str, paper: ReceiptPaper) {
    let w = mm(paper.width_mm());
    let m = paper.margin();
    let avail = w - 2.0 * m;
    let mut rows = rows(loc, r);
    rows.push(Row::Text { text: loc.msg("receipt-book-code", &[("code", Arg::Text(book_code.to_string()))]), size: MIN_TEXT_PT });
    rows.push(Row::Gap(22.0));
    rows.push(Row::Rule);
    rows.push(Row::Text { text: loc.digits_of(&loc.msg("receipt-received-by", &[])), size: MIN_TEXT_PT });
    // Lay out once to measure, then draw on a page of that length (a roll) or on a card.
    let mut ops: Vec<(f32, Row)> = Vec::new();
    let mut y = m + 10.0;
    for row in rows {
        match row {
            Row::Centre { text, size, bold } => {
                for l in doc.wrap(&text, size, bold, avail) {
                    ops.push((y, Row::Centre { text: l, size, bold }));
                    y += size * 1.35;
                }
            }
            Row::Text { text, size } => {
                for l in doc.wrap(&text, size, false, avail) {
                    ops.push((y, Row::Text { text: l, size }));
                    y += size * 1.35;
                }
            }
            Row::Pair { label, amount, bold } => {
                let size = MIN_TEXT_PT + 0.5;
                let aw = doc.width_of(&amount, size, bold);
                let lines = doc.wrap(&label, size, bold, (avail - aw - 6.0).max(avail / 3.0));
                let n = lines.len();
                for (k, l) in lines.into_iter().enumerate() {
                    let last = k + 1 == n;
                    ops.push((y, Row::Pair { label: l, amount: if last { amount.clone() } else { String::new() }, bold }));
                    y += size * 1.35;
                }
            }
            Row::Rule => {
                ops.push((y - 6.0, Row::Rule));
                y += 4.0;
            }
            Row::Gap(g) => y += g,
        }
    }
    let height = match paper {
        ReceiptPaper::A6 => mm(148.0).max(y + m),
        _ => y + m,
    };
    doc.new_page_sized(w, height);
    for (y, row) in ops {
        match row {
            Row::Centre { text, size, bold } => {
                doc.text(w / 2.0, y, &text, size, bold, Align::Center);
            }
            Row::Text { text, size } => {
                doc.text(m, y, &text, size, false, Align::Left);
            }
            Row::Pair { label, amount, bold } => {
                let size = MIN_TEXT_PT + 0.5;
                doc.text(m, y, &label, size, bold, Align::Left);
                doc.text(w - m, y, &amount, size, bold, Align::Right);
            }
            Row::Rule => doc.line(m, y, w - m, y, 0.5),
            Row::Gap(_) => {}
        }
    }
}
