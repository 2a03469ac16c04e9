//! What the store refuses or fails at: a book file that is missing, damaged, encrypted, newer than
//! this program or on a medium that cannot be written; a full disk; a closed year; a duplicate.
//! The store's own error type; the app carries it as `Error::Store`, with the same code and
//! message as any other error. A domain rule's refusal met while storing stays one
//! (`StoreError::Domain`, carried on as `Error::Domain`).

use crate::domain::refusal::Refusal;
use crate::error::IoReason;

crate::error::error_enum! {
/// A refusal or failure of the store; its code is `error-` and its name in kebab case.
pub enum StoreError {
    @wraps {
        /// A domain rule refused what was to be stored.
        Domain(Refusal),
    }
    #[error("organisation {org} already exists")]
    DuplicateOrganisation { org: String },
    #[error("member {member} already exists")]
    DuplicateMember { member: String },
    #[error("the key file {path} is damaged")]
    KeyFileDamaged { path: String },
    #[error("cannot read {path}: {detail}")]
    FileUnreadable { path: String, reason: IoReason, detail: String },
    #[error("database version {found} is newer than this program ({supported})")]
    NewerDatabase { found: i64, supported: i64 },
    #[error("not a Samuh book: {path}")]
    NotABook { path: String },
    #[error("database error: {detail}")]
    Database { detail: String },
    #[error("backup to {path} failed: {detail}")]
    BackupFailed { path: String, reason: IoReason, detail: String },
    #[error("{path} already exists")]
    RestoreTargetExists { path: String },
    #[error("cannot write {path}: {detail}")]
    FileUnwritable { path: String, detail: String },
    #[error("the disk is full; nothing was saved")]
    DiskFull,
    #[error("the disk reported an error while reading or writing the book")]
    StorageFailed,
    #[error("{path} is encrypted: a passphrase is needed")]
    BookEncrypted { path: String },
    #[error("wrong passphrase for {path}")]
    WrongPassphrase { path: String },
    #[error("wrong recovery code for {path}")]
    WrongRecoveryCode { path: String },
    #[error("not a recovery code")]
    RecoveryCodeMistyped,
    #[error("the key file {envelope} of the encrypted book {path} is missing")]
    KeyFileMissing { path: String, envelope: String },
    #[error("passphrase shorter than {min} characters")]
    PassphraseTooShort { min: i64 },
    #[error("{path} is not encrypted")]
    BookNotEncrypted { path: String },
    #[error("there is no book file at {path}")]
    BookMissing { path: String },
    #[error("the book file {path} is empty")]
    BookEmpty { path: String },
    #[error("the book {path} is on a medium that cannot be written")]
    BookReadOnly { path: String },
    #[error("the book {path} is from an earlier version and on a medium that cannot be written")]
    BookReadOnlyOlder { path: String },
    #[error("the book file is damaged")]
    BookDamaged,
    #[error("client id {client_id} was already used for a different record")]
    ClientIdReused { client_id: String },
    #[error("the year {year} is closed")]
    YearClosed { year: String },
}
}

impl StoreError {
    /// The message arguments, named as in the Fluent messages (and why a file could not be
    /// written, read from the operating system's error).
    pub fn args(&self) -> Vec<(&'static str, crate::error::Arg)> {
        let mut args = self.field_args();
        if let StoreError::FileUnwritable { detail, .. } = self {
            args.push(("reason", crate::error::ToArg::to_arg(&IoReason::of_detail(detail))));
        }
        args
    }
}

impl From<Refusal> for StoreError {
    fn from(r: Refusal) -> StoreError {
        StoreError::Domain(r)
    }
}

/// A store operation's result.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;
