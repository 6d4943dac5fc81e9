package com.nordhost.clientarea.domain.audit;

/**
 * Who acted in a security event, as the customer is told: themselves, a support agent (never named), or no one
 * signed in (a link, the system's sweep). Decided by {@link EventActors}.
 */
public enum EventActor {
    YOU("you"),
    SUPPORT("support"),
    SYSTEM("system");

    private final String label;

    EventActor(String label) {
        this.label = label;
    }

    /** The stable English label machine-readable files use ("you", "support", "system"). */
    public String label() {
        return label;
    }
}
