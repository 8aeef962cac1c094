package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Groups read from the words around the people: rule "torture-victims" (who died under torture was a detainee),
 * "the militias" once the regime is named, "armed men" as fighters, and rule "others-of-previous".
 */
class TortureAndMilitiaGroupsTest extends ExtractorTest {

    private static final String MONITOR = "Homs province – The Syrian Observatory for Human Rights: ";

    TortureAndMilitiaGroupsTest() {
        super("r-torture-militia-groups", LocalDate.of(2019, 6, 2));
    }

    /** Rule "torture-victims": people of no stated status who died under torture are detainees; others keep theirs. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a young man from the town died under torture in the prisons of the security services.|1|DETAINEES",
            "the monitor documented the death of 7 people under torture in the prisons during May.|7|DETAINEES",
            "5 men lost their lives under torture in the security branches.|5|DETAINEES",
            "a child died under torture in the prison of the branch.|1|CIVILIANS",
            "a young man died in the shelling, and his brother was taken for torture.|1|PEOPLE"})
    void peopleWhoDiedUnderTortureAreDetainees(String text, long value, String group) {
        assertEquals(group, find(read(MONITOR + text), value, Outcome.KILLED).group());
    }

    /** "the militias" stand for the regime's militias once the regime or its militias are named, and only then. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "strikes hit positions of the Iranian-backed militias near the airport, killing 7 members of the militias.|SYRIAN_REGIME",
            "strikes hit a warehouse near the airport, killing 7 members of the militias.|FIGHTERS"})
    void theMilitiasAreTheRegimesOnceNamed(String text, String group) {
        assertEquals(group, find(read(MONITOR + text), 7, Outcome.KILLED).group());
    }

    /** "armed men" are fighters, as gunmen are. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the regime forces killed 3 armed men who attacked a checkpoint near the town.|3",
            "an armed man was shot dead at the checkpoint near the town.|1"})
    void armedMenAreFighters(String text, long value) {
        assertEquals("FIGHTERS", find(read(MONITOR + text), value, Outcome.KILLED).group());
    }

    /** Rule "others-of-previous": "others" opening no figure of their sentence continue the sentence before. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "two SDF fighters were killed by a mine near the dam. Three others were injured in the same blast.|3|INJURED|SDF",
            "cells killed 5 shepherds in the desert. The cells also abducted 12 others.|12|CAPTURED|CIVILIANS"})
    void othersContinueTheSentenceBefore(String text, long value, Outcome outcome, String group) {
        assertEquals(group, find(read(MONITOR + text), value, outcome).group());
    }

    /** Rule "others-of-previous" holds within a paragraph: a new paragraph tells another incident. */
    @Test
    void othersOfANewParagraphContinueNothing() {
        String text = MONITOR + "two SDF fighters were killed by a mine near the dam.\n\nIn the city, three others were injured.";
        assertEquals("PEOPLE", find(read(text), 3, Outcome.INJURED).group());
    }
}
