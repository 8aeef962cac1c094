package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Groups;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.api.Test;

/** Rule "label-line": "• Border guards: 14": a list line names its people before a colon and its figure after. */
class LabelLineTest {

    private final ClaimExtractor extractor = ClaimExtractor.standard();

    @Test
    void theLabelIsTheFiguresPeopleAndTheFigureAPartOfTheTotal() {
        String text = "The monitor documented the death of 95 people in the province since the start of the year, as follows:\n"
                + "• Civilians: 60, among them 11 children\n"
                + "• Members of the regime forces: 30\n"
                + "• Fighters of the rebel factions: 5\n";
        List<Claim> claims = extractor.extract("r-label", text, LocalDate.of(2021, 6, 1));
        Claim total = find(claims, 95, Outcome.KILLED);
        Claim civilians = find(claims, 60, Outcome.KILLED);
        Claim soldiers = find(claims, 30, Outcome.KILLED);
        Claim fighters = find(claims, 5, Outcome.KILLED);
        assertEquals(Groups.CIVILIANS, civilians.group());
        assertEquals(Groups.SYRIAN_REGIME, soldiers.group());
        assertEquals(Groups.FIGHTERS, fighters.group());
        for (Claim part : List.of(civilians, soldiers, fighters)) {
            assertEquals(total.id(), part.parentId());
        }
        assertEquals(civilians.id(), find(claims, 11, Outcome.KILLED).parentId());
    }
    @Test
    void aLabelThatNamesAPlaceOrAPartyStillMakesTheLineAPartOfTheTotal() {
        String text = "The monitor documented the arrest of 140 people in the north during the past year, distributed as follows:\n"
                + "• The military police: 80 persons, including 6 women\n"
                + "• Raqqa city and its countryside: 45 persons\n"
                + "• Manbij: 15 persons\n";
        List<Claim> claims = extractor.extract("r-label-place", text, LocalDate.of(2022, 1, 3));
        Claim total = find(claims, 140, Outcome.CAPTURED);
        Claim police = find(claims, 80, Outcome.CAPTURED);
        for (Claim part : List.of(police, find(claims, 45, Outcome.CAPTURED), find(claims, 15, Outcome.CAPTURED))) {
            assertEquals(total.id(), part.parentId());
        }
        assertEquals(police.id(), find(claims, 6, Outcome.CAPTURED).parentId());
    }
    @Test
    void aLabelMayNameTheLinesOwnYear() {
        String text = "The monitor documented the death of 620 people in the valley since the beginning of 2021, as follows:\n"
                + "• In 2021: 300 people\n"
                + "• Year 2022: 200 people\n"
                + "• March 2023: 120 people\n";
        List<Claim> claims = extractor.extract("r-label-year", text, LocalDate.of(2023, 4, 1));
        Claim total = find(claims, 620, Outcome.KILLED);
        for (long part : new long[] {300, 200, 120}) {
            assertEquals(total.id(), find(claims, part, Outcome.KILLED).parentId());
        }
    }
}
