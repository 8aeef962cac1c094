package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Scope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule "counted-month": a month alone after "in", or "last month", in a monitor's count is the count's period. */
class CountedMonthTest {

    private final ClaimExtractor extractor = ClaimExtractor.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The monitor recorded the deaths of 75 farmers in August across the province.|75|CUMULATIVE|2020-08-01",
            "In October, the network documented the arrest of 64 people by the security services.|64|CUMULATIVE|2020-10-01",
            "The monitor documented the death of 120 civilians last month.|120|CUMULATIVE|2020-10-01",
            // "May" after "in" is the month, not the modal
            "The monitor counted 22 people killed in the province in May, 14 of them civilians.|22|CUMULATIVE|2020-05-01",
            "The security services detained 130 people during May, including 9 children.|130|CUMULATIVE|2020-05-01",
            "Three guards were killed in August when gunmen stormed the depot.|3|INCIDENT|"})
    void aMonthOfACountIsItsPeriod(String sentence, long value, Scope scope, String since) {
        Outcome outcome = sentence.contains("arrest") || sentence.contains("detained") ? Outcome.CAPTURED : Outcome.KILLED;
        Claim c = find(extractor.extract("r-month", sentence, LocalDate.of(2020, 11, 3)), value, outcome);
        assertEquals(scope, c.scope());
        if (scope == Scope.CUMULATIVE) {
            assertEquals(LocalDate.parse(since), c.periodStart());
        }
    }
}
