package org.casualtyledger.tally.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Page;
import org.casualtyledger.problem.Problem;
import org.casualtyledger.problem.ProblemException;

/** Reads query parameters strictly: anything that does not parse is a 400 problem naming the parameter. */
final class Params {
    static final int MAX_TEXT = 200;

    private Params() {
    }

    static int page(String value) {
        int page = integer("page", value, 0);
        if (page < 0 || page > 1_000_000) {
            throw invalid("page", "must be between 0 and 1000000");
        }
        return page;
    }

    static int size(String value) {
        int size = integer("size", value, Page.DEFAULT_SIZE);
        if (size < 1 || size > Page.MAX_SIZE) {
            throw invalid("size", "must be between 1 and " + Page.MAX_SIZE);
        }
        return size;
    }

    static LocalDate date(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(name, "'" + value + "' is not a date of the form YYYY-MM-DD");
        }
    }

    static void range(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw invalid("from", "must not be after to");
        }
    }

    static Outcome outcome(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Outcome.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("outcome", "'" + value + "' is not one of " + Arrays.toString(Outcome.values()));
        }
    }

    /** A group, source, subgroup or place name: trimmed, upper-cased where the ledger keeps it upper-case. */
    static String text(String name, String value, boolean upperCase) {
        if (blank(value)) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw invalid(name, "at most " + MAX_TEXT + " characters");
        }
        return upperCase ? value.trim().toUpperCase(Locale.ROOT) : value.trim();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static ProblemException invalid(String name, String message) {
        return new ProblemException(Problem.of(400, "invalid-parameter", "Invalid query parameter", name + ": " + message)
                .withErrors(java.util.List.of(new Problem.FieldError(name, message))));
    }

    private static int integer(String name, String value, int fallback) {
        if (blank(value)) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(name, "'" + value + "' is not a whole number");
        }
    }
}
