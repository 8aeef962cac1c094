package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Groups;
import org.casualtyledger.claim.Outcome;

/**
 * Rule "torture-victims": "a young man died under torture", "the death of 7 people under torture in the prisons":
 * people who died under torture were held by their killers, so people of no stated status are detainees, and so are
 * the people of no stated status counted as parts of their toll.
 */
final class TortureVictims implements SentenceRule {

    static final String NAME = "torture-victims";
    /** How far after the outcome told after the people, or after the people, "under torture" may stand. */
    private static final int REACH = 6;
    private static final Set<String> ENDS = Set.of(",", ";", ".", "while", "and", "after", "when");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String example() {
        return "a young man from the town died under torture in the prisons of the security services";
    }

    @Override
    public void apply(SentenceReading r) {
        List<Token> tokens = r.tokens();
        for (Draft d : r.drafts) {
            if (d.outcome != Outcome.KILLED || d.parent != null || !Groups.PEOPLE.equals(d.group)) {
                continue;
            }
            int from = Math.max(Math.max(d.outcomeTo, d.phrase.to()), d.quantity.to());
            if (underTorture(tokens, from, r.sentence.to())) {
                d.group = Groups.DETAINEES;
                for (Draft part : r.drafts) {
                    if (part.parent == d && Groups.PEOPLE.equals(part.group)) {
                        part.group = Groups.DETAINEES;
                    }
                }
            }
        }
    }

    private static boolean underTorture(List<Token> tokens, int from, int to) {
        for (int i = from; i + 1 < Math.min(to, from + REACH); i++) {
            if (tokens.get(i).is("under") && tokens.get(i + 1).is("torture")) {
                return true;
            }
            if (ENDS.contains(tokens.get(i).lower())) {
                return false;
            }
        }
        return false;
    }
}
