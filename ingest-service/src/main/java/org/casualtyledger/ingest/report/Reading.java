package org.casualtyledger.ingest.report;

import java.util.List;
import org.casualtyledger.claim.Claim;

/** The outcome of reading one report: its claims, or why it could not be read (then it is read again later). */
public record Reading(List<Claim> claims, String failure) {
    public static final String OVER_BUDGET = "time budget exceeded";

    static Reading of(List<Claim> claims) {
        return new Reading(claims, null);
    }

    static Reading failed(Throwable error) {
        String reason = error instanceof OverBudget ? OVER_BUDGET : error.getClass().getName() + ": " + error.getMessage();
        return new Reading(List.of(), reason);
    }

    public boolean read() {
        return failure == null;
    }

    /** Reading took longer than its budget. */
    static final class OverBudget extends RuntimeException {
        OverBudget() {
            super(OVER_BUDGET, null, false, false);
        }
    }
}
