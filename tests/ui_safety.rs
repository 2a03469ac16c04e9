//! The desktop's Safety screen, through its view models: book codes now and checked against
//! paper, "back up now" into the folder next to the book, a pen-drive copy, and a restore that
//! first shows how the backup differs and then writes a new book, never over this one.

mod common;
use common::*;
use samuh::app;
use samuh::i18n::{Lang, Locale};
use std::path::Path;

fn ctx_at(today: &str, time: &str) -> app::Ctx {
    app::Ctx::new(d(today), &format!("{today}T{time}"), Lang::En)
}

#[test]
fn book_codes_backups_copy_and_restore_as_a_new_book() {
    let mut f = shg();
    let hi = Locale::new(Lang::Hi);
    let th = Locale::new(Lang::Th);
    let saved = app::meeting_record(&mut f.store, &f.ctx, &meeting("2025-04-06", vec![row("1", "present", "50"), row("2", "present", "50")])).unwrap();

    // The code shown is the code the save printed, and checking it from paper matches.
    let v = app::safety_view(&f.store, hi).unwrap();
    assert_eq!(v.orgs.len(), 1);
    assert_eq!(v.orgs[0].book_code, saved.book_code);
    assert!(v.backups.is_empty(), "no backups yet");
    assert_eq!(Path::new(&v.backup_dir), app::backup_dir(&f.path));
    assert!(v.backup_dir.ends_with("book-backups"));
    let ok = app::code_check(&f.store, "shg", &saved.book_code, hi).unwrap();
    assert!(ok.matches, "{}", ok.message);
    assert_eq!(ok.status, "matches-head");
    assert!(ok.message.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c)), "in Hindi: {}", ok.message);
    let wrong = app::code_check(&f.store, "shg", "AAAA-AAAA", hi).unwrap();
    assert!(!wrong.matches);
    assert_eq!(wrong.status, "not-found");
    assert!(app::code_check(&f.store, "shg", "12-345", hi).is_err(), "a malformed code is an error that says so");

    // Back up now: the folder next to the book, listed newest first with a Thai date.
    let first = app::backup_make(&f.store, &ctx_at("2025-04-06", "18:00:00"), th).unwrap();
    assert!(Path::new(&first.path).starts_with(app::backup_dir(&f.path)));
    assert!(first.message.contains(&first.path));
    let v = app::safety_view(&f.store, th).unwrap();
    assert_eq!(v.backups.len(), 1);
    assert_eq!(v.backups[0].path, first.path);
    assert!(v.backups[0].when_display.contains("2568"), "Buddhist Era: {}", v.backups[0].when_display);

    // The same backup compared with the book: the same.
    let same = app::restore_view(&f.store, &first.path, Locale::new(Lang::En)).unwrap();
    assert!(same.same);
    assert!(same.orgs[0].lines.iter().all(|l| !l.differs));

    // A later meeting: the backup now differs, and the lines that differ say so.
    app::meeting_record(&mut f.store, &f.ctx, &meeting("2025-04-13", vec![row("1", "present", "50")])).unwrap();
    let diff = app::restore_view(&f.store, &first.path, Locale::new(Lang::En)).unwrap();
    assert!(!diff.same);
    let line = |label: &str| diff.orgs[0].lines.iter().find(|l| l.label == label).unwrap().clone();
    let last = line("Last meeting");
    assert!(last.differs && last.current == "13-04-2025" && last.backup == "06-04-2025", "{last:?}");
    let savings = line("Total savings");
    assert!(savings.differs, "{savings:?}");
    assert!(!line("Bank").differs);
    assert!(diff.target.ends_with("book-restored.samuh"));
    assert!(!Path::new(&diff.target).exists(), "nothing written by comparing");

    // Restore writes a new book, which holds the backup, and this book is unchanged.
    let before = dump(&f.path);
    let done = app::restore_to(&f.store, &diff.backup_path, &diff.target, Locale::new(Lang::En)).unwrap();
    assert_eq!(done.path, diff.target);
    assert_eq!(dump(&f.path), before, "this book is unchanged");
    let restored = samuh::store::Store::open(Path::new(&done.path)).unwrap();
    assert_eq!(app::book_summary(&restored).unwrap()[0].book_code, saved.book_code);
    // …and a second restore picks the next free name, never the same file.
    let again = app::restore_view(&f.store, &first.path, Locale::new(Lang::En)).unwrap();
    assert!(again.target.ends_with("book-restored-2.samuh"));
    assert!(app::restore_to(&f.store, &first.path, &done.path, Locale::new(Lang::En)).is_err(), "never over an existing file");

    // Copy to a pen drive: one copy in the chosen folder; an empty folder name is refused.
    let pen = f.dir.path().join("pendrive");
    std::fs::create_dir_all(&pen).unwrap();
    let copy = app::backup_copy(&f.store, &ctx_at("2025-04-13", "19:00:00"), pen.to_str().unwrap(), hi).unwrap();
    assert!(Path::new(&copy.path).starts_with(&pen) && Path::new(&copy.path).exists());
    let e = app::backup_copy(&f.store, &f.ctx, "  ", hi).unwrap_err();
    assert_eq!(e.code(), "error-required");
}
