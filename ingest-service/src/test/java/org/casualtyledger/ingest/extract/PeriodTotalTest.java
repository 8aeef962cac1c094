package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Scope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures counted over weeks, months or years are running totals; a few days of fighting are one event. */
class PeriodTotalTest {

    private final ClaimExtractor extractor = ClaimExtractor.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "In the past three weeks more than 90 villagers have been killed in the valley.|90|CUMULATIVE",
            "Over the last two months the militia killed 140 farmers.|140|CUMULATIVE",
            "A year of feuding between the clans has killed 75 people.|75|CUMULATIVE",
            "March was the deadliest month in the district, with 210 people killed.|210|CUMULATIVE",
            "Two days of clashes between the clans have killed 14 people.|14|INCIDENT",
            "At least 12 people were killed in the last week in raids on the villages.|12|INCIDENT",
            "Gunmen killed 9 people in two separate attacks on the villages.|9|INCIDENT"})
    void periodsOfWeeksOrMoreMakeRunningTotals(String sentence, long value, Scope scope) {
        assertEquals(scope, find(extractor.extract("r-period", sentence, LocalDate.of(2017, 6, 1)), value, Outcome.KILLED).scope());
    }
}
