//! Backups and restore: a drill that backs up after each of a run of meetings, rotates, then
//! restores every backup it kept and verifies each one; plus the refusals (never overwrite, no
//! non-book, no tampered backup) and the daily / on-close rules.

mod common;
use samuh::store::error::StoreError;
use chrono::NaiveDateTime;
use common::*;
use samuh::app::{self, CodeStatus};
use samuh::store::Store;

fn at(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap()
}

#[test]
fn drill_restores_every_backup_it_made() {
    let mut f = shg();
    let dir = f.dir.path().join("backups");
    let mut made = Vec::new();
    let dates = ["2025-04-06", "2025-04-13", "2025-04-20", "2025-04-27", "2025-05-04", "2025-05-11"];
    for (i, day) in dates.iter().enumerate() {
        let mut m = meeting(day, vec![row("1", "present", "50"), row("2", "late", "75"), row("3", "absent", "")]);
        if i == 1 {
            m.loans.push(app::LoanInput { member: "4".into(), amount: "900".into(), guarantors: vec!["5".into()], ..Default::default() });
        }
        let saved = app::meeting_record(&mut f.store, &f.ctx, &m).unwrap();
        if i == 3 {
            app::reverse(&mut f.store, &f.ctx, &app::ReverseInput { org: "shg".into(), voucher: saved.voucher.clone(), reason: "entered twice".into(), date: Some(day.to_string()), ..Default::default() }).unwrap();
        }
        let info = app::backup_now(&f.store, &dir, 4, at(&format!("{day} 18:00:00"))).unwrap();
        assert_eq!(info.orgs[0].book_code, app::book_summary(&f.store).unwrap()[0].book_code);
        made.push((info.path.clone(), app::book_summary(&f.store).unwrap()));
    }
    // Rotation kept the newest four.
    let kept = app::list_backups(&f.store, &dir).unwrap();
    assert_eq!(kept.len(), 4);
    let kept_names: Vec<String> = kept.iter().map(|p| p.display().to_string()).collect();
    let expected: Vec<String> = made.iter().rev().take(4).map(|(p, _)| p.clone()).collect();
    assert_eq!(kept_names, expected);
    assert!(!std::path::Path::new(&made[0].0).exists() && !std::path::Path::new(&made[1].0).exists());
    // No temporary files left behind.
    assert!(std::fs::read_dir(&dir).unwrap().all(|e| !e.unwrap().file_name().to_str().unwrap().ends_with(".tmp")));

    let current = app::book_summary(&f.store).unwrap();
    for (n, (path, at_backup)) in made.iter().rev().take(4).enumerate() {
        let diff = app::restore_preview(&f.store, std::path::Path::new(path)).unwrap();
        assert_eq!(&diff.backup, at_backup);
        assert_eq!(diff.current, current);
        assert_eq!(diff.same, n == 0, "only the newest backup equals the book");
        let target = f.dir.path().join(format!("restored-{n}.samuh"));
        let restored = app::restore_apply(std::path::Path::new(path), &target).unwrap();
        assert_eq!(&restored.summary, at_backup);
        let s = Store::open(&target).unwrap();
        assert_eq!(s.integrity_check().unwrap(), vec!["ok".to_string()]);
        let r = app::check_book(&s, None).unwrap();
        assert!(r.ok(), "{:?}", r.findings);
        assert!(app::open_self_check(&s).unwrap().ok());
        assert_eq!(app::book_summary(&s).unwrap(), *at_backup);
        assert_eq!(app::verify_code(&s, "shg", &at_backup[0].book_code).unwrap().status, CodeStatus::MatchesHead);
        // The restored book is a working book.
        drop(s);
        let mut s = Store::open(&target).unwrap();
        app::meeting_record(&mut s, &f.ctx, &meeting("2025-06-01", vec![row("1", "present", "50")])).unwrap();
        // Restoring onto an existing file is refused, and the file is untouched.
        let before = std::fs::read(&target).unwrap();
        let err = app::restore_apply(std::path::Path::new(path), &target).unwrap_err();
        assert_eq!(err.code(), "error-restore-target-exists");
        assert_eq!(std::fs::read(&target).unwrap(), before);
    }
    // The current book was never touched by any of it.
    assert_eq!(app::book_summary(&f.store).unwrap(), current);
}

#[test]
fn restore_refuses_what_is_not_a_good_book() {
    let f = shg();
    let dir = f.dir.path().join("b");
    let junk = f.dir.path().join("photo.samuh");
    std::fs::write(&junk, vec![7u8; 5000]).unwrap();
    assert_eq!(app::restore_preview(&f.store, &junk).unwrap_err().code(), "error-not-a-book");
    assert_eq!(app::restore_preview(&f.store, &f.dir.path().join("nothing.samuh")).unwrap_err().code(), "error-file-unreadable");
    let good = app::backup_now(&f.store, &dir, 3, at("2025-09-30 10:00:00")).unwrap();
    // A newer book.
    let newer = f.dir.path().join("newer.samuh");
    std::fs::copy(&good.path, &newer).unwrap();
    rusqlite::Connection::open(&newer).unwrap().pragma_update(None, "user_version", 99).unwrap();
    assert_eq!(app::restore_preview(&f.store, &newer).unwrap_err().code(), "error-newer-database");
    // A tampered backup.
    let bad = f.dir.path().join("bad.samuh");
    std::fs::copy(&good.path, &bad).unwrap();
    let c = rusqlite::Connection::open(&bad).unwrap();
    c.execute_batch("DROP TRIGGER posting_no_update; UPDATE posting SET amount_minor = amount_minor * 2 WHERE id = 1;").unwrap();
    drop(c);
    assert_eq!(app::restore_preview(&f.store, &bad).unwrap_err().code(), "error-backup-fails-check");
    assert_eq!(app::restore_apply(&bad, &f.dir.path().join("x.samuh")).unwrap_err().code(), "error-backup-fails-check");
    assert!(!f.dir.path().join("x.samuh").exists());
}

#[test]
fn daily_on_close_and_pen_drive_copies() {
    let mut f = shg();
    let dir = f.dir.path().join("daily");
    assert!(app::backup_if_due(&f.store, &dir, 5, at("2025-09-30 09:00:00")).unwrap().is_some());
    assert!(app::backup_if_due(&f.store, &dir, 5, at("2025-09-30 17:00:00")).unwrap().is_none());
    // On close: nothing changed since the newest backup, so none is made.
    assert!(app::backup_on_close(&f.store, &dir, 5, at("2025-09-30 18:00:00")).unwrap().is_none());
    app::meeting_record(&mut f.store, &f.ctx, &meeting("2025-04-06", vec![row("1", "present", "50")])).unwrap();
    assert!(app::backup_on_close(&f.store, &dir, 5, at("2025-09-30 18:00:00")).unwrap().is_some());
    // Two backups in the same second get distinct names.
    let a = app::backup_now(&f.store, &dir, 5, at("2025-09-30 18:00:00")).unwrap();
    assert!(a.path.ends_with("book-20250930-180000-2.samuh"), "{}", a.path);
    assert!(app::backup_if_due(&f.store, &dir, 5, at("2025-10-01 09:00:00")).unwrap().is_some());
    assert_eq!(app::list_backups(&f.store, &dir).unwrap().len(), 4);
    let pen = f.dir.path().join("pen drive");
    let copy = app::copy_to(&f.store, &pen, at("2025-10-01 09:05:00")).unwrap();
    let diff = app::restore_preview(&f.store, std::path::Path::new(&copy.path)).unwrap();
    assert!(diff.same);
}

#[test]
fn a_backup_that_cannot_be_read_is_unreadable_not_failing_checks() {
    use samuh::error::{Error, IoReason};
    use samuh::i18n::{Lang, Locale, Localizer};
    let f = shg();
    let dir = f.dir.path().join("t");
    let good = app::backup_now(&f.store, &dir, 3, at("2025-09-30 10:00:00")).unwrap();
    let bytes = std::fs::read(&good.path).unwrap();
    let page = 4096;
    for keep in [bytes.len() / 2, bytes.len() - page, 3 * page, bytes.len() - 100] {
        let cut = f.dir.path().join(format!("cut-{keep}.samuh"));
        std::fs::write(&cut, &bytes[..keep]).unwrap();
        let e = app::restore_preview(&f.store, &cut).unwrap_err();
        assert!(matches!(e, Error::Store(StoreError::FileUnreadable { reason: IoReason::Damaged, .. })), "{keep} of {}: {e:?}", bytes.len());
        let bn = Localizer::new(Locale::new(Lang::Bn)).error(&e);
        assert!(bn.contains("নষ্ট") && !bn.contains("malformed"), "{bn}");
    }
}
