package com.nordhost.clientarea.domain.notification;

/**
 * Port: notifications recorded for sending, in the caller's transaction (the outbox pattern): the message
 * exists exactly when the change it reports was committed. A mail sender delivers them later.
 */
public interface Outbox {

    void enqueue(OutboundMessage message);
}
