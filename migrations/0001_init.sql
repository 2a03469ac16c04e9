-- 0001: the first book. Organisations, members, by-law versions, the chart of accounts, the
-- append-only hash-chained journal, meetings, loans and reschedules, and the command log that
-- makes every write idempotent. Money is INTEGER minor units (paise, poisha, satang); rates
-- are decimal TEXT; dates are ISO TEXT. No REAL column exists anywhere.

CREATE TABLE book (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE organisation (
    id                 INTEGER PRIMARY KEY,
    code               TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 40),
    name               TEXT NOT NULL CHECK (length(name) >= 1),
    kind               TEXT NOT NULL CHECK (kind IN ('shg','village-organisation','village-fund','savings-group','cooperative','welfare-club')),
    country            TEXT NOT NULL CHECK (country IN ('in','bd','th')),
    currency           TEXT NOT NULL CHECK (currency IN ('INR','BDT','THB')),
    lang               TEXT NOT NULL CHECK (lang IN ('en','hi','bn','th')),
    fiscal_start_month INTEGER NOT NULL CHECK (fiscal_start_month BETWEEN 1 AND 12),
    fiscal_start_day   INTEGER NOT NULL CHECK (fiscal_start_day BETWEEN 1 AND 28),
    meeting_frequency  TEXT NOT NULL CHECK (meeting_frequency IN ('weekly','fortnightly','monthly')),
    formed_on          TEXT NOT NULL CHECK (date(formed_on) IS formed_on),
    parent_id          INTEGER REFERENCES organisation(id),
    place              TEXT NOT NULL DEFAULT ''
) STRICT;

-- Names live here, outside the hash-chained journal, which refers to member ids only.
CREATE TABLE member (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES organisation(id),
    admission_no TEXT NOT NULL CHECK (length(admission_no) BETWEEN 1 AND 20),
    name         TEXT NOT NULL CHECK (length(name) >= 1),
    role         TEXT NOT NULL CHECK (role IN ('president','secretary','treasurer','member')),
    joined_on    TEXT NOT NULL CHECK (date(joined_on) IS joined_on),
    exited_on    TEXT CHECK (exited_on IS NULL OR date(exited_on) IS exited_on),
    nominee      TEXT,
    UNIQUE (org_id, admission_no)
) STRICT;

CREATE TABLE policy (
    id                          INTEGER PRIMARY KEY,
    org_id                      INTEGER NOT NULL REFERENCES organisation(id),
    effective_from              TEXT NOT NULL CHECK (date(effective_from) IS effective_from),
    saving_per_meeting_minor    INTEGER NOT NULL CHECK (saving_per_meeting_minor >= 0),
    interest_rate               TEXT NOT NULL,
    rate_period                 TEXT NOT NULL CHECK (rate_period IN ('month','year')),
    interest_method             TEXT NOT NULL CHECK (interest_method IN ('flat','reducing-equal-principal','reducing-emi','bullet')),
    repayment_frequency         TEXT NOT NULL CHECK (repayment_frequency IN ('weekly','fortnightly','monthly','annual')),
    default_instalments         INTEGER NOT NULL CHECK (default_instalments >= 1),
    fine_absent_minor           INTEGER NOT NULL CHECK (fine_absent_minor >= 0),
    fine_late_minor             INTEGER NOT NULL CHECK (fine_late_minor >= 0),
    fine_late_instalment_minor  INTEGER NOT NULL CHECK (fine_late_instalment_minor >= 0),
    loan_cap_minor              INTEGER CHECK (loan_cap_minor IS NULL OR loan_cap_minor > 0),
    loan_cap_savings_multiple   TEXT,
    guarantors_required         INTEGER NOT NULL CHECK (guarantors_required >= 0),
    rounding_unit_minor         INTEGER NOT NULL CHECK (rounding_unit_minor > 0),
    rounding_mode               TEXT NOT NULL CHECK (rounding_mode IN ('half-up','half-even','truncate')),
    allocation_order            TEXT NOT NULL,
    allow_prepayment            INTEGER NOT NULL CHECK (allow_prepayment IN (0,1)),
    approval_threshold_minor    INTEGER,
    recorded_at                 TEXT NOT NULL
) STRICT;
CREATE INDEX policy_org ON policy(org_id, effective_from);

CREATE TABLE account (
    id         INTEGER PRIMARY KEY,
    org_id     INTEGER NOT NULL REFERENCES organisation(id),
    code       TEXT NOT NULL,
    type       TEXT NOT NULL CHECK (type IN ('asset','liability','equity','income','expense')),
    sub_ledger TEXT NOT NULL CHECK (sub_ledger IN ('none','member','loan')),
    UNIQUE (org_id, code)
) STRICT;

CREATE TABLE meeting (
    id                 INTEGER PRIMARY KEY,
    org_id             INTEGER NOT NULL REFERENCES organisation(id),
    number             INTEGER NOT NULL CHECK (number >= 1),
    date               TEXT NOT NULL CHECK (date(date) IS date),
    place              TEXT NOT NULL DEFAULT '',
    cash_counted_minor INTEGER,
    cash_book_minor    INTEGER,
    client_id          TEXT UNIQUE,
    recorded_at        TEXT NOT NULL,
    UNIQUE (org_id, number)
) STRICT;
CREATE INDEX meeting_org_date ON meeting(org_id, date);

CREATE TABLE attendance (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    member_id  INTEGER NOT NULL REFERENCES member(id),
    status     TEXT NOT NULL CHECK (status IN ('present','late','absent-with-leave','absent')),
    PRIMARY KEY (meeting_id, member_id)
) STRICT;

CREATE TABLE minute (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    seq        INTEGER NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('agenda','resolution')),
    text       TEXT NOT NULL,
    PRIMARY KEY (meeting_id, seq)
) STRICT;

CREATE TABLE loan (
    id                  INTEGER PRIMARY KEY,
    org_id              INTEGER NOT NULL REFERENCES organisation(id),
    number              INTEGER NOT NULL CHECK (number >= 1),
    member_id           INTEGER NOT NULL REFERENCES member(id),
    fund                TEXT NOT NULL CHECK (fund IN ('own-savings','revolving-fund','community-investment-fund','bank-loan','village-fund-capital','welfare-fund')),
    principal_minor     INTEGER NOT NULL CHECK (principal_minor > 0),
    rate                TEXT NOT NULL,
    rate_period         TEXT NOT NULL CHECK (rate_period IN ('month','year')),
    method              TEXT NOT NULL CHECK (method IN ('flat','reducing-equal-principal','reducing-emi','bullet')),
    frequency           TEXT NOT NULL CHECK (frequency IN ('weekly','fortnightly','monthly','annual')),
    instalments         INTEGER NOT NULL CHECK (instalments >= 1),
    grace_periods       INTEGER NOT NULL CHECK (grace_periods >= 0),
    rounding_unit_minor INTEGER NOT NULL CHECK (rounding_unit_minor > 0),
    rounding_mode       TEXT NOT NULL CHECK (rounding_mode IN ('half-up','half-even','truncate')),
    disbursed_on        TEXT NOT NULL CHECK (date(disbursed_on) IS disbursed_on),
    purpose             TEXT NOT NULL DEFAULT '',
    policy_id           INTEGER REFERENCES policy(id),
    meeting_id          INTEGER REFERENCES meeting(id),
    -- 1 when the loan was running on the paper books and entered with the opening balances
    -- (principal_minor is then the outstanding principal at the cut-off date).
    is_opening          INTEGER NOT NULL DEFAULT 0 CHECK (is_opening IN (0,1)),
    UNIQUE (org_id, number)
) STRICT;
CREATE INDEX loan_member ON loan(member_id);

CREATE TABLE guarantor (
    loan_id   INTEGER NOT NULL REFERENCES loan(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    PRIMARY KEY (loan_id, member_id)
) STRICT;

-- A rescheduling agreement (debt acknowledgement with a new instalment plan) from a date on.
CREATE TABLE reschedule (
    id                  INTEGER PRIMARY KEY,
    loan_id             INTEGER NOT NULL REFERENCES loan(id),
    effective_from      TEXT NOT NULL CHECK (date(effective_from) IS effective_from),
    principal_minor     INTEGER NOT NULL CHECK (principal_minor > 0),
    rate                TEXT NOT NULL,
    rate_period         TEXT NOT NULL CHECK (rate_period IN ('month','year')),
    method              TEXT NOT NULL CHECK (method IN ('flat','reducing-equal-principal','reducing-emi','bullet')),
    frequency           TEXT NOT NULL CHECK (frequency IN ('weekly','fortnightly','monthly','annual')),
    instalments         INTEGER NOT NULL CHECK (instalments >= 1),
    grace_periods       INTEGER NOT NULL CHECK (grace_periods >= 0),
    rounding_unit_minor INTEGER NOT NULL CHECK (rounding_unit_minor > 0),
    rounding_mode       TEXT NOT NULL CHECK (rounding_mode IN ('half-up','half-even','truncate')),
    agreement           TEXT NOT NULL,
    client_id           TEXT UNIQUE,
    recorded_at         TEXT NOT NULL
) STRICT;

-- The journal. Vouchers are numbered without gaps per organisation and fiscal year, and each
-- carries the hash of its content chained to the organisation's previous voucher.
CREATE TABLE voucher (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisation(id),
    fiscal_year INTEGER NOT NULL,
    number      INTEGER NOT NULL CHECK (number >= 1),
    date        TEXT NOT NULL CHECK (date(date) IS date),
    kind        TEXT NOT NULL CHECK (kind IN ('opening','meeting','disbursement','repayment','receipt','payment','reversal')),
    narration   TEXT NOT NULL,
    meeting_id  INTEGER REFERENCES meeting(id),
    reverses_id INTEGER UNIQUE REFERENCES voucher(id),
    client_id   TEXT UNIQUE,
    recorded_at TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL UNIQUE,
    UNIQUE (org_id, fiscal_year, number),
    CHECK ((kind = 'reversal') = (reverses_id IS NOT NULL))
) STRICT;
CREATE INDEX voucher_org_date ON voucher(org_id, date);
CREATE INDEX voucher_meeting ON voucher(meeting_id);

CREATE TABLE posting (
    id           INTEGER PRIMARY KEY,
    voucher_id   INTEGER NOT NULL REFERENCES voucher(id),
    line_no      INTEGER NOT NULL CHECK (line_no >= 1),
    account_id   INTEGER NOT NULL REFERENCES account(id),
    member_id    INTEGER REFERENCES member(id),
    loan_id      INTEGER REFERENCES loan(id),
    amount_minor INTEGER NOT NULL CHECK (amount_minor <> 0),
    kind         TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    UNIQUE (voucher_id, line_no)
) STRICT;
CREATE INDEX posting_account ON posting(account_id);
CREATE INDEX posting_member ON posting(member_id) WHERE member_id IS NOT NULL;
CREATE INDEX posting_loan ON posting(loan_id) WHERE loan_id IS NOT NULL;

-- Every write command may carry a client-generated id; replaying it answers "already recorded".
CREATE TABLE command_log (
    client_id   TEXT PRIMARY KEY,
    command     TEXT NOT NULL,
    result      TEXT NOT NULL,
    recorded_at TEXT NOT NULL
) STRICT;

-- Append-only: the journal and everything recorded at a meeting can never be changed or removed
-- through SQL; a correction is a reversal voucher.
CREATE TRIGGER voucher_no_update BEFORE UPDATE ON voucher BEGIN SELECT RAISE(ABORT, 'samuh: vouchers are append-only'); END;
CREATE TRIGGER voucher_no_delete BEFORE DELETE ON voucher BEGIN SELECT RAISE(ABORT, 'samuh: vouchers are append-only'); END;
CREATE TRIGGER posting_no_update BEFORE UPDATE ON posting BEGIN SELECT RAISE(ABORT, 'samuh: postings are append-only'); END;
CREATE TRIGGER posting_no_delete BEFORE DELETE ON posting BEGIN SELECT RAISE(ABORT, 'samuh: postings are append-only'); END;
CREATE TRIGGER meeting_no_update BEFORE UPDATE ON meeting BEGIN SELECT RAISE(ABORT, 'samuh: meetings are append-only'); END;
CREATE TRIGGER meeting_no_delete BEFORE DELETE ON meeting BEGIN SELECT RAISE(ABORT, 'samuh: meetings are append-only'); END;
CREATE TRIGGER loan_no_update BEFORE UPDATE ON loan BEGIN SELECT RAISE(ABORT, 'samuh: loans are append-only'); END;
CREATE TRIGGER loan_no_delete BEFORE DELETE ON loan BEGIN SELECT RAISE(ABORT, 'samuh: loans are append-only'); END;
CREATE TRIGGER policy_no_update BEFORE UPDATE ON policy BEGIN SELECT RAISE(ABORT, 'samuh: by-law versions are append-only'); END;
CREATE TRIGGER policy_no_delete BEFORE DELETE ON policy BEGIN SELECT RAISE(ABORT, 'samuh: by-law versions are append-only'); END;
CREATE TRIGGER reschedule_no_update BEFORE UPDATE ON reschedule BEGIN SELECT RAISE(ABORT, 'samuh: reschedules are append-only'); END;
CREATE TRIGGER reschedule_no_delete BEFORE DELETE ON reschedule BEGIN SELECT RAISE(ABORT, 'samuh: reschedules are append-only'); END;
CREATE TRIGGER attendance_no_update BEFORE UPDATE ON attendance BEGIN SELECT RAISE(ABORT, 'samuh: attendance is append-only'); END;
CREATE TRIGGER attendance_no_delete BEFORE DELETE ON attendance BEGIN SELECT RAISE(ABORT, 'samuh: attendance is append-only'); END;
CREATE TRIGGER minute_no_update BEFORE UPDATE ON minute BEGIN SELECT RAISE(ABORT, 'samuh: minutes are append-only'); END;
CREATE TRIGGER minute_no_delete BEFORE DELETE ON minute BEGIN SELECT RAISE(ABORT, 'samuh: minutes are append-only'); END;
