package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Groups;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.api.Test;

/** Rule "introduced-loser": a list introduced as "the losses of" a side counts that side's people on bare lines. */
class IntroducedLoserTest {

    private final ClaimExtractor extractor = ClaimExtractor.standard();

    @Test
    void bareLinesUnderTheLossesOfASideAreThatSidesPeople() {
        String text = "Fighting went on in the south of Idlib this month between the regime forces and HTS.\n"
                + "The losses of HTS in the fighting were as follows:\n"
                + "- 14 fighters killed in the shelling\n"
                + "- 3 elements captured near the front\n"
                + "- 5 civilians injured in the villages\n";
        List<Claim> claims = extractor.extract("r-loser", text, LocalDate.of(2022, 5, 20));
        assertEquals(Groups.HTS, find(claims, 14, Outcome.KILLED).group());
        assertEquals(Groups.HTS, find(claims, 3, Outcome.CAPTURED).group());
        assertEquals(Groups.CIVILIANS, find(claims, 5, Outcome.INJURED).group());
    }
}
