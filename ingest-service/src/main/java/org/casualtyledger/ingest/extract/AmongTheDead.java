package org.casualtyledger.ingest.extract;

import java.util.List;
import org.casualtyledger.claim.Outcome;

/**
 * Rule "among-the-dead": "Six children were among the dead", "two policemen are also among the victims": people told
 * as among a toll are a part of it, never a toll of their own. Their parent is the nearest toll of the same outcome
 * told before them and larger than they are; a figure the rules already read as a repeat or a part keeps that reading.
 */
final class AmongTheDead {

    static final String NAME = "among-the-dead";
    /** How many figures back the toll may stand: a bulletin names its toll shortly before the parts it lists. */
    private static final int TOLL_REACH = 40;

    private AmongTheDead() {
    }

    static void link(List<Draft> drafts) {
        for (int k = 0; k < drafts.size(); k++) {
            Draft part = drafts.get(k);
            if (part.parent != null || part.restates != null || part.rule == null || !part.rule.endsWith(NAME)) {
                continue;
            }
            Draft toll = tollBefore(drafts, k);
            if (toll != null) {
                part.parent = toll;
                part.scope = toll.scope;
                part.periodStart = toll.periodStart;
                part.periodEnd = toll.periodEnd;
            }
        }
    }

    private static Draft tollBefore(List<Draft> drafts, int at) {
        Draft part = drafts.get(at);
        for (int k = at - 1; k >= Math.max(0, at - TOLL_REACH); k--) {
            Draft d = drafts.get(k);
            if (d.sentence.headline() || d.restates != null || !sameToll(d.outcome, part.outcome)) {
                continue;
            }
            if (d.parent == null && d.value() > part.value()) {
                return d;
            }
        }
        return null;
    }

    private static boolean sameToll(Outcome toll, Outcome part) {
        return toll == part || toll == Outcome.EXECUTED && part == Outcome.KILLED;
    }
}
