//! The store: the only module that names rusqlite. Opens a book file with its safety settings
//! asserted, applies the embedded forward-only migrations, and reads and writes records.
//!
//! Architecture invariant: every write goes through `Store::write`, which runs the whole user
//! action in one IMMEDIATE transaction: it is wholly present or wholly absent after any crash.

mod agenda;
pub mod error;
mod chain;
mod crypt;
mod federation;
mod followup; // issue 15 (follow-up)
mod households; // issue 16 (the fund centre's households)
mod journal;
mod people;
mod print;
mod records;
mod safety;
mod vsla;
mod yearend;
mod welfare; // issue 15: welfare

pub use agenda::AgendaRecord;
pub use chain::{RecordKind, RecordLink, RecordProblem};
pub use crypt::{envelope_path, is_encrypted, passphrase_nfc, BookKey, RecoveryCode, Unlock, MIN_PASSPHRASE_CHARS};
pub use federation::{line_place, FedBundleRow, FedGroupRow, FedMonthRow, FedMonthSum, FedPostingRef, FedPostingRow, FedVoucherHead, FedVoucherRow, WrittenRow};
pub use print::PrintRun;
pub use followup::{FollowupMeetingRecord, PromiseRecord, VisitRecord};
pub use households::TargetRecord;
pub use people::{ActRecord, NewAct, PersonRecord};
pub use journal::{AccountBalance, StoredVoucher, VoucherMeta, VoucherRef};
pub use safety::{ChainCheckpoint, PostingTotals, storage_warning, storage_warning_from, SchemaProblem, WARNING_REMOVABLE_OR_NETWORK};
pub use yearend::{NewYearAudit, YearAuditRecord, YearCloseRecord};
pub use welfare::{BenefitRecord, DeathRecord, LevyPaid, PayoutRecord, SettlementRecord};
pub use vsla::{NewCycle, VslaCycleRecord};
pub use records::{LoanRecord, MeetingRecord, MinuteRecord, NewMeeting, NewMember, NewOrg, RescheduleRecord};

use crate::error::IoReason;
use crate::store::error::{StoreError, Result};
use chrono::NaiveDate;
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::path::Path;

/// Every migration, in order. The book's `user_version` is the number applied.
const MIGRATIONS: &[(&str, &str)] = &[
    ("0001_init", include_str!("../../migrations/0001_init.sql")),
    ("0002_posting_balance_index", include_str!("../../migrations/0002_posting_balance_index.sql")),
    ("0003_passbook_print", include_str!("../../migrations/0003_passbook_print.sql")),
    ("0004_people", include_str!("../../migrations/0004_people.sql")),
    ("0005_chain_checkpoint", include_str!("../../migrations/0005_chain_checkpoint.sql")),
    ("0006_command_digest", include_str!("../../migrations/0006_command_digest.sql")),
    ("0007_record_chain", include_str!("../../migrations/0007_record_chain.sql")),
    ("0008_record_chain_more", include_str!("../../migrations/0008_record_chain_more.sql")),
    ("0009_yearend", include_str!("../../migrations/0009_yearend.sql")),
    ("0010_federation", include_str!("../../migrations/0010_federation.sql")),
    ("0011_events", include_str!("../../migrations/0011_events.sql")),
    ("0012_kinds", include_str!("../../migrations/0012_kinds.sql")),
    ("0013_welfare", include_str!("../../migrations/0013_welfare.sql")),
    ("0014_vsla", include_str!("../../migrations/0014_vsla.sql")),
    ("0015_followup", include_str!("../../migrations/0015_followup.sql")),
    ("0016_meeting_agenda", include_str!("../../migrations/0016_meeting_agenda.sql")),
    ("0017_followup_meeting", include_str!("../../migrations/0017_followup_meeting.sql")),
    ("0018_households", include_str!("../../migrations/0018_households.sql")),
    ("0019_slip_keys", include_str!("../../migrations/0019_slip_keys.sql")),
    ("0020_year_audit", include_str!("../../migrations/0020_year_audit.sql")),
    ("0021_year_snapshot", include_str!("../../migrations/0021_year_snapshot.sql")),
    ("0022_fed_month", include_str!("../../migrations/0022_fed_month.sql")),
    ("0023_levy_paid_again", include_str!("../../migrations/0023_levy_paid_again.sql")),
    ("0024_relay", include_str!("../../migrations/0024_relay.sql")),
];

/// The migration that creates the records chain: a book that crosses it has its existing
/// records hashed in the same transaction (see `Book::chain_existing_records`).
const RECORD_CHAIN_MIGRATION: usize = 7;
/// The migration that adds the opening cut-off, passbook print runs and the retry log to the
/// records chain (issue 13): a book that crosses it has those hashed in the same transaction.
const RECORD_CHAIN_MORE_MIGRATION: usize = 8;
/// The migration that adds by-law rules (issue 15) to the records chain.
const BYLAW_RULE_MIGRATION: usize = 11;
/// The migration that widens the organisation kinds in place (issues 14 and 16): other
/// connections learn of the new CHECK through the schema cookie, bumped in the same transaction.
const KINDS_MIGRATION: usize = 12;

/// 'Samu' — marks a SQLite file as a Samuh book.
pub const APPLICATION_ID: i64 = 0x5361_6D75;

pub fn schema_version() -> i64 {
    MIGRATIONS.len() as i64
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> StoreError {
        match e.sqlite_error_code() {
            // SQLite writes nothing of a transaction that hits a full disk.
            Some(rusqlite::ErrorCode::DiskFull) => StoreError::DiskFull,
            // An I/O error can strike after the commit reached the disk (a failed fsync), so the
            // user is told to look and that saving again is safe (client ids), not "nothing changed".
            Some(rusqlite::ErrorCode::SystemIoFailure) => StoreError::StorageFailed,
            // A write reached a book that SQLite could only open for reading (read-only media):
            // `Store::write` and `Store::dry_run` fill in the path.
            Some(rusqlite::ErrorCode::ReadOnly) => StoreError::BookReadOnly { path: String::new() },
            // A page that cannot be read through, met while reading: `samuh check` reports it
            // as a finding, everything else says the book is damaged in the reader's words.
            Some(rusqlite::ErrorCode::DatabaseCorrupt) => StoreError::BookDamaged,
            _ => StoreError::Database { detail: e.to_string() },
        }
    }
}

/// An open book.
pub struct Store {
    conn: Connection,
    path: String,
    /// The book key of an encrypted book (see `crypt`); None for a plain book.
    key: Option<BookKey>,
    /// Opened for reading only (a book on read-only media, a backup being looked at): every
    /// save is refused with `BookReadOnly` before SQLite is asked.
    read_only: bool,
}

/// Reads and writes on a connection or inside a transaction; handed out by `Store::read` and
/// `Store::write` so callers never see rusqlite.
pub struct Book<'c> {
    c: &'c Connection,
    /// Charts of accounts already read in this transaction (see `Book::chart`).
    charts: std::cell::RefCell<std::collections::HashMap<i64, std::rc::Rc<std::collections::HashMap<String, (i64, crate::domain::ledger::SubLedger)>>>>,
}

impl<'c> Book<'c> {
    fn new(c: &'c Connection) -> Book<'c> {
        Book { c, charts: Default::default() }
    }

    /// One row of a query whose statement is kept in the connection's cache: parsing the SQL
    /// costs more than running most of the book's small queries (measured on the backup
    /// reader's fuzz target, where preparing was a third of the time).
    fn one<T, P: rusqlite::Params>(&self, sql: &str, params: P, f: impl FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>) -> rusqlite::Result<T> {
        self.c.prepare_cached(sql)?.query_row(params, f)
    }

    /// Runs one statement through the statement cache (an INSERT of every save).
    fn run<P: rusqlite::Params>(&self, sql: &str, params: P) -> rusqlite::Result<usize> {
        self.c.prepare_cached(sql)?.execute(params)
    }
}

/// Statements kept prepared per connection: every query of one self-check or one save fits.
const STATEMENT_CACHE: usize = 256;

/// The answer of work done in a transaction that is then rolled back. The work's own error wins:
/// after an I/O error SQLite has often rolled the transaction back already, and the ROLLBACK's
/// "no transaction is active" must not hide the disk error the user has to hear about.
fn rolled_back<T, E: From<StoreError>>(out: Result<T, E>, rollback: rusqlite::Result<()>) -> Result<T, E> {
    match (out, rollback) {
        (Err(e), _) => Err(e),
        (Ok(v), Ok(())) => Ok(v),
        (Ok(_), Err(e)) => Err(StoreError::from(e).into()),
    }
}

/// What the body of a store transaction may fail with: the store's own error, or one that
/// carries it (the app's), so a book's read-only refusal met inside gets the book's name.
pub trait FromStore: From<StoreError> {
    /// The store error this is, if it is one.
    fn store_error(&mut self) -> Option<&mut StoreError>;
}

impl FromStore for StoreError {
    fn store_error(&mut self) -> Option<&mut StoreError> {
        Some(self)
    }
}

/// Names the book in a read-only refusal that SQLite raised without it.
fn name_book<E: FromStore>(mut e: E, path: &str) -> E {
    if let Some(StoreError::BookReadOnly { path: p }) = e.store_error() {
        if p.is_empty() {
            *p = path.to_string();
        }
    }
    e
}

impl Store {
    /// Opens an existing book file, asserting WAL, synchronous=FULL, foreign keys and defensive
    /// mode, refusing a file that is not a book or is from a newer version, and applying any
    /// pending migrations in one transaction. A missing file (`BookMissing`) or an empty one
    /// (`BookEmpty`) is refused, never made into a new book: only `open_or_create` (`samuh
    /// init`, `demo`, the desktop's "new book") creates one. A book on read-only media opens for
    /// reading (see `read_only_medium`). An encrypted book is refused with `BookEncrypted` (open
    /// it with `Store::open_with`).
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_with(path, Unlock::None)
    }

    /// Opens the book at `path`, first creating a new, empty book when there is no file or the
    /// file is empty (0 bytes). An existing book is opened as `open` opens it, never replaced.
    pub fn open_or_create(path: &Path) -> Result<Store> {
        Store::open_on(path, None, None, true)
    }

    /// `open_or_create` through a named SQLite VFS, with the same safety assertions: for tests
    /// that inject faults (power loss, I/O errors) under the real store.
    #[doc(hidden)]
    pub fn open_with_vfs(path: &Path, vfs: &str) -> Result<Store> {
        Store::open_on(path, None, Some(vfs), true)
    }

    /// The negative control of the power-loss tests ONLY: `open_with_vfs`, then
    /// `synchronous=NORMAL`, which may lose a committed save on power loss. Never used by the app.
    #[doc(hidden)]
    pub fn open_with_vfs_unsafe_synchronous_normal(path: &Path, vfs: &str) -> Result<Store> {
        let store = Store::open_on(path, None, Some(vfs), true)?;
        store.conn.execute_batch("PRAGMA synchronous=NORMAL")?;
        Ok(store)
    }

    /// `open` with the book key of an encrypted book (None: a plain book).
    fn open_keyed(path: &Path, key: Option<BookKey>) -> Result<Store> {
        Store::open_on(path, key, None, false)
    }

    /// `open_or_create` with the book key of a new encrypted book.
    fn create_keyed(path: &Path, key: BookKey) -> Result<Store> {
        Store::open_on(path, Some(key), None, true)
    }

    fn open_on(path: &Path, key: Option<BookKey>, vfs: Option<&str>, create: bool) -> Result<Store> {
        let p = path.display().to_string();
        match book_file(path)? {
            BookFile::Missing if !create => return Err(StoreError::BookMissing { path: p }),
            // SQLite drops a WAL beside an empty main file: an empty book with a WAL is never
            // made new, whatever the caller asked, so that WAL stays for someone to look at.
            BookFile::Empty { wal } if !create || wal => return Err(StoreError::BookEmpty { path: p }),
            BookFile::Present if vfs.is_none() && read_only_medium(path) => return Store::open_medium_read_only(path, key),
            _ => {}
        }
        let fallback_key = key.as_ref().map(|k| k.dup());
        match Store::open_read_write(path, key, vfs) {
            // SQLite itself found it cannot write here (a read-only file system the probe did
            // not see, a folder where the -wal and -shm files cannot be made).
            Err(StoreError::BookReadOnly { .. }) if vfs.is_none() && path.is_file() => Store::open_medium_read_only(path, fallback_key),
            other => other,
        }
    }

    fn open_read_write(path: &Path, key: Option<BookKey>, vfs: Option<&str>) -> Result<Store> {
        let p = path.display().to_string();
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = match vfs {
            None => Connection::open_with_flags(path, flags),
            Some(v) => Connection::open_with_flags_and_vfs(path, flags, v),
        }
        .map_err(|e| StoreError::FileUnreadable { path: p.clone(), reason: safety::sqlite_reason(&e), detail: e.to_string() })?;
        // SQLite opens a file it may not write read-only without saying so.
        if conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(false) {
            return Err(StoreError::BookReadOnly { path: p });
        }
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        let mut store = Store { conn, path: p, key, read_only: false };
        store.apply_key()?;
        store.configure(true)?;
        store.migrate()?;
        // What a killed `encrypt` or envelope write left beside the book (never a file another
        // process still writes).
        crypt::sweep_stale_temporaries(path);
        Ok(store)
    }

    /// Opens a book on media that cannot be written, for reading only. SQLite reads a WAL-mode
    /// book read-only when its -wal and -shm files are there, or with `immutable=1` (which
    /// neither reads a WAL nor takes locks): see "Read-Only Databases" in sqlite.org/wal.html.
    /// A book closed properly has no -wal, so `immutable=1` reads all of it; a book whose -wal
    /// still holds saves is read through its WAL, never past it.
    fn open_medium_read_only(path: &Path, key: Option<BookKey>) -> Result<Store> {
        let p = path.display().to_string();
        let wal_holds_saves = sidecar(path, "-wal").metadata().is_ok_and(|m| m.len() > 0);
        let uri = format!("{}?mode=ro{}", file_uri(path), if wal_holds_saves { "" } else { "&immutable=1" });
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let unreadable = |e: rusqlite::Error| StoreError::FileUnreadable { path: p.clone(), reason: IoReason::ReadOnly, detail: e.to_string() };
        let conn = Connection::open_with_flags(&uri, flags).map_err(unreadable)?;
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        let store = Store { conn, path: p.clone(), key, read_only: true };
        store.apply_key()?;
        // A -wal with saves but no -shm cannot be read where the -shm cannot be made: the reader
        // hears that the medium is write-protected (copy it off), not SQLite's words.
        let store = Store::read_only_book(store).map_err(|e| match e {
            StoreError::Database { detail } => StoreError::FileUnreadable { path: p.clone(), reason: IoReason::ReadOnly, detail },
            other => other,
        })?;
        let version: i64 = store.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version < schema_version() {
            // Today's queries read only the current schema, and bringing the book up to date is
            // a write.
            return Err(StoreError::BookReadOnlyOlder { path: p });
        }
        store.conn.busy_timeout(std::time::Duration::from_secs(5))?;
        Ok(store)
    }

    /// True when the book was opened for reading only (read-only media): saves are refused.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    fn refuse_if_read_only(&self) -> Result<()> {
        if self.read_only {
            return Err(StoreError::BookReadOnly { path: self.path.clone() });
        }
        Ok(())
    }

    /// Gives a `BookReadOnly` from SQLite (mapped without a path) this book's path.
    fn with_path<E: FromStore>(&self, e: E) -> E {
        name_book(e, &self.path)
    }

    /// A private in-memory book, for tests and `samuh loan schedule`.
    pub fn open_in_memory() -> Result<Store> {
        Store::in_memory(Connection::open_in_memory()?)
    }

    /// An in-memory connection made a book: statement cache, safety settings, migrations.
    fn in_memory(conn: Connection) -> Result<Store> {
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        let mut store = Store { conn, path: ":memory:".into(), key: None, read_only: false };
        store.configure(false)?;
        store.migrate()?;
        Ok(store)
    }

    /// The bytes of this book's main database (as a backup file would hold them).
    #[doc(hidden)]
    pub fn image(&mut self) -> Result<Vec<u8>> {
        Ok(self.conn.serialize(rusqlite::MAIN_DB)?.to_vec())
    }

    /// Whether the book's bytes are `bytes`, compared in place: for a book made by
    /// `open_in_memory_image` SQLite lends its own buffer, so nothing is copied (the backup
    /// reader's fuzz harness asks this after every input).
    #[doc(hidden)]
    pub fn image_is(&mut self, bytes: &[u8]) -> Result<bool> {
        Ok(*self.conn.serialize(rusqlite::MAIN_DB)? == *bytes)
    }

    /// A writable in-memory book from `image` (see `image`), configured as `open_in_memory`
    /// configures a new one: for tests and property runs that start thousands of cases from one
    /// prepared book instead of migrating and setting up each one. (A backup a person picks is
    /// opened read-only by `open_image`, with the checks of an untrusted file.)
    #[doc(hidden)]
    pub fn open_in_memory_image(image: &[u8]) -> Result<Store> {
        let mut conn = Connection::open_in_memory()?;
        conn.deserialize_read_exact(rusqlite::MAIN_DB, image, image.len(), false)?;
        Store::in_memory(conn)
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    /// Gives SQLCipher the book key (first statement on the connection) and keeps temporary
    /// tables and indices in memory; nothing for a plain book.
    fn apply_key(&self) -> Result<()> {
        #[cfg(not(feature = "sqlcipher"))]
        if self.key.is_some() {
            // Plain SQLite ignores `PRAGMA key`: never let such a build write a book in the clear
            // that its owner believes encrypted.
            return Err(StoreError::Database { detail: "this build of Samuh has no encryption (built without the sqlcipher feature)".into() });
        }
        if let Some(k) = &self.key {
            self.conn.pragma_update(None, "key", k.pragma_value().as_str())?;
            self.conn.execute_batch("PRAGMA temp_store=MEMORY;")?;
        }
        Ok(())
    }

    /// Maps "not a database" to the user's words: a plain file that is not a book, or an
    /// encrypted book whose key file belongs to another book.
    fn not_a_book(&self, e: rusqlite::Error) -> StoreError {
        match e {
            rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::NotADatabase => match self.key {
                // Samuh's mark still in the header while SQLite cannot read the file: a damaged
                // book (reported by `samuh check` as damage), not someone else's file.
                None if samuh_mark_in_header(Path::new(&self.path)) => {
                    StoreError::FileUnreadable { path: self.path.clone(), reason: IoReason::Damaged, detail: f.to_string() }
                }
                None => StoreError::NotABook { path: self.path.clone() },
                Some(_) => {
                    let envelope = envelope_path(Path::new(&self.path)).display().to_string();
                    StoreError::KeyFileMissing { path: self.path.clone(), envelope }
                }
            },
            // A file that is there but cannot be read through (truncated, corrupt): unreadable,
            // with its reason, not a database error.
            other if matches!(other.sqlite_error_code(), Some(rusqlite::ErrorCode::DatabaseCorrupt)) => {
                StoreError::FileUnreadable { path: self.path.clone(), reason: safety::sqlite_reason(&other), detail: other.to_string() }
            }
            other => StoreError::from(other),
        }
    }

    fn configure(&mut self, file: bool) -> Result<()> {
        let c = &self.conn;
        c.busy_timeout(std::time::Duration::from_secs(5))?;
        // Refuse anything that is not SQLite before touching it.
        let not_a_book = |e: rusqlite::Error| self.not_a_book(e);
        let app_id: i64 = c.query_row("PRAGMA application_id", [], |r| r.get(0)).map_err(not_a_book)?;
        let tables: i64 = c.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
        let version: i64 = c.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        // Only a truly empty SQLite file (no tables, no mark of another program, no schema
        // version) becomes a book; refused here, before WAL is turned on, so nothing is written.
        if app_id != APPLICATION_ID && (tables > 0 || app_id != 0 || version != 0) {
            return Err(StoreError::NotABook { path: self.path.clone() });
        }
        if file {
            // Turning WAL on makes the -wal and -shm files: where they cannot be made, the book
            // is on read-only media (`open_on` then opens it for reading).
            let mode: String = c.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0)).map_err(|e| match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::CannotOpen) => StoreError::BookReadOnly { path: self.path.clone() },
                _ => StoreError::from(e),
            })?;
            if mode.to_ascii_lowercase() != "wal" {
                return Err(StoreError::Database { detail: format!("journal_mode is {mode}, not wal") });
            }
        }
        c.execute_batch("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA trusted_schema=OFF;")?;
        c.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
        // Asserted, not assumed.
        let sync: i64 = c.query_row("PRAGMA synchronous", [], |r| r.get(0))?;
        let fk: i64 = c.query_row("PRAGMA foreign_keys", [], |r| r.get(0))?;
        if sync != 2 || fk != 1 {
            return Err(StoreError::Database { detail: format!("safety settings not in force (synchronous={sync}, foreign_keys={fk})") });
        }
        Ok(())
    }

    fn migrate(&mut self) -> Result<()> {
        let version: i64 = self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let supported = schema_version();
        if version > supported {
            return Err(StoreError::NewerDatabase { found: version, supported });
        }
        if version == supported {
            return Ok(());
        }
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Exclusive)?;
        for (i, (_name, sql)) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            // A migration that does not apply (its tables already there, or missing) means the
            // schema is not what the book's version says: a damaged book, never SQLite's text.
            // Widening a CHECK in place needs `writable_schema`, which defensive mode forbids:
            // lifted for this one statement batch of the opening transaction, then restored.
            let widen = i + 1 == KINDS_MIGRATION;
            if widen {
                tx.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_DEFENSIVE, false)?;
            }
            let applied = tx.execute_batch(sql);
            if widen {
                tx.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
            }
            applied.map_err(|e| match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::DiskFull | rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::SystemIoFailure | rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => StoreError::from(e),
                _ => StoreError::BookDamaged,
            })?;
            if i + 1 == RECORD_CHAIN_MIGRATION {
                Book::new(&tx).chain_existing_records(chain::RecordKind::SINCE_0007)?;
            }
            if i + 1 == RECORD_CHAIN_MORE_MIGRATION {
                Book::new(&tx).chain_existing_records(chain::RecordKind::SINCE_0008)?;
            }
            if i + 1 == BYLAW_RULE_MIGRATION {
                Book::new(&tx).chain_existing_records(chain::RecordKind::SINCE_0011)?;
            }
            // Found by name, not number: the migration's number is settled when branches merge.
            if _name.ends_with("_vsla") {
                Book::new(&tx).chain_existing_records(chain::RecordKind::SINCE_0014)?;
            }
            if i + 1 == KINDS_MIGRATION {
                let cookie: i64 = tx.query_row("PRAGMA schema_version", [], |r| r.get(0))?;
                tx.pragma_update(None, "schema_version", cookie + 1)?;
                let kinds: String = tx.query_row("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'organisation'", [], |r| r.get(0))?;
                if !kinds.contains("'fund-centre'") {
                    return Err(StoreError::BookDamaged);
                }
            }
            // Issue 15's welfare tables: empty in a real older book; a book whose version was
            // set back may hold some, hashed as they stand.
            if _name.ends_with("_welfare") {
                Book::new(&tx).chain_existing_records(chain::RecordKind::SINCE_0013)?;
            }
            if _name.ends_with("_followup") {
                Book::new(&tx).chain_existing_records(chain::RecordKind::SINCE_0015)?;
            }
            // The meeting's agenda (issue 12).
            if _name.ends_with("_meeting_agenda") {
                Book::new(&tx).chain_existing_records(chain::RecordKind::SINCE_0016)?;
            }
            // The follow-up meeting (issue 15): empty in a real older book.
            if _name.ends_with("_followup_meeting") {
                Book::new(&tx).chain_existing_records(chain::RecordKind::SINCE_0017)?;
            }
            // Household keys and target households (issue 16): empty in a real older book.
            if _name.ends_with("_households") {
                Book::new(&tx).chain_existing_records(chain::RecordKind::SINCE_0018)?;
            }
            // The clubs' slip keys a lending fund registered (issue 15): a new table.
            if _name.ends_with("_slip_keys") {
                Book::new(&tx).chain_existing_records(chain::RecordKind::SINCE_0019)?;
            }
            // A year's audit sign-off (issue 14): a new table.
            if _name.ends_with("_year_audit") {
                Book::new(&tx).chain_existing_records(chain::RecordKind::SINCE_0020)?;
            }
            // A closed year's statements as at its close (issue 14): a new table.
            if _name.ends_with("_year_snapshot") {
                Book::new(&tx).chain_existing_records(chain::RecordKind::SINCE_0021)?;
            }
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        }
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.commit()?;
        Ok(())
    }

    /// Read access outside any write.
    pub fn read(&self) -> Book<'_> {
        Book::new(&self.conn)
    }

    /// Runs `f` in one IMMEDIATE transaction: committed if it returns Ok, rolled back otherwise.
    /// A book opened for reading only refuses with `BookReadOnly` and runs nothing.
    pub fn write<T, E: FromStore>(&mut self, f: impl FnOnce(&Book<'_>) -> Result<T, E>) -> Result<T, E> {
        self.refuse_if_read_only()?;
        let path = self.path.clone();
        let fill = |e: rusqlite::Error| name_book(E::from(StoreError::from(e)), &path);
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(fill)?;
        let out = f(&Book::new(&tx)).map_err(|e| name_book(e, &path))?;
        tx.commit().map_err(fill)?;
        Ok(out)
    }

    /// Runs `f` in a transaction that is always rolled back: what a save would do, checked by the
    /// very code that saves, with nothing kept (the meeting screen's live preview, `--dry-run`).
    /// On a book opened for reading only (read-only media) SQLite would refuse the first insert,
    /// so the dry run goes to a private copy of the book in memory instead: a preview works
    /// there, only saving is refused.
    pub fn dry_run<T, E: FromStore>(&mut self, f: impl FnOnce(&Book<'_>) -> Result<T, E>) -> Result<T, E> {
        if self.read_only {
            // The pages as this connection reads them (through the WAL, decrypted): a plain
            // in-memory book, gone when the preview ends.
            let mut image = self.conn.serialize(rusqlite::MAIN_DB).map_err(StoreError::from)?.to_vec();
            // Bytes 18 and 19 of the header say "WAL" (2) for a book; a database in memory
            // cannot have a WAL, so the copy says rollback journal (1), as a backup file does.
            if image.len() >= 20 {
                image[18] = 1;
                image[19] = 1;
            }
            let mut copy = Store::open_in_memory_image(&image)?;
            drop(image);
            return copy.dry_run(f).map_err(|e| self.with_path(e));
        }
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Deferred).map_err(StoreError::from)?;
        let out = f(&Book::new(&tx));
        rolled_back(out, tx.rollback()).map_err(|e| self.with_path(e))
    }

    /// Runs `f` on one consistent snapshot of the book (a read transaction, rolled back after).
    pub fn snapshot<T, E: From<StoreError>>(&self, f: impl FnOnce(&Book<'_>) -> Result<T, E>) -> Result<T, E> {
        let tx = self.conn.unchecked_transaction().map_err(StoreError::from)?;
        let out = f(&Book::new(&tx));
        rolled_back(out, tx.rollback())
    }

    /// SQLite's own structural check ("ok" when healthy).
    pub fn integrity_check(&self) -> Result<Vec<String>> {
        let mut st = self.conn.prepare("PRAGMA integrity_check")?;
        let rows = st.query_map([], |r| r.get::<_, String>(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}

/// What is at a book's path before SQLite is let near it.
enum BookFile {
    Missing,
    /// 0 bytes; `wal`: a non-empty -wal file lies beside it.
    Empty { wal: bool },
    Present,
}

fn book_file(path: &Path) -> Result<BookFile> {
    let p = || path.display().to_string();
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BookFile::Missing),
        Err(e) => Err(StoreError::FileUnreadable { path: p(), reason: IoReason::of_io(&e), detail: e.to_string() }),
        Ok(m) if m.is_dir() => Err(StoreError::NotABook { path: p() }),
        Ok(m) if m.len() == 0 => Ok(BookFile::Empty { wal: sidecar(path, "-wal").metadata().is_ok_and(|w| w.len() > 0) }),
        Ok(_) => Ok(BookFile::Present),
    }
}

/// Whether the file's SQLite header holds Samuh's `application_id` (bytes 68..72, big-endian).
pub(super) fn samuh_mark_in_header(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 72];
    std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut head)).is_ok() && head[68..72] == (APPLICATION_ID as u32).to_be_bytes()
}

/// `<book>-wal`, `<book>-shm`.
fn sidecar(path: &Path, suffix: &str) -> std::path::PathBuf {
    let mut s = path.as_os_str().to_os_string();
    s.push(suffix);
    s.into()
}

/// Whether the book is on media Samuh must not write: the file is marked read-only (no write
/// permission bits; the read-only attribute on Windows), its folder is (Unix: the -wal and -shm
/// files could not be made), or opening it for writing is refused (a write-protected pen drive,
/// a CD, a read-only share: EROFS, EACCES). Permission bits are honoured even for root, who could
/// write past them: a book someone marked read-only is treated as read-only media, which is also
/// how the tests, run as root, make one.
fn read_only_medium(path: &Path) -> bool {
    let marked = |p: &Path| std::fs::metadata(p).is_ok_and(|m| m.permissions().readonly());
    if marked(path) {
        return true;
    }
    #[cfg(unix)]
    {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        if marked(dir) {
            return true;
        }
    }
    // Opening for writing changes nothing in the file (no truncation, no creation).
    match std::fs::OpenOptions::new().write(true).open(path) {
        Ok(_) => false,
        Err(e) => matches!(IoReason::of_io(&e), IoReason::ReadOnly | IoReason::PermissionDenied),
    }
}

/// A SQLite URI naming the file at `path` (RFC 3986 escapes for the characters URIs reserve).
fn file_uri(path: &Path) -> String {
    let text = path.to_string_lossy();
    // Windows separators become URI ones; on Unix a backslash is an ordinary file-name character.
    #[cfg(windows)]
    let text = text.replace('\\', "/");
    let mut out = String::from("file:");
    // An absolute path gets an empty authority ("file:///media/cd/…", "file:///E:/…"), so a path
    // starting with "//" is never read as a host name.
    if path.is_absolute() {
        out.push_str("//");
        #[cfg(windows)]
        out.push('/');
    }
    for ch in text.chars() {
        match ch {
            '%' => out.push_str("%25"),
            '?' => out.push_str("%3f"),
            '#' => out.push_str("%23"),
            c => out.push(c),
        }
    }
    out
}

pub(crate) fn date_text(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

pub(crate) fn parse_stored_date(s: &str) -> rusqlite::Result<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
}

pub(crate) fn bad_value(what: &str, v: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        0,
        rusqlite::types::Type::Text,
        format!("unexpected {what} value {v:?} in the book").into(),
    )
}

impl Book<'_> {
    pub fn meta(&self, key: &str) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        Ok(self.one("SELECT value FROM book WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    }
    pub fn set_meta(&self, key: &str, value: &str) -> Result<()> {
        self.run(
            "INSERT INTO book(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )?;
        Ok(())
    }

    /// The stored result of an earlier command with this client id, when it was this very
    /// command with this very content (`digest`, see `app::command_digest`): the retry answers
    /// it. The id used for anything else is refused with `ClientIdReused`. A command logged
    /// before digests were kept replays when its name matches.
    pub fn command_result(&self, client_id: &str, command: &str, digest: &str) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        let row: Option<(String, String, Option<String>)> = self
            .one("SELECT command, result, digest FROM command_log WHERE client_id = ?1", [client_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        match row {
            None => Ok(None),
            Some((c, result, d)) if c == command && d.as_deref().is_none_or(|d| d == digest) => Ok(Some(result)),
            Some(_) => Err(StoreError::ClientIdReused { client_id: client_id.to_string() }),
        }
    }
    /// Logs a command under its client id, and hashes the entry into the records chain.
    pub fn log_command(&self, client_id: &str, command: &str, digest: &str, result: &str, at: &str) -> Result<()> {
        self.run(
            "INSERT INTO command_log(client_id, command, result, recorded_at, digest) VALUES (?1, ?2, ?3, ?4, ?5)",
            [client_id, command, result, at, digest],
        )?;
        self.chain_record(chain::RecordKind::Command, self.c.last_insert_rowid())
    }

    /// Sets the cut-off date of an organisation's opening balances (once), and hashes it into
    /// the records chain.
    pub fn set_opening_cutoff(&self, org_id: i64, on: &str) -> Result<()> {
        self.set_meta(&format!("opening:{org_id}"), on)?;
        self.chain_record(chain::RecordKind::Opening, org_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_book_has_the_current_schema_and_safety_settings() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.samuh");
        let s = Store::open_or_create(&path).unwrap();
        let v: i64 = s.conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(v, schema_version());
        let mode: String = s.conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
        assert_eq!(mode, "wal");
        drop(s);
        Store::open(&path).unwrap();
    }

    #[test]
    fn the_widened_kinds_are_accepted_and_others_still_refused() {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open_or_create(&dir.path().join("b.samuh")).unwrap();
        let insert = |kind: &str| {
            s.conn.execute(
                "INSERT INTO organisation(code, name, kind, country, currency, lang, fiscal_start_month, fiscal_start_day, meeting_frequency, formed_on) VALUES (?1, 'x', ?1, 'in', 'INR', 'en', 4, 1, 'weekly', '2026-01-01')",
                [kind],
            )
        };
        for k in ["vsla", "cluster-federation", "cooperative-office", "fund-centre", "shg"] {
            insert(k).unwrap();
        }
        assert!(insert("bank").is_err());
        let ok: String = s.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(ok, "ok");
        let defensive = s.conn.db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_DEFENSIVE).unwrap();
        assert!(defensive, "defensive mode is restored after the migration");
    }

    /// `.cargo/config.toml` builds SQLite without its global memory statistics, whose one
    /// process-wide lock every allocation took (two threads on two books queued on it). With
    /// them, the memory in use after opening a book is above zero.
    #[test]
    fn sqlite_keeps_no_global_memory_statistics() {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open_or_create(&dir.path().join("b.samuh")).unwrap();
        let v: i64 = s.conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(v, schema_version());
        let (mut now, mut peak) = (-1i64, -1i64);
        // SAFETY: sqlite3_status64 only writes the two integers it is given.
        let rc = unsafe { rusqlite::ffi::sqlite3_status64(rusqlite::ffi::SQLITE_STATUS_MEMORY_USED, &mut now, &mut peak, 0) };
        assert_eq!(rc, rusqlite::ffi::SQLITE_OK);
        assert_eq!((now, peak), (0, 0), "SQLite counts its memory: LIBSQLITE3_FLAGS lost SQLITE_DEFAULT_MEMSTATUS=0");
    }

    #[test]
    fn a_book_held_in_memory_compares_its_bytes_in_place_and_sees_any_change() {
        let mut built = Store::open_in_memory().unwrap();
        let mut s = Store::open_in_memory_image(&built.image().unwrap()).unwrap();
        let image = s.image().unwrap();
        assert!(s.image_is(&image).unwrap());
        assert!(!s.image_is(&image[..image.len() - 1]).unwrap());
        s.conn.execute("INSERT INTO book(key, value) VALUES ('x', 'y')", []).unwrap();
        assert!(!s.image_is(&image).unwrap(), "a changed book is not its old bytes");
    }

    #[test]
    fn a_newer_book_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.samuh");
        drop(Store::open_or_create(&path).unwrap());
        let c = Connection::open(&path).unwrap();
        c.pragma_update(None, "user_version", 99).unwrap();
        drop(c);
        match Store::open(&path) {
            Err(StoreError::NewerDatabase { found: 99, supported }) => assert_eq!(supported, schema_version()),
            other => panic!("expected NewerDatabase, got {:?}", other.err()),
        }
    }

    #[test]
    fn a_file_uri_escapes_what_uris_reserve() {
        assert_eq!(file_uri(Path::new("/media/cd/book.samuh")), "file:///media/cd/book.samuh");
        assert_eq!(file_uri(Path::new("/media/50% off?#1.samuh")), "file:///media/50%25 off%3f%231.samuh");
        assert_eq!(file_uri(Path::new("book.samuh")), "file:book.samuh");
        #[cfg(windows)]
        assert_eq!(file_uri(Path::new("E:\\SHG\\book.samuh")), "file:///E:/SHG/book.samuh");
        #[cfg(unix)]
        assert_eq!(file_uri(Path::new("a\\b.samuh")), "file:a\\b.samuh");
    }

    #[test]
    fn a_book_in_a_folder_with_uri_characters_opens_read_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("50% off?#x");
        std::fs::create_dir(&folder).unwrap();
        let path = folder.join("b.samuh");
        drop(Store::open_or_create(&path).unwrap());
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
        let s = Store::open(&path).unwrap();
        assert!(s.is_read_only());
        assert_eq!(s.read().orgs().unwrap().len(), 0);
    }

    #[test]
    fn a_foreign_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.txt");
        std::fs::write(&path, "this is not a database, it is a shopping list ".repeat(100)).unwrap();
        assert!(matches!(Store::open(&path), Err(StoreError::NotABook { .. })));
        let other = dir.path().join("other.sqlite");
        let c = Connection::open(&other).unwrap();
        c.execute_batch("CREATE TABLE t(x)").unwrap();
        drop(c);
        assert!(matches!(Store::open(&other), Err(StoreError::NotABook { .. })));
    }
}
