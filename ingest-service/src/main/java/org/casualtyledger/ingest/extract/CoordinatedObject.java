package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A figure coordinated with the object of an active verb: "detained the facilitator along with two of his
 * associates", "captured a commander, his deputy and several other suspects", "killed the driver and 3 passengers",
 * or of an outcome noun: "the bodies of a mother and her 2 children", "the dead were a woman, her daughter and 3 men".
 * The figure shares the verb's or noun's outcome; the first object keeps its own claim (the verb is not taken).
 */
final class CoordinatedObject {

    /** How many tokens the first object may span between the verb and the coordination. */
    private static final int OBJECT_REACH = 18;
    private static final Set<String> OBJECT_STARTS = WordList.of("coordinated-object-object-starts");
    /** A finite auxiliary or a new subject between verb and figure: the figure belongs to another statement. */
    private static final Set<String> STOPS = WordList.of("stops");
    private static final Set<String> IRREALIS = WordList.of("coordinated-object-irrealis");

    private final Lexicon lexicon;

    CoordinatedObject(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The active verb whose object list the figure at {@code at} closes, or null. */
    OutcomeMatch find(List<Token> tokens, int at, int clauseStart) {
        boolean withCompanions = PossessorsCompanions.joinedByWith(tokens, at, tokens.size());
        int coordination = withCompanions ? at - 1 : coordinationStart(tokens, at, clauseStart);
        if (coordination <= clauseStart) {
            return null;
        }
        int floor = Math.max(clauseStart, coordination - OBJECT_REACH);
        for (int k = coordination; k > floor; k--) {
            Token t = tokens.get(k - 1);
            PhraseTable.Match<OutcomeTerm> m = lexicon.outcomes.longestEndingAt(tokens, k, floor);
            boolean noun = m != null && m.value().role() == OutcomeTerm.Role.NOUN;
            // "the dead were a mother, her daughter and 2 men": the copula of the outcome noun is no new statement
            if ((STOPS.contains(t.lower()) || t.isNumber()) && !noun) {
                return null;
            }
            if (m == null) {
                continue;
            }
            if (!(m.value().canPrecede() || noun) || m.to() >= coordination || !OBJECT_STARTS.contains(tokens.get(m.to()).lower())
                    && !tokens.get(m.to()).capitalized() || m.from() > 0 && IRREALIS.contains(tokens.get(m.from() - 1).lower())) {
                return null;
            }
            String rule = withCompanions ? PossessorsCompanions.NAME : "coordinated-object";
            return new OutcomeMatch(m.value().outcome(), -1, -1, rule);
        }
        return null;
    }

    private static final Set<String> POSSESSIVES = WordList.of("coordinated-object-possessives");
    /** "killing two families - four children and four parents": the list after a dash counts the object's people. */
    private static final Set<String> LIST_OPENERS = WordList.of("list-openers");

    /**
     * "and", "along with", "together with", "as well as" just before the figure, or before a possessive that opens
     * it ("killed a village chief and his two sons", rule "coordinated-kin").
     */
    private static int coordinationStart(List<Token> tokens, int at, int clauseStart) {
        if (at - 2 > clauseStart && POSSESSIVES.contains(tokens.get(at - 1).lower())) {
            at--;
        }
        if (at - 1 <= clauseStart) {
            return -1;
        }
        Token before = tokens.get(at - 1);
        if (before.is("and") || LIST_OPENERS.contains(before.lower())) {
            return at - 1;
        }
        if (before.is("with") && at - 2 > clauseStart && (tokens.get(at - 2).is("along") || tokens.get(at - 2).is("together"))) {
            return at - 2;
        }
        if (before.is("as") && at - 3 > clauseStart && tokens.get(at - 2).is("well") && tokens.get(at - 3).is("as")) {
            return at - 3;
        }
        return -1;
    }
}
