//! Federation without a server (issue 16): the rules an oversight book applies to a group's
//! bundle. A bundle is signed with the group's ed25519 key; its vouchers must chain from where the
//! bundle says it starts to the head it names; and it must *extend* what was imported before, never
//! rewrite it. Pure: bytes and hashes in, verdicts out (the file format is `app::federation`).

use crate::domain::ledger::{voucher_hash, Line, VoucherHeader};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

/// The public half of a signing key (32 bytes).
pub fn public_of(secret: &[u8; 32]) -> [u8; 32] {
    SigningKey::from_bytes(secret).verifying_key().to_bytes()
}

/// The ed25519 signature of `msg`.
pub fn sign(secret: &[u8; 32], msg: &[u8]) -> [u8; 64] {
    SigningKey::from_bytes(secret).sign(msg).to_bytes()
}

/// Whether `sig` is `public`'s signature of `msg` (strict: no malleable or weak-key signatures).
pub fn verify(public: &[u8; 32], msg: &[u8], sig: &[u8; 64]) -> bool {
    match VerifyingKey::from_bytes(public) {
        Ok(k) => k.verify_strict(msg, &Signature::from_bytes(sig)).is_ok(),
        Err(_) => false,
    }
}

/// The fingerprint an officer compares with the group's paper: SHA-256 of the public key, its
/// first 16 bytes as eight groups of four hexadecimal digits ("3F2A-91BC-…"). Hex, not words:
/// it reads the same in every script, and the digits are on every keyboard.
pub fn fingerprint(public: &[u8; 32]) -> String {
    let d = Sha256::digest(public);
    d[..16].chunks(2).map(|c| format!("{:02X}{:02X}", c[0], c[1])).collect::<Vec<_>>().join("-")
}

/// One voucher as a bundle carries it: what its hash covers, and the hashes it claims.
pub struct SentVoucher<'a> {
    pub header: VoucherHeader<'a>,
    pub lines: &'a [Line],
    pub prev_hash: &'a str,
    pub hash: &'a str,
}

/// The index (0-based) of the first voucher whose hash does not verify or that does not chain
/// from the one before it (the first from `base_hash`); None when all do.
pub fn chain_fault(base_hash: &str, vouchers: &[SentVoucher<'_>]) -> Option<usize> {
    let mut prev = base_hash;
    for (i, v) in vouchers.iter().enumerate() {
        if v.prev_hash != prev || voucher_hash(prev, &v.header, v.lines) != v.hash {
            return Some(i);
        }
        prev = v.hash;
    }
    None
}

/// What a verified bundle is to what the oversight book already holds of that group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Extension {
    /// It ends where the book stands, with the same history: nothing to import.
    Same,
    /// It goes on from what was imported: its vouchers from index `new_from` on are new.
    Extends { new_from: usize },
    /// It stops before what was imported and agrees with it: an older bundle.
    Older,
    /// It starts after what was imported (a bundle "since the last" whose predecessor never came).
    Gap,
    /// Its history differs from what was imported: a rewritten book. Never merged.
    Rewrites(Vec<Difference>),
}

/// A position (1-based, in the group's chain) where a bundle's voucher differs from the one
/// imported before.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    pub position: i64,
    pub imported: String,
    pub sent: String,
}

/// Compares a bundle with the chain imported so far. `imported[i]` is the hash at position i+1;
/// the bundle starts after position `base_count` (whose hash it names `base_hash`, the genesis
/// hash for position 0) and carries `sent` hashes in order, ending at `head_count`.
pub fn extension(imported: &[String], base_count: i64, base_hash: &str, sent: &[&str], genesis: &str) -> Extension {
    let have = imported.len() as i64;
    if base_count > have {
        return Extension::Gap;
    }
    let mut diffs = Vec::new();
    let at = |pos: i64| if pos == 0 { genesis.to_string() } else { imported[(pos - 1) as usize].clone() };
    if at(base_count) != base_hash {
        diffs.push(Difference { position: base_count, imported: at(base_count), sent: base_hash.to_string() });
    }
    for (i, h) in sent.iter().enumerate() {
        let pos = base_count + i as i64 + 1;
        if pos > have {
            break;
        }
        if at(pos) != *h {
            diffs.push(Difference { position: pos, imported: at(pos), sent: h.to_string() });
        }
    }
    let head = base_count + sent.len() as i64;
    if !diffs.is_empty() {
        return Extension::Rewrites(diffs);
    }
    match head.cmp(&have) {
        std::cmp::Ordering::Less => Extension::Older,
        std::cmp::Ordering::Equal => Extension::Same,
        std::cmp::Ordering::Greater => Extension::Extends { new_from: (have - base_count) as usize },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const G: &str = "0";

    fn hs(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn signatures_verify_only_with_their_key_and_message() {
        let (a, b) = ([7u8; 32], [8u8; 32]);
        let sig = sign(&a, b"bundle");
        assert!(verify(&public_of(&a), b"bundle", &sig));
        assert!(!verify(&public_of(&b), b"bundle", &sig), "another key");
        assert!(!verify(&public_of(&a), b"bundlf", &sig), "one byte changed");
        let fp = fingerprint(&public_of(&a));
        assert_eq!(fp.len(), 8 * 4 + 7);
        assert_ne!(fp, fingerprint(&public_of(&b)));
    }

    #[test]
    fn a_bundle_extends_repeats_precedes_skips_or_rewrites() {
        let imported = hs(&["a", "b", "c"]);
        // Everything again, plus one: extends from index 3 (the fourth voucher sent).
        assert_eq!(extension(&imported, 0, G, &["a", "b", "c", "d"], G), Extension::Extends { new_from: 3 });
        // Since the last (after position 3): every voucher is new.
        assert_eq!(extension(&imported, 3, "c", &["d"], G), Extension::Extends { new_from: 0 });
        // Overlapping: starts after 2, repeats c, adds d.
        assert_eq!(extension(&imported, 2, "b", &["c", "d"], G), Extension::Extends { new_from: 1 });
        assert_eq!(extension(&imported, 0, G, &["a", "b", "c"], G), Extension::Same);
        assert_eq!(extension(&imported, 0, G, &["a", "b"], G), Extension::Older);
        assert_eq!(extension(&imported, 4, "d", &["e"], G), Extension::Gap);
        assert_eq!(
            extension(&imported, 0, G, &["a", "x", "c", "d"], G),
            Extension::Rewrites(vec![Difference { position: 2, imported: "b".into(), sent: "x".into() }])
        );
        // Shorter and different is a rewrite, not an older bundle.
        assert!(matches!(extension(&imported, 0, G, &["z"], G), Extension::Rewrites(_)));
        // A since-last bundle naming a different base.
        assert!(matches!(extension(&imported, 3, "q", &["d"], G), Extension::Rewrites(_)));
        // The first bundle of a group.
        assert_eq!(extension(&[], 0, G, &["a"], G), Extension::Extends { new_from: 0 });
    }
}
