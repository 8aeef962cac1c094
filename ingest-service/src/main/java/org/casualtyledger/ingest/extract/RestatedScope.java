package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * Rule "restated-scope": "Sixteen detainees died under torture" in the headline restates "the death of 16 detainees
 * under torture since the beginning of July" in the body: a figure that tells again a toll told elsewhere is that
 * toll, so it takes the scope and the period of the fuller telling, which alone names the period.
 */
final class RestatedScope {

    static final String NAME = "restated-scope";
    /** Chains of restatements are short; the bound keeps a cycle from running on. */
    private static final int MAX_CHAIN = 8;

    private RestatedScope() {
    }

    static void apply(List<Draft> drafts) {
        for (Draft d : drafts) {
            Draft told = d.restates;
            for (int steps = 0; told != null && told.restates != null && steps < MAX_CHAIN; steps++) {
                told = told.restates;
            }
            if (told != null && !told.flags.contains(org.casualtyledger.claim.ClaimFlag.PUBLISHED_BEFORE)) {
                d.scope = told.scope;
                d.periodStart = told.periodStart;
                d.periodEnd = told.periodEnd;
            }
        }
    }
}
