package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casualtyledger.claim.Claim;
import org.junit.jupiter.api.Test;

/** Rules of the monitor's bulletin: announced lists, period scope, breakdown groups, incident tolls, paragraphs. */
class BulletinRulesTest {

    private final ClaimExtractor extractor = ClaimExtractor.standard();

    /** Each claim as "value OUTCOME GROUP SCOPE" with " < parent value" when it breaks one down. */
    private String read(String text) {
        List<Claim> claims = extractor.extract("r-bulletin-rules", text, LocalDate.of(2024, 1, 1));
        Map<String, Claim> byId = new HashMap<>();
        claims.forEach(c -> byId.put(c.id(), c));
        StringBuilder b = new StringBuilder();
        for (Claim c : claims) {
            b.append(b.isEmpty() ? "" : "; ").append(c.count().value()).append(' ').append(c.outcome()).append(' ')
                    .append(c.group()).append(' ').append(c.scope());
            if (c.parentId() != null) {
                b.append(" < ").append(byId.get(c.parentId()).count().value());
            }
        }
        return b.toString();
    }

    @Test
    void anAnnouncedListBreaksDownTheFigureBeforeIt() {
        assertEquals("4362 KILLED PEOPLE CUMULATIVE; 1889 KILLED CIVILIANS CUMULATIVE < 4362; "
                        + "279 KILLED CIVILIANS CUMULATIVE < 1889; 2473 KILLED FIGHTERS CUMULATIVE < 4362",
                read("The Observatory documented the death of 4,362 people across the Syrian territory during 2023, which is"
                        + " the lowest annual toll since the beginning of the revolution, and they are distributed as follows:"
                        + " 1,889 civilians, including 279 children, and 2,473 military personnel."));
    }

    @Test
    void duringANamedMonthMakesARunningTotalAnywhereInTheClause() {
        assertEquals("16 KILLED DETAINEES CUMULATIVE",
                read("The Observatory documented the death of 16 detainees under torture inside the prisons and security"
                        + " branches of the regime forces during the month of July 2018."));
    }

    @Test
    void aBreakdownNamedByAKindOfPersonTakesTheGroupOfItsTotal() {
        assertEquals("125 CAPTURED ISIS INCIDENT; 37 CAPTURED ISIS INCIDENT < 125",
                read("The Asayish arrested 125 ISIS members in the camp, among them 37 women."));
    }

    @Test
    void theRisingTollOfOneEventStaysAnIncident() {
        assertEquals("14 KILLED PEOPLE INCIDENT; 1000 KILLED PEOPLE CUMULATIVE",
                read("The toll of the car bomb in Tal Abyad rises to 14 dead, and nearly 1,000 people have lost their"
                        + " lives since the start of the Turkish operation east of the Euphrates."));
    }

    @Test
    void aFigureOfALaterParagraphIsATollOfItsOwn() {
        assertEquals("13 KILLED PEOPLE INCIDENT; 7 KILLED SDF INCIDENT; 5 KILLED TURKISH_BACKED_FACTIONS INCIDENT",
                read("At least 13 people were killed in the explosion of a car bomb in Tal Abyad.\n\nOn the front lines,"
                        + " clashes renewed between the SDF and the Turkish-backed factions, killing 7 fighters of the SDF and"
                        + " 5 members of the Turkish-backed factions."));
    }
    /** Rule "other-paragraph": one person told in a paragraph of its own is an incident of its own, not a part. */
    @Test
    void onePersonOfALaterParagraphIsAnIncidentOfItsOwn() {
        // the young man who died under torture is a detainee (rule "torture-victims")
        assertEquals("30 KILLED PEOPLE INCIDENT; 1 KILLED CIVILIANS INCIDENT; 1 KILLED DETAINEES INCIDENT",
                read("The monitor documented the death of 30 people in the shelling of the market of the town.\n\n"
                        + "In the city of Hama, a sniper killed a child, and in the countryside of Idlib a young man died"
                        + " under torture in the prisons of the regime."));
    }

    /** Rule "other-paragraph": a text with no blank line breaks its paragraphs with one newline after a statement. */
    @Test
    void aSingleLineBreakAfterAStatementEndsAParagraphWhereNoBlankLineDoes() {
        assertEquals("30 KILLED PEOPLE INCIDENT; 1 KILLED PEOPLE INCIDENT",
                read("The monitor documented the death of 30 people in the shelling of the market of the town.\n"
                        + "In the countryside of Idlib, a drone hit a car on the road, killing a young man."));
    }

    /**
     * Rule "other-paragraph": a bulletin that sets its headline apart with a blank line and its paragraphs, each on one
     * line, with single line breaks: a single break after a statement still ends a paragraph.
     */
    @Test
    void paragraphsOnOneLineEachEndAtASingleBreakBesideABlankLine() {
        assertEquals("30 KILLED PEOPLE INCIDENT; 30 KILLED PEOPLE INCIDENT; 1 KILLED PEOPLE INCIDENT",
                read("30 people killed in the shelling of the market\n\n"
                        + "The monitor documented the death of 30 people in the shelling of the market of the town, in the"
                        + " worst attack on the town since the start of the year, according to the sources of the monitor.\n"
                        + "In the countryside of Idlib, a drone hit a car on the road, killing a young man."));
    }

    /** Rule "other-paragraph": a text wrapped to a width breaks its paragraphs only with blank lines. */
    @Test
    void aTextWrappedToAWidthBreaksParagraphsOnlyWithBlankLines() {
        assertEquals("5 KILLED PEOPLE INCIDENT; 3 KILLED CIVILIANS INCIDENT < 5",
                read("A car bomb killed 5 people in the market of the town on Sunday.\n"
                        + "Three women were killed by the blast.\n\nThe monitor will publish more details."));
    }

    /** Rule "other-paragraph": "the body of a young man" found in a later paragraph is someone new, not one of the toll. */
    @Test
    void aBodyOfSomeoneNewInALaterParagraphIsATollOfItsOwn() {
        assertEquals("34 KILLED PEOPLE INCIDENT; 1 KILLED PEOPLE INCIDENT",
                read("Teams found a mass grave holding the remains of 34 people near the town.\n\n"
                        + "In the countryside of Idlib, the body of a young man was found on the road to the city."));
    }

    /** Rule "other-paragraph": a later note that confirms one person of the earlier toll tells no toll of its own. */
    @Test
    void onePersonConfirmedInALaterNoteStaysInTheEarlierToll() {
        assertEquals("3 CAPTURED FIGHTERS INCIDENT; 1 CAPTURED FIGHTERS INCIDENT < 3",
                read("A joint force detained three suspected insurgents during an operation in the district.\n\n"
                        + "The force confirmed that a Taliban facilitator was detained during the operation."));
    }
    /** Rule "breakdown-opener": a figure right after "of whom" or "among the dead there are" breaks down the latest total. */
    @Test
    void aBreakdownOpenerReachesTheTotalOverALongTelling() {
        assertEquals("40 KILLED ISIS INCIDENT; 12 KILLED ISIS INCIDENT < 40",
                read("The monitor documented the death of forty members of ISIS during the past day in the clashes"
                        + " with the fighters of the units around the city and in the airstrikes of the coalition warplanes on"
                        + " their positions and gatherings in the countryside, of whom 12 were killed by the airstrikes."));
    }

    /** Rule "breakdown-opener": a cue of an earlier clause opens nothing past "while"; an armed party is no part of civilians. */
    @Test
    void aCueOfAnEarlierClauseOrAnotherPartyMakesNoBreakdown() {
        assertEquals("300 CIVILIANS CUMULATIVE; 80 CIVILIANS CUMULATIVE < 300; 45 SYRIAN_REGIME CUMULATIVE",
                read("Thus, it rose to 300 the number of civilians who were killed since the start of the escalation on the"
                        + " 1st of March 2023, among them 80 children, and 45 members of the regime forces were killed in the"
                        + " same period.").replace(" KILLED", ""));
    }
}
