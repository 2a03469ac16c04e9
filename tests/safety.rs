//! Book codes, the open-time self-check, and the schema check, on real book files.

mod common;
use common::*;
use samuh::app::{self, CodeStatus};

fn three_meetings(f: &mut Fixture) -> Vec<app::Saved> {
    ["2025-04-06", "2025-04-13", "2025-04-20"]
        .iter()
        .map(|d| app::meeting_record(&mut f.store, &f.ctx, &meeting(d, vec![row("1", "present", "50"), row("2", "present", "60")])).unwrap())
        .collect()
}

#[test]
fn a_saved_meeting_carries_the_book_code_that_verifies() {
    let mut f = shg();
    let saved = three_meetings(&mut f);
    let codes: Vec<&str> = saved.iter().map(|s| s.book_code.as_str()).collect();
    assert!(codes.iter().all(|c| c.len() == 9 && &c[4..5] == "-"), "{codes:?}");
    let head = app::verify_code(&f.store, "shg", codes[2]).unwrap();
    assert_eq!(head.status, CodeStatus::MatchesHead);
    assert_eq!(head.voucher.as_deref(), Some(saved[2].voucher.as_str()));
    assert_eq!(head.date.as_deref(), Some("2025-04-20"));
    assert_eq!(head.meeting_number, Some(3));
    assert_eq!(head.current_code, codes[2]);
    let earlier = app::verify_code(&f.store, "shg", &codes[0].to_lowercase().replace('-', "")).unwrap();
    assert_eq!(earlier.status, CodeStatus::MatchesEarlier);
    assert_eq!(earlier.later, 2);
    assert_eq!(earlier.meeting_number, Some(1));
    // Confusables typed from paper: O for 0, I or L for 1.
    let typed: String = codes[1].chars().map(|c| match c { '0' => 'O', '1' => 'l', c => c }).collect();
    assert_eq!(app::verify_code(&f.store, "shg", &typed).unwrap().status, CodeStatus::MatchesEarlier);
    assert_eq!(app::verify_code(&f.store, "shg", "0000-0000").unwrap().status, CodeStatus::NotFound);
    assert_eq!(app::verify_code(&f.store, "shg", "12345").unwrap_err().code(), "error-invalid-book-code");
    // A replay answers the same code.
    let mut m = meeting("2025-04-27", vec![row("1", "present", "50")]);
    m.client_id = Some("c-1".into());
    let a = app::meeting_record(&mut f.store, &f.ctx, &m).unwrap();
    let b = app::meeting_record(&mut f.store, &f.ctx, &m).unwrap();
    assert!(b.already_recorded);
    assert_eq!(a.book_code, b.book_code);
    let sc = app::open_self_check(&f.store).unwrap();
    assert!(sc.ok(), "{:?}", sc.findings);
    assert_eq!(sc.orgs[0].book_code, a.book_code);
}

#[test]
fn an_outside_edit_is_found_by_the_self_check_and_the_code() {
    let mut f = shg();
    let saved = three_meetings(&mut f);
    drop(f.store);
    let c = rusqlite::Connection::open(&f.path).unwrap();
    c.execute_batch("DROP TRIGGER posting_no_update; UPDATE posting SET amount_minor = amount_minor + 100 WHERE id = (SELECT max(id) FROM posting);").unwrap();
    drop(c);
    let store = samuh::store::Store::open(&f.path).unwrap();
    let sc = app::open_self_check(&store).unwrap();
    let checks: Vec<&str> = sc.findings.iter().map(|x| x.check).collect();
    assert!(checks.contains(&"schema") && checks.contains(&"hash-chain") && checks.contains(&"trial-balance"), "{checks:?}");
    let r = app::check_book(&store, None).unwrap();
    assert!(r.findings.iter().any(|x| x.check == "schema"), "{:?}", r.findings);
    assert_eq!(app::verify_code(&store, "shg", &saved[2].book_code).unwrap().status, CodeStatus::ChainBroken);
}

#[test]
fn a_loan_with_repayments_cannot_be_reversed_away() {
    let mut f = shg();
    let mut m = meeting("2025-04-06", vec![row("1", "present", "50")]);
    m.loans.push(app::LoanInput { member: "4".into(), amount: "800".into(), guarantors: vec!["5".into()], ..Default::default() });
    let given = app::meeting_record(&mut f.store, &f.ctx, &m).unwrap();
    let repaid = app::loan_repay(&mut f.store, &f.ctx, &app::RepayInput { org: "shg".into(), date: "2025-05-06".into(), member: "4".into(), amount: "96".into(), ..Default::default() }).unwrap();
    let before = dump(&f.path);
    let undo = |v: &str| app::ReverseInput { org: "shg".into(), voucher: v.into(), reason: "wrong".into(), date: Some("2025-05-07".into()), ..Default::default() };
    let err = app::reverse(&mut f.store, &f.ctx, &undo(&given.voucher)).unwrap_err();
    assert_eq!(err.code(), "error-loan-has-repayments");
    assert_eq!(dump(&f.path), before);
    // Reversing the repayment first, then the loan, is fine and leaves a clean book.
    app::reverse(&mut f.store, &f.ctx, &undo(&repaid.voucher)).unwrap();
    app::reverse(&mut f.store, &f.ctx, &undo(&given.voucher)).unwrap();
    let r = app::check_book(&f.store, None).unwrap();
    assert!(r.ok(), "{:?}", r.findings);
}


#[test]
fn the_open_check_starts_from_its_checkpoint_and_still_finds_edits_before_it() {
    let mut f = shg();
    three_meetings(&mut f);
    let first = check_and_record(&mut f.store, "2026-11-20T10:00:00");
    assert!(first.ok(), "{:?}", first.findings);
    assert_eq!(first.orgs[0].from_checkpoint, 0);
    assert!(!first.deferred.contains(&"hash-chain"), "the first check re-hashes the whole chain");
    let checked = first.orgs[0].vouchers;
    let later = app::meeting_record(&mut f.store, &f.ctx, &meeting("2025-04-27", vec![row("1", "present", "50")])).unwrap();
    let next = check_and_record(&mut f.store, "2026-11-20T11:00:00");
    assert!(next.ok(), "{:?}", next.findings);
    assert_eq!(next.orgs[0].from_checkpoint, checked);
    assert_eq!(next.orgs[0].vouchers, checked + 1);
    assert_eq!(next.orgs[0].book_code, later.book_code);
    assert!(next.deferred.contains(&"hash-chain") && next.deferred.contains(&"quick-check"));
    // An older result recorded late (a slow background check) does not move the checkpoint back.
    app::record_checkpoints(&mut f.store, &first, "2026-11-20T12:00:00").unwrap();
    assert_eq!(app::open_self_check(&f.store).unwrap().orgs[0].from_checkpoint, checked + 1);
    let full = app::full_self_check(&f.store).unwrap();
    assert!(full.ok() && full.deferred.is_empty() && full.orgs[0].from_checkpoint == 0, "{:?}", full);
    drop(f.store);

    // Outside edits of vouchers before the checkpoint, none re-hashed. Each is caught by the
    // quick check at open (fingerprint or anchor), which then re-hashes the whole chain to name
    // the changed voucher; the kinds its fingerprint does not cover are caught by the full check.
    let quick_catches = [
        // Two lines of one voucher, same total: the trial balance still agrees.
        "UPDATE posting SET amount_minor = amount_minor + 700 WHERE id = (SELECT min(id) FROM posting WHERE voucher_id = 2);
         UPDATE posting SET amount_minor = amount_minor - 700 WHERE id = (SELECT max(id) FROM posting WHERE voucher_id = 2);",
        "UPDATE voucher SET date = date(date, '-1 days') WHERE id = 2",
        "DELETE FROM posting WHERE voucher_id = 1; DELETE FROM voucher WHERE id = 1",
        "UPDATE posting SET account_id = (SELECT id FROM account WHERE code = 'bank' AND org_id = 1) WHERE id = (SELECT min(id) FROM posting WHERE voucher_id = 2)",
        // The checkpoint itself rewritten to point elsewhere.
        "UPDATE chain_checkpoint SET vouchers = vouchers - 1",
        "UPDATE chain_checkpoint SET head_hash = (SELECT hash FROM voucher WHERE id = 2)",
    ];
    for (i, sql) in quick_catches.iter().enumerate() {
        let work = f.dir.path().join(format!("quick-{i}.samuh"));
        copy_book(&f.path, &work);
        outside_edit(&work, sql);
        let s = samuh::store::Store::open(&work).unwrap();
        let sc = app::open_self_check(&s).unwrap();
        assert!(!sc.ok(), "edit {i} was not caught by the open check: {sql}");
    }
    let full_catches = [
        "UPDATE posting SET member_id = 2 WHERE id = (SELECT min(id) FROM posting WHERE voucher_id = 2 AND member_id = 1)",
        "UPDATE voucher SET narration = 'changed' WHERE id = 2",
    ];
    for (i, sql) in full_catches.iter().enumerate() {
        let work = f.dir.path().join(format!("full-{i}.samuh"));
        copy_book(&f.path, &work);
        outside_edit(&work, sql);
        let s = samuh::store::Store::open(&work).unwrap();
        let sc = app::full_self_check(&s).unwrap();
        assert!(sc.findings.iter().any(|x| x.id == "finding-hash-broken"), "edit {i}: {:?}", sc.findings);
        assert!(!app::check_book(&s, None).unwrap().ok());
    }
    // Without the checkpoint table's rows the next check is simply a full one again.
    let work = f.dir.path().join("no-checkpoint.samuh");
    copy_book(&f.path, &work);
    outside_edit(&work, "DELETE FROM chain_checkpoint");
    let s = samuh::store::Store::open(&work).unwrap();
    let sc = app::open_self_check(&s).unwrap();
    assert!(sc.ok() && sc.orgs[0].from_checkpoint == 0, "{:?}", sc);
}
