-- 0007: the chain of the book's records. The journal's hash chain covers vouchers and postings;
-- the figures and signatures also rest on facts kept beside it: the organisation and its chart,
-- members' numbers and dates, by-law versions, meetings with their attendance and minutes,
-- loans with their terms and guarantors, reschedules, the people who keep the book, their PINs
-- and the record of who did and who approved what. Each is hashed canonically (a member's name,
-- nominee, phone and identity digits left out, so erasure leaves a book that verifies) and the
-- hash appended here, in the transaction that saves the record, chained over the whole book
-- (people and a federation bookkeeper's acts belong to no one organisation, yet every
-- organisation's book code covers them; org_id names the organisation, 0 for those). A member's
-- exit is a record of its own (kind 'exit'), hashed when they leave: no record is hashed twice. `samuh check` re-hashes every record and compares it with its latest hash here.
-- The first opening of an older book hashes its records as they stand (origin 'upgrade'; done
-- in Rust by the migration step, as SQLite has no SHA-256).
CREATE TABLE record_hash (
    id         INTEGER PRIMARY KEY,
    org_id     INTEGER NOT NULL,
    seq        INTEGER NOT NULL CHECK (seq >= 1),
    kind       TEXT NOT NULL,
    row_id     INTEGER NOT NULL,
    -- What the reader knows the record by (admission number, loan number, meeting date), as it
    -- was when hashed.
    label      TEXT NOT NULL,
    -- The book's latest voucher when the record was hashed (0: none yet): where the record
    -- stands among each organisation's vouchers, for book codes.
    voucher_id INTEGER NOT NULL,
    origin     TEXT NOT NULL CHECK (origin IN ('save','upgrade')),
    hash       TEXT NOT NULL,
    prev       TEXT NOT NULL,
    link       TEXT NOT NULL,
    UNIQUE (seq)
) STRICT;
CREATE INDEX record_hash_row ON record_hash(kind, row_id);

CREATE TRIGGER record_hash_no_update BEFORE UPDATE ON record_hash BEGIN SELECT RAISE(ABORT, 'samuh: record hashes are append-only'); END;
CREATE TRIGGER record_hash_no_delete BEFORE DELETE ON record_hash BEGIN SELECT RAISE(ABORT, 'samuh: record hashes are append-only'); END;
