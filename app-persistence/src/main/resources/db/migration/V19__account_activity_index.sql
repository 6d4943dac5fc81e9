-- Recent security activity (issue 22): one account's audit events, newest first, keyset-paged on
-- (occurred_at desc, id desc) within 90 days. V1's (account_id, occurred_at) lacks the tie-breaker id, so a page
-- had to fetch every row of its last instant and sort them; this index answers the whole order and the keyset
-- condition by itself. It covers V1's as a prefix, so V1's goes (one index less to write per event).
CREATE INDEX ix_audit_event_account_time_id ON audit_event (account_id, occurred_at, id);
DROP INDEX ix_audit_event_account_time;
