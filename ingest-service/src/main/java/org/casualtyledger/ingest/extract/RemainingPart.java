package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "remaining-part": "the death of 418 people, including 92 civilians. The remaining 326 were combatants": the
 * figure of "the remaining" is the rest of a total one of whose parts was just told, so it is a part of that total,
 * as the part before it is; after the lines that break that part down, the part is found up their nesting.
 */
final class RemainingPart {

    static final String NAME = "remaining-part";
    private static final Set<String> REMAINING = WordList.of("remaining");
    /** How many figures back the part told before the rest may stand. */
    private static final int REACH = 8;

    private RemainingPart() {
    }

    /** The total whose rest figure {@code d} counts, or null when "the remaining" does not stand before it. */
    static Draft total(Draft d, List<Token> tokens, List<Draft> earlier) {
        int at = d.quantity.from();
        if (at - 2 < d.sentence.from() || !REMAINING.contains(tokens.get(at - 1).lower()) || !tokens.get(at - 2).is("the")) {
            return null;
        }
        for (int k = earlier.size() - 1; k >= Math.max(0, earlier.size() - REACH); k--) {
            Draft part = earlier.get(k);
            for (int steps = 0; part.parent != null && part.restates == null && steps < ReportReading.MAX_NESTING; steps++) {
                if (part.parent.parent == null) {
                    return part.parent.value() >= part.value() + d.value() ? part.parent : null;
                }
                part = part.parent;
            }
        }
        return null;
    }
}
