-- Throttling of wrong passwords, per account, counted by the database across sessions and nodes and
-- kept apart from the second factor's failed_attempts (two_factor_credential). See the domain's
-- PasswordThrottle: a delay that grows with the failures, never a lock-out.
--   password_failures:        consecutive wrong passwords since the last right one.
--   password_next_attempt_at: no password is checked for this account before this time (NULL: at once).
-- Plain ALTER TABLE ... ADD COLUMN, one column per statement: runs on H2 2.2.224 and PostgreSQL.

ALTER TABLE account ADD COLUMN password_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE account ADD COLUMN password_next_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD CONSTRAINT ck_account_password_failures CHECK (password_failures >= 0);
