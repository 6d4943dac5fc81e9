package com.nordhost.clientarea.persistence.activity;

import org.junit.jupiter.api.Tag;

/**
 * Recent security activity with a million rows in {@code audit_event} (the size of {@code CLIENTAREA_SCALE_CUSTOMERS},
 * which {@code .ci/run} sets to a million; {@code -Dscale.auditEvents} on demand): the same walk, plans and times as
 * {@link AccountActivityQueryTest}, on H2. Tagged {@code scale}, so a developer's {@code mvn verify} skips it.
 */
@Tag("scale")
class AccountActivityScaleTest extends AccountActivityQueryTest {

    static final int ROWS = Integer.getInteger("scale.auditEvents",
            Integer.parseInt(System.getenv().getOrDefault("CLIENTAREA_SCALE_CUSTOMERS", "1000000")));

    @Override
    protected int others() {
        return Math.max(0, ROWS - MINE);
    }
}
