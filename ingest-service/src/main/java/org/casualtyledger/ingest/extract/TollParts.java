package org.casualtyledger.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule "toll-part": "The monitor documented the death of 325 people in May. The civilian toll was 120, while the
 * military toll reached 205", "... The toll includes 80 guards": after a total, "the toll" with the definite article is
 * that total; the toll of a group named by its modifier ("the civilian toll") is the part of that group, and the people
 * a toll includes are its parts. The part takes the group its modifier names and the total's scope and period.
 * "The toll reached 13" with no group is the total told again or updated, which the restatement rules read.
 */
final class TollParts {

    static final String NAME = "toll-part";
    private static final Map<String, String> MODIFIERS = modifiers();
    private static final Set<String> VERBS = WordList.of("toll-verbs");
    private static final Set<String> INCLUDING = WordList.of("including-verbs");
    private static final Set<String> ADVERBS = WordList.of("include-adverbs");
    /** How many figures back the total may stand: a bulletin tells its parts right after it. */
    private static final int TOTAL_REACH = 12;
    /** How many sentences (a list line is one) before the part the total may be told. */
    private static final int SENTENCE_REACH = 12;

    private TollParts() {
    }

    private static Map<String, String> modifiers() {
        Map<String, String> m = new HashMap<>();
        for (String[] row : DataFile.rows("toll-modifiers.tsv")) {
            m.put(row[0], row[1]);
        }
        return Map.copyOf(m);
    }

    static void link(List<Draft> drafts, List<Token> tokens, List<Draft> earlier) {
        for (Draft d : drafts) {
            if (d.parent != null || d.sentence.headline() || d.outcomeFrom < 0 || d.outcomeTo > d.quantity.from()
                    || !RaisedLosses.losses(tokens.get(d.outcomeTo - 1))) {
                continue;
            }
            int toll = d.outcomeTo - 1;
            String group = modifierGroup(tokens, d.outcomeFrom, toll);
            if (group != null && d.group.equals("PEOPLE")) {
                // "the civilian toll rose to 64", "civilian fatalities climbed to 31" count civilians, whether or not
                // a total was told before
                d.group = group;
            }
            if (!tokens.get(toll).is("toll")) {
                continue;
            }
            int verb = toll + 1 < d.quantity.from() && ADVERBS.contains(tokens.get(toll + 1).lower()) ? toll + 2 : toll + 1;
            if (verb >= d.quantity.from() || !VERBS.contains(tokens.get(verb).lower())
                    || group == null && !INCLUDING.contains(tokens.get(verb).lower()) || !definite(tokens, d.outcomeFrom, toll)) {
                continue;
            }
            Draft total = totalInSentence(d, drafts);
            if (total == null) {
                total = totalBefore(d, earlier);
            }
            if (total == null) {
                continue;
            }
            d.parent = total;
            d.scope = total.scope;
            d.periodStart = total.periodStart;
            d.periodEnd = total.periodEnd;
            d.rule = NAME + "-" + d.rule;
        }
    }

    /** The group named by a modifier between "the" and "toll" ("the civilian death toll"), or null. */
    private static String modifierGroup(List<Token> tokens, int from, int toll) {
        for (int i = Math.max(0, from - 3); i < toll; i++) {
            String group = MODIFIERS.get(tokens.get(i).lower());
            if (group != null) {
                return group;
            }
        }
        return null;
    }

    /** "the", then at most two words, before the toll's words. */
    private static boolean definite(List<Token> tokens, int from, int toll) {
        for (int i = from - 1; i >= Math.max(0, from - 3); i--) {
            if (tokens.get(i).is("the")) {
                return true;
            }
            if (!tokens.get(i).isWord()) {
                return false;
            }
        }
        return from < toll && tokens.get(from).is("the");
    }

    /**
     * "the death of 1,037 people in February, and the civilian toll amounted to 412": a total told earlier in the
     * part's own sentence.
     */
    private static Draft totalInSentence(Draft part, List<Draft> inSentence) {
        Draft total = null;
        for (Draft d : inSentence) {
            if (d == part) {
                return total;
            }
            if (d.parent == null && d.restates == null && d.value() > part.value()
                    && Restatements.toll(d.outcome) == Restatements.toll(part.outcome)) {
                total = d;
            }
        }
        return null;
    }

    /** The latest total of the same toll before the part, larger than it, told in one of the sentences just before. */
    private static Draft totalBefore(Draft part, List<Draft> earlier) {
        for (int k = earlier.size() - 1; k >= Math.max(0, earlier.size() - TOTAL_REACH); k--) {
            Draft d = earlier.get(k);
            if (part.sentence.index() - d.sentence.index() > SENTENCE_REACH) {
                return null;
            }
            if (d.parent == null && d.restates == null && !d.sentence.headline() && d.value() > part.value()
                    && Restatements.toll(d.outcome) == Restatements.toll(part.outcome)) {
                return d;
            }
        }
        return null;
    }
}
