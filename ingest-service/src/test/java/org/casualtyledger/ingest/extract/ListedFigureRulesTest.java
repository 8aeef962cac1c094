package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.assertNoClaim;
import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures listed after another under one verb or one total: rules "party-name-end", "relative-then-and",
 * "others-clause", "counted-whole", "victims-list", "shared-party", and the sides of a fight that count nobody.
 */
class ListedFigureRulesTest extends ExtractorTest {

    private static final String MONITOR = "Hama province – The Syrian Observatory for Human Rights: ";

    ListedFigureRulesTest() {
        super("r-listed-figures", LocalDate.of(2022, 4, 12));
    }

    /** Rule "party-name-end": the noun ending a party's name does not cut the next figure off the shared verb. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the clashes killed 5 members of the NDF militia and 3 fighters of HTS.|3|HTS",
            "the clashes killed 6 members of the Liwa al-Quds militia and 2 fighters of the factions.|2|FIGHTERS",
            "the shelling killed 4 members of the Hamza Division and 2 civilians.|2|CIVILIANS"})
    void aPartysNameEndKeepsTheNextFigureUnderTheVerb(String text, long value, String group) {
        assertEquals(group, find(read(MONITOR + text), value, Outcome.KILLED).group());
    }

    /** Rule "coordinated-party": a second party of the first figure's complement leaves the next figure listed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the raids led to the death of 9 members of the regime forces and loyal militiamen and 4 civilians, one of them a girl.|4|CIVILIANS",
            "the battles killed 12 fighters of the SDF and the Asayish and 7 fighters of HTS.|7|HTS"})
    void aSecondPartyOfTheComplementKeepsTheNextFigureUnderTheVerb(String text, long value, String group) {
        List<Claim> claims = read(MONITOR + text);
        Claim listed = find(claims, value, Outcome.KILLED);
        assertEquals(group, listed.group());
        assertNull(listed.parentId());
    }

    /** Rule "relative-then-and": a relative clause about the people before ", and" leaves the next figure listed. */
    @Test
    void aRelativeClauseBeforeAndLeavesTheNextFigureListed() {
        List<Claim> claims = read(MONITOR + "the clashes killed 5 soldiers who were guarding the checkpoint, and 3 civilians.");
        assertEquals("CIVILIANS", find(claims, 3, Outcome.KILLED).group());
        List<Claim> parts = read(MONITOR + "the number of people killed since June rose to 90, they are: 40 civilians, "
                + "30 fighters who joined the Fifth Corps, and 20 fighters who stayed in the villages.");
        Claim total = find(parts, 90, Outcome.KILLED);
        assertEquals(total.id(), find(parts, 20, Outcome.KILLED).parentId());
    }

    /** Rule "relative-then-and": a relative clause that tells an outcome is no aside. */
    @Test
    void aRelativeClauseTellingAnOutcomeIsNoAside() {
        List<Claim> claims = read(MONITOR + "gunmen shot 5 shepherds who were wounded, and 3 traders were abducted.");
        assertEquals(Outcome.CAPTURED, find(claims, 3, Outcome.CAPTURED).outcome());
    }

    /** Rule "relative-told-again": a part's relative clause telling its whole's outcome again leaves the next part listed. */
    @Test
    void aPartToldItsWholesOutcomeAgainLeavesTheNextPartListed() {
        List<Claim> claims = read(MONITOR + "the toll of the raids on the valley rose to 70, they are 45 villagers who were killed "
                + "in their homes, and 25 gunmen of the hamlets.");
        Claim total = find(claims, 70, Outcome.KILLED);
        Claim guards = find(claims, 25, Outcome.KILLED);
        assertEquals(total.id(), guards.parentId());
        assertEquals("FIGHTERS", guards.group());
        List<Claim> displaced = read(MONITOR + "it rose to 9,000 the number of people who have left the valley since May, "
                + "including 700 gunmen who were detained by the guards, and about 3,000 women and children of the gunmen's "
                + "families.");
        Claim whole = find(displaced, 9000, Outcome.DISPLACED);
        Claim kin = find(displaced, 3000, Outcome.DISPLACED);
        assertEquals(whole.id(), kin.parentId());
    }

    /** Rule "others-clause": "others" after ", and" are the subject of their own verb, not more of the list before. */
    @Test
    void othersAfterSerialAndHaveTheirOwnVerb() {
        List<Claim> claims = read(MONITOR + "the clashes killed 9 fighters and 6 soldiers, and 4 others were injured.");
        find(claims, 6, Outcome.KILLED);
        find(claims, 4, Outcome.INJURED);
        assertEquals(0, claims.stream().filter(c -> c.count().value() == 4 && c.outcome() == Outcome.KILLED).count());
    }

    /** "the two sides", "both sides" count no people: the figure before them keeps its verb. */
    @Test
    void theSidesOfAFightAreNoVictims() {
        List<Claim> claims = read(MONITOR + "20 members of the two sides were killed in the clashes near the dam.");
        assertEquals("FIGHTERS", find(claims, 20, Outcome.KILLED).group());
        assertNoClaim(claims, 2);
    }

    /** Rule "counted-whole": "4 of the 7 gunmen": the part takes the people of the counted whole; the whole is no claim. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the SDF killed 4 of the 7 gunmen who attacked the checkpoint.|4|KILLED|FIGHTERS",
            "the regime forces killed 3 of the 5 ISIS members who attacked the post.|3|KILLED|ISIS",
            "two of the four abducted shepherds were found dead near the village.|2|KILLED|CIVILIANS"})
    void aPartOfACountedWholeTakesItsPeople(String text, long value, Outcome outcome, String group) {
        List<Claim> claims = read(MONITOR + text);
        assertEquals(group, find(claims, value, outcome).group());
        assertEquals(1, claims.size(), claims.toString());
    }

    /**
     * Rule "victims-list": a list introduced by a sentence of its own that names the victims breaks down the latest
     * total of their outcome.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The victims are distributed as follows:",
            "They are:"})
    void aListIntroducedByItsOwnSentenceBreaksDownTheTotalBefore(String intro) {
        List<Claim> claims = read(MONITOR + "the monitor documented the death of 120 people since the start of the year. "
                + intro + "\n• 50 civilians, among them 10 children\n• 40 members of the regime forces\n• 30 members of the SDF");
        Claim total = find(claims, 120, Outcome.KILLED);
        for (long part : new long[] {50, 40, 30}) {
            assertEquals(total.id(), find(claims, part, Outcome.KILLED).parentId(), claims.toString());
        }
        assertNull(total.parentId());
    }

    /** Rule "shared-party": one person joined by "and" to a figure of a party shares that party. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a commander and 4 members of the SDF were killed by a drone near the dam.|SDF",
            "the drone killed a leader and 6 fighters of HTS near the crossing.|HTS",
            "a shepherd and 4 members of the SDF were killed by a mine near the dam.|CIVILIANS"})
    void onePersonJoinedToAFigureOfAPartySharesIt(String text, String group) {
        assertEquals(group, find(read(MONITOR + text), 1, Outcome.KILLED).group());
    }

    /** Rule "partitive-origin" with an armed body's noun: "40 from the factions" are fighters. */
    @Test
    void aFigureFromAnArmedBodyIsOfItsMembers() {
        List<Claim> claims = read(MONITOR + "the clashes killed 40 from the factions and 20 from the regime forces.");
        assertEquals("FIGHTERS", find(claims, 40, Outcome.KILLED).group());
        assertEquals("SYRIAN_REGIME", find(claims, 20, Outcome.KILLED).group());
    }
}
