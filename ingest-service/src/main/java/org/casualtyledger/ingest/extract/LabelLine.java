package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * Rule "label-line": "• Border guards: 14": a list line under a total may name its people first, as a label before a
 * colon, and give their figure after it. The label is then the figure's people, and the figure a part of the total.
 * A label that names no people ("• Homs province: 163 people", "• The security services: 923 persons") still makes
 * the line a part of the total; the figure's own noun then names its people. A label may name the line's own period
 * ("• In 2023: 213 people", "• January 2024: 90 people"): a year in it is no figure.
 */
final class LabelLine {

    static final String NAME = "label-line";
    /** A label is a short noun phrase: "Members of the factions", "Children under 18". */
    private static final int MAX_LABEL = 8;

    private LabelLine() {
    }

    /** Where the label before the figure at {@code at} starts, or -1 when the line does not open on "label:". */
    static int labelStart(List<Token> tokens, Sentence s, int at) {
        int colon = at - 1;
        if (colon <= s.from() || !tokens.get(colon).is(":") || colon - s.from() > MAX_LABEL + 1) {
            return -1;
        }
        int from = s.from();
        while (from < colon && !tokens.get(from).isWord()) {
            from++;
        }
        for (int i = from; i < colon; i++) {
            Token t = tokens.get(i);
            if (t.isNumber() ? !NonCasualty.isYear(t) : !t.isWord()) {
                return -1;
            }
        }
        return from < colon ? from : -1;
    }
}
