package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.ClaimFlag;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Qualifier;
import org.junit.jupiter.api.Test;

/**
 * Rule "hours-ago-repeat" and the restatement rules around it: what was published hours ago restates the text's own
 * telling; figures of other people, paragraphs or parties are never one toll told twice.
 */
class RecentRepeatTest extends ExtractorTest {

    RecentRepeatTest() {
        super("r-recent", LocalDate.of(2024, 2, 3));
    }

    private static Claim find(List<Claim> claims, long value, Outcome outcome, String group) {
        return claims.stream().filter(c -> c.count().value() == value && c.outcome() == outcome && c.group().equals(group))
                .findFirst().orElseThrow(() -> new AssertionError("no " + value + " " + group + " in " + claims));
    }

    @Test
    void whatWasPublishedHoursAgoRestatesTheLaterTelling() {
        List<Claim> claims = read("Fighting goes on in the old town.\n\nThe monitor published hours ago that 17 members of the "
                + "militia were killed near the old mosque, and the monitor learned from its sources that the militia lost 17 "
                + "of its members in these clashes, among them two commanders.");
        List<Claim> seventeen = claims.stream().filter(c -> c.count().value() == 17).toList();
        assertEquals(2, seventeen.size(), claims.toString());
        assertEquals(seventeen.get(1).id(), seventeen.get(0).restates());
        assertNull(seventeen.get(1).restates());
    }

    @Test
    void whatWasPublishedHoursAgoRestatesTheEarlierTelling() {
        List<Claim> claims = read("Gunmen killed 6 members of the militia in the village.\n\nThe monitor published hours ago "
                + "that 6 members of the militia were killed in the village, while the fighting goes on.");
        List<Claim> six = claims.stream().filter(c -> c.count().value() == 6).toList();
        assertEquals(six.get(0).id(), six.get(1).restates());
        assertNull(six.get(0).restates());
    }

    @Test
    void civiliansAreNeverTheFightersTollToldAgain() {
        List<Claim> claims = read("Airstrikes killed 34 civilians in the city. Later, 36 fighters of the militia were killed in "
                + "clashes near the bridge.");
        assertNull(find(claims, 36, Outcome.KILLED, "FIGHTERS").restates());
    }

    @Test
    void aVagueAmountOfALaterParagraphsIncidentRestatesNoEarlierFigure() {
        List<Claim> claims = read("More than 60 people were wounded in the shelling of the market.\n\n"
                + "In the north, clashes left 14 soldiers and 11 fighters dead, and scores of injured from both sides.");
        Claim vague = claims.stream().filter(c -> c.count().qualifier() == Qualifier.VAGUE).findFirst().orElseThrow();
        assertNull(vague.restates(), claims.toString());
    }

    @Test
    void aVagueLeadThatALaterParagraphDetailsRestatesIt() {
        List<Claim> claims = read("Troops detained several suspected insurgents in the district last night.\n\n"
                + "The patrol detained 4 suspected insurgents at the compound.");
        Claim vague = claims.stream().filter(c -> c.count().qualifier() == Qualifier.VAGUE).findFirst().orElseThrow();
        assertEquals(claims.stream().filter(c -> c.count().value() == 4).findFirst().orElseThrow().id(), vague.restates());
    }

    /** Rule "headline-part": a headline figure that only a part of the body tells restates that part. */
    @Test
    void aHeadlineFigureRestatesTheBodysPartOfItsGroup() {
        List<Claim> claims = read("More than 730 civilians killed since the start of the offensive\n\n"
                + "The number of people killed since the start of the offensive on the 30th of April rose to 2,500, they are:\n"
                + "• 736 civilians\n• 1,764 fighters of the factions");
        Claim headline = claims.get(0);
        assertEquals(730, headline.count().value());
        assertEquals(find(claims, 736, Outcome.KILLED, "CIVILIANS").id(), headline.restates());
    }

    @Test
    void aChildAndAWomanAreTwoPeople() {
        List<Claim> claims = read("In the city, the shelling killed a child. In the besieged town, a woman died of hunger.");
        claims.forEach(c -> assertNull(c.restates(), claims.toString()));
    }

    @Test
    void whatWasPublishedHoursAgoAndNotToldAgainIsFlaggedAsPublishedBefore() {
        List<Claim> claims = read("Shelling hit the market of the town this morning.\n\nThe monitor published hours ago that "
                + "12 fighters of the militia were killed near the dam.");
        assertEquals(Set.of(ClaimFlag.PUBLISHED_BEFORE), find(claims, 12, Outcome.KILLED, "FIGHTERS").flags());
    }

    @Test
    void aPersonNamedAnewInALaterClauseIsAnotherPerson() {
        List<Claim> claims = read("The monitor found the body of a civilian near the village, and on the same day, a mine went off "
                + "on a car on the road, killing 2 fighters and a civilian who was travelling with them.");
        claims.forEach(c -> assertNull(c.restates(), claims.toString()));
    }

    /** One member of a party published hours ago is not the man of no stated status the text tells of. */
    @Test
    void oneFighterPublishedHoursAgoIsNotTheManToldToday() {
        List<Claim> claims = read("A drone hit a car near the town, killing a man.\n"
                + "The monitor published hours ago that an SDF fighter was killed by sniper fire on the frontline.");
        Claim fighter = find(claims, 1, Outcome.KILLED, "SDF");
        assertNull(fighter.restates());
        assertEquals(Set.of(ClaimFlag.PUBLISHED_BEFORE), fighter.flags());
    }

    /** What was published hours ago is a statement of its own: it restates a total told outside it, and is no part of it. */
    @Test
    void aRepeatIsNoPartOfTheTotalItRestates() {
        List<Claim> claims = read("Farmers found a pit near the mill holding the bodies of forty-two men, most of whom had been "
                + "shot, and the monitor published hours ago that the bodies of 42 men were found near the mill.");
        List<Claim> bodies = claims.stream().filter(c -> c.count().value() == 42).toList();
        assertEquals(2, bodies.size(), claims.toString());
        assertEquals(bodies.get(0).id(), bodies.get(1).restates());
        assertNull(bodies.get(1).parentId());
    }

    /** Rule "same-day-toll": of two equal figures, what was published hours ago repeats an incident's toll, not a listed part. */
    @Test
    void aRepeatFromHoursAgoIsTheDaysToll() {
        List<Claim> claims = read("Raiders shot dead a shepherd near the dam at dawn today.\n\nThus, since the beginning of the "
                + "year, the monitor has documented the death of 40 people in the valley, among them 30 guards and a "
                + "villager, and the monitor published hours ago that a shepherd was shot dead near the dam.");
        List<Claim> ones = claims.stream().filter(c -> c.count().value() == 1 && c.outcome() == Outcome.KILLED).toList();
        assertEquals(3, ones.size(), claims.toString());
        assertEquals(ones.get(0).id(), ones.get(2).restates());
        assertEquals(org.casualtyledger.claim.Scope.INCIDENT, ones.get(2).scope());
    }
}
