-- 0020 (issue 14): the audit of a fiscal year, signed off before its close. Seed 004's peer
-- auditors check a fund against the checklist the book answers itself; what the book cannot know
-- is typed here: who audited (the fund's own auditor, or a peer from another fund, named), on
-- which day, the balance on the bank statement, and the auditor's remark on each item (canonical
-- JSON: item code -> remark). A later audit of the same year supersedes an earlier one; the close
-- names the audit that stood when it was made (in its rule). Append-only; every row joins the
-- records chain when it is saved.
-- IF NOT EXISTS: a book whose version number was set back runs this again over its table.
CREATE TABLE IF NOT EXISTS year_audit (
    id                   INTEGER PRIMARY KEY,
    org_id               INTEGER NOT NULL REFERENCES organisation(id),
    fiscal_year          INTEGER NOT NULL,
    audited_on           TEXT NOT NULL CHECK (date(audited_on) IS audited_on),
    auditor              TEXT NOT NULL CHECK (length(auditor) >= 1),
    peer_from            TEXT NOT NULL,
    bank_statement_minor INTEGER,
    remarks              TEXT NOT NULL,
    recorded_at          TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS year_audit_org ON year_audit(org_id, fiscal_year);

CREATE TRIGGER IF NOT EXISTS year_audit_no_update BEFORE UPDATE ON year_audit BEGIN SELECT RAISE(ABORT, 'samuh: year audits are append-only'); END;
CREATE TRIGGER IF NOT EXISTS year_audit_no_delete BEFORE DELETE ON year_audit BEGIN SELECT RAISE(ABORT, 'samuh: year audits are append-only'); END;
