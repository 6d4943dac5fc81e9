-- Erasing a customer (decision 0036).
--
--   account.erased_at    when the account's personal data was erased; NULL: never. An erased account stays as a
--                        tombstone: address erased-<id>@erased.invalid, name "Erased customer", no password, no
--                        language, inactive; its customer_details row keeps only the customer number, so the number
--                        is never given to someone else (it is in invoices and tickets of the billing system).
--   ix_outbound_mail_recipient  the erasure deletes every mail to the person's addresses; "Download my data"
--                        lists a customer's notices by recipient too.
--
-- Plain SQL accepted by H2 2.2 and PostgreSQL alike.

ALTER TABLE account ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;

CREATE INDEX ix_outbound_mail_recipient ON outbound_mail (recipient);
