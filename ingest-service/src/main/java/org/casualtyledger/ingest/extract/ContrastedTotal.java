package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "contrasted-total": "the number of civilians killed since the start of the offensive on 3 May rose to 640,
 * while the army lost 212 soldiers": a figure set against a running total by "while" or "whereas" in the same
 * sentence is counted over the same frame, so it takes that total's scope and period ({@link ContinuedScope}, whose
 * checks for its own day or event apply). One person ("while a boy died of the cold") is one event, not a total.
 */
final class ContrastedTotal {

    static final String NAME = "contrasted-total";
    private static final Set<String> CONTRAST = WordList.of("contrast-conjunctions");

    private ContrastedTotal() {
    }

    static boolean contrasted(Draft d, Draft before, List<Token> tokens) {
        if (before.sentence != d.sentence || d.value() < 2) {
            return false;
        }
        for (int i = before.quantity.to(); i < d.quantity.from(); i++) {
            if (CONTRAST.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }
}
