package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Rule "possessors-companions": people "of his", "of her" or "of their" joined to a person named before them are
 * counted beside that person, under that person's verb, and never as a new telling of a toll told before.
 */
class CompanionFiguresRulesTest extends ExtractorTest {

    CompanionFiguresRulesTest() {
        super("r-companions", LocalDate.of(2021, 3, 4));
    }

    /** Rule "group-companion": one person after a counted group and "and their" is one more victim, of that side. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Six labourers and their driver were killed when the bus was hit.|KILLED|7|CIVILIANS",
            "The ambush killed 4 guards and their commander at the post.|KILLED|5|SECURITY_FORCES",
            "Three children and their mother were injured in the shelling.|INJURED|4|CIVILIANS"})
    void onePersonAfterAGroupAndTheirIsOneMore(String text, Outcome outcome, long toll, String group) {
        List<Claim> claims = read(text);
        assertEquals(toll, toll(text, outcome), claims.toString());
        assertEquals(group, claims.stream().filter(c -> "companion".equals(c.rule())).findFirst()
                .orElseThrow(() -> new AssertionError(claims.toString())).group());
    }

    /** Rule "companion": a companion between one victim and a figure is counted once, not once for each of them. */
    @Test
    void aCompanionBetweenAVictimAndAFigureIsCountedOnce() {
        String text = "The strike killed a farmer and his wife and their four children near the well.";
        List<Claim> claims = read(text);
        assertEquals(1, claims.stream().filter(c -> "companion".equals(c.rule())).count(), claims.toString());
        assertEquals(6, toll(text, Outcome.KILLED));
    }

    @Test
    void companionsJoinedByWithShareTheVerbOfThePersonBeforeThem() {
        String text = "A roadside bomb killed a tribal elder with three of his bodyguards near the market.";
        List<Claim> claims = read(text);
        assertEquals(Outcome.KILLED, find(claims, 3, Outcome.KILLED).outcome());
        assertEquals(4, toll(text, Outcome.KILLED));
    }

    @Test
    void companionsToldAfterTheirLeaderAddToTheLeaderRatherThanUpdateHim() {
        String text = "Police arrested a smuggling boss at the port on Friday. After a search of the warehouse, "
                + "officers detained the boss along with two of his drivers.";
        assertEquals(3, toll(text, Outcome.CAPTURED));
    }

    @Test
    void aLeaderToldFirstIsNotRestatedByHisCompanions() {
        List<Claim> claims = read("Troops captured a bandit leader in the hills. Later the troops detained the leader and "
                + "four of his men in a cave.");
        assertNull(find(claims, 1, Outcome.CAPTURED).restates());
        assertNull(find(claims, 4, Outcome.CAPTURED).restates());
    }

    @Test
    void withBeforeAFigureOfThingsJoinsNoPeople() {
        assertEquals(1, toll("Gunmen killed a shopkeeper with two of their rifles in the old town.", Outcome.KILLED));
    }
}
