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
    private static final Set<String> NOT_NOUNS = WordList.of("not-nouns");

    private PairedParticiples() {
    }

    /** The outcome of each paired figure, keyed by the token where the figure starts. */
    static Map<Integer, OutcomeMatch> find(List<Token> tokens, List<Quantity> quantities, Lexicon lexicon, int sentenceFrom,
            int sentenceEnd) {
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
            if (next != null && next.outcome() != own.outcome() && ownParticiple(tokens, next, limit, lexicon)) {
                paired.put(first.from(), own);
                paired.put(second.from(), next);
            }
        }
        for (int k = 0; k < quantities.size(); k++) {
            Quantity q = quantities.get(k);
            int floor = k > 0 ? quantities.get(k - 1).to() : sentenceFrom;
            int limit = k + 1 < quantities.size() ? quantities.get(k + 1).from() : sentenceEnd;
            if (!paired.containsKey(q.from())) {
                OutcomeMatch next = afterNounSubject(tokens, q, floor, limit, lexicon);
                if (next == null) {
                    next = beforeOthers(tokens, q, limit, lexicon);
                }
                if (next != null) {
                    paired.put(q.from(), next);
                }
            }
        }
        return paired;
    }

    /**
     * "Girl killed two others injured": the participle before the figure follows a noun with no figure of its own;
     * the figure still keeps the participle of another outcome after it.
     */
    private static OutcomeMatch afterNounSubject(List<Token> tokens, Quantity q, int floor, int limit, Lexicon lexicon) {
        PhraseTable.Match<OutcomeTerm> verb = lexicon.outcomes.longestEndingAt(tokens, q.from(), floor);
        if (verb == null || verb.value().role() != OutcomeTerm.Role.VERB || verb.from() - 1 < floor) {
            return null;
        }
        Token subject = tokens.get(verb.from() - 1);
        if (!subject.isWord() || NOT_NOUNS.contains(subject.lower()) || AUXILIARY_WORDS.contains(subject.lower())) {
            return null;
        }
        OutcomeMatch next = participleAfter(tokens, q.to(), limit, lexicon);
        boolean other = next != null && next.outcome() != verb.value().outcome();
        return other && ownParticiple(tokens, next, limit, lexicon) && !(captiveKilled(verb.value().outcome(), next.outcome()) && !others(tokens, q.to(), next.from())) ? next : null;
    }

    /**
     * Rule "paired-others": "2 killed others injured in shelling": the figure's participle is followed by "others"
     * with a participle of another outcome; "others" is no object of the first participle, it opens the second pair.
     */
    private static OutcomeMatch beforeOthers(List<Token> tokens, Quantity q, int limit, Lexicon lexicon) {
        OutcomeMatch own = participleAfter(tokens, q.to(), limit, lexicon);
        if (own == null || own.from() != q.to() || own.to() + 1 >= limit || !tokens.get(own.to()).is("others")) {
            return null;
        }
        OutcomeMatch second = participleAfter(tokens, own.to() + 1, limit, lexicon);
        boolean paired = second != null && second.from() == own.to() + 1 && second.outcome() != own.outcome()
                && ownParticiple(tokens, second, limit, lexicon);
        return paired ? own : null;
    }

    /**
     * Rule "captive-killed": "militants executed six men captured in the raid", "killed two hostages kidnapped last
     * week": a capture participle after the object of a killing tells how the victims came into the killers' hands,
     * before they were killed; it pairs no headline figure of its own, unless the figure counts "others" ("Guard
     * killed, two others kidnapped").
     */
    private static boolean others(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).is("others") || tokens.get(i).is("other")) {
                return true;
            }
        }
        return false;
    }

    private static boolean captiveKilled(org.casualtyledger.claim.Outcome verb, org.casualtyledger.claim.Outcome participle) {
        boolean killing = verb == org.casualtyledger.claim.Outcome.KILLED || verb == org.casualtyledger.claim.Outcome.EXECUTED;
        return killing && participle == org.casualtyledger.claim.Outcome.CAPTURED;
    }

    private static final Set<String> AUXILIARY_WORDS = WordList.of("auxiliary-words");

    /** The participle tells the figure's outcome: it names no people after it and takes no figure as its object. */
    private static boolean ownParticiple(List<Token> tokens, OutcomeMatch m, int limit, Lexicon lexicon) {
        if (m.to() >= tokens.size()) {
            return true;
        }
        Token after = tokens.get(m.to());
        return !after.isNumber() && !FIGURE_WORDS.contains(after.lower()) && !beforePersonNoun(tokens, m, limit, lexicon);
    }

    private static final Set<String> FIGURE_WORDS = WordList.of("paired-participles-figure-words");

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
