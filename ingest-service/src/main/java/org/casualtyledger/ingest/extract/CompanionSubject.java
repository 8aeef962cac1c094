package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "companion-subject": "a shepherd was shot dead and his brother was wounded": a possessive person after the
 * victim's verb that has a finite verb of its own is the subject of its own clause, which tells what happened to
 * him; he is no companion sharing the victim's outcome. "A shepherd, his wife and son were killed" (the verb after
 * the list) keeps its companions.
 */
final class CompanionSubject {

    static final String NAME = "companion-subject";
    private static final Set<String> FINITE_AUXILIARIES = WordList.of("finite-auxiliaries");

    private CompanionSubject() {
    }

    /** True when the companion whose head is at {@code head} opens a clause of its own after the victim's verb. */
    static boolean ownClause(List<Token> tokens, Draft victim, int head, Sentence s) {
        return victim.outcomeTo >= 0 && victim.outcomeTo <= head && head + 1 < s.to()
                && FINITE_AUXILIARIES.contains(tokens.get(head + 1).lower());
    }
}
