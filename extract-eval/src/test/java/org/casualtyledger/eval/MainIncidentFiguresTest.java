package org.casualtyledger.eval;

import org.casualtyledger.claim.DocumentFigures;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.ingest.extract.ClaimExtractor;
import org.junit.jupiter.api.Test;

/** The main incident's toll of a news article (FA-KES's figure): the lead incident, never the side figures. */
class MainIncidentFiguresTest {

    /** Two sentences of background, to set a figure told further down apart from the lead passage. */
    private static final String BACKGROUND = "The town lies on the main road to the border and has changed hands three "
            + "times since the war began, each time after weeks of fighting in the orchards around it. Aid groups say "
            + "the road has been closed to convoys for most of the winter, and the only hospital works on a generator. ";

    private final ClaimExtractor extractor = ClaimExtractor.standard();

    private long mainToll(String text) {
        return MainIncidentFigures.total(text, read(text), Outcome.KILLED);
    }

    private List<Claim> read(String text) {
        return extractor.extract("r-main", text, LocalDate.of(2016, 5, 3));
    }

    @Test
    void anEarlierAttackRecalledFurtherDownIsNotAddedToTheLead() {
        String text = "Car bomb at bus station kills 15. A car bomb at the main bus station of the town killed at least "
                + "15 people on Tuesday, a monitor said. " + BACKGROUND
                + "In March a suicide attack on a checkpoint near the town killed 26 people.";
        assertEquals(15, mainToll(text));
        assertEquals(41, DocumentFigures.total(read(text), Outcome.KILLED), "the plain reduction adds both incidents");
    }

    @Test
    void aTollElsewhereAndAWarWideFigureAreSideFigures() {
        String text = "At least 10 soldiers were killed on Monday in clashes with jihadists near the airport, a monitor "
                + "said. " + BACKGROUND + "Elsewhere, air strikes killed 12 people in a suburb of the capital. More than "
                + "250,000 people have been killed since the war began.";
        assertEquals(10, mainToll(text));
    }

    @Test
    void aTollOfFightersAndCiviliansInTheLeadSentenceIsOneToll() {
        String text = "Shelling on the market killed 11 civilians and 43 fighters were killed in the clashes that "
                + "followed, the monitor said. " + BACKGROUND + "Last year 30 people were killed in the same market.";
        assertEquals(54, mainToll(text));
    }

    @Test
    void aLeadSentenceTollReadAsRestatingAFigureFarDownIsStillItsOwn() {
        String text = "Heavy bombing killed three rescue workers while six children were also killed in raids on the "
                + "suburb. " + BACKGROUND + BACKGROUND + "At least six children were among 12 civilians killed in the district on "
                + "Friday, a monitor reported. The rescuers said that 45 people have been killed in three days of raids.";
        assertEquals(9, mainToll(text));
    }

    @Test
    void theFullerOfATitleAndItsRepeatInTheLeadIsTheToll() {
        String text = "Mon 18 Jul 2016 Rebel Commander 34 Fighters Killed in Clashes Near Dam. The commander of the "
                + "brigade and at least 34 of his comrades were killed in clashes with army units near the dam.";
        assertEquals(35, mainToll(text));
    }

    @Test
    void aHeadlineVagueAmountStandsForTheBodyFigure() {
        String text = "Dozens killed in raids on the old city. Air raids on the old city killed 41 people on Monday, "
                + "rescuers said. The raids destroyed a clinic.";
        assertEquals(41, mainToll(text));
    }

    @Test
    void aLeadPartStandsForTheWholeTollToldRightAfterIt() {
        String text = "Three nurses and six children were killed in an air strike on a clinic, the charity said. The "
                + "strike on Sunday killed 17 people in all, it said on Monday.";
        assertEquals(17, mainToll(text));
    }

    @Test
    void aFigureIsCountedAsStatedNotAsItsLowerBound() {
        assertEquals(120, mainToll("Air strikes on the town killed more than 120 people on Sunday, the monitor said."));
    }

    @Test
    void aRunningTotalOrABreakdownChildIsNeverTheLead() {
        String text = "Since the start of the year, 2,400 people have been killed in the province. On Friday a car "
                + "bomb killed 9 people, including 3 children, in the market.";
        assertEquals(9, mainToll(text));
    }

    @Test
    void anArticleWithoutAKillingHasNoFigure() {
        assertEquals(0, mainToll("Rebels shelled the airport on Monday and wounded 14 soldiers, the army said."));
    }
}
