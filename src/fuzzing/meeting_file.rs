//! The meeting file (`samuh meeting record --file`, docs/meeting-format.md): parsed as the CLI
//! parses it, then — when it parses — validated against the fuzz book by the very code that
//! saves (`meeting_in`) inside `Store::dry_run`. A save that validates must leave the ledger
//! balanced with one more voucher (none when it moves no money, or when it is a replay); a refusal must be a renderable `Error`; and
//! the book must be exactly as before either way.

use super::{assert_renders, fuzz_book};
use crate::app::{self, BookSummary, Ctx, MeetingInput};
use crate::error::Error;
use crate::i18n::{parse_date, Lang};
use crate::store::Store;
use std::cell::RefCell;

struct Book {
    store: Store,
    ctx: Ctx,
    before: Vec<BookSummary>,
}

thread_local! {
    static BOOK: RefCell<Option<Book>> = const { RefCell::new(None) };
}

pub(super) fn run(data: &[u8]) {
    // Read as the CLI reads it (a byte-order mark allowed); a file that is not a meeting is
    // refused with a line, a column and a reason code, never serde's English text.
    let input: MeetingInput = match app::parse_input_file(data, "meeting.json", app::InputFile::Meeting) {
        Ok(i) => i,
        Err(e) => {
            assert!(matches!(&e, Error::InputFileMalformed { kind, .. } if kind == "meeting"), "unexpected error {e:?}");
            return assert_renders(&e);
        }
    };
    BOOK.with(|cell| {
        let mut slot = cell.borrow_mut();
        let book = slot.get_or_insert_with(|| {
            let (store, ctx) = fuzz_book();
            let before = app::book_summary(&store).expect("summary of the fuzz book");
            Book { store, ctx, before }
        });
        // The language decides how dates read (Thai: Buddhist Era years): vary it by input.
        let lang = Lang::ALL[data.len() % Lang::ALL.len()];
        let ctx = Ctx { lang, ..book.ctx.clone() };
        check(book, &ctx, &input);
        assert_eq!(app::book_summary(&book.store).expect("summary"), book.before, "a dry run changed the book");
    });
}

fn check(book: &mut Book, ctx: &Ctx, input: &MeetingInput) {
    let on = match parse_date(&input.date, ctx.lang, "meeting-date") {
        Ok(d) => d,
        Err(e) => return assert_renders(&e),
    };
    let vouchers_before: i64 = book.before.iter().map(|s| s.vouchers).sum();
    let result = book.store.dry_run(|b| {
        let saved = app::meeting_in(b, ctx, input, on)?;
        let sums = b.trial_balance_sums()?;
        assert!(sums.iter().all(|(_, s)| *s == 0), "a saved meeting leaves the ledger unbalanced: {sums:?} for {input:?}");
        let mut vouchers = 0;
        for o in b.orgs()? {
            vouchers += b.voucher_count(o.id)?;
        }
        // A meeting that moves no money (attendance and minutes only) makes no voucher; a replay
        // adds nothing.
        let added = if saved.already_recorded || saved.voucher_id == 0 { 0 } else { 1 };
        assert_eq!(vouchers, vouchers_before + added, "a save adds at most one voucher: {input:?}");
        assert_eq!(saved.voucher_id == 0, saved.voucher.is_empty(), "a voucher number without a voucher: {saved:?}");
        Ok(saved)
    });
    if let Err(e) = result {
        assert_renders(&e);
    }
}
