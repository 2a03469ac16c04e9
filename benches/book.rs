//! `cargo bench --bench book`: measures the ledger core and writes BENCHMARKS.md as a table of
//! medians with their ratio to the target. Not a test: nothing here asserts a time.
//!
//! SAMUH_BENCH_GROUPS scales the district book (default 1,500 groups; a smaller number gives a
//! quick run, and the table says which size was measured). SAMUH_BENCH_ONLY=federation with
//! SAMUH_BENCH_GROUPS=3000 measures the bundles, the import, the roll-ups and the Parquet export
//! at twice the district (issue 16 asks for a state of 18,000 groups measured at 3,000 or more).

use chrono::NaiveDate;
use samuh::app::{self, Ctx, MeetingInput, MeetingMemberRow};
use samuh::domain::money::Money;
use samuh::i18n::Lang;
use samuh::store::Store;
use std::time::{Duration, Instant};

/// This process's CPU time so far (user + system, from /proc/self/stat; zero elsewhere): on a
/// machine shared with other builds, wall time mostly measures the wait for a core.
fn cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    // Every field kept in place (some are negative, such as tpgid -1): fields 14 and 15 of stat
    // (utime, stime) are the 12th and 13th after the command name; in clock ticks of 1/100 s.
    let f: Vec<&str> = after.split_whitespace().collect();
    let tick = |k: usize| f.get(k).and_then(|x| x.parse::<u64>().ok()).unwrap_or(0);
    let ticks = tick(11) + tick(12);
    Duration::from_millis(ticks * 10)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A weekly SHG with `n` members, by-laws and opening balances, in a fresh file.
fn group(dir: &std::path::Path, n: usize, ctx: &Ctx) -> Store {
    let mut s = Store::open_or_create(&dir.join("meeting.samuh")).unwrap();
    app::org_add(&mut s, ctx, &app::OrgInput { code: "g".into(), name: "Bench SHG".into(), kind: "shg".into(), country: "in".into(), meeting_frequency: "weekly".into(), formed_on: "2020-01-05".into(), ..Default::default() }).unwrap();
    for i in 1..=n {
        app::member_add(&mut s, ctx, &app::MemberInput { org: "g".into(), admission_no: i.to_string(), name: format!("सदस्य {i}"), joined_on: "2020-01-05".into(), ..Default::default() }).unwrap();
    }
    app::policy_set(&mut s, ctx, &app::PolicyInput { org: "g".into(), effective_from: "2020-01-05".into(), guarantors_required: Some("0".into()), loan_cap: Some("none".into()), ..Default::default() }).unwrap();
    app::opening_record(&mut s, ctx, &app::OpeningInput { org: "g".into(), date: "2020-01-05".into(), cash: Some("20000".into()), ..Default::default() }).unwrap();
    s
}

fn oldest_loan_owed(s: &Store, member_no: usize, date: NaiveDate) -> Money {
    let b = s.read();
    let org = b.org_by_code("g").unwrap().unwrap();
    let m = b.member_by_no(org.id, &member_no.to_string()).unwrap().unwrap();
    for l in b.loans(org.id).unwrap().iter().filter(|l| l.member_id == m.id) {
        let st = app::loan_state(&b, l, date, Money::ZERO).unwrap();
        if st.outstanding.is_positive() {
            return st.dues.total_owed;
        }
    }
    Money::ZERO
}

/// The cached 100,000-voucher book for the open self-check (384 district groups: 100,224
/// vouchers), built once under the target folder and copied for each run, with no checkpoint.
fn book_100k(today: NaiveDate) -> std::path::PathBuf {
    let target = option_env!("CARGO_TARGET_DIR").map(std::path::PathBuf::from).unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let dir = target.join("bench-cache");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("selfcheck-100k-v{}.samuh", samuh::store::schema_version()));
    if !path.exists() {
        let tmp = path.with_extension("building");
        for ext in ["building", "building-wal", "building-shm"] {
            let _ = std::fs::remove_file(path.with_extension(ext));
        }
        let mut s = Store::open_or_create(&tmp).unwrap();
        samuh::demo::district_create(&mut s, 384, 15, 5, today).unwrap();
        drop(s);
        std::fs::rename(&tmp, &path).unwrap();
    }
    path
}

/// Opening a book of 100,000 vouchers: the first opening (no checkpoint yet: every hash
/// recomputed), then the median of several openings from the checkpoint the first one recorded
/// (a new connection each time, so SQLite's page cache starts empty; the OS cache is warm), and
/// the full self-check meant for the background (what the open check did before checkpoints).
fn self_check_rows(dir: &std::path::Path, today: NaiveDate, rows: &mut Vec<(String, String, String, String)>) {
    let cached = book_100k(today);
    let path = dir.join("selfcheck.samuh");
    std::fs::copy(&cached, &path).unwrap();
    let bytes = std::fs::metadata(&path).unwrap().len();
    let t = Instant::now();
    let mut s = Store::open(&path).unwrap();
    let first = app::open_self_check(&s).unwrap();
    let first_t = t.elapsed();
    assert!(first.ok(), "{:?}", first.findings);
    let n = first.vouchers;
    app::record_checkpoints(&mut s, &first, "2026-11-20T00:00:00").unwrap();
    drop(s);
    let per100k = |d: Duration| format!("{:.2}", d.as_secs_f64() / (n as f64 / 100_000.0));
    let size = format!("{n} vouchers, {} MB", bytes / 1_000_000);
    rows.push((format!("Open self-check, first opening of a book with no checkpoint ({size}; once)"), ms(first_t), "≤ 1 s per 100,000 vouchers".into(), per100k(first_t)));
    let mut times = Vec::new();
    let mut cpu = Vec::new();
    for _ in 0..7 {
        let (t, c0) = (Instant::now(), cpu_time());
        let s = Store::open(&path).unwrap();
        let c = app::open_self_check(&s).unwrap();
        times.push(t.elapsed());
        cpu.push(cpu_time() - c0);
        assert!(c.ok() && c.orgs.iter().all(|o| o.from_checkpoint == o.vouchers), "{:?}", c.findings);
    }
    let q = median(times);
    let qc = median(cpu);
    rows.push((format!("Open self-check from the recorded checkpoints, including opening the file ({size}; median of 7)"), ms(q), "≤ 1 s per 100,000 vouchers".into(), per100k(q)));
    rows.push((format!("— the same, CPU time of the process (user + system; median of 7)"), ms(qc), "≤ 1 s per 100,000 vouchers".into(), per100k(qc)));
    let s = Store::open(&path).unwrap();
    let t = Instant::now();
    let full = app::full_self_check(&s).unwrap();
    let full_t = t.elapsed();
    assert!(full.ok(), "{:?}", full.findings);
    rows.push((format!("Full self-check for the background: quick_check, foreign keys, every hash ({size}; once)"), ms(full_t), "none (runs after the first screen)".into(), "—".into()));
}

/// Issue 15: a welfare club of 2,000 members (the Roi Et club has 1,235); each of ten deaths is
/// recorded (the levy raised on every member enrolled that day) and its levy register read.
fn welfare_rows(dir: &std::path::Path, ctx: &Ctx, rows: &mut Vec<(String, String, String, String)>) {
    use app::welfare as w;
    let mut s = Store::open_or_create(&dir.join("welfare.samuh")).unwrap();
    app::org_add(&mut s, ctx, &app::OrgInput { code: "wc".into(), name: "Bench club".into(), kind: "welfare-club".into(), country: "th".into(), meeting_frequency: "monthly".into(), formed_on: "2020-01-05".into(), ..Default::default() }).unwrap();
    let mut csv = String::from("admission_no,name,role,joined_on\n");
    for i in 1..=2000 {
        csv.push_str(&format!("{i},สมาชิก {i},member,2020-01-05\n"));
    }
    app::members_import(&mut s, ctx, "wc", &csv, false).unwrap();
    w::welfare_rule_set(&mut s, ctx, &w::WelfareRuleInput { org: "wc".into(), from: "2020-01-05".into(), levy: Some("50".into()), admin_share: Some("5".into()), ..Default::default() }).unwrap();
    // Nobody pays in between: the unpaid levies of every earlier death are still counted for
    // the deceased's eligibility (no arrears limit, so each death is recorded).
    let mut times = Vec::new();
    for k in 0..10u64 {
        let date = d("2026-01-05") + chrono::Duration::days(7 * k as i64);
        let member = (k * 97 + 1).to_string();
        let t = Instant::now();
        let saved = w::death_record(&mut s, ctx, &w::DeathInput { org: "wc".into(), member: member.clone(), date: date.to_string(), nominee: None, client_id: None }).unwrap();
        let r = app::report(&s, ctx, &app::ReportParams { org: "wc".into(), name: "levy-register".into(), member: Some(member), from: None, to: Some(date.to_string()), sort: None }).unwrap();
        times.push(t.elapsed());
        assert_eq!(r.sections[0].rows.len() as i64, saved.owing);
    }
    let death = median(times);
    rows.push(("Record a death in a welfare club of 2,000 members and read its levy register (median of 10)".into(), ms(death), "≤ 200 ms".into(), format!("{:.2}", death.as_secs_f64() / 0.2)));
}

/// Issue 14: a co-operative of 1,000 members, each buying one share of Tk 100 at each of twelve
/// monthly meetings of the co-op year 2024-25, with Tk 50,000 of income: the close of its year
/// (median of 3 fresh books) and its dividend list (the preview, median of 5).
fn year_end_rows(dir: &std::path::Path, rows: &mut Vec<(String, String, String, String)>) {
    let ctx = |d: &str| Ctx::new(NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap(), &format!("{d}T10:00:00"), Lang::En);
    let make = |k: usize| -> Store {
        let c = ctx("2024-07-01");
        let mut s = Store::open_or_create(&dir.join(format!("coop-{k}.samuh"))).unwrap();
        app::org_add(&mut s, &c, &app::OrgInput { code: "c".into(), name: "Bench co-op".into(), kind: "cooperative".into(), country: "bd".into(), meeting_frequency: "monthly".into(), formed_on: "2024-07-01".into(), ..Default::default() }).unwrap();
        for i in 1..=1000 {
            app::member_add(&mut s, &c, &app::MemberInput { org: "c".into(), admission_no: i.to_string(), name: format!("Member {i}"), joined_on: "2024-07-01".into(), ..Default::default() }).unwrap();
        }
        app::policy_set(&mut s, &c, &app::PolicyInput { org: "c".into(), effective_from: "2024-07-01".into(), ..Default::default() }).unwrap();
        app::share_price_set(&mut s, &c, &app::SharePriceInput { org: "c".into(), from: "2024-07-01".into(), price: "100".into(), client_id: None }).unwrap();
        app::opening_record(&mut s, &c, &app::OpeningInput { org: "c".into(), date: "2024-07-01".into(), cash: Some("1000".into()), ..Default::default() }).unwrap();
        let mut day = d("2024-07-10");
        for month in 0..12 {
            let date = day.format("%Y-%m-%d").to_string();
            let members = (1..=1000).map(|i| MeetingMemberRow { member: i.to_string(), attendance: "present".into(), shares: Some("1".into()), ..Default::default() }).collect();
            let group = if month == 5 { vec![app::GroupLineInput { kind: "other-income".into(), amount: "50000".into(), ..Default::default() }] } else { vec![] };
            app::meeting_record(&mut s, &ctx(&date), &MeetingInput { org: "c".into(), date, members, group, ..Default::default() }).unwrap();
            day = day.checked_add_months(chrono::Months::new(1)).unwrap();
        }
        s
    };
    let after = ctx("2025-07-15");
    let year = app::YearInput { org: "c".into(), year: "2024".into(), ..Default::default() };
    let mut closes = Vec::new();
    let mut lists = Vec::new();
    for k in 0..3 {
        let mut s = make(k);
        if k == 0 {
            for _ in 0..5 {
                let t = Instant::now();
                let r = app::year_preview(&s, &after, &year).unwrap();
                lists.push(t.elapsed());
                assert!(r.sections.len() >= 3);
            }
        }
        let t = Instant::now();
        app::year_close(&mut s, &after, &year).unwrap();
        closes.push(t.elapsed());
    }
    let (close, list) = (median(closes), median(lists));
    rows.push(("Close the year of a 1,000-member co-operative with monthly share purchases (median of 3)".into(), ms(close), "≤ 1 s".into(), format!("{:.2}", close.as_secs_f64())));
    rows.push(("Its dividend list (the year's preview, median of 5)".into(), ms(list), "≤ 300 ms".into(), format!("{:.2}", list.as_secs_f64() / 0.300)));
}

/// Issue 14: a VSLA group of 25 members through a cycle of 50 weekly meetings (1 to 5 shares and
/// the social fund each week, loans given and some left out to be netted), then its share-out:
/// the preview (median of 30) and the share-out itself, posted once on each of 10 copies.
fn vsla_rows(dir: &std::path::Path, rows: &mut Vec<(String, String, String, String)>) {
    let ctx = Ctx::new(d("2026-11-20"), "2026-11-20T00:00:00", Lang::En);
    let path = dir.join("vsla.samuh");
    let mut s = Store::open_or_create(&path).unwrap();
    app::org_add(&mut s, &ctx, &app::OrgInput { code: "v".into(), name: "Bench VSLA".into(), kind: "vsla".into(), country: "in".into(), meeting_frequency: "weekly".into(), formed_on: "2025-01-06".into(), ..Default::default() }).unwrap();
    for i in 1..=25 {
        app::member_add(&mut s, &ctx, &app::MemberInput { org: "v".into(), admission_no: i.to_string(), name: format!("सदस्य {i}"), joined_on: "2025-01-06".into(), ..Default::default() }).unwrap();
    }
    app::policy_set(&mut s, &ctx, &app::PolicyInput { org: "v".into(), effective_from: "2025-01-06".into(), interest_rate: Some("10".into()), rate_period: Some("month".into()), guarantors_required: Some("0".into()), loan_cap: Some("none".into()), ..Default::default() }).unwrap();
    app::vsla_cycle_open(&mut s, &ctx, &app::CycleInput { org: "v".into(), start: "2025-01-06".into(), share_price: "50".into(), social_fund: Some("10".into()), loans: Some("net".into()), ..Default::default() }).unwrap();
    for week in 0..50i64 {
        let date = d("2025-01-06") + chrono::Duration::days(7 * week);
        let mut m = MeetingInput { org: "v".into(), date: date.to_string(), ..Default::default() };
        for i in 1..=25usize {
            let shares = 1 + (i + week as usize) % 5;
            m.members.push(MeetingMemberRow { member: i.to_string(), attendance: "present".into(), shares: Some(shares.to_string()), social_fund: Some("10".into()), ..Default::default() });
        }
        if week == 40 {
            for i in 1..=5 {
                m.loans.push(app::LoanInput { member: i.to_string(), amount: "500".into(), ..Default::default() });
            }
        }
        app::meeting_record(&mut s, &ctx, &m).unwrap();
    }
    drop(s);
    let i = app::ShareOutInput { org: "v".into(), date: "2026-01-05".into(), client_id: None };
    let s = Store::open(&path).unwrap();
    let mut times = Vec::new();
    for _ in 0..30 {
        let t = Instant::now();
        app::vsla_share_out_preview(&s, &ctx, &i).unwrap();
        times.push(t.elapsed());
    }
    drop(s);
    let preview = median(times);
    rows.push(("VSLA share-out preview of 25 members after 50 weekly meetings (median of 30)".into(), ms(preview), "≤ 20 ms".into(), format!("{:.2}", preview.as_secs_f64() / 0.020)));
    let mut times = Vec::new();
    for k in 0..10 {
        let copy = dir.join(format!("vsla-{k}.samuh"));
        std::fs::copy(&path, &copy).unwrap();
        let mut s = Store::open(&copy).unwrap();
        let t = Instant::now();
        app::vsla_share_out(&mut s, &ctx, &i).unwrap();
        times.push(t.elapsed());
    }
    let out = median(times);
    rows.push(("VSLA share-out of 25 members, posted (median of 10 copies, synchronous=FULL)".into(), ms(out), "≤ 20 ms".into(), format!("{:.2}", out.as_secs_f64() / 0.020)));
}

/// The process's peak resident memory so far (Linux `VmHWM`), in MiB.
fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)).and_then(|kb| kb.parse::<f64>().ok()))
        .map(|kb| kb / 1024.0)
        .unwrap_or(0.0)
}

/// Issue 16 at district scale: every group of the district book writes its bundle (names left
/// out), one village organisation's book imports them all, then its roll-ups over every group
/// and the Parquet export. Targets are for 1,500 groups; the ratio scales a smaller run to that.
fn federation_rows(dir: &std::path::Path, s: &mut Store, ctx: &Ctx, rows: &mut Vec<(String, String, String, String)>) {
    let groups: Vec<String> = s.read().orgs().unwrap().into_iter().map(|o| o.code).collect();
    let n = groups.len();
    // The district build (the bench's own generator, not something an officer runs) has its own
    // high-water mark; the mark is then reset (Linux: clear_refs 5) so that the last row is what
    // writing, importing, every roll-up and the export reached.
    let build_peak = peak_rss_mib();
    rows.push(("Peak memory of the district build (the bench's generator)".into(), format!("{build_peak:.0} MiB"), "—".into(), "—".into()));
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let scale = 1500.0 / n as f64;
    let out = dir.join("bundles");
    std::fs::create_dir_all(&out).unwrap();
    // Each row also gives the process's CPU time: on a machine shared with other builds, wall
    // time is mostly the wait for a core.
    let (t, c) = (Instant::now(), cpu_time());
    let mut files = Vec::new();
    for g in &groups {
        let f = out.join(format!("{g}.bundle")).display().to_string();
        app::bundle_write(s, ctx, &app::BundleWriteInput { org: g.clone(), out: f.clone(), since_last: false, no_names: true }).unwrap();
        files.push(f);
    }
    let (write, write_cpu) = (t.elapsed(), cpu_time() - c);
    let mut peaks = vec![("writing the bundles", peak_rss_mib())];
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    rows.push((format!("Write the bundles of all {n} groups of the district book"), format!("{:.1} s (CPU {:.1} s)", write.as_secs_f64(), write_cpu.as_secs_f64()), "≤ 60 s (1,500 groups)".into(), format!("{:.2}", write.as_secs_f64() * scale / 60.0)));
    let mut vo = Store::open_or_create(&dir.join("vo.samuh")).unwrap();
    let org = app::OrgInput {
        code: "vo".into(),
        name: "District VO".into(),
        kind: "village-organisation".into(),
        country: "in".into(),
        meeting_frequency: "monthly".into(),
        formed_on: "2015-01-01".into(),
        ..Default::default()
    };
    app::org_add(&mut vo, ctx, &org).unwrap();
    // A village organisation's by-laws for its CIF loans (interest-by-fund reads them).
    let by_laws = app::PolicyInput {
        org: "vo".into(),
        effective_from: "2015-01-01".into(),
        saving_per_meeting: Some("0".into()),
        interest_rate: Some("1".into()),
        rate_period: Some("month".into()),
        interest_method: Some("flat".into()),
        repayment_frequency: Some("monthly".into()),
        default_instalments: Some("10".into()),
        ..Default::default()
    };
    app::policy_set(&mut vo, ctx, &by_laws).unwrap();
    let (t, c) = (Instant::now(), cpu_time());
    app::bundle_import(&mut vo, ctx, &app::BundleImportInput { org: "vo".into(), files: files.clone(), register: true }).unwrap();
    let (import, import_cpu) = (t.elapsed(), cpu_time() - c);
    peaks.push(("importing them", peak_rss_mib()));
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    // SAMUH_BENCH_KEEP=<file>: the oversight book is copied there, for timing roll-ups again
    // (`SAMUH_BENCH_VO=<file>`) without building the district.
    if let Ok(keep) = std::env::var("SAMUH_BENCH_KEEP") {
        vo.snapshot_to(std::path::Path::new(&keep)).unwrap();
    }
    rows.push((format!("Import the {n} bundles into one village organisation's book (verified, registered)"), format!("{:.1} s (CPU {:.1} s)", import.as_secs_f64(), import_cpu.as_secs_f64()), "≤ 90 s (1,500 groups)".into(), format!("{:.2}", import.as_secs_f64() * scale / 90.0)));
    relay_rows(dir, ctx, &org, &files, rows);
    peaks.push(("relaying a VO's groups to a cluster federation", peak_rss_mib()));
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    rollup_rows(&vo, ctx, n, rows);
    peaks.push(("every roll-up", peak_rss_mib()));
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let (t, c) = (Instant::now(), cpu_time());
    app::export_parquet(&vo, &app::ParquetExportInput { org: "vo".into(), to: dir.join("parquet").display().to_string() }).unwrap();
    let (pq, pq_cpu) = (t.elapsed(), cpu_time() - c);
    rows.push((format!("Parquet export of the {n} groups"), format!("{:.1} s (CPU {:.1} s)", pq.as_secs_f64(), pq_cpu.as_secs_f64()), "≤ 30 s (1,500 groups)".into(), format!("{:.2}", pq.as_secs_f64() * scale / 30.0)));
    peaks.push(("the Parquet export", peak_rss_mib()));
    for (stage, peak) in peaks {
        rows.push((format!("Peak memory (resident, the book's pages read included) while {stage}"), format!("{peak:.0} MiB"), "≤ 1 GB".into(), format!("{:.2}", peak / 1024.0)));
    }
}

/// Three levels: a village organisation of 40 of the district's SHGs (a real VO's size) writes
/// its bundle, relaying them, and a cluster federation imports it, every relayed entry verified.
/// A CLF of 1,500 SHGs receives about 38 such bundles.
fn relay_rows(dir: &std::path::Path, ctx: &Ctx, vo_org: &app::OrgInput, files: &[String], rows: &mut Vec<(String, String, String, String)>) {
    let k = files.len().min(40);
    let mut vo = Store::open_or_create(&dir.join("vo40.samuh")).unwrap();
    app::org_add(&mut vo, ctx, vo_org).unwrap();
    app::bundle_import(&mut vo, ctx, &app::BundleImportInput { org: "vo".into(), files: files[..k].to_vec(), register: true }).unwrap();
    let out = dir.join("vo40.bundle").display().to_string();
    let (t, c) = (Instant::now(), cpu_time());
    let w = app::bundle_write(&mut vo, ctx, &app::BundleWriteInput { org: "vo".into(), out: out.clone(), since_last: false, no_names: true }).unwrap();
    let (write, write_cpu) = (t.elapsed(), cpu_time() - c);
    assert_eq!(w.relayed as usize, k);
    let mut clf = Store::open_or_create(&dir.join("clf.samuh")).unwrap();
    app::org_add(&mut clf, ctx, &app::OrgInput { code: "clf".into(), name: "District CLF".into(), kind: "cluster-federation".into(), ..vo_org.clone() }).unwrap();
    let (t, c) = (Instant::now(), cpu_time());
    let got = app::bundle_import(&mut clf, ctx, &app::BundleImportInput { org: "clf".into(), files: vec![out], register: true }).unwrap();
    let (import, import_cpu) = (t.elapsed(), cpu_time() - c);
    assert_eq!(got[0].relayed as usize, k);
    let per_clf = 1500.0 / k as f64;
    let mb = w.bytes as f64 / 1_048_576.0;
    rows.push((format!("A VO of {k} SHGs writes its bundle, its groups relayed ({mb:.1} MB)"), format!("{:.1} s (CPU {:.1} s)", write.as_secs_f64(), write_cpu.as_secs_f64()), "≤ 60 s for 1,500 SHGs (≈ 38 VOs)".into(), format!("{:.2}", write.as_secs_f64() * per_clf / 60.0)));
    rows.push((format!("A cluster federation imports it ({k} SHGs relayed, every entry verified)"), format!("{:.1} s (CPU {:.1} s)", import.as_secs_f64(), import_cpu.as_secs_f64()), "≤ 90 s for 1,500 SHGs (≈ 38 VOs)".into(), format!("{:.2}", import.as_secs_f64() * per_clf / 90.0)));
}

/// Every roll-up of the oversight book `vo` over its `n` groups, median of 3.
fn rollup_rows(vo: &Store, ctx: &Ctx, n: usize, rows: &mut Vec<(String, String, String, String)>) {
    let scale = 1500.0 / n as f64;
    for name in samuh::reports::ROLLUPS {
        let p = app::ReportParams { org: "vo".into(), name: name.to_string(), member: None, from: None, to: Some(ctx.today.to_string()), sort: None };
        let mut times = Vec::new();
        for _ in 0..3 {
            let t = Instant::now();
            std::hint::black_box(app::report(vo, ctx, &p).unwrap());
            times.push(t.elapsed());
        }
        let m = median(times);
        rows.push((format!("Roll-up `{name}` of all {n} groups (median of 3)"), ms(m), "≤ 1 s (1,500 groups)".into(), format!("{:.2}", m.as_secs_f64() * scale)));
    }
}

fn main() {
    if let Ok(path) = std::env::var("SAMUH_BENCH_VO") {
        // Only the roll-ups of an oversight book kept by SAMUH_BENCH_KEEP; printed.
        let ctx = Ctx::new(d("2026-11-20"), "2026-11-20T00:00:00", Lang::En);
        let vo = Store::open(std::path::Path::new(&path)).unwrap();
        let n = vo.read().fed_groups(vo.read().org_by_code("vo").unwrap().unwrap().id).unwrap().len();
        let mut rows = Vec::new();
        rollup_rows(&vo, &ctx, n, &mut rows);
        let out = tempfile::tempdir().unwrap();
        let t = Instant::now();
        app::export_parquet(&vo, &app::ParquetExportInput { org: "vo".into(), to: out.path().join("parquet").display().to_string() }).unwrap();
        rows.push((format!("Parquet export of the {n} groups"), format!("{:.1} s", t.elapsed().as_secs_f64()), "≤ 30 s (1,500 groups)".into(), format!("{:.2}", t.elapsed().as_secs_f64() * 1500.0 / n as f64 / 30.0)));
        for (what, m, target, ratio) in &rows {
            println!("| {what} | {m} | {target} | {ratio} |");
        }
        println!("| Peak memory of the roll-ups | {:.0} MiB | ≤ 1 GB | |", peak_rss_mib());
        return;
    }
    let today = d("2026-11-20");
    if std::env::var("SAMUH_BENCH_ONLY").as_deref() == Ok("welfare") {
        // Only the welfare club's death; prints the row and leaves BENCHMARKS.md as it is.
        let dir = tempfile::tempdir().unwrap();
        let mut rows = Vec::new();
        welfare_rows(dir.path(), &Ctx::new(today, "2026-11-20T00:00:00", Lang::Th), &mut rows);
        for (what, m, target, ratio) in &rows {
            println!("| {what} | {m} | {target} | {ratio} |");
        }
        return;
    }
    if std::env::var("SAMUH_BENCH_ONLY").as_deref() == Ok("vsla") {
        // Only the VSLA share-out; prints the rows and leaves BENCHMARKS.md as it is.
        let dir = tempfile::tempdir().unwrap();
        let mut rows = Vec::new();
        vsla_rows(dir.path(), &mut rows);
        for (what, m, target, ratio) in &rows {
            println!("| {what} | {m} | {target} | {ratio} |");
        }
        return;
    }
    if std::env::var("SAMUH_BENCH_ONLY").as_deref() == Ok("self-check") {
        // Only the open self-check; prints the rows and leaves BENCHMARKS.md as it is.
        let dir = tempfile::tempdir().unwrap();
        let mut rows = Vec::new();
        self_check_rows(dir.path(), today, &mut rows);
        for (what, m, target, ratio) in &rows {
            println!("| {what} | {m} | {target} | {ratio} |");
        }
        return;
    }
    // SAMUH_BENCH_ONLY=print: only the passbook PDF and the audit workbook, on a small district
    // (the same 5-year groups); prints the rows and leaves BENCHMARKS.md as it is.
    let only_print = std::env::var("SAMUH_BENCH_ONLY").as_deref() == Ok("print");
    let only_federation = std::env::var("SAMUH_BENCH_ONLY").as_deref() == Ok("federation");
    let groups: usize = std::env::var("SAMUH_BENCH_GROUPS").ok().and_then(|v| v.parse().ok()).unwrap_or(if only_print { 3 } else { 1500 });
    let ctx = Ctx::new(today, "2026-11-20T00:00:00", Lang::En);
    let dir = tempfile::tempdir().unwrap();
    let mut rows: Vec<(String, String, String, String)> = Vec::new();

    // 1. Recording a 20-member meeting (savings and fines for all, four repayments, one loan).
    if !only_print && !only_federation {
    let mut s = group(dir.path(), 20, &ctx);
    let mut times = Vec::new();
    for week in 0..200i64 {
        let date = d("2020-01-12") + chrono::Duration::days(7 * week);
        let mut m = MeetingInput { org: "g".into(), date: date.to_string(), ..Default::default() };
        for i in 1..=20 {
            let mut r = MeetingMemberRow { member: i.to_string(), attendance: if (i + week as usize) % 9 == 0 { "absent".into() } else { "present".into() }, savings: Some("50".into()), ..Default::default() };
            // Members 1–4 repay 60 a week for 16 weeks of each 40-week loan cycle (less than they owe).
            if i <= 4 && (5..=20).contains(&(week % 40)) {
                // Pay up to 60 on the loan a repayment goes to (the oldest running one), never more than it owes.
                let owed = oldest_loan_owed(&s, i, date);
                if owed.is_positive() {
                    r.repayment = Some(owed.min(Money::units(60)).to_plain());
                }
            }
            m.members.push(r);
        }
        if week % 40 == 0 {
            for i in 1..=4 {
                m.loans.push(app::LoanInput { member: i.to_string(), amount: "1000".into(), frequency: Some("weekly".into()), instalments: Some("20".into()), ..Default::default() });
            }
        }
        let t = Instant::now();
        app::meeting_record(&mut s, &ctx, &m).unwrap();
        times.push(t.elapsed());
    }
    let meeting = median(times);
    rows.push(("Record a 20-member meeting (median of 200, synchronous=FULL)".into(), ms(meeting), "≤ 1 ms".into(), format!("{:.2}", meeting.as_secs_f64() / 0.001)));
    // Issue 15: the receipts of the last of those meetings (20 payers, each a saving), on a 58 mm
    // thermal roll, the Hindi names drawn as shapes so the printer needs no font.
    let last = d("2020-01-12") + chrono::Duration::days(7 * 199);
    let ri = app::followup::ReceiptsInput { org: "g".into(), meeting: Some(last.to_string()), paper: Some("58mm".into()), ..Default::default() };
    let mut times = Vec::new();
    let mut size = 0;
    for _ in 0..10 {
        let t = Instant::now();
        let pdf = app::followup::receipts_document(&s, &ctx, &ri).unwrap();
        times.push(t.elapsed());
        size = pdf.len();
    }
    let rc = median(times);
    rows.push((format!("Print the 20 receipts of a meeting, 58 mm roll, letters as shapes (median of 10; {} KiB)", size / 1024), ms(rc), "≤ 300 ms".into(), format!("{:.2}", rc.as_secs_f64() / 0.3)));
    drop(s);
    // SAMUH_BENCH_ONLY=meeting: only these rows, printed; BENCHMARKS.md is left as it is.
    if std::env::var("SAMUH_BENCH_ONLY").as_deref() == Ok("meeting") {
        for (what, m, target, ratio) in &rows {
            println!("| {what} | {m} | {target} | {ratio} |");
        }
        return;
    }
    welfare_rows(dir.path(), &ctx, &mut rows);
    }

    // Issue 14: the year's end. SAMUH_BENCH_ONLY=yearend: only these rows, printed.
    if !only_federation {
        let dir = tempfile::tempdir().unwrap();
        let mut ye = Vec::new();
        year_end_rows(dir.path(), &mut ye);
        if std::env::var("SAMUH_BENCH_ONLY").as_deref() == Ok("yearend") {
            for (what, m, target, ratio) in &ye {
                println!("| {what} | {m} | {target} | {ratio} |");
            }
            return;
        }
        rows.extend(ye);
    }

    // 2–4. The district book: many groups, weekly meetings for five years.
    let path = dir.path().join("district.samuh");
    let mut s = Store::open_or_create(&path).unwrap();
    let t = Instant::now();
    samuh::demo::district_create(&mut s, groups, 15, 5, today).unwrap();
    let build = t.elapsed();
    let vouchers: i64 = s.read().orgs().unwrap().iter().map(|o| s.read().voucher_count(o.id).unwrap()).sum();
    rows.push((format!("Build a district book ({groups} groups × 15 members × 5 years weekly; {vouchers} vouchers)"), format!("{:.1} s", build.as_secs_f64()), "≤ 120 s (1,500 groups)".into(), format!("{:.2}", build.as_secs_f64() * (1500.0 / groups as f64) / 120.0)));

    let org = s.read().orgs().unwrap()[0].code.clone();
    let params = app::ReportParams { org: org.clone(), name: "trial-balance".into(), member: None, from: None, to: Some(today.to_string()), sort: None };
    let mut times = Vec::new();
    for _ in 0..30 {
        let t = Instant::now();
        let r = app::report(&s, &ctx, &params).unwrap();
        std::hint::black_box(r);
        times.push(t.elapsed());
    }
    let tb = median(times);
    rows.push(("One group's trial balance over 5 years (median of 30)".into(), ms(tb), "≤ 20 ms".into(), format!("{:.2}", tb.as_secs_f64() / 0.020)));

    let mut times = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let b = s.read().balances(None, Some(today)).unwrap();
        std::hint::black_box(b);
        times.push(t.elapsed());
    }
    let dtb = median(times);
    rows.push((format!("All-groups trial balance of the district book (median of 5, {groups} groups)"), ms(dtb), "≤ 2 s".into(), format!("{:.2}", dtb.as_secs_f64() / 2.0)));

    // Issue 16: bundles, import, roll-ups and Parquet over the district's groups.
    // SAMUH_BENCH_ONLY=federation: only these rows (with SAMUH_BENCH_GROUPS), printed.
    if !only_print {
        let mut fed = Vec::new();
        federation_rows(dir.path(), &mut s, &ctx, &mut fed);
        if std::env::var("SAMUH_BENCH_ONLY").as_deref() == Ok("federation") {
            for (what, m, target, ratio) in &fed {
                println!("| {what} | {m} | {target} | {ratio} |");
            }
            return;
        }
        rows.extend(fed);
    }

    // 5–6. Printing: one member's passbook PDF (5 years of weekly entries) and the full audit
    // workbook of one 5-year group.
    let first = s.read().orgs().unwrap()[0].clone();
    let member = s.read().members(first.id).unwrap()[0].admission_no.clone();
    let pp = app::PassbookPrint { org: org.clone(), member: Some(member), locale: samuh::i18n::Locale::new(Lang::Hi), page: samuh::render::PageSize::A4, mode: app::PassbookMode::All };
    let mut times = Vec::new();
    let mut pages_bytes = 0;
    for _ in 0..15 {
        let t = Instant::now();
        let pdf = app::passbook_pdf(&mut s, &ctx, &pp).unwrap();
        times.push(t.elapsed());
        pages_bytes = pdf.len();
    }
    let pb = median(times);
    rows.push((format!("Passbook PDF of one member, 5 years weekly, Hindi, A4 (median of 15; {} KiB)", pages_bytes / 1024), ms(pb), "≤ 50 ms".into(), format!("{:.2}", pb.as_secs_f64() / 0.050)));

    // The default period (the fiscal year to date) of a book holding 5 years.
    let ap = app::AuditParams { org: org.clone(), from: None, to: None, locale: samuh::i18n::Locale::new(Lang::Hi), prepared_by: "bench".into() };
    let mut times = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let x = app::audit_export(&s, &ctx, &ap).unwrap().xlsx().unwrap();
        std::hint::black_box(x);
        times.push(t.elapsed());
    }
    let au = median(times);
    let sheets = app::audit_export(&s, &ctx, &ap).unwrap().reports.len();
    rows.push((format!("Full audit workbook (XLSX, {sheets} sheets, fiscal year to date) of a group with 5 years of books (median of 5)"), ms(au), "≤ 500 ms".into(), format!("{:.2}", au.as_secs_f64() / 0.500)));
    if only_print {
        for (what, m, target, ratio) in rows.iter().filter(|r| r.0.starts_with("Passbook") || r.0.starts_with("Full audit")) {
            println!("| {what} | {m} | {target} | {ratio} |");
        }
        return;
    }

    // Opening a book runs a quick self-check (hash chain from the checkpoint, trial balance):
    // the first opening of the district book re-hashes every voucher and records checkpoints,
    // later openings start from them.
    let t = Instant::now();
    let first = app::open_self_check(&s).unwrap();
    let first_t = t.elapsed();
    assert!(first.ok());
    app::record_checkpoints(&mut s, &first, "2026-11-20T00:00:00").unwrap();
    let mut times = Vec::new();
    for _ in 0..3 {
        let t = Instant::now();
        let c = app::open_self_check(&s).unwrap();
        assert!(c.ok());
        times.push(t.elapsed());
    }
    let sc = median(times);
    let per100k = |d: Duration| format!("{:.2}", d.as_secs_f64() / (vouchers as f64 / 100_000.0));
    rows.push((format!("Open self-check of the district book, first opening (no checkpoint; {vouchers} vouchers)"), ms(first_t), "≤ 1 s per 100,000 vouchers".into(), per100k(first_t)));
    rows.push((format!("Open self-check of the district book from its checkpoints ({vouchers} vouchers; median of 3)"), ms(sc), "≤ 1 s per 100,000 vouchers".into(), per100k(sc)));
    drop(s);
    self_check_rows(dir.path(), today, &mut rows);
    vsla_rows(dir.path(), &mut rows);

    let mut out = String::from("# Benchmarks\n\nMeasured by `cargo bench --bench book` on this project's machine (2 cores, Debian 12), release build, book files on local disk with WAL and `synchronous=FULL`. Figures are medians; *ratio* is measured ÷ target (below 1 meets the target). Rewritten by each run.\n\n| what | measured | target | ratio |\n|---|---|---|---|\n");
    for (what, m, target, ratio) in &rows {
        out.push_str(&format!("| {what} | {m} | {target} | {ratio} |\n"));
    }
    println!("{out}");
    std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/BENCHMARKS.md"), out).unwrap();
}
