package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rule "so-far-scope": "Since then, the monitor has documented the death of 213 soldiers. The bombardment has also
 * killed 58 civilians so far": "so far", "to date" count up to now from a start the words leave out, the start of the
 * running total told right before, so the figure takes that total's scope and period ({@link ContinuedScope}, whose
 * checks for its own day or event apply). After an incident's figure, "so far" updates that incident.
 */
final class SoFarContinued {

    static final String NAME = "so-far-scope";
    private static final Set<String> UP_TO_NOW = WordList.of("up-to-now");
    private static final Set<String> FIRST_WORDS = UP_TO_NOW.stream().map(p -> p.split(" ")[0]).collect(Collectors.toUnmodifiableSet());

    private SoFarContinued() {
    }

    static boolean continues(Draft d, Draft before, List<Token> tokens) {
        Sentence s = d.sentence;
        for (int i = s.from(); i + 1 < s.to(); i++) {
            if (FIRST_WORDS.contains(tokens.get(i).lower()) && UP_TO_NOW.contains(tokens.get(i).lower() + " " + tokens.get(i + 1).lower())) {
                return true;
            }
        }
        return false;
    }
}
