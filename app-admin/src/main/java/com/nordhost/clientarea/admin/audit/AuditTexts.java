package com.nordhost.clientarea.admin.audit;

import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditPerson;
import com.vaadin.flow.component.Component;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How the back-office screens show audit events to people: the event type as a translated label
 * ({@code audit.type.<ENUM>}) and the details as {@code key: value} pairs in key order. The audit holds no
 * secret (no code, hash or password is ever put in its details), so the details are shown as they are.
 * The CSV export does not use these: it keeps the stable enum names (see {@link AuditCsv}).
 */
public final class AuditTexts {

    static final String TYPE_KEY_PREFIX = "audit.type.";

    private AuditTexts() {
    }

    public static String typeLabel(Component translator, AuditEventType type) {
        return type == null ? "" : translator.getTranslation(typeKey(type));
    }

    static String typeKey(AuditEventType type) {
        return TYPE_KEY_PREFIX + type.name();
    }

    /** {@code Anna Andersson <anna@example.com>}; the address alone when no account has it. */
    public static String person(AuditPerson person) {
        if (person.name().isBlank()) {
            return person.email();
        }
        return person.email().isEmpty() ? person.name() : person.name() + " <" + person.email() + ">";
    }

    /** {@code agent: a@b.test; reason: Phone lost; ticket: NH-1}; sorted, as the stored map has no order. */
    public static String details(Map<String, String> details) {
        return new TreeMap<>(details).entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
    }
}
