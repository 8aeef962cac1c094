package org.casualtyledger.ingest.extract;

import java.util.Arrays;
import java.util.List;

/**
 * Rule "other-paragraph": a bulletin tells one incident a paragraph ("In the countryside of Homs, ..." after a blank
 * line): a figure told in a later paragraph than a toll is no detail or part of that toll, but a toll of its
 * own; a larger figure may still update the toll ("more than 10 insurgents" in a first note, "15 insurgents" in
 * its update). A blank line (a line with nothing but spaces) ends a paragraph; the lines of a bulleted list do not.
 * One person named without a figure, and a part told by reference ("one of the ..."), may still belong to an
 * earlier paragraph's toll. The blank lines are found in one pass over the report, so each question costs a search.
 */
final class Paragraphs {

    static final String NAME = "other-paragraph";
    /** Character offsets of the blank lines of the report, ascending. */
    private final int[] breaks;

    private Paragraphs(int[] breaks) {
        this.breaks = breaks;
    }

    static Paragraphs of(String text) {
        int[] found = new int[8];
        int n = 0;
        boolean lineBreak = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (lineBreak) {
                    if (n == found.length) {
                        found = Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = i;
                }
                lineBreak = true;
            } else if (!Character.isWhitespace(c)) {
                lineBreak = false;
            }
        }
        return new Paragraphs(Arrays.copyOf(found, n));
    }

    /**
     * A figure that may tell a toll of its own: not one person named without a figure ("a local Taliban leader was
     * arrested", which a later press note may confirm of the earlier toll) and not a part told by reference to
     * people counted before ("one of the several insurgents detained").
     */
    static boolean ownToll(Draft d, List<Token> tokens) {
        int after = d.quantity.to();
        return !d.quantity.article() && !(after < tokens.size() && tokens.get(after).is("of"));
    }

    /** True when a blank line stands between the two sentences (in either order). */
    boolean apart(Sentence a, Sentence b) {
        if (a == b || breaks.length == 0) {
            return false;
        }
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.start(), b.start());
        int at = Arrays.binarySearch(breaks, from);
        int first = at >= 0 ? at : -at - 1;
        return first < breaks.length && breaks[first] < to;
    }
}
