package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * Rule "opened-part-closed": "the death of 50 guards, including 20 officers, and 30 drivers": a comma before "and"
 * after a single part opened by "including" or "among them" closes that breakdown (a serial comma stands only before
 * the last of three or more): the figure after it is listed with the total the part broke down, not with the part.
 * "including 20 officers, 5 drivers, and 3 cooks" keeps its serial comma inside the list; "including 20 children, and 15
 * women" may still list the women with the children.
 * <p>Rule "relative-part-closed": "among them 150 foreigners, of whom 60 are Iraqis, and 30 women": a part told in a
 * relative clause ("of whom", "of which") under a part ends with that clause, which the comma closes; the figure after
 * ", and" is listed with the part the clause broke down, whatever people it names.
 */
final class OpenedPartClosed {

    static final String NAME = "opened-part-closed";
    static final String RELATIVE = "relative-part-closed";

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
        boolean closed = ownSide && to - from == 2 && SerialComma.at(tokens, from, to)
                || relativeUnderPart(tokens, previous) && clauseThenComma(tokens, from, to);
        if (!closed || previous.parent == null || !BreakdownOpener.opens(tokens, previous)) {
            return false;
        }
        for (Draft other : inSentence) {
            if (other != previous && other.parent == previous.parent) {
                return false;
            }
        }
        return true;
    }

    /** "of whom 60 are Iraqis" under a part: the part before is told in a relative clause of a part, not of the total. */
    private static boolean relativeUnderPart(List<Token> tokens, Draft previous) {
        int at = previous.quantity.from();
        return previous.parent != null && previous.parent.parent != null && at - 2 >= previous.sentence.from()
                && tokens.get(at - 2).is("of") && (tokens.get(at - 1).is("whom") || tokens.get(at - 1).is("which"));
    }

    /** How long the relative clause's predicate may be: "of whom 60 are of Iraqi nationality". */
    private static final int PREDICATE_REACH = 8;

    /** The gap [from, to) is the rest of the relative clause ("are Iraqis") and ", and", with no other comma in it. */
    private static boolean clauseThenComma(List<Token> tokens, int from, int to) {
        if (to - from < 2 || to - from > PREDICATE_REACH + 2 || !SerialComma.at(tokens, to - 2, to)) {
            return false;
        }
        for (int i = from; i < to - 2; i++) {
            if (!tokens.get(i).isWord() || tokens.get(i).isNumber()) {
                return false;
            }
        }
        return true;
    }
}
