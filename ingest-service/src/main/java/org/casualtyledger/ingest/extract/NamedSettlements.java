package org.casualtyledger.ingest.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rule "other-settlement": "In the town of al-Bara, 3 civilians were killed ... In the town of Kafr Nabl, 3 civilians
 * were killed": a bulletin names the town, village or quarter of each incident; two sentences that each name such
 * places, none of them shared, tell two incidents, and an equal figure of the later one repeats nothing; so do two
 * clauses of one sentence ("4 civilians were killed in the neighbourhood of al-Hamdaniya, while 4 civilians were killed
 * in the neighbourhood of al-Midan").
 */
final class NamedSettlements {

    static final String NAME = "other-settlement";
    private static final Set<String> SETTLEMENT_NOUNS = WordList.of("settlement-nouns");
    /** Words of a name after "of": "Kafr Nabl", "al-Bara", "Daraa al-Balad". */
    private static final int NAME_REACH = 4;

    private NamedSettlements() {
    }

    /**
     * The two figures are told of settlements that share no name: their sentences, or within one sentence the clauses
     * on either side of the last clause break (", while", ", and", ";") between the figures.
     */
    static boolean apart(List<Token> tokens, Draft earlier, Draft later) {
        Sentence a = earlier.sentence;
        Sentence b = later.sentence;
        if (a != b) {
            return apart(named(tokens, a.from(), a.to()), named(tokens, b.from(), b.to()));
        }
        int cut = lastClauseBreak(tokens, earlier.quantity.to(), later.quantity.from());
        return cut >= 0 && apart(named(tokens, a.from(), cut), named(tokens, cut, a.to()));
    }

    private static boolean apart(Set<String> first, Set<String> second) {
        return !first.isEmpty() && !second.isEmpty() && second.stream().noneMatch(first::contains);
    }

    private static int lastClauseBreak(List<Token> tokens, int from, int to) {
        for (int i = to - 2; i >= from; i--) {
            if (tokens.get(i).is(";") || tokens.get(i).is(",") && (tokens.get(i + 1).is("and") || tokens.get(i + 1).is("while"))) {
                return i;
            }
        }
        return -1;
    }

    /** The names after "town of", "village of", ... in tokens [from, to). */
    private static Set<String> named(List<Token> tokens, int from, int to) {
        Set<String> names = new HashSet<>();
        for (int i = from; i + 2 < to; i++) {
            if (SETTLEMENT_NOUNS.contains(tokens.get(i).lower()) && tokens.get(i + 1).is("of")) {
                String name = nameAt(tokens, i + 2, to);
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** The capitalised words from {@code from}, with the lower-case article and hyphens inside the name ("al-Bara"). */
    private static String nameAt(List<Token> tokens, int from, int to) {
        StringBuilder name = new StringBuilder();
        boolean capital = false;
        for (int k = from; k < Math.min(to, from + NAME_REACH); k++) {
            Token t = tokens.get(k);
            if (t.capitalized()) {
                capital = true;
            } else if (!t.is("-") && !t.is("al") && !t.is("el") && !t.lower().startsWith("al-")) {
                break;
            }
            name.append(t.lower()).append(' ');
        }
        return capital || name.indexOf("al-") >= 0 ? name.toString().trim() : "";
    }
}
