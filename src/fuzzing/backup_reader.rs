//! The backup reader: what `restore_preview` does with a file someone picks as a backup, given
//! arbitrary bytes. Opened in memory (`Store::open_image`, the same checks as opening the file
//! read-only), self-checked and compared with the current book. It must answer a renderable
//! `Error` or a preview of a backup that passed its self-check, never panic, and never change the
//! current book.

use super::{assert_renders, fuzz_book};
use crate::app::{self, BookSummary};
use crate::store::Store;
use std::cell::RefCell;

struct Current {
    store: Store,
    before: Vec<BookSummary>,
    /// The current book's bytes: reading a backup must leave every one of them as it was.
    image: Vec<u8>,
}

thread_local! {
    static CURRENT: RefCell<Option<Current>> = const { RefCell::new(None) };
}

pub(super) fn run(data: &[u8]) {
    CURRENT.with(|cell| {
        let mut slot = cell.borrow_mut();
        let cur = slot.get_or_insert_with(|| {
            // The fuzz book reopened from its bytes: SQLite then holds it in one buffer, which the
            // check after every input compares without copying it.
            let (mut built, _) = fuzz_book();
            let mut store = Store::open_in_memory_image(&built.image().expect("the fuzz book's bytes")).expect("the fuzz book reopens");
            let before = app::book_summary(&store).expect("summary of the fuzz book");
            let image = store.image().expect("the fuzz book's bytes");
            Current { store, before, image }
        });
        match Store::open_image(data).map_err(crate::error::Error::from).and_then(|copy| app::restore_preview_of(&cur.store, &copy, "backup.samuh")) {
            Ok(diff) => {
                assert!(diff.backup_check.ok(), "a preview of a backup that fails its check");
                assert_eq!(diff.current, cur.before, "the preview misreads the current book");
                assert_eq!(diff.same, diff.current == diff.backup);
            }
            Err(e) => assert_renders(&e),
        }
        // Byte for byte: stricter than comparing its totals again, and a fraction of the cost.
        assert!(cur.store.image_is(&cur.image).expect("the current book's bytes"), "reading a backup changed the current book");
    });
}
