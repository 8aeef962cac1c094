package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Qualifier;
import org.casualtyledger.claim.Scope;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {

    private static final String BULLETIN = """
            Monitor bulletin

            Some 12 regime soldiers were killed in the ambush near Al-Mayadin

            Deir Ezzor Province – the monitor documented that at least 11 members of the regime forces were killed \
            and 7 others were wounded in an ambush by the organization, while the “Islamic State” organization \
            captured 4 members of the SDF. Thus it rose to 512 the number of civilians who were killed since the \
            3rd of March 2019, including 120 children and 80 women.
            """;

    private final ClaimExtractor extractor = ClaimExtractor.standard();

    @Test
    void readsIncidentFiguresWithQualifierOutcomeAndGroup() {
        List<Claim> claims = extractor.extract("r-test", BULLETIN, LocalDate.of(2019, 5, 2));
        Claim killed = find(claims, 11, Outcome.KILLED);
        assertEquals(Qualifier.AT_LEAST, killed.count().qualifier());
        assertEquals("SYRIAN_REGIME", killed.group());
        assertEquals(Scope.INCIDENT, killed.scope());
        Claim wounded = find(claims, 7, Outcome.INJURED);
        assertEquals("SYRIAN_REGIME", wounded.group());
        Claim captured = find(claims, 4, Outcome.CAPTURED);
        assertEquals("SDF", captured.group());
        assertEquals("ISIS", captured.perpetrator());
    }

    @Test
    void readsRunningTotalWithPeriodAndBreakdown() {
        List<Claim> claims = extractor.extract("r-test", BULLETIN, LocalDate.of(2019, 5, 2));
        Claim total = find(claims, 512, Outcome.KILLED);
        assertEquals(Scope.CUMULATIVE, total.scope());
        assertEquals(LocalDate.of(2019, 3, 3), total.periodStart());
        Claim children = find(claims, 120, Outcome.KILLED);
        assertEquals(total.id(), children.parentId());
        assertEquals("CHILDREN", children.subgroup());
        assertEquals(total.id(), find(claims, 80, Outcome.KILLED).parentId());
    }

    @Test
    void headlineRestatesTheBodyFigure() {
        List<Claim> claims = extractor.extract("r-test", BULLETIN, LocalDate.of(2019, 5, 2));
        Claim headline = find(claims, 12, Outcome.KILLED);
        assertEquals(find(claims, 11, Outcome.KILLED).id(), headline.restates());
    }

    @Test
    void everyClaimHasEvidenceRuleAndDeterministicId() {
        List<Claim> first = extractor.extract("r-test", BULLETIN, null);
        List<Claim> second = extractor.extract("r-test", BULLETIN, null);
        assertEquals(first, second);
        for (Claim c : first) {
            assertTrue(c.id().matches("c-[0-9a-f]{24}"), c.id());
            assertNotNull(c.rule());
            assertTrue(c.evidence().sentence().contains(BULLETIN.substring(c.evidence().start(), c.evidence().end())));
        }
    }

    @Test
    void emptyTextHasNoClaims() {
        assertTrue(extractor.extract("r-test", "", null).isEmpty());
        assertTrue(extractor.extract("r-test", null, null).isEmpty());
    }

    static Claim find(List<Claim> claims, long value, Outcome outcome) {
        return claims.stream().filter(c -> c.count().value() == value && c.outcome() == outcome).findFirst()
                .orElseThrow(() -> new AssertionError("no " + outcome + " " + value + " in " + claims));
    }

    static void assertNoClaim(List<Claim> claims, long value) {
        assertNull(claims.stream().filter(c -> c.count().value() == value).findFirst().orElse(null), claims.toString());
    }
}
