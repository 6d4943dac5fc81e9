package com.nordhost.clientarea.domain.notification;

import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.shared.Port;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Port: notifications recorded for sending, in the caller's transaction (the outbox pattern): the message
 * exists exactly when the change it reports was committed. A mail sender delivers them later.
 */
@Port
public interface Outbox {

    void enqueue(OutboundMessage message);

    /**
     * The messages written to {@code recipient} at or after {@code since} that the outbox still holds (sent or not),
     * newest first, at most {@code limit}: subjects and times only, never bodies (the customer's data export).
     */
    List<SentNotice> listFor(EmailAddress recipient, Instant since, int limit);

    /**
     * Deletes every message to one of {@code recipients}, queued or sent (an erased customer's mails, which hold
     * the address, the name and sometimes links); how many went. A message a sender is delivering at this moment
     * may still arrive.
     */
    int forget(Collection<EmailAddress> recipients);
}
