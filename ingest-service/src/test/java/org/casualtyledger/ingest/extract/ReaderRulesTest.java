package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a careful reader takes a figure's outcome and its repeats; one test per rule, sentences written for this project. */
class ReaderRulesTest extends ExtractorTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2018, 10, 2);

    ReaderRulesTest() {
        super("r-reader-rules", PUBLISHED);
    }

    /**
     * Rule "captive-killed": the capture participle describes the victims of the killing verb before it; a headline
     * figure of "others" keeps its own participle (its killed guard is another rule's matter, not asserted here).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Militants executed four farmers captured during a raid on the valley.|4|0",
            "The gang killed three drivers kidnapped on the highway last month.|3|0",
            "Guard killed two others kidnapped in ambush|-1|2"})
    void aCaptureParticipleAfterAKillingDescribesTheVictims(String text, long killed, long captured) {
        if (killed >= 0) {
            assertEquals(killed, toll(text, Outcome.KILLED));
        }
        assertEquals(captured, toll(text, Outcome.CAPTURED));
    }

    /** Rule "reported-repeat": a figure told again after a reporting verb in the same sentence restates it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The group claimed to have killed three border guards, saying that three border guards were killed in its raid.|3",
            "Rebels killed three guards and three drivers on the road, officials said.|6"})
    void aFigureRepeatedByAReportingVerbIsOneStatement(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
        if (killed == 3) {
            assertEquals(1, read(text).stream().filter(c -> c.rule().startsWith("reported-repeat-")).count());
        }
    }

    /** Rule "another-person": "the death of another ..." is one more victim; "and wounding another" is not. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A shell struck the first truck, resulting in the death of the driver. A second truck was hit, resulting in the death of another mechanic.|KILLED|2",
            "Gunmen shot dead one teacher and wounded another at the school. The gunmen fled after shooting one teacher dead and wounding another.|INJURED|1"})
    void anotherAfterTheOutcomeIsOneMoreVictim(String text, Outcome outcome, long total) {
        assertEquals(total, toll(text, outcome));
    }

    /**
     * Rule "companion": people named beside a victim by a possessive after a comma, after a second verb ("killed
     * and burned along with"), or after the name of the victim's party; the list ends with its "and" item.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A village elder, his wife and two grandsons have been shot dead near the river.|4",
            "A local judge was killed and burned along with his sister, elderly father and bodyguard, police said.|4",
            "Gunmen shot dead a member of the Farmers Union (FU) and his cousin on Monday.|2",
            "The mayor, his face covered in dust, was killed in the blast.|1"})
    void companionsNamedByAPossessiveAreVictims(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    /** Rule "body-found": one body found is one person killed; "found" with an object is another verb. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A shopkeeper was abducted on Friday and his body found two days later.|1",
            "A burned body found beside the highway was identified as a local reporter.|1",
            "The review body found no fault with the police.|0",
            "Four farmers were killed in the raid. The body of one was found in a well.|4"})
    void oneBodyFoundIsOneKilled(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    /** Rule "conjunct" across a noun list: more people nouns joined by "and" sit between two counted groups. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Gunmen stormed the depot, killing nine clerks and mechanics and three foreign engineers.|KILLED|12",
            "A bomb went off at the gate, killing six people and wounding at least 14, residents and a police officer said.|INJURED|14"})
    void aCountedGroupAfterANounListSharesTheVerb(String text, Outcome outcome, long total) {
        assertEquals(total, toll(text, outcome));
    }

    /** Rule "one-victim" over a relative clause: the subject is the noun before "who". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A young farmer who grew up in the valley and worked on the dams was shot dead on Monday.|1",
            "The soldiers who guarded the gate said nothing was taken.|0"})
    void aSubjectBeforeARelativeClauseIsOneVictim(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    /** Rule "shot-down": an aircraft shot down is no person shot. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A cargo plane was shot down over the hills on Sunday.|0",
            "A police officer was shot near the depot on Sunday.|1"})
    void anAircraftShotDownIsNoVictim(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    /** Rule "one-victim" with a bare title: a singular person noun without an article names one person. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The death of former acting chairperson of the farmers union has shocked the town.|1",
            "Troops focused on capturing and killing key insurgent leaders in the valley.|0"})
    void aBareTitleNamesOnePerson(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    /**
     * Rule "toll-estimate": a later "put the death toll at N" re-estimates the toll told right before it, also when
     * the lead was told again in between ("besides the six killed"), and also in the lead's own sentence ("..., but
     * rescuers put the death toll at nine").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Five herders were killed in a raid on the camp, a radio station said. A local monitor put the death toll at nine.|9",
            "Raids killed at least 30 people across the province. At least 12 were killed in the market. A monitor put the death toll at 15.|30",
            "Troops killed six herders in a raid on the camp. Two boys were hurt, besides the six killed at the wells. Elders put the death toll at nine.|9",
            "Officials said five herders were killed in the raid on the camp, but rescuers put the death toll at nine.|9"})
    void aLaterEstimateOfTheTollIsNoSecondEvent(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
        assertEquals(killed == 9 ? 1 : 0, read(text).stream().filter(c -> c.rule().startsWith("toll-estimate-")).count());
    }

    /** Rule "pair-word": "both" before a noun counts two people; "both the ..." and "both sides" count no one. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Both watchmen were wounded when the grenade went off.|INJURED|2",
            "Rangers detained both poachers at the edge of the park.|CAPTURED|2",
            "Both the army and the militia lost men in the clash, and 4 soldiers were killed.|KILLED|4",
            "Shelling from both sides wounded 7 villagers.|INJURED|7"})
    void bothBeforeANounCountsTwo(String text, Outcome outcome, long toll) {
        assertEquals(toll, toll(text, outcome));
    }
}
