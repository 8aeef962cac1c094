package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A monitor's bulletin read by its structure: list lines under a total, breakdown scope, periods, toll updates. */
class BulletinStructureTest extends ExtractorTest {

    BulletinStructureTest() {
        super("r-bulletin", LocalDate.of(2022, 5, 2));
    }

    private static Claim find(List<Claim> claims, long value, Outcome outcome) {
        return ClaimExtractorTest.find(claims, value, outcome);
    }

    /** Rule "bullet-breakdown": each list line's figure is a part of the total the line above introduces. */
    @Test
    void listLinesBreakDownTheTotalThatIntroducesThem() {
        List<Claim> claims = read("The monitor recorded the death of 90 people in the province, as follows:\n"
                + "• 52 villagers, among them 11 children\n"
                + "• 30 members of the local militia\n"
                + "• 8 people whose names are not known\n");
        String total = find(claims, 90, Outcome.KILLED).id();
        assertEquals(total, find(claims, 52, Outcome.KILLED).parentId());
        assertEquals(total, find(claims, 30, Outcome.KILLED).parentId());
        assertEquals(total, find(claims, 8, Outcome.KILLED).parentId());
        assertEquals(find(claims, 52, Outcome.KILLED).id(), find(claims, 11, Outcome.KILLED).parentId());
        assertEquals(90, toll("The monitor recorded the death of 90 people in the province, as follows:\n- 52 villagers\n- 38 guards\n",
                Outcome.KILLED), "a list line is never added to its total");
    }

    /** A list line drops the auxiliary as a headline does: "A soldier killed by ..." is one person killed. */
    @Test
    void aListLineTellsOnePersonWithoutAnAuxiliary() {
        List<Claim> claims = read("The monitor documented the death of 4 people today, they are:\n"
                + "• A soldier of the regime forces killed by sniper fire on the frontline.\n"
                + "• Three shepherds killed by a landmine in the desert.\n");
        String total = find(claims, 4, Outcome.KILLED).id();
        assertEquals(total, find(claims, 1, Outcome.KILLED).parentId());
        assertEquals("SYRIAN_REGIME", find(claims, 1, Outcome.KILLED).group());
        assertEquals(total, find(claims, 3, Outcome.KILLED).parentId());
    }

    /** An introduction that names neither a figure nor a group opens on the latest total of the sentences before it. */
    @Test
    void anIntroductionNamingNothingOpensOnTheLatestTotal() {
        List<Claim> claims = read("The monitor documented the death of 740 people in the province during April 2022.\n"
                + "The breakdown is as follows:\n"
                + "• 310 members of the regime forces.\n"
                + "• 430 fighters of the factions.\n");
        Claim total = find(claims, 740, Outcome.KILLED);
        assertEquals(total.id(), find(claims, 310, Outcome.KILLED).parentId());
        assertEquals(total.id(), find(claims, 430, Outcome.KILLED).parentId());
        assertEquals(Scope.CUMULATIVE, find(claims, 430, Outcome.KILLED).scope());
    }

    /** Rule "lettered-line": a bullet written twice over ("--", "**") opens a list line as one bullet does. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"--", "**", "-", "*"})
    void aDoubledBulletOpensAListLine(String mark) {
        List<Claim> claims = read("The monitor counted the death of 23 people across the region today, as follows:\n"
                + mark + " 11 villagers killed by drone strikes on the valley.\n"
                + mark + " 8 members of the border guard killed by a roadside bomb.\n"
                + mark + " 4 militiamen killed in clashes near the dam.\n");
        String total = find(claims, 23, Outcome.KILLED).id();
        assertEquals(total, find(claims, 11, Outcome.KILLED).parentId());
        assertEquals(total, find(claims, 8, Outcome.KILLED).parentId());
        assertEquals(total, find(claims, 4, Outcome.KILLED).parentId());
    }

    /** Rule "bullet-breakdown": an indented line is a part of the line above it; numbered lines count from their figure. */
    @Test
    void indentedAndNumberedLinesNest() {
        List<Claim> claims = read("Raids on the camp killed 40 people:\n"
                + "1. 25 refugees\n"
                + "   * 9 women\n"
                + "2. 15 guards\n");
        String total = find(claims, 40, Outcome.KILLED).id();
        assertEquals(total, find(claims, 25, Outcome.KILLED).parentId());
        assertEquals(find(claims, 25, Outcome.KILLED).id(), find(claims, 9, Outcome.KILLED).parentId());
        assertEquals(total, find(claims, 15, Outcome.KILLED).parentId());
        assertEquals(4, claims.size(), "the numbers of the lines count nobody: " + claims);
    }

    /** Rule "bullet-breakdown": an introduction without a figure names the total it opens on by its group. */
    @Test
    void anIntroductionWithoutAFigureOpensOnTheTotalItNames() {
        List<Claim> claims = read("Fighting killed 300 people this week, among them 120 farmers and 180 soldiers.\n"
                + "Among the farmers, the monitor counted:\n"
                + "• 70 killed by shelling\n"
                + "• 50 killed by snipers\n");
        String farmers = find(claims, 120, Outcome.KILLED).id();
        assertEquals(farmers, find(claims, 70, Outcome.KILLED).parentId());
        assertEquals(farmers, find(claims, 50, Outcome.KILLED).parentId());
    }

    /** Rule "breakdown-scope": list lines take the running total's scope and period. */
    @Test
    void listLinesTakeTheScopeAndPeriodOfTheirTotal() {
        List<Claim> claims = read("Thus the number of people killed since the siege began on the 3rd of March 2022 rose to 140, as follows:\n"
                + "• 100 residents, among them 20 children\n"
                + "• 40 gunmen\n");
        Claim total = find(claims, 140, Outcome.KILLED);
        assertEquals(Scope.CUMULATIVE, total.scope());
        for (long part : new long[] {100, 20, 40}) {
            Claim c = find(claims, part, Outcome.KILLED);
            assertEquals(Scope.CUMULATIVE, c.scope(), c.toString());
            assertEquals(total.periodStart(), c.periodStart(), c.toString());
        }
    }

    /** Rule "named-period" and rule "incident-toll-update". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The monitor documented the death of 310 people during the month of April 2022.|310|CUMULATIVE",
            "Gunmen killed 45 people across the province during 2021.|45|CUMULATIVE",
            "Gunmen killed 64 villagers in the same period.|64|CUMULATIVE",
            "April alone saw the killing of 19 people in the town.|19|CUMULATIVE",
            "It rose to 46 the number of people killed in the explosion at the bus station.|46|INCIDENT",
            "It rose to 212 the number of people killed since the offensive began.|212|CUMULATIVE"})
    void periodsMakeRunningTotalsAndTollUpdatesStayIncidents(String sentence, long value, Scope scope) {
        assertEquals(scope, find(read(sentence), value, Outcome.KILLED).scope());
    }

    @Test
    void aSentenceThatIsNoListLineAttachesNothing() {
        List<Claim> claims = read("A shell killed 12 people in the market.\n\nIn a separate raid, 5 farmers were killed.");
        assertNull(find(claims, 5, Outcome.KILLED).parentId());
    }

    /** Rule "published-before": a figure told as published before is kept, flagged, and counted by no toll. */
    @Test
    void aFigurePublishedBeforeIsFlaggedAndNotCountedAgain() {
        String text = "Shelling killed 6 farmers in the village. The monitor published yesterday that 17 people were killed in the town.";
        Claim earlier = find(read(text), 17, Outcome.KILLED);
        assertEquals(java.util.Set.of(org.casualtyledger.claim.ClaimFlag.PUBLISHED_BEFORE), earlier.flags());
        assertNull(earlier.parentId());
        assertNull(earlier.restates());
        assertEquals(6, toll(text, Outcome.KILLED));
    }

    /**
     * Rule "introduced-period": lines under an introduction that names a period but tells no total are running totals
     * of that period; under an introduction without a period they stay incidents.
     */
    @Test
    void linesUnderAPeriodWithoutATotalAreRunningTotals() {
        List<Claim> claims = read("Since the start of the year, the monitor has counted the following:\n"
                + "\u2022 31 guards killed in raids\n"
                + "\u2022 12 drivers abducted on the highway\n");
        for (Claim c : List.of(find(claims, 31, Outcome.KILLED), find(claims, 12, Outcome.CAPTURED))) {
            assertEquals(Scope.CUMULATIVE, c.scope(), c.toString());
            assertEquals(LocalDate.of(2022, 1, 1), c.periodStart(), c.toString());
            assertNull(c.parentId(), c.toString());
        }
        List<Claim> day = read("On Sunday, the monitor counted the following:\n\u2022 31 guards killed in raids\n");
        assertEquals(Scope.INCIDENT, find(day, 31, Outcome.KILLED).scope());
    }

    /** Rule "line-sub-list": a list opened at the end of a list line nests under it; the next numbered line goes on with the outer list. */
    @Test
    void aListOpenedOnAListLineNestsUnderThatLine() {
        List<Claim> claims = read("The monitor documented the death of 900 people in the province during 2021, as follows:\n"
                + "1- 400 villagers, including 90 children. Of the villagers:\n"
                + "   - 250 were killed by the raids\n"
                + "   - 150 died in the floods\n"
                + "2- 300 guards of the depots\n"
                + "3- 200 raiders of the hills\n");
        Claim total = ClaimExtractorTest.find(claims, 900, Outcome.KILLED);
        Claim villagers = ClaimExtractorTest.find(claims, 400, Outcome.KILLED);
        assertEquals(villagers.id(), ClaimExtractorTest.find(claims, 250, Outcome.KILLED).parentId());
        assertEquals(villagers.id(), ClaimExtractorTest.find(claims, 150, Outcome.KILLED).parentId());
        assertEquals(total.id(), ClaimExtractorTest.find(claims, 300, Outcome.KILLED).parentId(), "the outer list goes on");
        assertEquals(total.id(), ClaimExtractorTest.find(claims, 200, Outcome.KILLED).parentId());
    }

    /**
     * Rule "line-opens-list": a numbered list line that ends with a colon opens a list of its own; lines with another kind of
     * mark break down its figure, and the next line with its own kind of mark goes on with the outer list.
     */
    @Test
    void aListLineEndingWithAColonOpensItsOwnList() {
        List<Claim> claims = read("The monitor documented the death of 530 people in the valley since the start of the year, they are:\n"
                + "1. 170 villagers, among them 25 children.\n"
                + "2. 210 raiders, including:\n"
                + "- 130 raiders of the hills.\n"
                + "- 80 raiders of the plain.\n"
                + "3. 150 guards of the dams.\n");
        String total = ClaimExtractorTest.find(claims, 530, Outcome.KILLED).id();
        String raiders = ClaimExtractorTest.find(claims, 210, Outcome.KILLED).id();
        assertEquals(total, ClaimExtractorTest.find(claims, 210, Outcome.KILLED).parentId());
        assertEquals(raiders, ClaimExtractorTest.find(claims, 130, Outcome.KILLED).parentId());
        assertEquals(raiders, ClaimExtractorTest.find(claims, 80, Outcome.KILLED).parentId());
        assertEquals(total, ClaimExtractorTest.find(claims, 150, Outcome.KILLED).parentId());
    }
}
