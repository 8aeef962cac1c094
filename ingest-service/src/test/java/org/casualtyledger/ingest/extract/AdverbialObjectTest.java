package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule "adverbial-object": a phrase of time or place between an active verb and the people it counts. */
class AdverbialObjectTest {

    private final ClaimExtractor extractor = ClaimExtractor.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The police detained on Sunday night 15 students in the capital.|15|CAPTURED",
            "The militia has abducted since the start of the year 40 farmers at least.|40|CAPTURED",
            "Border guards killed yesterday 3 smugglers near the crossing.|3|KILLED",
            "The group executed in the main square of the town 6 young men.|6|EXECUTED"})
    void theVerbBeforeThePhraseIsTheOutcome(String sentence, long value, Outcome outcome) {
        assertEquals(AdverbialObject.NAME, find(extractor.extract("r-adverbial", sentence, LocalDate.of(2020, 5, 20)), value, outcome).rule());
    }
}
