//! Members from a spreadsheet: the CSV a federation or the group's own register exports.
//!
//! `members_csv_parse` is a pure function of (text, ctx): tolerant of what real files look like
//! (UTF-8 with or without a BOM, comma, semicolon or tab between fields, a header row in any of
//! the four languages or none, native digits, blank lines, quoted fields, CRLF) and strict about
//! what matters (a member number and a name on every row, no number twice, real dates not in the
//! future, a known role, identity numbers reduced to their last four digits — a full number is
//! refused, not silently cut). Nothing here touches a book; `members_import` does, in one
//! transaction. The format is documented in `docs/member-csv.md`.

use crate::store::error::StoreError;
use crate::app::input::{name_text, Ctx, MAX_MEMBER_NO, MAX_NAME};
use crate::app::setup::{member_in, MemberInput};
use crate::app::org_of;
use crate::domain::org::Role;
use crate::error::{Error, Result};
use crate::i18n::{normalize_digits, parse_date, Lang, Locale, Localizer};
use crate::store::Store;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// The columns of a member file, in the order assumed when the file has no header row.
pub const COLUMNS: &[&str] = &["admission-no", "name", "role", "joined-on", "nominee", "identity"];
/// Columns read only under a header naming them (a file without a header keeps `COLUMNS`):
/// the household's number (issue 16, the fund centre).
pub const HEADER_ONLY_COLUMNS: &[&str] = &["household"];

/// A row that can be imported. Plain values (Latin digits, ISO date, role code), ready to become
/// a `MemberInput`.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedMember {
    /// The line of the file the row starts on (1 is the first line).
    pub line: usize,
    pub admission_no: String,
    pub name: String,
    pub role: String,
    /// Left blank in the file: the member joined when the group was formed.
    pub joined_on: Option<NaiveDate>,
    pub nominee: Option<String>,
    /// Only the last four digits of an identity number (Aadhaar, NID, Thai ID) are ever kept.
    pub id_last4: Option<String>,
    /// The household's number, normalised (issue 16, the fund centre).
    pub household: Option<String>,
}

impl ImportedMember {
    /// The row as `member_add` takes it; a blank joining date becomes `default_joined`.
    pub fn to_input(&self, org: &str, default_joined: NaiveDate) -> MemberInput {
        MemberInput {
            org: org.to_string(),
            admission_no: self.admission_no.clone(),
            name: self.name.clone(),
            role: Some(self.role.clone()),
            joined_on: self.joined_on.unwrap_or(default_joined).format("%Y-%m-%d").to_string(),
            nominee: self.nominee.clone(),
            phone: None,
            id_last4: self.id_last4.clone(),
            client_id: None,
        }
    }
}

/// One thing wrong with a row: the column (a field code, `field-<column>` names it) and the error.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub column: String,
    pub input: String,
    pub error: Error,
}

/// A row that cannot be imported, with everything wrong in it.
#[derive(Debug, Clone, PartialEq)]
pub struct RejectedRow {
    pub line: usize,
    /// The row's cells as read, for the report.
    pub cells: Vec<String>,
    pub problems: Vec<Problem>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct MemberImport {
    pub accepted: Vec<ImportedMember>,
    pub rejected: Vec<RejectedRow>,
    /// The file had a header row (else the columns are `COLUMNS` in order).
    pub header: bool,
    /// The field separator found: ',', ';' or '\t'.
    pub delimiter: char,
}

impl MemberImport {
    /// The rejected-row report in the reader's language: one line per problem,
    /// "line 4, Date joined: …".
    pub fn report_lines(&self, l: &Localizer) -> Vec<String> {
        let mut out = Vec::new();
        for r in &self.rejected {
            for p in &r.problems {
                // A message that names the line itself (an unclosed quote) is said as it is.
                if p.error.args().iter().any(|(k, _)| *k == "line") {
                    out.push(l.error(&p.error));
                    continue;
                }
                // Most messages name their field already ("Name is required…"): then the column
                // is not said twice.
                if p.error.args().iter().any(|(k, _)| *k == "field") {
                    out.push(l.msg("member-import-rejected-line-short", &[("line", crate::error::Arg::Count(r.line as i64)), ("problem", crate::error::Arg::Text(l.error(&p.error)))]));
                    continue;
                }
                out.push(l.msg(
                    "member-import-rejected-line",
                    &[("line", crate::error::Arg::Count(r.line as i64)), ("column", crate::error::Arg::Text(l.msg(&format!("field-{}", p.column), &[]))), ("problem", crate::error::Arg::Text(l.error(&p.error)))],
                ));
            }
        }
        out
    }
}

/// One record of the file: the line it starts on and its cells; `unclosed` when a quote opened
/// in it is never closed (its cells are then the raw text of its first line).
type Record = (usize, Vec<String>, bool);

/// Splits the text into records of cells, each with the line it starts on. Quotes follow
/// RFC 4180: a quoted field may hold the separator, a line break or a doubled quote. A quote
/// that is never closed would swallow every following line into one cell: that record is
/// reported as `unclosed` and reading starts again on the line after the one it began on, so
/// one stray quote costs one row, not the rest of the file.
fn records(text: &str, delim: char) -> Vec<Record> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut first_line = 1usize;
    loop {
        match records_from(rest, delim, first_line, &mut out) {
            None => break,
            Some((at, line)) => {
                let tail = &rest[at..];
                let end = tail.find('\n').map(|k| k + 1).unwrap_or(tail.len());
                let raw = tail[..end].trim_end_matches(['\r', '\n']).to_string();
                out.push((line, vec![raw], true));
                rest = &tail[end..];
                first_line = line + 1;
            }
        }
    }
    out.into_iter()
        .map(|(n, cs, bad)| (n, cs.into_iter().map(|c| c.trim().to_string()).collect(), bad))
        .filter(|(_, cs, bad): &Record| *bad || cs.iter().any(|c| !c.is_empty()))
        .collect()
}

/// Reads records from `text` (whose first line is line `first_line`) into `out`; at a quote
/// left open at the end, returns the byte offset and line where its record began.
fn records_from(text: &str, delim: char, first_line: usize, out: &mut Vec<Record>) -> Option<(usize, usize)> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut line = first_line;
    let mut start = first_line;
    let mut start_at = 0usize;
    let mut quoted = false;
    // Text right after a closing quote (`1,"Sita,"Raju`, or `1,"Sita` … `3,"Rina` where the
    // second row's opening quote closed the first's) means the quotes do not pair: the quote
    // that opened this record was never closed where it should have been.
    let mut just_closed = false;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek().map(|p| p.1) == Some('"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => {
                    quoted = false;
                    just_closed = true;
                }
                '\n' => {
                    line += 1;
                    cell.push('\n');
                }
                '\r' => {}
                _ => cell.push(c),
            }
            continue;
        }
        if just_closed && !(c == delim || c == '\n' || c == '\r' || c == ' ' || c == '\t') {
            return Some((start_at, start));
        }
        match c {
            '"' if cell.trim().is_empty() => {
                cell.clear();
                quoted = true;
            }
            '\r' => {}
            '\n' => {
                just_closed = false;
                cells.push(std::mem::take(&mut cell));
                out.push((start, std::mem::take(&mut cells), false));
                line += 1;
                start = line;
                start_at = at + 1;
            }
            c if c == delim => {
                just_closed = false;
                cells.push(std::mem::take(&mut cell));
            }
            _ => cell.push(c),
        }
    }
    if quoted {
        return Some((start_at, start));
    }
    if !cell.is_empty() || !cells.is_empty() {
        cells.push(cell);
        out.push((start, cells, false));
    }
    None
}

/// The separator of the first non-blank line: the most frequent of ';', '\t' and ',' outside quotes.
fn delimiter(text: &str) -> char {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut counts = [(';', 0usize), ('\t', 0), (',', 0)];
    let mut quoted = false;
    for c in first.chars() {
        if c == '"' {
            quoted = !quoted;
        }
        if !quoted {
            for (d, n) in counts.iter_mut() {
                if c == *d {
                    *n += 1;
                }
            }
        }
    }
    // Ties go to the comma (last): a name such as "Devi; Sunita" in one column is rarer.
    counts.iter().rev().max_by_key(|(_, n)| *n).filter(|(_, n)| *n > 0).map(|(d, _)| *d).unwrap_or(',')
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace() && !matches!(c, '.' | '_' | '-' | ':' | '*' | '(' | ')' | '#')).flat_map(char::to_lowercase).collect()
}

/// Header names → column, in all four languages (the Fluent messages `member-csv-col-*` and the
/// field names) plus the plain technical names a program would write.
/// Built once per process (it formats messages in all four languages).
fn header_names() -> &'static BTreeMap<String, &'static str> {
    static NAMES: std::sync::OnceLock<BTreeMap<String, &'static str>> = std::sync::OnceLock::new();
    NAMES.get_or_init(build_header_names)
}

fn build_header_names() -> BTreeMap<String, &'static str> {
    let mut m = BTreeMap::new();
    let plain: &[(&str, &[&str])] = &[
        ("admission-no", &["admission-no", "admission_no", "no", "number", "member-no", "member_no", "memberno", "sl", "serial"]),
        ("name", &["name", "member-name", "member_name", "full-name"]),
        ("role", &["role", "post", "designation"]),
        ("joined-on", &["joined-on", "joined_on", "joined", "date-joined", "joining-date"]),
        ("nominee", &["nominee"]),
        ("identity", &["identity", "id", "id-last4", "id_last4", "aadhaar", "nid", "national-id", "citizen-id"]),
        ("household", &["household", "household-no", "household_no", "house-no", "house-registration", "house-id"]),
    ];
    for (col, names) in plain {
        for n in *names {
            m.insert(squash(n), *col);
        }
    }
    for &lang in Lang::ALL {
        let l = Localizer::new(Locale::new(lang));
        for &col in COLUMNS.iter().chain(HEADER_ONLY_COLUMNS) {
            for id in [format!("member-csv-col-{col}"), format!("field-{col}")] {
                if let Ok(text) = l.try_msg(&id, &[]) {
                    m.insert(squash(&text), col);
                }
            }
        }
    }
    m
}

/// What the role cell may say: a code, or the role's name in any of the four languages.
fn role_of(s: &str) -> Option<Role> {
    if s.trim().is_empty() {
        return Some(Role::Member);
    }
    if let Some(r) = Role::from_code(s) {
        return Some(r);
    }
    let want = squash(s);
    role_names().iter().find(|(name, _)| *name == want).map(|(_, r)| *r)
}

/// Every role's name in the four languages, squashed (built once per process).
fn role_names() -> &'static [(String, Role)] {
    static NAMES: std::sync::OnceLock<Vec<(String, Role)>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        Lang::ALL
            .iter()
            .flat_map(|&lang| {
                let l = Localizer::new(Locale::new(lang));
                Role::ALL.iter().map(move |r| (squash(&l.vocab("role", r.code())), *r)).collect::<Vec<_>>()
            })
            .collect()
    })
}

/// The last four digits of an identity number, or why not. A masked number ("XXXX XXXX 1234")
/// gives its visible last four; a full number is refused so that it is never stored.
fn identity(s: &str) -> std::result::Result<Option<String>, Error> {
    // Digits of one system, as in every number; the reason shows the number masked.
    let t = crate::i18n::checked_digits(s, "identity").map_err(|_| Error::InvalidNumber { field: "identity".into(), input: mask(s) })?;
    let t: String = t.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
    if t.is_empty() {
        return Ok(None);
    }
    let digits: String = t.chars().filter(|c| c.is_ascii_digit()).collect();
    let masked = t.chars().any(|c| matches!(c, 'x' | 'X' | '*' | '•'));
    let clean = t.chars().all(|c| c.is_ascii_digit() || matches!(c, 'x' | 'X' | '*' | '•'));
    if !clean || digits.len() < 4 || (masked && !t.ends_with(&digits[digits.len() - 4..])) {
        return Err(Error::InvalidNumber { field: "identity".into(), input: s.to_string() });
    }
    if digits.len() > 4 && !masked {
        return Err(Error::FullIdentityNumber { field: "identity".into(), digits: digits.len() as i64 });
    }
    Ok(Some(digits[digits.len() - 4..].to_string()))
}

/// Reads a member file. Never fails: every row is either accepted or rejected with its reasons.
pub fn members_csv_parse(text: &str, ctx: &Ctx) -> MemberImport {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let delim = delimiter(text);
    let rows = records(text, delim);
    let names = header_names();
    let mut out = MemberImport { delimiter: delim, ..Default::default() };
    let mut columns: Vec<Option<&'static str>> = COLUMNS.iter().map(|c| Some(*c)).collect();
    let mut rows = rows.into_iter().peekable();
    if let Some((_, first, false)) = rows.peek() {
        let found: Vec<Option<&'static str>> = first.iter().map(|c| names.get(&squash(c.trim_start_matches('\u{feff}'))).copied()).collect();
        let known = found.iter().flatten().count();
        // A header names at least the name column, or two columns; a data row never does.
        if found.contains(&Some("name")) || known >= 2 {
            columns = found;
            out.header = true;
            rows.next();
        }
    }
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for (line, cells, unclosed) in rows {
        if unclosed {
            // The raw line may hold a full identity number: shown with its digits masked.
            let cells = cells.iter().map(|c| mask(c)).collect();
            out.rejected.push(RejectedRow { line, cells, problems: vec![Problem { column: "form".into(), input: String::new(), error: Error::CsvUnclosedQuote { line: line as i64 } }] });
            continue;
        }
        let mut problems = Vec::new();
        let get = |col: &str| -> String {
            columns.iter().position(|c| *c == Some(col)).and_then(|k| cells.get(k)).cloned().unwrap_or_default()
        };
        let no_raw = get("admission-no");
        let no = normalize_digits(&no_raw).trim().to_string();
        let name = get("name").split_whitespace().collect::<Vec<_>>().join(" ");
        let role_raw = get("role");
        let joined_raw = get("joined-on");
        let nominee = get("nominee");
        let id_raw = get("identity");
        let household_raw = get("household");
        let mut problem = |column: &str, input: &str, error: Error| problems.push(Problem { column: column.to_string(), input: input.to_string(), error });
        if no.is_empty() {
            problem("admission-no", &no_raw, Error::Required { field: "admission-no".into() });
        } else if let Err(e) = crate::i18n::checked_digits(&no_raw, "admission-no") {
            problem("admission-no", &no_raw, e);
        } else if let Err(e) = name_text("admission-no", &no, MAX_MEMBER_NO) {
            // Too long for the book, or holding a control character: this row's problem, not
            // a reason to stop the import.
            problem("admission-no", &no_raw, e);
        } else if let Some(_first) = seen.get(&no) {
            problem("admission-no", &no_raw, Error::Store(StoreError::DuplicateMember { member: no.clone() }));
        }
        if name.is_empty() {
            problem("name", "", Error::Required { field: "name".into() });
        } else if let Err(e) = name_text("name", &name, MAX_NAME) {
            problem("name", "", e);
        }
        if let Err(e) = name_text("nominee", &nominee, MAX_NAME) {
            problem("nominee", "", e);
        }
        let role = role_of(&role_raw);
        if role.is_none() {
            problem("role", &role_raw, Error::InvalidChoice { field: "role".into(), value: role_raw.clone() });
        }
        let joined_on = if joined_raw.is_empty() {
            None
        } else {
            match parse_date(&joined_raw, ctx.lang, "joined-on") {
                Ok(d) if d > ctx.today => {
                    problem("joined-on", &joined_raw, Error::DateInFuture { date: d, today: ctx.today });
                    None
                }
                Ok(d) => Some(d),
                Err(e) => {
                    problem("joined-on", &joined_raw, e);
                    None
                }
            }
        };
        let household = match household_raw.trim() {
            "" => None,
            raw => match crate::app::federation::households::household_key(raw) {
                Ok(k) => Some(k),
                Err(e) => {
                    problem("household", raw, e);
                    None
                }
            },
        };
        let id_last4 = match identity(&id_raw) {
            Ok(v) => v,
            Err(e) => {
                // The report never repeats a full identity number.
                problem("identity", "", e);
                None
            }
        };
        for (k, c) in cells.iter().enumerate() {
            if !c.is_empty() && columns.get(k).copied().flatten().is_none() && !out.header {
                problem("form", c, Error::UnknownCsvColumn { column: (k + 1).to_string() });
            }
        }
        if !no.is_empty() {
            seen.entry(no.clone()).or_insert(line);
        }
        if problems.is_empty() {
            out.accepted.push(ImportedMember {
                line,
                admission_no: no,
                name,
                role: role.unwrap_or(Role::Member).code().to_string(),
                joined_on,
                nominee: Some(nominee).filter(|s| !s.is_empty()),
                id_last4,
                household,
            });
        } else {
            // Cells as read, but an identity number is shown by its last four only.
            let shown = cells
                .iter()
                .enumerate()
                .map(|(k, c)| if columns.get(k).copied().flatten() == Some("identity") { mask(c) } else { c.clone() })
                .collect();
            out.rejected.push(RejectedRow { line, cells: shown, problems });
        }
    }
    out
}

/// An identity cell as the report shows it: every digit but the last four hidden.
fn mask(s: &str) -> String {
    let total = s.chars().filter(|c| c.is_numeric()).count();
    let mut seen = 0;
    s.chars()
        .map(|c| {
            if c.is_numeric() {
                seen += 1;
                if seen + 4 <= total {
                    return 'x';
                }
            }
            c
        })
        .collect()
}

/// Imports the accepted rows of a member file into `org` in one transaction. Rows that clash
/// with the book (a number already there, a joining date before the group was formed) move to
/// the rejected list. With `dry_run`, or when nothing can be imported, the book is unchanged;
/// nothing importable at all is the error `NothingToImport`.
pub fn members_import(store: &mut Store, ctx: &Ctx, org: &str, text: &str, dry_run: bool) -> Result<MemberImport> {
    let r = members_import_report(store, ctx, org, text, dry_run)?;
    if r.accepted.is_empty() {
        return Err(Error::NothingToImport { rejected: r.rejected.len() as i64 });
    }
    Ok(r)
}

/// `members_import`, but a file with nothing importable is an answer, not an error: every row
/// is in `rejected` with its reasons, including the rows that clash with the book (which only
/// the import can find), so that the reader is told what to fix in every row. The book is
/// unchanged when nothing is accepted.
pub fn members_import_report(store: &mut Store, ctx: &Ctx, org: &str, text: &str, dry_run: bool) -> Result<MemberImport> {
    let mut parsed = members_csv_parse(text, ctx);
    let who = crate::app::people::identify(store, ctx)?;
    let run = |b: &crate::store::Book<'_>| -> Result<MemberImport> {
        let o = org_of(b, org.trim())?;
        let mut out = MemberImport { accepted: Vec::new(), ..parsed.clone() };
        for m in &parsed.accepted {
            let input = m.to_input(&o.code, o.formed_on);
            match member_in(b, ctx, &who, &input) {
                Ok(id) => {
                    // The household's number is recorded as of the day the member joined.
                    if let Some(k) = &m.household {
                        b.insert_member_household(id, k, m.joined_on.unwrap_or(o.formed_on), &ctx.now)?;
                    }
                    out.accepted.push(m.clone())
                }
                Err(e @ (Error::Store(StoreError::DuplicateMember { .. }) | Error::DateBeforeFormation { .. })) => {
                    let column = if matches!(e, Error::Store(StoreError::DuplicateMember { .. })) { "admission-no" } else { "joined-on" };
                    out.rejected.push(RejectedRow {
                        line: m.line,
                        cells: vec![m.admission_no.clone(), m.name.clone()],
                        problems: vec![Problem { column: column.into(), input: String::new(), error: e }],
                    });
                }
                Err(e) => return Err(e),
            }
        }
        out.rejected.sort_by_key(|r| r.line);
        Ok(out)
    };
    if dry_run {
        store.dry_run(run)
    } else {
        // A rejected row inside the transaction does not abort it: the insert that failed
        // raised before writing, so the accepted rows stand.
        let r = store.write(run)?;
        parsed = r;
        Ok(parsed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(lang: Lang) -> Ctx {
        Ctx::new(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(), "2026-11-22T10:00:00", lang)
    }

    #[test]
    fn quoted_fields_semicolons_bom_and_blank_lines() {
        let text = "\u{feff}No;Name;Role\r\n\r\n1;\"Devi; Sunita\";president\r\n2;\"Rani \"\"Munni\"\" Kumari\";\r\n";
        let r = members_csv_parse(text, &ctx(Lang::En));
        assert!(r.header);
        assert_eq!(r.delimiter, ';');
        assert_eq!(r.rejected, vec![]);
        assert_eq!(r.accepted[0].name, "Devi; Sunita");
        assert_eq!(r.accepted[0].line, 3);
        assert_eq!(r.accepted[1].name, "Rani \"Munni\" Kumari");
        assert_eq!(r.accepted[1].role, "member");
    }

    #[test]
    fn identity_numbers_keep_only_four_digits() {
        assert_eq!(identity("1234").unwrap().as_deref(), Some("1234"));
        assert_eq!(identity("XXXX XXXX ५६७८").unwrap().as_deref(), Some("5678"));
        assert!(matches!(identity("2345 6789 0123"), Err(Error::FullIdentityNumber { digits: 12, .. })));
        assert!(matches!(identity("12"), Err(Error::InvalidNumber { .. })));
        assert_eq!(mask("2345 6789 0123"), "xxxx xxxx 0123");
    }

    #[test]
    fn an_unclosed_quote_costs_its_row_only() {
        let r = members_csv_parse("No,Name\n1,\"Sita Devi\n2,Gita\n3,\"Rina\n4,Lata\n", &ctx(Lang::En));
        let ok: Vec<_> = r.accepted.iter().map(|m| (m.line, m.name.as_str())).collect();
        assert_eq!(ok, [(3, "Gita"), (5, "Lata")]);
        let bad: Vec<_> = r.rejected.iter().map(|x| (x.line, x.problems[0].error.clone())).collect();
        assert_eq!(bad, [(2, Error::CsvUnclosedQuote { line: 2 }), (4, Error::CsvUnclosedQuote { line: 4 })]);
        // A quoted cell across lines that does close is still one cell.
        let r = members_csv_parse("1,\"Sita\nDevi\"\n2,Gita\n", &ctx(Lang::En));
        assert_eq!(r.accepted.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(), ["Sita Devi", "Gita"]);
        assert_eq!(r.accepted[1].line, 3);
    }

    #[test]
    fn never_panics_on_odd_text() {
        for t in ["", "\"", "\"\"\"", ",,,\n;;;", "\u{feff}", "a\"b,\"c\n\"", "\r\r\n\n", "x\u{0}y,z"] {
            let _ = members_csv_parse(t, &ctx(Lang::Th));
        }
    }
}
