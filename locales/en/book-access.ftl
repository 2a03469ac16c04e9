# Samuh — reaching the book: a missing or empty book file, a damaged one, one on read-only
# media, and a client id reused for another record (English, the source locale).

error-book-missing = There is no book file at { $path }. Check the folder and the file name (the --db option or SAMUH_DB on the command line). To start a new book, create it first: “samuh init” on the command line, or “New book…” in the app.
error-book-empty = The book file { $path } is empty (0 bytes): it holds no book. If it should be your book, a copy or a save did not finish: restore your latest backup. To start a new book, create it with “samuh init” or “New book…” in the app.
error-book-read-only = The book { $path } is on a medium that cannot be written (a write-protected pen drive, a CD, a read-only folder or share). It can be read, checked, reported and printed, but nothing can be saved there. Copy the book to the computer first and open the copy to record.
error-book-read-only-older = The book { $path } was saved by an earlier version of Samuh and is on a medium that cannot be written, so it cannot be brought up to date to be read here. Copy the book to the computer first and open the copy.
error-client-id-reused = The id { $client_id } was already used for a different record, so this one was not saved. Nothing was changed. If this is a new record, give it a new id (or leave the id out); if it is a retry, send exactly what was sent the first time.
error-book-damaged = The book file is damaged: part of it can no longer be read. Nothing was changed. Run “samuh check” to see the damage, and restore your latest backup.
check-pages = The book file can be read through
finding-pages-damaged = The book file is damaged: part of it can no longer be read (damaged places found: { $count }). Restore your latest backup, and keep this file for whoever helps you.
cli-internal-error = Samuh stopped on an internal error ({ $detail }). Run “samuh check” and look whether your last entry is there before entering it again, and tell whoever supports you what you were doing.
