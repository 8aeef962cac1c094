package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.casualtyledger.claim.Claim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "a third was wounded", "killed two men and abducted a third": a lone ordinal is one more person of the group counted
 * before it, like "another".
 */
class LoneOrdinalTest extends ExtractorTest {

    LoneOrdinalTest() {
        super("r-lone-ordinal", LocalDate.of(2022, 4, 11));
    }

    private String describe(String text) {
        List<Claim> claims = read(text);
        return claims.stream().map(c -> c.count().value() + " " + c.outcome() + " " + c.group()).collect(Collectors.joining(", "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Two civilians were killed and a third was injured by a mine near the farm.|2 KILLED CIVILIANS, 1 INJURED CIVILIANS",
            "Three members of the SDF were killed, and a fourth was wounded.|3 KILLED SDF, 1 INJURED SDF",
            "Two soldiers of the regime forces were shot dead, while a third was seriously wounded.|2 KILLED SYRIAN_REGIME, 1 INJURED SYRIAN_REGIME",
            // an ordinal with a noun of its own is read by the noun, not as "a third" alone
            "A member of HTS was killed, while a second member was injured.|1 KILLED HTS, 1 INJURED HTS",
            // an ordinal that counts nothing leaves the one victim a person of no stated status
            "Gunmen killed a guard in a third attack this week and wounded another man.|1 KILLED SECURITY_FORCES, 1 INJURED PEOPLE",
            // "a third" as the object of a verb after the figure's own verb, as "another" is
            "The cells executed two shepherds and abducted a third in the desert.|2 EXECUTED CIVILIANS, 1 CAPTURED CIVILIANS",
            "A drone killed two members of the SDF and wounded a third.|2 KILLED SDF, 1 INJURED SDF",
            "A sniper shot dead a child and wounded a second near the school.|1 KILLED CIVILIANS, 1 INJURED CIVILIANS",
            // "the third": the one left of the people counted before
            "A mine hit a car carrying three members of the SDF, killing two of them and wounding the third.|2 KILLED SDF, 1 INJURED SDF",
            "Two guards of the prison were shot dead, and the third was abducted.|2 KILLED SECURITY_FORCES, 1 CAPTURED SECURITY_FORCES",
            // the nearest people before, also when a lone victim was told earlier in the sentence
            "The monitor recorded the killing of a shepherd near the well, while two members of the SDF were killed and a third was wounded.|1 KILLED CIVILIANS, 2 KILLED SDF, 1 INJURED SDF"})
    void aLoneOrdinalIsOneMoreOfThePeopleBefore(String sentence, String expected) {
        assertEquals(expected, describe(sentence));
    }
}
