package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "another-is-new": "the police detained 4 men, including a baker, while another has been detained at the
 * bridge": "another" as the subject of its verb is one more person, never a repeat of one told before it nor a part
 * of their total.
 */
final class AnotherIsNew {

    static final String NAME = "another-is-new";
    /** "another has also been", "another was later": the words between "another" and the participle. */
    private static final Set<String> BETWEEN = WordList.of("another-verb-fillers");
    private static final int REACH = 4;

    private AnotherIsNew() {
    }

    /** The one victim {@code d} is the subject "another" of its verb, or the figure "another" itself. */
    static boolean tells(Draft d, List<Token> tokens) {
        if (d.value() != 1) {
            return false;
        }
        if (tokens.get(d.quantity.from()).is("another")) {
            return true;
        }
        int verb = d.outcomeFrom;
        if (verb < 0 || verb > d.quantity.from()) {
            return false;
        }
        for (int i = verb - 1; i >= Math.max(d.sentence.from(), verb - 1 - REACH); i--) {
            if (tokens.get(i).is("another")) {
                return true;
            }
            if (!BETWEEN.contains(tokens.get(i).lower())) {
                return false;
            }
        }
        return false;
    }
}
