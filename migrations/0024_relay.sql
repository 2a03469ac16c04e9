-- 0024 (issue 16, three levels): a village organisation's bundle relays the groups it imported,
-- so a cluster federation consolidates SHG → VO → CLF.
-- `fed_relay`: a group that reached this book inside another group's bundle, and that group
-- (its `via`); a group that sends its own bundles has no row. Hashed with its group's record.
-- `bundle_relayed`: the last import (`fed_bundle.id`) a written bundle relayed, so the next
-- bundle "since the last" relays only what was imported after it. Hashed with the bundle's note.
-- Both append-only. Runs again harmlessly over a book whose version number was set back.
CREATE TABLE IF NOT EXISTS fed_relay (
    group_id INTEGER PRIMARY KEY REFERENCES fed_group(id),
    via_id   INTEGER NOT NULL REFERENCES fed_group(id) CHECK (via_id <> group_id)
) STRICT;
CREATE TABLE IF NOT EXISTS bundle_relayed (
    written_id INTEGER PRIMARY KEY REFERENCES bundle_written(id),
    upto       INTEGER NOT NULL CHECK (upto >= 0)
) STRICT;
CREATE TRIGGER IF NOT EXISTS fed_relay_no_update BEFORE UPDATE ON fed_relay BEGIN SELECT RAISE(ABORT, 'samuh: the register of groups is append-only'); END;
CREATE TRIGGER IF NOT EXISTS fed_relay_no_delete BEFORE DELETE ON fed_relay BEGIN SELECT RAISE(ABORT, 'samuh: the register of groups is append-only'); END;
CREATE TRIGGER IF NOT EXISTS bundle_relayed_no_update BEFORE UPDATE ON bundle_relayed BEGIN SELECT RAISE(ABORT, 'samuh: bundles written are append-only'); END;
CREATE TRIGGER IF NOT EXISTS bundle_relayed_no_delete BEFORE DELETE ON bundle_relayed BEGIN SELECT RAISE(ABORT, 'samuh: bundles written are append-only'); END;
