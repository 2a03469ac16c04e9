-- 0011 (issue 15): by-law rules added after the first by-law columns, one row per by-law
-- version that states them (a version without a row keeps the earlier meaning: the cap limits
-- each loan, weeks are counted by the calendar). Append-only like the by-laws themselves, and
-- chained (record kind 'by-law-rule').
CREATE TABLE IF NOT EXISTS bylaw_rule (
    policy_id          INTEGER PRIMARY KEY REFERENCES policy(id),
    cap_scope          TEXT NOT NULL CHECK (cap_scope IN ('per-loan','member-outstanding')),
    period_convention  TEXT NOT NULL CHECK (period_convention IN ('calendar','four-weeks')),
    recorded_at        TEXT NOT NULL
) STRICT;

CREATE TRIGGER IF NOT EXISTS bylaw_rule_no_update BEFORE UPDATE ON bylaw_rule BEGIN SELECT RAISE(ABORT, 'samuh: by-law versions are append-only'); END;
CREATE TRIGGER IF NOT EXISTS bylaw_rule_no_delete BEFORE DELETE ON bylaw_rule BEGIN SELECT RAISE(ABORT, 'samuh: by-law versions are append-only'); END;
