-- 0013 (issue 15): a death in a funeral-welfare club and the welfare a savings group pays "from
-- birth to death". The club's rules are dated versions of their own (a change is a new row from a
-- date, like the price of a share); a death raises its levy on every member enrolled that day,
-- kept as the levy register (one row per member owing, fixed when the death is recorded); each
-- collection is one voucher with the levies it took; the payout names the vouchers it wrote
-- (the club's, and the lending fund's when it is kept in this book) and, for a fund kept in
-- another book, the settlement slips the club owes until the fund's receipt is recorded.
-- Benefits are paid from the welfare fund by kind. Every table is append-only and every row
-- joins the records chain in the transaction that saves it. Names (the nominee, the payee)
-- stay outside the chain, like members' names.

CREATE TABLE IF NOT EXISTS welfare_rule (
    id                   INTEGER PRIMARY KEY,
    org_id               INTEGER NOT NULL REFERENCES organisation(id),
    effective_from       TEXT NOT NULL CHECK (date(effective_from) IS effective_from),
    model                TEXT NOT NULL CHECK (model IN ('per-death','annual-fee')),
    levy_minor           INTEGER NOT NULL CHECK (levy_minor >= 0),
    annual_fee_minor     INTEGER NOT NULL CHECK (annual_fee_minor >= 0),
    admin_share          TEXT NOT NULL,
    arrears_limit        INTEGER NOT NULL CHECK (arrears_limit >= 0),
    death_benefit_minor  INTEGER NOT NULL CHECK (death_benefit_minor >= 0),
    birth_minor          INTEGER NOT NULL CHECK (birth_minor >= 0),
    sickness_minor       INTEGER NOT NULL CHECK (sickness_minor >= 0),
    old_age_minor        INTEGER NOT NULL CHECK (old_age_minor >= 0),
    recorded_at          TEXT NOT NULL,
    UNIQUE (org_id, effective_from)
) STRICT;

CREATE TABLE IF NOT EXISTS death (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES organisation(id),
    member_id    INTEGER NOT NULL UNIQUE REFERENCES member(id),
    died_on      TEXT NOT NULL CHECK (date(died_on) IS died_on),
    nominee      TEXT NOT NULL,
    rule_id      INTEGER NOT NULL REFERENCES welfare_rule(id),
    levy_minor   INTEGER NOT NULL CHECK (levy_minor >= 0),
    recorded_at  TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS death_org ON death(org_id, died_on);

CREATE TABLE IF NOT EXISTS levy_due (
    death_id   INTEGER NOT NULL REFERENCES death(id),
    member_id  INTEGER NOT NULL REFERENCES member(id),
    PRIMARY KEY (death_id, member_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS levy_collection (
    id          INTEGER PRIMARY KEY,
    death_id    INTEGER NOT NULL REFERENCES death(id),
    voucher_id  INTEGER NOT NULL REFERENCES voucher(id),
    paid_on     TEXT NOT NULL CHECK (date(paid_on) IS paid_on),
    recorded_at TEXT NOT NULL
) STRICT;

CREATE TABLE IF NOT EXISTS levy_paid (
    collection_id INTEGER NOT NULL REFERENCES levy_collection(id),
    death_id      INTEGER NOT NULL REFERENCES death(id),
    member_id     INTEGER NOT NULL REFERENCES member(id),
    amount_minor  INTEGER NOT NULL CHECK (amount_minor > 0),
    PRIMARY KEY (death_id, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS levy_paid_collection ON levy_paid(collection_id);

CREATE TABLE IF NOT EXISTS welfare_payout (
    id                INTEGER PRIMARY KEY,
    death_id          INTEGER NOT NULL UNIQUE REFERENCES death(id),
    paid_on           TEXT NOT NULL CHECK (date(paid_on) IS paid_on),
    collected_minor   INTEGER NOT NULL,
    admin_minor       INTEGER NOT NULL,
    family_minor      INTEGER NOT NULL,
    voucher_id        INTEGER NOT NULL REFERENCES voucher(id),
    recorded_at       TEXT NOT NULL
) STRICT;

-- One loan of the deceased settled by a payout. `fund_org_id` and `fund_voucher_id` when the
-- lending fund is kept in this book (both vouchers are written in the payout's transaction);
-- otherwise `fund_name` and `loan_ref` as the fund's book names them, and the slip is signed.
CREATE TABLE IF NOT EXISTS settlement (
    id               INTEGER PRIMARY KEY,
    payout_id        INTEGER NOT NULL REFERENCES welfare_payout(id),
    fund_org_id      INTEGER REFERENCES organisation(id),
    fund_name        TEXT NOT NULL,
    loan_ref         TEXT NOT NULL,
    loan_id          INTEGER REFERENCES loan(id),
    principal_minor  INTEGER NOT NULL CHECK (principal_minor >= 0),
    interest_minor   INTEGER NOT NULL CHECK (interest_minor >= 0),
    fund_voucher_id  INTEGER REFERENCES voucher(id),
    slip_ref         TEXT NOT NULL UNIQUE
) STRICT;

-- The lending fund's receipt of a slip: in the club's book (what it owed is paid), or in the
-- fund's book (the slip recorded as the loan's repayment), naming the slip.
CREATE TABLE IF NOT EXISTS settlement_receipt (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisation(id),
    slip_ref    TEXT NOT NULL,
    received_on TEXT NOT NULL CHECK (date(received_on) IS received_on),
    voucher_id  INTEGER NOT NULL REFERENCES voucher(id),
    recorded_at TEXT NOT NULL,
    UNIQUE (org_id, slip_ref)
) STRICT;

CREATE TABLE IF NOT EXISTS welfare_benefit (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisation(id),
    member_id   INTEGER NOT NULL REFERENCES member(id),
    kind        TEXT NOT NULL CHECK (kind IN ('birth','sickness','old-age','death')),
    paid_on     TEXT NOT NULL CHECK (date(paid_on) IS paid_on),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    rule_id     INTEGER NOT NULL REFERENCES welfare_rule(id),
    voucher_id  INTEGER NOT NULL REFERENCES voucher(id),
    recorded_at TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS welfare_benefit_org ON welfare_benefit(org_id, paid_on);

CREATE TRIGGER IF NOT EXISTS welfare_rule_no_update BEFORE UPDATE ON welfare_rule BEGIN SELECT RAISE(ABORT, 'samuh: welfare rules are append-only'); END;
CREATE TRIGGER IF NOT EXISTS welfare_rule_no_delete BEFORE DELETE ON welfare_rule BEGIN SELECT RAISE(ABORT, 'samuh: welfare rules are append-only'); END;
CREATE TRIGGER IF NOT EXISTS death_no_update BEFORE UPDATE ON death BEGIN SELECT RAISE(ABORT, 'samuh: deaths are append-only'); END;
CREATE TRIGGER IF NOT EXISTS death_no_delete BEFORE DELETE ON death BEGIN SELECT RAISE(ABORT, 'samuh: deaths are append-only'); END;
CREATE TRIGGER IF NOT EXISTS levy_due_no_update BEFORE UPDATE ON levy_due BEGIN SELECT RAISE(ABORT, 'samuh: levy registers are append-only'); END;
CREATE TRIGGER IF NOT EXISTS levy_due_no_delete BEFORE DELETE ON levy_due BEGIN SELECT RAISE(ABORT, 'samuh: levy registers are append-only'); END;
CREATE TRIGGER IF NOT EXISTS levy_collection_no_update BEFORE UPDATE ON levy_collection BEGIN SELECT RAISE(ABORT, 'samuh: levy collections are append-only'); END;
CREATE TRIGGER IF NOT EXISTS levy_collection_no_delete BEFORE DELETE ON levy_collection BEGIN SELECT RAISE(ABORT, 'samuh: levy collections are append-only'); END;
CREATE TRIGGER IF NOT EXISTS levy_paid_no_update BEFORE UPDATE ON levy_paid BEGIN SELECT RAISE(ABORT, 'samuh: levy collections are append-only'); END;
CREATE TRIGGER IF NOT EXISTS levy_paid_no_delete BEFORE DELETE ON levy_paid BEGIN SELECT RAISE(ABORT, 'samuh: levy collections are append-only'); END;
CREATE TRIGGER IF NOT EXISTS welfare_payout_no_update BEFORE UPDATE ON welfare_payout BEGIN SELECT RAISE(ABORT, 'samuh: payouts are append-only'); END;
CREATE TRIGGER IF NOT EXISTS welfare_payout_no_delete BEFORE DELETE ON welfare_payout BEGIN SELECT RAISE(ABORT, 'samuh: payouts are append-only'); END;
CREATE TRIGGER IF NOT EXISTS settlement_no_update BEFORE UPDATE ON settlement BEGIN SELECT RAISE(ABORT, 'samuh: payouts are append-only'); END;
CREATE TRIGGER IF NOT EXISTS settlement_no_delete BEFORE DELETE ON settlement BEGIN SELECT RAISE(ABORT, 'samuh: payouts are append-only'); END;
CREATE TRIGGER IF NOT EXISTS settlement_receipt_no_update BEFORE UPDATE ON settlement_receipt BEGIN SELECT RAISE(ABORT, 'samuh: settlement receipts are append-only'); END;
CREATE TRIGGER IF NOT EXISTS settlement_receipt_no_delete BEFORE DELETE ON settlement_receipt BEGIN SELECT RAISE(ABORT, 'samuh: settlement receipts are append-only'); END;
CREATE TRIGGER IF NOT EXISTS welfare_benefit_no_update BEFORE UPDATE ON welfare_benefit BEGIN SELECT RAISE(ABORT, 'samuh: welfare benefits are append-only'); END;
CREATE TRIGGER IF NOT EXISTS welfare_benefit_no_delete BEFORE DELETE ON welfare_benefit BEGIN SELECT RAISE(ABORT, 'samuh: welfare benefits are append-only'); END;
