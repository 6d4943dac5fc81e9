package com.nordhost.clientarea.domain.testing;


import com.nordhost.clientarea.domain.notification.OutboundMessage;
import com.nordhost.clientarea.domain.notification.Outbox;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Test double of the outbox table; refuses messages queued outside a transaction. */
public final class InMemoryOutbox implements Outbox {

    private final List<OutboundMessage> messages = Collections.synchronizedList(new ArrayList<>());
    private final DirectTransactions transactions;

    public InMemoryOutbox(DirectTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void enqueue(OutboundMessage message) {
        if (!transactions.isInside()) {
            throw new IllegalStateException("Message queued outside a transaction: " + message.subject());
        }
        messages.add(message);
    }

    public List<OutboundMessage> all() {
        synchronized (messages) {
            return new ArrayList<>(messages);
        }
    }
}
