-- 0023 (issue 15): a levy collection recorded by mistake is reversed like any voucher, until the
-- death is paid out; its members then owe again and pay in a later collection. So one member's
-- levy for a death may stand in more than one collection (only one of them not reversed):
-- `levy_paid` is keyed by collection and member instead of death and member. Its rows, and so
-- their hashes in the records chain, are unchanged; still append-only.
-- Runs again harmlessly over a book whose version number was set back.
DROP TRIGGER IF EXISTS levy_paid_no_update;
DROP TRIGGER IF EXISTS levy_paid_no_delete;
CREATE TABLE levy_paid_by_collection (
    collection_id INTEGER NOT NULL REFERENCES levy_collection(id),
    death_id      INTEGER NOT NULL REFERENCES death(id),
    member_id     INTEGER NOT NULL REFERENCES member(id),
    amount_minor  INTEGER NOT NULL CHECK (amount_minor > 0),
    PRIMARY KEY (collection_id, member_id)
) STRICT, WITHOUT ROWID;
INSERT INTO levy_paid_by_collection(collection_id, death_id, member_id, amount_minor)
    SELECT collection_id, death_id, member_id, amount_minor FROM levy_paid;
DROP TABLE levy_paid;
ALTER TABLE levy_paid_by_collection RENAME TO levy_paid;
CREATE INDEX IF NOT EXISTS levy_paid_death ON levy_paid(death_id, member_id);
CREATE TRIGGER IF NOT EXISTS levy_paid_no_update BEFORE UPDATE ON levy_paid BEGIN SELECT RAISE(ABORT, 'samuh: levy collections are append-only'); END;
CREATE TRIGGER IF NOT EXISTS levy_paid_no_delete BEFORE DELETE ON levy_paid BEGIN SELECT RAISE(ABORT, 'samuh: levy collections are append-only'); END;
