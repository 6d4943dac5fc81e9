-- Creating and inviting customers (decision 0029).
--
--   customer_number_seq     the customer numbers the product assigns (C2000001, C2000002, ...): a sequence, so a
--                           number is unique and never handed out twice, also when its transaction rolls back.
--                           It starts above every number seeded so far (demo C100001, tests C100000 + id, the
--                           load driver C500000 + i).
--   password_reset.purpose  RESET: a "Forgot your password?" link (1 hour); INVITATION: the link of a new
--                           customer's invitation (7 days). Both are single-use, stored only as SHA-256.
--
-- An invited customer's account.password_hash holds a marker that is no PHC hash (Account.NO_PASSWORD), so no
-- password matches it; the column stays NOT NULL.
--
-- Plain SQL accepted by H2 2.2 and PostgreSQL alike (both read nextval('customer_number_seq')).

CREATE SEQUENCE customer_number_seq START WITH 2000001;

ALTER TABLE password_reset ADD COLUMN purpose VARCHAR(16) DEFAULT 'RESET' NOT NULL;
ALTER TABLE password_reset ADD CONSTRAINT ck_password_reset_purpose CHECK (purpose IN ('RESET', 'INVITATION'));
