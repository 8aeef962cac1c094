package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "of-them-opener": "the monitor counted 96 dead in June, of them 30 children and 20 women": "of them", like
 * "of whom" and "of which", opens the parts of the figure before it. The pronoun opens a part only after "of"
 * ("after abducting them, 5 others" opens none).
 */
final class OfThemOpener {

    static final String NAME = "of-them-opener";
    /** "whom", "which", "them": the pronouns of the figure before. */
    private static final Set<String> PRONOUNS = WordList.of("of-pronouns");

    private OfThemOpener() {
    }

    /** True when the token at {@code i} is such a pronoun right after "of". */
    static boolean at(List<Token> tokens, int i) {
        return i > 0 && PRONOUNS.contains(tokens.get(i).lower()) && tokens.get(i - 1).is("of");
    }
}
