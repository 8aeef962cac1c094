package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "counted-only-noun": "the monitor documented the assassination of a former mayor", a headline "Assassination
 * of a judge in the town": a noun such as "assassination of" names a death where a monitor counts it or a headline
 * opens on it; elsewhere ("a leader behind the assassination of two judges") it names a deed the people did.
 */
final class CountedOnlyNoun {

    static final String NAME = "counted-only-noun";
    private static final Set<String> NOUNS = WordList.of("counted-only-nouns");
    private static final Set<String> COUNTING_VERBS = WordList.of("counting-verbs");

    private CountedOnlyNoun() {
    }

    /** True when the outcome at [from, ...) is such a noun and neither a counting verb nor a headline's start has it. */
    static boolean uncounted(List<Token> tokens, int from, int sentenceFrom) {
        if (!NOUNS.contains(tokens.get(from).lower())) {
            return false;
        }
        int i = from - 1;
        if (i >= sentenceFrom && tokens.get(i).is("the")) {
            i--;
        }
        if (i >= sentenceFrom && COUNTING_VERBS.contains(tokens.get(i).lower())) {
            return false;
        }
        return !(from == sentenceFrom && tokens.get(from).capitalized() && tokens.get(from).opensLine());
    }
}
