package com.nordhost.clientarea.domain.activity;

import com.nordhost.clientarea.domain.audit.AuditCursor;
import java.util.List;
import java.util.Optional;

/**
 * A page of Recent security activity, newest first. {@code next} is where the next (older) page starts, empty when
 * the 90 days hold nothing more; a page may then still come back empty (the rest was hidden events).
 */
public record ActivityPage(List<ActivityItem> items, Optional<AuditCursor> next) {

    public ActivityPage {
        items = List.copyOf(items);
    }

    static ActivityPage empty() {
        return new ActivityPage(List.of(), Optional.empty());
    }
}
