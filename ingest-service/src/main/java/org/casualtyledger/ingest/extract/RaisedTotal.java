package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "raised-total": "the number of those killed in regime-held areas since the earthquake has risen to 1,414,
 * bringing the overall toll to 5,951": a toll that a raising clause brings to a new figure right after a running total
 * of its sentence adds to that total, and so is told over the same period ({@link ContinuedScope}, whose checks for
 * its own day or event apply); "killed 2 shepherds, bringing to 45 the number killed since January" names its own.
 */
final class RaisedTotal {

    static final String NAME = "raised-total";
    /** "bringing", "raising": participles that open the clause of the raised toll. */
    private static final Set<String> RAISING = WordList.of("raising-participles");

    private RaisedTotal() {
    }

    static boolean continues(Draft d, Draft before, List<Token> tokens) {
        if (before.sentence != d.sentence) {
            return false;
        }
        for (int i = before.quantity.to(); i + 1 < d.quantity.from(); i++) {
            if (tokens.get(i).is("since")) {
                return false;
            }
            if (tokens.get(i).is(",") && RAISING.contains(tokens.get(i + 1).lower())) {
                return true;
            }
        }
        return false;
    }
}
