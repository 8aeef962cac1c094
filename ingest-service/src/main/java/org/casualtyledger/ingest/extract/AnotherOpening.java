package org.casualtyledger.ingest.extract;

import java.util.List;
import org.casualtyledger.claim.Groups;

/**
 * Rule "another-opening": "Two guards were shot dead at the gate. Another was wounded.": a sentence that opens on
 * "another" as the subject of its verb tells one more of the people the last figure before it counted, of their group.
 */
final class AnotherOpening {

    static final String NAME = "another-opening";

    /** "Another was also seriously wounded": the auxiliary and two adverbs before the verb. */
    private static final int VERB_REACH = 4;

    private AnotherOpening() {
    }

    /** Gives the one victim that "another" opening the sentence names the group of the report's last total. */
    static void apply(Sentence s, List<Token> tokens, List<Draft> inSentence, List<Draft> earlier) {
        if (earlier.isEmpty() || !tokens.get(s.from()).is("another")) {
            return;
        }
        Draft last = lastTotal(earlier);
        for (Draft d : inSentence) {
            if (tells(d, tokens) && d.rule.equals("one-victim") && Groups.PEOPLE.equals(d.group)) {
                d.group = last.group;
                d.rule = NAME + "-" + d.rule;
                return;
            }
        }
    }

    /** The total the last figure told belongs to: the people "another" opening the next sentence adds to. */
    static Draft lastTotal(List<Draft> earlier) {
        Draft last = earlier.get(earlier.size() - 1);
        while (last.parent != null) {
            last = last.parent;
        }
        return last;
    }

    /** The one victim is the "another" that opens its sentence: one more person, never a repeat of one counted. */
    static boolean tells(Draft d, List<Token> tokens) {
        Sentence s = d.sentence;
        return d.value() == 1 && s.to() - s.from() >= 2 && tokens.get(s.from()).is("another") && d.outcomeFrom > s.from()
                && d.outcomeFrom <= s.from() + VERB_REACH;
    }
}
