package com.nordhost.clientarea.domain.testing;

import com.nordhost.clientarea.domain.throttle.UnknownAddressCounters;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Test double of the {@code unknown_address_throttle} table; app-persistence tests the real one on H2. */
public final class InMemoryUnknownAddresses implements UnknownAddressCounters {

    private final Map<String, Row> rows = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Instant> findRetryAtForUpdate(String key) {
        Row row = rows.get(key);
        return row == null ? Optional.empty() : Optional.ofNullable(row.retryAt);
    }

    @Override
    public synchronized int increment(String key, Instant now) {
        Row row = rows.computeIfAbsent(key, k -> new Row());
        row.failures++;
        row.lastFailure = now;
        return row.failures;
    }

    @Override
    public synchronized void setRetryAt(String key, Instant retryAt) {
        Row row = rows.get(key);
        if (row != null && (row.retryAt == null || row.retryAt.isBefore(retryAt))) {
            row.retryAt = retryAt;
        }
    }

    @Override
    public synchronized int purgeIdleSince(Instant cutoff) {
        int before = rows.size();
        rows.values().removeIf(row -> row.lastFailure.isBefore(cutoff));
        return before - rows.size();
    }

    /** The stored keys: hashes, never addresses. */
    public synchronized java.util.Set<String> keys() {
        return java.util.Set.copyOf(rows.keySet());
    }

    private static final class Row {
        private int failures;
        private Instant retryAt;
        private Instant lastFailure;
    }
}
