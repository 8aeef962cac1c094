package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "adverb-after-auxiliary": "the number of people killed in the valley since May has thus risen to 48": a
 * clause-linking adverb between an auxiliary and its verb modifies that verb, so it opens no new clause; the subject
 * before it ("the number of people killed") stays the verb's subject. "Thus, the number ... rose" still opens one.
 */
final class AdverbAfterAuxiliary {

    static final String NAME = "adverb-after-auxiliary";
    private static final Set<String> ADVERBS = WordList.of("mid-clause-adverbs");
    private static final Set<String> AUXILIARIES = WordList.of("finite-auxiliaries");

    private AdverbAfterAuxiliary() {
    }

    /** Token i is such an adverb: it follows a finite auxiliary and a word follows it. */
    static boolean at(List<Token> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && ADVERBS.contains(tokens.get(i).lower())
                && AUXILIARIES.contains(tokens.get(i - 1).lower()) && Character.isLetter(tokens.get(i + 1).lower().charAt(0));
    }
}
