package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Parent constructions (annotation guide, `parent`): an apposition whose parts add up to the total also at the end
 * of its clause ("appositive-breakdown"), and "Of those, 15 were civilians and 8 were fighters" in the next sentence,
 * each part with its own copula ("of-them-copula"), and "The civilians include 3 women" after a figure of civilians
 * ("named-include"). One table: the text, the total, and a part of it.
 */
class BreakdownFormsRulesTest extends ExtractorTest {

    BreakdownFormsRulesTest() {
        super("r-breakdown-forms", LocalDate.of(2023, 6, 4));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Idlib – SOHR: The shelling caused the death of 17 people, 11 civilians and 6 fighters.|17|11",
            "Idlib – SOHR: The shelling caused the death of 17 people, 11 civilians and 6 fighters.|17|6",
            "Idlib – SOHR: The shelling killed 17 people, 11 civilians and 6 fighters; the toll may rise.|17|6",
            "Idlib – SOHR: The shelling killed 17 people in the market. Of those, 11 were civilians and 6 were fighters.|17|11",
            "Idlib – SOHR: The shelling killed 17 people in the market. Of those, 11 were civilians and 6 were fighters.|17|6",
            "Idlib – SOHR: The shelling killed 17 people in the market. Of these, 5 were children.|17|5",
            // named-include: the noun of the figure just told, then "include" or a copula
            "Idlib – SOHR: The shelling killed 17 people, 11 civilians and 6 fighters. The civilians include 3 women.|11|3",
            "Idlib – SOHR: The shelling killed 17 people, 11 civilians and 6 fighters. The fighters were 4 members of HTS and 2 of the factions.|6|4"})
    void thePartBreaksDownTheTotal(String text, long total, long part) {
        List<Claim> claims = read(text);
        assertEquals(find(claims, total, Outcome.KILLED).id(), find(claims, part, Outcome.KILLED).parentId(), claims.toString());
    }

    /** Parts that do not add up to the figure before them are more people, not its parts. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Idlib – SOHR: The shelling caused the death of 17 people, 11 civilians and 4 fighters.|11",
            "Idlib – SOHR: The shelling killed 17 people in the market. Of those, 11 were released later.|11"})
    void otherFiguresAreNoParts(String text, long value) {
        List<Claim> claims = read(text);
        claims.stream().filter(c -> c.count().value() == value)
                .forEach(c -> assertEquals(null, c.parentId(), claims.toString()));
    }
}
