package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Groups;

/**
 * Rule "introduced-loser": "The losses of the cells in the same period were as follows: / - 6 members killed / - 4
 * members captured", "The regime forces lost the following: / - 9 soldiers": a list introduced by a sentence that
 * tells no figure but names whose losses it lists counts, on each line whose own words name no side ("members",
 * "fighters"), people of that side.
 */
final class IntroducedLoser {

    static final String NAME = "introduced-loser";
    /** "the losses of", "the casualties of": the nouns whose "of" names the side that lost the people. */
    private static final Set<String> LOSS_NOUNS = WordList.of("loss-nouns");

    private IntroducedLoser() {
    }

    /** The figure's own words name no side: "6 members", "14 fighters" (combatants of no stated side). */
    static boolean namesNoSide(Draft d) {
        String own = d.phrase.group();
        return (own == null || Groups.FIGHTERS.equals(own)) && (Groups.PEOPLE.equals(d.group) || Groups.FIGHTERS.equals(d.group));
    }

    /** The side the introduction names as the loser, or null. */
    static String of(Sentence intro, List<Token> tokens, NounPhraseReader phrases, ReportContext context) {
        if (intro == null) {
            return null;
        }
        String named = null;
        for (int i = intro.from(); i < intro.to(); i++) {
            Token t = tokens.get(i);
            if (LOSS_NOUNS.contains(t.lower()) && i + 2 < intro.to() && tokens.get(i + 1).is("of")) {
                GroupAlias owner = phrases.alias(tokens, i + 2, intro.to(), context);
                return owner == null ? null : owner.group();
            }
            if (LossSubject.LOSES.contains(t.lower())) {
                return named;
            }
            GroupAlias alias = phrases.alias(tokens, i, intro.to(), context);
            if (alias != null) {
                named = alias.group();
            }
        }
        return null;
    }
}
