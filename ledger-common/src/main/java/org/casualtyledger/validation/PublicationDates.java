package org.casualtyledger.validation;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates a report can have been published on: from 1900-01-01 to a day after today (UTC), which leaves room
 * for a time zone ahead of UTC. Anything else is a typing error or a probe, and would be stored wrongly
 * (year 0 has no single meaning across the services' date types).
 */
public final class PublicationDates {
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private PublicationDates() {
    }

    public static LocalDate latest() {
        return LocalDate.now(ZoneOffset.UTC).plusDays(1);
    }

    /** Why the date is out of range, or null when it is in range (or absent). */
    public static String flaw(LocalDate date) {
        if (date == null || (!date.isBefore(EARLIEST) && !date.isAfter(latest()))) {
            return null;
        }
        return "must be between " + EARLIEST + " and " + latest() + " (a day after today), was " + date;
    }
}
