package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "of-them-copula": "Shelling on the market killed 57 people. Of them, 19 are civilians": a sentence that opens
 * on "of them" (a comma may follow) with a figure whose copula names who the people were breaks down the total told
 * just before; "Of those," and "Of these," point back the same way. The copula must name people
 * ({@link VictimGroups#predicate}): "Of them, 12 were released" tells another event, not a part.
 */
final class OfThemPart {

    static final String NAME = "of-them-copula";

    /** "Of them", and the demonstratives that point back the same way: "Of those, 15 were civilians". */
    private static final Set<String> PRONOUNS = Set.of("them", "those", "these");

    private OfThemPart() {
    }

    /** The figure stands right after the sentence's opening "of them" and a copula follows it. */
    static boolean opens(List<Token> tokens, Draft d) {
        Sentence s = d.sentence;
        int i = s.from();
        if (i + 3 >= s.to() || !tokens.get(i).is("of") || !PRONOUNS.contains(tokens.get(i + 1).lower())) {
            return false;
        }
        int figure = tokens.get(i + 2).is(",") ? i + 3 : i + 2;
        int after = d.quantity.to();
        return d.quantity.from() == figure && after < s.to() && VictimGroups.COPULAS.contains(tokens.get(after).lower());
    }

    /**
     * "Of those, 15 were civilians and 8 were fighters": a figure with a copula of its own, joined by "and" or a comma
     * to the part that opened the sentence, is the next part of the same total.
     */
    static boolean sibling(List<Token> tokens, Draft d, List<Draft> inSentence) {
        if (inSentence.isEmpty() || inSentence.get(0).parent == null || !opens(tokens, inSentence.get(0))) {
            return false;
        }
        int before = d.quantity.from() - 1;
        int after = d.quantity.to();
        return before > d.sentence.from() && (tokens.get(before).is("and") || tokens.get(before).is(","))
                && after < d.sentence.to() && VictimGroups.COPULAS.contains(tokens.get(after).lower());
    }
}
