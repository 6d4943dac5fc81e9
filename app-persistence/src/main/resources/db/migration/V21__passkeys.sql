-- Passkeys that sign in alone (decision 0045).
--
--   security_key.signs_in_alone  true: the customer chose a passkey when adding the key and the authenticator
--                                verified its user (PIN, fingerprint, face) in its registration answer; such a key
--                                signs in from the login page with no password. false: the key is a second factor
--                                after the password only, as every key added before this migration.
--
-- Plain ALTER TABLE ... ADD COLUMN: runs on H2 2.2.224 and PostgreSQL.

ALTER TABLE security_key ADD COLUMN signs_in_alone BOOLEAN DEFAULT FALSE NOT NULL;
