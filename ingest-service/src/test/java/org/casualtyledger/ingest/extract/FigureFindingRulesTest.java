package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.assertNoClaim;
import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures found (annotation guide, "What is a claim" and `outcome`): an active verb's object after a possessive
 * determiner ("killing its two passengers") and the predicate of "the victims are ..." count people as "the dead
 * are ..." does; "the fate of N", "the whereabouts of N" and "N remain under the rubble" count the missing; "injuries
 * to N" and "varying injuries" the injured; people released or rescued are no claim. One table: the text, a figure, its outcome and its group.
 */
class FigureFindingRulesTest extends ExtractorTest {

    FigureFindingRulesTest() {
        super("r-figure-finding", LocalDate.of(2023, 6, 4));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Idlib – SOHR: A drone struck a van on the highway, killing its two passengers.|2|KILLED|CIVILIANS",
            "Idlib – SOHR: A shell fell on a farmhouse, killing their 3 children and wounding the mother.|3|KILLED|CIVILIANS",
            "Idlib – SOHR: The landmine went off under the tractor, wounding his four sons.|4|INJURED|PEOPLE",
            "Idlib – SOHR: The victims are 3 shepherds and a boy who was with them.|3|KILLED|CIVILIANS",
            "Idlib – SOHR: The victims were five members of the regime forces.|5|KILLED|SYRIAN_REGIME",
            // missing: the fate or whereabouts of people unknown, people still under the rubble
            "Idlib – SOHR: The fate of 8 farmers taken at the checkpoint remains unknown.|8|MISSING|CIVILIANS",
            "Idlib – SOHR: The whereabouts of 6 detainees are still unknown.|6|MISSING|DETAINEES",
            "Idlib – SOHR: The building collapsed, and 4 residents remain under the rubble.|4|MISSING|CIVILIANS",
            // injured: injuries caused to people, of varying degrees
            "Idlib – SOHR: The rocket caused serious injuries to 5 workers at the mill.|5|INJURED|CIVILIANS",
            "Idlib – SOHR: Nine villagers sustained varying injuries in the blast.|9|INJURED|CIVILIANS",
            // "in addition to" before a gerund tells what happened, as "besides" does
            "Idlib – SOHR: The shelling killed 3 farmers, in addition to injuring 8 others in the fields.|8|INJURED|CIVILIANS"})
    void theFigureIsFoundWithItsOutcomeAndGroup(String text, long value, Outcome outcome, String group) {
        assertEquals(group, find(read(text), value, outcome).group());
    }

    /** Rule "released-figure": people released or rescued suffered nothing in that act (guide, "Not claims"). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Hama – SOHR: The cells abducted 30 shepherds in the desert and released 12 of them the next day.|12",
            "Hama – SOHR: Regime forces arrested 14 young men, then freed the 6 who had settled their status.|6",
            "Hama – SOHR: Civil defence teams rescued 9 people alive from under the rubble of the building.|9",
            // the passive: the figure is the subject of the verb of release
            "Hama – SOHR: The factions kidnapped 40 civilians in May, 11 of whom were released after paying ransoms.|11",
            "Hama – SOHR: The gunmen abducted 20 passengers from a bus, and 7 of them were later freed by the police.|7"})
    void peopleReleasedOrRescuedAreNoClaim(String text, long value) {
        assertNoClaim(read(text), value);
    }

    /** ... unless the object's own words say what befell them: "released three abducted engineers". */
    @Test
    void releasedPeopleNamedByWhatBefellThemAreCounted() {
        find(read("Hama – SOHR: The gunmen released three abducted engineers after their families paid a ransom."), 3, Outcome.CAPTURED);
    }
}
