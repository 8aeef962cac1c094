package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.assertNoClaim;
import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Scope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Statements of amount in a monitor's statistics paragraphs (annotation guide, `value`, `outcome`, `group`): the
 * figure a verb of amount gives its subject ("the civilians among them numbered 96", "the number ... stands at 45"),
 * and the dates around it that count no one.
 */
class AmountStatementRulesTest extends ExtractorTest {

    AmountStatementRulesTest() {
        super("r-amount-statements", LocalDate.of(2025, 6, 2));
    }

    /** A year before a comma and an article is a date ("Since the beginning of 2025, the number of ..."), no figure. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Since the beginning of 2025, the number of people killed by landmines in the province rose to 61.|2025|61",
            "Since early 2024, the number of children killed by remnants of war has reached 29.|2024|29",
            "Since the start of 2023, the number of civilians abducted in the countryside of Daraa rose to 140.|2023|140"})
    void aYearBeforeACommaAndAnArticleIsNoFigure(String text, long year, long figure) {
        var claims = read(text);
        assertNoClaim(claims, year);
        assertEquals(Scope.CUMULATIVE, claims.stream().filter(c -> c.count().value() == figure).findFirst().orElseThrow().scope());
    }
}
