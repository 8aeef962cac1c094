package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.api.Test;

/** Rule "of-them-same-outcome": "Of the total, 40 were killed this week" is a part of a total of the same outcome. */
class OfThemSameOutcomeTest {

    private final ClaimExtractor extractor = ClaimExtractor.standard();

    @Test
    void aPartTellingTheTotalsOwnOutcomeBelongsToIt() {
        String text = "The number of people killed in the raids on the valley since the start of the year rose to 180. "
                + "Of the total, 25 were killed in the past ten days.";
        List<Claim> claims = extractor.extract("r-of-total", text, LocalDate.of(2023, 4, 2));
        assertEquals(find(claims, 180, Outcome.KILLED).id(), find(claims, 25, Outcome.KILLED).parentId());
    }

    @Test
    void aPartTellingAnotherOutcomeStaysApart() {
        String text = "Gunmen abducted 30 villagers from the valley last week. Of them, 4 were killed on the road.";
        List<Claim> claims = extractor.extract("r-of-them-other", text, LocalDate.of(2023, 4, 2));
        assertNull(find(claims, 4, Outcome.KILLED).parentId());
    }
}
