-- "This wasn't me" (decision 0042).
--
--   protect_link  one row per "This wasn't me" link a security notice carried. token_hash is the SHA-256 (hex) of
--                 the random token in the link, sent_to_hash the SHA-256 of the address the mail went to (to tell
--                 that the address changed since; the address itself is not stored). Single use (used_at), valid
--                 7 days; an account's expired rows are deleted when it gets a new link. Kept apart from
--                 password_reset on purpose: what spends an account's mailed links (an address change, a
--                 deactivation) must not spend these.
--   owner_flag    one row per account whose owner pressed "This wasn't me" and that support has not closed yet:
--                 raised_at the first press, last_raised_at and presses the later ones. Closing deletes the row;
--                 the audit trail keeps the history.
--
-- Both hold rows of a customer's account: erasing a customer deletes them.
-- Plain SQL accepted by H2 2.2 and PostgreSQL alike.

CREATE TABLE protect_link (
    token_hash   VARCHAR(64) NOT NULL PRIMARY KEY,
    account_id   BIGINT NOT NULL REFERENCES account (id),
    sent_to_hash VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at      TIMESTAMP WITH TIME ZONE
);

CREATE INDEX ix_protect_link_account ON protect_link (account_id, expires_at);

CREATE TABLE owner_flag (
    account_id     BIGINT NOT NULL PRIMARY KEY REFERENCES account (id),
    raised_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_raised_at TIMESTAMP WITH TIME ZONE NOT NULL,
    presses        INTEGER NOT NULL
);

-- The search's filter lists open flags oldest first.
CREATE INDEX ix_owner_flag_raised ON owner_flag (raised_at, account_id);
