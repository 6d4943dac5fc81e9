package com.nordhost.clientarea.domain.testing;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.notification.ProtectLinks;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Test double of the {@code protect_link} table. */
public final class InMemoryProtectLinks implements ProtectLinks {

    private final Map<String, Link> rows = new LinkedHashMap<>();

    @Override
    public synchronized void record(AccountId account, String tokenHash, String sentToHash, Instant createdAt,
                                    Instant expiresAt) {
        rows.values().removeIf(l -> l.accountId().equals(account) && !l.expiresAt().isAfter(createdAt));
        rows.put(tokenHash, new Link(account, sentToHash, expiresAt, null));
    }

    @Override
    public synchronized Optional<Link> find(String tokenHash) {
        return Optional.ofNullable(rows.get(tokenHash));
    }

    @Override
    public synchronized boolean use(String tokenHash, Instant now) {
        Link link = rows.get(tokenHash);
        if (link == null || link.usedAt() != null || !now.isBefore(link.expiresAt())) {
            return false;
        }
        rows.put(tokenHash, new Link(link.accountId(), link.sentToHash(), link.expiresAt(), now));
        return true;
    }

    public synchronized int size() {
        return rows.size();
    }

    @Override
    public synchronized int deleteAll(AccountId account) {
        int before = rows.size();
        rows.values().removeIf(link -> link.accountId().equals(account));
        return before - rows.size();
    }
}
