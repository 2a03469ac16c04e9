//! The oversight book's groups as Parquet (issue 16): what an analytics engine (DuckDB on one
//! laptop, Spark, Trino or ClickHouse beyond) reads as it is, when a state's groups are too
//! many for bookkeeping software. Five tables — groups, members (no names), vouchers, postings,
//! loans — each partitioned Hive-style by the group's state, district and block and by year:
//! `DIR/<table>/state=…/district=…/block=…/year=…/part-0.parquet`.
//!
//! Money is INT64 minor units with a `currency` column beside it (never a float); dates are
//! Parquet DATEs. Everything comes from what the groups sent (the imported entries and the
//! records of each group's latest bundle), so the totals are those of the roll-up reports.

use crate::store::error::StoreError;
use crate::app::federation::{oversees, Records};
use crate::app::federation::sums::stored_date;
use crate::app::org_of;
use crate::error::{Error, Result};
use crate::store::Store;
use chrono::NaiveDate;
use parquet::data_type::{ByteArray, ByteArrayType, Int32Type, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// `samuh export parquet`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct ParquetExportInput {
    /// The oversight organisation.
    pub org: String,
    /// The folder to write the tables into (made when missing).
    pub to: String,
}

/// What was written.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct ParquetExported {
    pub dir: String,
    pub groups: i64,
    pub postings: i64,
    /// Every file written, relative to `dir`, in order.
    pub files: Vec<String>,
}

/// One column of a table being built. Text is held as Parquet byte arrays, which share their
/// bytes when cloned: a group's code or an account's, repeated on millions of rows, is one copy.
enum Col {
    Text(Vec<ByteArray>),
    OptText(Vec<Option<ByteArray>>),
    Int(Vec<i64>),
    OptInt(Vec<Option<i64>>),
    Date(Vec<i32>),
    OptDate(Vec<Option<i32>>),
}

impl Col {
    fn schema(&self, name: &str) -> String {
        match self {
            Col::Text(_) => format!("REQUIRED BYTE_ARRAY {name} (UTF8);"),
            Col::OptText(_) => format!("OPTIONAL BYTE_ARRAY {name} (UTF8);"),
            Col::Int(_) => format!("REQUIRED INT64 {name};"),
            Col::OptInt(_) => format!("OPTIONAL INT64 {name};"),
            Col::Date(_) => format!("REQUIRED INT32 {name} (DATE);"),
            Col::OptDate(_) => format!("OPTIONAL INT32 {name} (DATE);"),
        }
    }
}

/// One value of a row (a date as days since 1970-01-01, as Parquet keeps it).
enum Val {
    T(ByteArray),
    OT(Option<ByteArray>),
    I(i64),
    OI(Option<i64>),
    D(i32),
    OD(Option<i32>),
}

fn bytes(s: &str) -> ByteArray {
    ByteArray::from(s.as_bytes().to_vec())
}

/// The byte arrays of texts that repeat on many rows (accounts, kinds), made once each.
#[derive(Default)]
struct Texts(std::collections::HashMap<String, ByteArray>);

impl Texts {
    fn get(&mut self, s: &str) -> ByteArray {
        match self.0.get(s) {
            Some(b) => b.clone(),
            None => self.0.entry(s.to_string()).or_insert_with(|| bytes(s)).clone(),
        }
    }
}

fn days(d: NaiveDate) -> i32 {
    (d - NaiveDate::from_ymd_opt(1970, 1, 1).expect("epoch")).num_days() as i32
}

/// Rows a table holds before it writes them out: its memory stays bounded however many groups
/// the book holds (a partition written more than once has files part-0, part-1, …).
const ROWS_HELD: usize = 250_000;

/// A table: its column names and kinds, the rows held by partition, and how many files each
/// partition has been written to so far.
struct Table {
    name: &'static str,
    columns: Vec<(&'static str, fn() -> Col)>,
    parts: BTreeMap<(String, String, String, i32), Vec<Col>>,
    held: usize,
    /// The partition of the last row held.
    last: Option<(String, String, String, i32)>,
    /// `ROWS_HELD`, smaller in tests.
    limit: usize,
    written: BTreeMap<(String, String, String, i32), usize>,
}

impl Table {
    fn new(name: &'static str, columns: Vec<(&'static str, fn() -> Col)>) -> Table {
        Table { name, columns, parts: BTreeMap::new(), held: 0, last: None, limit: ROWS_HELD, written: BTreeMap::new() }
    }

    /// Adds a row; when the table holds its limit, writes out what it holds.
    fn push<const N: usize>(&mut self, place: &Place, year: i32, row: [Val; N], dir: &Path, files: &mut Vec<String>) -> Result<()> {
        self.hold(place, year, row);
        self.held += 1;
        if self.held >= self.limit {
            self.write(dir, files)?;
        }
        Ok(())
    }

    fn hold<const N: usize>(&mut self, place: &Place, year: i32, row: [Val; N]) {
        debug_assert_eq!(N, self.columns.len());
        // Rows come group by group, so most go to the partition of the row before: found
        // without making a key (three strings) for every row.
        let same = self.last.as_ref().is_some_and(|k| k.3 == year && k.2 == place.block && k.1 == place.district && k.0 == place.state);
        if !same {
            self.last = Some((place.state.clone(), place.district.clone(), place.block.clone(), year));
        }
        let key = self.last.as_ref().expect("just set");
        if !self.parts.contains_key(key) {
            let columns = &self.columns;
            self.parts.insert(key.clone(), columns.iter().map(|(_, make)| make()).collect());
        }
        let cols = self.parts.get_mut(key).expect("just inserted");
        for (c, v) in cols.iter_mut().zip(row) {
            match (c, v) {
                (Col::Text(x), Val::T(v)) => x.push(v),
                (Col::OptText(x), Val::OT(v)) => x.push(v),
                (Col::Int(x), Val::I(v)) => x.push(v),
                (Col::OptInt(x), Val::OI(v)) => x.push(v),
                (Col::Date(x), Val::D(v)) => x.push(v),
                (Col::OptDate(x), Val::OD(v)) => x.push(v),
                _ => unreachable!("a row matches its table's columns"),
            }
        }
    }

    /// Writes every partition held to its next file, and holds nothing after.
    fn write(&mut self, dir: &Path, files: &mut Vec<String>) -> Result<()> {
        let message = {
            let cols = self.columns.iter().map(|(n, make)| make().schema(n)).collect::<Vec<_>>().join(" ");
            format!("message {} {{ {cols} }}", self.name)
        };
        let schema = Arc::new(parse_message_type(&message).map_err(|e| Error::Store(StoreError::Database { detail: e.to_string() }))?);
        let props = Arc::new(WriterProperties::builder().set_created_by("samuh".into()).build());
        for (key, cols) in std::mem::take(&mut self.parts) {
            let (state, district, block, year) = &key;
            let n = self.written.entry(key.clone()).or_insert(0);
            let rel: PathBuf = [self.name.to_string(), format!("state={state}"), format!("district={district}"), format!("block={block}"), format!("year={year}"), format!("part-{n}.parquet")].iter().collect();
            *n += 1;
            let path = dir.join(&rel);
            let unwritable = |e: &dyn std::fmt::Display| Error::Store(StoreError::FileUnwritable { path: path.display().to_string(), detail: e.to_string() });
            std::fs::create_dir_all(path.parent().expect("a partition folder")).map_err(|e| unwritable(&e))?;
            let file = std::fs::File::create(&path).map_err(|e| unwritable(&e))?;
            let mut w = SerializedFileWriter::new(file, schema.clone(), props.clone()).map_err(|e| unwritable(&e))?;
            let mut rg = w.next_row_group().map_err(|e| unwritable(&e))?;
            for c in &cols {
                let mut cw = rg.next_column().map_err(|e| unwritable(&e))?.expect("a column per schema field");
                let written = match c {
                    Col::Text(v) => cw.typed::<ByteArrayType>().write_batch(v, None, None),
                    Col::OptText(v) => {
                        let def: Vec<i16> = v.iter().map(|x| x.is_some() as i16).collect();
                        cw.typed::<ByteArrayType>().write_batch(&v.iter().flatten().cloned().collect::<Vec<_>>(), Some(&def), None)
                    }
                    Col::Int(v) => cw.typed::<Int64Type>().write_batch(v, None, None),
                    Col::Date(v) => cw.typed::<Int32Type>().write_batch(v, None, None),
                    Col::OptInt(v) => {
                        let def: Vec<i16> = v.iter().map(|x| x.is_some() as i16).collect();
                        cw.typed::<Int64Type>().write_batch(&v.iter().flatten().copied().collect::<Vec<_>>(), Some(&def), None)
                    }
                    Col::OptDate(v) => {
                        let def: Vec<i16> = v.iter().map(|x| x.is_some() as i16).collect();
                        cw.typed::<Int32Type>().write_batch(&v.iter().flatten().copied().collect::<Vec<_>>(), Some(&def), None)
                    }
                };
                written.map_err(|e| unwritable(&e))?;
                cw.close().map_err(|e| unwritable(&e))?;
            }
            rg.close().map_err(|e| unwritable(&e))?;
            w.close().map_err(|e| unwritable(&e))?;
            files.push(rel.display().to_string());
        }
        self.held = 0;
        Ok(())
    }
}

/// Where a group is, from its place as it registered it: "block, district, state" read from the
/// end (a place of two parts is "district, state"; of one part, the district), each part that
/// is not there "unknown"; a state written in brackets after the district, as Indian addresses
/// do ("Pothia, Kishanganj (Bihar)"), is the state; a Thai address names its parts
/// ("… ตำบล… อำเภอเสลภูมิ จังหวัดร้อยเอ็ด": sub-district, district, province), read by those
/// words. Characters a folder name cannot hold become `_`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub state: String,
    pub district: String,
    pub block: String,
}

pub fn place_of(place: &str) -> Place {
    let clean = |p: &str| p.trim().chars().map(|c| if c == '/' || c == '\\' || c == '=' || c.is_control() || c == ':' { '_' } else { c }).collect::<String>();
    let unknown = || "unknown".to_string();
    // A Thai address: its parts are named by the words before them.
    let named = |words: &[&str]| {
        place.split_whitespace().find_map(|w| words.iter().find_map(|k| w.strip_prefix(k)).filter(|rest| !rest.is_empty()).map(clean))
    };
    let (province, amphoe, tambon) = (named(&["จังหวัด", "จ."]), named(&["อำเภอ", "อ."]), named(&["ตำบล", "ต."]));
    if province.is_some() || amphoe.is_some() {
        return Place { state: province.unwrap_or_else(unknown), district: amphoe.unwrap_or_else(unknown), block: tambon.unwrap_or_else(unknown) };
    }
    let mut parts: Vec<String> = place.split(',').map(clean).filter(|p| !p.is_empty() && p != "." && p != "..").collect();
    // "Kishanganj (Bihar)": the district, then its state.
    if let Some(last) = parts.pop() {
        match last.strip_suffix(')').and_then(|l| l.rsplit_once('(')).map(|(d, s)| (d.trim().to_string(), s.trim().to_string())) {
            Some((district, state)) if !district.is_empty() && !state.is_empty() => parts.extend([district, state]),
            _ => parts.push(last),
        }
    }
    let n = parts.len();
    match n {
        0 => Place { state: unknown(), district: unknown(), block: unknown() },
        1 => Place { state: unknown(), district: parts[0].clone(), block: unknown() },
        2 => Place { state: parts[1].clone(), district: parts[0].clone(), block: unknown() },
        _ => Place { state: parts[n - 1].clone(), district: parts[n - 2].clone(), block: parts[n - 3].clone() },
    }
}

fn year(d: NaiveDate) -> i32 {
    use chrono::Datelike;
    d.year()
}

/// Writes the oversight book's imported groups as Parquet under `to`. Reads only: the book is
/// not changed.
pub fn export_parquet(store: &Store, i: &ParquetExportInput) -> Result<ParquetExported> {
    use Val::*;
    let to = i.to.trim();
    if to.is_empty() {
        return Err(Error::Required { field: "to".into() });
    }
    let b = store.read();
    let org = org_of(&b, i.org.trim())?;
    if !oversees(org.kind) {
        return Err(Error::NotAnOversightBook { org: org.code });
    }
    let text = || Col::Text(Vec::new());
    let opt_text = || Col::OptText(Vec::new());
    let int = || Col::Int(Vec::new());
    let opt_int = || Col::OptInt(Vec::new());
    let day = || Col::Date(Vec::new());
    let opt_day = || Col::OptDate(Vec::new());
    let mut groups = Table::new(
        "groups",
        vec![
            ("group_code", text),
            ("name", text),
            ("kind", text),
            ("country", text),
            ("currency", text),
            ("place", text),
            ("formed_on", day),
            ("fingerprint", text),
            ("bundles", int),
            ("entries", int),
            ("last_period", opt_day),
            ("relayed_by", opt_text),
        ],
    );
    let mut members = Table::new("members", vec![("group_code", text), ("member_id", int), ("admission_no", text), ("role", text), ("joined_on", day), ("exited_on", opt_day), ("household", opt_text)]);
    let mut vouchers = Table::new(
        "vouchers",
        vec![("group_code", text), ("position", int), ("fiscal_year", int), ("number", int), ("date", day), ("kind", text), ("narration", text), ("hash", text)],
    );
    let mut postings = Table::new(
        "postings",
        vec![
            ("group_code", text),
            ("position", int),
            ("line_no", int),
            ("date", day),
            ("account", text),
            ("member_id", opt_int),
            ("loan_id", opt_int),
            ("amount_minor", int),
            ("currency", text),
            ("kind", text),
        ],
    );
    let mut loans = Table::new(
        "loans",
        vec![
            ("group_code", text),
            ("loan_id", int),
            ("number", int),
            ("member_id", int),
            ("fund", text),
            ("principal_minor", int),
            ("outstanding_minor", int),
            ("currency", text),
            ("disbursed_on", day),
            ("instalments", int),
            ("status", text),
            ("days_past_due", int),
            ("principal_overdue_minor", int),
        ],
    );
    let dir = Path::new(to);
    std::fs::create_dir_all(dir).map_err(|e| Error::Store(StoreError::FileUnwritable { path: to.to_string(), detail: e.to_string() }))?;
    let mut files = Vec::new();
    let (mut n_groups, mut n_postings) = (0i64, 0i64);
    let mut texts = Texts::default();
    // Every group of the register, those relayed through another's bundles too (a cluster
    // federation's SHGs, come through its VOs), each with the group that brings it.
    let all = b.fed_groups_all(org.id)?;
    for g in &all {
        n_groups += 1;
        let relayed_by = g.via.and_then(|v| all.iter().find(|x| x.id == v)).map(|x| bytes(&x.code));
        let place = place_of(&g.place);
        let (code, currency) = (bytes(&g.code), bytes(&g.currency));
        // The records of the latest bundle only (a group sending monthly has dozens; a later
        // bundle never holds fewer entries, the import refuses an older one).
        let bundles = b.fed_bundle_periods(g.id)?;
        let records: Records = match b.fed_latest_bundle(g.id)? {
            Some(f) => serde_json::from_str(&f.records).map_err(|e| Error::Store(StoreError::Database { detail: e.to_string() }))?,
            None => Records::default(),
        };
        let last_period = bundles.iter().map(|(as_of, _)| stored_date(as_of)).collect::<Result<Vec<_>>>()?.into_iter().max();
        let heads = b.fed_voucher_heads(g.id)?;
        let formed = stored_date(&g.formed_on)?;
        groups.push(
            &place,
            year(last_period.unwrap_or(formed)),
            [
                T(code.clone()),
                T(bytes(&g.name)),
                T(bytes(&g.kind)),
                T(bytes(&g.country)),
                T(currency.clone()),
                T(bytes(&g.place)),
                D(days(formed)),
                T(bytes(&g.fingerprint)),
                I(bundles.len() as i64),
                I(heads.len() as i64),
                OD(last_period.map(days)),
                OT(relayed_by),
            ],
            dir,
            &mut files,
        )?;
        for m in &records.members {
            let joined = stored_date(&m.joined_on)?;
            let exited = m.exited_on.as_deref().map(stored_date).transpose()?;
            members.push(&place, year(joined), [T(code.clone()), I(m.id), T(bytes(&m.admission_no)), T(texts.get(&m.role)), D(days(joined)), OD(exited.map(days)), OT(m.household.as_deref().map(bytes))], dir, &mut files)?;
        }
        // Each voucher's day (as Parquet keeps it) and year, by position, for its postings.
        let mut dated: Vec<(i64, i32, i32)> = Vec::with_capacity(heads.len());
        for v in heads {
            let on = stored_date(&v.date)?;
            dated.push((v.position, days(on), year(on)));
            vouchers.push(&place, year(on), [T(code.clone()), I(v.position), I(v.fiscal_year), I(v.number), D(days(on)), T(texts.get(&v.kind)), T(ByteArray::from(v.narration.into_bytes())), T(ByteArray::from(v.hash.into_bytes()))], dir, &mut files)?;
        }
        let mut outstanding: BTreeMap<i64, i64> = BTreeMap::new();
        let mut k = 0;
        b.fed_postings_each(g.id, |l| {
            // Both in chain order: the voucher of a posting is found by walking on.
            while k < dated.len() && dated[k].0 < l.position {
                k += 1;
            }
            let Some(&(_, on, in_year)) = dated.get(k).filter(|d| d.0 == l.position) else { return Ok(()) };
            n_postings += 1;
            if l.account == crate::domain::ledger::code::LOANS_TO_MEMBERS {
                if let Some(id) = l.loan_id {
                    *outstanding.entry(id).or_default() += l.amount_minor;
                }
            }
            postings.push(
                &place,
                in_year,
                [T(code.clone()), I(l.position), I(l.line_no), D(on), T(texts.get(l.account)), OI(l.member_id), OI(l.loan_id), I(l.amount_minor), T(currency.clone()), T(texts.get(l.kind))],
                dir,
                &mut files,
            )
        })?;
        for l in &records.loans {
            let on = stored_date(&l.disbursed_on)?;
            loans.push(
                &place,
                year(on),
                [
                    T(code.clone()),
                    I(l.id),
                    I(l.number),
                    I(l.member_id),
                    T(texts.get(&l.fund)),
                    I(l.principal_minor),
                    I(outstanding.get(&l.id).copied().unwrap_or(0)),
                    T(currency.clone()),
                    D(days(on)),
                    I(l.instalments),
                    T(texts.get(&l.status)),
                    I(l.days_past_due),
                    I(l.principal_overdue_minor),
                ],
                dir,
                &mut files,
            )?;
        }
    }
    for t in [&mut groups, &mut members, &mut vouchers, &mut postings, &mut loans] {
        t.write(dir, &mut files)?;
    }
    Ok(ParquetExported { dir: to.to_string(), groups: n_groups, postings: n_postings, files })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_larger_than_it_may_hold_is_written_in_parts_and_loses_no_row() {
        use parquet::file::reader::{FileReader, SerializedFileReader};
        let dir = tempfile::tempdir().unwrap();
        let mut t = Table::new("t", vec![("n", || Col::Int(Vec::new()))]);
        t.limit = 2;
        let (mut files, here, there) = (Vec::new(), place_of("Kishanganj, Bihar"), place_of("Nan"));
        // Five rows in one partition and one in another, two held at a time: rows 1 and 2 are
        // written (part-0 of 2); then 3 and 10, one in each partition (part-1 of 1, the other's
        // part-0 of 1); then 4 and 5 (part-2 of 2); the last write finds nothing held.
        for (n, p) in [(1, &here), (2, &here), (3, &here), (10, &there), (4, &here), (5, &here)] {
            t.push(p, 2026, [Val::I(n)], dir.path(), &mut files).unwrap();
        }
        t.write(dir.path(), &mut files).unwrap();
        let rows = |f: &str| SerializedFileReader::new(std::fs::File::open(dir.path().join(f)).unwrap()).unwrap().metadata().file_metadata().num_rows();
        let counted: Vec<(String, i64)> = files.iter().map(|f| (f.clone(), rows(f))).collect();
        let at = |place: &str, n: usize| format!("t/state={place}/year=2026/part-{n}.parquet");
        assert_eq!(
            counted,
            vec![
                (at("Bihar/district=Kishanganj/block=unknown", 0), 2),
                (at("Bihar/district=Kishanganj/block=unknown", 1), 1),
                (at("unknown/district=Nan/block=unknown", 0), 1),
                (at("Bihar/district=Kishanganj/block=unknown", 2), 2),
            ]
        );
    }

    #[test]
    fn a_place_is_read_from_its_end() {
        let p = |s: &str, st: &str, di: &str, bl: &str| assert_eq!(place_of(s), Place { state: st.into(), district: di.into(), block: bl.into() }, "{s}");
        p("Kishanganj", "unknown", "Kishanganj", "unknown");
        p("Kishanganj, Bihar", "Bihar", "Kishanganj", "unknown");
        p("Rampur, Bahadurganj, Kishanganj, Bihar", "Bihar", "Kishanganj", "Bahadurganj");
        p("", "unknown", "unknown", "unknown");
        p("a/b, ..", "unknown", "a_b", "unknown");
        // The demo's SHGs: a block and a district with its state in brackets; a village first.
        p("पोठिया, किशनगंज (बिहार)", "बिहार", "किशनगंज", "पोठिया");
        p("बेलवा, पोठिया, किशनगंज (बिहार)", "बिहार", "किशनगंज", "पोठिया");
        p("Kishanganj (Bihar)", "Bihar", "Kishanganj", "unknown");
        // A Thai address by its words: village, district (อำเภอ), province (จังหวัด); sub-district (ตำบล).
        p("บ้านหนองแวง อำเภอเสลภูมิ จังหวัดร้อยเอ็ด", "ร้อยเอ็ด", "เสลภูมิ", "unknown");
        p("บ้านนาเหลือง ตำบลนาเหลือง อำเภอเวียงสา จังหวัดน่าน", "น่าน", "เวียงสา", "นาเหลือง");
    }
}
