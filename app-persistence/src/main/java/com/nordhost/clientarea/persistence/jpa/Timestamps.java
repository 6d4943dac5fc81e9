package com.nordhost.clientarea.persistence.jpa;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Converts between the domain's {@link Instant} and the {@link OffsetDateTime} the entities map to
 * {@code TIMESTAMP WITH TIME ZONE} columns (JPA 3.1 would store an Instant field as a serialized blob).
 * Values are written in UTC and truncated to microseconds, the precision both H2 and PostgreSQL keep.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static OffsetDateTime toColumn(Instant instant) {
        return instant == null ? null
                : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    public static Instant toInstant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
