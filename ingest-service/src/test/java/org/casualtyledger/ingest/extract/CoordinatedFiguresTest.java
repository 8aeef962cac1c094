package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures coordinated under one verb: each is a claim of its own, with its own group, none a part of another. */
class CoordinatedFiguresTest {

    private final ClaimExtractor extractor = ClaimExtractor.standard();

    private String read(String text) {
        List<Claim> claims = extractor.extract("r-coordinated-figures", text, LocalDate.of(2019, 3, 1));
        StringBuilder b = new StringBuilder();
        for (Claim c : claims) {
            b.append(b.isEmpty() ? "" : " ").append(c.count().value()).append(' ').append(c.outcome()).append(' ')
                    .append(c.group()).append(c.parentId() == null ? "" : " part");
        }
        return b.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "At least 36 IS fighters and 3 SDF fighters were killed in the clashes.|36 KILLED ISIS 3 KILLED SDF",
            "The clashes led to the killing of 4 ISIS members and 3 SDF members.|4 KILLED ISIS 3 KILLED SDF",
            "Five soldiers were killed in the ambush, along with two civilians.|5 KILLED SECURITY_FORCES 2 KILLED CIVILIANS",
            "Ten people were killed together with three policemen.|10 KILLED PEOPLE 3 KILLED SECURITY_FORCES",
            "The strike killed 7 fighters as well as 3 civilians.|7 KILLED FIGHTERS 3 KILLED CIVILIANS",
            "Forces detained two suspects while targeting a commander as well as an additional leader.|2 CAPTURED FIGHTERS",
            // serial comma: the comma before the last "and" ends the first figure's people as the "and" alone would
            "The raid killed 9 members of the police and the guards, and 4 drivers.|9 KILLED SECURITY_FORCES 4 KILLED CIVILIANS",
            "Gunmen killed 12 soldiers and policemen, and 3 civilians.|12 KILLED SECURITY_FORCES 3 KILLED CIVILIANS",
            "The shelling caused the death of 7 members of the regime forces and loyal gunmen, and 5 fighters of HTS."
                    + "|7 KILLED SYRIAN_REGIME 5 KILLED HTS",
            "The blast killed 6 guards and drivers, and 4 soldiers were wounded.|6 KILLED SECURITY_FORCES 4 INJURED SECURITY_FORCES",
            // the verb left out after "as": the figure shares the verb of the figure before it
            "Seven militants were killed in the raid, as were two soldiers.|7 KILLED FIGHTERS 2 KILLED SECURITY_FORCES",
            "Four guards had been wounded, as had three prisoners.|4 INJURED SECURITY_FORCES 3 INJURED DETAINEES"})
    void eachFigureIsAClaimWithItsOwnGroup(String sentence, String expected) {
        assertEquals(expected, read(sentence));
    }
}
