package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Scope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule "contrasted-total": a figure set beside a running total ("while", "in addition to") shares its period. */
class ContrastedTotalTest {

    private final ClaimExtractor extractor = ClaimExtractor.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The number of civilians killed since the start of the offensive on 3 May 2021 rose to 640, while the army lost 212 soldiers.|212|KILLED|CUMULATIVE",
            "The monitor documented the death of 97 civilians since the 20th of January 2021, whereas 54 fighters were killed.|54|KILLED|CUMULATIVE",
            "The number of people who fled the town since the 2nd of March 2021 rose to 9,000, while 40 residents were arrested.|40|CAPTURED|CUMULATIVE",
            "It rose to 75 the number of soldiers killed since the 1st of April 2021, in addition to 38 fighters of the militia.|38|KILLED|CUMULATIVE",
            "The number of people who fled the town since the 2nd of March 2021 rose to 9,000, while a boy died of the cold.|1|KILLED|INCIDENT",
            "The number of civilians killed since the 2nd of March 2021 rose to 300, while 12 people were killed today in an airstrike.|12|KILLED|INCIDENT"})
    void aFigureSetAgainstARunningTotalSharesItsPeriod(String sentence, long value, Outcome outcome, Scope scope) {
        List<Claim> claims = extractor.extract("r-contrast", sentence, LocalDate.of(2021, 6, 1));
        Claim c = find(claims, value, outcome);
        assertEquals(scope, c.scope());
        if (scope == Scope.CUMULATIVE) {
            assertEquals(claims.get(0).periodStart(), c.periodStart());
        }
    }
}
