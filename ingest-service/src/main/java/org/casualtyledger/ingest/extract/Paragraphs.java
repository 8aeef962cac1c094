package org.casualtyledger.ingest.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Qualifier;

/**
 * Rule "other-paragraph": a bulletin tells one incident a paragraph ("In the countryside of Homs, ..." after a blank
 * line): a figure told in a later paragraph than a toll is no detail or part of that toll, but a toll of its
 * own; a larger figure may still update the toll ("more than 10 insurgents" in a first note, "15 insurgents" in
 * its update). A blank line (a line with nothing but spaces) ends a paragraph; in a text with no blank line, or one
 * not wrapped to a width, so does a single line break after a line that ends its statement ("."), unless a list line
 * follows; the lines of a bulleted list do not.
 * One person confirmed in a later note, and a part told by reference ("one of the ..."), may still belong to an
 * earlier paragraph's toll. The blank lines are found in one pass over the report, so each question costs a search.
 */
final class Paragraphs {

    static final String NAME = "other-paragraph";
    /**
     * The breaks of the report read last: several report rules ask for them, and each would otherwise scan the whole
     * text again. Compared by identity, so that another report (or another thread's) reads its own.
     */
    private static volatile Paragraphs lastRead;
    /** Character offsets of the blank lines of the report, ascending. */
    private final int[] breaks;
    private final String text;

    private Paragraphs(int[] breaks, String text) {
        this.breaks = breaks;
        this.text = text;
    }

    static Paragraphs of(String text) {
        Paragraphs last = lastRead;
        if (last != null && last.text == text) {
            return last;
        }
        Paragraphs blank = breaks(text, false);
        Paragraphs read = blank.breaks.length > 0 && wrapped(text) ? blank : breaks(text, true);
        lastRead = read;
        return read;
    }

    /** Longer than any line of a text wrapped to a width: a line as long is a paragraph written on one line. */
    private static final int UNWRAPPED_LINE = 160;

    /**
     * Whether the text is wrapped to a width (no line longer than {@value #UNWRAPPED_LINE} characters): its single line
     * breaks are where the width ran out, and only blank lines end paragraphs. A text whose paragraphs stand each on one
     * line may still set its headline apart with a blank line and its paragraphs with single line breaks.
     */
    private static boolean wrapped(String text) {
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - lineStart > UNWRAPPED_LINE) {
                    return false;
                }
                lineStart = i + 1;
            }
        }
        return true;
    }

    /** The paragraph breaks: blank lines, or where the text has none, single line breaks after a statement. */
    private static Paragraphs breaks(String text, boolean singleLines) {
        int[] found = new int[8];
        int n = 0;
        boolean lineBreak = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (lineBreak || singleLines && endsStatement(text, i) && !opensListLine(text, i + 1)) {
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
        return new Paragraphs(Arrays.copyOf(found, n), text);
    }

    /**
     * A line of prose that ends with its statement ("... near the university of Hama.") and the line after it: a
     * bulletin that breaks paragraphs with one newline. A heading line ("For Immediate Release") and a line that
     * introduces a list ("as follows:") end no paragraph.
     */
    private static boolean endsStatement(String text, int newline) {
        int i = newline - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
            i--;
        }
        while (i >= 0 && CLOSING_QUOTES.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && STATEMENT_ENDS.indexOf(text.charAt(i)) >= 0;
    }

    /** The line starting here is a list line: "• 250 civilians", "2. 40 soldiers", "b) 40 soldiers". */
    private static boolean opensListLine(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return ListLineMark.end(text, i) >= 0;
    }

    private static final String STATEMENT_ENDS = ".!?";
    private static final String CLOSING_QUOTES = "\"'\u201d\u2019";

    /**
     * A figure that may tell a toll of its own: not a part told by reference to people counted before ("one of the
     * several insurgents detained", "killing all three", "the 3 fighters"), and not one person whom a later note
     * confirms of the earlier toll ("ISAF confirmed a local Taliban leader was arrested") or names as one already
     * known ("killed the Taliban commander"). One person told in a paragraph of its own ("In Deir Ezzor, the
     * organization executed a young man") is an incident of its own.
     */
    static boolean ownToll(Draft d, List<Token> tokens) {
        if (d.rule.startsWith("one-victim")) {
            // "killed the Taliban commander", "killed Abdul Jamil": a victim named or told as known refers back;
            // "the release of a kidnapped doctor", "the body of a young man": one told with "a" is someone not told before
            int person = d.outcomeTo < tokens.size() && tokens.get(d.outcomeTo).is("of") ? d.outcomeTo + 1 : d.outcomeTo;
            return d.outcomeFrom > d.sentence.from() && tokens.get(d.outcomeFrom - 1).isIndefiniteArticle()
                    || person > 0 && person < tokens.size() && tokens.get(person - 1).is("of") && tokens.get(person).isIndefiniteArticle();
        }
        int after = d.quantity.to();
        if (after < tokens.size() && tokens.get(after).is("of") && d.count.qualifier() != Qualifier.VAGUE) {
            // "one of the insurgents" counts people told before; "dozens of fighters" is an amount of its own
            return false;
        }
        int before = d.quantity.from() - 1;
        if (before >= d.sentence.from() && REFERRING.contains(tokens.get(before).lower())) {
            // "killing all three", "the 3 fighters": the people counted before
            return false;
        }
        return !d.quantity.article() || !confirms(d, tokens);
    }

    private static final Set<String> CONFIRMING = WordList.of("confirming");
    private static final Set<String> REFERRING = WordList.of("referring-determiners");

    /** The figure's sentence confirms it before it: "ISAF confirmed that a Taliban leader was detained". */
    private static boolean confirms(Draft d, List<Token> tokens) {
        for (int i = d.sentence.from(); i < d.quantity.from(); i++) {
            if (CONFIRMING.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
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
