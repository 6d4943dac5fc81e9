package com.nordhost.clientarea.web.security;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many new sessions one client address may open a minute (hardening round two, item 7: one client opened about
 * 29,000 sessions in 12 minutes, 10.5-12 KiB each; the heap filled and a login took 9 s). Counted per fixed minute,
 * in memory, per node and app: a budget against one flooding address, not a quota.
 */
final class NewSessionBudget {

    /** Addresses remembered at most; beyond, past minutes are dropped first, then everything (a wider flood). */
    static final int MAX_ADDRESSES = 100_000;

    private record Minute(long minute, int sessions) {
    }

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Minute> byAddress = new ConcurrentHashMap<>();

    NewSessionBudget(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** True while the address has opened fewer sessions than the budget this minute. */
    boolean allows(String address) {
        Minute known = byAddress.get(address);
        return known == null || known.minute() != currentMinute() || known.sessions() < perMinute;
    }

    /** The address opened a session. */
    void opened(String address) {
        long minute = currentMinute();
        byAddress.merge(address, new Minute(minute, 1),
                (old, one) -> old.minute() == minute ? new Minute(minute, old.sessions() + 1) : one);
        if (byAddress.size() > MAX_ADDRESSES) {
            byAddress.values().removeIf(m -> m.minute() != minute);
            if (byAddress.size() > MAX_ADDRESSES) {
                byAddress.clear();
            }
        }
    }

    private long currentMinute() {
        return clock.millis() / 60_000;
    }
}
