package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules "announced-toll", "toll-list" and the breakdown cue "namely": words that open the list of a toll's people,
 * and a running total raised to a figure by a verb in the present ("raised-number").
 */
class ListOpenersRulesTest extends ExtractorTest {

    ListOpenersRulesTest() {
        super("r-lists", LocalDate.of(2024, 6, 12));
    }

    /** "namely" opens the parts of the figure before it. */
    @Test
    void namelyOpensTheParts() {
        List<Claim> claims = read("The number of the dead climbed to 61, namely 45 Syrians and 16 foreigners.");
        Claim total = find(claims, 61, Outcome.KILLED);
        assertEquals(total.id(), find(claims, 45, Outcome.KILLED).parentId());
        assertEquals(total.id(), find(claims, 16, Outcome.KILLED).parentId());
    }

    /** Rule "announced-toll": the people a toll lists "as follows:" are its dead. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The toll of the battles for the hill is as follows: 88 fighters of the factions and 23 soldiers.|88|23",
            "The toll of yesterday's raids was as follows: 17 civilians and 6 fighters."  + "|17|6"})
    void aTollAnnouncedAsFollowsListsItsDead(String text, long first, long second) {
        List<Claim> claims = read(text);
        assertNull(find(claims, first, Outcome.KILLED).parentId());
        assertNull(find(claims, second, Outcome.KILLED).parentId());
    }

    /** Rule "toll-list": a list under "The toll is distributed as follows:" breaks down the latest toll of the dead. */
    @Test
    void aTollListBreaksDownTheLatestTollOfTheDead() {
        List<Claim> claims = read("Fighting in the north killed 64 people on Monday. The toll is distributed as follows:\n"
                + "- 41 fighters of the factions\n- 23 civilians");
        Claim total = find(claims, 64, Outcome.KILLED);
        assertEquals(total.id(), find(claims, 41, Outcome.KILLED).parentId());
        assertEquals(total.id(), find(claims, 23, Outcome.KILLED).parentId());
    }

    /** A list under a sentence of several outcomes breaks down its toll of the dead, not a larger figure of another outcome. */
    @Test
    void aListUnderSeveralOutcomesBreaksDownTheDead() {
        List<Claim> claims = read("Since the start of the offensive, 250,000 people have fled their homes, while the number of people "
                + "killed has risen to 1,650, they are:\n1- 980 civilians.\n2- 670 fighters of the factions.");
        Claim dead = find(claims, 1650, Outcome.KILLED);
        assertEquals(dead.id(), find(claims, 980, Outcome.KILLED).parentId());
        assertEquals(dead.id(), find(claims, 670, Outcome.KILLED).parentId());
    }

    /** Rule "raised-number" with a verb in the present: "this brings the number of ... to N". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "This brings the number of civilians killed by drones since the start of the year to 133.|133",
            "The new deaths raise the death toll of the siege to 58.|58"})
    void aPresentRaisingVerbRaisesTheToll(String text, long value) {
        Claim c = find(read(text), value, Outcome.KILLED);
        assertEquals(RaisedNumber.NAME, c.rule());
    }

    @Test
    void aRunningTotalRaisedSinceADateIsCumulative() {
        Claim c = find(read("This brings the number of people killed in the camp since January to 77."), 77, Outcome.KILLED);
        assertEquals(Scope.CUMULATIVE, c.scope());
    }
}
