package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Figures that count no victims though people stand near them: the whole a part is taken from ("three of the 12
 * passengers"), "one" naming whose members they were ("three members of one family"), "a family of five" (the five
 * are the victims), a number in a place's name ("Camp 7").
 */
final class NonVictimFigures {

    private final Lexicon lexicon;
    private final List<Token> tokens;

    NonVictimFigures(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    /** Figure k of a sentence's figures names a set, a family or a household, not victims. */
    boolean namesNoVictims(Sentence s, List<Quantity> all, int k) {
        Quantity q = all.get(k);
        Quantity previous = k > 0 ? all.get(k - 1) : null;
        Quantity next = k + 1 < all.size() ? all.get(k + 1) : null;
        return oneInComplement(q, previous) || familyOfN(q, next) || partitiveWhole(q, previous) || openingWhole(q, s)
                || released(q, s);
    }

    /**
     * Rule "released-figure": "the cells detained 30 shepherds and released 12 of them", "the teams rescued 9 people
     * alive": the object of a verb of release or rescue counts people to whom nothing happened in that act, unless its
     * own words say what had befallen them ("released five kidnapped drivers": five people captured).
     */
    private boolean released(Quantity q, Sentence s) {
        int before = q.from() - 1;
        if (before > s.from() && (tokens.get(before).is("the") || tokens.get(before).is("all"))) {
            before--;
        }
        boolean harmNamed = q.to() < s.to() && lexicon.outcomes.longestAt(tokens, q.to(), Math.min(s.to(), q.to() + 3)) != null;
        return before >= s.from() && RELEASE_VERBS.contains(tokens.get(before).lower()) && !harmNamed || releasedPassive(q, s);
    }

    private static final int PASSIVE_REACH = 6;
    private static final Set<String> PASSIVE_AUXILIARIES = WordList.of("passive-auxiliaries");

    /**
     * Rule "released-figure" in the passive: "kidnapped 64 civilians, 12 of whom were released after paying
     * ransoms", "9 people were rescued alive", "31 of those detained were released": the figure is the subject of a
     * verb of release, no one to whom something happened.
     */
    private boolean releasedPassive(Quantity q, Sentence s) {
        int end = Math.min(s.to(), q.to() + PASSIVE_REACH);
        for (int i = partitiveEnd(q.to(), end); i + 1 < end; i++) {
            Token t = tokens.get(i);
            if (t.isNumber() || t.isPunct() || lexicon.outcomes.longestAt(tokens, i, i + 1) != null) {
                return false;
            }
            if (PASSIVE_AUXILIARIES.contains(t.lower())) {
                int verb = i + 1;
                if (verb + 1 < s.to() && (tokens.get(verb).is("later") || tokens.get(verb).is("also") || tokens.get(verb).lower().endsWith("ly"))) {
                    verb++;
                }
                return RELEASE_VERBS.contains(tokens.get(verb).lower());
            }
        }
        return false;
    }

    /**
     * "20 of those arrested were released", "3 of the abducted were freed": the whole a part is taken from, named by
     * what befell it, stands between the figure and its verb; the part's own verb says what happened to it.
     */
    private int partitiveEnd(int at, int end) {
        if (at + 2 < end && tokens.get(at).is("of") && PARTITIVE_DETERMINERS.contains(tokens.get(at + 1).lower())
                && lexicon.outcomes.longestAt(tokens, at + 2, at + 3) != null) {
            return at + 3;
        }
        return at;
    }

    private static final Set<String> PARTITIVE_DETERMINERS = WordList.of("partitive-determiners");

    static final String RELEASED = "released-figure";
    private static final Set<String> RELEASE_VERBS = WordList.of("release-verbs");

    /**
     * Rule "partitive-whole": "three of the 12 passengers were killed": the 12 are the set the three were taken
     * from, not victims; only the part is a figure.
     */
    private boolean partitiveWhole(Quantity q, Quantity previous) {
        if (previous == null) {
            return false;
        }
        int of = q.from() - 1;
        if (of >= 0 && tokens.get(of).is("the")) {
            of--;
        }
        return of >= 0 && tokens.get(of).is("of") && previous.to() == of;
    }

    /**
     * Rule "partitive-whole" too: "Of the 12 passengers, three were killed": a sentence that opens on a set of
     * people without an outcome of its own before the comma names the whole the next figure is taken from.
     */
    private boolean openingWhole(Quantity q, Sentence s) {
        if (q.from() != s.from() + 2 || !tokens.get(s.from()).is("of") || !tokens.get(s.from() + 1).is("the")) {
            return false;
        }
        for (int i = q.to(); i < Math.min(s.to(), q.to() + ONE_COMPLEMENT_REACH + 2); i++) {
            if (tokens.get(i).is(",")) {
                return true;
            }
            if (lexicon.outcomes.longestAt(tokens, i, Math.min(s.to(), i + 4)) != null) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> NAME_OPENERS = WordList.of("name-openers");

    /**
     * Rule "number-in-name": "at the Mbizo 3 shopping complex", "in Camp 7": digits right after a capitalized word
     * that a preposition or "the" opens, counting no person or party, are part of a place's name.
     */
    boolean numberInName(Quantity q, NounPhrase np, Sentence s) {
        int name = q.from() - 1;
        if (name - 1 < s.from() || !tokens.get(q.numberFrom()).isNumber() || q.numberFrom() != q.from()
                || np.person() != null || np.group() != null) {
            return false;
        }
        return tokens.get(name).isWord() && tokens.get(name).capitalized() && NAME_OPENERS.contains(tokens.get(name - 1).lower());
    }

    private static final Set<String> HOUSEHOLDS = WordList.of("households");

    /** Rule "family-of-n": "killed a family of five": the five are the victims, "a family" no one more. */
    private boolean familyOfN(Quantity q, Quantity next) {
        return q.article() && next != null && next.from() == q.to() + 2 && HOUSEHOLDS.contains(tokens.get(q.to()).lower())
                && tokens.get(q.to() + 1).is("of");
    }

    /** "a family of" right before the figure at {@code at}, within the clause. */
    boolean afterFamilyOf(int at, int floor) {
        return at - 3 >= floor && tokens.get(at - 3).is("a") && HOUSEHOLDS.contains(tokens.get(at - 2).lower())
                && tokens.get(at - 1).is("of");
    }

    /** How far before "of one" the figure whose complement it is may stand: "three members of one family". */
    private static final int ONE_COMPLEMENT_REACH = 4;

    /**
     * Rule "one-in-complement": "three members of one family were killed": "one" in the complement of a figure just
     * before it names whose members they were, not a victim.
     */
    private boolean oneInComplement(Quantity q, Quantity previous) {
        return previous != null && q.count().value() == 1 && q.from() - 1 >= previous.to() && tokens.get(q.from() - 1).is("of")
                && q.from() - 1 - previous.to() <= ONE_COMPLEMENT_REACH;
    }
}
