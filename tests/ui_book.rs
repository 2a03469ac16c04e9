//! The desktop's "open or create a book" flows on real SQLite files: an encrypted book created
//! through the app function, refused without and with a wrong passphrase (nothing changed), a
//! lost passphrase replaced with the recovery code, and the full check of the book in the
//! background with its progress and its checkpoints.

use chrono::NaiveDate;
use samuh::app::{self, BookCheck, Ctx};
use samuh::i18n::{Lang, Locale};
use samuh::store::envelope_path;
use std::fs;

fn ctx() -> Ctx {
    Ctx::new(NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(), "2026-11-20T09:30:00", Lang::Bn)
}

fn bn() -> Locale {
    Locale::new(Lang::Bn)
}

fn bytes(path: &std::path::Path) -> (Vec<u8>, Vec<u8>) {
    (fs::read(path).unwrap(), fs::read(envelope_path(path)).unwrap())
}

#[test]
fn encrypted_book_wrong_passphrase_then_recovery_code_then_the_new_passphrase_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("meherpur.samuh");
    let p = path.to_str().unwrap();
    let check = BookCheck::new();

    // Created encrypted, with the demo organisations in it.
    let (mut store, opened) = app::book_create_ui(p, true, "সমবায় খাতা ২০২৬", "সমবায় খাতা ২০২৬", &ctx(), bn(), &check).unwrap();
    assert!(opened.encrypted);
    let code = opened.recovery_code.clone().expect("a recovery code, once");
    assert!(opened.notice.contains(".key"), "{}", opened.notice);
    samuh::demo::demo_create(&mut store, ctx().today).unwrap();
    let codes_before = app::safety_view(&store, bn()).unwrap().orgs.into_iter().map(|o| o.book_code).collect::<Vec<_>>();
    check.wait();
    drop(store);
    let raw = fs::read(&path).unwrap();
    assert!(!raw.windows(15).any(|w| w == b"SQLite format 3"), "the file is encrypted");
    let before = bytes(&path);

    // No passphrase, a wrong one, a mistyped and a wrong recovery code: localized refusals, nothing changed.
    for (pass, wanted) in [("", "error-book-encrypted"), ("সমবায় খাতা ২০২৫", "error-wrong-passphrase")] {
        let e = app::book_open_ui(p, pass, &ctx(), bn(), &check).err().unwrap();
        assert_eq!(e.code(), wanted);
        let ui = app::UiError::new(&e, Lang::Bn);
        assert!(ui.message.chars().any(|c| ('\u{0980}'..='\u{09FF}').contains(&c)), "said in Bengali: {}", ui.message);
    }
    let mut wrong = code.clone().into_bytes();
    wrong[3] = if wrong[3] == b'A' { b'B' } else { b'A' };
    let e = app::book_recover_ui(p, std::str::from_utf8(&wrong).unwrap(), "নতুন পাসফ্রেজ", "নতুন পাসফ্রেজ", &ctx(), bn(), &check).err().unwrap();
    assert_eq!(e.code(), "error-recovery-code-mistyped");
    // The new passphrase is checked before the code is tried.
    let e = app::book_recover_ui(p, &code, "নতুন পাসফ্রেজ", "নতুন পাসফ্রেজ!", &ctx(), bn(), &check).err().unwrap();
    assert_eq!(e.code(), "error-passphrase-mismatch");
    assert_eq!(bytes(&path), before, "no refusal changed the book or its key file");

    // The recovery code opens it and sets the new passphrase.
    let (store, opened) = app::book_recover_ui(p, &code.to_lowercase().replace('-', " "), "নতুন পাসফ্রেজ", "নতুন পাসফ্রেজ", &ctx(), bn(), &check).unwrap();
    assert!(opened.encrypted && opened.recovery_code.is_none());
    assert!(opened.check.ok, "{:?}", opened.check);
    assert_eq!(opened.overview.orgs.len(), 9, "the demo's six, its village organisation and cluster federation, and the VSLA group");
    check.wait();
    drop(store);

    // The old passphrase no longer opens it; the new one does, and the code still does.
    assert_eq!(app::book_open_ui(p, "সমবায় খাতা ২০২৬", &ctx(), bn(), &check).err().unwrap().code(), "error-wrong-passphrase");
    let (store, _) = app::book_open_ui(p, "নতুন পাসফ্রেজ", &ctx(), bn(), &check).unwrap();
    let codes_after = app::safety_view(&store, bn()).unwrap().orgs.into_iter().map(|o| o.book_code).collect::<Vec<_>>();
    assert_eq!(codes_after, codes_before, "the same book, entry for entry");
    let v = check.finish(bn());
    assert_eq!(v.state, "done");
    assert!(v.ok, "{v:?}");
    drop(store);
    assert!(app::book_open(&path, samuh::store::Unlock::RecoveryCode(&code)).is_ok());
}

#[test]
fn the_full_check_reports_progress_and_records_checkpoints_for_the_next_opening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.samuh");
    let p = path.to_str().unwrap();
    let check = BookCheck::new();
    let (mut store, _) = app::book_create_ui(p, false, "", "", &ctx(), bn(), &check).unwrap();
    samuh::demo::demo_create(&mut store, ctx().today).unwrap();
    check.wait();
    drop(store);

    // The full check alone, step by step: the page check, then the vouchers to the last.
    let store = app::book_open(&path, samuh::store::Unlock::None).unwrap();
    let mut phases = Vec::new();
    let full = app::full_self_check_progress(&store, &mut |ph| phases.push(ph)).unwrap();
    assert!(full.ok());
    assert_eq!(phases.first(), Some(&app::CheckPhase::Pages));
    assert_eq!(phases.last(), Some(&app::CheckPhase::Vouchers { done: full.vouchers, total: full.vouchers }));
    let steps: Vec<i64> = phases.iter().filter_map(|p| match p { app::CheckPhase::Vouchers { done, .. } => Some(*done), _ => None }).collect();
    assert!(steps.len() > 3 && steps.windows(2).all(|w| w[0] <= w[1]), "{steps:?}");
    // Before any check was recorded, the open check re-hashes everything.
    assert!(app::open_self_check(&store).unwrap().orgs.iter().all(|o| o.from_checkpoint == 0));
    drop(store);

    // Opening through the desktop flow records checkpoints: the next quick check starts from them.
    let (store, opened) = app::book_open_ui(p, "", &ctx(), bn(), &check).unwrap();
    assert!(opened.check.ok);
    let v = check.finish(bn());
    assert_eq!((v.state, v.ok, v.step, v.steps), ("done", true, full.vouchers, full.vouchers));
    assert!(v.message.chars().any(|c| ('\u{0980}'..='\u{09FF}').contains(&c)), "{}", v.message);
    let quick = app::open_self_check(&store).unwrap();
    assert!(quick.orgs.iter().all(|o| o.vouchers == 0 || o.from_checkpoint == o.vouchers), "{:?}", quick.orgs);
}
