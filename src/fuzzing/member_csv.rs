//! The member file of the setup wizard and `samuh member import` (`app::members_csv_parse`):
//! any bytes, read as text, give accepted and rejected rows without a panic. Every accepted row
//! has a member number and a name, numbers are never accepted twice, an identity number is kept
//! as exactly four digits or not at all; every rejected row names a line of the file and at
//! least one problem whose message renders in all four languages (each kind of problem checked
//! once per input); a row is either accepted or rejected, never both.

use super::{assert_renders, day};
use crate::app::{self, Ctx};
use crate::i18n::Lang;
use std::collections::HashSet;

pub(super) fn run(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    // Whether a problem's message renders depends on its kind (which arguments it has), not on
    // the row or the reader's language: each kind is rendered in the four languages once per
    // input, not once per reading (rendering every row was a third of this target's time).
    let mut rendered = HashSet::new();
    for lang in [Lang::En, Lang::Th] {
        let ctx = Ctx::new(day("2026-11-20"), "2026-11-20T10:00:00", lang);
        let r = app::members_csv_parse(&text, &ctx);
        let lines = text.split('\n').count();
        let mut numbers = HashSet::new();
        let mut accepted_lines = HashSet::new();
        for m in &r.accepted {
            assert!(!m.admission_no.trim().is_empty() && !m.name.trim().is_empty(), "accepted without number or name: {m:?}");
            assert!(numbers.insert(m.admission_no.clone()), "number {} accepted twice", m.admission_no);
            if let Some(d) = &m.id_last4 {
                assert!(d.len() == 4 && d.chars().all(|c| c.is_ascii_digit()), "identity kept as {d:?}");
            }
            if let Some(j) = m.joined_on {
                assert!(j <= ctx.today, "joined in the future: {j}");
            }
            assert!(m.line >= 1 && m.line <= lines, "line {} of {lines}", m.line);
            accepted_lines.insert(m.line);
        }
        for row in &r.rejected {
            assert!(row.line >= 1 && row.line <= lines, "rejected line {} of {lines}", row.line);
            assert!(!row.problems.is_empty(), "rejected without a reason: {row:?}");
            assert!(!accepted_lines.contains(&row.line), "line {} both accepted and rejected", row.line);
            for p in row.problems.iter().filter(|p| rendered.insert(p.error.code())) {
                assert_renders(&p.error);
            }
        }
    }
}
