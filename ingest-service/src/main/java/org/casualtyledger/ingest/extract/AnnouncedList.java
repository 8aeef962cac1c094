package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * Rule "announced-list": "documented the death of 4,362 people across the Syrian territory during 2023, which is the
 * lowest annual toll since 2011, and they are distributed as follows: 1,889 civilians ... and 2,473 military
 * personnel": a list after a colon that words such as "as follows" announce ({@code en/list-announcers.txt}) breaks
 * down the last figure before it, however long the clause between them.
 */
final class AnnouncedList {

    static final String NAME = "announced-list";
    /** How far the announced list may stand from the figure it breaks down. */
    static final int REACH = 80;

    private AnnouncedList() {
    }

    /** True when the words in [from, to) end with an announcing phrase and a colon. */
    static boolean announces(List<Token> tokens, int from, int to, PhraseTable<Boolean> announcers) {
        if (to - from < 2 || to - from > REACH || !tokens.get(to - 1).is(":")) {
            return false;
        }
        for (int k = Math.max(from, to - 4); k < to - 1; k++) {
            PhraseTable.Match<Boolean> m = announcers.longestAt(tokens, k, to - 1);
            if (m != null && m.to() == to - 1) {
                return true;
            }
        }
        return false;
    }
}
