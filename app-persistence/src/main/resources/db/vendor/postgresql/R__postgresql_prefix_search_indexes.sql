-- PostgreSQL only (DatabaseMigrations adds db/vendor/postgresql to the locations when the database is
-- PostgreSQL; H2 never sees this file). A repeatable migration, so it can never take a version number
-- that a shared migration in db/migration will want later; it runs again only when this file changes.
--
-- The back-office searches customers with LIKE 'prefix%' (JpaCustomerDirectory). Under any collation but
-- "C" (C.UTF-8, en_US.UTF-8, ...), PostgreSQL turns a prefix LIKE into an index range only on an index
-- built with text_pattern_ops; the V2 indexes still serve the keyset ORDER BY
-- and the cursor's range, these serve a selective prefix.

CREATE INDEX IF NOT EXISTS ix_account_email_prefix ON account (email_normalized text_pattern_ops);
CREATE INDEX IF NOT EXISTS ix_account_name_prefix ON account (name_normalized text_pattern_ops);
CREATE INDEX IF NOT EXISTS ix_customer_details_number_prefix ON customer_details (customer_number text_pattern_ops);

-- The word starts of names (V18) are compared byte by byte instead: under "C" the one (tail, account_id) index
-- serves both a selective prefix (LIKE becomes a range) and the keyset order of a broad one, which two indexes
-- did not (the planner read the ordered one from the start, filtering). Results sort by code point, which only
-- moves names starting with letters beyond ASCII after z.
ALTER TABLE account_name_tail ALTER COLUMN tail TYPE VARCHAR(200) COLLATE "C";
