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
 * Rule "of-them-copula": "Clashes left 57 people dead. Of them, 19 are civilians": a figure opening a sentence on
 * "of them", whose copula names who the people were, breaks down the total told just before. Sentences written for
 * this project.
 */
class OfThemPartTest extends ExtractorTest {

    OfThemPartTest() {
        super("r-of-them-copula", LocalDate.of(2024, 5, 1));
    }

    @Test
    void aCopulaAfterOfThemNamesAPartOfTheTotalBefore() {
        List<Claim> claims = read("Clashes in the hills left 57 people dead. Of them, 19 are civilians.");
        assertEquals(2, claims.size());
        Claim total = claims.get(0);
        Claim part = claims.get(1);
        assertEquals(57, total.count().value());
        assertEquals(19, part.count().value());
        assertEquals(Outcome.KILLED, part.outcome());
        assertEquals(Groups.CIVILIANS, part.group());
        assertEquals(total.id(), part.parentId());
    }

    @Test
    void withoutACommaAndWithAnArmedParty() {
        List<Claim> claims = read("Shelling killed 57 people on Friday. Of them 21 were members of the regime forces.");
        Claim part = claims.get(1);
        assertEquals(21, part.count().value());
        assertEquals(Groups.SYRIAN_REGIME, part.group());
        assertEquals(claims.get(0).id(), part.parentId());
    }

    @Test
    void thePartTakesTheOutcomeOfItsTotal() {
        List<Claim> claims = read("Police arrested some 80 people at the border crossing. Of them, 12 are women.");
        assertEquals(2, claims.size());
        assertEquals(Outcome.CAPTURED, claims.get(1).outcome());
        assertEquals(claims.get(0).id(), claims.get(1).parentId());
    }

    @Test
    void aCopulaThatTellsAnotherEventIsNoPart() {
        List<Claim> claims = read("Police arrested some 80 people at the border crossing. Of them, 12 were released the next day.");
        assertEquals(1, claims.size());
        assertEquals(80, claims.get(0).count().value());
        assertNull(claims.get(0).parentId());
    }
}
