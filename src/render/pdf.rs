//! PDF: a small layout engine over krilla. Text is shaped with rustybuzz (the shaper krilla
//! itself uses), one font per run: each character goes to the font of its script (Devanagari,
//! Bengali, Thai, else Noto Sans), and a character any font lacks (Noto Sans Thai has no ": , .")
//! falls to the next font that has it. Pages are laid out as a list of drawing operations and
//! written out at the end, so layout code never holds krilla's borrows.
//!
//! Fonts travel with the program: the eight Noto faces of `assets/fonts/` (SIL OFL 1.1, licence
//! beside them) are compiled into the binary, so a passbook prints the same on any machine, with
//! or without fonts of its own. They are read in place (static data), never copied to the heap.

use crate::store::error::StoreError;
use super::{cell, heading, msg};
use crate::error::{Arg, Error, Result};
use crate::i18n::Localizer;
use crate::reports::{Cell, Report};
use krilla::geom::{PathBuilder, Point};
use krilla::page::PageSettings;
use krilla::paint::Stroke;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::Document;
use std::sync::{Arc, OnceLock};

/// The fonts the PDFs need, by script (Latin, Devanagari, Bengali, Thai): regular and bold.
pub const FONTS: [[(&str, &[u8]); 2]; 4] = [
    [("NotoSans-Regular.ttf", include_bytes!("../../assets/fonts/NotoSans-Regular.ttf")), ("NotoSans-Bold.ttf", include_bytes!("../../assets/fonts/NotoSans-Bold.ttf"))],
    [
        ("NotoSansDevanagari-Regular.ttf", include_bytes!("../../assets/fonts/NotoSansDevanagari-Regular.ttf")),
        ("NotoSansDevanagari-Bold.ttf", include_bytes!("../../assets/fonts/NotoSansDevanagari-Bold.ttf")),
    ],
    [
        ("NotoSansBengali-Regular.ttf", include_bytes!("../../assets/fonts/NotoSansBengali-Regular.ttf")),
        ("NotoSansBengali-Bold.ttf", include_bytes!("../../assets/fonts/NotoSansBengali-Bold.ttf")),
    ],
    [("NotoSansThai-Regular.ttf", include_bytes!("../../assets/fonts/NotoSansThai-Regular.ttf")), ("NotoSansThai-Bold.ttf", include_bytes!("../../assets/fonts/NotoSansThai-Bold.ttf"))],
];

struct Face {
    font: Font,
    shaper: rustybuzz::Face<'static>,
    upem: f32,
}

/// The eight faces (4 scripts × regular/bold), parsed once and shared.
pub struct FontSet {
    faces: Vec<Face>,
}

static LOADED: OnceLock<Arc<FontSet>> = OnceLock::new();

impl FontSet {
    /// The fonts, parsed on first use and kept for the life of the process.
    pub fn get() -> Result<Arc<FontSet>> {
        if let Some(set) = LOADED.get() {
            return Ok(set.clone());
        }
        let mut faces = Vec::new();
        for (file, data) in FONTS.into_iter().flatten() {
            let bad = || Error::CorruptFile { path: file.to_string(), detail: "not a font".into() };
            let font = Font::new(data.into(), 0).ok_or_else(bad)?;
            let shaper = rustybuzz::Face::from_slice(data, 0).ok_or_else(bad)?;
            let upem = shaper.units_per_em() as f32;
            faces.push(Face { font, shaper, upem });
        }
        Ok(LOADED.get_or_init(|| Arc::new(FontSet { faces })).clone())
    }

    /// The face index of a script's font (0 Latin, 1 Devanagari, 2 Bengali, 3 Thai).
    fn script_of(c: char) -> Option<usize> {
        match c as u32 {
            0x0900..=0x097F | 0xA8E0..=0xA8FF => Some(1),
            0x0980..=0x09FF => Some(2),
            0x0E00..=0x0E7F => Some(3),
            _ => None,
        }
    }

    fn has(&self, face: usize, c: char) -> bool {
        self.faces[face].shaper.glyph_index(c).is_some()
    }

    /// Splits text into runs of one font each. A character of a script goes to its script's
    /// font; anything else stays in the current run's font when that font has it (so spaces and
    /// digits do not break a Devanagari word run), else goes to Noto Sans.
    fn runs<'t>(&self, text: &'t str, bold: bool) -> Vec<(usize, &'t str)> {
        let b = bold as usize;
        let mut out: Vec<(usize, &str)> = Vec::new();
        let mut cur: Option<(usize, usize)> = None; // (script, start byte)
        for (i, c) in text.char_indices() {
            let want = match (Self::script_of(c), cur) {
                (Some(s), _) if self.has(s * 2 + b, c) => s,
                (_, Some((s, _))) if self.has(s * 2 + b, c) => s,
                _ => (0..4).find(|s| self.has(s * 2 + b, c)).unwrap_or(0),
            };
            match cur {
                Some((s, _)) if s == want => {}
                Some((s, start)) => {
                    out.push((s * 2 + b, &text[start..i]));
                    cur = Some((want, i));
                }
                None => cur = Some((want, i)),
            }
        }
        if let Some((s, start)) = cur {
            out.push((s * 2 + b, &text[start..]));
        }
        out
    }

    /// Shapes text into runs of positioned glyphs; widths in em.
    pub fn shape(&self, text: &str, bold: bool) -> Shaped {
        let mut runs = Vec::new();
        let mut width = 0.0;
        for (face, part) in self.runs(text, bold) {
            let f = &self.faces[face];
            let mut buf = rustybuzz::UnicodeBuffer::new();
            buf.push_str(part);
            buf.guess_segment_properties();
            let out = rustybuzz::shape(&f.shaper, &[], buf);
            let (pos, info) = (out.glyph_positions(), out.glyph_infos());
            let mut glyphs = Vec::with_capacity(out.len());
            let mut w = 0.0;
            for i in 0..out.len() {
                let start = info[i].cluster as usize;
                let mut j = i + 1;
                while j < info.len() && info[j].cluster == info[i].cluster {
                    j += 1;
                }
                let end = info.get(j).map_or(part.len(), |x| x.cluster as usize).max(start);
                let adv = pos[i].x_advance as f32 / f.upem;
                w += adv;
                glyphs.push(KrillaGlyph::new(
                    GlyphId::new(info[i].glyph_id),
                    adv,
                    pos[i].x_offset as f32 / f.upem,
                    pos[i].y_offset as f32 / f.upem,
                    pos[i].y_advance as f32 / f.upem,
                    start..end,
                    None,
                ));
            }
            width += w;
            runs.push(Run { face, text: part.to_string(), glyphs, width: w });
        }
        Shaped { runs, width }
    }
}

#[derive(Debug, Clone)]
struct Run {
    face: usize,
    text: String,
    glyphs: Vec<KrillaGlyph>,
    width: f32,
}

/// Shaped text: its runs and total width in em.
#[derive(Debug, Clone)]
pub struct Shaped {
    runs: Vec<Run>,
    pub width: f32,
}

/// The paper. Custom is a passbook with its printable line count.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PageSize {
    A4,
    A5,
    Custom { w_mm: f32, h_mm: f32, lines: u32 },
}

impl PageSize {
    /// Width and height in points.
    pub fn points(self) -> (f32, f32) {
        let (w, h) = match self {
            PageSize::A4 => (210.0, 297.0),
            PageSize::A5 => (148.0, 210.0),
            PageSize::Custom { w_mm, h_mm, .. } => (w_mm, h_mm),
        };
        (mm(w), mm(h))
    }
    /// Parses `a4`, `a5` or `WxH:LINES` in millimetres (`150x210:20`).
    pub fn parse(s: &str) -> Option<PageSize> {
        match s.trim().to_ascii_lowercase().as_str() {
            "a4" => Some(PageSize::A4),
            "a5" => Some(PageSize::A5),
            other => {
                let (wh, lines) = other.split_once(':')?;
                let (w, h) = wh.split_once('x')?;
                let (w_mm, h_mm, lines): (f32, f32, u32) = (w.trim().parse().ok()?, h.trim().parse().ok()?, lines.trim().parse().ok()?);
                (w_mm >= 50.0 && h_mm >= 50.0 && w_mm <= 1000.0 && h_mm <= 1000.0 && (1..=200).contains(&lines)).then_some(PageSize::Custom { w_mm, h_mm, lines })
            }
        }
    }
    pub fn code(self) -> String {
        match self {
            PageSize::A4 => "a4".into(),
            PageSize::A5 => "a5".into(),
            PageSize::Custom { w_mm, h_mm, lines } => format!("{w_mm}x{h_mm}:{lines}"),
        }
    }
    /// Margin in points.
    pub fn margin(self) -> f32 {
        match self {
            PageSize::A4 => mm(12.0),
            _ => mm(8.0),
        }
    }
    /// The body font size for tables: the smallest a person reads comfortably on paper, which
    /// is also the floor (a wide table turns the page or wraps, it never shrinks below it).
    pub fn font_size(self) -> f32 {
        MIN_TEXT_PT
    }
}

/// No report text is smaller than this.
pub const MIN_TEXT_PT: f32 = 8.0;

pub fn mm(v: f32) -> f32 {
    v * 72.0 / 25.4
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
}

enum Op {
    Text { x: f32, y: f32, size: f32, shaped: Shaped },
    Line { x1: f32, y1: f32, x2: f32, y2: f32, width: f32 },
}

/// A document being laid out: pages of drawing operations, y measured down from the top.
pub struct PdfDoc {
    fonts: Arc<FontSet>,
    pub page: PageSize,
    pages: Vec<Vec<Op>>,
    /// Whether each page is turned to landscape (a wide report's pages).
    turned: Vec<bool>,
    /// The orientation of the pages `new_page` starts.
    landscape: bool,
    /// Each page's own size in points, when it has one (a receipt on a roll is as long as its
    /// text); else the paper's.
    sized: Vec<Option<(f32, f32)>>,
    /// Text drawn as glyph outlines (paths), so no font is embedded and a printer needs none of
    /// its own (a cheap thermal printer with no Thai or Indic font prints the shapes).
    pub outlined: bool,
    /// Shaped text by (text, bold): amounts, dates and words repeat on every page.
    cache: std::cell::RefCell<std::collections::HashMap<(String, bool), Shaped>>,
}

impl PdfDoc {
    pub fn new(page: PageSize) -> Result<PdfDoc> {
        Ok(PdfDoc { fonts: FontSet::get()?, page, pages: Vec::new(), turned: Vec::new(), sized: Vec::new(), outlined: false, landscape: false, cache: Default::default() })
    }

    /// The size of the current page (of the next one, before any).
    pub fn size(&self) -> (f32, f32) {
        if let Some(Some(s)) = self.sized.last() {
            return *s;
        }
        self.size_of(self.turned.last().copied().unwrap_or(self.landscape))
    }

    fn size_of(&self, landscape: bool) -> (f32, f32) {
        let (w, h) = self.page.points();
        if landscape {
            (h, w)
        } else {
            (w, h)
        }
    }

    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.turned.push(self.landscape);
        self.sized.push(None);
    }

    /// Starts a page of its own size in points (a length of receipt roll).
    pub fn new_page_sized(&mut self, w: f32, h: f32) {
        self.pages.push(Vec::new());
        self.turned.push(false);
        self.sized.push(Some((w, h)));
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        if self.pages.is_empty() {
            self.new_page();
        }
        self.pages.last_mut().expect("a page")
    }

    /// Shapes through the cache. Text made only of digits and separators (amounts, dates) is
    /// put together from its characters, each shaped once: such text needs no contextual shaping.
    fn shaped(&self, text: &str, bold: bool) -> Shaped {
        if let Some(s) = self.cache.borrow().get(&(text.to_string(), bold)) {
            return s.clone();
        }
        let simple = text.chars().count() > 1 && text.chars().all(|c| c.is_numeric() || matches!(c, ',' | '.' | '-' | '/' | '%' | ' ' | ':'));
        let out = if simple {
            let mut runs: Vec<Run> = Vec::new();
            let mut width = 0.0;
            for (i, c) in text.char_indices() {
                let one = self.shaped(&c.to_string(), bold);
                for r in one.runs {
                    let glyphs = r.glyphs.iter().map(|g| shift(g, i)).collect::<Vec<_>>();
                    match runs.last_mut() {
                        Some(last) if last.face == r.face => {
                            last.glyphs.extend(glyphs);
                            last.text.push_str(&r.text);
                            last.width += r.width;
                        }
                        _ => runs.push(Run { face: r.face, text: r.text.clone(), glyphs, width: r.width }),
                    }
                    width += r.width;
                }
            }
            // Glyph ranges are relative to each run's own text.
            for r in &mut runs {
                let base = r.glyphs.first().map_or(0, |g| g.text_range.start);
                for g in &mut r.glyphs {
                    g.text_range = (g.text_range.start - base)..(g.text_range.end - base);
                }
            }
            Shaped { runs, width }
        } else {
            self.fonts.shape(text, bold)
        };
        self.cache.borrow_mut().insert((text.to_string(), bold), out.clone());
        out
    }

    pub fn width_of(&self, text: &str, size: f32, bold: bool) -> f32 {
        self.shaped(text, bold).width * size
    }

    /// Draws text with its baseline at `y`; `x` is the left edge, right edge or centre.
    pub fn text(&mut self, x: f32, y: f32, text: &str, size: f32, bold: bool, align: Align) -> f32 {
        if text.is_empty() {
            return 0.0;
        }
        let shaped = self.shaped(text, bold);
        let w = shaped.width * size;
        let x = match align {
            Align::Left => x,
            Align::Right => x - w,
            Align::Center => x - w / 2.0,
        };
        self.ops().push(Op::Text { x, y, size, shaped });
        w
    }

    pub fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, width: f32) {
        self.ops().push(Op::Line { x1, y1, x2, y2, width });
    }

    pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, width: f32) {
        self.line(x, y, x + w, y, width);
        self.line(x + w, y, x + w, y + h, width);
        self.line(x + w, y + h, x, y + h, width);
        self.line(x, y + h, x, y, width);
    }

    /// Breaks text into lines no wider than `width` at the line-break opportunities of ICU4X's
    /// dictionary segmenter, so Thai (written without spaces) breaks between words, never inside one.
    pub fn wrap(&self, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
        wrap_by(text, width, |s| self.width_of(s, size, bold))
    }

    /// Writes the PDF.
    pub fn finish(self) -> Result<Vec<u8>> {
        let mut doc = Document::new();
        let sizes: Vec<(f32, f32)> = if self.turned.is_empty() {
            vec![self.size_of(false)]
        } else {
            self.turned.iter().zip(&self.sized).map(|(t, s)| s.unwrap_or_else(|| self.size_of(*t))).collect()
        };
        let outlined = self.outlined;
        let pages = if self.pages.is_empty() { vec![Vec::new()] } else { self.pages };
        for (ops, (w, h)) in pages.into_iter().zip(sizes) {
            let mut page = doc.start_page_with(PageSettings::from_wh(w, h).ok_or_else(|| Error::InvalidChoice { field: "page".into(), value: format!("{w}x{h}") })?);
            let mut s = page.surface();
            for op in ops {
                match op {
                    Op::Text { x, y, size, shaped } => {
                        let mut x = x;
                        for run in &shaped.runs {
                            let f = &self.fonts.faces[run.face];
                            s.draw_glyphs(Point::from_xy(x, y), &run.glyphs, f.font.clone(), &run.text, size, outlined);
                            x += run.width * size;
                        }
                    }
                    Op::Line { x1, y1, x2, y2, width } => {
                        let mut pb = PathBuilder::new();
                        pb.move_to(x1, y1);
                        pb.line_to(x2, y2);
                        if let Some(path) = pb.finish() {
                            s.set_fill(None);
                            s.set_stroke(Some(Stroke { width, ..Default::default() }));
                            s.draw_path(&path);
                            s.set_stroke(None);
                            s.set_fill(Some(Default::default()));
                        }
                    }
                }
            }
            s.finish();
            page.finish();
        }
        doc.finish().map_err(|e| Error::Store(StoreError::Database { detail: format!("PDF: {e:?}") }))
    }

    /// A footer with the page number on every page laid out so far from `first` on.
    pub fn number_pages(&mut self, loc: &Localizer, first: usize) {
        let m = self.page.margin();
        let n = self.pages.len();
        for i in first..n {
            let (w, h) = self.size_of(self.turned[i]);
            let label = loc.msg("print-page", &[("page", Arg::Count((i - first + 1) as i64)), ("pages", Arg::Count((n - first) as i64))]);
            let shaped = self.fonts.shape(&label, false);
            let x = w / 2.0 - shaped.width * MIN_TEXT_PT / 2.0;
            self.pages[i].push(Op::Text { x, y: h - m / 2.0, size: MIN_TEXT_PT, shaped });
        }
    }

    /// Lays out a report from a new page: its heading, then each section as a table whose
    /// column headings repeat on every page, numbers right-aligned, totals in bold under a rule,
    /// notes after. Text columns wider than a third of the page wrap; the type shrinks until
    /// the columns fit the width.
    pub fn report(&mut self, r: &Report, loc: &Localizer) {
        // A report whose table does not fit the portrait width at the smallest type is laid out
        // on landscape pages (a passbook's paper is never turned).
        self.landscape = !matches!(self.page, PageSize::Custom { .. }) && self.too_wide_for_portrait(r, loc);
        self.new_page();
        let first_page = self.pages.len() - 1;
        let (w, h) = self.size();
        let m = self.page.margin();
        let avail = w - 2.0 * m;
        let bottom = h - m - 10.0;
        let mut y = m + 12.0;
        for (i, line) in heading(loc, r).iter().enumerate() {
            let size = if i == 0 { 13.0 } else { 9.0 };
            for l in self.wrap(line, size, i == 0, avail) {
                self.text(m, y, &l, size, i == 0, Align::Left);
                y += size * 1.4;
            }
        }
        for s in &r.sections {
            y += 8.0;
            if y + 40.0 > bottom {
                self.new_page();
                y = m + 10.0;
            }
            if let Some(t) = &s.title {
                self.text(m, y, &msg(loc, t), 10.0, true, Align::Left);
                y += 14.0;
            }
            let ncol = s.columns.len();
            let header: Vec<String> = s.columns.iter().map(|c| loc.digits_of(&loc.msg(c.id, &[]))).collect();
            let body: Vec<(bool, Vec<String>)> = s.rows.iter().map(|r| (false, r)).chain(s.totals.iter().map(|r| (true, r))).map(|(t, row)| (t, row.iter().map(|c| cell(loc, c)).collect())).collect();
            let pad = 4.0;
            // Natural widths at 1 pt: the widest cell, and the widest heading word.
            let mut nat = vec![0.0f32; ncol];
            for (i, hd) in header.iter().enumerate() {
                for word in hd.split(' ') {
                    nat[i] = nat[i].max(self.shaped(word, true).width);
                }
            }
            for (bold, row) in &body {
                for (i, c) in row.iter().enumerate() {
                    nat[i] = nat[i].max(self.shaped(c, *bold).width);
                }
            }
            let mut size = self.page.font_size();
            let cap = avail / 3.0;
            let widths = |size: f32| -> Vec<f32> {
                nat.iter().enumerate().map(|(i, n)| {
                    let wdt = n * size + pad;
                    if s.columns[i].kind.is_numeric() { wdt } else { wdt.min(cap) }
                }).collect()
            };
            let mut ws = widths(size);
            while ws.iter().sum::<f32>() > avail && size > MIN_TEXT_PT {
                size = (size - 0.25).max(MIN_TEXT_PT);
                ws = widths(size);
            }
            // Still too wide at the smallest type: the text columns give up width and wrap
            // (down to a floor of a few characters), the type never shrinks further.
            let over = ws.iter().sum::<f32>() - avail;
            if over > 0.0 {
                let texts: Vec<usize> = (0..ncol).filter(|i| !s.columns[*i].kind.is_numeric()).collect();
                let floor = size * 4.0 + pad;
                let spare: f32 = texts.iter().map(|i| (ws[*i] - floor).max(0.0)).sum();
                if spare > 0.0 {
                    let k = (over / spare).min(1.0);
                    for i in texts {
                        ws[i] -= (ws[i] - floor).max(0.0) * k;
                    }
                }
            }
            // Column widths in points (layout only; no amount is ever a float).
            let width_used: f32 = ws.iter().sum();
            if width_used < avail && width_used > 0.0 {
                // Spread the slack over text columns (or all, when none is text).
                let texts: Vec<usize> = (0..ncol).filter(|i| !s.columns[*i].kind.is_numeric()).collect();
                let spread = (avail - width_used).min(avail * 0.25);
                let targets: Vec<usize> = if texts.is_empty() { (0..ncol).collect() } else { texts };
                for i in &targets {
                    ws[*i] += spread / targets.len() as f32;
                }
            }
            let lh = size * 1.35;
            let xs: Vec<f32> = ws.iter().scan(m, |x, w| {
                let x0 = *x;
                *x += w;
                Some(x0)
            }).collect();
            let right_edge = m + ws.iter().sum::<f32>();
            let head_lines: Vec<Vec<String>> = header.iter().enumerate().map(|(i, hd)| self.wrap(hd, size, true, ws[i] - pad)).collect();
            let head_h = head_lines.iter().map(|l| l.len()).max().unwrap_or(1) as f32 * lh;
            let draw_header = |doc: &mut PdfDoc, y: &mut f32| {
                doc.line(m, *y - lh * 0.8, right_edge, *y - lh * 0.8, 0.6);
                for (i, lines) in head_lines.iter().enumerate() {
                    for (k, l) in lines.iter().enumerate() {
                        let yy = *y + k as f32 * lh;
                        if s.columns[i].kind.is_numeric() {
                            doc.text(xs[i] + ws[i] - pad / 2.0, yy, l, size, true, Align::Right);
                        } else {
                            doc.text(xs[i] + pad / 2.0, yy, l, size, true, Align::Left);
                        }
                    }
                }
                *y += head_h - lh * 0.6;
                doc.line(m, *y, right_edge, *y, 0.6);
                *y += lh;
            };
            y += lh;
            draw_header(self, &mut y);
            for (is_total, row) in &body {
                let cells: Vec<Vec<String>> = row.iter().enumerate().map(|(i, c)| {
                    if s.columns[i].kind.is_numeric() { vec![c.clone()] } else { self.wrap(c, size, *is_total, ws[i] - pad) }
                }).collect();
                let n = cells.iter().map(|c| c.len()).max().unwrap_or(1);
                if y + n as f32 * lh > bottom {
                    self.new_page();
                    y = m + 10.0 + lh;
                    draw_header(self, &mut y);
                }
                if *is_total {
                    self.line(m, y - lh * 0.8, right_edge, y - lh * 0.8, 0.6);
                }
                for (i, lines) in cells.iter().enumerate() {
                    for (k, l) in lines.iter().enumerate() {
                        let yy = y + k as f32 * lh;
                        if s.columns[i].kind.is_numeric() {
                            self.text(xs[i] + ws[i] - pad / 2.0, yy, l, size, *is_total, Align::Right);
                        } else {
                            self.text(xs[i] + pad / 2.0, yy, l, size, *is_total, Align::Left);
                        }
                    }
                }
                y += n as f32 * lh;
            }
            self.line(m, y - lh * 0.7, right_edge, y - lh * 0.7, 0.6);
            for note in &s.notes {
                for l in self.wrap(&msg(loc, note), size, false, avail) {
                    if y + lh > bottom {
                        self.new_page();
                        y = m + 10.0;
                    }
                    self.text(m, y, &l, size, false, Align::Left);
                    y += lh;
                }
            }
        }
        self.number_pages(loc, first_page);
        self.landscape = false;
    }

    /// Whether some table of `r` is wider than a portrait page at the smallest type, with text
    /// columns wrapped at a third of the width.
    fn too_wide_for_portrait(&self, r: &Report, loc: &Localizer) -> bool {
        let (w, _) = self.size_of(false);
        let avail = w - 2.0 * self.page.margin();
        r.sections.iter().any(|s| {
            let need: f32 = s
                .columns
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let head = loc.digits_of(&loc.msg(c.id, &[]));
                    let mut n = head.split(' ').map(|wd| self.shaped(wd, true).width).fold(0.0, f32::max);
                    for row in s.rows.iter().chain(s.totals.iter()) {
                        n = n.max(self.shaped(&cell(loc, &row[i]), false).width);
                    }
                    let wdt = n * MIN_TEXT_PT + 4.0;
                    if c.kind.is_numeric() { wdt } else { wdt.min(avail / 3.0) }
                })
                .sum();
            need > avail
        })
    }
}

/// A glyph of a one-character text moved to byte offset `at` of a longer text.
fn shift(g: &KrillaGlyph, at: usize) -> KrillaGlyph {
    let mut g = g.clone();
    g.text_range = (g.text_range.start + at)..(g.text_range.end + at);
    g
}

/// Byte offsets where a line may break in `text` (after its first character, before its end),
/// found by ICU4X's line segmenter with the Thai/Lao/Khmer/Burmese dictionaries; Latin,
/// Devanagari and Bengali follow UAX #14, which never splits a cluster.
pub fn break_positions(text: &str) -> Vec<usize> {
    let seg = icu_segmenter::LineSegmenter::new_dictionary(icu_segmenter::options::LineBreakOptions::default());
    seg.segment_str(text).filter(|&i| i > 0 && i < text.len()).collect()
}

/// Greedy line filling over the segmenter's break opportunities; `measure` gives a text's width.
/// A single word wider than the column is the one case that falls back to breaking between
/// clusters: overflowing into the next cell would hide its neighbour's text.
pub fn wrap_by(text: &str, width: f32, measure: impl Fn(&str) -> f32) -> Vec<String> {
    let mut cuts = break_positions(text);
    cuts.push(text.len());
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut from = 0;
    for to in cuts {
        let piece = &text[from..to];
        from = to;
        let cand = format!("{cur}{piece}");
        if !cur.is_empty() && measure(cand.trim_end()) > width {
            lines.push(std::mem::take(&mut cur).trim_end().to_string());
            cur = piece.to_string();
        } else {
            cur = cand;
        }
    }
    if !cur.is_empty() || lines.is_empty() {
        lines.push(cur.trim_end().to_string());
    }
    let mut out = Vec::new();
    for l in lines {
        if measure(&l) <= width {
            out.push(l);
            continue;
        }
        let mut cur = String::new();
        let mut prev: Option<char> = None;
        for c in l.chars() {
            if !cur.is_empty() && can_break_before(prev, c) && measure(&format!("{cur}{c}")) > width {
                out.push(std::mem::take(&mut cur));
            }
            cur.push(c);
            prev = Some(c);
        }
        if !cur.is_empty() {
            out.push(cur);
        }
    }
    out
}

/// Whether a line may break before `c`: never before a combining vowel sign, tone mark or
/// virama, nor after a virama or a joiner, so no cluster is split.
fn can_break_before(prev: Option<char>, c: char) -> bool {
    let mark = |c: char| {
        matches!(c as u32,
            0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957 | 0x0962..=0x0963
            | 0x0981..=0x0983 | 0x09BC..=0x09D7 | 0x09E2..=0x09E3
            | 0x0E31 | 0x0E33..=0x0E3A | 0x0E47..=0x0E4E | 0x200C | 0x200D)
    };
    let leading_vowel = |c: char| matches!(c as u32, 0x0E40..=0x0E44);
    !mark(c) && !matches!(prev, Some(p) if matches!(p as u32, 0x094D | 0x09CD | 0x200C | 0x200D) || leading_vowel(p))
}

/// A report as a PDF on the given paper.
pub fn render_pdf(r: &Report, loc: &Localizer, page: PageSize) -> Result<Vec<u8>> {
    let mut doc = PdfDoc::new(page)?;
    doc.report(r, loc);
    doc.finish()
}

/// Several reports in one PDF, each from a new page.
pub fn render_pdf_all(reports: &[Report], loc: &Localizer, page: PageSize) -> Result<Vec<u8>> {
    let mut doc = PdfDoc::new(page)?;
    for r in reports {
        doc.report(r, loc);
    }
    doc.finish()
}

/// The text of a cell, for layout code outside this module.
pub fn cell_text(loc: &Localizer, c: &Cell) -> String {
    cell(loc, c)
}
