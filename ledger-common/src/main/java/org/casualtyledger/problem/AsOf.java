package org.casualtyledger.problem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The {@code asOf} parameter of every read of the ledger and its audit trail: an ISO 8601 time with its offset ({@code 2026-03-01T12:00:00Z},
 * {@code 2026-03-01T14:00:00+02:00}) or a date ({@code 2026-03-01}, the start of that day in UTC), from 1900 to a
 * day after now. Anything else is a 400 problem naming the parameter.
 */
public final class AsOf {
    public static final String PARAMETER = "asOf";
    public static final String DESCRIPTION = "Answer as the ledger stood at this time (ISO 8601 with offset, or a date "
            + "meaning its start in UTC), built only from what it had recorded by then; now when absent";
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    private AsOf() {
    }

    /** The instant asked for, or null when the parameter is absent (the current ledger). */
    public static Instant parse(String value) {
        return parse(value, Clock.systemUTC());
    }

    static Instant parse(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        if (text.length() > 64) {
            throw QueryParams.invalid(PARAMETER, "at most 64 characters");
        }
        Instant at = instant(text);
        if (at == null) {
            throw QueryParams.invalid(PARAMETER, "'" + value + "' is not an ISO 8601 time with offset (2026-03-01T12:00:00Z) or a date");
        }
        if (at.isBefore(EARLIEST)) {
            throw QueryParams.invalid(PARAMETER, "must not be before 1900-01-01, was " + text);
        }
        if (at.isAfter(clock.instant().plus(Duration.ofDays(1)))) {
            throw QueryParams.invalid(PARAMETER, "must not be more than a day after now, was " + text);
        }
        return at;
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            // a date, perhaps
        }
        try {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
