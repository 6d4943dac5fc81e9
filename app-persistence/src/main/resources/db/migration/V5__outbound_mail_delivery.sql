-- Delivery state of the mail outbox, for the SMTP sender (OutboundMailDelivery).
--
--   attempts        failed or successful SMTP attempts so far;
--   last_error      the last failure as the sender saw it (never the body);
--   next_attempt_at not before this time (back-off after a failure); NULL = at once;
--   claimed_until   a sender on some node has claimed the row up to this time: a conditional
--                   UPDATE sets it only where it is NULL or past, so one sender wins a row;
--   given_up_at     the SMTP server refused the row for good (bad address): never retried.
--
-- Plain ALTER TABLE ... ADD COLUMN, accepted by H2 2.2 and PostgreSQL alike.

ALTER TABLE outbound_mail ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbound_mail ADD COLUMN last_error VARCHAR(500);
ALTER TABLE outbound_mail ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbound_mail ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbound_mail ADD COLUMN given_up_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbound_mail ADD CONSTRAINT ck_outbound_mail_attempts CHECK (attempts >= 0);
