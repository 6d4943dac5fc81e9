package com.nordhost.clientarea.domain.notification;


import com.nordhost.clientarea.domain.account.EmailAddress;
import java.time.Instant;
import java.util.Objects;

/**
 * A notification to send to an address; never carries a secret, code or password. {@code replyTo} (may be
 * null) is where a reply goes: the support address for security notices, so "reply to this message" works.
 */
public record OutboundMessage(EmailAddress recipient, EmailAddress replyTo, String subject, String body,
                              Instant createdAt) {

    public OutboundMessage {
        Objects.requireNonNull(recipient, "A recipient is required.");
        Objects.requireNonNull(subject, "A subject is required.");
        Objects.requireNonNull(body, "A body is required.");
        Objects.requireNonNull(createdAt, "A creation time is required.");
    }

    /** A message without Reply-To: replies go to the sender address. */
    public OutboundMessage(EmailAddress recipient, String subject, String body, Instant createdAt) {
        this(recipient, null, subject, body, createdAt);
    }
}
