//! The journal on disk: appending a balanced voucher with its gapless number and chained hash,
//! and reading vouchers, postings and balances back.

use super::{bad_value, date_text, parse_stored_date, Book};
use crate::domain::ledger::{voucher_hash, AccountType, BalancedEntry, Line, LineKind, SubLedger, VoucherHeader, VoucherKind, GENESIS_HASH};
use crate::domain::loan::RepaymentSplit;
use crate::domain::money::Money;
use crate::domain::org::Organisation;
use crate::domain::schedule::Paid;
use crate::store::error::{StoreError, Result};
use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};
use std::collections::HashMap;

/// What a voucher carries besides its lines.
#[derive(Debug, Clone, Default)]
pub struct VoucherMeta<'a> {
    pub meeting_id: Option<i64>,
    pub reverses: Option<i64>,
    pub client_id: Option<&'a str>,
    pub recorded_at: &'a str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoucherRef {
    pub id: i64,
    pub fiscal_year: i32,
    pub number: i64,
    pub hash: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StoredVoucher {
    pub id: i64,
    pub org_id: i64,
    pub fiscal_year: i32,
    pub number: i64,
    pub date: NaiveDate,
    pub kind: VoucherKind,
    pub narration: String,
    pub meeting_id: Option<i64>,
    pub reverses_id: Option<i64>,
    /// The reversal voucher that cancels this one, if any.
    pub reversed_by: Option<i64>,
    pub client_id: Option<String>,
    pub recorded_at: String,
    pub prev_hash: String,
    pub hash: String,
    pub lines: Vec<Line>,
}

impl StoredVoucher {
    pub fn header(&self) -> VoucherHeader<'_> {
        VoucherHeader {
            org_id: self.org_id,
            fiscal_year: self.fiscal_year,
            number: self.number,
            date: self.date,
            kind: self.kind,
            narration: &self.narration,
            meeting_id: self.meeting_id,
            reverses: self.reverses_id,
            client_id: self.client_id.as_deref(),
        }
    }
}

/// The columns `voucher_from_row` reads, in its order (`reversed_by` is column 9).
pub(crate) const VOUCHER_COLS: &str = "v.id, v.org_id, v.fiscal_year, v.number, v.date, v.kind, v.narration, v.meeting_id, v.reverses_id";

/// A voucher header (no lines) from a row whose first 14 columns are `VOUCHER_COLS`, then
/// reversed_by, client_id, recorded_at, prev_hash, hash.
pub(crate) fn voucher_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoredVoucher> {
    let kind: String = r.get(5)?;
    Ok(StoredVoucher {
        id: r.get(0)?,
        org_id: r.get(1)?,
        fiscal_year: r.get(2)?,
        number: r.get(3)?,
        date: parse_stored_date(&r.get::<_, String>(4)?)?,
        kind: VoucherKind::from_code(&kind).ok_or_else(|| bad_value("voucher kind", &kind))?,
        narration: r.get(6)?,
        meeting_id: r.get(7)?,
        reverses_id: r.get(8)?,
        reversed_by: r.get(9)?,
        client_id: r.get(10)?,
        recorded_at: r.get(11)?,
        prev_hash: r.get(12)?,
        hash: r.get(13)?,
        lines: Vec::new(),
    })
}

#[derive(Debug, Clone, PartialEq)]
pub struct AccountBalance {
    pub org_id: i64,
    pub code: String,
    pub kind: AccountType,
    /// Debits positive, credits negative.
    pub balance: Money,
}

impl Book<'_> {
    /// Appends a balanced entry as the organisation's next voucher in its fiscal year, chained to
    /// its previous voucher. Refuses lines on accounts outside the organisation's chart and lines
    /// missing the sub-ledger key their account requires.
    pub fn append_voucher(&self, org: &Organisation, entry: &BalancedEntry, meta: &VoucherMeta<'_>) -> Result<VoucherRef> {
        let e = entry.entry();
        let accounts = self.chart(org.id)?;
        for l in &e.lines {
            let (_, sub) = accounts
                .get(&l.account)
                .ok_or_else(|| StoreError::Database { detail: format!("account {} is not in the chart of {}", l.account, org.code) })?;
            let ok = match sub {
                SubLedger::Member => l.member_id.is_some(),
                SubLedger::Loan => l.loan_id.is_some(),
                SubLedger::None => true,
            };
            if !ok {
                return Err(StoreError::Database { detail: format!("a line on {} lacks its sub-ledger key", l.account) });
            }
        }
        let fy = org.fiscal_year(e.date).start_year;
        // Every write of money passes here: nothing may be dated inside a closed year.
        if self.year_is_closed(org.id, fy)? {
            return Err(StoreError::YearClosed { year: org.fiscal_year(e.date).label() });
        }
        let number: i64 = self.one(
            "SELECT coalesce(max(number), 0) + 1 FROM voucher WHERE org_id = ?1 AND fiscal_year = ?2",
            params![org.id, fy],
            |r| r.get(0),
        )?;
        let prev = self.last_hash(org.id)?;
        let header = VoucherHeader {
            org_id: org.id,
            fiscal_year: fy,
            number,
            date: e.date,
            kind: e.kind,
            narration: &e.narration,
            meeting_id: meta.meeting_id,
            reverses: meta.reverses,
            client_id: meta.client_id,
        };
        let hash = voucher_hash(&prev, &header, &e.lines);
        self.run(
            "INSERT INTO voucher(org_id, fiscal_year, number, date, kind, narration, meeting_id, reverses_id, client_id, recorded_at, prev_hash, hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![org.id, fy, number, date_text(e.date), e.kind.code(), e.narration, meta.meeting_id, meta.reverses,
                meta.client_id, meta.recorded_at, prev, hash],
        )?;
        let id = self.c.last_insert_rowid();
        let mut st = self.c.prepare_cached(
            "INSERT INTO posting(voucher_id, line_no, account_id, member_id, loan_id, amount_minor, kind, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        for (i, l) in e.lines.iter().enumerate() {
            st.execute(params![id, i as i64 + 1, accounts[&l.account].0, l.member_id, l.loan_id, l.amount.minor(), l.kind.code(), l.note])?;
        }
        Ok(VoucherRef { id, fiscal_year: fy, number, hash })
    }

    /// The chart of an organisation by account code, read once per transaction (a chart never
    /// changes once created, so the cache cannot go stale within it).
    fn chart(&self, org_id: i64) -> Result<std::rc::Rc<HashMap<String, (i64, SubLedger)>>> {
        if let Some(c) = self.charts.borrow().get(&org_id) {
            return Ok(c.clone());
        }
        let chart: HashMap<String, (i64, SubLedger)> =
            self.accounts(org_id)?.into_iter().map(|(id, code, _, sub)| (code, (id, sub))).collect();
        let chart = std::rc::Rc::new(chart);
        self.charts.borrow_mut().insert(org_id, chart.clone());
        Ok(chart)
    }

    /// The hash of the organisation's latest voucher (the chain head), or the genesis hash.
    pub fn last_hash(&self, org_id: i64) -> Result<String> {
        Ok(self
            .one("SELECT hash FROM voucher WHERE org_id = ?1 ORDER BY id DESC LIMIT 1", [org_id], |r| r.get(0))
            .optional()?
            .unwrap_or_else(|| GENESIS_HASH.to_string()))
    }

    /// The date of an organisation's earliest entry (its opening balances, or its first meeting
    /// in this book); None before any.
    pub fn first_entry_date(&self, org_id: i64) -> Result<Option<NaiveDate>> {
        let first: Option<String> = self.one("SELECT min(date) FROM voucher WHERE org_id = ?1", [org_id], |r| r.get(0))?;
        first.map(|d| parse_stored_date(&d)).transpose().map_err(Into::into)
    }

    pub fn voucher_count(&self, org_id: i64) -> Result<i64> {
        Ok(self.one("SELECT count(*) FROM voucher WHERE org_id = ?1", [org_id], |r| r.get(0))?)
    }

    /// Vouchers of an organisation in the order they were recorded (the chain order), with their
    /// lines; optionally only those dated within [from, to].
    pub fn vouchers(&self, org_id: i64, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Vec<StoredVoucher>> {
        self.vouchers_where(
            "v.org_id = ?1 AND v.date >= ?2 AND v.date <= ?3",
            params![
                org_id,
                from.map(date_text).unwrap_or_else(|| "0000-01-01".into()),
                to.map(date_text).unwrap_or_else(|| "9999-12-31".into())
            ],
        )
    }

    pub fn voucher(&self, id: i64) -> Result<Option<StoredVoucher>> {
        Ok(self.vouchers_where("v.id = ?1", [id])?.pop())
    }

    /// The recorded event that owns a voucher, if one does, by code: "year-close" (a year's
    /// close), "share-out" (a VSLA share-out), "payout" (a welfare payout, or the lending fund's
    /// side of one in this book), "slip" (a settlement slip recorded or received), "levy" (a
    /// collection of levies for a death: the levy register keeps one payment per member and
    /// death). Such a voucher is undone with its
    /// event, never alone: a plain reversal would leave the record saying what the journal no
    /// longer does.
    pub fn voucher_owner(&self, voucher_id: i64) -> Result<Option<&'static str>> {
        const OWNERS: [(&str, &str); 5] = [
            ("year-close", "SELECT 1 FROM year_close WHERE instr(',' || vouchers || ',', ',' || ?1 || ',') > 0"),
            ("share-out", "SELECT 1 FROM vsla_share_out WHERE voucher_id = ?1"),
            ("payout", "SELECT 1 FROM welfare_payout WHERE voucher_id = ?1 UNION ALL SELECT 1 FROM settlement WHERE fund_voucher_id = ?1"),
            ("slip", "SELECT 1 FROM settlement_receipt WHERE voucher_id = ?1"),
            ("levy", "SELECT 1 FROM levy_collection WHERE voucher_id = ?1"),
        ];
        for (code, sql) in OWNERS {
            if self.c.prepare_cached(sql)?.exists([voucher_id])? {
                return Ok(Some(code));
            }
        }
        Ok(None)
    }

    pub fn voucher_by_number(&self, org_id: i64, fiscal_year: i32, number: i64) -> Result<Option<StoredVoucher>> {
        Ok(self.vouchers_where("v.org_id = ?1 AND v.fiscal_year = ?2 AND v.number = ?3", params![org_id, fiscal_year, number])?.pop())
    }

    /// The standing (not reversed) voucher recorded for a meeting.
    pub fn meeting_voucher(&self, meeting_id: i64) -> Result<Option<StoredVoucher>> {
        Ok(self
            .vouchers_where("v.meeting_id = ?1 AND v.kind <> 'reversal'", [meeting_id])?
            .into_iter()
            .find(|v| v.reversed_by.is_none()))
    }

    fn vouchers_where(&self, clause: &str, p: impl rusqlite::Params) -> Result<Vec<StoredVoucher>> {
        let mut st = self.c.prepare_cached(&format!(
            "SELECT {VOUCHER_COLS},
                    (SELECT r.id FROM voucher r WHERE r.reverses_id = v.id), v.client_id, v.recorded_at, v.prev_hash, v.hash
             FROM voucher v WHERE {clause} ORDER BY v.id"
        ))?;
        let mut out = st
            .query_map(p, voucher_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        if out.is_empty() {
            return Ok(out);
        }
        // Lines for all selected vouchers in one pass.
        let index: HashMap<i64, usize> = out.iter().enumerate().map(|(i, v)| (v.id, i)).collect();
        let (lo, hi) = (out.first().map(|v| v.id).unwrap_or(0), out.last().map(|v| v.id).unwrap_or(0));
        let org = out[0].org_id;
        let mut st = self.c.prepare_cached(
            "SELECT p.voucher_id, a.code, p.member_id, p.loan_id, p.amount_minor, p.kind, p.note
             FROM posting p JOIN account a ON a.id = p.account_id JOIN voucher v ON v.id = p.voucher_id
             WHERE p.voucher_id BETWEEN ?1 AND ?2 AND v.org_id = ?3 ORDER BY p.voucher_id, p.line_no",
        )?;
        let rows = st.query_map(params![lo, hi, org], |r| {
            let kind: String = r.get(5)?;
            Ok((
                r.get::<_, i64>(0)?,
                Line {
                    account: r.get(1)?,
                    member_id: r.get(2)?,
                    loan_id: r.get(3)?,
                    amount: Money::from_minor(r.get(4)?),
                    kind: LineKind::from_code(&kind).ok_or_else(|| bad_value("line kind", &kind))?,
                    note: r.get(6)?,
                },
            ))
        })?;
        for row in rows {
            let (vid, line) = row?;
            if let Some(&i) = index.get(&vid) {
                out[i].lines.push(line);
            }
        }
        Ok(out)
    }

    /// Balance of every account of one organisation (or of all organisations when `org_id` is
    /// None) as of a date (inclusive), computed in SQL for speed on large books.
    pub fn balances(&self, org_id: Option<i64>, as_of: Option<NaiveDate>) -> Result<Vec<AccountBalance>> {
        // When the date is on or after the last voucher of the book, every posting counts and the
        // sums come straight from the covering index (account_id, amount_minor); otherwise the
        // postings are joined to their vouchers to filter by date.
        let last: Option<String> = self.one(
            "SELECT max(date) FROM voucher WHERE (?1 IS NULL OR org_id = ?1)",
            params![org_id],
            |r| r.get(0),
        )?;
        let whole_book = match (as_of, last) {
            (None, _) | (_, None) => true,
            (Some(d), Some(last)) => date_text(d) >= last,
        };
        let mut sums: HashMap<i64, i64> = HashMap::new();
        if whole_book {
            // One index-range sum per account: reads only this organisation's index entries.
            let mut st = self.c.prepare_cached(
                "SELECT a.id, (SELECT coalesce(sum(p.amount_minor), 0) FROM posting p WHERE p.account_id = a.id)
                 FROM account a WHERE (?1 IS NULL OR a.org_id = ?1)",
            )?;
            let mut rows = st.query(params![org_id])?;
            while let Some(r) = rows.next()? {
                sums.insert(r.get(0)?, r.get(1)?);
            }
        } else {
            let mut st = self.c.prepare_cached(
                "SELECT p.account_id, sum(p.amount_minor) FROM posting p JOIN voucher v ON v.id = p.voucher_id
                 WHERE v.date <= ?1 AND (?2 IS NULL OR v.org_id = ?2) GROUP BY p.account_id",
            )?;
            let mut rows = st.query(params![as_of.map(date_text), org_id])?;
            while let Some(r) = rows.next()? {
                sums.insert(r.get(0)?, r.get(1)?);
            }
        }
        let mut st = self.c.prepare_cached("SELECT id, org_id, code, type FROM account WHERE (?1 IS NULL OR org_id = ?1) ORDER BY org_id, id")?;
        let v = st
            .query_map(params![org_id], |r| {
                let t: String = r.get(3)?;
                let id: i64 = r.get(0)?;
                Ok(AccountBalance {
                    org_id: r.get(1)?,
                    code: r.get(2)?,
                    kind: AccountType::from_code(&t).ok_or_else(|| bad_value("account type", &t))?,
                    balance: Money::from_minor(sums.get(&id).copied().unwrap_or(0)),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(v)
    }

    /// Balance of one account as of a date (inclusive), optionally for one member or one loan.
    pub fn account_balance(&self, org_id: i64, code: &str, member_id: Option<i64>, loan_id: Option<i64>, as_of: Option<NaiveDate>) -> Result<Money> {
        // The balance as of a day is the whole balance less what was posted after that day. The
        // whole balance is read from an index of the account (or of the member, or the loan),
        // and the later postings from the organisation's vouchers after the day (an index by
        // date): a save, dated today, reads a handful of rows instead of joining every posting
        // of the account to its voucher for the date.
        let sub = match (member_id, loan_id) {
            (None, None) => "",
            (Some(_), None) => " AND p.member_id = ?3",
            (None, Some(_)) => " AND p.loan_id = ?4",
            (Some(_), Some(_)) => " AND p.member_id = ?3 AND p.loan_id = ?4",
        };
        // A member's or a loan's balance is read from that member's or loan's postings (the
        // unary `+` keeps SQLite from walking the whole account's index instead).
        let account = if sub.is_empty() { "p.account_id" } else { "+p.account_id" };
        let whole: i64 = self.one(
            &format!(
                "SELECT coalesce(sum(p.amount_minor), 0) FROM posting p
                 WHERE {account} = (SELECT id FROM account WHERE org_id = ?1 AND code = ?2){sub} AND ?3 IS ?3 AND ?4 IS ?4"
            ),
            params![org_id, code, member_id, loan_id],
            |r| r.get(0),
        )?;
        let later: i64 = match as_of {
            None => 0,
            Some(day) => self.one(
                &format!(
                    "SELECT coalesce(sum(p.amount_minor), 0) FROM voucher v CROSS JOIN posting p
                     WHERE v.org_id = ?1 AND v.date > ?5 AND p.voucher_id = v.id
                       AND +p.account_id = (SELECT id FROM account WHERE org_id = ?1 AND code = ?2){sub} AND ?3 IS ?3 AND ?4 IS ?4"
                ),
                params![org_id, code, member_id, loan_id, date_text(day)],
                |r| r.get(0),
            )?,
        };
        Ok(Money::from_minor(whole - later))
    }

    /// The lowest end-of-day balance of an account on any day from `from` on, with that day:
    /// used to refuse an entry that would take cash (or the bank) below zero on any later day too.
    pub fn lowest_daily_balance(&self, org_id: i64, code: &str, from: NaiveDate) -> Result<Option<(NaiveDate, Money)>> {
        let opening = self.account_balance(org_id, code, None, None, from.pred_opt())?;
        // From the organisation's vouchers of those days (by date), each voucher's postings by its
        // id (the unary `+` keeps SQLite from scanning the account's index for every voucher
        // instead), not from every posting of the account: a save reads its own day and later ones.
        let mut st = self.c.prepare_cached(
            "SELECT v.date, sum(p.amount_minor) FROM voucher v CROSS JOIN posting p
             WHERE v.org_id = ?1 AND v.date >= ?3 AND p.voucher_id = v.id
               AND +p.account_id = (SELECT id FROM account WHERE org_id = ?1 AND code = ?2)
             GROUP BY v.date ORDER BY v.date",
        )?;
        let rows = st.query_map(params![org_id, code, date_text(from)], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        let mut running = opening;
        let mut lowest: Option<(NaiveDate, Money)> = None;
        for row in rows {
            let (d, m) = row?;
            running += Money::from_minor(m);
            if lowest.map_or(true, |(_, low)| running < low) {
                lowest = Some((parse_stored_date(&d)?, running));
            }
        }
        Ok(lowest)
    }

    /// Sum of a loan's lines on one account with the given line kinds, as of a date.
    pub fn loan_line_total(&self, loan_id: i64, account: &str, kinds: &[LineKind], as_of: Option<NaiveDate>) -> Result<Money> {
        let kinds: Vec<String> = kinds.iter().map(|k| format!("'{}'", k.code())).collect();
        let minor: i64 = self.one(
            &format!(
                "SELECT coalesce(sum(p.amount_minor), 0) FROM posting p
                   JOIN account a ON a.id = p.account_id JOIN voucher v ON v.id = p.voucher_id
                 WHERE p.loan_id = ?1 AND a.code = ?2 AND p.kind IN ({}) AND (?3 IS NULL OR v.date <= ?3)",
                kinds.join(",")
            ),
            params![loan_id, account, as_of.map(date_text)],
            |r| r.get(0),
        )?;
        Ok(Money::from_minor(minor))
    }

    /// What has been repaid on a loan, voucher by voucher, as stored (fine / interest / principal
    /// split). Reversals appear as negative splits, so cumulative sums stay right.
    pub fn loan_payments(&self, loan_id: i64) -> Result<Vec<Paid>> {
        let mut st = self.c.prepare_cached(
            "SELECT v.id, v.date, p.kind, sum(p.amount_minor) FROM posting p
               JOIN account a ON a.id = p.account_id JOIN voucher v ON v.id = p.voucher_id
             WHERE p.loan_id = ?1 AND p.kind IN ('principal','interest','loan-fine') AND a.code <> 'cash' AND a.code <> 'bank'
             GROUP BY v.id, p.kind ORDER BY v.date, v.id",
        )?;
        let rows = st.query_map([loan_id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, i64>(3)?)))?;
        let mut out: Vec<(i64, Paid)> = Vec::new();
        for row in rows {
            let (vid, d, kind, minor) = row?;
            // Repayments are credits on the loan, income accounts: a payment is the negated sum.
            let amt = Money::from_minor(-minor);
            if out.last().map(|(id, _)| *id) != Some(vid) {
                out.push((vid, Paid { on: parse_stored_date(&d)?, split: RepaymentSplit::default() }));
            }
            let split = &mut out.last_mut().expect("pushed above").1.split;
            match kind.as_str() {
                "principal" => split.principal += amt,
                "interest" => split.interest += amt,
                _ => split.fine += amt,
            }
        }
        Ok(out.into_iter().map(|(_, p)| p).collect())
    }
}
