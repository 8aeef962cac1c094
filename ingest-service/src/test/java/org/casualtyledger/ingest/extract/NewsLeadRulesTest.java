package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Qualifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a news article's lead and the incidents it recalls are read; sentences written for this project. */
class NewsLeadRulesTest extends ExtractorTest {

    NewsLeadRulesTest() {
        super("r-news-lead", LocalDate.of(2016, 5, 7));
    }

    /**
     * Rule "earlier-incident": a later sentence dated to another time than the lead tells another incident, neither a
     * part nor an update of the lead's toll; a day named after the figure (the day of the telling) separates nothing.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A car bomb killed at least 15 people at the bus station on Tuesday, a monitor said. In March a suicide attack on a checkpoint near the town killed 26 people.|41",
            "A roadside bomb killed 4 soldiers on Saturday. On Tuesday an air strike on the village killed 30 civilians.|34",
            "Shelling killed 6 people in the market, medics said. An earlier raid on the same market killed 11 people.|17",
            "Gunmen killed seven people at a wedding, police said Monday. Five women and two men were shot dead on Sunday night.|7",
            "At least 7 people died in the fire on Saturday. The death toll has risen to 13, the mayor said on Monday.|13"})
    void aFigureDatedBeforeTheLeadIsAnotherIncident(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    /**
     * Rule "leader-and-comrades": the person whose comrades a subject figure counts is one more victim, and stays one
     * when the figure updates a smaller lead (the headline's "Kills Rebel Leader").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The commander alongside nine of his comrades were killed in a battle near the dam.|KILLED|10",
            "Commander Abu Omar along with five of his aides was captured at the checkpoint.|CAPTURED|6",
            "Army Kills Rebel Leader. Rebel leader Abu Omar alongside nine of his comrades were killed in a battle near the dam.|KILLED|10",
            "Soldiers killed a district commander and two of his guards.|KILLED|3"})
    void thePersonWhoseComradesAreCountedIsOneMore(String text, Outcome outcome, long total) {
        assertEquals(total, toll(text, outcome));
    }

    /** Rule "among-toll": "N were among M killed" makes the N a breakdown child of the M, never a toll of its own. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ten children were among at least 48 people killed in the village this week, a monitor said.|KILLED|48",
            "Two guards were among the 5 people wounded at the gate.|INJURED|5"})
    void aFigureAmongATollIsAPartOfIt(String text, Outcome outcome, long total) {
        assertEquals(total, toll(text, outcome));
        Claim part = read(text).get(0);
        assertEquals("among-toll", part.rule());
        assertEquals(read(text).get(1).id(), part.parentId());
    }

    /** Rule "paired-others": a headline's "2 killed others injured" keeps the 2 killed; "others" opens a pair of its own. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "3 November 2016 2 killed others injured in shelling on the old city.|2",
            "4 killed, others wounded in a mortar attack on the school|4"})
    void aFigureBeforeOthersOfAnotherOutcomeKeepsItsParticiple(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
        assertEquals(0, toll(text, Outcome.INJURED));
    }

    /** Lexicon: "well over", "just over", "slightly more than" are "more than" (qualifiers.tsv). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The strikes killed well over 100 civilians in the eastern districts.|100",
            "Just over 1,000 residents fled the town.|1000",
            "Slightly more than 40 fighters were captured.|40"})
    void anIntensifiedMoreThanIsMoreThan(String text, long value) {
        Claim claim = read(text).get(0);
        assertEquals(Qualifier.MORE_THAN, claim.count().qualifier());
        assertEquals(value, claim.count().value());
    }

    /**
     * Rule "one-person-apart": one person named with "a" and a larger figure told in a later sentence are counted side
     * by side; a later sentence that takes the person in ("toll", "in all", "including") updates the toll.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Police arrested a gang leader in the old town on Friday. During the raid, officers detained four suspects.|CAPTURED|5",
            "Border guards seized a smuggler near the river. The guards also detained three porters at the crossing.|CAPTURED|4",
            "A farmer was killed by a landmine in the valley. Three shepherds were killed by another mine near the well.|KILLED|4",
            "A guard was killed in the attack on the bank. Later the toll of the attack rose to three.|KILLED|3",
            "Troops detained a militia commander at dawn. Four suspects were detained in the raid, including the commander.|CAPTURED|4"})
    void onePersonToldFirstStandsBesideALargerLaterFigure(String text, Outcome outcome, long toll) {
        assertEquals(toll, toll(text, outcome));
    }

    /**
     * Rule "others-contrast": "others" after a figure of another outcome in its sentence sets the people apart from
     * that figure, not from the people of its own outcome told before; "also" and "Separately" still add people.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Four miners were killed and 20 others injured when the tunnel collapsed. The company said four miners died and 22 others were hurt in the collapse.|INJURED|20",
            "A shell killed two farmers and wounded nine others in the orchard. Medics said two farmers were killed and nine others wounded.|INJURED|9",
            "Four miners were killed and 20 others injured when the tunnel collapsed. Separately, a rockfall killed one driver and injured 6 others.|INJURED|26",
            "Four miners were killed and 20 others injured in the collapse. Two rescuers were killed and six others were also injured.|INJURED|26"})
    void othersAfterAnotherOutcomeSetPeopleApartOnlyFromThatOutcome(String text, Outcome outcome, long toll) {
        assertEquals(toll, toll(text, outcome));
    }

    /**
     * Rule "sum-of-parts": figures of one outcome in a later sentence of the paragraph that add up exactly to a toll
     * told before are its parts; a sentence set apart, or another paragraph, tells a toll of its own.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Eleven people died in the fire at the depot. Eight died in the storeroom and three more died later in hospital.|11",
            "Nine guards were shot dead at the mine. Seven were killed at the gate and two more died later of their wounds.|9",
            "Five people were killed in the attack. Separately, three soldiers and two policemen were killed at a checkpoint.|10",
            "Five people were killed in the attack on the market.\\n\\nIn the north, three soldiers and two policemen were killed in an ambush.|10"})
    void laterFiguresAddingUpToATollAreItsParts(String text, long killed) {
        assertEquals(killed, toll(text.replace("\\n", "\n"), Outcome.KILLED));
    }
}
