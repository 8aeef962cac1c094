package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "One other suspect was detained", "an additional insurgent", "several more were killed", "another three people",
 * "two civilians were also killed": the words say that these people come on top of those already counted, so the
 * figure never restates an earlier one.
 */
final class AdditiveFigure {

    private static final Set<String> ADDITIVE_MODIFIERS = Set.of("other", "additional", "more", "another", "further");
    /** How far before its outcome verb "also" may stand: "were also killed", "also detained". */
    private static final int ALSO_REACH = 3;

    private AdditiveFigure() {
    }

    static boolean adds(Draft d, List<Token> tokens) {
        int from = d.quantity.from();
        if (from > d.sentence.from() && (tokens.get(from - 1).is("another") || tokens.get(from - 1).is("further"))) {
            return true;
        }
        int phraseEnd = Math.max(d.phrase.to(), d.quantity.to());
        for (int i = d.quantity.to(); i < phraseEnd; i++) {
            if (ADDITIVE_MODIFIERS.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return d.outcomeFrom >= 0 && alsoBefore(d.outcomeFrom, d.sentence.from(), tokens);
    }

    private static boolean alsoBefore(int verb, int sentenceFrom, List<Token> tokens) {
        for (int i = verb - 1; i >= Math.max(sentenceFrom, verb - ALSO_REACH); i--) {
            if (tokens.get(i).is("also")) {
                return true;
            }
        }
        return false;
    }
}
