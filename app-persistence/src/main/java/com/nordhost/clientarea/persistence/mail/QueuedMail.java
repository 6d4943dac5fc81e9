package com.nordhost.clientarea.persistence.mail;

import java.util.Objects;

/**
 * A row of the outbox that this sender has claimed: what to send, and how often it was tried before.
 * {@code replyTo} may be null (replies go to the sender address).
 * {@code toString} leaves out the body, which may name the account holder or the support ticket.
 */
public record QueuedMail(long id, String recipient, String subject, String body, int attempts, String replyTo) {

    public QueuedMail {
        Objects.requireNonNull(recipient, "The recipient is required.");
        Objects.requireNonNull(subject, "The subject is required.");
        Objects.requireNonNull(body, "The body is required.");
    }

    @Override
    public String toString() {
        return "QueuedMail[id=" + id + ", attempts=" + attempts + "]";
    }
}
