package org.casualtyledger.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads query parameters and answers a 400 problem naming the parameter when one is malformed.
 * (JAX-RS would answer a bad typed query parameter with a bare 404.)
 */
public final class QueryParams {
    private QueryParams() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(name, "'" + value + "' is not a date of the form YYYY-MM-DD");
        }
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw invalid(name, "the year must be between 1 and 9999, was " + date.getYear());
        }
        return date;
    }

    /**
     * A moment: an ISO-8601 instant ({@code 2019-01-26T10:15:30Z}) or a date, which stands for the start of that day
     * (UTC), or with {@code endOfDay} for the start of the next day, so that {@code to=2019-01-26} includes the day.
     */
    public static Instant instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() == 10) {
            LocalDate day = date(name, text);
            return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(name, "'" + value + "' is neither a date YYYY-MM-DD nor a time such as 2019-01-26T10:15:30Z");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw invalid(name, "'" + value + "' is not one of " + allowed);
        }
    }

    public static int intInRange(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                throw invalid(name, "must be between " + min + " and " + max + ", was " + parsed);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw invalid(name, "'" + value + "' is not a whole number");
        }
    }

    /** A 400 problem naming the parameter, in the detail and as a field error. */
    public static ProblemException invalid(String name, String message) {
        return new ProblemException(Problem.of(400, "invalid-parameter", "Invalid query parameter", name + ": " + message)
                .withErrors(List.of(new Problem.FieldError(name, message))));
    }

    public static void checkOrder(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw invalid("from", "must not be after to (" + from + " is after " + to + ")");
        }
    }
}
