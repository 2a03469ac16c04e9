-- 0006: a client id is a retry key. Until now a second command with a used id answered "already
-- recorded" whatever it carried, so a different record sent with a reused id (another meeting,
-- another member, a repayment reusing a meeting's id) was silently dropped. Each logged command
-- now keeps a digest (SHA-256, hex) of its name and its normalised input; a replay must match it,
-- anything else is refused. Rows logged before this migration have no digest and replay as
-- before when the command name matches. Only a new nullable column: safe for existing books.
ALTER TABLE command_log ADD COLUMN digest TEXT;
