package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * A figure that repeats another of the same report: a headline restating the body ("About 35" for "34 at least"),
 * or a body figure repeated "as published hours ago". Restated figures are never counted twice.
 */
final class Restatements {

    private static final double TOLERANCE = 0.15;

    private Restatements() {
    }

    static void link(List<Draft> drafts, List<Token> tokens) {
        for (Draft d : drafts) {
            if (d.sentence.headline() && d.parent == null) {
                d.restates = bestBodyMatch(d, drafts);
            }
        }
    }

    private static Draft bestBodyMatch(Draft headline, List<Draft> drafts) {
        Draft best = null;
        for (Draft body : drafts) {
            if (body.sentence.headline() || body.parent != null || !sameFigure(headline, body)) {
                continue;
            }
            if (best == null || Math.abs(body.value() - headline.value()) < Math.abs(best.value() - headline.value())) {
                best = body;
            }
        }
        return best;
    }

    private static boolean sameFigure(Draft a, Draft b) {
        if (a.outcome != b.outcome || a.scope != b.scope || !a.group.equals(b.group)) {
            return false;
        }
        long diff = Math.abs(a.value() - b.value());
        return diff <= Math.max(2, Math.round(TOLERANCE * Math.max(a.value(), b.value())));
    }
}
