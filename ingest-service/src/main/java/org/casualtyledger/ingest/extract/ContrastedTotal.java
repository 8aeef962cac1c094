package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "contrasted-total": "the number of civilians killed since the start of the offensive on 3 May rose to 640,
 * while the army lost 212 soldiers", "..., in addition to 80 fighters of the militia": a figure set beside a running
 * total in the same sentence ("while", "whereas", "in addition to", "as well as", "besides") is
 * counted over the same frame, so it takes that total's scope and period ({@link ContinuedScope}, whose checks for
 * its own day or event apply). One person ("while a boy died of the cold") is one event, not a total.
 */
final class ContrastedTotal {

    static final String NAME = "contrasted-total";
    private static final Set<String> CONTRAST = WordList.of("contrast-conjunctions");

    private ContrastedTotal() {
    }

    /** A figure of two or more people told after {@code before} in its sentence, a word of contrast between them. */
    static boolean contrasted(Draft d, Draft before, List<Token> tokens) {
        if (before.sentence != d.sentence || d.value() < 2) {
            return false;
        }
        for (int i = before.quantity.to(); i < d.quantity.from(); i++) {
            if (CONTRAST.contains(tokens.get(i).lower()) || CONTRAST.contains(tokens.get(i - 1).lower() + " " + tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }
}
