-- 0005: opening a book checks its hash chain; on a large book recomputing every voucher's hash
-- takes minutes. The self-check now remembers, per organisation, the last voucher up to which
-- the chain verified (its position, id and hash) and a fingerprint of what came before it (the
-- vouchers' ids and dates, and every posting's id, account and amount, read from indexes). At
-- the next opening it recomputes the hash of that voucher, checks the fingerprint and verifies
-- only the vouchers after it; `samuh check` still recomputes everything. A cache of a check,
-- not part of the books: a row is replaced as the chain grows, and without one (as in every
-- book made before this migration) the next check is a full one. Only a new table: safe for
-- existing books.
CREATE TABLE chain_checkpoint (
    org_id      INTEGER PRIMARY KEY REFERENCES organisation(id),
    vouchers    INTEGER NOT NULL CHECK (vouchers >= 1),
    voucher_id  INTEGER NOT NULL REFERENCES voucher(id),
    head_hash   TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    verified_at TEXT NOT NULL
) STRICT;
