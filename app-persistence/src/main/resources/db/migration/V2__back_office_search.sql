-- Indexes for the back-office: keyset paging over customer search and the audit log.
-- Every search pages with WHERE (sort_key, id) > (:lastKey, :lastId) ORDER BY sort_key, id LIMIT n,
-- so each index ends with the id that breaks ties; a deep page reads as few rows as the first.
-- Plain B-tree indexes on stored, already normalized columns: the same SQL on H2 and PostgreSQL.
-- (customer_details.customer_number already has its unique index from V1.)

CREATE INDEX ix_account_search_email ON account (email_normalized, id);
CREATE INDEX ix_account_search_name ON account (name_normalized, id);
-- The composite indexes serve every lookup the single-column V1 ones did (same leading column). Keeping
-- both made H2 pick the single-column one and then sort every match instead of reading in index order.
DROP INDEX ix_account_email_normalized;
DROP INDEX ix_account_name_normalized;

-- The audit log view, newest first, optionally filtered by agent (actor) or event type.
CREATE INDEX ix_audit_event_time_id ON audit_event (occurred_at, id);
CREATE INDEX ix_audit_event_actor_time ON audit_event (actor, occurred_at, id);
CREATE INDEX ix_audit_event_type_time ON audit_event (event_type, occurred_at, id);
