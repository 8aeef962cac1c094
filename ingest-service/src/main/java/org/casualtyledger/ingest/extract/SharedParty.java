package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Groups;

/**
 * Rule "shared-party": "a commander and 4 members of the SDF were killed", "killed a leader and 6 fighters of HTS":
 * one person joined by "and" to a figure under the same verb shares the party that closes the figure's people, when
 * the person's own words name none.
 */
final class SharedParty implements SentenceRule {

    static final String NAME = "shared-party";
    private static final Set<String> UNSIDED = Set.of(Groups.PEOPLE, Groups.FIGHTERS);
    /** How many words the one person may have before the "and": "a field commander", "a senior leader". */
    private static final int PERSON_WORDS = 3;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String example() {
        return "a commander and 4 members of the SDF were killed by a drone";
    }

    @Override
    public void apply(SentenceReading r) {
        List<Token> tokens = r.tokens();
        List<Draft> drafts = r.drafts;
        for (int k = 0; k + 1 < drafts.size(); k++) {
            Draft one = drafts.get(k);
            Draft figure = drafts.get(k + 1);
            if (one.value() != 1 || !one.quantity.article() || !UNSIDED.contains(one.group) || one.phrase.group() != null
                    || figure.phrase.group() == null || figure.outcome != one.outcome || figure.parent != one.parent) {
                continue;
            }
            int and = figure.quantity.from() - 1;
            int personEnd = Math.max(one.phrase.to(), one.quantity.to());
            if (and >= 0 && tokens.get(and).is("and") && personEnd == and && and - one.quantity.from() <= PERSON_WORDS) {
                one.group = figure.group;
            }
        }
    }
}
