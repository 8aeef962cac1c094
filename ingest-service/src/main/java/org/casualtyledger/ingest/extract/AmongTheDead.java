package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "among-the-dead": "Four nurses were among the dead", "two guards are also among the wounded": the people
 * counted are told as among victims that an outcome word names ("the dead", "the injured"), so the figure has that
 * outcome though no verb states it.
 */
final class AmongTheDead {

    static final String NAME = "among-the-dead";
    /** Words that may stand between the people and "among": "were", "are also", "was reportedly". */
    private static final Set<String> LINKS = WordList.of("auxiliaries");
    private static final Set<String> VICTIM_HEADS = WordList.of("victim-heads");
    private static final int REACH = 3;

    private AmongTheDead() {
    }

    /** The outcome of "among the dead" right after the people counted, which end at {@code from}; null if none. */
    static OutcomeMatch find(List<Token> tokens, int from, int limit, Lexicon lexicon) {
        int end = Math.min(limit, from + REACH + 3);
        int k = from;
        while (k < end && k - from < REACH && LINKS.contains(tokens.get(k).lower())) {
            k++;
        }
        if (k + 2 >= end || !tokens.get(k).is("among") || !(tokens.get(k + 1).is("the") || tokens.get(k + 1).is("those"))
                || !VICTIM_HEADS.contains(tokens.get(k + 2).lower())) {
            return null;
        }
        PhraseTable.Match<OutcomeTerm> m = lexicon.outcomes.longestAt(tokens, k + 2, k + 3);
        return m == null ? null : new OutcomeMatch(m.value().outcome(), k + 2, k + 3, NAME);
    }
}
