-- Recent security activity (issue 22): one account's audit events, newest first, keyset-paged on
-- (occurred_at desc, id desc) within 90 days. V1's (account_id, occurred_at) lacks the tie-breaker id, so a page
-- had to fetch every row of the account in the window and sort them. This index holds the page's whole order, in
-- the order it is read (descending: H2 reads an index in order only in the direction it was built; PostgreSQL
-- reads either way), so a page reads about as many rows as it shows. It covers V1's as a prefix, so V1's goes (one
-- index less to write per event).
CREATE INDEX ix_audit_event_account_time_id ON audit_event (account_id, occurred_at DESC, id DESC);
DROP INDEX ix_audit_event_account_time;
