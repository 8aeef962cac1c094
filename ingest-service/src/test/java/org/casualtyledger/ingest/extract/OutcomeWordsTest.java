package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A wanted man handed himself over to the police in the town.",
            "A gunman turned himself in at the checkpoint."})
    void onePersonSurrenders(String sentence) {
        var claims = extractor.extract("r-outcome-words", sentence, LocalDate.of(2019, 3, 1));
        assertEquals(1, find(claims, 1, Outcome.SURRENDERED).count().value());
    }
}
