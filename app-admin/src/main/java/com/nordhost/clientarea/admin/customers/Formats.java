package com.nordhost.clientarea.admin.customers;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the back-office writes times: UTC, to the second. */
public final class Formats {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }

    public static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}
