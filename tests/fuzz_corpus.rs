//! Replays every committed fuzz input through the same harness `cargo fuzz` runs
//! (`samuh::fuzzing::run`): the minimised corpora in `fuzz/corpus/<target>/` and every crash
//! ever found in `fuzz/regressions/<target>/`. Plain `cargo test`, no nightly needed; a failure
//! names the file.

use samuh::fuzzing::{run, Target};
use std::path::{Path, PathBuf};

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz")
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries.flatten().map(|e| e.path()).filter(|p| p.is_file()).collect(),
        Err(_) => Vec::new(),
    };
    out.sort();
    out
}

/// Runs each file, catching a failed property so that every failing file is listed.
fn replay(target: Target, kind: &str) -> usize {
    let dir = fuzz_dir().join(kind).join(target.name());
    let mut failed = Vec::new();
    let list = files(&dir);
    for f in &list {
        let data = std::fs::read(f).unwrap();
        if std::panic::catch_unwind(|| run(target, &data)).is_err() {
            failed.push(f.display().to_string());
        }
    }
    assert!(failed.is_empty(), "{} of {} {kind} inputs of {} fail:\n{}", failed.len(), list.len(), target.name(), failed.join("\n"));
    list.len()
}

#[test]
fn every_corpus_input_passes() {
    for &t in Target::ALL {
        let n = replay(t, "corpus");
        assert!(n > 0, "fuzz/corpus/{} is empty: run scripts/fuzz.sh and commit the minimised corpus", t.name());
    }
}

#[test]
fn every_regression_passes() {
    for &t in Target::ALL {
        replay(t, "regressions");
    }
}

/// A folder under corpus/ or regressions/ that names no target would silently never run.
#[test]
fn every_fuzz_folder_names_a_target() {
    for kind in ["corpus", "regressions"] {
        for d in std::fs::read_dir(fuzz_dir().join(kind)).into_iter().flatten().flatten() {
            let name = d.file_name().to_string_lossy().into_owned();
            assert!(Target::from_name(&name).is_some(), "fuzz/{kind}/{name} names no target in samuh::fuzzing::Target");
        }
    }
}

/// Each target has its thin cargo-fuzz binary calling the shared harness.
#[test]
fn every_target_has_a_cargo_fuzz_binary() {
    let manifest = std::fs::read_to_string(fuzz_dir().join("Cargo.toml")).unwrap();
    for &t in Target::ALL {
        let path = fuzz_dir().join("fuzz_targets").join(format!("{}.rs", t.name()));
        let src = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} is missing", path.display()));
        assert!(src.contains("samuh::fuzzing") && src.contains("run("), "{} does not call samuh::fuzzing::run", path.display());
        assert!(manifest.contains(&format!("name = \"{}\"", t.name())), "fuzz/Cargo.toml lacks the [[bin]] {}", t.name());
    }
}

/// Writes the seed inputs the corpora grew from (then `cargo fuzz cmin` keeps what adds
/// coverage): amounts and dates as the docs and reports write them, meeting files against the
/// fuzz book, and real backups of it. `cargo test --test fuzz_corpus -- --ignored write_seeds`.
#[test]
#[ignore]
fn write_seeds() {
    let put = |t: Target, name: &str, bytes: &[u8]| {
        let dir = fuzz_dir().join("corpus").join(t.name());
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("seed-{name}")), bytes).unwrap();
    };
    let amounts = [
        "1,23,456.50", "123,456.50", "৫০,০০০/- টাকা", "₹ 5,000", "Rs. 500/-", "१२३", "५०", "১২৩", "๑๒,๓๔๕.๕๐", "฿1,234,567.50",
        "12,34,567.50৳", "-5", "₹ -5", "−5", "1.234", "0", "0.5", "99999999999999999", "9999999999999999.99", "2 %", "২৪%",
        "1.5 %", "12", "1,2,3", "१,२३,४५,६७८.५०", "０１２", "rupees 20", "20 taka", "Tk. 3,455", "100 บาท", "+7",
    ];
    for (i, a) in amounts.iter().enumerate() {
        put(Target::Amount, &format!("{i:02}"), a.as_bytes());
    }
    let dates = [
        "2025-04-14", "14-04-2025", "14/04/2025", "14.04.2025", "14/04/2568", "๑๔/๐๔/๒๕๖๘", "১৪-০৪-২০২৫", "१४-०४-२०२५", "29-02-2024",
        "29-02-2025", "31/04/2025", "2401-01-01", "9999-12-31", "0000-01-01", "1-1-2025", "25-4-14", " 2025-04-06 ",
    ];
    for (i, d) in dates.iter().enumerate() {
        put(Target::Date, &format!("{i:02}"), d.as_bytes());
    }
    // The documented example as is (another organisation), and meetings for the fuzz book.
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/meeting-format.md")).unwrap();
    let example = doc.split("```json\n").nth(1).unwrap().split("```").next().unwrap();
    put(Target::MeetingFile, "docs-example", example.as_bytes());
    let ours = example.replace("\"shg-kishanganj\"", "\"shg\"").replace("2025-04-06", "2025-04-13");
    put(Target::MeetingFile, "docs-example-shg", ours.as_bytes());
    let meetings = [
        r#"{"org":"shg","date":"2025-04-13","members":[{"member":"1","attendance":"present","savings":"50","repayment":"150"},{"member":"2","attendance":"late","savings":"५०"},{"member":"3","attendance":"absent"}],"cash_counted":"1,300"}"#,
        r#"{"org":"shg","date":"13/04/2568","members":[{"member":"4","attendance":"absent-with-leave","withdrawal":"500","fine":"0"}],"group":[{"kind":"bank-withdrawal","amount":"1000"},{"kind":"expense","head":"stationery","amount":"20","note":"रजिस्टर"}]}"#,
        r#"{"org":"shg","date":"2025-04-20","client_id":"fuzz-meeting-1","members":[]}"#,
        r#"{"org":"shg","date":"2025-05-04","loans":[{"member":"3","amount":"2,000","fund":"own-savings","rate":"1.5","rate_period":"month","method":"reducing-emi","frequency":"monthly","instalments":"12","grace":"1","purpose":"सिलाई","guarantors":["4"]}],"group":[{"kind":"grant","head":"revolving-fund","amount":"15000"},{"kind":"bank-withdrawal","amount":"15000"}]}"#,
        r#"{"org":"shg","date":"2025-04-06","members":[{"member":"1","attendance":"present","savings":"50"}]}"#,
        r#"{"org":"shg","date":"2025-06-01","members":[{"member":"1","attendance":"present","repayment":"5000","loan":"1"},{"member":"9","attendance":"present"}],"group":[{"kind":"bank-interest","amount":"12.50"},{"kind":"bank-charges","amount":"৫"},{"kind":"membership-fee","amount":"10"},{"kind":"other-income","amount":"1"},{"kind":"bank-deposit","amount":"100"}],"minutes":{"agenda":["a"],"resolutions":["b"]}}"#,
        r#"{"org":"shg","date":"2025-07-06","loans":[{"member":"5","amount":"50000","guarantors":[]}],"members":[{"member":"2","attendance":"present","savings":"-5"}]}"#,
        r#"{"org":"shg","date":"2025-10-01","place":"x"}"#,
    ];
    for (i, m) in meetings.iter().enumerate() {
        put(Target::MeetingFile, &format!("{i:02}"), m.as_bytes());
    }
    // Real backups: of the fuzz book, and of an empty book; then damaged and foreign files.
    let dir = tempfile::tempdir().unwrap();
    let (book, _) = samuh::fuzzing::fuzz_book();
    let now = chrono::NaiveDate::from_ymd_opt(2025, 9, 30).unwrap().and_hms_opt(18, 0, 0).unwrap();
    let b = samuh::app::backup_now(&book, dir.path(), 5, now).unwrap();
    let bytes = std::fs::read(&b.path).unwrap();
    put(Target::BackupReader, "fuzz-book", &bytes);
    put(Target::BackupReader, "fuzz-book-truncated", &bytes[..bytes.len() / 2]);
    let empty = samuh::store::Store::open_or_create(&dir.path().join("empty.samuh")).unwrap();
    let e = samuh::app::backup_now(&empty, &dir.path().join("e"), 5, now).unwrap();
    put(Target::BackupReader, "empty-book", &std::fs::read(&e.path).unwrap());
    let other = dir.path().join("other.sqlite");
    let c = rusqlite::Connection::open(&other).unwrap();
    c.execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);").unwrap();
    drop(c);
    put(Target::BackupReader, "foreign-sqlite", &std::fs::read(&other).unwrap());
    put(Target::BackupReader, "text", b"this is not a book");

    // Regression: a backup whose posting holds an amount beyond the book's range (an outside
    // edit) made the self-check's hash panic (`Money::minor`) instead of reporting a broken chain.
    let edited = dir.path().join("edited.samuh");
    std::fs::copy(&b.path, &edited).unwrap();
    let c = rusqlite::Connection::open(&edited).unwrap();
    c.execute_batch(
        "DROP TRIGGER posting_no_update;
         UPDATE posting SET amount_minor = 2000000000000000000 WHERE id = (SELECT min(id) FROM posting);
         CREATE TRIGGER posting_no_update BEFORE UPDATE ON posting BEGIN SELECT RAISE(ABORT, 'samuh: postings are append-only'); END;",
    )
    .unwrap();
    drop(c);
    let dir_r = fuzz_dir().join("regressions").join(Target::BackupReader.name());
    std::fs::create_dir_all(&dir_r).unwrap();
    std::fs::write(dir_r.join("amount-beyond-range"), std::fs::read(&edited).unwrap()).unwrap();
}
