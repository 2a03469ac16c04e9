//! Documents laid out for reading and signing (issue 12): every report of the demo, as PDF on
//! A4, is set in type of at least 8 pt (checked from outside with `pdftotext -bbox`: no word
//! box is lower than 8 pt), and a report too wide for a portrait page is turned to landscape
//! (`pdfinfo`) instead of being shrunk.

use chrono::NaiveDate;
use samuh::app::{self, Ctx, ReportParams};
use samuh::i18n::{Digits, Lang, Locale, Localizer};
use samuh::render::{render_pdf, PageSize};
use samuh::store::Store;
use std::path::Path;
use std::process::Command;

const TODAY: &str = "2026-11-20";

fn demo(dir: &Path) -> (Store, Ctx) {
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    let mut s = Store::open_or_create(&dir.join("demo.samuh")).unwrap();
    samuh::demo::demo_create(&mut s, today).unwrap();
    (s, Ctx::new(today, &format!("{TODAY}T00:00:00"), Lang::En))
}

/// Each word's box height (pt) as `pdftotext -bbox` reads it, with the word.
fn word_heights(path: &Path) -> Vec<(f32, String)> {
    let out = Command::new("pdftotext").arg("-bbox").arg(path).arg("-").output().expect("pdftotext is needed: apt-get install -y poppler-utils");
    let html = String::from_utf8_lossy(&out.stdout).to_string();
    let attr = |tag: &str, name: &str| -> f32 { tag.split(&format!("{name}=\"")).nth(1).and_then(|r| r.split('"').next()).and_then(|v| v.parse().ok()).unwrap_or(0.0) };
    html.split("<word ").skip(1).map(|w| {
        let (tag, rest) = w.split_once('>').unwrap_or((w, ""));
        (attr(tag, "yMax") - attr(tag, "yMin"), rest.split("</word>").next().unwrap_or("").to_string())
    }).collect()
}

fn page_size(path: &Path) -> (f32, f32) {
    let out = Command::new("pdfinfo").arg(path).output().expect("pdfinfo is needed: apt-get install -y poppler-utils");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let line = text.lines().find(|l| l.starts_with("Page size:")).unwrap().to_string();
    let nums: Vec<f32> = line.split_whitespace().filter_map(|w| w.parse().ok()).collect();
    (nums[0], nums[1])
}

#[test]
fn every_report_is_at_least_8_pt_and_wide_ones_are_landscape() {
    let dir = tempfile::tempdir().unwrap();
    let (s, ctx) = demo(dir.path());
    let mut small = Vec::new();
    for (org, lang) in [("shg-kishanganj", Lang::Hi), ("coop-meherpur", Lang::Bn), ("vf-roiet", Lang::Th)] {
        let l = Localizer::new(Locale::new(lang).with_digits(Digits::Native));
        for name in ["loan-register", "cash-book", "dcb", "arrears", "savings-register", "balance-sheet"] {
            let r = app::report(&s, &ctx, &ReportParams { org: org.into(), name: name.into(), ..Default::default() }).unwrap();
            let path = dir.path().join(format!("{org}-{name}.pdf"));
            std::fs::write(&path, render_pdf(&r, &l, PageSize::A4).unwrap()).unwrap();
            for (h, w) in word_heights(&path) {
                // A word's box spans the font's ascent and descent: at least the type size.
                if h < 8.0 {
                    small.push(format!("{org} {name}: {w} is {h:.1} pt high"));
                }
            }
            if name == "loan-register" {
                let (w, h) = page_size(&path);
                assert!(w > h, "{org}: the loan register's {} columns are on a portrait page {w}x{h}", r.sections[0].columns.len());
            }
            if name == "balance-sheet" {
                let (w, h) = page_size(&path);
                assert!(w < h, "{org}: the narrow balance sheet was turned");
            }
        }
    }
    assert!(small.is_empty(), "{} words below 8 pt:\n{}", small.len(), small.iter().take(20).cloned().collect::<Vec<_>>().join("\n"));
}
