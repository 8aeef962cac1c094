package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A headline pairing two figures, each with its own participle. Sentences written for this project. */
class PairedParticiplesTest extends ExtractorTest {

    PairedParticiplesTest() {
        super("r-paired", LocalDate.of(2018, 3, 2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "12 villagers killed 30 injured in shelling of the market|12|30",
            "Three killed over 20 wounded as mortar shells hit a bus station|3|20",
            "7 shepherds killed 15 others hurt in a landmine blast|7|15"})
    void eachFigureKeepsTheParticipleAfterIt(String headline, long killed, long injured) {
        List<Claim> claims = read(headline);
        assertEquals(PairedParticiples.RULE, find(claims, killed, Outcome.KILLED).rule());
        assertEquals(PairedParticiples.RULE, find(claims, injured, Outcome.INJURED).rule());
        assertEquals(2, claims.size(), claims.toString());
    }

    @Test
    void aNounWithoutAFigureKeepsItsParticipleToo() {
        List<Claim> claims = read("Shepherd killed three others hurt as a shell hits a pasture near the village");
        assertEquals(PairedParticiples.RULE, find(claims, 3, Outcome.INJURED).rule());
        assertEquals(0, claims.stream().filter(c -> c.outcome() == Outcome.KILLED && c.count().value() == 3).count());
    }

    @Test
    void aSecondParticipleTakingAFigureIsAnActiveVerb() {
        List<Claim> claims = read("Gunmen killed 4 wounded 9 in the night raid on the camp");
        assertEquals(4, find(claims, 4, Outcome.KILLED).count().value());
        assertEquals(9, find(claims, 9, Outcome.INJURED).count().value());
    }

    @Test
    void anActiveVerbBeforeAFigureWithoutItsOwnParticipleKeepsItsObject() {
        List<Claim> claims = read("Two gunmen killed 9 guards at the gate.");
        assertEquals(9, find(claims, 9, Outcome.KILLED).count().value());
        ClaimExtractorTest.assertNoClaim(claims, 2);
    }

    @Test
    void aParticipleBeforeThePeopleDescribesThem() {
        List<Claim> claims = read("The 4 medics treated 11 wounded soldiers at the field clinic.");
        ClaimExtractorTest.assertNoClaim(claims, 4);
    }
}
