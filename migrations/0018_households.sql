-- 0018 (issue 16, the fund centre): a household key on a member, and the households a fund
-- centre follows. A village fund records the number its village uses for the member's household
-- (the Thai house-registration number, or the household number of the village's own list), so a
-- fund centre that imports the bundles of several funds can see one household's debts across
-- them all. Recorded facts: append-only (a changed key is a new row; the latest row for a
-- member is its key, an empty key withdraws it) and chained (record kinds 'household' and
-- 'household-target').
CREATE TABLE IF NOT EXISTS member_household (
    id           INTEGER PRIMARY KEY,
    member_id    INTEGER NOT NULL REFERENCES member(id),
    household    TEXT NOT NULL,
    recorded_on  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS member_household_member ON member_household(member_id, id);

-- A household the fund centre follows until it is debt-free, from the date its committee chose it.
CREATE TABLE IF NOT EXISTS household_target (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES organisation(id),
    household    TEXT NOT NULL,
    marked_on    TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL,
    UNIQUE (org_id, household)
) STRICT;

CREATE TRIGGER IF NOT EXISTS member_household_no_update BEFORE UPDATE ON member_household BEGIN SELECT RAISE(ABORT, 'samuh: household keys are append-only'); END;
CREATE TRIGGER IF NOT EXISTS member_household_no_delete BEFORE DELETE ON member_household BEGIN SELECT RAISE(ABORT, 'samuh: household keys are append-only'); END;
CREATE TRIGGER IF NOT EXISTS household_target_no_update BEFORE UPDATE ON household_target BEGIN SELECT RAISE(ABORT, 'samuh: target households are append-only'); END;
CREATE TRIGGER IF NOT EXISTS household_target_no_delete BEFORE DELETE ON household_target BEGIN SELECT RAISE(ABORT, 'samuh: target households are append-only'); END;
