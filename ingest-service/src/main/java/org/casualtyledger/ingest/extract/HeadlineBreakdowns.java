package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * Rule "restated-breakdown": "More than 320 dead in the gas attack, including 54 children" over the body's "322
 * people ... among them 54 children, 82 women": a breakdown of a headline figure that restates the body restates the
 * matching breakdown of the body's figure: of the same toll and party, the closest in value ("hundreds of members
 * who surrendered" for "540 members who surrendered"). It stays a part of the headline's figure.
 */
final class HeadlineBreakdowns {

    static final String NAME = "restated-breakdown";

    private HeadlineBreakdowns() {
    }

    static void link(List<Draft> drafts) {
        for (Draft d : drafts) {
            Draft p = d.parent;
            if (p == null || p.restates == null || d.restates != null || !d.sentence.headline()) {
                continue;
            }
            Draft match = matchingPart(d, p.restates, drafts);
            if (match != null) {
                d.restates = match;
                d.rule = NAME + "-" + d.rule;
            }
        }
    }

    /** The part of the body's figure that the headline's part tells again; the drafts are few, a scan is cheap. */
    static Draft matchingPart(Draft d, Draft told, List<Draft> drafts) {
        Draft best = null;
        for (Draft part : drafts) {
            if (part.parent != told || Restatements.toll(part.outcome) != Restatements.toll(d.outcome)
                    || !(Restatements.sameParty(part.group, d.group) || Restatements.isGeneric(d.group) && Restatements.isGeneric(part.group))) {
                continue;
            }
            if (best == null || Math.abs(part.value() - d.value()) < Math.abs(best.value() - d.value())) {
                best = part;
            }
        }
        return best;
    }
}
