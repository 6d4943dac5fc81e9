package com.nordhost.clientarea.domain.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * A message the outbox holds for an address, as the customer's own data export lists it: the subject and when it was
 * written, never the body (a body may hold a link that still works).
 */
public record SentNotice(String subject, Instant createdAt) {

    public SentNotice {
        Objects.requireNonNull(subject, "A subject is required.");
        Objects.requireNonNull(createdAt, "A creation time is required.");
    }
}
