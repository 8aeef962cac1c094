package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "noun-as-verb": "SDF arrests 25 suspected members", "Asayish arrests 9 people":
 * a word that counts an outcome after a figure ("25 arrests") is the present verb of a headline when it stands right
 * before the figure after its subject; after a determiner or a figure it is still a noun.
 */
final class NounAsVerb {

    static final String NAME = "noun-as-verb";
    private static final Set<String> DETERMINERS = WordList.of("noun-as-verb-determiners");

    private NounAsVerb() {
    }

    /** True when the outcome noun {@code m}, right before a figure, is a verb with a subject before it. */
    static boolean before(List<Token> tokens, PhraseTable.Match<OutcomeTerm> m, int floor) {
        if (m.value().role() != OutcomeTerm.Role.HEAD || m.to() - m.from() != 1 || m.from() - 1 < floor) {
            return false;
        }
        Token previous = tokens.get(m.from() - 1);
        return previous.isWord() && !DETERMINERS.contains(previous.lower());
    }
}
