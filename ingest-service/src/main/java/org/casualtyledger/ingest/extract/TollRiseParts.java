package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Outcome;

/**
 * Rule "toll-rise-part": "the death toll rose to seven after two of the wounded died", "two of the injured died,
 * bringing the toll to seven", "the toll has risen to 9 after a woman died of her wounds": the wounded who died are counted in the toll that their deaths raised, told in the same
 * sentence; they are a part of it, never more victims.
 */
final class TollRiseParts {

    private static final Set<String> HURT = WordList.of("hurt");

    private TollRiseParts() {
    }

    static void link(List<Draft> inSentence, List<Token> tokens) {
        for (Draft d : inSentence) {
            if (d.parent != null || d.outcome != Outcome.KILLED || !ofTheWounded(d, tokens) && !diedAfterWounds(d, tokens)) {
                continue;
            }
            for (Draft toll : inSentence) {
                if (toll != d && toll.parent == null && toll.outcome == Outcome.KILLED && toll.value() > d.value()
                        && namesToll(toll, tokens)) {
                    d.parent = toll;
                    d.rule = "toll-rise-part-" + d.rule;
                    break;
                }
            }
        }
    }

    /** "two of the wounded", "one of the injured". */
    private static boolean ofTheWounded(Draft d, List<Token> tokens) {
        int i = d.quantity.to();
        return i + 2 < tokens.size() && tokens.get(i).is("of") && tokens.get(i + 1).is("the")
                && HURT.contains(tokens.get(i + 2).lower());
    }

    /** "the toll has risen to 9 after a woman died of her wounds": a death of wounds that the toll rose "after". */
    private static boolean diedAfterWounds(Draft d, List<Token> tokens) {
        int before = d.quantity.from() - 1;
        return before > d.sentence.from() && tokens.get(before).is("after") && LeadAndDetails.laterDeath(d, tokens);
    }

    private static boolean namesToll(Draft d, List<Token> tokens) {
        for (int i = Math.max(0, d.outcomeFrom); i < d.outcomeTo; i++) {
            if (tokens.get(i).is("toll")) {
                return true;
            }
        }
        return false;
    }
}
