package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.ClaimFlag;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Rules that keep the incidents of a bulletin apart: equal figures of other places are no repeats
 * ("other-settlement"), a later paragraph's toll of one armed party is no update nor part of a toll of people
 * ("party-apart"), a sentence opened by its own place is another incident ("fronted-place"), killed after
 * executions are a further toll ("after-executions"), and a headline restates the body figure told of its places
 * ("headline-place").
 */
class SeparateIncidentsRulesTest extends ExtractorTest {

    SeparateIncidentsRulesTest() {
        super("r-separate-incidents", LocalDate.of(2024, 10, 8));
    }

    private static List<Claim> valued(List<Claim> claims, long value, Outcome outcome) {
        return claims.stream().filter(c -> c.count().value() == value && c.outcome() == outcome).toList();
    }

    /** Rule "other-settlement": two sentences of other towns each telling "4 farmers were killed" tell two tolls. */
    @Test
    void equalFiguresOfOtherTownsAreNoRepeats() {
        List<Claim> claims = read("In the town of Kafr Hamra, 4 farmers were killed by a shell on their field. In the village "
                + "of al-Marj, 4 farmers were killed by a mine near the well.");
        List<Claim> farmers = valued(claims, 4, Outcome.KILLED);
        assertEquals(2, farmers.size(), claims.toString());
        farmers.forEach(c -> assertNull(c.restates(), c.toString()));
    }

    /** Rule "other-settlement" within a sentence: the clauses on either side of ", while" name other quarters. */
    @Test
    void equalFiguresOfOtherQuartersInOneSentenceAreNoRepeats() {
        List<Claim> claims = read("Two boys were wounded by a sniper in the neighbourhood of al-Sabil, while two boys were "
                + "wounded by a shell in the neighbourhood of al-Qadam.");
        List<Claim> boys = valued(claims, 2, Outcome.INJURED);
        assertEquals(2, boys.size(), claims.toString());
        boys.forEach(c -> assertNull(c.restates(), c.toString()));
    }

    /** The same town told twice: the later equal figure is still the same toll. */
    @Test
    void equalFiguresOfTheSameTownStayRepeats() {
        List<Claim> claims = read("In the town of Kafr Hamra, 4 farmers were killed by a shell on their field. Rescuers said "
                + "that in the town of Kafr Hamra, 4 farmers were killed in the morning.");
        assertEquals(1, valued(claims, 4, Outcome.KILLED).stream().filter(c -> c.restates() != null).count(), claims.toString());
    }

    /** Rule "party-apart": a later paragraph's toll of one armed party neither updates nor restates a toll of people. */
    @Test
    void aLaterParagraphsPartyTollIsNoUpdate() {
        List<Claim> claims = read("The number of people killed in the strikes on the market rose to 26.\n\n"
                + "On the fronts of the hills, the losses of the regime forces in the clashes with the factions climbed to 21.\n\n"
                + "A mine went off under a car near the mill, injuring 6 people.\n\n"
                + "Warplanes struck a base of the organization, killing 11 members of ISIS and wounding about 14 others.");
        assertNull(find(claims, 26, Outcome.KILLED).restates(), claims.toString());
        assertNull(find(claims, 21, Outcome.KILLED).restates(), claims.toString());
        assertNull(find(claims, 6, Outcome.INJURED).restates(), claims.toString());
    }

    /** Rule "fronted-place" with the Arabic article: a sentence opened by "In the town of al-X," tells another incident. */
    @Test
    void aSentenceOpenedByItsOwnPlaceIsNoPartOfAnEarlierToll() {
        List<Claim> claims = read("Gunmen opened fire on a bus at the entrance of the town of Saida, killing 5 people. In the "
                + "town of al-Karak, 2 young men were killed by gunmen on a motorbike. In the city of al-Harra, a member of "
                + "the police was shot dead.");
        assertNull(find(claims, 2, Outcome.KILLED).parentId(), claims.toString());
        assertNull(find(claims, 1, Outcome.KILLED).parentId(), claims.toString());
    }

    /** A named victim told before a larger toll of its sentence is no part of that toll. */
    @Test
    void aVictimNamedBeforeATollIsNoPartOfIt() {
        List<Claim> claims = read("A farmer and his son were killed by a shell on their field, and the bodies of 5 men were "
                + "found near the quarry.");
        claims.stream().filter(c -> c.count().value() == 1).forEach(c -> assertNull(c.parentId(), c.toString()));
    }

    /** Rule "after-executions": fighters killed in clashes after a toll of executions are a further toll. */
    @Test
    void theKilledAfterExecutionsAreAFurtherToll() {
        List<Claim> claims = read("The organization executed a teacher and his 2 brothers in the square of the town. Later, "
                + "the organization lost 7 of its members in clashes with the army, while 4 soldiers were killed.");
        Claim brothers = find(claims, 2, Outcome.EXECUTED);
        assertNull(brothers.restates(), claims.toString());
        assertNull(brothers.parentId(), claims.toString());
    }

    /** Rule "sum-of-parts" stops at a sentence opened by its own place. */
    @Test
    void figuresOfAnotherPlaceAreNoSumOfParts() {
        List<Claim> claims = read("Gunmen shot dead 2 guards at the depot of the town. In the city of al-Harra, the bodies "
                + "of a woman and her daughter were found in an orchard.");
        claims.stream().filter(c -> c.count().value() == 1).forEach(c -> assertNull(c.parentId(), c.toString()));
    }

    /** Rule "headline-place": of equal body figures, the headline restates the one told of its place. */
    @Test
    void aHeadlineRestatesTheFigureOfItsPlace() {
        List<Claim> claims = read("Cells kill 4 guards near Tell Abyad\n\n"
                + "Cells attacked a post near the town of Ras al-Ain, killing 4 guards. In a separate attack, 4 guards "
                + "were killed near Tell Abyad.");
        Claim headline = claims.get(0);
        Claim telling = claims.stream().filter(c -> c.evidence().toString().contains("were killed")).findFirst()
                .orElseThrow(() -> new AssertionError(claims.toString()));
        assertEquals(telling.id(), headline.restates(), claims.toString());
    }

    /** A toll of civilians holds no members of armed parties as a sum of parts. */
    @Test
    void partiesAreNoPartsOfACivilianToll() {
        List<Claim> claims = read("The monitor documented the death of 21 villagers in strikes on the valley. Meanwhile, the "
                + "fatalities among the SDF in the clashes on the hills rose to 9, while 12 members of the organization were "
                + "killed.");
        assertNull(find(claims, 9, Outcome.KILLED).parentId(), claims.toString());
        assertNull(find(claims, 12, Outcome.KILLED).parentId(), claims.toString());
    }

    /** Kin counted through a possessive are never restated by a later figure of another noun. */
    @Test
    void kinAreNotRestatedByOtherPeople() {
        List<Claim> claims = read("Warplanes struck the market of the town, killing a baker and his 2 sons.\n\n"
                + "2 farmers were killed by a shell near the river.");
        valued(claims, 2, Outcome.KILLED).forEach(c -> assertNull(c.restates(), c.toString()));
    }

    /** Rule "published-before": "had documented on Friday" tells a count published before. */
    @Test
    void aCountTheMonitorHadDocumentedIsPublishedBefore() {
        List<Claim> claims = read("A farmer was shot dead at his field on Sunday. The monitor had documented on Friday the "
                + "death of 64 people across the country.");
        assertEquals(java.util.Set.of(ClaimFlag.PUBLISHED_BEFORE), find(claims, 64, Outcome.KILLED).flags());
        assertNull(find(claims, 1, Outcome.KILLED).parentId(), claims.toString());
    }
}
