package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Groups;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Rules "plural-possessive" and "possessor-whole" (the people a party owns are no part of the figure before them),
 * "parts-among-them" (a series of figures closed by "among them"), square brackets read as a parenthesis,
 * "others-of-forces" ("others" after soldiers are soldiers) and the companion's own noun ("a woman and her children").
 */
class CoordinatedPartsRulesTest extends ExtractorTest {

    CoordinatedPartsRulesTest() {
        super("r-parts", LocalDate.of(2024, 6, 12));
    }

    @Test
    void membersOfAPartyAlongWithVictimsAreNoPartOfThem() {
        List<Claim> claims = read("Five villagers were killed along with three of the militia's members when a shell hit the square.");
        Claim members = find(claims, 3, Outcome.KILLED);
        assertNull(members.parentId());
        assertEquals(Groups.FIGHTERS, members.group());
        assertNull(find(claims, 5, Outcome.KILLED).parentId());
    }

    @Test
    void aPluralPossessiveNamesTheOwnerOfTheCountedPeople() {
        List<Claim> claims = read("The raid killed 6 of the factions' fighters near the bridge.");
        assertEquals(Groups.FIGHTERS, find(claims, 6, Outcome.KILLED).group());
    }

    @Test
    void aSeriesClosedByAmongThemBreaksDownTheFigureBeforeIt() {
        List<Claim> claims = read("The monitor documented the death of 140 civilians in the month, 31 children and 17 women among them.");
        Claim total = find(claims, 140, Outcome.KILLED);
        assertEquals(total.id(), find(claims, 31, Outcome.KILLED).parentId());
        assertEquals(total.id(), find(claims, 17, Outcome.KILLED).parentId());
    }

    @Test
    void squareBracketsBreakDownTheFigureBeforeThem() {
        List<Claim> claims = read("Shelling killed 25 civilians, among them 11 children [5 girls and 6 boys] and 4 women.");
        Claim children = find(claims, 11, Outcome.KILLED);
        assertEquals(children.id(), find(claims, 5, Outcome.KILLED).parentId());
        assertEquals(children.id(), find(claims, 6, Outcome.KILLED).parentId());
        assertEquals(find(claims, 25, Outcome.KILLED).id(), find(claims, 4, Outcome.KILLED).parentId());
    }

    @Test
    void othersAfterSoldiersAreSoldiers() {
        List<Claim> claims = read("Four soldiers were killed in an ambush on the desert road, while 9 others were wounded.");
        assertEquals(find(claims, 4, Outcome.KILLED).group(), find(claims, 9, Outcome.INJURED).group());
    }

    @Test
    void aCompanionNamedByHerNounIsOfHerGroup() {
        List<Claim> claims = read("A woman and her two children were killed when a shell hit their house.");
        Claim woman = find(claims, 1, Outcome.KILLED);
        assertEquals(Groups.CIVILIANS, woman.group());
        assertEquals(Groups.CIVILIANS, find(claims, 2, Outcome.KILLED).group());
    }
}
