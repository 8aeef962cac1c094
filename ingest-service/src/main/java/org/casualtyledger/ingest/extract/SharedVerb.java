package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * Rule "shared-verb-scope": "the number of civilians killed since the 30th of April has risen to 312, while 158
 * soldiers and 203 fighters have been killed so far": figures joined as the subjects or objects of one verb are told
 * by that one verb, so over one period: a figure takes the scope and period of the figure before it with the same
 * outcome verb ({@link ContinuedScope}, whose checks for its own day or event apply).
 */
final class SharedVerb {

    static final String NAME = "shared-verb-scope";

    private SharedVerb() {
    }

    static boolean continues(Draft d, Draft before, List<Token> tokens) {
        return d.sentence == before.sentence && d.outcomeFrom >= 0 && d.outcomeFrom == before.outcomeFrom
                && d.outcome == before.outcome;
    }
}
