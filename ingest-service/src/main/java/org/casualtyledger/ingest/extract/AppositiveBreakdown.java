package org.casualtyledger.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
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
    /** "a man and his son": a companion told by his kin stands after the possessive. */
    private static final Set<String> POSSESSIVES = WordList.of("companions-possessives");

    private AppositiveBreakdown() {
    }

    static void link(List<Draft> drafts, List<Token> tokens) {
        List<Draft> inSentence = new ArrayList<>(drafts);
        inSentence.sort(Comparator.comparingInt(d -> d.quantity.from()));
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
                    part.group = BreakdownGroup.of(part.phrase, part.group, total.group);
                }
            }
        }
    }

    /**
     * "killing two civilians, a man and his son, and injuring five others": whether the figure at {@code at} of the
     * sentence's figures (in the order of the text) is a part of an apposition, so that "others" after it continue
     * the figure the apposition breaks down, not its last part.
     */
    static boolean inApposition(List<Draft> inSentence, int at, List<Token> tokens) {
        for (int p = Math.max(0, at - MAX_PARTS); p < at; p++) {
            Draft total = inSentence.get(p);
            if (total.parent == null && total.outcome != null && partsEnd(inSentence, p, tokens) >= at) {
                return true;
            }
        }
        return at > 0 && opensApposition(inSentence.get(at - 1), inSentence.get(at), tokens);
    }

    /** The part told right after a larger figure and its comma, whose companions the sentence has not read yet. */
    private static boolean opensApposition(Draft before, Draft d, List<Token> tokens) {
        int end = phraseEnd(before, tokens);
        return before.parent == null && end + 1 == d.quantity.from() && end < tokens.size() && tokens.get(end).is(",")
                && d.value() < before.value() && d.outcome == before.outcome && !d.phrase.partitive();
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
                    && !(part.quantity.from() == expected + 1 && POSSESSIVES.contains(tokens.get(expected).lower()))
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
