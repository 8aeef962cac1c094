package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.assertNoClaim;
import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Scope;
import org.junit.jupiter.api.Test;

/**
 * Rule "counted-only-noun": "assassination of" names a death where a monitor counts it or a headline opens on it,
 * never in the deeds told of a suspect; rule "relative-aside" after the figure: a year inside a ", who ... ," aside
 * is the aside's, not a period of the figure.
 */
class CountedOnlyNounTest extends ExtractorTest {

    private static final String MONITOR = "Idlib province – The monitor: ";

    CountedOnlyNounTest() {
        super("r-counted-only", LocalDate.of(2022, 9, 14));
    }

    @Test
    void aCountedAssassinationIsADeath() {
        List<Claim> claims = read(MONITOR + "the monitor documented the assassination of 2 engineers of the water station near the town.");
        assertEquals(Scope.INCIDENT, find(claims, 2, Outcome.KILLED).scope());
    }

    @Test
    void aHeadlineOpeningOnAnAssassinationCountsItsVictim() {
        List<Claim> claims = read("Assassination of a teacher in the town of Binnish\n\n" + MONITOR
                + "the monitor recorded the assassination of a teacher by gunmen near his school.");
        Claim body = claims.stream().filter(c -> c.restates() == null).findFirst().orElseThrow();
        assertEquals(Outcome.KILLED, body.outcome());
        assertEquals(2, claims.stream().filter(c -> c.outcome() == Outcome.KILLED).count());
    }

    @Test
    void anAssassinationToldAsADeedCountsNobody() {
        List<Claim> claims = read("Police arrested a man wanted for the assassination of 3 judges in the capital.");
        assertNoClaim(claims, 3);
    }

    @Test
    void aYearInsideAnAsideAfterTheVictimIsNoPeriod() {
        List<Claim> claims = read(MONITOR + "the monitor documented the death of 4 shepherds, who had returned to the village "
                + "in 2019, after gunmen fired on them near the well.");
        assertEquals(Scope.INCIDENT, find(claims, 4, Outcome.KILLED).scope());
    }
}
