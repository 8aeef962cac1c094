package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "counted-month": "the monitor recorded the deaths of 75 farmers in August": a month named alone after "in",
 * in a clause whose verb is a monitor's count ("documented", "recorded", "counted"), is the period the count covers,
 * not the date of one incident ("a guard was killed in August" stays an incident).
 */
final class CountedMonth {

    static final String NAME = "counted-month";
    private static final Set<String> COUNTING_VERBS = WordList.of("counting-verbs");

    private CountedMonth() {
    }

    /** A bare month at {@code at}, right after "in" ("August", not "August 5"), in a counting clause [from, to). */
    static boolean covers(List<Token> tokens, int at, int from, int to) {
        if (at >= to || !NonCasualty.MONTHS.contains(tokens.get(at).lower()) || tokens.get(at).is("may")
                || !Character.isUpperCase(tokens.get(at).text().charAt(0))) {
            return false;
        }
        if (at + 1 < to && tokens.get(at + 1).isNumber()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (COUNTING_VERBS.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }
}
