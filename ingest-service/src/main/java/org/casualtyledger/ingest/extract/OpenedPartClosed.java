package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * Rule "opened-part-closed": "the death of 50 guards, including 20 officers, and 30 drivers": a comma before "and"
 * after a single part opened by "including" or "among them" closes that breakdown (a serial comma stands only before
 * the last of three or more): the figure after it is listed with the total the part broke down, not with the part.
 * "including 20 officers, 5 drivers, and 3 cooks" keeps its serial comma inside the list; "including 20 children, and 15
 * women" may still list the women with the children.
 */
final class OpenedPartClosed {

    static final String NAME = "opened-part-closed";

    private OpenedPartClosed() {
    }

    /**
     * True when the gap [from, to) before the figure is ", and" after a part told alone after its opener, and the
     * figure names a side of its own ("30 drivers", "30 members of the militia"), not a kind of person that may be a
     * part too ("15 women", "10 others").
     */
    static boolean closes(List<Token> tokens, Draft d, Draft previous, int from, int to, List<Draft> inSentence) {
        boolean ownSide = d.phrase.group() != null
                || d.phrase.person() != null && d.phrase.person().group() != null && d.phrase.person().subgroup() == null;
        if (!ownSide || to - from != 2 || !SerialComma.at(tokens, from, to) || previous.parent == null || !BreakdownOpener.opens(tokens, previous)) {
            return false;
        }
        for (Draft other : inSentence) {
            if (other != previous && other.parent == previous.parent) {
                return false;
            }
        }
        return true;
    }
}
