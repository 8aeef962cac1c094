package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * Rule "item-parenthesis": "(1,500 raiders, 700 guards (among them 50 officers), and 300 villagers (including 80
 * children))": a parenthesis right after an item of a list breaks down that item when the list goes on after it, or
 * when the whole list stands in a parenthesis of its own, at any depth; after the last item of a plain list ("100
 * children and 50 women (including 40 ...)") it may still break down the list's total.
 */
final class ItemParenthesis {

    static final String NAME = "item-parenthesis";
    /** How far the parenthesis may run before it closes. */
    private static final int REACH = 40;

    private ItemParenthesis() {
    }

    /** The parenthesis that opens at {@code open}, right after a listed item, breaks down that item. */
    static boolean ofItem(List<Token> tokens, int open, int sentenceFrom, int sentenceTo) {
        return enclosed(tokens, open, sentenceFrom) || listGoesOn(tokens, open, sentenceTo);
    }

    /** An unclosed "(" before {@code open} in the sentence: the list itself is a parenthesis. */
    private static boolean enclosed(List<Token> tokens, int open, int from) {
        int depth = 0;
        for (int i = open - 1; i >= Math.max(from, open - 2 * REACH); i--) {
            if (tokens.get(i).is(")")) {
                depth++;
            } else if (tokens.get(i).is("(") && depth-- == 0) {
                return true;
            }
        }
        return false;
    }

    /** After the parenthesis closes, "," or ", and" and another figure follow. */
    private static boolean listGoesOn(List<Token> tokens, int open, int to) {
        int depth = 0;
        for (int i = open; i < Math.min(to, open + REACH); i++) {
            if (tokens.get(i).is("(")) {
                depth++;
            } else if (tokens.get(i).is(")") && --depth == 0) {
                int k = i + 1;
                if (k >= to || !tokens.get(k).is(",")) {
                    return false;
                }
                k++;
                if (k < to && tokens.get(k).is("and")) {
                    k++;
                }
                return k < to && tokens.get(k).isNumber();
            }
        }
        return false;
    }
}
