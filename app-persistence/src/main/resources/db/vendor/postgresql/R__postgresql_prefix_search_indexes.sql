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
