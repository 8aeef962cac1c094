package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "one-person-apart": "Police arrested a gang leader in the old town. During the raid, officers detained four
 * suspects.": one person named with "a" and a larger figure told after them in another sentence are counted side by
 * side; the later figure counts the people around that person, it does not update a toll of one. A later sentence
 * that takes the person in ("the toll rose to three", "four in all", "four suspects, including the leader") still
 * updates the toll.
 */
final class OnePersonApart {

    static final String NAME = "one-person-apart";
    private static final Set<String> UPDATE_CUES = WordList.of("update-cues");

    private OnePersonApart() {
    }

    /** The one person {@code earlier} stands beside the larger figure {@code later} told after them. */
    static boolean besides(Draft earlier, Draft later, List<Token> tokens) {
        if (!earlier.quantity.article() || earlier.value() != 1 || earlier.sentence == later.sentence) {
            return false;
        }
        for (int i = later.sentence.from(); i < later.sentence.to(); i++) {
            if (UPDATE_CUES.contains(tokens.get(i).lower())) {
                return false;
            }
        }
        return true;
    }
}
