-- 0014: VSLA cycles and share-outs (issue 14). A cycle is opened with its by-laws (share price,
-- social-fund contribution per meeting, service charge per month, what a share-out does with
-- loans still out); a share-out ends it, naming the voucher it posted. Both append-only, and
-- every row joins the records chain when it is saved. IF NOT EXISTS: a book whose version number
-- was set back may already hold them (their rows are then hashed as they stand).

CREATE TABLE IF NOT EXISTS vsla_cycle (
    id                  INTEGER PRIMARY KEY,
    org_id              INTEGER NOT NULL REFERENCES organisation(id),
    number              INTEGER NOT NULL CHECK (number >= 1),
    start_date          TEXT NOT NULL CHECK (date(start_date) IS start_date),
    end_date            TEXT NOT NULL CHECK (date(end_date) IS end_date AND end_date > start_date),
    share_price_minor   INTEGER NOT NULL CHECK (share_price_minor > 0),
    social_fund_minor   INTEGER NOT NULL CHECK (social_fund_minor >= 0),
    -- % a month of the principal, as typed ("10", "2.5").
    service_charge      TEXT NOT NULL,
    loans_at_share_out  TEXT NOT NULL CHECK (loans_at_share_out IN ('net', 'refuse')),
    recorded_at         TEXT NOT NULL,
    UNIQUE (org_id, number)
) STRICT;

CREATE TABLE IF NOT EXISTS vsla_share_out (
    id              INTEGER PRIMARY KEY,
    cycle_id        INTEGER NOT NULL UNIQUE REFERENCES vsla_cycle(id),
    on_date         TEXT NOT NULL CHECK (date(on_date) IS on_date),
    voucher_id      INTEGER NOT NULL REFERENCES voucher(id),
    value_per_share TEXT NOT NULL,
    residual_minor  INTEGER NOT NULL CHECK (residual_minor >= 0),
    recorded_at     TEXT NOT NULL
) STRICT;

CREATE TRIGGER IF NOT EXISTS vsla_cycle_no_update BEFORE UPDATE ON vsla_cycle BEGIN SELECT RAISE(ABORT, 'samuh: VSLA cycles are append-only'); END;
CREATE TRIGGER IF NOT EXISTS vsla_cycle_no_delete BEFORE DELETE ON vsla_cycle BEGIN SELECT RAISE(ABORT, 'samuh: VSLA cycles are append-only'); END;
CREATE TRIGGER IF NOT EXISTS vsla_share_out_no_update BEFORE UPDATE ON vsla_share_out BEGIN SELECT RAISE(ABORT, 'samuh: VSLA share-outs are append-only'); END;
CREATE TRIGGER IF NOT EXISTS vsla_share_out_no_delete BEFORE DELETE ON vsla_share_out BEGIN SELECT RAISE(ABORT, 'samuh: VSLA share-outs are append-only'); END;
