-- 0022 (issue 16, roll-ups at district scale): each imported bundle's new postings summed by the
-- month of their voucher, so that a roll-up over thousands of groups reads a few rows per group
-- and month instead of every posting. One row per bundle, month, opening or not, account and line
-- kind: the sum, and where the first of those lines stands in the group's chain (position times
-- a million plus the line number) so that a statement built from the sums lists its heads in the
-- order the postings would. Written in the import's own transaction from the rows it has just
-- inserted; append-only like the postings it sums; the book's check compares it with them.
-- IF NOT EXISTS / OR IGNORE: a book whose version number was set back runs this again.
CREATE TABLE IF NOT EXISTS fed_month (
    group_id       INTEGER NOT NULL REFERENCES fed_group(id),
    bundle_id      INTEGER NOT NULL REFERENCES fed_bundle(id),
    -- The voucher's year and month as one number, 202611 for November 2026.
    month          INTEGER NOT NULL CHECK (month BETWEEN 100001 AND 999912),
    opening        INTEGER NOT NULL CHECK (opening IN (0, 1)),
    account        TEXT NOT NULL,
    kind           TEXT NOT NULL,
    amount_minor   INTEGER NOT NULL,
    first_at       INTEGER NOT NULL,
    -- A group's rows together, by account and then month: a roll-up reads one range per
    -- account it needs.
    PRIMARY KEY (group_id, account, month, kind, opening, bundle_id)
) STRICT, WITHOUT ROWID;

-- The days of a month a report cuts inside, the meetings a grading sheet asks about and the
-- savings of those meetings are read from the postings through these.
CREATE INDEX IF NOT EXISTS fed_voucher_date ON fed_voucher(group_id, date);
CREATE INDEX IF NOT EXISTS fed_voucher_meeting ON fed_voucher(group_id, meeting_id) WHERE meeting_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS fed_posting_saving ON fed_posting(group_id, position, member_id)
    WHERE account = 'member-savings' AND kind = 'saving' AND amount_minor < 0;

INSERT OR IGNORE INTO fed_month(group_id, bundle_id, month, opening, account, kind, amount_minor, first_at)
SELECT v.group_id, v.bundle_id, CAST(substr(v.date, 1, 4) AS INTEGER) * 100 + CAST(substr(v.date, 6, 2) AS INTEGER), v.kind = 'opening', p.account, p.kind,
       sum(p.amount_minor), min(p.position * 1000000 + p.line_no)
  FROM fed_voucher v JOIN fed_posting p ON p.group_id = v.group_id AND p.position = v.position
 GROUP BY v.group_id, v.bundle_id, substr(v.date, 1, 7), v.kind = 'opening', p.account, p.kind;

CREATE TRIGGER IF NOT EXISTS fed_month_no_update BEFORE UPDATE ON fed_month BEGIN SELECT RAISE(ABORT, 'samuh: imported sums are append-only'); END;
CREATE TRIGGER IF NOT EXISTS fed_month_no_delete BEFORE DELETE ON fed_month BEGIN SELECT RAISE(ABORT, 'samuh: imported sums are append-only'); END;
