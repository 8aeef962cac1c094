package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * Rule "dash-list": "the monitor counted the death of 58 people in the valley in May – 31 villagers, 20 guards and 7
 * drivers": a dash standing apart (a blank on each side) after a total's clause opens the list of its parts, as a
 * colon does ({@link PartLevel#opensColonList}). A dash written tight ("al-Bab", "10-15") opens nothing.
 */
final class DashList {

    static final String NAME = "dash-list";
    private static final String DASHES = "-\u2013\u2014";

    private DashList() {
    }

    /** True when the token at {@code at} is a dash with blanks on both sides. */
    static boolean at(List<Token> tokens, int at) {
        Token t = tokens.get(at);
        String text = t.source();
        return t.end() - t.start() == 1 && DASHES.indexOf(text.charAt(t.start())) >= 0 && t.start() > 0
                && Character.isWhitespace(text.charAt(t.start() - 1)) && t.end() < text.length()
                && Character.isWhitespace(text.charAt(t.end()));
    }
}
