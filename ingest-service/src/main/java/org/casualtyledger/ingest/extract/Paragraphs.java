package org.casualtyledger.ingest.extract;

/**
 * Rule "other-paragraph": a bulletin tells one incident a paragraph ("In the countryside of Homs, ..." after a blank
 * line): a figure told in a later paragraph than a toll is no detail, part or update of that toll, but one of its
 * own; a larger figure may still update the toll ("more than 10 insurgents" in a first note, "15 insurgents" in
 * its update). A blank line (a line with nothing but spaces) ends a paragraph; the lines of a bulleted list do not. One
 * person named without a figure, and a part told by reference ("one of the ..."), may still belong to an earlier
 * paragraph's toll.
 */
final class Paragraphs {

    static final String NAME = "other-paragraph";

    private Paragraphs() {
    }

    /**
     * A figure that may tell a toll of its own: not one person named without a figure ("a local Taliban leader was
     * arrested", which a later press note may confirm of the earlier toll) and not a part told by reference to
     * people counted before ("one of the several insurgents detained").
     */
    static boolean ownToll(Draft d, java.util.List<Token> tokens) {
        int after = d.quantity.to();
        return !d.quantity.article() && !(after < tokens.size() && tokens.get(after).is("of"));
    }

    /** True when a blank line stands between the two sentences of the text (in either order). */
    static boolean apart(String text, Sentence a, Sentence b) {
        if (a == b) {
            return false;
        }
        int from = Math.min(a.end(), b.end());
        int to = Math.min(text.length(), Math.max(a.start(), b.start()));
        boolean lineBreak = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (lineBreak) {
                    return true;
                }
                lineBreak = true;
            } else if (!Character.isWhitespace(c)) {
                lineBreak = false;
            }
        }
        return false;
    }
}
