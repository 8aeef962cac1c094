package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * Rule "of-them-copula": "Shelling on the market killed 57 people. Of them, 19 are civilians": a sentence that opens
 * on "of them" (a comma may follow) with a figure whose copula names who the people were breaks down the total told
 * just before. The copula must name people ({@link VictimGroups#predicate}): "Of them, 12 were released" tells another
 * event, not a part.
 */
final class OfThemPart {

    static final String NAME = "of-them-copula";

    private OfThemPart() {
    }

    /** The figure stands right after the sentence's opening "of them" and a copula follows it. */
    static boolean opens(List<Token> tokens, Draft d) {
        Sentence s = d.sentence;
        int i = s.from();
        if (i + 3 >= s.to() || !tokens.get(i).is("of") || !tokens.get(i + 1).is("them")) {
            return false;
        }
        int figure = tokens.get(i + 2).is(",") ? i + 3 : i + 2;
        int after = d.quantity.to();
        return d.quantity.from() == figure && after < s.to() && VictimGroups.COPULAS.contains(tokens.get(after).lower());
    }
}
