package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A counted noun that names the outcome itself ("bodies", "martyrs"). Sentences written for this project. */
class OutcomeHeadTest {

    private final ClaimExtractor extractor = ClaimExtractor.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "At least 14 bodies of farmers were recovered from the orchard.|14",
            "Mourners carried 9 martyrs from the hospital to the cemetery.|9",
            "The bodies of 6 herders lay by the road.|6"})
    void theCountedNounNamesTheDead(String sentence, long killed) {
        var claims = extractor.extract("r-head", sentence, LocalDate.of(2017, 6, 1));
        assertEquals(killed, find(claims, killed, Outcome.KILLED).count().value());
        assertEquals(1, claims.size(), claims.toString());
    }
}
