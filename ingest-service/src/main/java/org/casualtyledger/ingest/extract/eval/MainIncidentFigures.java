package org.casualtyledger.ingest.extract.eval;

import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;

/** See {@link DocumentReduction}. */
final class MainIncidentFigures {

    private MainIncidentFigures() {
    }

    static long total(String text, List<Claim> claims, Outcome outcome) {
        return DocumentFigures.total(claims, outcome);
    }
}
