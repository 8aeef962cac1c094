package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "since-time-of-day": "the shelling killed 9 people since the early hours of the day", "since early morning",
 * "since the beginning of the night": a time of day after "since" spans the hours of one day's events, the
 * incident's own time, never a running total's period; "since early March" still opens a period.
 */
final class SinceTimeOfDay {

    static final String NAME = "since-time-of-day";
    private static final Set<String> TIMES_OF_DAY = WordList.of("times-of-day");
    /** Words between "since" and the time of day: "the early hours", "the beginning of the night". */
    private static final Set<String> LEADS = WordList.of("time-of-day-leads");
    /** How many such words may stand before the time of day. */
    private static final int LEAD_REACH = 4;

    private SinceTimeOfDay() {
    }

    /** The phrase after "since", from {@code from}, names a time of day. */
    static boolean after(List<Token> tokens, int from, int to) {
        for (int i = from; i < Math.min(to, from + LEAD_REACH + 1); i++) {
            String w = tokens.get(i).lower();
            if (TIMES_OF_DAY.contains(w)) {
                return true;
            }
            if (!LEADS.contains(w)) {
                return false;
            }
        }
        return false;
    }
}
