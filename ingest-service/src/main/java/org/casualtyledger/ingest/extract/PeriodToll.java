package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "period-toll": "the total death toll in 2020 reached 6,817", "the toll of May 2024 was 325", "the tally for the
 * month of March": a toll joined to a calendar month or year, with no day in it, is counted over that month or year,
 * a running total; "the toll of May 5" dates one day's events.
 */
final class PeriodToll {

    static final String NAME = "period-toll";
    private static final Set<String> TOLLS = WordList.of("toll-nouns");
    private static final Set<String> PREPOSITIONS = WordList.of("toll-period-prepositions");
    private static final Set<String> CALENDAR_SPANS = WordList.of("calendar-spans");

    private PeriodToll() {
    }

    /** A toll at {@code at} followed by its month or year, within [.., to). */
    static boolean at(List<Token> tokens, int at, int to) {
        if (!TOLLS.contains(tokens.get(at).lower()) || at + 2 >= to || !PREPOSITIONS.contains(tokens.get(at + 1).lower())) {
            return false;
        }
        int i = at + 2;
        if (i + 2 < to && tokens.get(i).is("the") && CALENDAR_SPANS.contains(tokens.get(i + 1).lower()) && tokens.get(i + 2).is("of")) {
            i += 3;
        }
        if (i < to && NonCasualty.MONTHS.contains(tokens.get(i).lower()) && Character.isUpperCase(tokens.get(i).text().charAt(0))) {
            i++;
            if (i < to && NonCasualty.isYear(tokens.get(i))) {
                i++;
            }
            return i >= to || !tokens.get(i).isNumber() && !tokens.get(i).lower().matches("\\d+(st|nd|rd|th)");
        }
        return i < to && NonCasualty.isYear(tokens.get(i));
    }
}
