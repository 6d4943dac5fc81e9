package com.nordhost.clientarea.admin.shared;

import java.util.Map;
import java.util.Objects;

/**
 * Which translation key tells an agent what a use case's outcome means: one table per action, read by the
 * outcome's type, instead of a chain of instanceof checks per view.
 */
public final class OutcomeKeys {

    private final Map<Class<?>, String> keys;
    private final String otherwise;

    private OutcomeKeys(Map<Class<?>, String> keys, String otherwise) {
        this.keys = Map.copyOf(keys);
        this.otherwise = Objects.requireNonNull(otherwise);
    }

    /** @param otherwise the key for every outcome type not in {@code keys} (refusals such as "not allowed") */
    public static OutcomeKeys of(Map<Class<?>, String> keys, String otherwise) {
        return new OutcomeKeys(keys, otherwise);
    }

    public String keyFor(Object outcome) {
        return keys.getOrDefault(outcome.getClass(), otherwise);
    }
}
