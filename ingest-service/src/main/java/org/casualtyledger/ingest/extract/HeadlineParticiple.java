package org.casualtyledger.ingest.extract;

/**
 * Rule "headline-participle": "A regime officer and 3 soldiers killed in ambush": a headline drops the auxiliary, so
 * a participle after one person and the people joined to them is their verb, as "were killed" is in the body.
 */
final class HeadlineParticiple {

    static final String NAME = "headline-participle";

    private HeadlineParticiple() {
    }

    /** True when the passive participle after the one person at {@code q} is a headline's verb without auxiliary. */
    static boolean fits(Sentence s, OutcomeMatch outcome, Quantity q) {
        return s.headline() && q.from() == s.from() && "passive-verb".equals(outcome.rule());
    }
}
