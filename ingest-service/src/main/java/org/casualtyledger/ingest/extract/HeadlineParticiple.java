package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * Rule "headline-participle": "A regime officer and 3 soldiers killed in ambush": a headline drops the auxiliary, so
 * a participle after one person and the people joined to them is their verb, as "were killed" is in the body. A list
 * line drops it too: "• A member of regime forces killed by sniper fire on the frontline."
 */
final class HeadlineParticiple {

    static final String NAME = "headline-participle";

    private HeadlineParticiple() {
    }

    /**
     * True when the passive participle after the one person at {@code q} is the verb without auxiliary of a headline
     * the person opens, or of a list line ({@code listLine}) whose mark alone stands before the person.
     */
    static boolean fits(Sentence s, OutcomeMatch outcome, Quantity q, List<Token> tokens, boolean listLine) {
        if (!"passive-verb".equals(outcome.rule())) {
            return false;
        }
        return s.headline() && q.from() == s.from() || listLine && onlyMarksBefore(s, q, tokens);
    }

    private static boolean onlyMarksBefore(Sentence s, Quantity q, List<Token> tokens) {
        for (int i = s.from(); i < q.from(); i++) {
            if (tokens.get(i).isWord()) {
                return false;
            }
        }
        return true;
    }
}
