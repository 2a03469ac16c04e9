-- 0016 (issue 12): the agenda a meeting follows, as the group worker's list has it (seed 001):
-- each decision of the previous meeting marked done, pending or dropped, and for a loan given
-- one to three months before, whether it was used for its stated purpose. One row per item, in
-- the order asked; append-only like the minutes, and chained per meeting (record kind 'agenda').
CREATE TABLE IF NOT EXISTS meeting_agenda (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    seq        INTEGER NOT NULL,
    item       TEXT NOT NULL CHECK (item IN ('decision','loan-use')),
    -- The decision's text (item 'decision'); the loan asked about (item 'loan-use').
    decision   TEXT NOT NULL DEFAULT '',
    loan_id    INTEGER REFERENCES loan(id),
    answer     TEXT NOT NULL CHECK (answer IN ('done','pending','dropped','yes','partly','no')),
    note       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, seq),
    CHECK ((item = 'decision' AND loan_id IS NULL AND answer IN ('done','pending','dropped'))
        OR (item = 'loan-use' AND loan_id IS NOT NULL AND answer IN ('yes','partly','no')))
) STRICT;
CREATE INDEX IF NOT EXISTS meeting_agenda_loan ON meeting_agenda(loan_id);

CREATE TRIGGER IF NOT EXISTS meeting_agenda_no_update BEFORE UPDATE ON meeting_agenda BEGIN SELECT RAISE(ABORT, 'samuh: minutes are append-only'); END;
CREATE TRIGGER IF NOT EXISTS meeting_agenda_no_delete BEFORE DELETE ON meeting_agenda BEGIN SELECT RAISE(ABORT, 'samuh: minutes are append-only'); END;
