package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "party-name-end": "killed 5 members of the NDF militia and 3 fighters of HTS": the noun that ends a party's
 * name after its alias ("militia", "brigade", "division") still belongs to the first figure's people, so the figure
 * after the "and" shares the first one's verb as it would right after the alias.
 */
final class PartyNameEnd {

    static final String NAME = "party-name-end";
    private static final Set<String> NAME_ENDS = WordList.of("party-name-ends");
    private static final int MAX_NAME_ENDS = 2;

    private PartyNameEnd() {
    }

    /** True when the gap [from, to) after the party named by {@code previous} is name-ending nouns, then "and". */
    static boolean thenAnd(List<Token> tokens, Draft previous, int from, int to) {
        if (previous.phrase.group() == null || previous.phrase.groupTo() != from || !tokens.get(to - 1).is("and")
                || to - 1 - from < 1 || to - 1 - from > MAX_NAME_ENDS) {
            return false;
        }
        for (int i = from; i < to - 1; i++) {
            if (!NAME_ENDS.contains(tokens.get(i).lower())) {
                return false;
            }
        }
        return true;
    }
}
