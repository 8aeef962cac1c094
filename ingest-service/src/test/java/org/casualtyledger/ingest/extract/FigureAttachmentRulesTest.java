package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.api.Test;

/** Rules that find a figure's people and outcome where its verb is shared or unusual, and attach its parts. */
class FigureAttachmentRulesTest extends ExtractorTest {

    FigureAttachmentRulesTest() {
        super("r-attach", LocalDate.of(2024, 3, 10));
    }

    /** "(of whom 4 ...)" after listed parts: the relative pronoun takes the last part, not the list's total. */
    @Test
    void aRelativeParenthesisBreaksDownTheLastListedPart() {
        List<Claim> claims = read("Drones killed 20 raiders in the hills on Sunday, among them 6 scouts and 9 gunners "
                + "(of whom 5 foreigners).");
        assertEquals(find(claims, 9, Outcome.KILLED).id(), find(claims, 5, Outcome.KILLED).parentId());
        assertEquals(find(claims, 20, Outcome.KILLED).id(), find(claims, 9, Outcome.KILLED).parentId());
    }

    /** Rule "number-verb": "the fighters killed in the valley number 310" gives the raiders their figure. */
    @Test
    void numberAsAVerbOfAmountCountsItsSubject() {
        List<Claim> claims = read("Since the start of the siege, the fighters killed in the valley number 310, while 45 guards "
                + "were killed in the same period.");
        assertEquals(Outcome.KILLED, find(claims, 310, Outcome.KILLED).outcome());
        List<Claim> label = read("The convoy passed checkpoint number 4, where 3 guards were killed.");
        assertEquals(1, label.size(), "a checkpoint's number counts nobody");
    }

    /** Rule "attempted-outcome": people "trying to flee" were not displaced; they share the verb they go along with. */
    @Test
    void anAttemptIsNoOutcome() {
        List<Claim> claims = read("On Monday, 8 guards were killed in a raid on the depot, along with three villagers who were "
                + "trying to flee the valley.");
        assertEquals(Outcome.KILLED, find(claims, 3, Outcome.KILLED).outcome());
    }
}
