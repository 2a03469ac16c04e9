-- 0019 (issue 15): the keys of the welfare clubs whose settlement slips a lending fund's book has
-- recorded. A slip is signed by its club; the signature proves it unchanged, and this register
-- proves who signed it: the first slip of a club registers its key (once the treasurer has
-- compared the fingerprint with the club's printed slip), and a later slip of that club signed
-- by another key is refused. Append-only; every row joins the records chain when it is saved.
-- IF NOT EXISTS: a book whose version number was set back runs this again over its table.
CREATE TABLE IF NOT EXISTS slip_key (
    id            INTEGER PRIMARY KEY,
    org_id        INTEGER NOT NULL REFERENCES organisation(id),
    club          TEXT NOT NULL,
    public_key    TEXT NOT NULL CHECK (length(public_key) = 64),
    fingerprint   TEXT NOT NULL,
    registered_at TEXT NOT NULL,
    UNIQUE (org_id, club)
) STRICT;

CREATE TRIGGER IF NOT EXISTS slip_key_no_update BEFORE UPDATE ON slip_key BEGIN SELECT RAISE(ABORT, 'samuh: registered slip keys are append-only'); END;
CREATE TRIGGER IF NOT EXISTS slip_key_no_delete BEFORE DELETE ON slip_key BEGIN SELECT RAISE(ABORT, 'samuh: registered slip keys are append-only'); END;
