package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Groups;

/**
 * Rule "breakdown-opener": "the death of thirty-six members of the organization during the past 24 hours in the
 * clashes ... and in the airstrikes on their positions, of whom 17 were killed by the airstrikes": a figure right
 * after a breakdown opener ("of whom", "among them", "including", "among the dead there are") is a part of the
 * sentence's latest total, however long the telling between them. A cue of an earlier clause ("who tried to hide
 * among the women, while a child died") opens nothing for a figure past "while"; and a named armed party is no part of
 * a toll of civilians or detainees ("1,349 civilians ... and 113 members of the regime forces were killed").
 */
final class BreakdownOpener {

    static final String NAME = "breakdown-opener";
    private static final Set<String> OPENERS = WordList.of("breakdown-openers");
    private static final Set<String> CLAUSE_BREAKS = WordList.of("clause-breaks");
    /** How far before the figure its opener may stand: "among the dead there are eleven children". */
    private static final int OPENER_REACH = 5;
    private static final Set<String> UNARMED = Set.of(Groups.CIVILIANS, Groups.DETAINEES, Groups.PEOPLE);

    private BreakdownOpener() {
    }

    /** An opener stands right before the figure, in its own clause: no comma or figure between them. */
    static boolean opens(List<Token> tokens, Draft d) {
        for (int i = d.quantity.from() - 1; i >= Math.max(d.sentence.from(), d.quantity.from() - OPENER_REACH); i--) {
            Token t = tokens.get(i);
            if (t.is(",") || t.isNumber()) {
                return false;
            }
            if (OPENERS.contains(t.lower()) && (!t.is("whom") || i > d.sentence.from() && tokens.get(i - 1).is("of"))) {
                return true;
            }
        }
        return false;
    }

    /** The latest total of the sentence not smaller than the figure: the one the opener breaks down. */
    static Draft total(Draft d, List<Draft> inSentence) {
        for (int k = inSentence.size() - 1; k >= 0; k--) {
            Draft t = inSentence.get(k);
            if (t.parent == null) {
                return t.value() >= d.value() && !otherParty(d.phrase, t) ? t : null;
            }
        }
        return null;
    }

    /** Where the figure's own clause starts in the gap before it: after the last "while" or ";". */
    static int clauseStart(List<Token> tokens, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (CLAUSE_BREAKS.contains(tokens.get(i).lower())) {
                return i + 1;
            }
        }
        return from;
    }

    /** "113 members of the regime forces" under "1,349 civilians": a named armed party is no part of unarmed people. */
    static boolean otherParty(NounPhrase np, Draft total) {
        String named = np.group();
        return named != null && !UNARMED.contains(named)
                && (Groups.CIVILIANS.equals(total.group) || Groups.DETAINEES.equals(total.group));
    }
}
