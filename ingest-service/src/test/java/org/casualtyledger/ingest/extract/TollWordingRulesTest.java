package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a toll is worded: rules "toll-copula", "toll-after-figure", "rising-losses", "participle-before-rise", "noun-as-verb", the
 * rising verbs of a headline ("climbs") and the nouns of an outcome before its people ("the abductions of").
 */
class TollWordingRulesTest extends ExtractorTest {

    private static final String MONITOR = "Daraa province – The Syrian Observatory for Human Rights: ";

    TollWordingRulesTest() {
        super("r-toll-wording", LocalDate.of(2021, 9, 14));
    }

    /** Rule "toll-copula": a number of people an outcome befell, told by "is", is the figure after it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the total number of people killed in the province since January is 213.|213|KILLED",
            "the number of young men arrested at the checkpoints this month was 41.|41|CAPTURED"})
    void aTollToldByACopula(String text, long value, Outcome outcome) {
        find(read(MONITOR + text), value, outcome);
    }

    /** Rule "toll-copula" names no figure when the number counts no outcome. */
    @Test
    void aCopulaAfterANumberOfThingsNamesNoClaim() {
        assertTrue(read(MONITOR + "the number of airstrikes on the town since January is 213.").isEmpty());
    }

    /** Rule "toll-after-figure": "it rose to N the death toll of ..." counts the dead of that toll. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "thus, it rose to 213 the death toll of the military operation in the countryside.|213",
            "thus, it rose to 57 the toll of the explosion in the market.|57"})
    void aTollAfterTheFigureItReaches(String text, long killed) {
        find(read(MONITOR + text), killed, Outcome.KILLED);
    }

    /**
     * Rule "toll-after-figure" holds only for the figure a rise reaches: a figure before a sentence that lost its full
     * stop is none.
     */
    @Test
    void aFigureNotReachedByARiseIsNoToll() {
        List<Claim> claims = read(MONITOR + "rescuers said the blast hurt 18 The death toll of the explosion rose to 9.");
        find(claims, 9, Outcome.KILLED);
        assertEquals(1, claims.size(), claims.toString());
    }

    /**
     * Rule "participle-before-rise": "the number of civilians killed rose to 40" is a rising number whose people give
     * its group; the participle is no active verb of the figure.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the number of civilians killed rose to 40.|40|KILLED|CIVILIANS",
            "the number of members of the SDF killed rose to 31.|31|KILLED|SDF",
            "the number of children injured climbed to 17.|17|INJURED|CIVILIANS"})
    void aParticipleBeforeARisingVerbEndsTheSubject(String text, long value, Outcome outcome, String group) {
        assertEquals(group, find(read(MONITOR + text), value, outcome).group());
    }

    /** A headline's rising verb in the present: "climbs to", "increases to". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Death toll of the market bombing climbs to 48",
            "Toll of the shelling on the camp increases to 48"})
    void aHeadlineTollRisesInThePresent(String headline) {
        find(read(headline + "\n\n" + MONITOR + "rescue teams are still searching the rubble."), 48, Outcome.KILLED);
    }

    /** Rule "noun-as-verb": a word that is an outcome's noun after a figure is a headline's verb before one. */
    @Test
    void anOutcomeNounBeforeAFigureIsAHeadlinesVerb() {
        List<Claim> claims = read("Asayish arrests 25 suspected ISIS members in the camp\n\n" + MONITOR
                + "the campaign goes on in the camp.");
        assertEquals("ISIS", find(claims, 25, Outcome.CAPTURED).group());
    }

    /** Rule "noun-as-verb": after a determiner the word is still a noun that counts the outcome after its figure. */
    @Test
    void anOutcomeNounAfterADeterminerStaysANoun() {
        List<Claim> claims = read(MONITOR + "the police logged the arrests 3 days later, and 7 arrests in the city.");
        find(claims, 7, Outcome.CAPTURED);
        assertEquals(1, claims.size(), claims.toString());
    }

    /** Nouns of an outcome before the people it befell: "the abductions of", "the kidnappings of". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the monitor documented the abductions of 6 traders on the road to the city.|6|CAPTURED",
            "the monitor documented the kidnappings of 4 doctors in the eastern countryside.|4|CAPTURED"})
    void anOutcomeNounBeforeItsPeople(String text, long value, Outcome outcome) {
        find(read(MONITOR + text), value, outcome);
    }

    /** Rule "rising-losses": the losses of a party that rise to a figure are its dead; "toll-of-group" names the party. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the human losses of the regime forces rose to 40 since the start of the battles.|SYRIAN_REGIME",
            "the losses of the SDF in the battles of the dam climbed to 40.|SDF"})
    void theRisingLossesOfAPartyAreItsDead(String text, String group) {
        assertEquals(group, find(read(MONITOR + text), 40, Outcome.KILLED).group());
    }
}
