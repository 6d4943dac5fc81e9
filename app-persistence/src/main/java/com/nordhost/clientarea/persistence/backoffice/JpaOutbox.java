package com.nordhost.clientarea.persistence.backoffice;

import com.nordhost.clientarea.domain.notification.OutboundMessage;
import com.nordhost.clientarea.domain.notification.Outbox;
import com.nordhost.clientarea.persistence.jpa.EntityManagers;
import com.nordhost.clientarea.persistence.jpa.Timestamps;
import java.util.Objects;

/** {@link Outbox} over {@code outbound_mail}: a row per message, in the caller's transaction, unsent. */
public class JpaOutbox implements Outbox {

    private final EntityManagers entityManagers;

    public JpaOutbox(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "Entity managers are required.");
    }

    @Override
    public void enqueue(OutboundMessage message) {
        Objects.requireNonNull(message, "A message is required.");
        entityManagers.current().createNativeQuery("INSERT INTO outbound_mail (created_at, recipient, subject, body)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, Timestamps.toColumn(message.createdAt()))
                .setParameter(2, message.recipient().value())
                .setParameter(3, cut(message.subject(), 300))
                .setParameter(4, cut(message.body(), 8000))
                .executeUpdate();
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
