package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.api.Test;

/** The later restatement rules: updates of a lead toll, vague summaries, and figures that add people. */
class RestatementsTest extends ExtractorTest {

    RestatementsTest() {
        super("r-restates", LocalDate.of(2021, 4, 9));
    }

    private static Claim find(List<Claim> claims, long value, Outcome outcome) {
        return ClaimExtractorTest.find(claims, value, outcome);
    }

    @Test
    void aLaterTollWithinAThirdOfTheLeadUpdatesIt() {
        List<Claim> claims = read("A car bomb killed 20 people at the bus station. "
                + "Officials later said 24 people were killed.");
        assertEquals(find(claims, 20, Outcome.KILLED).id(), find(claims, 24, Outcome.KILLED).restates());
    }

    /** Rule "refined-toll": a bound told once gives way to a later figure of the same toll above it. */
    @Test
    void aLaterFigureAboveABoundLeadRefinesIt() {
        String text = "A car bomb killed more than 20 people at the bus station. Officials later said 24 people died.";
        List<Claim> claims = read(text);
        assertEquals(find(claims, 24, Outcome.KILLED).id(), find(claims, 20, Outcome.KILLED).restates());
        assertEquals("refined-toll-state", find(claims, 24, Outcome.KILLED).rule());
        assertEquals(24, toll(text, Outcome.KILLED));
    }

    @Test
    void aBoundToldTwiceIsTheReportsOwnToll() {
        String text = "At least 20 people were killed at the bus station. A car bomb killed at least 20 people there. "
                + "Officials later said 24 people died.";
        assertEquals(20, toll(text, Outcome.KILLED));
    }

    @Test
    void aLaterTollFarFromTheLeadIsAnotherFigure() {
        List<Claim> claims = read("A car bomb killed 20 people at the bus station. "
                + "Officials later said 60 people were killed.");
        assertNull(find(claims, 60, Outcome.KILLED).restates());
    }

    @Test
    void aTollInAnotherPlaceIsNotAnUpdate() {
        List<Claim> claims = read("Shelling killed 10 civilians in Douma. Shelling killed 12 civilians in Idlib.");
        assertNull(find(claims, 12, Outcome.KILLED).restates());
    }

    @Test
    void aVagueSummaryRestatesThePreciseTollInItsRange() {
        List<Claim> claims = read("Dozens of villagers were killed in the night raid. "
                + "The mayor said 31 villagers were killed.");
        assertEquals(find(claims, 31, Outcome.KILLED).id(), find(claims, 24, Outcome.KILLED).restates());
        assertNull(find(claims, 31, Outcome.KILLED).restates());
    }

    @Test
    void aVagueLeadIsRestatedByTheDetailNotTheOtherWayRound() {
        List<Claim> claims = read("Troops detained several suspects in the valley. "
                + "After questioning, the troops detained four suspects.");
        assertNull(find(claims, 4, Outcome.CAPTURED).restates());
        assertEquals(find(claims, 4, Outcome.CAPTURED).id(), find(claims, 3, Outcome.CAPTURED).restates());
    }

    @Test
    void aPluralVagueAmountNeverRestatesOnePerson() {
        List<Claim> claims = read("Police arrested a gang leader in the port. Officers detained several suspects.");
        assertNull(find(claims, 3, Outcome.CAPTURED).restates());
        assertNull(find(claims, 1, Outcome.CAPTURED).restates());
    }

    @Test
    void otherAdditionalAndMorePeopleAreNotRepeats() {
        List<Claim> other = read("Police arrested a gang leader in the port. One other suspect was detained.");
        assertEquals(2, other.size(), other.toString());
        other.forEach(c -> assertNull(c.restates(), c.toString()));
        List<Claim> additional = read("Police arrested two gang leaders in the port. Officers detained two additional suspects.");
        additional.forEach(c -> assertNull(c.restates(), c.toString()));
        List<Claim> more = read("Five soldiers were killed at the checkpoint. Five more soldiers were killed at the bridge.");
        more.forEach(c -> assertNull(c.restates(), c.toString()));
    }

    @Test
    void peopleAlsoKilledAreNotARepeat() {
        List<Claim> claims = read("Three guards were killed in the raid. Three drivers were also killed.");
        claims.forEach(c -> assertNull(c.restates(), c.toString()));
    }

    @Test
    void othersBesideTheDeadStillSummariseTheWoundedDetail() {
        List<Claim> claims = read("Four guards were killed and several others were wounded at the gate. "
                + "Doctors said six others were wounded.");
        assertEquals(find(claims, 6, Outcome.INJURED).id(), find(claims, 3, Outcome.INJURED).restates());
    }

    @Test
    void aHeadlineRunIntoItsLeadWithoutAStopIsRestated() {
        List<Claim> claims = read("Ten villagers dead in raid on hill town At least 10 villagers were killed in the raid on Friday.");
        assertEquals(2, claims.size(), claims.toString());
        assertEquals(claims.get(0).id(), claims.get(1).restates());
    }

    @Test
    void equalFiguresJoinedByAndAreTwoSets() {
        List<Claim> claims = read("Troops killed 4 gunmen in the hills and later killed 4 gunmen near the river.");
        assertEquals(2, claims.size(), claims.toString());
        claims.forEach(c -> assertNull(c.restates(), c.toString()));
    }
    /** Rule "restated-breakdown": a headline's breakdown restates the body's matching breakdown and stays its headline's part. */
    @Test
    void aHeadlineBreakdownRestatesTheBodysMatchingBreakdown() {
        List<Claim> claims = read("More than 120 dead in the shelling of the market, including 31 children\n\n"
                + "The monitor documented the death of 124 people in the shelling of the market, among them 31 children"
                + " and 20 women.");
        Claim headline = claims.get(0);
        Claim headlinePart = claims.get(1);
        assertEquals(31, headlinePart.count().value());
        assertEquals(headline.id(), headlinePart.parentId());
        assertEquals(find(claims, 124, Outcome.KILLED).id(), headline.restates());
        Claim bodyPart = claims.get(3);
        assertEquals(31, bodyPart.count().value());
        assertEquals(bodyPart.id(), headlinePart.restates());
        assertEquals("restated-breakdown-breakdown", headlinePart.rule());
    }

    /** A headline that leaves out the period restates the body's period total and takes its scope. */
    @Test
    void aHeadlineWithoutItsPeriodRestatesTheBodysPeriodTotal() {
        List<Claim> claims = read("Twenty detainees died under torture in the prisons\n\n"
                + "The monitor documented the death of 20 detainees under torture in the prisons since the beginning of 2021.");
        assertEquals(claims.get(1).id(), claims.get(0).restates());
        assertEquals(claims.get(1).scope(), claims.get(0).scope());
        assertEquals(org.casualtyledger.claim.Scope.CUMULATIVE, claims.get(0).scope());
    }

    /**
     * Rule "other-place": a larger toll in a later paragraph at another place tells another incident; the first toll
     * neither restates it nor is a part of it. At the same place it still updates the first.
     */
    @Test
    void aTollOfAnotherParagraphAtAnotherPlaceIsAnotherIncident() {
        List<Claim> claims = read("Daily bulletin\n\nIn Idlib, a drone strike killed 6 farmers near Ariha on Friday.\n\n"
                + "In Daraa, gunmen shot dead 19 farmers in Nawa on Friday.\n");
        assertNull(find(claims, 6, Outcome.KILLED).restates());
        assertNull(find(claims, 6, Outcome.KILLED).parentId());
        assertNull(find(claims, 19, Outcome.KILLED).parentId());
        List<Claim> update = read("Daily bulletin\n\nIn Idlib, a drone strike killed 6 farmers near Ariha on Friday.\n\n"
                + "The toll of the strike near Ariha has risen to 9 farmers.\n");
        assertEquals(find(update, 9, Outcome.KILLED).id(), find(update, 6, Outcome.KILLED).restates());
    }

    /** One person introduced with "a" in a paragraph of its own is someone new, unless named in the same words. */
    @Test
    void onePersonIntroducedInAnotherParagraphIsSomeoneNew() {
        List<Claim> claims = read("In the countryside of Hama, a young man died of the wounds he sustained last week.\n\n"
                + "In the countryside of Aleppo, a member of the factions was killed by the fire of a sniper.");
        assertNull(claims.get(1).restates());
        List<Claim> again = read("In the countryside of Hama, a child was killed by a landmine.\n\n"
                + "SOHR sources confirmed that a child was killed by a landmine in the countryside of Hama.");
        assertEquals(again.get(0).id(), again.get(1).restates());
    }

    /** A vague amount of another group in a later paragraph is that paragraph's toll, neither a repeat nor a part. */
    @Test
    void aVagueAmountOfAnotherGroupInALaterParagraphIsATollOfItsOwn() {
        List<Claim> claims = read("The monitor documented the death of 62 people in airstrikes on the city, among them 19 children.\n\n"
                + "In the desert, the clashes between the regime forces and the organization killed dozens of ISIS members.");
        Claim vague = find(claims, 24, Outcome.KILLED);
        assertNull(vague.restates());
        assertNull(vague.parentId());
    }

    /** Rule "definite-repeat": "the 9 villagers killed today" points back at the 9 told before, also as a part of a total. */
    @Test
    void aFigureToldWithTheRepeatsItsEarlierTelling() {
        List<Claim> claims = read("Raiders shelled the town this morning, killing 9 villagers and injuring 15 others.\n\n"
                + "The number of villagers killed in the valley since the beginning of the year has risen to 112, including "
                + "the 9 villagers killed in the town today.");
        Claim first = ClaimExtractorTest.find(claims, 9, Outcome.KILLED);
        Claim again = claims.stream().filter(c -> c.count().value() == 9 && c != first).findFirst().orElseThrow();
        assertEquals(first.id(), again.restates());
        assertEquals(ClaimExtractorTest.find(claims, 112, Outcome.KILLED).id(), again.parentId(), "still a part of the total");
        List<Claim> other = read("Raiders killed 9 villagers in the town. Of the 9 guards on duty, none was hurt.");
        assertNull(ClaimExtractorTest.find(other, 9, Outcome.KILLED).restates());
    }
}
