package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Groups;

/**
 * Rule "possessors-companions": "police detained the smuggler with three of his drivers", "a village chief and two of
 * his sons were shot dead": a figure of people "of his", "of her" or "of their", joined to a person named before it,
 * counts the people around that person, never that person too. It shares the verb of the person it is joined to
 * ("with" as well as "and"), and it adds to a toll told before it: one person told first and then "the leader along
 * with two of his guards" are three people, not an updated toll of two.
 */
final class PossessorsCompanions {

    static final String NAME = "possessors-companions";
    private static final Set<String> JOINS = WordList.of("companion-joins");
    private static final Set<String> POSSESSIVES = WordList.of("companions-possessives");
    /** "two of his", "several dozen of their": the words of a figure before "of". */
    private static final int FIGURE_WORDS = 3;

    private PossessorsCompanions() {
    }

    /** The figure {@code d} counts people of someone named before it and joined to it. */
    static boolean tells(Draft d, List<Token> tokens) {
        int from = d.quantity.from();
        return from > d.sentence.from() && JOINS.contains(tokens.get(from - 1).lower())
                && possessed(tokens, d.quantity.to(), d.sentence.to());
    }

    /** "with" right before the figure at {@code at} whose people are someone's: "the chief with two of his sons". */
    static boolean joinedByWith(List<Token> tokens, int at, int limit) {
        if (at < 1 || !tokens.get(at - 1).is("with")) {
            return false;
        }
        for (int i = at + 1; i <= Math.min(limit - 1, at + FIGURE_WORDS); i++) {
            if (possessed(tokens, i, limit)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule "possessors-party": "a field commander of HTS and 6 of his fighters": the people of a person of a party are
     * of that party, when their own words name none; null when the figure is no such companions.
     */
    static final String POSSESSORS_PARTY = "possessors-party";
    private static final Set<String> UNSIDED = Set.of(Groups.PEOPLE, Groups.FIGHTERS);

    static String partyOfPossessor(Draft d, List<Token> tokens, List<Draft> inSentence) {
        if (!UNSIDED.contains(d.group) || d.phrase.group() != null || !tells(d, tokens)) {
            return null;
        }
        Draft person = null;
        for (Draft e : inSentence) {
            if (e != d && e.quantity.from() < d.quantity.from() && e.value() == 1) {
                person = e;
            }
        }
        return person != null && !UNSIDED.contains(person.group) && !Groups.CIVILIANS.equals(person.group)
                && !Groups.DETAINEES.equals(person.group) ? person.group : null;
    }

    private static boolean possessed(List<Token> tokens, int at, int limit) {
        return at + 1 < limit && tokens.get(at).is("of") && POSSESSIVES.contains(tokens.get(at + 1).lower());
    }
}
