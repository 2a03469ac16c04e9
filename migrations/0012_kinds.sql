-- 0012 (issues 14 and 16): four more kinds of organisation. A savings group run the VSLA way
-- (shares bought each meeting at the cycle's price, a social fund, a share-out at the cycle's
-- end), and three oversight kinds beside the village organisation: the cluster-level
-- federation, the cooperative office and the fund centre. SQLite cannot alter a CHECK, and
-- rebuilding `organisation` would break every foreign key that names it, so the CHECK is
-- widened in place (SQLite's documented procedure for loosening a constraint: the stored rows
-- and the file format are unchanged, every existing row still passes). The migration runs in
-- the opening transaction, so a book is either wholly before or wholly after it.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, '''cooperative'',''welfare-club''))',
                     '''cooperative'',''welfare-club'',''vsla'',''cluster-federation'',''cooperative-office'',''fund-centre''))')
 WHERE type = 'table' AND name = 'organisation';
PRAGMA writable_schema = RESET;
