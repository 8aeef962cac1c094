package org.casualtyledger.eval;

import org.casualtyledger.claim.DocumentFigures;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.ingest.extract.ClaimExtractor;
import org.junit.jupiter.api.Test;

/** The document figures of the evaluation: what "killed" counts, and what is never added. */
class DocumentFiguresTest {

    private final ClaimExtractor extractor = ClaimExtractor.standard();

    private List<Claim> read(String text) {
        return extractor.extract("r-figures", text, LocalDate.of(2015, 8, 20));
    }

    @Test
    void theExecutedAreCountedAmongTheKilled() {
        List<Claim> claims = read("The militia executed 6 prisoners in the square. Shelling killed 20 civilians in the suburb.");
        assertEquals(26, DocumentFigures.total(claims, Outcome.KILLED));
        assertEquals(6, DocumentFigures.total(claims, Outcome.EXECUTED));
        assertEquals(0, DocumentFigures.total(claims, Outcome.INJURED));
    }

    @Test
    void anExecutionToldAgainAsKillingsIsCountedOnce() {
        List<Claim> claims = read("The militia executed 12 prisoners in the square. The 12 prisoners were killed at dawn.");
        assertEquals(12, DocumentFigures.total(claims, Outcome.KILLED));
    }

    @Test
    void breakdownsRunningTotalsAndRepeatsAreNotAdded() {
        List<Claim> claims = read("A car bomb killed 9 people, including 3 children, in the market. "
                + "Since the start of 2015, 2,400 people have been killed in the city. Nine people were killed in the blast.");
        assertEquals(9, DocumentFigures.total(claims, Outcome.KILLED));
    }
}
