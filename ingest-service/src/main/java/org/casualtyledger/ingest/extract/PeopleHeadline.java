package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * Rule "people-headline": "Three people killed and 7 injured in Idlib" over the body's "killing 3 civilians and
 * wounding 7 others", or "12 civilians killed" over "killing 12 people": where the headline or the body counts people
 * of no stated status (or captives, named by their capture, not their party), the headline restates the body's figure of the same toll whatever group the other names, when
 * no body figure of its own group tells it. Below {@link #ROUNDED} the numbers must be equal ("5 people" over "3
 * civilians and 2 soldiers" is their sum, not either).
 */
final class PeopleHeadline {

    static final String NAME = "people-headline";
    private static final int ROUNDED = 10;
    /**
     * Groups that name no party: people of no stated status, and detainees or captives, named by what befell them
     * ("ISIS executes 4 captives" over "executed 4 fighters of the force whom it had captured").
     */
    private static final java.util.Set<String> NO_PARTY = java.util.Set.of("PEOPLE", "DETAINEES");
    private static final double TOLERANCE = 0.15;

    private PeopleHeadline() {
    }

    /** The body figure a headline restates when one of them counts people, or null: the closest in value, of the headline's scope first. */
    static Draft bodyFigure(Draft headline, List<Draft> drafts) {
        Draft best = closest(headline, drafts, true);
        return best != null ? best : closest(headline, drafts, false);
    }

    private static Draft closest(Draft headline, List<Draft> drafts, boolean sameScope) {
        Draft best = null;
        for (Draft body : drafts) {
            if (body.sentence.headline() || body.parent != null || body.restates != null
                    || !NO_PARTY.contains(headline.group) && !NO_PARTY.contains(body.group)
                    || Restatements.toll(body.outcome) != Restatements.toll(headline.outcome)
                    || sameScope && body.scope != headline.scope || !near(headline.value(), body.value())) {
                continue;
            }
            if (best == null || Math.abs(body.value() - headline.value()) < Math.abs(best.value() - headline.value())) {
                best = body;
            }
        }
        return best;
    }

    private static boolean near(long a, long b) {
        if (Math.min(a, b) < ROUNDED) {
            return a == b;
        }
        return Math.abs(a - b) <= Math.round(TOLERANCE * Math.max(a, b));
    }
}
