package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * Rule "relative-then-and": "killed 5 soldiers who were guarding the post, and 3 civilians", "they are: 48 fighters
 * who joined the Fifth Corps, and 15 others": a relative clause that tells something else of the people before it
 * ends at the ", and" that joins the next figure, which is listed with the figure before the clause as if the clause
 * were not there. A clause telling an outcome, or holding a comma of its own, is no such aside.
 */
final class RelativeThenAnd {

    static final String NAME = "relative-then-and";
    private static final int MAX_CLAUSE = 10;

    private RelativeThenAnd() {
    }

    /** True when the gap [from, to) between two figures is one relative clause about people, then "and". */
    static boolean joins(List<Token> tokens, int from, int to, Lexicon lexicon) {
        return joins(tokens, from, to, lexicon, null);
    }

    static final String TOLD_AGAIN = "relative-told-again";

    /**
     * Rule "relative-told-again": "the toll rose to 205, they are 116 civilians who were killed in the bombings, and 89
     * gunmen", "66,000 people got out, including 5,000 members who were arrested, and 24,000 wives and children": a
     * part's relative clause is an aside about that part, whatever outcome it tells; the figure after its ", and" is
     * the next part of the whole. {@code wholeOutcome} is the outcome of the whole the part belongs to, or null when
     * the figure before is no part.
     */
    static boolean joins(List<Token> tokens, int from, int to, Lexicon lexicon, org.casualtyledger.claim.Outcome wholeOutcome) {
        if (to - from > MAX_CLAUSE || to - from < 3 || !tokens.get(to - 1).is("and")
                || !(tokens.get(from).is("who") || tokens.get(from).is("whose"))) {
            return false;
        }
        int end = tokens.get(to - 2).is(",") ? to - 2 : to - 1;
        for (int i = from + 1; i < end; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || t.is("who") || t.is("whom") || t.is("which")) {
                return false;
            }
            PhraseTable.Match<OutcomeTerm> told = lexicon.outcomes.longestAt(tokens, i, i + 1);
            if (told != null && wholeOutcome == null) {
                return false;
            }
        }
        return true;
    }
}
