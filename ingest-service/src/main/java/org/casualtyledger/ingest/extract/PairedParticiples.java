package org.casualtyledger.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "12 civilians killed 30 injured in shelling": a headline pairs two figures, each with its own participle. The
 * first participle is no active verb taking the second figure as its object, because the second figure carries a
 * participle of another outcome right after its own noun: each figure keeps the participle that follows it.
 */
final class PairedParticiples {

    static final String RULE = "paired-participle";
    /** Words of the noun counted between a figure and its participle ("civilians", "other people"). */
    private static final int NOUN_REACH = 3;
    private static final Set<String> NOT_NOUNS = Set.of("were", "was", "are", "is", "have", "has", "had", "been",
            "and", "or", "who", "which", "that", "of", "in", "on", "by", "to");

    private PairedParticiples() {
    }

    /** The outcome of each paired figure, keyed by the token where the figure starts. */
    static Map<Integer, OutcomeMatch> find(List<Token> tokens, List<Quantity> quantities, Lexicon lexicon, int sentenceEnd) {
        Map<Integer, OutcomeMatch> paired = new HashMap<>();
        for (int k = 0; k + 1 < quantities.size(); k++) {
            Quantity first = quantities.get(k);
            Quantity second = quantities.get(k + 1);
            OutcomeMatch own = participleAfter(tokens, first.to(), second.from(), lexicon);
            if (own == null || own.to() != second.from()) {
                continue;
            }
            int limit = k + 2 < quantities.size() ? quantities.get(k + 2).from() : sentenceEnd;
            OutcomeMatch next = participleAfter(tokens, second.to(), limit, lexicon);
            if (next != null && next.outcome() != own.outcome() && !beforePersonNoun(tokens, next, limit, lexicon)) {
                paired.put(first.from(), own);
                paired.put(second.from(), next);
            }
        }
        return paired;
    }

    /** "five wounded soldiers": a participle before a noun describes the people, it tells no outcome of its own. */
    private static boolean beforePersonNoun(List<Token> tokens, OutcomeMatch m, int limit, Lexicon lexicon) {
        return m.to() < limit && lexicon.personNouns.longestAt(tokens, m.to(), limit) != null;
    }

    /** A past participle or state standing after a few noun words, with no auxiliary or clause word before it. */
    private static OutcomeMatch participleAfter(List<Token> tokens, int from, int limit, Lexicon lexicon) {
        for (int i = from; i < limit && i <= from + NOUN_REACH; i++) {
            PhraseTable.Match<OutcomeTerm> m = lexicon.outcomes.longestAt(tokens, i, limit);
            if (m != null) {
                return m.value().canFollow() ? new OutcomeMatch(m.value().outcome(), m.from(), m.to(), RULE) : null;
            }
            Token t = tokens.get(i);
            if (!t.isWord() || NOT_NOUNS.contains(t.lower())) {
                return null;
            }
        }
        return null;
    }
}
