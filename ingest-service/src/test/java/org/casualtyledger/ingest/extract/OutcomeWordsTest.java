package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Verbs and phrases of every outcome a bulletin tells, beyond killing. Sentences written for this project. */
class OutcomeWordsTest {

    private final ClaimExtractor extractor = ClaimExtractor.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The shelling forced some 12,000 people to flee their villages.|12000|DISPLACED",
            "More than 3,000 people have left the besieged district since Monday.|3000|DISPLACED",
            "Nearly 900 people leave the town as the siege tightens.|900|DISPLACED",
            "The group executes 14 herders near the dam.|14|EXECUTED",
            "Guards re-arrested 31 of the escaped prisoners.|31|CAPTURED",
            "The militia lost 17 fighters in the battle for the hill.|17|KILLED",
            "The number of people killed in the province since January exceeds 420.|420|KILLED",
            "The toll of May 2016: 412 people killed across the country.|412|KILLED"})
    void theOutcomeIsReadFromItsWords(String sentence, long value, Outcome outcome) {
        var claims = extractor.extract("r-outcome-words", sentence, LocalDate.of(2019, 3, 1));
        assertEquals(outcome, find(claims, value, outcome).outcome());
    }

    /** "fell" in fighting is killed; "fell" alone names no outcome (shells fall, towns fall). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Nine members of the militia fell in clashes with the border guards on the hills.|9",
            "Four fighters of the brigade fell in the fighting around the airport.|4",
            "At least 6 soldiers fell during the clashes in the old quarter.|6",
            "The agency reported this morning that 11 guards had fallen in the clashes at the dam.|11",
            "Three officers have fallen in the fighting for the ridge since dawn.|3"})
    void fellInFightingIsKilled(String sentence, long value) {
        var claims = extractor.extract("r-outcome-words", sentence, LocalDate.of(2019, 3, 1));
        assertEquals(value, find(claims, value, Outcome.KILLED).count().value());
    }

    /** Rule "split-hostage": "took three women hostage": the verb wraps the people it takes captive. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Masked gunmen took three women hostage at the market of the village.|3|CIVILIANS",
            "The raiders took 12 farm workers hostage and drove off with them.|12|CIVILIANS",
            "The militia is holding five aid workers captive in the old fort.|5|CIVILIANS"})
    void takenHostageIsCaptured(String sentence, long value, String group) {
        var claims = extractor.extract("r-outcome-words", sentence, LocalDate.of(2019, 3, 1));
        assertEquals(group, find(claims, value, Outcome.CAPTURED).group());
    }

    /**
     * Rule "own-state": a figure whose words say what befell its people keeps that outcome; the verb after another
     * figure is that figure's ("6 dead soldiers and 3 civilians injured").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The blast left 6 dead soldiers and 3 civilians injured at the gate.|6|KILLED|3|INJURED",
            "The raid left 4 dead among the guards, and 2 villagers wounded.|4|KILLED|2|INJURED",
            "The ambush left 5 wounded militiamen, and 2 drivers dead on the road.|5|INJURED|2|KILLED"})
    void aFigureKeepsTheOutcomeItsOwnWordsName(String sentence, long first, Outcome firstOutcome, long second, Outcome secondOutcome) {
        var claims = extractor.extract("r-outcome-words", sentence, LocalDate.of(2019, 3, 1));
        assertEquals(first, find(claims, first, firstOutcome).count().value());
        assertEquals(second, find(claims, second, secondOutcome).count().value());
    }

    /** Rule "placed-amount": a vague amount after its outcome and before a preposition counts the outcome's people. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The clashes caused the death of dozens from both sides on the plain.|24|KILLED",
            "The fighting killed scores among the defenders of the hill.|40|KILLED",
            "The blast caused the injury of dozens in the crowded market.|24|INJURED"})
    void aVagueAmountBeforeAPrepositionCountsPeople(String sentence, long value, Outcome outcome) {
        var claims = extractor.extract("r-outcome-words", sentence, LocalDate.of(2019, 3, 1));
        assertEquals(value, find(claims, value, outcome).count().value());
    }

    /** Rule "body-of-executed": a body whose relative clause tells an execution is one executed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Farmers found the bodies of 4 drivers who had been beheaded by the gang near the quarry.|4|EXECUTED",
            "Farmers found the bodies of 4 drivers who had been shot by the gang near the quarry.|4|KILLED",
            "Villagers found the body of a teacher who had been executed by masked men.|1|EXECUTED"})
    void aBodyOfSomeoneExecutedIsAnExecution(String sentence, long value, Outcome outcome) {
        var claims = extractor.extract("r-outcome-words", sentence, LocalDate.of(2019, 3, 1));
        assertEquals(value, find(claims, value, outcome).count().value());
    }

    /** People of trades and services are civilians. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Gunmen shot dead a baker in front of his bakery.",
            "Two shopkeepers were wounded by shrapnel in the market.",
            "A relief worker was killed when the convoy was hit."})
    void peopleOfTradesAreCivilians(String sentence) {
        var claims = extractor.extract("r-outcome-words", sentence, LocalDate.of(2019, 3, 1));
        assertEquals("CIVILIANS", claims.stream().findFirst().orElseThrow(() -> new AssertionError(sentence)).group(), claims.toString());
    }

    /** The present of a headline and the gerund name the outcome as the past does. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Masked men kidnap 2 truck drivers on the desert road|2|CAPTURED",
            "Gunmen abduct 3 farmers near the dam|3|CAPTURED",
            "Gunmen assassinate a judge in front of his house|1|KILLED",
            "Unknown men shoot dead 2 guards at the border crossing|2|KILLED",
            "The gang went on murdering 4 villagers in the hills.|4|KILLED"})
    void presentAndGerundFormsNameTheOutcome(String sentence, long value, Outcome outcome) {
        var claims = extractor.extract("r-outcome-words", sentence, LocalDate.of(2019, 3, 1));
        assertEquals(value, find(claims, value, outcome).count().value());
    }

    /** "caught in the crossfire" tells where someone was, not that anyone was captured. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A boy was caught in the crossfire during the clashes in the market.",
            "Two farmers were caught in the crossfire between the militias near the river."})
    void caughtInTheCrossfireIsNoCapture(String sentence) {
        var claims = extractor.extract("r-outcome-words", sentence, LocalDate.of(2019, 3, 1));
        assertEquals(0, claims.stream().filter(c -> c.outcome() == Outcome.CAPTURED).count(), claims.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A wanted man handed himself over to the police in the town.",
            "A gunman turned himself in at the checkpoint."})
    void onePersonSurrenders(String sentence) {
        var claims = extractor.extract("r-outcome-words", sentence, LocalDate.of(2019, 3, 1));
        assertEquals(1, find(claims, 1, Outcome.SURRENDERED).count().value());
    }

    /** A toll that "goes over" or "topped" a figure has reached it, as one that "exceeds" it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The toll of a month of raids on the port city goes over 240.|240",
            "The toll of the floods in the delta topped 75 on Friday.|75"})
    void aTollThatGoesOverAFigureReachedIt(String sentence, long value) {
        var claims = extractor.extract("r-outcome-words", sentence, LocalDate.of(2019, 3, 1));
        assertEquals(value, find(claims, value, Outcome.KILLED).count().value());
    }

    /** "the rest" after a figure are the remaining people of it, no one person whose fate is told. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Raiders seized 14 herders near the wells, and the fate of the rest is not known.",
            "Police freed 9 of the hostages, while the fate of the remainder is still unknown."})
    void theFateOfTheRestCountsNoOnePerson(String sentence) {
        var claims = extractor.extract("r-outcome-words", sentence, LocalDate.of(2019, 3, 1));
        assertTrue(claims.stream().noneMatch(c -> c.outcome() == Outcome.MISSING), claims.toString());
    }

    /** Rule "body-of-executed": a relative clause with a subject of its own ("whom the cells had executed") tells it too. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Searchers found the bodies of 16 herders whom the cells of the group had executed in the spring.|16|EXECUTED",
            "Searchers found the bodies of 16 herders whom the flood had carried down the river.|16|KILLED"})
    void bodiesOfPeopleWhomAPartyExecutedAreExecuted(String sentence, long value, Outcome outcome) {
        var claims = extractor.extract("r-outcome-words", sentence, LocalDate.of(2019, 3, 1));
        assertEquals(outcome, find(claims, value, outcome).outcome());
    }

    /** Rule "coordinated-victims-of": "scores of wounded and of bodies": the wounded are the figure's people. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The toll may rise, as there are still scores of wounded and of bodies under the collapsed market.|40|INJURED",
            "Medics spoke of dozens of dead and of missing people after the landslide.|24|KILLED"})
    void theOutcomeWordAfterOfIsTheHeadBeforeASecondOf(String sentence, long value, Outcome outcome) {
        var claims = extractor.extract("r-outcome-words", sentence, LocalDate.of(2019, 3, 1));
        assertEquals(outcome, find(claims, value, outcome).outcome());
    }
}
