package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "relative-aside": "The cells, which have stepped up their raids since the start of the year, killed 7
 * shepherds on Monday": a relative clause set off by commas tells something of its noun; a period named inside it
 * is that clause's, not the period of a figure that follows the closing comma.
 */
final class RelativeAside {

    static final String NAME = "relative-aside";
    private static final Set<String> RELATIVES = WordList.of("aside-relatives");

    private RelativeAside() {
    }

    /**
     * Token {@code at} stands in a ", which ... ," aside that opens after {@code from} and closes before {@code end}:
     * before a figure (from the sentence's start to the figure), or after it, about the people counted ("the
     * assassination of a former commander, who had signed the settlement in 2019, after gunmen shot him").
     */
    static boolean holds(List<Token> tokens, int from, int at, int end) {
        int opens = -1;
        for (int i = at - 1; i > from; i--) {
            if (tokens.get(i).is(",")) {
                return false;
            }
            if (RELATIVES.contains(tokens.get(i).lower()) && tokens.get(i - 1).is(",")) {
                opens = i;
                break;
            }
        }
        if (opens < 0) {
            return false;
        }
        for (int i = at + 1; i < end; i++) {
            if (tokens.get(i).is(",")) {
                return true;
            }
        }
        return false;
    }
}
