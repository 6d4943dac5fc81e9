package com.nordhost.clientarea.domain.audit;

import com.nordhost.clientarea.domain.shared.Port;

import com.nordhost.clientarea.domain.account.AccountId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;

/** Port: the audit trail. Records join the caller's transaction. */
@Port
public interface AuditLog {

    void record(AuditEvent event);

    /** Newest first, for the back-office customer page. */
    List<AuditEvent> findBySubject(AccountId subject, int limit);

    /** Newest first, across all accounts. */
    List<AuditEvent> findRecent(int limit);

    /** Deletes the events that happened before {@code cutoff} (the retention); how many went. */
    int deleteBefore(Instant cutoff);

    /**
     * Replaces, in place, every event about {@code subject} and every event whose actor is one of {@code actors}
     * by what {@code rewrite} makes of it (pseudonymising an erased customer's trail, decision 0036): times, types
     * and subjects stay; actor, IP address, User-Agent and details are the rewrite's. How many events were read.
     */
    int rewrite(AccountId subject, Collection<String> actors, UnaryOperator<AuditEvent> rewrite);
}
