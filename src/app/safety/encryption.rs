//! Encryption at rest, as the treasurer meets it: create an encrypted book, encrypt an existing
//! plain book, open with the passphrase or the recovery code, change the passphrase. The
//! cryptography and the key envelope are in `store::crypt` (see ARCHITECTURE.md).

use crate::error::Result;
use crate::store::{envelope_path, Store, Unlock};
use serde::Serialize;
use std::path::Path;

/// An encrypted book just made: the recovery code is shown once, to be written on paper.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Encrypted {
    pub path: String,
    /// The key envelope that travels with the book (`<book>.key`).
    pub envelope: String,
    /// Six groups of five symbols, e.g. `7K2MD-…`.
    pub recovery_code: String,
}

fn encrypted(store: &Store, code: crate::store::RecoveryCode) -> Encrypted {
    Encrypted {
        path: store.path().to_string(),
        envelope: envelope_path(Path::new(store.path())).display().to_string(),
        recovery_code: code.grouped(),
    }
}

/// Creates a new, empty encrypted book at `path` (refused if anything is there).
pub fn book_create_encrypted(path: &Path, passphrase: &str) -> Result<(Store, Encrypted)> {
    let (store, code) = Store::create_encrypted(path, passphrase)?;
    let info = encrypted(&store, code);
    Ok((store, info))
}

/// Encrypts the plain book at `path`: a new encrypted file replaces it atomically (the data is
/// copied, never encrypted in place). Backups made before stay plain: delete them.
pub fn book_encrypt(path: &Path, passphrase: &str) -> Result<(Store, Encrypted)> {
    let (store, code) = Store::encrypt_plain_book(path, passphrase)?;
    let info = encrypted(&store, code);
    Ok((store, info))
}

/// Opens a book, plain or encrypted.
pub fn book_open(path: &Path, unlock: Unlock<'_>) -> Result<Store> {
    Ok(Store::open_with(path, unlock)?)
}

/// Sets a new passphrase for the open (encrypted) book: the key is rewrapped, nothing is
/// re-encrypted, and the recovery code stays valid. Opened with the recovery code, this is how
/// a lost passphrase is replaced.
pub fn passphrase_change(store: &Store, new: &str) -> Result<()> {
    Ok(store.change_passphrase(new)?)
}

/// Issues a new recovery code for the open (encrypted) book and returns it, to be shown once:
/// the envelope's recovery half is rewrapped under it and replaced atomically, so the old code
/// stops opening this book. For a code that was never seen (an `encrypt` killed after the swap
/// and before it printed the code) or that is lost or exposed. The passphrase stays.
pub fn recovery_code_new(store: &Store) -> Result<Encrypted> {
    let code = store.new_recovery_code()?;
    Ok(encrypted(store, code))
}
