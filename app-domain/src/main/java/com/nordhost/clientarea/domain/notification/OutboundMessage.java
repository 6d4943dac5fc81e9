package com.nordhost.clientarea.domain.notification;


import com.nordhost.clientarea.domain.account.EmailAddress;
import java.time.Instant;
import java.util.Objects;

/** A notification to send to an address; never carries a secret, code or password. */
public record OutboundMessage(EmailAddress recipient, String subject, String body, Instant createdAt) {

    public OutboundMessage {
        Objects.requireNonNull(recipient, "A recipient is required.");
        Objects.requireNonNull(subject, "A subject is required.");
        Objects.requireNonNull(body, "A body is required.");
        Objects.requireNonNull(createdAt, "A creation time is required.");
    }
}
