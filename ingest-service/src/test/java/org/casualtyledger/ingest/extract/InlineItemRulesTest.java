package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.assertNoClaim;
import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Groups;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rule "inline-item": the marks of a list run on within a sentence ("(a)", "b.", "3)") count no one, and the items
 * after them break down the total the sentence announces them under; rule "outcome-of-people": "killings of
 * civilians" counts civilians.
 */
class InlineItemRulesTest extends ExtractorTest {

    InlineItemRulesTest() {
        super("r-inline", LocalDate.of(2024, 6, 12));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The police arrested 40 people in the district last week, and they are: (a) 26 young men, (b) 9 women, (c) 5 teenagers.",
            "The police arrested 40 people in the district last week, as follows: a. 26 young men; b. 9 women; c. 5 teenagers.",
            "The police arrested 40 people in the district last week, as follows: 1) 26 young men, 2) 9 women, 3) 5 teenagers."})
    void theItemsOfAnInlineListBreakDownItsTotal(String text) {
        List<Claim> claims = read(text);
        Claim total = find(claims, 40, Outcome.CAPTURED);
        assertEquals(total.id(), find(claims, 26, Outcome.CAPTURED).parentId());
        assertEquals(total.id(), find(claims, 9, Outcome.CAPTURED).parentId());
        assertEquals(total.id(), find(claims, 5, Outcome.CAPTURED).parentId());
        assertNoClaim(claims, 1);
        assertNoClaim(claims, 2);
        assertNoClaim(claims, 3);
    }

    /** A figure in parentheses after a verb is no mark: "(3)" stands for no item there. */
    @Test
    void aFigureInParenthesesAfterAWordIsStillAFigure() {
        List<Claim> claims = read("Gunmen killed three (3) guards at the gate.");
        assertEquals(3, find(claims, 3, Outcome.KILLED).count().value());
    }

    @Test
    void killingsOfCiviliansCountCivilians() {
        List<Claim> claims = read("The monitor counted 52 killings of civilians by armed gangs in the district this year.");
        assertEquals(Groups.CIVILIANS, find(claims, 52, Outcome.KILLED).group());
    }

    /** "under the age of 18" states an age, no figure of people. */
    @Test
    void anAgeLimitCountsNoOne() {
        List<Claim> claims = read("Shelling wounded 8 villagers, 5 of them under the age of 16, in the valley.");
        assertEquals(find(claims, 8, Outcome.INJURED).id(), find(claims, 5, Outcome.INJURED).parentId());
        assertNoClaim(claims, 16);
    }
}
