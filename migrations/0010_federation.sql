-- 0010 (issue 16): federation without a server. A group's book signs the bundles it writes
-- with an ed25519 key of its own (bundle_key, created on first use; kept in the book, so
-- encrypted with it when the book is encrypted) and notes each bundle written (bundle_written).
-- An oversight book (a village organisation) keeps a register of its groups with the key each
-- signs with (fed_group), every bundle it imported (fed_bundle, with the group's records as the
-- bundle carried them), the group's vouchers and postings as the group hashed them (fed_voucher,
-- fed_posting: their own hash chain, keyed by the position in the group's chain), and the alarms
-- raised by bundles that rewrote history (fed_alarm). Everything here is append-only; keys,
-- bundles written, groups, imports and alarms join the records chain. Imported groups are
-- read-only: nothing in Samuh writes to an imported group except the next bundle.

CREATE TABLE bundle_key (
    id         INTEGER PRIMARY KEY,
    org_id     INTEGER NOT NULL UNIQUE REFERENCES organisation(id),
    public_key TEXT NOT NULL CHECK (length(public_key) = 64),
    secret_key TEXT NOT NULL CHECK (length(secret_key) = 64),
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE bundle_written (
    id             INTEGER PRIMARY KEY,
    org_id         INTEGER NOT NULL REFERENCES organisation(id),
    seq            INTEGER NOT NULL CHECK (seq >= 1),
    scope          TEXT NOT NULL CHECK (scope IN ('all','since')),
    base_count     INTEGER NOT NULL CHECK (base_count >= 0),
    head_count     INTEGER NOT NULL CHECK (head_count >= base_count),
    head_hash      TEXT NOT NULL,
    book_code      TEXT NOT NULL,
    names          INTEGER NOT NULL CHECK (names IN (0,1)),
    payload_sha256 TEXT NOT NULL,
    written_on     TEXT NOT NULL CHECK (date(written_on) IS written_on),
    written_at     TEXT NOT NULL,
    UNIQUE (org_id, seq)
) STRICT;

CREATE TABLE fed_group (
    id            INTEGER PRIMARY KEY,
    overseer_id   INTEGER NOT NULL REFERENCES organisation(id),
    code          TEXT NOT NULL,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    country       TEXT NOT NULL,
    currency      TEXT NOT NULL,
    place         TEXT NOT NULL,
    formed_on     TEXT NOT NULL,
    meeting_frequency TEXT NOT NULL,
    public_key    TEXT NOT NULL CHECK (length(public_key) = 64),
    fingerprint   TEXT NOT NULL,
    registered_at TEXT NOT NULL,
    UNIQUE (overseer_id, code)
) STRICT;

CREATE TABLE fed_bundle (
    id             INTEGER PRIMARY KEY,
    group_id       INTEGER NOT NULL REFERENCES fed_group(id),
    seq            INTEGER NOT NULL,
    scope          TEXT NOT NULL CHECK (scope IN ('all','since')),
    base_count     INTEGER NOT NULL,
    head_count     INTEGER NOT NULL,
    head_hash      TEXT NOT NULL,
    records_count  INTEGER NOT NULL,
    records_head   TEXT NOT NULL,
    book_code      TEXT NOT NULL,
    as_of          TEXT NOT NULL CHECK (date(as_of) IS as_of),
    written_on     TEXT NOT NULL CHECK (date(written_on) IS written_on),
    payload_sha256 TEXT NOT NULL,
    -- The group's records as the bundle carried them (members, loans, meetings, accounts): JSON.
    records        TEXT NOT NULL,
    imported_at    TEXT NOT NULL,
    UNIQUE (group_id, payload_sha256)
) STRICT;
CREATE INDEX fed_bundle_group ON fed_bundle(group_id, head_count);

CREATE TABLE fed_voucher (
    group_id    INTEGER NOT NULL REFERENCES fed_group(id),
    position    INTEGER NOT NULL CHECK (position >= 1),
    bundle_id   INTEGER NOT NULL REFERENCES fed_bundle(id),
    src_id      INTEGER NOT NULL,
    org_id      INTEGER NOT NULL,
    fiscal_year INTEGER NOT NULL,
    number      INTEGER NOT NULL,
    date        TEXT NOT NULL CHECK (date(date) IS date),
    kind        TEXT NOT NULL,
    narration   TEXT NOT NULL,
    meeting_id  INTEGER,
    reverses_id INTEGER,
    client_id   TEXT,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL,
    PRIMARY KEY (group_id, position)
) STRICT;

CREATE TABLE fed_posting (
    group_id     INTEGER NOT NULL REFERENCES fed_group(id),
    position     INTEGER NOT NULL,
    line_no      INTEGER NOT NULL CHECK (line_no >= 1),
    account      TEXT NOT NULL,
    member_id    INTEGER,
    loan_id      INTEGER,
    amount_minor INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    note         TEXT NOT NULL,
    PRIMARY KEY (group_id, position, line_no)
) STRICT;
CREATE INDEX fed_posting_loan ON fed_posting(group_id, loan_id) WHERE loan_id IS NOT NULL;

CREATE TABLE fed_alarm (
    id             INTEGER PRIMARY KEY,
    group_id       INTEGER NOT NULL REFERENCES fed_group(id),
    payload_sha256 TEXT NOT NULL,
    -- One line per differing position: "position|imported hash|sent hash".
    differences    TEXT NOT NULL,
    raised_at      TEXT NOT NULL
) STRICT;

CREATE TRIGGER bundle_key_no_update BEFORE UPDATE ON bundle_key BEGIN SELECT RAISE(ABORT, 'samuh: bundle keys are append-only'); END;
CREATE TRIGGER bundle_key_no_delete BEFORE DELETE ON bundle_key BEGIN SELECT RAISE(ABORT, 'samuh: bundle keys are append-only'); END;
CREATE TRIGGER bundle_written_no_update BEFORE UPDATE ON bundle_written BEGIN SELECT RAISE(ABORT, 'samuh: bundles written are append-only'); END;
CREATE TRIGGER bundle_written_no_delete BEFORE DELETE ON bundle_written BEGIN SELECT RAISE(ABORT, 'samuh: bundles written are append-only'); END;
CREATE TRIGGER fed_group_no_update BEFORE UPDATE ON fed_group BEGIN SELECT RAISE(ABORT, 'samuh: the register of groups is append-only'); END;
CREATE TRIGGER fed_group_no_delete BEFORE DELETE ON fed_group BEGIN SELECT RAISE(ABORT, 'samuh: the register of groups is append-only'); END;
CREATE TRIGGER fed_bundle_no_update BEFORE UPDATE ON fed_bundle BEGIN SELECT RAISE(ABORT, 'samuh: imported bundles are append-only'); END;
CREATE TRIGGER fed_bundle_no_delete BEFORE DELETE ON fed_bundle BEGIN SELECT RAISE(ABORT, 'samuh: imported bundles are append-only'); END;
CREATE TRIGGER fed_voucher_no_update BEFORE UPDATE ON fed_voucher BEGIN SELECT RAISE(ABORT, 'samuh: imported vouchers are append-only'); END;
CREATE TRIGGER fed_voucher_no_delete BEFORE DELETE ON fed_voucher BEGIN SELECT RAISE(ABORT, 'samuh: imported vouchers are append-only'); END;
CREATE TRIGGER fed_posting_no_update BEFORE UPDATE ON fed_posting BEGIN SELECT RAISE(ABORT, 'samuh: imported postings are append-only'); END;
CREATE TRIGGER fed_posting_no_delete BEFORE DELETE ON fed_posting BEGIN SELECT RAISE(ABORT, 'samuh: imported postings are append-only'); END;
CREATE TRIGGER fed_alarm_no_update BEFORE UPDATE ON fed_alarm BEGIN SELECT RAISE(ABORT, 'samuh: alarms are append-only'); END;
CREATE TRIGGER fed_alarm_no_delete BEFORE DELETE ON fed_alarm BEGIN SELECT RAISE(ABORT, 'samuh: alarms are append-only'); END;
