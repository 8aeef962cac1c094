package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.assertNoClaim;
import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.CountRange;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules "spaced-colon", "item-number", "numbered-line-sequence" and "numbered-after-list": the marks around a figure that make it a time, a
 * range or a line number.
 */
class FigureBoundaryRulesTest extends ExtractorTest {

    FigureBoundaryRulesTest() {
        super("r-bounds", LocalDate.of(2024, 6, 12));
    }

    /** Rule "spaced-colon": a colon and a space after a figure open the list of its parts; "at 10:30" is a time. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The death toll climbed to 52: 40 fighters of the militia and 12 soldiers.|52|40|12",
            "The number of the dead rose to 19: 11 civilians and 8 fighters.|19|11|8"})
    void aFigureBeforeASpacedColonIsTheTotalOfTheList(String text, long total, long first, long second) {
        List<Claim> claims = read(text);
        Claim parent = find(claims, total, Outcome.KILLED);
        assertNull(parent.parentId());
        assertEquals(parent.id(), find(claims, first, Outcome.KILLED).parentId());
        assertEquals(parent.id(), find(claims, second, Outcome.KILLED).parentId());
    }

    @Test
    void aTightColonBetweenFiguresStillTellsTheTime() {
        List<Claim> claims = read("Gunmen stormed the checkpoint at 10:30 and killed 4 guards.");
        assertNoClaim(claims, 10);
        assertNoClaim(claims, 30);
        find(claims, 4, Outcome.KILLED);
    }

    /** Rule "item-number": "1- " opening a line numbers it; the figure after it is the line's own. */
    @Test
    void aLineLeadingItemNumberIsNoPartOfTheFigure() {
        List<Claim> claims = read("The monitor documented the death of 2,140 people in May, as follows:\n"
                + "1- 1,815 civilians, among them 300 children\n2- 325 fighters of the factions");
        Claim total = find(claims, 2140, Outcome.KILLED);
        Claim civilians = find(claims, 1815, Outcome.KILLED);
        assertEquals(CountRange.exact(1815), civilians.count());
        assertEquals(total.id(), civilians.parentId());
        assertEquals(total.id(), find(claims, 325, Outcome.KILLED).parentId());
        assertNoClaim(claims, 1);
        assertNoClaim(claims, 2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Shelling killed 12-15 people in the market.|12|15",
            "Shelling killed 12 - 15 people in the market.|12|15"})
    void aHyphenWithinALineStillJoinsARange(String text, long low, long high) {
        Claim c = find(read(text), low, Outcome.KILLED);
        assertEquals(high, c.count().high());
        assertEquals(low, c.count().low());
    }

    /** Rule "numbered-line-sequence": "12- 15" opening a line with no neighbour numbered 11 or 13 is a range. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Raid on a village in Daraa\\n\\n12- 15 people were killed in the raid at dawn.|12|15",
            "Monitor update\\n4- 9 civilians died under the rubble of their homes.|4|9"})
    void aLineOpeningHyphenWithNoNumberedNeighbourJoinsARange(String text, long low, long high) {
        Claim c = find(read(text.replace("\\n", "\n")), low, Outcome.KILLED);
        assertEquals(high, c.count().high());
    }

    /** Rule "numbered-line-sequence": "3- 12 ..." after a line "2- ..." numbers its line. */
    @Test
    void aLineNumberInSequenceStaysALineNumber() {
        List<Claim> claims = read("The monitor documented the death of 47 people in the clashes, as follows:\n"
                + "2- 20 civilians\n3- 15 fighters of the factions\n4- 12 regime soldiers");
        Claim total = find(claims, 47, Outcome.KILLED);
        assertEquals(total.id(), find(claims, 15, Outcome.KILLED).parentId());
        assertEquals(CountRange.exact(12), find(claims, 12, Outcome.KILLED).count());
        assertNoClaim(claims, 3);
        assertNoClaim(claims, 4);
    }

    /** Rule "numbered-after-list": "3- 150 ..." under a line marked "- " numbers its line; it is no range 3-150. */
    @Test
    void aLineNumberUnderAMarkedLineStaysALineNumber() {
        List<Claim> claims = read("The number of people killed in the province since the start of the year rose to 310, "
                + "they are:\n- 90 civilians\n- 70 soldiers of the regime forces\n3- 150 guards of the water station");
        Claim total = find(claims, 310, Outcome.KILLED);
        Claim guards = find(claims, 150, Outcome.KILLED);
        assertEquals(CountRange.exact(150), guards.count());
        assertEquals(total.id(), guards.parentId());
        assertNoClaim(claims, 3);
    }

    /** Rule "numbered-line-sequence": "2- 50 ..." follows "1- ..." across the indented sub-lines of line 1. */
    @Test
    void aLineNumberAfterNestedSubLinesStaysALineNumber() {
        List<Claim> claims = read("The toll of the shelling on the plain rose to 140 people this year, as follows:\n"
                + "1- 90 civilians, among them:\n   a- 30 children\n   b- 12 women\n2- 50 fighters of the factions");
        Claim total = find(claims, 140, Outcome.KILLED);
        Claim civilians = find(claims, 90, Outcome.KILLED);
        Claim fighters = find(claims, 50, Outcome.KILLED);
        assertEquals(CountRange.exact(50), fighters.count());
        assertEquals(total.id(), fighters.parentId());
        assertEquals(total.id(), civilians.parentId());
        assertEquals(civilians.id(), find(claims, 30, Outcome.KILLED).parentId());
        assertEquals(civilians.id(), find(claims, 12, Outcome.KILLED).parentId());
        assertNoClaim(claims, 2);
    }
}
