package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * Rule "coordinated-party": "the death of 14 members of the regime forces and loyal militiamen and 19 fighters of
 * HTS": a second party joined by "and" to the party of the first figure's complement still names the first figure's
 * people, so the figure after the next "and" shares the first one's verb as it would right after the first party.
 */
final class CoordinatedParty {

    static final String NAME = "coordinated-party";

    private CoordinatedParty() {
    }

    /** True when the gap [from, to) after the party named by {@code previous} is "and", another party, then "and". */
    static boolean thenAnd(List<Token> tokens, Draft previous, int from, int to, Lexicon lexicon) {
        if (previous.phrase.group() == null || previous.phrase.groupTo() != from || to - from < 3
                || !tokens.get(from).is("and") || !tokens.get(to - 1).is("and")) {
            return false;
        }
        int i = from + 1;
        if (tokens.get(i).is("the")) {
            i++;
        }
        PhraseTable.Match<GroupAlias> party = lexicon.groups.longestAt(tokens, i, to - 1);
        return party != null && party.from() == i && party.to() == to - 1;
    }
}
