package com.nordhost.clientarea.domain.activity;

import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.EventActor;
import java.time.Instant;
import java.util.Objects;

/** One line of Recent security activity: an event, or a run of wrong passwords summed up. */
public sealed interface ActivityItem {

    /** When it happened (a summary: its newest wrong password). */
    Instant at();

    /**
     * One event as the customer sees it: no details, no User-Agent, no agent.
     *
     * @param ip      the compact IP address, null when unknown
     * @param browser the short browser name ("Firefox on Linux"), null when unknown
     */
    record Event(Instant at, AuditEventType type, String ip, String browser, EventActor actor)
            implements ActivityItem {

        public Event {
            Objects.requireNonNull(at);
            Objects.requireNonNull(type);
            Objects.requireNonNull(actor);
        }
    }

    /** {@code count} wrong passwords from {@code addresses} distinct IP addresses, between {@code first} and {@code at}. */
    record WrongPasswords(Instant first, Instant at, int count, int addresses) implements ActivityItem {

        public WrongPasswords {
            Objects.requireNonNull(first);
            Objects.requireNonNull(at);
        }
    }
}
