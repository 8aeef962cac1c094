package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.ClaimFlag;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.api.Test;

/** Restatement rules of a bulletin's headline: which telling of the body the headline's figure repeats. */
class HeadlineRestatementRulesTest extends ExtractorTest {

    HeadlineRestatementRulesTest() {
        super("r-headline", LocalDate.of(2024, 3, 9));
    }

    /**
     * Rule "headline-own-telling": the body's toll and an earlier publication both lie near the headline's figure;
     * the headline repeats the body's own telling, and the earlier publication stays apart.
     */
    @Test
    void theHeadlineRestatesTheBodyNotAnEarlierPublication() {
        List<Claim> claims = read("Over 60 dead in the siege of the citadel\n\n"
                + "The toll of the siege of the old citadel rose to 64 on Friday, the monitor said.\n\n"
                + "The monitor had reported this morning that 61 people had died in the siege.");
        Claim headline = find(claims, 60, Outcome.KILLED);
        Claim body = find(claims, 64, Outcome.KILLED);
        Claim earlier = find(claims, 61, Outcome.KILLED);
        assertEquals(body.id(), headline.restates());
        assertTrue(earlier.flags().contains(ClaimFlag.PUBLISHED_BEFORE));
        assertNull(earlier.restates());
    }
}
