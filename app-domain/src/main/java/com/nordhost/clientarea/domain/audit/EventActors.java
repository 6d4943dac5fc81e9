package com.nordhost.clientarea.domain.audit;

import com.nordhost.clientarea.domain.account.EmailAddress;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The one rule that turns an event's stored actor (an address) into {@link EventActor}, for every place a customer
 * sees their own events (Recent security activity, "Download my data"): the account's address now, or any address an
 * {@link AuditEventType#EMAIL_CHANGED} event of the account recorded, is "you"; {@link AuditTrail#ANONYMOUS} is
 * "system"; anyone else can only be an agent, shown as "support" and never by name or address.
 */
public final class EventActors {

    private final String current;
    private final Supplier<? extends Collection<AuditEvent>> addressChanges;
    private Set<String> ownAddresses;

    private EventActors(String current, Supplier<? extends Collection<AuditEvent>> addressChanges) {
        this.current = current;
        this.addressChanges = addressChanges;
    }

    /**
     * @param addressChanges the account's events; only its {@link AuditEventType#EMAIL_CHANGED} ones are read (their
     *                       details hold the old and the new address)
     */
    public static EventActors forAccount(EmailAddress current, Collection<AuditEvent> addressChanges) {
        Objects.requireNonNull(addressChanges);
        return forAccount(current, () -> addressChanges);
    }

    /**
     * Like {@link #forAccount(EmailAddress, Collection)}, reading the address changes only when an event's actor is
     * neither the address now nor "anonymous" (most pages of most accounts never need them). Not for several threads.
     */
    public static EventActors forAccount(EmailAddress current, Supplier<? extends Collection<AuditEvent>> addressChanges) {
        Objects.requireNonNull(current, "The account's address is required.");
        return new EventActors(current.value().toLowerCase(Locale.ROOT), Objects.requireNonNull(addressChanges));
    }

    public EventActor of(AuditEvent event) {
        String actor = event.actor();
        if (actor == null || AuditTrail.ANONYMOUS.equals(actor)) {
            return EventActor.SYSTEM;
        }
        String address = actor.toLowerCase(Locale.ROOT);
        return address.equals(current) || ownAddresses().contains(address) ? EventActor.YOU : EventActor.SUPPORT;
    }

    private Set<String> ownAddresses() {
        if (ownAddresses == null) {
            Set<String> own = new HashSet<>();
            addressChanges.get().stream().filter(e -> e.type() == AuditEventType.EMAIL_CHANGED)
                    .forEach(e -> e.details().values().forEach(v -> own.add(v.toLowerCase(Locale.ROOT))));
            ownAddresses = own;
        }
        return ownAddresses;
    }
}
