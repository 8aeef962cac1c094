package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "dated-day": "some 9,000 villagers were displaced after the gunmen ordered them out on the 3rd of August": a
 * clause that puts its events on one dated day ("on the 3rd of August", "on August 3") tells that day's events, as
 * "today" does, whatever their size.
 */
final class DatedDay {

    static final String NAME = "dated-day";
    private static final Set<String> ORDINALS = WordList.of("ordinals");
    private static final int DAY_WORDS = 4;

    private DatedDay() {
    }

    /** True when [from, to) holds "on" followed by a day of a named month. */
    static boolean named(List<Token> tokens, int from, int to) {
        for (int i = from; i + 2 < to; i++) {
            if (tokens.get(i).is("on") && dayOfMonth(tokens, i + 1, Math.min(to, i + 1 + DAY_WORDS))) {
                return true;
            }
        }
        return false;
    }

    private static boolean dayOfMonth(List<Token> tokens, int from, int to) {
        boolean day = false;
        boolean month = false;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            String w = t.lower();
            if (NonCasualty.MONTHS.contains(w)) {
                month = true;
            } else if (Character.isDigit(w.charAt(0)) && !NonCasualty.isYear(t) || ORDINALS.contains(w)) {
                day = true;
            } else if (!w.equals("the") && !w.equals("of")) {
                break;
            }
        }
        return day && month;
    }
}
