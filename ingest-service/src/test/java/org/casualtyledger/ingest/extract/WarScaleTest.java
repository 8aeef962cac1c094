package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Scope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule "war-scale": a figure no single attack reaches is a total, unless its clause names its own day ("dated-day"). */
class WarScaleTest {

    private final ClaimExtractor extractor = ClaimExtractor.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "About 15,000 people fled their homes today after the shelling of the town.|15000|DISPLACED|INCIDENT",
            "More than 30,000 people have fled the villages this morning.|30000|DISPLACED|INCIDENT",
            "An estimated 220,000 people have died in the conflict.|220000|KILLED|CUMULATIVE",
            "Roughly 40,000 residents fled the province.|40000|DISPLACED|CUMULATIVE",
            "Some 12,000 villagers were displaced after the militia told them to leave on the 9th of May.|12000|DISPLACED|INCIDENT",
            "Around 18,000 people left the camp on May 14 when the guards withdrew.|18000|DISPLACED|INCIDENT",
            "Around 18,000 people have left the camp since the 9th of May.|18000|DISPLACED|CUMULATIVE"})
    void aFigureOfTheDayStaysThatDaysIncident(String sentence, long value, Outcome outcome, Scope scope) {
        Claim c = find(extractor.extract("r-scale", sentence, LocalDate.of(2019, 5, 20)), value, outcome);
        assertEquals(scope, c.scope());
    }
}
