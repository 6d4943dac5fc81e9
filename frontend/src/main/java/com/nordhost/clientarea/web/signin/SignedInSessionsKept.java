package com.nordhost.clientarea.web.signin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The signed-in sessions a node keeps in memory, at most {@code max} of them. A signed-in session is only the
 * node's cache of a sign-in in the database (decision 0037), so when one more would exceed the bound, the sessions
 * idle longest are ended in memory and their browsers are restored from their sign-in at their next request.
 * Memory then follows the bound, not the number of recent sign-ins. A session used in the last
 * {@code inUseMillis} is never chosen: its request may still be running.
 */
final class SignedInSessionsKept {

    /** What the bound needs of a session: when it was last used, and ending it in memory. */
    interface Kept {
        long lastAccessedMillis();

        void endInMemory();
    }

    private final int max;
    private final long inUseMillis;
    private final Map<String, Kept> kept = new HashMap<>();

    SignedInSessionsKept(int max, long inUseMillis) {
        if (max < 1) {
            throw new IllegalArgumentException("At least one signed-in session must fit in memory, not " + max);
        }
        this.max = max;
        this.inUseMillis = inUseMillis;
    }

    /** A session was signed in (or restored): returns the sessions to end in memory to stay within the bound. */
    synchronized List<Kept> signedIn(String id, Kept session, long nowMillis) {
        kept.put(id, session);
        int over = kept.size() - max;
        if (over <= 0) {
            return List.of();
        }
        List<Map.Entry<String, Kept>> idle = new ArrayList<>();
        for (Map.Entry<String, Kept> entry : kept.entrySet()) {
            long last = lastAccessed(entry.getValue());
            if (last == Long.MIN_VALUE) {
                idle.add(entry); // already invalidated: forget it first
            } else if (!entry.getKey().equals(id) && nowMillis - last >= inUseMillis) {
                idle.add(entry);
            }
        }
        idle.sort(Comparator.comparingLong(entry -> lastAccessed(entry.getValue())));
        List<Kept> toEnd = new ArrayList<>();
        for (Map.Entry<String, Kept> entry : idle.subList(0, Math.min(over, idle.size()))) {
            kept.remove(entry.getKey());
            toEnd.add(entry.getValue());
        }
        return toEnd;
    }

    /** The session ended (timed out, signed out or ended here): it no longer counts. */
    synchronized void ended(String id) {
        kept.remove(id);
    }

    synchronized int size() {
        return kept.size();
    }

    private static long lastAccessed(Kept session) {
        try {
            return session.lastAccessedMillis();
        } catch (IllegalStateException invalidated) {
            return Long.MIN_VALUE;
        }
    }
}
