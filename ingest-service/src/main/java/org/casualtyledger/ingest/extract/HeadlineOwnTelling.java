package org.casualtyledger.ingest.extract;

import java.util.List;
import org.casualtyledger.claim.ClaimFlag;

/**
 * Rule "headline-own-telling": "Over 60 dead in the siege of the citadel" over the body's "the toll rose to 64 ...
 * the monitor had reported this morning that 61 had died": a headline tells the report's own news, so it restates
 * the body's telling of the toll, never a figure the body says was published before, however close that figure is.
 */
final class HeadlineOwnTelling implements ReportRule {

    static final String NAME = "headline-own-telling";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String example() {
        return "Over 60 dead in the siege of the citadel / the toll rose to 64 ... the monitor had reported this morning that 61 had died";
    }

    @Override
    public void apply(List<Draft> drafts, List<Token> tokens) {
        boolean relinked = false;
        for (Draft d : drafts) {
            if (!d.sentence.headline() || d.parent != null || d.flags.contains(ClaimFlag.PUBLISHED_BEFORE)
                    || d.restates != null && !d.restates.flags.contains(ClaimFlag.PUBLISHED_BEFORE)) {
                continue;
            }
            Draft told = closestOwnTelling(d, drafts, true);
            told = told != null ? told : closestOwnTelling(d, drafts, false);
            if (told != null) {
                d.restates = told;
                d.rule = NAME + "-" + d.rule;
                relinked = true;
            }
        }
        if (relinked) {
            HeadlineBreakdowns.link(drafts);
        }
    }

    private static Draft closestOwnTelling(Draft headline, List<Draft> drafts, boolean sameScope) {
        return Restatements.bestBodyMatch(headline, drafts, sameScope, body -> !body.flags.contains(ClaimFlag.PUBLISHED_BEFORE));
    }
}
