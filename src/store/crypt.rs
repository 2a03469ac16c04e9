//! Encryption at rest. An encrypted book is a SQLCipher file whose pages (and WAL frames) are
//! encrypted with a random 32-byte **book key**, given to SQLCipher as a raw key (no SQLCipher
//! KDF). The book key is never stored in the clear: the **key envelope**, a small JSON sidecar
//! `<book>.key` next to the book (e.g. `shg.samuh.key`), holds it twice, each time sealed with
//! XChaCha20-Poly1305 under a key derived with Argon2id — once from the book's passphrase and
//! once from the recovery code printed when the book was encrypted.
//!
//! - A wrong passphrase or recovery code fails the AEAD tag in the envelope: the book file is
//!   never opened, so it cannot be changed.
//! - Changing the passphrase rewraps the key (a new envelope written atomically); the data is
//!   not re-encrypted, so every backup (encrypted with the same key) and every older envelope
//!   of this book keeps working with the passphrase it was written with, and with the code.
//! - Backups and pen-drive copies are encrypted with the same key and carry a copy of the
//!   envelope (`<backup>.key`), so any copy opens alone.

use super::Store;
use crate::domain::ledger::hex;
use crate::store::error::{StoreError, Result};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

/// Minimum passphrase length, in characters (of the NFC form, see `passphrase_nfc`).
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// A passphrase in Unicode NFC: the same words typed on different keyboards (a Bengali "ো" as
/// one code point or as "ে" + "া", a Devanagari nukta letter composed or not) give the same
/// bytes, so the same key. Keys are derived from this form; the length rule counts it.
pub fn passphrase_nfc(p: &str) -> Zeroizing<String> {
    Zeroizing::new(icu_normalizer::ComposingNormalizerBorrowed::new_nfc().normalize(p).into_owned())
}

/// The forms of a typed passphrase tried to unwrap an envelope, NFC first, each once: then the
/// raw form and the NFD form, because envelopes sealed before passphrases were normalised were
/// derived from the bytes as typed (composed or decomposed).
fn passphrase_candidates(p: &str) -> Vec<Zeroizing<String>> {
    let mut v: Vec<Zeroizing<String>> = vec![passphrase_nfc(p)];
    let raw = Zeroizing::new(p.to_string());
    let nfd = Zeroizing::new(icu_normalizer::DecomposingNormalizerBorrowed::new_nfd().normalize(p).into_owned());
    for c in [raw, nfd] {
        if !v.iter().any(|x| x[..] == c[..]) {
            v.push(c);
        }
    }
    v
}

/// Argon2id cost of the production envelope: 19 MiB, 2 passes, 1 lane (OWASP's minimum
/// recommendation). Stored in each envelope, so it can be raised later without breaking books.
const KDF_M_KIB: u32 = 19 * 1024;
const KDF_T: u32 = 2;
const KDF_P: u32 = 1;

/// The random key that encrypts a book's pages. Zeroed when dropped.
pub struct BookKey(Zeroizing<[u8; 32]>);

impl BookKey {
    pub(super) fn dup(&self) -> BookKey {
        BookKey(self.0.clone())
    }

    fn random() -> Result<BookKey> {
        let mut k = Zeroizing::new([0u8; 32]);
        random_bytes(&mut k[..])?;
        Ok(BookKey(k))
    }

    /// `x'…'`: SQLCipher's raw-key form.
    pub(crate) fn pragma_value(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("x'{}'", hex(&self.0[..])))
    }
}

fn random_bytes(buf: &mut [u8]) -> Result<()> {
    getrandom::getrandom(buf).map_err(|e| StoreError::Database { detail: format!("no random numbers from the system: {e}") })
}

/// How to unlock a book when opening it.
#[derive(Clone, Copy)]
pub enum Unlock<'a> {
    /// A plain book (an encrypted one is refused with `BookEncrypted`).
    None,
    Passphrase(&'a str),
    /// The recovery code as typed (spaces, dashes and case do not matter).
    RecoveryCode(&'a str),
}

// ---------------------------------------------------------------------------------------------
// Recovery codes
// ---------------------------------------------------------------------------------------------

/// Crockford's base-32 alphabet: no I, L, O, U, so nothing is mistaken when read aloud or
/// copied by hand.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// 29 random symbols (145 bits) and one check symbol.
const CODE_RANDOM: usize = 29;

/// A recovery code: 30 symbols, printed as 6 groups of 5 (`7K2MD-…`). The last symbol is a
/// check (position-weighted sum mod 31), which catches a mistyped symbol or two swapped
/// neighbours before the slow key derivation runs.
pub struct RecoveryCode(Zeroizing<String>);

impl RecoveryCode {
    fn generate() -> Result<RecoveryCode> {
        let mut raw = Zeroizing::new([0u8; CODE_RANDOM]);
        random_bytes(&mut raw[..])?;
        let mut s = Zeroizing::new(String::with_capacity(CODE_RANDOM + 1));
        for b in raw.iter() {
            s.push(ALPHABET[(b & 31) as usize] as char);
        }
        let c = check_symbol(&s);
        s.push(c);
        Ok(RecoveryCode(s))
    }

    /// Reads a code as typed: case, spaces and dashes are ignored; O is read as 0 and I, L as 1.
    pub fn parse(input: &str) -> Result<RecoveryCode> {
        let mut s = Zeroizing::new(String::new());
        for ch in input.chars() {
            let ch = match ch.to_ascii_uppercase() {
                ' ' | '-' | '\t' => continue,
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            };
            if !ALPHABET.contains(&(ch as u32).try_into().unwrap_or(b'?')) {
                return Err(StoreError::RecoveryCodeMistyped);
            }
            s.push(ch);
        }
        if s.len() != CODE_RANDOM + 1 || check_symbol(&s[..CODE_RANDOM]) != s.as_bytes()[CODE_RANDOM] as char {
            return Err(StoreError::RecoveryCodeMistyped);
        }
        Ok(RecoveryCode(s))
    }

    /// For paper: `ABCDE-FGHJK-…`, six groups of five.
    pub fn grouped(&self) -> String {
        let b = self.0.as_bytes();
        b.chunks(5).map(|c| std::str::from_utf8(c).expect("ascii")).collect::<Vec<_>>().join("-")
    }
}

fn check_symbol(s: &str) -> char {
    let sum: u32 = s
        .bytes()
        .enumerate()
        .map(|(i, b)| (i as u32 + 1) * ALPHABET.iter().position(|&a| a == b).unwrap_or(0) as u32)
        .sum();
    ALPHABET[(sum % 31) as usize] as char
}

// ---------------------------------------------------------------------------------------------
// The key envelope
// ---------------------------------------------------------------------------------------------

#[derive(Serialize, Deserialize, Clone)]
struct Kdf {
    alg: String,
    m_kib: u32,
    t: u32,
    p: u32,
}

#[derive(Serialize, Deserialize, Clone)]
struct Wrap {
    salt: String,
    nonce: String,
    wrapped: String,
}

/// The key envelope, as stored in `<book>.key`.
#[derive(Serialize, Deserialize, Clone)]
pub(crate) struct Envelope {
    samuh_key_envelope: u32,
    cipher: String,
    kdf: Kdf,
    passphrase: Wrap,
    recovery: Wrap,
    /// SHA-256 (hex) of the fields above: a wrong passphrase and a damaged key file both fail
    /// the AEAD tag, so without it a damaged file would be reported as a wrong passphrase.
    /// Envelopes written before it have none and are read as they are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    check: Option<String>,
}

const AAD_PASSPHRASE: &[u8] = b"samuh-key-envelope-1:passphrase";
const AAD_RECOVERY: &[u8] = b"samuh-key-envelope-1:recovery";

fn derive(secret: &[u8], salt: &[u8], kdf: &Kdf) -> Result<Zeroizing<[u8; 32]>> {
    use argon2::{Algorithm, Argon2, Params, Version};
    let bad = |e: argon2::Error| StoreError::Database { detail: format!("key derivation: {e}") };
    if kdf.alg != "argon2id" {
        return Err(StoreError::Database { detail: format!("unknown key derivation {}", kdf.alg) });
    }
    let params = Params::new(kdf.m_kib, kdf.t, kdf.p, Some(32)).map_err(bad)?;
    let mut out = Zeroizing::new([0u8; 32]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params).hash_password_into(secret, salt, &mut out[..]).map_err(bad)?;
    Ok(out)
}

fn wrap(key: &BookKey, secret: &[u8], kdf: &Kdf, aad: &[u8]) -> Result<Wrap> {
    let mut salt = [0u8; 16];
    let mut nonce = [0u8; 24];
    random_bytes(&mut salt)?;
    random_bytes(&mut nonce)?;
    let kek = derive(secret, &salt, kdf)?;
    let cipher = XChaCha20Poly1305::new_from_slice(&kek[..]).expect("32-byte key");
    let wrapped = cipher
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: &key.0[..], aad })
        .map_err(|_| StoreError::Database { detail: "key wrapping failed".into() })?;
    Ok(Wrap { salt: hex(&salt), nonce: hex(&nonce), wrapped: hex(&wrapped) })
}

/// The book key, or None when the secret is wrong (the tag does not verify).
fn unwrap(w: &Wrap, secret: &[u8], kdf: &Kdf, aad: &[u8], envelope: &Path) -> Result<Option<BookKey>> {
    let corrupt = || StoreError::KeyFileDamaged { path: envelope.display().to_string() };
    let salt = unhex(&w.salt).ok_or_else(corrupt)?;
    let nonce = unhex(&w.nonce).ok_or_else(corrupt)?;
    let wrapped = unhex(&w.wrapped).ok_or_else(corrupt)?;
    if nonce.len() != 24 || wrapped.len() != 48 {
        return Err(corrupt());
    }
    let kek = derive(secret, &salt, kdf)?;
    let cipher = XChaCha20Poly1305::new_from_slice(&kek[..]).expect("32-byte key");
    match cipher.decrypt(XNonce::from_slice(&nonce), Payload { msg: &wrapped, aad }) {
        Ok(plain) => {
            let plain = Zeroizing::new(plain);
            let mut k = Zeroizing::new([0u8; 32]);
            k.copy_from_slice(&plain);
            Ok(Some(BookKey(k)))
        }
        Err(_) => Ok(None),
    }
}

impl Envelope {
    fn seal(key: &BookKey, passphrase: &str, code: &RecoveryCode) -> Result<Envelope> {
        let kdf = Kdf { alg: "argon2id".into(), m_kib: KDF_M_KIB, t: KDF_T, p: KDF_P };
        Ok(Envelope {
            samuh_key_envelope: 1,
            cipher: "xchacha20poly1305".into(),
            passphrase: wrap(key, passphrase_nfc(passphrase).as_bytes(), &kdf, AAD_PASSPHRASE)?,
            recovery: wrap(key, code.0.as_bytes(), &kdf, AAD_RECOVERY)?,
            kdf,
            check: None,
        })
    }

    /// The check over everything the envelope holds but the check itself.
    fn digest(&self) -> String {
        use sha2::{Digest, Sha256};
        let fields = serde_json::to_vec(&(self.samuh_key_envelope, &self.cipher, &self.kdf, &self.passphrase, &self.recovery)).expect("json");
        hex(&Sha256::digest(&fields))
    }

    fn read(path: &Path) -> Result<Option<Envelope>> {
        let bytes = match fs::read(path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(StoreError::FileUnreadable { path: path.display().to_string(), reason: crate::error::IoReason::of_io(&e), detail: e.to_string() }),
        };
        let damaged = || StoreError::KeyFileDamaged { path: path.display().to_string() };
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        let env: Envelope = serde_json::from_slice(bytes).map_err(|_| damaged())?;
        if env.samuh_key_envelope != 1 || env.cipher != "xchacha20poly1305" {
            return Err(damaged());
        }
        if env.check.as_ref().is_some_and(|c| *c != env.digest()) {
            return Err(damaged());
        }
        Ok(Some(env))
    }

    /// Writes the envelope to `path` atomically: temporary file in the same folder, fsync,
    /// rename over the old one, fsync of the folder.
    pub(crate) fn write(&self, path: &Path) -> Result<()> {
        let unwritable = |e: std::io::Error| StoreError::FileUnwritable { path: path.display().to_string(), detail: e.to_string() };
        let dir = parent_dir(path);
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("book.key");
        let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
        // The check is made as the file is written, so every writer (sealing, rewrapping for a
        // new passphrase) leaves one that agrees with what it wrote.
        let checked = Envelope { check: Some(self.digest()), ..self.clone() };
        let json = serde_json::to_vec_pretty(&checked).expect("json");
        let result = (|| {
            let mut f = create_held(&tmp)?;
            f.write_all(&json)?;
            f.write_all(b"\n")?;
            f.sync_all()?;
            drop(f);
            fs::rename(&tmp, path)?;
            sync_dir(&dir)
        })();
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result.map_err(unwritable)
    }
}

fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    fs::File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Where a book's key envelope lives: the book's file name plus `.key`.
pub fn envelope_path(book: &Path) -> PathBuf {
    let mut s = book.as_os_str().to_os_string();
    s.push(".key");
    PathBuf::from(s)
}

/// What the first bytes of a file say.
enum FileKind {
    Missing,
    /// Empty, or starts with SQLite's plaintext header.
    Plain,
    /// Not SQLite's header and a whole number of SQLCipher pages (4 KiB): an encrypted book (or noise).
    LooksEncrypted,
    /// Anything else (a text file, a truncated file).
    Other,
}

fn file_kind(path: &Path) -> FileKind {
    use std::io::Read;
    let Ok(mut f) = fs::File::open(path) else { return FileKind::Missing };
    let len = f.metadata().map(|m| m.len()).unwrap_or(0);
    let mut head = [0u8; 16];
    if len == 0 {
        return FileKind::Plain;
    }
    if f.read_exact(&mut head).is_err() {
        return FileKind::Other;
    }
    if &head == b"SQLite format 3\0" {
        FileKind::Plain
    } else if len % 4096 == 0 && head != [0u8; 16] && !super::samuh_mark_in_header(path) {
        // An encrypted book starts with a random salt; zeros (what a crash can leave of a file)
        // are not one.
        // (Samuh's plain mark past a damaged first line is a damaged plain book: an encrypted
        // one has only ciphertext there.)
        FileKind::LooksEncrypted
    } else {
        FileKind::Other
    }
}

/// True when `path` is an encrypted book (or looks like one).
pub fn is_encrypted(path: &Path) -> bool {
    matches!(file_kind(path), FileKind::LooksEncrypted)
}

/// The length rule, on the NFC form.
fn check_passphrase(p: &str) -> Result<()> {
    if passphrase_nfc(p).chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(StoreError::PassphraseTooShort { min: MIN_PASSPHRASE_CHARS as i64 });
    }
    Ok(())
}

/// The book key for `path`, unlocked as asked; None for a plain book.
fn unlock_key(path: &Path, unlock: Unlock<'_>) -> Result<Option<BookKey>> {
    let p = || path.display().to_string();
    match file_kind(path) {
        FileKind::Missing | FileKind::Plain | FileKind::Other => return Ok(None),
        FileKind::LooksEncrypted => {}
    }
    let env_path = envelope_path(path);
    let Some(env) = Envelope::read(&env_path)? else {
        return Err(StoreError::KeyFileMissing { path: p(), envelope: env_path.display().to_string() });
    };
    match unlock {
        Unlock::None => Err(StoreError::BookEncrypted { path: p() }),
        Unlock::Passphrase(pass) => {
            for candidate in passphrase_candidates(pass) {
                if let Some(key) = unwrap(&env.passphrase, candidate.as_bytes(), &env.kdf, AAD_PASSPHRASE, &env_path)? {
                    return Ok(Some(key));
                }
            }
            Err(StoreError::WrongPassphrase { path: p() })
        }
        Unlock::RecoveryCode(code) => {
            let code = RecoveryCode::parse(code)?;
            unwrap(&env.recovery, code.0.as_bytes(), &env.kdf, AAD_RECOVERY, &env_path)?
                .map(Some)
                .ok_or(StoreError::WrongRecoveryCode { path: p() })
        }
    }
}

impl Store {
    /// Opens a book, plain or encrypted, unlocking it as asked. A plain book opens exactly as
    /// with `Store::open` (a passphrase given for a plain book is not needed and not used).
    pub fn open_with(path: &Path, unlock: Unlock<'_>) -> Result<Store> {
        let key = unlock_key(path, unlock)?;
        Store::open_keyed(path, key)
    }

    /// Opens another copy of this book (a restored backup) read-write, with this book's key
    /// when it is encrypted.
    pub fn open_sibling(&self, path: &Path) -> Result<Store> {
        if is_encrypted(path) {
            Store::open_keyed(path, self.key.as_ref().map(|k| k.dup()))
        } else {
            Store::open(path)
        }
    }

    /// Opens a book read-only (for looking at a backup), unlocking it with this book's key when
    /// it is encrypted (a backup of an encrypted book has the book's key).
    pub fn open_copy_read_only(&self, path: &Path) -> Result<Store> {
        if is_encrypted(path) {
            match &self.key {
                Some(k) => Store::open_read_only_keyed(path, Some(k.dup())),
                None => {
                    if envelope_path(path).is_file() {
                        Err(StoreError::BookEncrypted { path: path.display().to_string() })
                    } else {
                        Err(StoreError::KeyFileMissing { path: path.display().to_string(), envelope: envelope_path(path).display().to_string() })
                    }
                }
            }
        } else {
            Store::open_read_only(path)
        }
    }

    /// Creates a new encrypted book at `path` (refused if a file is there) with a random key,
    /// sealed by `passphrase` and by a new recovery code, which is returned to be printed once.
    pub fn create_encrypted(path: &Path, passphrase: &str) -> Result<(Store, RecoveryCode)> {
        check_passphrase(passphrase)?;
        let env_path = envelope_path(path);
        if path.exists() {
            return Err(StoreError::RestoreTargetExists { path: path.display().to_string() });
        }
        let key = BookKey::random()?;
        let code = RecoveryCode::generate()?;
        Envelope::seal(&key, passphrase, &code)?.write(&env_path)?;
        let store = Store::create_keyed(path, key)?;
        Ok((store, code))
    }

    /// True when this book is encrypted.
    pub fn is_encrypted(&self) -> bool {
        self.key.is_some()
    }

    /// Checks that `passphrase` is this (encrypted) book's current passphrase: it must unwrap
    /// the envelope beside the book to this book's key. `WrongPassphrase` otherwise.
    pub fn verify_passphrase(&self, passphrase: &str) -> Result<()> {
        let key = self.key.as_ref().ok_or_else(|| StoreError::BookNotEncrypted { path: self.path.clone() })?;
        let path = Path::new(&self.path);
        match unlock_key(path, Unlock::Passphrase(passphrase))? {
            Some(k) if k.0[..] == key.0[..] => Ok(()),
            _ => Err(StoreError::WrongPassphrase { path: self.path.clone() }),
        }
    }

    /// Sets a new passphrase: the book key is rewrapped under it (a new envelope, written
    /// atomically); the recovery code and the data stay as they are.
    pub fn change_passphrase(&self, new: &str) -> Result<()> {
        check_passphrase(new)?;
        let key = self.key.as_ref().ok_or_else(|| StoreError::BookNotEncrypted { path: self.path.clone() })?;
        let path = Path::new(&self.path);
        let env_path = envelope_path(path);
        let mut env = Envelope::read(&env_path)?
            .ok_or_else(|| StoreError::KeyFileMissing { path: self.path.clone(), envelope: env_path.display().to_string() })?;
        env.passphrase = wrap(key, passphrase_nfc(new).as_bytes(), &env.kdf, AAD_PASSPHRASE)?;
        env.write(&env_path)
    }

    /// Issues a new recovery code for this (encrypted) book: the book key is wrapped under a new
    /// random code and the envelope replaced atomically (temporary file, fsync, rename), so the
    /// old code stops opening this book at once. The passphrase and the data stay as they are.
    /// Copies of the envelope made before (beside backups and pen-drive copies) still hold the
    /// old code: those copies open with it until they are replaced by new backups.
    pub fn new_recovery_code(&self) -> Result<RecoveryCode> {
        self.refuse_if_read_only()?;
        let key = self.key.as_ref().ok_or_else(|| StoreError::BookNotEncrypted { path: self.path.clone() })?;
        let path = Path::new(&self.path);
        let env_path = envelope_path(path);
        let mut env = Envelope::read(&env_path)?
            .ok_or_else(|| StoreError::KeyFileMissing { path: self.path.clone(), envelope: env_path.display().to_string() })?;
        let code = RecoveryCode::generate()?;
        env.recovery = wrap(key, code.0.as_bytes(), &env.kdf, AAD_RECOVERY)?;
        env.write(&env_path)?;
        Ok(code)
    }

    /// Copies this book's envelope next to a copy of the book (`<copy>.key`), atomically.
    pub(crate) fn write_envelope_for(&self, copy: &Path) -> Result<()> {
        if self.key.is_none() {
            return Ok(());
        }
        let env_path = envelope_path(Path::new(&self.path));
        let env = Envelope::read(&env_path)?
            .ok_or_else(|| StoreError::KeyFileMissing { path: self.path.clone(), envelope: env_path.display().to_string() })?;
        env.write(&envelope_path(copy))
    }

    /// Encrypts the plain book at `path`: a new encrypted copy is written beside it with
    /// `sqlcipher_export` (never in place), checked, synced, and swapped in by an atomic rename
    /// after its envelope is in place. Returns the encrypted book, open, and its recovery code.
    pub fn encrypt_plain_book(path: &Path, passphrase: &str) -> Result<(Store, RecoveryCode)> {
        check_passphrase(passphrase)?;
        if is_encrypted(path) {
            return Err(StoreError::BookEncrypted { path: path.display().to_string() });
        }
        let plain = Store::open(path)?;
        let key = BookKey::random()?;
        let code = RecoveryCode::generate()?;
        let dir = parent_dir(path);
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("book");
        sweep_stale_temporaries(path);
        let tmp = dir.join(format!(".{name}.{}.encrypting", std::process::id()));
        let _ = fs::remove_file(&tmp);
        // Made and locked before SQLite writes into it, and held until the swap: a sweep by
        // another process sees the lock and leaves the file alone.
        let guard = create_held(&tmp).map_err(|e| StoreError::FileUnwritable { path: tmp.display().to_string(), detail: e.to_string() })?;
        let fail = |e: rusqlite::Error| StoreError::FileUnwritable { path: tmp.display().to_string(), detail: e.to_string() };
        let result = (|| -> Result<()> {
            let version: i64 = plain.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            {
                let c = &plain.conn;
                c.execute("ATTACH DATABASE ?1 AS enc KEY ?2", rusqlite::params![tmp.display().to_string(), key.pragma_value().as_str()])
                    .map_err(fail)?;
                let r = (|| {
                    c.execute_batch("BEGIN")?;
                    c.query_row("SELECT sqlcipher_export('enc')", [], |_| Ok(()))?;
                    c.execute_batch(&format!("PRAGMA enc.user_version = {version}; PRAGMA enc.application_id = {};", super::APPLICATION_ID))?;
                    c.execute_batch("COMMIT")
                })();
                if r.is_err() {
                    let _ = c.execute_batch("ROLLBACK");
                }
                let d = c.execute_batch("DETACH DATABASE enc");
                r.map_err(fail)?;
                d.map_err(fail)?;
            }
            // Check the copy with its key before anything else happens.
            let copy = Store::open_read_only_keyed(&tmp, Some(key.dup()))?;
            let ok = copy.quick_check()?;
            if ok != ["ok"] {
                return Err(StoreError::FileUnwritable { path: tmp.display().to_string(), detail: ok.join("; ") });
            }
            drop(copy);
            fs::OpenOptions::new().read(true).write(true).open(&tmp).and_then(|f| f.sync_all()).map_err(|e| StoreError::FileUnwritable {
                path: tmp.display().to_string(),
                detail: e.to_string(),
            })?;
            Ok(())
        })();
        if let Err(e) = result {
            drop(guard);
            remove_temporary(&tmp);
            return Err(e);
        }
        // Close the plain book (its WAL is checkpointed and removed) before the swap.
        drop(plain);
        // Envelope first: if the machine stops before the rename, the plain book is still
        // there and opens as before (a plain header is never taken for an encrypted book).
        Envelope::seal(&key, passphrase, &code)?.write(&envelope_path(path))?;
        let swap = fs::rename(&tmp, path).and_then(|_| sync_dir(&dir));
        drop(guard);
        if let Err(e) = swap {
            remove_temporary(&tmp);
            return Err(StoreError::FileUnwritable { path: path.display().to_string(), detail: e.to_string() });
        }
        // SQLite's side files of the copy, if it left any.
        remove_temporary(&tmp);
        for stale in ["-wal", "-shm"] {
            let mut s = path.as_os_str().to_os_string();
            s.push(stale);
            let _ = fs::remove_file(PathBuf::from(s));
        }
        let store = Store::open_keyed(path, Some(key))?;
        Ok((store, code))
    }
}

/// Creates (or empties) a temporary file this process is about to write and holds it until the
/// handle is dropped (or the process dies), so `sweep_stale_temporaries` in another process
/// leaves it alone. On Unix the hold is an advisory `flock`, which does not meet SQLite's own
/// `fcntl` locks. On Windows no lock is taken (a lock there would bar SQLite's own handle from
/// the file); the file is opened without delete sharing instead, and Windows refuses to delete
/// a file another handle holds that way (as SQLite's own handles do), the same protection.
fn create_held(path: &Path) -> std::io::Result<fs::File> {
    let mut o = fs::OpenOptions::new();
    o.read(true).write(true).create(true).truncate(true);
    #[cfg(windows)]
    {
        use std::os::windows::fs::OpenOptionsExt;
        // FILE_SHARE_READ | FILE_SHARE_WRITE, without FILE_SHARE_DELETE.
        o.share_mode(0x1 | 0x2);
    }
    let f = o.open(path)?;
    #[cfg(unix)]
    {
        let _ = f.try_lock();
    }
    Ok(f)
}

/// A temporary file and its SQLite side files (-journal, -wal, -shm), removed.
fn remove_temporary(tmp: &Path) {
    let _ = fs::remove_file(tmp);
    for side in ["-journal", "-wal", "-shm"] {
        let mut s = tmp.as_os_str().to_os_string();
        s.push(side);
        let _ = fs::remove_file(PathBuf::from(s));
    }
}

/// The temporary file a Samuh process makes beside `book` and leaves only when it is killed:
/// `.<book>.<pid>.encrypting` (with SQLite's -journal, -wal, -shm of it) while encrypting, and
/// `.<book>.key.<pid>.tmp` while writing the key envelope. Returns the main temporary file a
/// name belongs to.
fn temporary_of(book: &Path, file_name: &str) -> Option<String> {
    let name = book.file_name()?.to_str()?;
    let rest = file_name.strip_prefix('.')?;
    for (stem, end) in [(name.to_string(), ".encrypting"), (format!("{name}.key"), ".tmp")] {
        let Some(after) = rest.strip_prefix(stem.as_str()).and_then(|r| r.strip_prefix('.')) else { continue };
        let Some(i) = after.find(end) else { continue };
        let (pid, tail) = (&after[..i], &after[i + end.len()..]);
        if pid.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        if tail.is_empty() || (end == ".encrypting" && ["-journal", "-wal", "-shm"].contains(&tail)) {
            return Some(format!(".{stem}.{pid}{end}"));
        }
    }
    None
}

/// Removes what a killed `encrypt` or envelope write left beside `book`: each temporary file
/// whose writer is gone. A file still in use is never touched: its writer holds a lock on it
/// (Unix; see `create_held`) or has it open (Windows refuses the delete). Called when a book is opened
/// for writing and before encrypting. Errors are ignored: the litter is harmless, only untidy.
pub(crate) fn sweep_stale_temporaries(book: &Path) {
    let dir = parent_dir(book);
    let Ok(entries) = fs::read_dir(&dir) else { return };
    let mut stale: Vec<(PathBuf, PathBuf)> = Vec::new();
    for e in entries.flatten() {
        let Some(file_name) = e.file_name().to_str().map(str::to_string) else { continue };
        if let Some(main) = temporary_of(book, &file_name) {
            stale.push((e.path(), dir.join(main)));
        }
    }
    for (file, main) in stale {
        if in_use(&main) {
            continue;
        }
        let _ = fs::remove_file(&file);
    }
}

/// True when another process holds the temporary file `main` (see `create_held`).
fn in_use(main: &Path) -> bool {
    #[cfg(unix)]
    {
        match fs::File::open(main) {
            // Taking the lock and dropping the handle at once: a writer that starts now made
            // its file under another pid's name.
            Ok(f) => matches!(f.try_lock(), Err(fs::TryLockError::WouldBlock)),
            Err(_) => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = main;
        false
    }
}


fn unhex(s: &str) -> Option<Vec<u8>> {
    if s.len() % 2 != 0 {
        return None;
    }
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "বোন আমার বোন" with each "ো" as one code point (U+09CB, what NFC gives) and as "ে" + "া"
    /// (U+09C7 U+09BE, what some keyboards send).
    const BN_COMPOSED: &str = "\u{09AC}\u{09CB}\u{09A8} \u{0986}\u{09AE}\u{09BE}\u{09B0} \u{09AC}\u{09CB}\u{09A8}";
    const BN_DECOMPOSED: &str =
        "\u{09AC}\u{09C7}\u{09BE}\u{09A8} \u{0986}\u{09AE}\u{09BE}\u{09B0} \u{09AC}\u{09C7}\u{09BE}\u{09A8}";
    /// "ज़मीन ज़रूर" with "ज़" as U+095B (precomposed, which NFC decomposes: a composition
    /// exclusion) and as "ज" + nukta.
    const HI_PRECOMPOSED: &str = "\u{095B}\u{092E}\u{0940}\u{0928} \u{095B}\u{0930}\u{0942}\u{0930}";
    const HI_NUKTA: &str = "\u{091C}\u{093C}\u{092E}\u{0940}\u{0928} \u{091C}\u{093C}\u{0930}\u{0942}\u{0930}";

    #[test]
    fn passphrases_are_compared_and_counted_in_nfc() {
        assert_ne!(BN_COMPOSED, BN_DECOMPOSED);
        assert_eq!(passphrase_nfc(BN_DECOMPOSED)[..], *BN_COMPOSED);
        assert_eq!(passphrase_nfc(HI_PRECOMPOSED)[..], passphrase_nfc(HI_NUKTA)[..]);
        // Eight vowel signs typed as two code points each are eight characters, not sixteen.
        let decomposed = |n| "\u{0995}\u{09C7}\u{09BE}".repeat(n);
        assert!(check_passphrase(&decomposed(4)).is_ok());
        assert!(matches!(check_passphrase(&decomposed(3)[..decomposed(3).len() - 3]), Err(StoreError::PassphraseTooShort { .. })));
        assert_eq!(passphrase_candidates(BN_COMPOSED).len(), 2, "NFC (= raw) and NFD");
        assert_eq!(passphrase_candidates(BN_DECOMPOSED).len(), 2, "NFC and raw (= NFD)");
    }

    #[test]
    fn a_book_made_with_one_keyboard_opens_with_another() {
        let dir = tempfile::tempdir().unwrap();
        for (typed_at_creation, typed_later) in [(BN_DECOMPOSED, BN_COMPOSED), (HI_PRECOMPOSED, HI_NUKTA)] {
            let path = dir.path().join(format!("{}.samuh", typed_at_creation.len()));
            drop(Store::create_encrypted(&path, typed_at_creation).unwrap());
            Store::open_with(&path, Unlock::Passphrase(typed_later)).unwrap();
            Store::open_with(&path, Unlock::Passphrase(typed_at_creation)).unwrap();
            let wrong = Store::open_with(&path, Unlock::Passphrase("बहन मेरी बहन")).err().unwrap();
            assert!(matches!(wrong, StoreError::WrongPassphrase { .. }), "{wrong:?}");
        }
    }

    /// Envelopes sealed before passphrases were normalised hold a key derived from the bytes as
    /// typed: those still open typed the same way, and in the other form when the old bytes were
    /// NFC or NFD. (An old passphrase typed with a precomposed nukta letter such as U+095B, which
    /// neither form produces, opens only typed that way again, as before.)
    #[test]
    fn a_book_sealed_from_the_raw_bytes_still_opens() {
        let dir = tempfile::tempdir().unwrap();
        for (old_typing, other_typing) in [(BN_DECOMPOSED, BN_COMPOSED), (BN_COMPOSED, BN_DECOMPOSED), (HI_PRECOMPOSED, HI_PRECOMPOSED)] {
            let path = dir.path().join(format!("old-{}.samuh", old_typing.len()));
            let (store, _code) = Store::create_encrypted(&path, "placeholder passphrase").unwrap();
            // What the envelope was before this change: the key wrapped under the raw bytes.
            let env_path = envelope_path(&path);
            let mut env = Envelope::read(&env_path).unwrap().unwrap();
            env.passphrase = wrap(store.key.as_ref().unwrap(), old_typing.as_bytes(), &env.kdf, AAD_PASSPHRASE).unwrap();
            env.write(&env_path).unwrap();
            drop(store);
            Store::open_with(&path, Unlock::Passphrase(old_typing)).unwrap();
            Store::open_with(&path, Unlock::Passphrase(other_typing)).unwrap();
            assert!(matches!(
                Store::open_with(&path, Unlock::Passphrase("placeholder passphrase")).err().unwrap(),
                StoreError::WrongPassphrase { .. }
            ));
        }
    }

    #[test]
    fn recovery_codes_read_back_and_catch_typos() {
        let code = RecoveryCode::generate().unwrap();
        let g = code.grouped();
        assert_eq!(g.len(), 35);
        assert_eq!(g.split('-').count(), 6);
        assert!(g.split('-').all(|p| p.len() == 5));
        // Typed loosely: lower case, spaces instead of dashes.
        let typed = g.to_lowercase().replace('-', " ");
        assert_eq!(RecoveryCode::parse(&typed).unwrap().grouped(), g);
        // Every single-symbol substitution that is not 0<->Z is caught by the check symbol.
        let s = code.0.to_string();
        let mut caught = 0;
        let mut tried = 0;
        for i in 0..s.len() {
            for &a in ALPHABET.iter() {
                let orig = s.as_bytes()[i];
                if a == orig || (a == b'0' && orig == b'Z') || (a == b'Z' && orig == b'0') {
                    continue;
                }
                let mut t = s.clone().into_bytes();
                t[i] = a;
                tried += 1;
                if RecoveryCode::parse(std::str::from_utf8(&t).unwrap()).is_err() {
                    caught += 1;
                }
            }
        }
        assert_eq!(caught, tried);
        assert!(matches!(RecoveryCode::parse("ABC"), Err(StoreError::RecoveryCodeMistyped)));
        assert!(matches!(RecoveryCode::parse(&format!("{g}U")), Err(StoreError::RecoveryCodeMistyped)));
    }

    #[test]
    fn temporaries_are_known_by_name_and_left_alone_while_held() {
        let book = Path::new("/x/shg.samuh");
        assert_eq!(temporary_of(book, ".shg.samuh.123.encrypting").as_deref(), Some(".shg.samuh.123.encrypting"));
        assert_eq!(temporary_of(book, ".shg.samuh.123.encrypting-journal").as_deref(), Some(".shg.samuh.123.encrypting"));
        assert_eq!(temporary_of(book, ".shg.samuh.key.77.tmp").as_deref(), Some(".shg.samuh.key.77.tmp"));
        for other in ["shg.samuh", "shg.samuh.key", ".shg.samuh.x1.encrypting", ".shg.samuh..encrypting", ".other.samuh.1.encrypting",
            ".shg.samuh.1.encrypting.bak", ".shg.samuh.key.1.tmp-journal", ".shg.samuh.1.tmp", "shg.samuh.1.encrypting"]
        {
            assert_eq!(temporary_of(book, other), None, "{other}");
        }
        let dir = tempfile::tempdir().unwrap();
        let book = dir.path().join("shg.samuh");
        let file = |n: &str| dir.path().join(n);
        for n in [".shg.samuh.1.encrypting", ".shg.samuh.1.encrypting-journal", ".shg.samuh.key.2.tmp", ".other.samuh.3.encrypting"] {
            fs::write(file(n), b"x").unwrap();
        }
        // A writer still at work (this process stands in for it) holds its file.
        let busy = create_held(&file(".shg.samuh.4.encrypting")).unwrap();
        fs::write(file(".shg.samuh.4.encrypting-journal"), b"x").unwrap();
        sweep_stale_temporaries(&book);
        for gone in [".shg.samuh.1.encrypting", ".shg.samuh.1.encrypting-journal", ".shg.samuh.key.2.tmp"] {
            assert!(!file(gone).exists(), "{gone} left");
        }
        assert!(file(".other.samuh.3.encrypting").exists(), "another book's file was touched");
        #[cfg(unix)]
        {
            assert!(file(".shg.samuh.4.encrypting").exists() && file(".shg.samuh.4.encrypting-journal").exists(), "a file in use was removed");
            drop(busy);
            sweep_stale_temporaries(&book);
            assert!(!file(".shg.samuh.4.encrypting").exists() && !file(".shg.samuh.4.encrypting-journal").exists());
        }
    }

    #[test]
    fn a_new_recovery_code_replaces_the_old_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.samuh");
        let (store, old) = Store::create_encrypted(&path, "eight chars at least").unwrap();
        let new = store.new_recovery_code().unwrap();
        drop(store);
        assert_ne!(old.grouped(), new.grouped());
        Store::open_with(&path, Unlock::RecoveryCode(&new.grouped())).unwrap();
        Store::open_with(&path, Unlock::Passphrase("eight chars at least")).unwrap();
        assert!(matches!(Store::open_with(&path, Unlock::RecoveryCode(&old.grouped())).err().unwrap(), StoreError::WrongRecoveryCode { .. }));
        let plain = Store::open_or_create(&dir.path().join("p.samuh")).unwrap();
        assert!(matches!(plain.new_recovery_code().err().unwrap(), StoreError::BookNotEncrypted { .. }));
    }

    #[test]
    fn hex_round_trips() {
        let b = [0u8, 1, 0xab, 0xff];
        assert_eq!(unhex(&hex(&b)).unwrap(), b);
        assert!(unhex("abc").is_none());
        assert!(unhex("zz").is_none());
    }
}
