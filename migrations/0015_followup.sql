-- 0015 (issue 15, follow-up): what the committee decided about the arrears a reschedule keeps,
-- and the follow-up visits to households whose loans fell behind. Both are recorded facts:
-- append-only, and chained (record kinds 'reschedule-rule' and 'visit').

-- The arrears (old interest) a reschedule keeps: 'kept' apart (still due on the old
-- instalments, the meaning of a reschedule without a row) or 'folded' into the new instalments.
CREATE TABLE IF NOT EXISTS reschedule_rule (
    reschedule_id  INTEGER PRIMARY KEY REFERENCES reschedule(id),
    arrears        TEXT NOT NULL CHECK (arrears IN ('kept','folded')),
    recorded_at    TEXT NOT NULL
) STRICT;

CREATE TRIGGER IF NOT EXISTS reschedule_rule_no_update BEFORE UPDATE ON reschedule_rule BEGIN SELECT RAISE(ABORT, 'samuh: reschedules are append-only'); END;
CREATE TRIGGER IF NOT EXISTS reschedule_rule_no_delete BEFORE DELETE ON reschedule_rule BEGIN SELECT RAISE(ABORT, 'samuh: reschedules are append-only'); END;

-- A visit to a borrower's household: who went, what they found, and whether the committee's
-- record of the loan matches what the household says (a later visit adds; nothing is edited).
CREATE TABLE IF NOT EXISTS followup_visit (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES organisation(id),
    loan_id         INTEGER NOT NULL REFERENCES loan(id),
    visited_on      TEXT NOT NULL,
    visitors        TEXT NOT NULL,
    found           TEXT NOT NULL,
    record_matches  INTEGER NOT NULL CHECK (record_matches IN (0, 1)),
    recorded_at     TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS followup_visit_loan ON followup_visit(loan_id, visited_on);

CREATE TRIGGER IF NOT EXISTS followup_visit_no_update BEFORE UPDATE ON followup_visit BEGIN SELECT RAISE(ABORT, 'samuh: visits are append-only'); END;
CREATE TRIGGER IF NOT EXISTS followup_visit_no_delete BEFORE DELETE ON followup_visit BEGIN SELECT RAISE(ABORT, 'samuh: visits are append-only'); END;
