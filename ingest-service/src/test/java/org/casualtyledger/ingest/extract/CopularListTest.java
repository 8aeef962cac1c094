package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Groups;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Rule "outcome-noun", copular list: "the dead are 42 civilians and 75 fighters": the people an outcome names ("the
 * dead", "those killed", "the wounded") listed after a copula or "include" in the present tense, as the past tense
 * already reads. Sentences written for this project.
 */
class CopularListTest extends ExtractorTest {

    CopularListTest() {
        super("r-copular-list", LocalDate.of(2024, 5, 1));
    }

    @Test
    void theDeadAreAListOfGroups() {
        List<Claim> claims = read("Fighting in the north went on for a week, and the dead are 42 civilians and 75 fighters.");
        assertEquals(2, claims.size());
        assertClaim(claims.get(0), 42, Outcome.KILLED, Groups.CIVILIANS);
        assertClaim(claims.get(1), 75, Outcome.KILLED, Groups.FIGHTERS);
        claims.forEach(c -> assertNull(c.parentId()));
    }

    @Test
    void thoseKilledIncludeThreeGroups() {
        List<Claim> claims = read("The monitor says those killed include 310 civilians, 120 members of the regime forces and 88 fighters.");
        assertEquals(3, claims.size());
        assertClaim(claims.get(0), 310, Outcome.KILLED, Groups.CIVILIANS);
        assertClaim(claims.get(1), 120, Outcome.KILLED, Groups.SYRIAN_REGIME);
        assertClaim(claims.get(2), 88, Outcome.KILLED, Groups.FIGHTERS);
    }

    @Test
    void theWoundedIncludeAreInjured() {
        List<Claim> claims = read("Floods cut the road to the clinic; the wounded include 14 children and 3 women.");
        assertEquals(2, claims.size());
        assertClaim(claims.get(0), 14, Outcome.INJURED, Groups.CIVILIANS);
        assertClaim(claims.get(1), 3, Outcome.INJURED, Groups.CIVILIANS);
    }

    @Test
    void aDateAfterTheCopulaCountsNoOne() {
        assertEquals(List.of(), read("Those killed are remembered every year on 12 March in the old square."));
    }

    private static void assertClaim(Claim c, long value, Outcome outcome, String group) {
        assertEquals(value, c.count().value());
        assertEquals(outcome, c.outcome());
        assertEquals(group, c.group());
    }
}
