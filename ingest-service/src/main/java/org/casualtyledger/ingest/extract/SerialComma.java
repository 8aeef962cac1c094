package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * Rule "serial-comma-conjunct": "the attack killed 9 members of the police and the guards, and 4 drivers": a comma
 * before the "and" that joins the last figure of a list ends the first figure's people as the "and" alone would;
 * the last figure shares the first one's verb.
 */
final class SerialComma {

    static final String NAME = "serial-comma-conjunct";

    private SerialComma() {
    }

    /** True when the comma at {@code i} stands right before the "and" that ends the gap [.., to). */
    static boolean at(List<Token> tokens, int i, int to) {
        return i == to - 2 && tokens.get(i).is(",") && tokens.get(to - 1).is("and");
    }

    /** "... regime forces and loyal militiamen, and 19 ...": more people joined by "and", closed by the serial comma. */
    static boolean closes(List<Token> tokens, int from, int to) {
        return tokens.get(from).is("and") && at(tokens, to - 2, to);
    }
}
