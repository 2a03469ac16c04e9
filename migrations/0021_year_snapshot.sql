-- 0021 (issue 14): the year-end statements of a closed year as they stood at its close. The close
-- keeps each statement (receipts and payments, income and expenditure, balance sheet, trial
-- balance) in a locale-free, lossless form (`reports::snapshot`); a statement of that year asked
-- for afterwards is printed from it, in any language, exactly as at the close, whatever a later
-- version of Samuh or a later record would make of the live figures. A reopened year prints live
-- again; closing it again keeps new ones. Append-only; every row joins the records chain.
-- IF NOT EXISTS: a book whose version number was set back runs this again over its table.
CREATE TABLE IF NOT EXISTS year_snapshot (
    id       INTEGER PRIMARY KEY,
    close_id INTEGER NOT NULL REFERENCES year_close(id),
    report   TEXT NOT NULL,
    body     TEXT NOT NULL,
    UNIQUE (close_id, report)
) STRICT;

CREATE TRIGGER IF NOT EXISTS year_snapshot_no_update BEFORE UPDATE ON year_snapshot BEGIN SELECT RAISE(ABORT, 'samuh: kept statements are append-only'); END;
CREATE TRIGGER IF NOT EXISTS year_snapshot_no_delete BEFORE DELETE ON year_snapshot BEGIN SELECT RAISE(ABORT, 'samuh: kept statements are append-only'); END;
