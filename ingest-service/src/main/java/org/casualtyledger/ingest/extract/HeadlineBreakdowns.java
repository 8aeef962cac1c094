package org.casualtyledger.ingest.extract;

import java.util.List;
import org.casualtyledger.claim.Groups;

/**
 * Rule "restated-breakdown": "More than 320 dead in the gas attack, including 54 children" over the body's "322
 * people ... among them 54 children, 82 women": a breakdown of a headline figure that restates the body restates the
 * matching breakdown of the body's figure: of the same toll and party, the closest in value ("hundreds of members
 * who surrendered" for "540 members who surrendered"). It stays a part of the headline's figure, and a part of people
 * the headline names no party of takes the party of the body's part it tells again.
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
                if (Groups.PEOPLE.equals(d.group)) {
                    // "among them 61 members of the organization" before the body names the organization
                    d.group = match.group;
                }
            }
        }
    }

    /**
     * The part of the body's figure that the headline's part tells again; the drafts are few, a scan is cheap. A part
     * of people of no stated status in the headline may tell any party's part of the same value: its words may name the
     * party only as the body names it ("61 members of the organization").
     */
    static Draft matchingPart(Draft d, Draft told, List<Draft> drafts) {
        Draft best = null;
        for (Draft part : drafts) {
            boolean unnamed = Groups.PEOPLE.equals(d.group) && part.value() == d.value();
            if (part.parent != told || Restatements.toll(part.outcome) != Restatements.toll(d.outcome)
                    || !(unnamed || Restatements.sameParty(part.group, d.group)
                            || Restatements.isGeneric(d.group) && Restatements.isGeneric(part.group))) {
                continue;
            }
            if (unnamed) {
                return part;
            }
            if (best == null || Math.abs(part.value() - d.value()) < Math.abs(best.value() - d.value())) {
                best = part;
            }
        }
        return best;
    }
}
