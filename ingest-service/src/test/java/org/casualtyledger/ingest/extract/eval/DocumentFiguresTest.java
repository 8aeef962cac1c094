package org.casualtyledger.ingest.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.ingest.extract.ClaimExtractor;
import org.junit.jupiter.api.Test;

class DocumentFiguresTest {

    private final List<Claim> claims = ClaimExtractor.standard()
            .extract("r-figures", "More than 30 people were killed and at least 12 were wounded in the raid.", null);

    @Test
    void minimumCodedGoldCountsTheLowerBound() {
        assertEquals(31, DocumentFigures.total(claims, Outcome.KILLED, true));
        assertEquals(12, DocumentFigures.total(claims, Outcome.INJURED, true));
    }

    @Test
    void goldCodedAsStatedCountsTheStatedNumber() {
        assertEquals(30, DocumentFigures.total(claims, Outcome.KILLED, false));
        assertEquals(12, DocumentFigures.total(claims, Outcome.INJURED, false));
    }
}
