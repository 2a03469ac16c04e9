//! Tests of the renderers on a report from the sample book of `reports::tests`.

use super::*;
use crate::i18n::{Digits, Lang, Locale, Localizer};
use crate::reports::tests::{run, sample};
use unicode_width::UnicodeWidthStr;

/// The table lines of the first section: from its column headings to the line before the
/// first note or the end.
fn table(text: &str, heading: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.iter().position(|l| l.starts_with(heading)).expect("heading row");
    lines[start..].iter().take_while(|l| !l.is_empty()).map(|l| l.to_string()).collect()
}

#[test]
fn hindi_text_aligns_devanagari_columns() {
    let (s, ctx) = sample();
    let r = run(&s, &ctx, "savings-register", None);
    let loc = Localizer::new(Locale::new(Lang::Hi));
    let text = render_text(&r, &loc);
    assert!(text.contains("सुनीता देवी"), "{text}");
    let t = table(&text, &loc.msg("col-member-no", &[]));
    // The last column is a right-aligned amount, so every line ends at the same display width,
    // even though Devanagari names have more chars than columns.
    let widths: Vec<usize> = t.iter().map(|l| l.width()).collect();
    assert!(widths.len() >= 6, "{text}");
    assert!(widths.iter().all(|w| *w == widths[0]), "{widths:?}\n{text}");
    assert!(t.iter().any(|l| l.chars().count() != l.width()), "a line with combining marks");
    // The name column starts at the same display offset on every row.
    let offset = |l: &str, needle: &str| l.find(needle).map(|i| l[..i].width());
    assert_eq!(offset(&t[2], "सुनीता"), offset(&t[3], "Rekha"));
}

#[test]
fn native_digits_and_csv_for_people_and_machines() {
    let (s, ctx) = sample();
    let r = run(&s, &ctx, "cash-book", None);
    let bn = Localizer::new(Locale::new(Lang::Bn).with_digits(Digits::Native));
    let text = render_text(&r, &bn);
    assert!(text.contains('৳') || text.chars().any(|c| ('০'..='৯').contains(&c)), "{text}");

    let en = Localizer::new(Locale::new(Lang::En));
    let people = render_csv(&r, &bn, CsvStyle { localized: true });
    assert!(people.starts_with('\u{feff}'));
    let machines = render_csv(&r, &en, CsvStyle { localized: false });
    assert!(!machines.starts_with('\u{feff}'));
    assert!(machines.contains("2025-04-06,2025-26/0001,"), "{machines}");
    assert!(machines.contains("col-date,col-voucher,col-particulars"));
    assert!(machines.contains(",1000.00"));
    // RFC 4180: a field with a comma is quoted, quotes doubled.
    assert_eq!(csv::render_field_for_test("a,\"b\""), "\"a,\"\"b\"\"\"");
}

#[test]
fn json_has_plain_amounts() {
    let (s, ctx) = sample();
    let r = run(&s, &ctx, "trial-balance", None);
    let v = render_json(&r);
    assert_eq!(v["id"], "trial-balance");
    assert_eq!(v["period"]["as_of"], "2025-07-31");
    let totals = &v["sections"][0]["totals"];
    assert_eq!(totals[1], totals[2]);
    assert!(totals[1].as_str().unwrap().ends_with(".00"));
    assert_eq!(v["sections"][0]["rows"][0][0]["msg"]["id"], "account-cash");
}

#[test]
#[ignore = "prints sample reports: cargo test --lib preview -- --ignored --nocapture"]
fn preview_in_hindi() {
    let (s, ctx) = sample();
    let loc = Localizer::new(Locale::new(Lang::Hi));
    for name in ["passbook", "cash-book", "receipts-payments", "balance-sheet", "arrears"] {
        println!("{}", render_text(&run(&s, &ctx, name, Some("1")), &loc));
    }
}

/// CSV injection (OWASP): text that a spreadsheet would run as a formula is made inert with a
/// leading quote, in every heading, title, text cell and note; amounts stay numbers, minus sign
/// and all, in both styles.
#[test]
fn csv_text_cannot_become_a_formula_and_numbers_stay_numbers() {
    use crate::domain::money::Money;
    use crate::reports::{Cell, CellKind, Msg, Report, Section};
    let (s, ctx) = sample();
    let mut r: Report = run(&s, &ctx, "cash-book", None);
    r.org.name = "=HYPERLINK(\"http://evil.example\",\"click\")".into();
    let mut sec = Section::new(None, &[("col-particulars", CellKind::Text), ("col-amount", CellKind::Money), ("col-count", CellKind::Count)]);
    let hostile = ["=1+1", "+91 98765", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A9)", "\tTAB", "\rCR", "  =padded", "\u{FF1D}1+1", "Sunita = treasurer"];
    for h in hostile {
        sec.rows.push(vec![Cell::text(h), Cell::Money(-Money::units(120)), Cell::Count(-3)]);
    }
    sec.notes.push(Msg::new("=note"));
    r.sections = vec![sec];
    let en = Localizer::new(Locale::new(Lang::En));
    for style in [CsvStyle { localized: false }, CsvStyle { localized: true }] {
        let out = render_csv(&r, &en, style);
        let records: Vec<&str> = out.trim_start_matches('\u{feff}').split("\r\n").collect();
        // The organisation's name starts its heading line: made inert like any text cell.
        assert!(records.iter().any(|l| l.starts_with("\"'=HYPERLINK(")), "{out}");
        for rec in &records {
            let first = rec.trim_start_matches('"').chars().next();
            assert!(!first.is_some_and(|c| "=+-@\t\r".contains(c)), "a record starts a formula: {rec:?}");
        }
        // Every hostile text cell now starts with the quote; the harmless one is untouched.
        let rows: Vec<&&str> = records.iter().filter(|l| l.ends_with(",-3")).collect();
        assert_eq!(rows.len(), hostile.len(), "{out}");
        for (h, row) in hostile.iter().zip(rows) {
            let first = if row.starts_with('"') { &row[1..] } else { row };
            if h.starts_with("Sunita") {
                assert!(first.starts_with("Sunita"), "{row}");
            } else {
                assert!(first.starts_with('\''), "{h:?} is not inert: {row}");
            }
            // -120.00 in the amount column (−120 in rupees with grouping in the localized style) is
            // a plain number: no quote before it.
            assert!(row.contains(",-120.00,-3"), "{row}");
        }
        assert!(records.iter().any(|l| *l == "'=note" || l.starts_with("\"'=note")), "{out}");
    }
}

/// Each character counts one unit wide, so the test can say by hand where lines must end.
fn chars(s: &str) -> f32 {
    s.chars().count() as f32
}

#[test]
fn thai_wraps_only_between_dictionary_words() {
    // ทะเบียน|เงิน|กู้|ของ|กลุ่ม ("the group's loan register"), word ends written out by hand:
    // ทะเบียน is 7 characters, เงิน 4, กู้ 3, ของ 3, กลุ่ม 5.
    let text = "ทะเบียนเงินกู้ของกลุ่ม";
    let words = ["ทะเบียน", "เงิน", "กู้", "ของ", "กลุ่ม"];
    let mut ends = Vec::new();
    let mut at = 0;
    for w in words {
        at += w.len();
        ends.push(at);
    }
    for b in pdf::break_positions(text) {
        assert!(ends.contains(&b), "break at byte {b} is inside a word of {text}");
    }
    // Width 8: 7 (+4 = 11 > 8) | 4 + 3 = 7 (+3 = 10 > 8) | 3 + 5 = 8.
    assert_eq!(pdf::wrap_by(text, 8.0, chars), vec!["ทะเบียน", "เงินกู้", "ของกลุ่ม"]);
    // Narrower than every pair: one word a line, none cut.
    assert_eq!(pdf::wrap_by(text, 7.0, chars), vec!["ทะเบียน", "เงินกู้", "ของ", "กลุ่ม"]);
}

#[test]
fn thai_name_and_latin_wrap_at_word_ends() {
    // A member's name: given name สมศรี (5), family name ใจดี (4), a space between.
    assert_eq!(pdf::wrap_by("สมศรี ใจดี", 6.0, chars), vec!["สมศรี", "ใจดี"]);
    // Latin breaks after the space, the space does not start or end a line.
    assert_eq!(pdf::wrap_by("Loan register of the group", 12.0, chars), vec!["Loan", "register of", "the group"]);
}
