package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * Rule "of-named-part": "... 88 civilians, among them 20 children. Of the 88 civilians, 31 were killed by mines", "Of
 * the civilians, 31 died in the camps": a sentence that opens on "of the", the noun of a figure told just before and a
 * comma breaks that figure down; a number given with the noun must be the figure's own.
 */
final class OfNamedPart {

    static final String NAME = "of-named-part";
    /** How many figures back the named figure may stand. */
    private static final int REACH = 12;

    private OfNamedPart() {
    }

    static Draft parent(Sentence s, List<Token> tokens, List<Draft> earlier) {
        int i = s.from();
        if (i + 3 >= s.to() || !tokens.get(i).is("of") || !tokens.get(i + 1).is("the")) {
            return null;
        }
        int noun = i + 2;
        Token number = null;
        if (tokens.get(noun).isNumber()) {
            number = tokens.get(noun);
            noun++;
        }
        if (noun + 1 >= s.to() || !tokens.get(noun + 1).is(",")) {
            return null;
        }
        Draft named = PartLevel.latestNamed(tokens, tokens.get(noun).lower(), earlier, REACH);
        return named != null && (number == null || number.text().replace(",", "").equals(Long.toString(named.value()))) ? named : null;
    }
}
