package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Scope;
import org.junit.jupiter.api.Test;

/** Breakdown rules that attach a part told in a later sentence to the figure it names. */
class BreakdownParentRulesTest extends ExtractorTest {

    BreakdownParentRulesTest() {
        super("r-parts", LocalDate.of(2024, 6, 12));
    }

    /** Rule "of-named-part": "Of the 88 civilians, 31 were killed by mines" breaks down the 88 civilians. */
    @Test
    void ofTheNamedPeopleBreaksDownTheirFigure() {
        List<Claim> claims = read("The monitor documented the death of 140 people since the start of the year: 88 civilians "
                + "and 52 fighters. Of the 88 civilians, 31 were killed by mines and 9 died in the camps.");
        Claim civilians = find(claims, 88, Outcome.KILLED);
        Claim mines = find(claims, 31, Outcome.KILLED);
        assertEquals(civilians.id(), mines.parentId());
        assertEquals(civilians.id(), find(claims, 9, Outcome.KILLED).parentId());
        assertEquals(Scope.CUMULATIVE, mines.scope());
    }

    /** Rule "of-named-part": a number that is not the figure's own names other people. */
    @Test
    void anotherNumberNamesOtherPeople() {
        List<Claim> claims = read("The monitor documented the death of 140 people since the start of the year: 88 civilians "
                + "and 52 fighters. Of the 12 civilians, 3 were killed by mines.");
        assertNotEquals(find(claims, 88, Outcome.KILLED).id(), find(claims, 3, Outcome.KILLED).parentId());
    }

    /** Rule "bullet-breakdown" with the marks of list-marks.txt: a middle dot or a white bullet opens a list line. */
    @Test
    void otherBulletMarksOpenListLines() {
        List<Claim> claims = read("The monitor documented the death of 720 people since the start of the year, distributed as follows:\n"
                + "\u00b7 320 civilians, including:\n  \u25e6 90 children\n\u00b7 400 fighters");
        Claim total = find(claims, 720, Outcome.KILLED);
        Claim civilians = find(claims, 320, Outcome.KILLED);
        assertEquals(total.id(), civilians.parentId());
        assertEquals(civilians.id(), find(claims, 90, Outcome.KILLED).parentId());
        assertEquals(total.id(), find(claims, 400, Outcome.KILLED).parentId());
    }
}
