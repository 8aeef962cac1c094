package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "gapped-conjunct": "two children were killed in the town of Tafas, and two others in the town of Nawa", "Two
 * children killed in Daraa, and two others in Idlib", "gunmen killed 3 soldiers in Tafas and 2 civilians in Nawa": a
 * figure after "and" whose verb is left out, told with a place or means as the figure before it is ("in Nawa", "by
 * sniper fire"), shares that figure's outcome.
 */
final class GappedConjunct {

    static final String NAME = "gapped-conjunct";
    private static final Set<String> PLACE_PREPOSITIONS = WordList.of("gapped-prepositions");
    private static final Set<String> BREAKS = WordList.of("clause-breaks");
    private static final Set<String> RELATIVES = WordList.of("relative-pronouns");
    /** How many words may tell the first figure's verb and complement before "and". */
    private static final int GAP_REACH = 14;

    private GappedConjunct() {
    }

    /** Whether {@code d} leaves out the verb of the figure before it, {@code previous}, and so shares its outcome. */
    static boolean joins(List<Token> tokens, Draft previous, Draft d) {
        int from = Math.max(previous.phrase.to(), previous.quantity.to());
        int to = d.quantity.from();
        if (previous.outcome == null || previous.outcomeFrom < 0 || to - from > GAP_REACH || to - from < 3
                || !tokens.get(to - 1).is("and")) {
            return false;
        }
        int after = Math.max(d.phrase.to(), d.quantity.to());
        if (after >= d.sentence.to() || !PLACE_PREPOSITIONS.contains(tokens.get(after).lower())) {
            return false;
        }
        boolean parallel = false;
        int complement = Math.max(from, previous.outcomeTo);
        for (int i = from; i < to - 1; i++) {
            Token t = tokens.get(i);
            if (t.isNumber() || BREAKS.contains(t.lower()) || RELATIVES.contains(t.lower()) || t.is("(") || t.is(":")) {
                return false;
            }
            if (t.is(",") && i != to - 2) {
                return false;
            }
            parallel |= i >= complement && PLACE_PREPOSITIONS.contains(t.lower());
        }
        return parallel;
    }
}
