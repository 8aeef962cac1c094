package org.casualtyledger.ingest.extract;

import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Rule "restated-parent": "Suicide bombers killed 15 people ... Of the 15 people found dead, six were militants": a
 * breakdown of a figure that restates an earlier one breaks that earlier toll down, the one that is counted. When the
 * counted toll already has a part of the same people ("20 people, among them 5 children ... SOHR published hours ago
 * that 20 people, including 5 children, were killed"), the breakdown tells that part again: it stays a part of the
 * figure it was told with and restates the counted toll's part.
 */
final class RestatedParts {

    private RestatedParts() {
    }

    static void link(List<Draft> drafts) {
        Set<Draft> moved = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Draft d : drafts) {
            Draft p = d.parent;
            if (p == null || p.restates == null || p.restates.value() != p.value() || p.restates.parent != null
                    || p.restates == d || d.restates != null) {
                continue;
            }
            Draft told = toldPart(d, p.restates, drafts, moved);
            if (told != null) {
                d.restates = told;
                d.rule = HeadlineBreakdowns.NAME + "-" + d.rule;
            } else {
                d.parent = p.restates;
                moved.add(d);
            }
        }
    }

    /** The counted toll's own part of the same value, outcome and people, if it has one. */
    private static Draft toldPart(Draft d, Draft total, List<Draft> drafts, Set<Draft> moved) {
        for (Draft part : drafts) {
            if (part != d && part.parent == total && !moved.contains(part) && part.restates == null && part.value() == d.value()
                    && Restatements.toll(part.outcome) == Restatements.toll(d.outcome)
                    && (Restatements.sameParty(part.group, d.group) || Restatements.isGeneric(part.group) && Restatements.isGeneric(d.group))) {
                return part;
            }
        }
        return null;
    }
}
