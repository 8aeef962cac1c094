package org.casualtyledger.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule "inline-item": "the arrests were of 40 people, as follows: (a) 25 young men, (b) 10 women, (c) 5 children",
 * "distributed as follows: a. 300 civilians; b. 120 soldiers", "they are: 1) 90 fighters, 2) 30 guards": the mark of
 * an item of a list run on within a line numbers the item and counts no one, so it is no token of the sentence; the
 * figure after it counts the people. A mark is a letter or a number of one or two digits, in parentheses or closed
 * by ")" or "."; written tight, after a colon, a semicolon, a comma or "and", and followed by a number. A mark that
 * opens its line is a list line's ({@link ListLineMark}).
 */
final class InlineItemMark {

    static final String NAME = "inline-item";
    private static final int MAX_DIGITS = 2;

    private InlineItemMark() {
    }

    /** The tokens without the marks of inline list items; the same list when it holds none. */
    static List<Token> withoutMarks(List<Token> tokens) {
        List<Token> kept = null;
        for (int i = 0; i < tokens.size(); i++) {
            int end = end(tokens, i);
            if (end > i && kept == null) {
                kept = new ArrayList<>(tokens.subList(0, i));
            }
            if (end > i) {
                i = end - 1;
            } else if (kept != null) {
                kept.add(tokens.get(i));
            }
        }
        return kept == null ? tokens : kept;
    }

    /** The token just past the mark that starts at token {@code i}, or {@code i} when no mark starts there. */
    private static int end(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        int close;
        if (t.is("(")) {
            close = i + 2;
            if (close >= tokens.size() || !label(tokens.get(i + 1))) {
                return i;
            }
        } else if (label(t)) {
            close = i + 1;
        } else {
            return i;
        }
        if (close + 1 >= tokens.size() || i == 0) {
            return i;
        }
        Token closing = tokens.get(close);
        boolean closes = closing.is(")") || closing.is(".") && !t.is("(");
        return closes && tight(tokens, i, close) && opensItem(tokens.get(i - 1)) && !t.opensLine()
                && tokens.get(close + 1).isNumber() ? close + 1 : i;
    }

    private static boolean label(Token t) {
        String w = t.lower();
        if (t.isWord()) {
            return w.length() == 1 && Character.isLetter(w.charAt(0));
        }
        return t.isNumber() && w.length() <= MAX_DIGITS && Character.isDigit(w.charAt(0)) && Character.isDigit(w.charAt(w.length() - 1));
    }

    private static boolean tight(List<Token> tokens, int first, int last) {
        for (int k = first; k < last; k++) {
            if (tokens.get(k).end() != tokens.get(k + 1).start()) {
                return false;
            }
        }
        return true;
    }

    private static boolean opensItem(Token before) {
        return before.is(":") || before.is(";") || before.is(",") || before.is("and");
    }
}
