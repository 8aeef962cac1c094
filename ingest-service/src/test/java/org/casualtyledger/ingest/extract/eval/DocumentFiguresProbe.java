package org.casualtyledger.ingest.extract.eval;

import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;

/** Opens the package-private reduction of the evaluation to the extraction tests. */
public final class DocumentFiguresProbe {

    private DocumentFiguresProbe() {
    }

    public static long total(List<Claim> claims, Outcome outcome) {
        return DocumentFigures.total(claims, outcome);
    }
}
