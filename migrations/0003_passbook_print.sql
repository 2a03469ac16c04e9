-- 0003: passbook print runs. A bookkeeper feeds the same paper passbook again and the app prints
-- only the entries not yet printed, at the next free line of the page; so each printing is
-- remembered. Append-only: a reprint is a new run, never an edit. Positions are 1-based; the
-- line is the last line printed on that page, with the page's line count at the time.

CREATE TABLE passbook_print (
    id                INTEGER PRIMARY KEY,
    org_id            INTEGER NOT NULL REFERENCES organisation(id),
    member_id         INTEGER NOT NULL REFERENCES member(id),
    first_voucher_id  INTEGER NOT NULL REFERENCES voucher(id),
    last_voucher_id   INTEGER NOT NULL REFERENCES voucher(id),
    page              INTEGER NOT NULL CHECK (page >= 1),
    line              INTEGER NOT NULL CHECK (line >= 1),
    lines_per_page    INTEGER NOT NULL CHECK (lines_per_page >= 1),
    paper             TEXT NOT NULL,
    printed_at        TEXT NOT NULL
) STRICT;

CREATE INDEX passbook_print_member ON passbook_print(member_id, id);

CREATE TRIGGER passbook_print_no_update BEFORE UPDATE ON passbook_print BEGIN SELECT RAISE(ABORT, 'samuh: passbook print runs are append-only'); END;
CREATE TRIGGER passbook_print_no_delete BEFORE DELETE ON passbook_print BEGIN SELECT RAISE(ABORT, 'samuh: passbook print runs are append-only'); END;
