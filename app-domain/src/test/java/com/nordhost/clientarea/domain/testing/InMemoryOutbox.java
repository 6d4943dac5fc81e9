package com.nordhost.clientarea.domain.testing;

import com.nordhost.clientarea.domain.notification.OutboundMessage;
import com.nordhost.clientarea.domain.notification.Outbox;
import com.nordhost.clientarea.domain.notification.SentNotice;
import com.nordhost.clientarea.domain.account.EmailAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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

    @Override
    public List<SentNotice> listFor(EmailAddress recipient, Instant since, int limit) {
        List<OutboundMessage> newestFirst = all();
        Collections.reverse(newestFirst);
        return newestFirst.stream()
                .filter(m -> m.recipient().equals(recipient) && !m.createdAt().isBefore(since))
                .limit(limit)
                .map(m -> new SentNotice(m.subject(), m.createdAt()))
                .toList();
    }

    public List<OutboundMessage> all() {
        synchronized (messages) {
            return new ArrayList<>(messages);
        }
    }

    @Override
    public int forget(Collection<EmailAddress> recipients) {
        synchronized (messages) {
            int before = messages.size();
            messages.removeIf(m -> recipients.contains(m.recipient()));
            return before - messages.size();
        }
    }
}
