-- 0017 (issue 15, follow-up): the follow-up meeting with the households that fell behind — when
-- and where it was held, who attended, what was noted — and per loan the payment the borrower
-- agreed to (date and amount). A recorded fact: append-only, and chained per meeting (record
-- kind 'followup-meeting', the promises hashed with their meeting).
CREATE TABLE IF NOT EXISTS followup_meeting (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES organisation(id),
    held_on      TEXT NOT NULL,
    place        TEXT NOT NULL,
    attended     TEXT NOT NULL,
    notes        TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS followup_meeting_org ON followup_meeting(org_id, held_on);

CREATE TABLE IF NOT EXISTS followup_promise (
    meeting_id    INTEGER NOT NULL REFERENCES followup_meeting(id),
    loan_id       INTEGER NOT NULL REFERENCES loan(id),
    pay_on        TEXT NOT NULL,
    amount_minor  INTEGER NOT NULL CHECK (amount_minor > 0),
    note          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, loan_id)
) STRICT;
CREATE INDEX IF NOT EXISTS followup_promise_loan ON followup_promise(loan_id);

CREATE TRIGGER IF NOT EXISTS followup_meeting_no_update BEFORE UPDATE ON followup_meeting BEGIN SELECT RAISE(ABORT, 'samuh: follow-up meetings are append-only'); END;
CREATE TRIGGER IF NOT EXISTS followup_meeting_no_delete BEFORE DELETE ON followup_meeting BEGIN SELECT RAISE(ABORT, 'samuh: follow-up meetings are append-only'); END;
CREATE TRIGGER IF NOT EXISTS followup_promise_no_update BEFORE UPDATE ON followup_promise BEGIN SELECT RAISE(ABORT, 'samuh: follow-up meetings are append-only'); END;
CREATE TRIGGER IF NOT EXISTS followup_promise_no_delete BEFORE DELETE ON followup_promise BEGIN SELECT RAISE(ABORT, 'samuh: follow-up meetings are append-only'); END;
