package org.casualtyledger.ingest.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Rule "counted-month": "the monitor recorded the deaths of 75 farmers in August", "... 40 arrests last month": a
 * month named alone after "in", or the month before publication ("last month", "the previous month"), in a clause
 * whose verb is a monitor's count ("documented", "recorded", "counted") or whose subject is "the number of" people,
 * is the period the count covers, not the date of one incident ("a guard was killed in August" stays an incident).
 * A figure counted over a whole country ("410 people were killed across the country in August") is such a count too:
 * no one incident spans a country.
 */
final class CountedMonth {

    static final String NAME = "counted-month";
    private static final Set<String> COUNTING_VERBS = WordList.of("counting-verbs");
    /** "last month", "the previous month": the calendar month before the one of publication. */
    private static final Set<String> PREVIOUS = WordList.of("previous-period");

    private CountedMonth() {
    }

    /** A bare month at {@code at}, right after "in" ("August", not "August 5"), in a counting clause [from, to). */
    static boolean covers(List<Token> tokens, int at, int from, int to) {
        if (at >= to || !NonCasualty.MONTHS.contains(tokens.get(at).lower())
                || !Character.isUpperCase(tokens.get(at).text().charAt(0))) {
            return false;
        }
        if (at + 1 < to && tokens.get(at + 1).isNumber()) {
            return false;
        }
        return counting(tokens, from, to);
    }

    /** "last month" at {@code at} in a counting clause [from, to). */
    static boolean previousMonth(List<Token> tokens, int at, int from, int to) {
        return at + 1 < to && PREVIOUS.contains(tokens.get(at).lower()) && tokens.get(at + 1).is("month") && counting(tokens, from, to);
    }

    /**
     * "the past week", "the last week" at {@code at} in a counting clause [from, to): a monitor's count over a week
     * gathers that week's incidents ("documented the death of 78 people during the past week"), where a week of
     * fighting told by the news is one event.
     */
    static boolean pastWeek(List<Token> tokens, int at, int from, int to) {
        return at + 2 < to && tokens.get(at).is("the") && RECENT.contains(tokens.get(at + 1).lower()) && tokens.get(at + 2).is("week")
                && counting(tokens, from, to);
    }

    private static final Set<String> RECENT = WordList.of("recent");

    /** The first day of the month before publication when [from, to) counts over "last month"; null otherwise. */
    static LocalDate previousMonthStart(List<Token> tokens, int from, int to, LocalDate publishedAt) {
        if (publishedAt == null) {
            return null;
        }
        for (int i = from; i + 1 < to; i++) {
            if (previousMonth(tokens, i, from, to)) {
                return PeriodStart.firstDay(publishedAt, true, true);
            }
        }
        return null;
    }

    /** The clause [from, to) is a monitor's count: "documented", "the number of", "across the country". */
    static boolean counting(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (COUNTING_VERBS.contains(tokens.get(i).lower()) || numberOf(tokens, i, to) || SentenceRules.nationwide(tokens, i, to)) {
                return true;
            }
        }
        return false;
    }

    /** "the number of civilians killed in April rose to 96": a number of people is a count as "documented" is. */
    private static boolean numberOf(List<Token> tokens, int at, int to) {
        return at + 1 < to && tokens.get(at).is("number") && tokens.get(at + 1).is("of") && at > 0 && tokens.get(at - 1).is("the");
    }
}
