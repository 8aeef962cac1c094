package org.casualtyledger.tally.query;

import java.util.Locale;
import org.casualtyledger.claim.Page;
import org.casualtyledger.problem.QueryParams;

/**
 * The tally-specific query parameters (paging bounds, names); dates, outcomes and periods are read by
 * {@link QueryParams}. Anything that does not parse is a 400 problem naming the parameter.
 */
public final class Params {
    public static final int MAX_TEXT = 200;

    private Params() {
    }

    public static int page(String value) {
        int page = integer("page", value, 0);
        if (page < 0 || page > 1_000_000) {
            throw QueryParams.invalid("page", "must be between 0 and 1000000");
        }
        return page;
    }

    public static int size(String value) {
        int size = integer("size", value, Page.DEFAULT_SIZE);
        if (size < 1 || size > Page.MAX_SIZE) {
            throw QueryParams.invalid("size", "must be between 1 and " + Page.MAX_SIZE);
        }
        return size;
    }

    /** A group, source, subgroup or place name: trimmed, upper-cased where the ledger keeps it upper-case. */
    public static String text(String name, String value, boolean upperCase) {
        if (blank(value)) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw QueryParams.invalid(name, "at most " + MAX_TEXT + " characters");
        }
        return upperCase ? value.trim().toUpperCase(Locale.ROOT) : value.trim();
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static int integer(String name, String value, int fallback) {
        if (blank(value)) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw QueryParams.invalid(name, "'" + value + "' is not a whole number");
        }
    }
}
