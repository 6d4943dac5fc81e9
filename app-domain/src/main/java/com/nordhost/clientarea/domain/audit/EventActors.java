package com.nordhost.clientarea.domain.audit;

import com.nordhost.clientarea.domain.account.EmailAddress;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The one rule that turns an event's stored actor (an address) into {@link EventActor}, for every place a customer
 * sees their own events (Recent security activity, "Download my data"): the account's address now, or any address an
 * {@link AuditEventType#EMAIL_CHANGED} event of the account recorded, is "you"; {@link AuditTrail#ANONYMOUS} is
 * "system"; anyone else can only be an agent, shown as "support" and never by name or address.
 */
public final class EventActors {

    private final Set<String> ownAddresses;

    private EventActors(Set<String> ownAddresses) {
        this.ownAddresses = ownAddresses;
    }

    /**
     * @param addressChanges the account's events; only its {@link AuditEventType#EMAIL_CHANGED} ones are read (their
     *                       details hold the old and the new address)
     */
    public static EventActors forAccount(EmailAddress current, Collection<AuditEvent> addressChanges) {
        Objects.requireNonNull(current, "The account's address is required.");
        Set<String> own = new HashSet<>();
        own.add(current.value().toLowerCase(Locale.ROOT));
        addressChanges.stream().filter(e -> e.type() == AuditEventType.EMAIL_CHANGED)
                .forEach(e -> e.details().values().forEach(v -> own.add(v.toLowerCase(Locale.ROOT))));
        return new EventActors(own);
    }

    public EventActor of(AuditEvent event) {
        String actor = event.actor();
        if (actor == null || AuditTrail.ANONYMOUS.equals(actor)) {
            return EventActor.SYSTEM;
        }
        return ownAddresses.contains(actor.toLowerCase(Locale.ROOT)) ? EventActor.YOU : EventActor.SUPPORT;
    }
}
