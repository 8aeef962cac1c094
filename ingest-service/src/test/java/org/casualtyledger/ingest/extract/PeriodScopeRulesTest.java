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

/** Scope rules of a running total: what makes a figure a total over a period, and the period it starts. */
class PeriodScopeRulesTest extends ExtractorTest {

    PeriodScopeRulesTest() {
        super("r-period", LocalDate.of(2024, 6, 12));
    }

    /** Rule "adverb-after-auxiliary": "has thus risen to" keeps the running total's subject in its clause. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The number of people killed in the valley since the 3rd of May has thus risen to 48.|48|2024-05-03",
            "The number of fighters captured by the guards since the start of the year has thus reached 130, including 12 leaders.|130|2024-01-01"})
    void anAdverbAfterTheAuxiliaryKeepsTheRunningTotal(String text, long value, LocalDate since) {
        List<Claim> claims = read(text);
        Claim total = claims.stream().filter(c -> c.count().value() == value).findFirst()
                .orElseThrow(() -> new AssertionError("no " + value + " in " + claims));
        assertEquals(Scope.CUMULATIVE, total.scope());
        assertEquals(since, total.periodStart());
    }
}
