package org.casualtyledger.ingest.extract;

import java.util.List;
import org.casualtyledger.claim.ClaimFlag;
import org.casualtyledger.claim.Scope;

/**
 * Rule "headline-period-total": "Gunmen kill 3 guards, and the toll of raids since the start of the year rises to 57"
 * over the body's "the number of people killed in raids since the start of 2024 has risen to 57": a headline's running
 * total and the body's running total of the same period and toll are one figure, told again, whichever party each
 * telling names around it.
 */
final class HeadlinePeriodTotal implements ReportRule {

    static final String NAME = "headline-period-total";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String example() {
        return "Gunmen kill 3 guards, and the toll of raids since the start of the year rises to 57 / "
                + "the number of people killed in raids since the start of 2024 has risen to 57";
    }

    @Override
    public void apply(List<Draft> drafts, List<Token> tokens) {
        for (Draft d : drafts) {
            if (!d.sentence.headline() || d.parent != null || d.restates != null || d.scope != Scope.CUMULATIVE
                    || d.periodStart == null || d.flags.contains(ClaimFlag.PUBLISHED_BEFORE)) {
                continue;
            }
            for (Draft body : drafts) {
                if (!body.sentence.headline() && body.parent == null && body.restates == null && body.scope == Scope.CUMULATIVE
                        && d.periodStart.equals(body.periodStart) && body.value() == d.value()
                        && Restatements.toll(body.outcome) == Restatements.toll(d.outcome)
                        && !body.flags.contains(ClaimFlag.PUBLISHED_BEFORE)) {
                    d.restates = body;
                    d.rule = NAME + "-" + d.rule;
                    break;
                }
            }
        }
    }
}
