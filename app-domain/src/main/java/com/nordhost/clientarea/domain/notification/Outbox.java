package com.nordhost.clientarea.domain.notification;

import com.nordhost.clientarea.domain.shared.Port;

/**
 * Port: notifications recorded for sending, in the caller's transaction (the outbox pattern): the message
 * exists exactly when the change it reports was committed. A mail sender delivers them later.
 */
@Port
public interface Outbox {

    void enqueue(OutboundMessage message);
}
