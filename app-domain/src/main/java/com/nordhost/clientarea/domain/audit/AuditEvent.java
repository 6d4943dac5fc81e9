package com.nordhost.clientarea.domain.audit;

import com.nordhost.clientarea.domain.account.AccountId;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One security event. {@code subject} is the account concerned (null when unknown, e.g. a login with an
 * unknown e-mail); {@code actor} is who acted (the account's e-mail, or "anonymous"). Details never
 * hold a secret, code or password.
 */
public record AuditEvent(Instant at, AuditEventType type, AccountId subject, String actor, String sourceIp,
                         String userAgent, Map<String, String> details) {

    public AuditEvent {
        Objects.requireNonNull(at, "Time is required.");
        Objects.requireNonNull(type, "Type is required.");
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
