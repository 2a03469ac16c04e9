-- 0004: the people who use the book, their PINs, and who did and who approved what; and the
-- minimal personal data of members. A book with no person enrolled stays single-user (every
-- write allowed, as before). Once someone is enrolled, every write names its actor and PIN, and a
-- reversal, a by-law change and a loan above the approval threshold also need a second person.
-- PINs are kept only as salted Argon2id hashes (PHC strings), never in clear.

-- A person who keeps or checks the book. org_id NULL: every organisation in the book (a field
-- officer or a federation bookkeeper); otherwise only that organisation. Append-only: a person
-- is never renamed or removed, so the audit trail always names who acted.
CREATE TABLE person (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 80),
    role        TEXT NOT NULL CHECK (role IN ('treasurer','bookkeeper','president','field-officer')),
    org_id      INTEGER REFERENCES organisation(id),
    enrolled_by INTEGER REFERENCES person(id),
    enrolled_at TEXT NOT NULL
) STRICT;

-- Every PIN a person has had, newest last: a PIN change appends a row (append-only).
CREATE TABLE person_pin (
    id        INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person(id),
    pin_hash  TEXT NOT NULL CHECK (pin_hash LIKE '$argon2id$%'),
    set_at    TEXT NOT NULL
) STRICT;
CREATE INDEX person_pin_person ON person_pin(person_id, id);

-- Failed PIN attempts since the last good one; after five, the PIN is refused for a while. The
-- one table here that changes in place, and the only thing a refused PIN leaves behind.
CREATE TABLE pin_attempt (
    person_id      INTEGER PRIMARY KEY REFERENCES person(id),
    failures       INTEGER NOT NULL CHECK (failures >= 0),
    last_failed_at TEXT NOT NULL
) STRICT;

-- Who did what, and who approved it. One row per write by an enrolled person; `what` names the
-- voucher, the loan or the by-law version it concerns (any may be NULL). Append-only.
CREATE TABLE act (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER REFERENCES organisation(id),
    action      TEXT NOT NULL,
    on_date     TEXT NOT NULL CHECK (date(on_date) IS on_date),
    voucher_id  INTEGER REFERENCES voucher(id),
    loan_id     INTEGER REFERENCES loan(id),
    policy_id   INTEGER REFERENCES policy(id),
    member_id   INTEGER REFERENCES member(id),
    done_by     INTEGER NOT NULL REFERENCES person(id),
    approved_by INTEGER REFERENCES person(id),
    recorded_at TEXT NOT NULL,
    CHECK (approved_by IS NULL OR approved_by <> done_by)
) STRICT;
CREATE INDEX act_org ON act(org_id, on_date);

-- Minimal personal data of members, outside the hash-chained journal: a phone number, the last
-- four digits of an identity number (Aadhaar, Thai national ID, Bangladesh NID; never more), and
-- when the member was erased (name replaced by a neutral label, phone and id cleared).
ALTER TABLE member ADD COLUMN phone TEXT;
ALTER TABLE member ADD COLUMN id_last4 TEXT CHECK (id_last4 IS NULL OR (length(id_last4) = 4 AND id_last4 GLOB '[0-9][0-9][0-9][0-9]'));
ALTER TABLE member ADD COLUMN erased_at TEXT;

CREATE TRIGGER person_no_update BEFORE UPDATE ON person BEGIN SELECT RAISE(ABORT, 'samuh: people are append-only'); END;
CREATE TRIGGER person_no_delete BEFORE DELETE ON person BEGIN SELECT RAISE(ABORT, 'samuh: people are append-only'); END;
CREATE TRIGGER person_pin_no_update BEFORE UPDATE ON person_pin BEGIN SELECT RAISE(ABORT, 'samuh: PIN history is append-only'); END;
CREATE TRIGGER person_pin_no_delete BEFORE DELETE ON person_pin BEGIN SELECT RAISE(ABORT, 'samuh: PIN history is append-only'); END;
CREATE TRIGGER act_no_update BEFORE UPDATE ON act BEGIN SELECT RAISE(ABORT, 'samuh: the record of who did what is append-only'); END;
CREATE TRIGGER act_no_delete BEFORE DELETE ON act BEGIN SELECT RAISE(ABORT, 'samuh: the record of who did what is append-only'); END;
