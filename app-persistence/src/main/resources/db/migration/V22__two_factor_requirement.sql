-- Two-factor authentication a hosting company can require (decision 0046).
--
--   two_factor_requirement  one row per customer account the requirement concerns:
--     setting_reached_at      when the product-wide setting (clientarea.twofactor.required) first reached the
--                             account: the first right password of a login without 2FA while it was on; the grace
--                             period (clientarea.twofactor.grace.days) counts from it
--     support_required_at     when support required it for this account (null: support does not); the grace counts
--                             from it too
--     support_ticket          the ticket support named (the agent's reason is in the audit trail, not here)
--     ended_while_required_at when a second factor last ended while it was required (turned off, support removal,
--                             "lost both" recovery): from then on the set-up is due at once
--
-- No personal data and no free text. Every change locks the account row first, so two logins or two agents of one
-- account never both insert. Plain SQL accepted by H2 2.2 and PostgreSQL alike.

CREATE TABLE two_factor_requirement (
    account_id              BIGINT NOT NULL PRIMARY KEY REFERENCES account (id),
    setting_reached_at      TIMESTAMP WITH TIME ZONE,
    support_required_at     TIMESTAMP WITH TIME ZONE,
    support_ticket          VARCHAR(64),
    ended_while_required_at TIMESTAMP WITH TIME ZONE
);
