package com.nordhost.clientarea.domain.audit;


import com.nordhost.clientarea.domain.account.AccountId;
import java.time.Instant;

/**
 * Which audit events to list; a null field does not filter. {@code from} is inclusive, {@code to} exclusive.
 * {@code actor} is the acting account's normalized e-mail address, as the audit trail stores it.
 */
public record AuditFilter(AccountId subject, String actor, AuditEventType type, Instant from, Instant to) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }
}
