package com.nordhost.clientarea.persistence.jpa;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Converts between the domain's {@link Instant} and the {@link OffsetDateTime} the entities map to
 * {@code TIMESTAMP WITH TIME ZONE} columns (JPA 3.1 would store an Instant field as a serialized blob).
 * Values are written in UTC and truncated to microseconds, the precision both H2 and PostgreSQL keep. Also the
 * one place where native queries' column values are read and written ({@link #fromColumn}, {@link #fit}).
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

    /**
     * A timestamp column read by a native query: H2 hands {@code TIMESTAMP WITH TIME ZONE} over as
     * {@link OffsetDateTime}, PostgreSQL's driver as {@link java.sql.Timestamp}.
     */
    public static Instant fromColumn(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass().getName());
    }

    /** Text cut to a column's length, never inside a surrogate pair. */
    public static String fit(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }
}
