package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "appositive-breakdown": "Six people, two guards and four drivers, were killed": a list of figures set off by
 * commas right after a figure, whose parts add up to it, breaks that figure down; the parts are its children, not
 * more victims. The list may also close its sentence or clause: "the death of 23 people, 15 civilians and 8 fighters."
 * A part told by reference ("4 of them women") is no item of such a list.
 */
final class AppositiveBreakdown {

    private static final int MAX_PARTS = 6;
    /** Marks that close an apposition at the end of its clause, as its closing comma does in mid-sentence. */
    private static final Set<String> CLOSING = Set.of(".", ";", ":", ")");

    private AppositiveBreakdown() {
    }

    static void link(List<Draft> inSentence, List<Token> tokens) {
        for (int p = 0; p + 1 < inSentence.size(); p++) {
            Draft total = inSentence.get(p);
            if (total.parent != null || total.outcome == null) {
                continue;
            }
            int last = partsEnd(inSentence, p, tokens);
            if (last > p) {
                for (int k = p + 1; k <= last; k++) {
                    Draft part = inSentence.get(k);
                    part.parent = total;
                    part.rule = "appositive-breakdown";
                }
            }
        }
    }

    /** The index of the last part of the apposition after draft p, or -1. */
    private static int partsEnd(List<Draft> inSentence, int p, List<Token> tokens) {
        Draft total = inSentence.get(p);
        int end = phraseEnd(total, tokens);
        if (end >= tokens.size() || !tokens.get(end).is(",")) {
            return -1;
        }
        long sum = 0;
        int expected = end + 1;
        for (int k = p + 1; k < Math.min(inSentence.size(), p + 1 + MAX_PARTS); k++) {
            Draft part = inSentence.get(k);
            if (part.parent != null && part.parent != total || part.quantity.from() != expected
                    || part.outcome != total.outcome || part.value() >= total.value() || part.phrase.partitive()) {
                return -1;
            }
            sum += part.value();
            int after = phraseEnd(part, tokens);
            if (after >= tokens.size()) {
                return -1;
            }
            if (sum == total.value() && (tokens.get(after).is(",") || CLOSING.contains(tokens.get(after).lower()))) {
                return k;
            }
            expected = after + 1;
            if (tokens.get(after).is(",") && expected < tokens.size() && tokens.get(expected).is("and")) {
                expected++;
            } else if (!tokens.get(after).is(",") && !tokens.get(after).is("and")) {
                return -1;
            }
        }
        return -1;
    }

    /** Past the counted people: the noun phrase read, and up to two words it left unread ("four Somalis"). */
    private static int phraseEnd(Draft d, List<Token> tokens) {
        int end = Math.max(d.quantity.to(), d.phrase.to());
        for (int k = 0; k < 2 && end < tokens.size() && tokens.get(end).isWord() && !tokens.get(end).is("and")
                && !tokens.get(end).is("were") && !tokens.get(end).is("was"); k++) {
            end++;
        }
        return end;
    }
}
