-- 0002: balances of every account (the trial balance of one group or of a whole district book)
-- are sums of postings per account. A covering index on (account_id, amount_minor) lets SQLite
-- answer them from the index alone, in account order, without touching the posting rows.
DROP INDEX posting_account;
CREATE INDEX posting_account ON posting(account_id, amount_minor);
