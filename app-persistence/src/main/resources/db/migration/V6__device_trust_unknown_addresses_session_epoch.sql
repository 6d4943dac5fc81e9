-- Hardening of the login (docs/decisions/0014):
--   * a second wrong-password counter per account, for browsers holding a device token for the account and for
--     signed-in sessions; password_failures / password_next_attempt_at stay the counter of everyone else, so a
--     stranger's flood never makes the owner's trusted browser wait (OWASP "device cookies");
--   * the session epoch: advanced by the changes that end the account's other sessions;
--   * wrong-password counters for e-mail addresses without an account, shared by every node, keyed by an HMAC of
--     realm and normalised address (no address is stored), forgotten a day after their last failure.
-- Plain SQL that runs on H2 2.2.224 and PostgreSQL.

ALTER TABLE account ADD COLUMN trusted_password_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE account ADD COLUMN trusted_password_next_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD CONSTRAINT ck_account_trusted_password_failures CHECK (trusted_password_failures >= 0);
ALTER TABLE account ADD COLUMN session_epoch INTEGER NOT NULL DEFAULT 0;

CREATE TABLE unknown_address_throttle (
    address_hash     VARCHAR(64)              NOT NULL,
    failures         INTEGER                  NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    last_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_unknown_address_throttle PRIMARY KEY (address_hash),
    CONSTRAINT ck_unknown_address_throttle_failures CHECK (failures > 0)
);
CREATE INDEX ix_unknown_address_throttle_last_failure ON unknown_address_throttle (last_failure_at);
