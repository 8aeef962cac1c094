package org.casualtyledger.ingest.extract.eval;

import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Scope;

/**
 * The reduction of ../shared/eval/README.md: a document's figure for an outcome is the sum over its top-level
 * incident claims (no breakdown child, no running total, no restated headline) of the reported value.
 * Executions count as killings.
 */
final class DocumentFigures {

    private DocumentFigures() {
    }

    static long total(List<Claim> claims, Outcome outcome) {
        long sum = 0;
        for (Claim c : claims) {
            if (counts(c.outcome(), outcome) && c.isTopLevel() && c.scope() == Scope.INCIDENT) {
                sum += c.count().reported();
            }
        }
        return sum;
    }

    /** An execution is a killing: the killed figure of a document counts the executed too. */
    private static boolean counts(Outcome claimed, Outcome figure) {
        return claimed == figure || (figure == Outcome.KILLED && claimed == Outcome.EXECUTED);
    }
}
