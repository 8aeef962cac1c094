package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "ordinal-aside": "gunmen killed a young man in the camp, the 21st killing there since the start of the year":
 * an apposition that numbers the event in a series ("the 21st killing", "the third such attack this month") places the
 * incident in a period; the period is the series', not the figure's, which stays the incident's own.
 */
final class OrdinalAside {

    static final String NAME = "ordinal-aside";
    private static final Set<String> ORDINALS = WordList.of("ordinals");

    private OrdinalAside() {
    }

    /** Where an ordinal apposition opens in [from, to) (its comma), or {@code to} when none does. */
    static int start(List<Token> tokens, int from, int to) {
        for (int i = from; i + 2 < to; i++) {
            if (tokens.get(i).is(",") && tokens.get(i + 1).is("the") && ordinal(tokens.get(i + 2))) {
                return i;
            }
        }
        return to;
    }

    private static boolean ordinal(Token t) {
        String w = t.lower();
        if (ORDINALS.contains(w) || w.equals("first")) {
            return true;
        }
        int digits = 0;
        while (digits < w.length() && Character.isDigit(w.charAt(digits))) {
            digits++;
        }
        String suffix = w.substring(digits);
        return digits > 0 && (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"));
    }
}
