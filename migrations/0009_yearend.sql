-- 0009: the year of a community fund (issue 14). The price of a share from a date (a by-law of
-- its own: a change is a new row); the closes of fiscal years with the vouchers they posted; and
-- the reopenings (the reversals of a close's vouchers name them by reverses_id). Share purchases themselves are
-- journal lines (share capital, per member), so they need no table. All three tables are
-- append-only and every row joins the records chain when it is saved.

CREATE TABLE share_price (
    id             INTEGER PRIMARY KEY,
    org_id         INTEGER NOT NULL REFERENCES organisation(id),
    effective_from TEXT NOT NULL CHECK (date(effective_from) IS effective_from),
    price_minor    INTEGER NOT NULL CHECK (price_minor > 0),
    recorded_at    TEXT NOT NULL
) STRICT;
CREATE INDEX share_price_org ON share_price(org_id, effective_from);

-- One close of one fiscal year (named by the calendar year it starts in). `vouchers` lists the
-- ids of the vouchers the close posted, comma-separated, in order; `rule` is the appropriation
-- and dividend rule applied, as resolved at the close (canonical JSON).
CREATE TABLE year_close (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisation(id),
    fiscal_year INTEGER NOT NULL,
    year_end    TEXT NOT NULL CHECK (date(year_end) IS year_end),
    rule        TEXT NOT NULL,
    vouchers    TEXT NOT NULL,
    recorded_at TEXT NOT NULL
) STRICT;
CREATE INDEX year_close_org ON year_close(org_id, fiscal_year);

CREATE TABLE year_reopen (
    id          INTEGER PRIMARY KEY,
    close_id    INTEGER NOT NULL UNIQUE REFERENCES year_close(id),
    reason      TEXT NOT NULL CHECK (length(reason) >= 1),
    recorded_at TEXT NOT NULL
) STRICT;

CREATE TRIGGER share_price_no_update BEFORE UPDATE ON share_price BEGIN SELECT RAISE(ABORT, 'samuh: share prices are append-only'); END;
CREATE TRIGGER share_price_no_delete BEFORE DELETE ON share_price BEGIN SELECT RAISE(ABORT, 'samuh: share prices are append-only'); END;
CREATE TRIGGER year_close_no_update BEFORE UPDATE ON year_close BEGIN SELECT RAISE(ABORT, 'samuh: year closes are append-only'); END;
CREATE TRIGGER year_close_no_delete BEFORE DELETE ON year_close BEGIN SELECT RAISE(ABORT, 'samuh: year closes are append-only'); END;
CREATE TRIGGER year_reopen_no_update BEFORE UPDATE ON year_reopen BEGIN SELECT RAISE(ABORT, 'samuh: year reopenings are append-only'); END;
CREATE TRIGGER year_reopen_no_delete BEFORE DELETE ON year_reopen BEGIN SELECT RAISE(ABORT, 'samuh: year reopenings are append-only'); END;
