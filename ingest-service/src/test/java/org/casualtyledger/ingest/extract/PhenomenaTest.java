package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.assertNoClaim;
import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.ClaimFlag;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Qualifier;
import org.casualtyledger.claim.Scope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** One test per phenomenon of issue 3, on sentences written for this project. */
class PhenomenaTest extends ExtractorTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2020, 3, 6);

    PhenomenaTest() {
        super("r-phenomena", PUBLISHED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Shelling killed 28,150 people in the district.|28150",
            "Shelling killed 4150 people in the district.|4150",
            "Thirty-four fighters were killed in the clashes.|34",
            "Two hundred and five civilians were killed in the raid.|205",
            "Twenty five civilians were killed in the raid.|25",
            "A dozen soldiers were killed at the checkpoint.|12",
            "Two dozen villagers were killed overnight.|24",
            "One man was killed by a sniper.|1",
            "A shepherd was killed by a landmine.|1",
            "1.5 million people were displaced by the fighting.|1500000"})
    void readsNumbers(String sentence, long value) {
        assertEquals(value, read(sentence).get(0).count().value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Dozens of civilians were killed in the strikes.|24|VAGUE",
            "Several fighters were wounded in the ambush.|3|VAGUE",
            "Scores of people were injured in the blast.|40|VAGUE",
            "Hundreds of residents fled the town.|200|VAGUE",
            "Tens of gunmen were captured after the battle.|24|VAGUE"})
    void readsVagueAmountsByConvention(String sentence, long value, Qualifier qualifier) {
        Claim claim = read(sentence).get(0);
        assertEquals(value, claim.count().value());
        assertEquals(qualifier, claim.count().qualifier());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "At least 9 soldiers were killed.|AT_LEAST|9",
            "No fewer than 9 soldiers were killed.|AT_LEAST|9",
            "More than 9 soldiers were killed.|MORE_THAN|10",
            "Over 9 soldiers were killed.|MORE_THAN|10",
            "Nearly 9 soldiers were killed.|NEARLY|9",
            "Almost 9 soldiers were killed.|NEARLY|9",
            "About 9 soldiers were killed.|ABOUT|9",
            "Around 9 soldiers were killed.|ABOUT|9",
            "Approximately 9 soldiers were killed.|ABOUT|9",
            "Up to 9 soldiers were killed.|UP_TO|9",
            "Between 9 and 12 soldiers were killed.|RANGE|9",
            "9 soldiers at least were killed.|AT_LEAST|9"})
    void readsQualifiers(String sentence, Qualifier qualifier, long reported) {
        Claim claim = read(sentence).get(0);
        assertEquals(qualifier, claim.count().qualifier());
        assertEquals(reported, claim.count().reported());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Gunmen killed 6 farmers near the well.|KILLED",
            "6 farmers were shot dead near the well.|KILLED",
            "6 farmers died after the shelling.|KILLED",
            "6 farmers lost their lives in the shelling.|KILLED",
            "The shelling led to the death of 6 farmers.|KILLED",
            "The death toll rose to 6.|KILLED",
            "6 farmers were assassinated at dawn.|KILLED",
            "6 farmers were wounded near the well.|INJURED",
            "The shelling caused the injury of 6 farmers.|INJURED",
            "Police arrested 6 farmers near the well.|CAPTURED",
            "6 farmers were abducted by gunmen.|CAPTURED",
            "6 farmers were kidnapped by gunmen.|CAPTURED",
            "The militants executed 6 farmers in the square.|EXECUTED",
            "6 farmers went missing after the raid.|MISSING",
            "6 farmers fled the village.|DISPLACED",
            "6 fighters surrendered to the army.|SURRENDERED"})
    void readsOutcomesInEveryForm(String sentence, Outcome outcome) {
        assertEquals(outcome, read(sentence).get(0).outcome());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "15 Daesh members were killed in the raid.|ISIS",
            "15 members of the Islamic State were killed in the raid.|ISIS",
            "15 members of the Syrian Democratic Forces were killed in the raid.|SDF",
            "15 regime forces were killed in the raid.|SYRIAN_REGIME",
            "15 civilians were killed in the raid.|CIVILIANS",
            "15 detainees were executed in the prison.|DETAINEES",
            "15 people were killed in the raid.|PEOPLE"})
    void resolvesGroupAliases(String sentence, String group) {
        assertEquals(group, read(sentence).get(0).group());
    }

    @Test
    void resolvesTheOrganizationOnlyAfterIsisWasNamed() {
        List<Claim> claims = read("ISIS attacked the town. Later 8 members of the organization were killed.");
        assertEquals("ISIS", find(claims, 8, Outcome.KILLED).group());
        List<Claim> unnamed = read("8 members of the organization were killed.");
        assertEquals("PEOPLE", unnamed.get(0).group());
    }

    @Test
    void readsSubgroupsAndPerpetrators() {
        List<Claim> claims = read("Regime forces killed 7 children in the market, and 3 women were executed by ISIS.");
        Claim children = find(claims, 7, Outcome.KILLED);
        assertEquals("CHILDREN", children.subgroup());
        assertEquals("SYRIAN_REGIME", children.perpetrator());
        Claim women = find(claims, 3, Outcome.EXECUTED);
        assertEquals("WOMEN", women.subgroup());
        assertEquals("ISIS", women.perpetrator());
    }

    @Test
    void nestsBreakdownsAtAnyDepthWithoutAddingThem() {
        List<Claim> claims = read("It rose to 300 people since early 2020 including 100 children and 50 women "
                + "(including 40 Syrian citizens including 12 children).");
        Claim total = find(claims, 300, Outcome.KILLED);
        assertEquals(total.id(), find(claims, 100, Outcome.KILLED).parentId());
        assertEquals(total.id(), find(claims, 50, Outcome.KILLED).parentId());
        Claim syrians = find(claims, 40, Outcome.KILLED);
        assertEquals(total.id(), syrians.parentId());
        assertEquals(syrians.id(), find(claims, 12, Outcome.KILLED).parentId());
    }

    @Test
    void readsRunningTotalsWithTheirPeriod() {
        List<Claim> claims = read("It rose to 420 the number of fighters who were killed since the 2nd of January 2020.");
        Claim total = claims.get(0);
        assertEquals(Scope.CUMULATIVE, total.scope());
        assertEquals(LocalDate.of(2020, 1, 2), total.periodStart());
    }

    @Test
    void flagsImpliedOutcomesAndProvisionalTolls() {
        List<Claim> implied = read("The monitor said that it rose to 90 people since early January 2020.");
        assertTrue(implied.get(0).flags().contains(ClaimFlag.IMPLIED_OUTCOME));
        List<Claim> provisional = read("At least 12 civilians were killed in the strike, and the toll is expected to rise.");
        assertTrue(provisional.get(0).flags().contains(ClaimFlag.PROVISIONAL));
    }

    @Test
    void marksRepeatedFiguresAsRestatements() {
        List<Claim> claims = read("Nine villagers were killed on Monday. The monitor confirmed that nine villagers were killed.");
        assertEquals(2, claims.size());
        assertNull(claims.get(0).restates());
        assertEquals(claims.get(0).id(), claims.get(1).restates());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The jets fired 20 artillery shells at the town.",
            "The convoy of 5 trailer trucks left the enclave.",
            "A 17-year-old was among the protesters.",
            "The offensive began in 2019 after 12 attacks.",
            "On 12 March the army moved 30 km north.",
            "About 40 percent of the town was destroyed.",
            "The fighters were paid $300 each.",
            "The clashes started at 10:30 in the morning.",
            "Ali Hassan, 45, spoke to the monitor."})
    void ignoresFiguresThatAreNotPeople(String sentence) {
        assertTrue(read(sentence).isEmpty(), () -> read(sentence).toString());
    }

    @Test
    void resolvesPlacesFromTheGazetteer() {
        Claim claim = read("At least 6 fighters were killed in Al-Baghuz on Friday.").get(0);
        assertNotNull(claim.location());
        assertEquals("Deir ez-Zor", claim.location().province());
        assertTrue(claim.location().hasCoordinates());
        assertEquals(LocalDate.of(2020, 3, 6), claim.periodStart());
        Claim unknown = read("At least 6 fighters were killed in Qaryat Nowhere.").get(0);
        assertEquals("Qaryat Nowhere", unknown.location().asWritten());
        assertTrue(!unknown.location().resolved());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The village mayor was killed by gunmen on Monday.|1",
            "Gunmen killed the village mayor near his house.|1",
            "Gunmen killed a teacher and an imam in the market.|2",
            "The attack was condemned by the council.|0"})
    void countsOnePersonNamedWithoutAFigure(String sentence, int total) {
        assertEquals(total, read(sentence).stream().filter(c -> c.outcome() == Outcome.KILLED)
                .mapToLong(c -> c.count().value()).sum());
    }

    @Test
    void resolvesRelativeDates() {
        Claim claim = read("At least 6 fighters were killed yesterday.").get(0);
        assertEquals(PUBLISHED.minusDays(1), claim.periodStart());
    }

    @Test
    void keepsEvidenceSpans() {
        String text = "Header line\n\nThe raid killed 4 fighters. Later 3 civilians were wounded.";
        for (Claim c : read(text)) {
            String span = text.substring(c.evidence().start(), c.evidence().end());
            assertTrue(c.evidence().sentence().contains(span));
            assertTrue(span.matches(".*\\d.*"), span);
        }
        assertNoClaim(read(text), 11);
    }
}
