//! Fuzz harnesses: the real logic of every `cargo fuzz` target in `fuzz/`, kept in the library so
//! that a plain `cargo test` replays the committed corpora and regressions through the very same
//! code (`tests/fuzz_corpus.rs`). Each harness checks properties, not just "no panic": a parsed
//! amount formatted in every locale reads back as the same amount, a refusal is an `Error` whose
//! message renders in all four languages, a meeting that validates keeps the ledger balanced and
//! a refused one changes nothing, a backup never changes the current book.
//!
//! Adding a target is one line in `targets!` below (variant, name, module) and its module file,
//! plus the three-line `fuzz/fuzz_targets/<name>.rs` that calls `run`.
//!
//! Not part of the product's interface (hidden from the docs); a property that fails panics.

use crate::app::{self, Ctx};
use crate::error::Error;
use crate::i18n::{Calendar, Digits, Lang, Locale, Localizer};
use crate::store::Store;
use chrono::NaiveDate;
use std::sync::OnceLock;

macro_rules! targets {
    ($($variant:ident => $name:literal, $module:ident;)*) => {
        $(mod $module;)*

        /// A fuzz target: one kind of input the product reads from outside.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Target {
            $($variant),*
        }

        impl Target {
            pub const ALL: &'static [Target] = &[$(Target::$variant),*];

            /// The name of its `cargo fuzz` target and of its folders under `fuzz/corpus/` and
            /// `fuzz/regressions/`.
            pub fn name(self) -> &'static str {
                match self {
                    $(Target::$variant => $name),*
                }
            }

            fn harness(self) -> fn(&[u8]) {
                match self {
                    $(Target::$variant => $module::run),*
                }
            }
        }
    };
}

targets! {
    Amount => "amount", amount;
    Date => "date", date;
    MeetingFile => "meeting_file", meeting_file;
    BackupReader => "backup_reader", backup_reader;
    MemberCsv => "member_csv", member_csv;
}

impl Target {
    pub fn from_name(name: &str) -> Option<Target> {
        Target::ALL.iter().copied().find(|t| t.name() == name)
    }
}

/// Runs one input through a target's harness; panics when a property does not hold.
pub fn run(target: Target, data: &[u8]) {
    (target.harness())(data)
}

/// Every display locale: four languages, Latin and native digits, each language's calendars.
fn localizers() -> &'static [Localizer] {
    static ALL: OnceLock<Vec<Localizer>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut out = Vec::new();
        for &lang in Lang::ALL {
            for digits in [Digits::Latin, Digits::Native] {
                for calendar in [Calendar::Gregorian, Calendar::Buddhist, Calendar::Bangabda] {
                    out.push(Localizer::new(Locale::new(lang).with_digits(digits).with_calendar(calendar)));
                }
            }
        }
        out
    })
}

/// One localizer per language and digit system (Gregorian): numbers, amounts and counts are
/// written the same in every calendar, so their round trips need only these eight of the 24.
fn number_localizers() -> impl Iterator<Item = &'static Localizer> {
    localizers().iter().filter(|l| l.locale().calendar == Calendar::Gregorian)
}

/// One localizer per language, default digits and calendar: for rendering errors.
fn by_language() -> &'static [Localizer] {
    static ALL: OnceLock<Vec<Localizer>> = OnceLock::new();
    ALL.get_or_init(|| Lang::ALL.iter().map(|&l| Localizer::new(Locale::new(l))).collect())
}

/// A refusal must be something a treasurer can read: its message exists and formats cleanly in
/// every language.
fn assert_renders(e: &Error) {
    for l in by_language() {
        match l.try_msg(e.code(), &e.args()) {
            Ok(text) => assert!(!text.trim().is_empty(), "{:?}: empty message for {e:?}", l.locale().lang),
            Err(m) => panic!("{:?}: {e:?} does not render: {m}", l.locale().lang),
        }
    }
}

/// The day the fuzz book is looked at.
const TODAY: &str = "2025-09-30";

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a fixed date")
}

/// A small in-memory book shared by the book targets: a weekly SHG (INR) formed 2025-01-05
/// with six members, by-laws (₹50 saving, 2 %/month flat, cap ₹10,000 or 3× savings, one
/// guarantor), opening balances at 2025-04-01, and one meeting (2025-04-06, client id
/// "fuzz-meeting-1") that disburses a loan to member 1, so repayments and replays have
/// something to act on. Small on purpose: every execution reads it.
pub fn fuzz_book() -> (Store, Ctx) {
    let mut store = Store::open_in_memory().expect("an in-memory book");
    let ctx = Ctx::new(day(TODAY), &format!("{TODAY}T10:00:00"), Lang::En);
    build(&mut store, &ctx).expect("the fuzz book builds");
    (store, ctx)
}

fn build(store: &mut Store, ctx: &Ctx) -> crate::Result<()> {
    let s = |v: &str| Some(v.to_string());
    crate::testkit::shg(store, ctx, &crate::testkit::MEMBERS, "1000")?;
    let row = |m: &str, a: &str| app::MeetingMemberRow { member: m.into(), attendance: a.into(), savings: s("50"), ..Default::default() };
    app::meeting_record(store, ctx, &app::MeetingInput {
        org: "shg".into(),
        date: "2025-04-06".into(),
        client_id: s("fuzz-meeting-1"),
        members: vec![row("1", "present"), row("2", "present"), row("3", "late"), row("4", "absent")],
        loans: vec![app::LoanInput {
            member: "1".into(),
            amount: "1000".into(),
            purpose: "बकरी पालन".into(),
            guarantors: vec!["2".into()],
            ..Default::default()
        }],
        ..Default::default()
    })?;
    Ok(())
}
