-- 0008: more facts a figure rests on join the chain of the book's records (issue 13): the
-- cut-off date of each organisation's opening balances (the `book` row 'opening:<org>', which
-- bars entries dated before it), the passbook print runs (where the next printing continues on
-- the paper) and the retry log (a client id bound to its command, its content's digest and its
-- answer). Each is hashed into record_hash when saved; a book crossing this migration has those
-- already there hashed once as they stand (origin 'upgrade', done in Rust).
--
-- The retry log gets an integer key the chain can name (its rowid alone could be renumbered by
-- VACUUM, which erasure runs), and becomes append-only like the other recorded facts; so does an
-- opening cut-off once set.
-- (A book made to look older by a test keeps its triggers: they are made anew here.)
DROP TRIGGER IF EXISTS opening_cutoff_no_update;
DROP TRIGGER IF EXISTS opening_cutoff_no_delete;
CREATE TABLE command_log_keyed (
    id          INTEGER PRIMARY KEY,
    client_id   TEXT NOT NULL UNIQUE,
    command     TEXT NOT NULL,
    result      TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    digest      TEXT
) STRICT;
INSERT INTO command_log_keyed(client_id, command, result, recorded_at, digest)
    SELECT client_id, command, result, recorded_at, digest FROM command_log ORDER BY rowid;
DROP TABLE command_log;
ALTER TABLE command_log_keyed RENAME TO command_log;

CREATE TRIGGER command_log_no_update BEFORE UPDATE ON command_log BEGIN SELECT RAISE(ABORT, 'samuh: the retry log is append-only'); END;
CREATE TRIGGER command_log_no_delete BEFORE DELETE ON command_log BEGIN SELECT RAISE(ABORT, 'samuh: the retry log is append-only'); END;
CREATE TRIGGER opening_cutoff_no_update BEFORE UPDATE ON book WHEN old.key LIKE 'opening:%' BEGIN SELECT RAISE(ABORT, 'samuh: an opening cut-off is append-only'); END;
CREATE TRIGGER opening_cutoff_no_delete BEFORE DELETE ON book WHEN old.key LIKE 'opening:%' BEGIN SELECT RAISE(ABORT, 'samuh: an opening cut-off is append-only'); END;
