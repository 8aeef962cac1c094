package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Outcome;

/**
 * Rule "body-of-executed": "the body of a young man who had been beheaded", "the bodies of 3 shepherds who were
 * executed by the cells", "the bodies of dozens of people whom the group had executed": a body found tells a death;
 * the relative clause after the people says it was an execution.
 */
final class BodyOfExecuted {

    static final String NAME = "body-of-executed";
    private static final Set<String> BODY_NOUNS = WordList.of("body-nouns");
    private static final Set<String> RELATIVES = Set.of("who", "that", "whom");
    private static final int REACH = 12;
    /** "who had been beheaded": the verb follows the relative after at most an auxiliary or two. */
    private static final int SUBJECT_RELATIVE_REACH = 4;
    /** "whom the cells of the organization had executed": the relative clause's own subject stands before its verb. */
    private static final int OBJECT_RELATIVE_REACH = 9;

    private BodyOfExecuted() {
    }

    /** Whether the outcome words at {@code outcomeFrom} name a body ("body of", "the remains of"). */
    static boolean namesBody(List<Token> tokens, int outcomeFrom) {
        return outcomeFrom >= 0 && outcomeFrom < tokens.size() && BODY_NOUNS.contains(tokens.get(outcomeFrom).lower());
    }

    /** True when a relative clause after {@code from}, before the clause ends, tells an execution. */
    static boolean executed(List<Token> tokens, int from, int limit, Lexicon lexicon) {
        int end = Math.min(limit, from + REACH);
        for (int i = from; i < end; i++) {
            Token t = tokens.get(i);
            if (t.is(",") || t.is(";") || t.is(".") || t.is("and")) {
                return false;
            }
            if (!RELATIVES.contains(t.lower())) {
                continue;
            }
            int verbReach = t.is("who") ? SUBJECT_RELATIVE_REACH : OBJECT_RELATIVE_REACH;
            for (int k = i + 1; k < Math.min(limit, i + verbReach); k++) {
                PhraseTable.Match<OutcomeTerm> m = lexicon.outcomes.longestAt(tokens, k, end);
                if (m != null) {
                    return m.value().outcome() == Outcome.EXECUTED;
                }
            }
            return false;
        }
        return false;
    }
}
