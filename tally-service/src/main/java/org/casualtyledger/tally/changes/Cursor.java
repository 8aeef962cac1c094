package org.casualtyledger.tally.changes;

import org.casualtyledger.problem.QueryParams;

/**
 * A position in the change log, as clients see it: an opaque string (today the log's sequence number, which survives
 * restarts); "0", or none, is the beginning.
 */
public final class Cursor {
    private Cursor() {
    }

    public static String of(long position) {
        return Long.toString(position);
    }

    /** The position a cursor names; anything that is not one is a 400 problem naming {@code after}. */
    public static long parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        String text = cursor.trim();
        if (text.length() > 19 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw QueryParams.invalid("after", "'" + cursor + "' is not a cursor of this ledger (use the cursor of a change)");
        }
        return Long.parseLong(text);
    }
}
