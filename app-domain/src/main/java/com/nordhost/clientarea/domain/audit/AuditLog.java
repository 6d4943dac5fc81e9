package com.nordhost.clientarea.domain.audit;

import com.nordhost.clientarea.domain.shared.Port;

import com.nordhost.clientarea.domain.account.AccountId;

import java.time.Instant;
import java.util.List;

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
}
