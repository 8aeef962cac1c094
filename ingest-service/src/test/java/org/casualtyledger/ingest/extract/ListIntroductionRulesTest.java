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

/** Structure rules of a list's introduction: which total its lines break down, and what befell their people. */
class ListIntroductionRulesTest extends ExtractorTest {

    ListIntroductionRulesTest() {
        super("r-list-intro", LocalDate.of(2024, 6, 12));
    }

    /** Rule "named-total-stem": "The civilian victims" and "Civilian deaths" name the figure of "civilians". */
    @Test
    void anAdjectiveOfTheGroupNamesItsFigure() {
        List<Claim> claims = read("The monitor documented the death of 400 people during May 2024, they are 150 civilians, among them 20 "
                + "children, and 250 combatants.\n\n"
                + "The civilian victims are distributed as follows:\n"
                + "\u2022 60 civilians killed by the army\n\u2022 90 civilians killed by mines\n\n"
                + "Combatant deaths:\n"
                + "\u2022 100 soldiers\n\u2022 150 rebels");
        Claim civilians = find(claims, 150, Outcome.KILLED);
        Claim combatants = find(claims, 250, Outcome.KILLED);
        assertEquals(civilians.id(), find(claims, 60, Outcome.KILLED).parentId());
        assertEquals(civilians.id(), find(claims, 90, Outcome.KILLED).parentId());
        assertEquals(combatants.id(), find(claims, 100, Outcome.KILLED).parentId());
        assertEquals(Scope.CUMULATIVE, find(claims, 100, Outcome.KILLED).scope());
    }

    /** Rule "introduced-outcome": a list under a period and "the deaths" counts each line's dead over that period. */
    @Test
    void anIntroductionNamesTheOutcomeOfItsLines() {
        List<Claim> claims = read("During May 2024, the deaths were distributed as follows:\n"
                + "\u2022 40 villagers, including 5 children\n\u2022 20 members of the border guard");
        Claim villagers = find(claims, 40, Outcome.KILLED);
        Claim guards = find(claims, 20, Outcome.KILLED);
        assertEquals(Scope.CUMULATIVE, villagers.scope());
        assertEquals(LocalDate.of(2024, 5, 1), guards.periodStart());
        assertNull(guards.parentId());
        assertEquals(villagers.id(), find(claims, 5, Outcome.KILLED).parentId());
    }

    /** Rule "introduced-outcome": "the death of:" without a period makes each line an incident figure of its own. */
    @Test
    void theDeathOfIntroducesIncidentFigures() {
        List<Claim> claims = read("The shelling of the market on Monday caused the death of:\n"
                + "\u2022 6 villagers\n\u2022 2 guards");
        assertEquals(Scope.INCIDENT, find(claims, 6, Outcome.KILLED).scope());
        assertEquals(Scope.INCIDENT, find(claims, 2, Outcome.KILLED).scope());
    }

    /** Rule "introduced-outcome": an introduction naming two outcomes names neither for its lines. */
    @Test
    void twoOutcomesNameNone() {
        List<Claim> claims = read("The raids caused deaths and injuries among:\n\u2022 6 villagers\n\u2022 2 guards");
        assertEquals(List.of(), claims);
    }

    /**
     * Rule "toll-part": after a total, "the civilian toll" and "the military toll" are its parts of that group, and a
     * list under one of them breaks that part down.
     */
    @Test
    void theTollOfAGroupIsAPartOfTheTotal() {
        List<Claim> claims = read("The monitor documented the death of 325 people across the region in May 2024.\n\n"
                + "The civilian toll was 120, including 15 children, distributed as follows:\n"
                + "\u2022 40 killed by the army\n\u2022 80 killed by mines\n\n"
                + "The military toll reached 205.\n\nThe toll also included 30 foreign volunteers.");
        Claim total = find(claims, 325, Outcome.KILLED);
        Claim civilians = find(claims, 120, Outcome.KILLED);
        Claim military = find(claims, 205, Outcome.KILLED);
        assertEquals(total.id(), civilians.parentId());
        assertEquals("CIVILIANS", civilians.group());
        assertEquals(Scope.CUMULATIVE, civilians.scope());
        assertEquals(total.id(), military.parentId());
        assertEquals("FIGHTERS", military.group());
        assertEquals(civilians.id(), find(claims, 40, Outcome.KILLED).parentId());
        assertEquals(civilians.id(), find(claims, 80, Outcome.KILLED).parentId());
        assertEquals(total.id(), find(claims, 30, Outcome.KILLED).parentId());
    }

    /** Rule "toll-part": "the toll reached 13" names no group: the total told again or updated, never its part. */
    @Test
    void aTollOfNoGroupIsNoPart() {
        List<Claim> claims = read("Gunmen killed 9 guards at the depot. The toll reached 13 after four of the wounded died.");
        assertNull(find(claims, 13, Outcome.KILLED).parentId());
    }

    /** Rule "opened-part-closed": ", and" after a part told alone closes the breakdown; the next side is the total's. */
    @Test
    void aCommaAndAfterOnePartClosesTheBreakdown() {
        List<Claim> claims = read("The monitor documented the death of 80 people: 50 guards, including 20 officers, and 30 drivers.");
        Claim total = find(claims, 80, Outcome.KILLED);
        Claim guards = find(claims, 50, Outcome.KILLED);
        assertEquals(guards.id(), find(claims, 20, Outcome.KILLED).parentId());
        assertEquals(total.id(), find(claims, 30, Outcome.KILLED).parentId());
        List<Claim> alone = read("The raid killed 50 guards, including 20 officers, and 30 drivers of the convoy.");
        assertNull(find(alone, 30, Outcome.KILLED).parentId());
    }

    /** Rule "opened-part-closed": the serial comma of three or more parts, or a kind of person, stays in the list. */
    @Test
    void aSerialCommaOrAKindOfPersonStaysInTheList() {
        List<Claim> claims = read("The raid killed 50 villagers, including 20 farmers, 5 teachers, and 3 drivers.");
        Claim villagers = find(claims, 50, Outcome.KILLED);
        assertEquals(villagers.id(), find(claims, 3, Outcome.KILLED).parentId());
        List<Claim> women = read("The raid killed 50 villagers, including 20 children, and 15 women.");
        assertEquals(find(women, 50, Outcome.KILLED).id(), find(women, 15, Outcome.KILLED).parentId());
    }

    /** Rule "item-parenthesis": a parenthesis after an item of a list breaks down the item, at any depth. */
    @Test
    void aParenthesisInsideAListBreaksDownItsItem() {
        List<Claim> claims = read("The toll of the siege rose to 2,500 people (1,500 members of the militia, 700 members of the border "
                + "guard (among them 50 officers), and 300 villagers (including 80 children and 40 women)).");
        Claim total = find(claims, 2500, Outcome.KILLED);
        Claim guards = find(claims, 700, Outcome.KILLED);
        Claim villagers = find(claims, 300, Outcome.KILLED);
        assertEquals(total.id(), guards.parentId());
        assertEquals(total.id(), villagers.parentId());
        assertEquals(guards.id(), find(claims, 50, Outcome.KILLED).parentId());
        assertEquals(villagers.id(), find(claims, 80, Outcome.KILLED).parentId());
        assertEquals(villagers.id(), find(claims, 40, Outcome.KILLED).parentId());
    }

    /** Rule "item-parenthesis": a list that goes on after the parenthesis leaves it to the item before it. */
    @Test
    void aListGoingOnAfterTheParenthesisLeavesItToTheItem() {
        List<Claim> claims = read("The raid killed 90 people: 50 guards and 30 drivers (among them 4 mechanics), and 10 cooks.");
        assertEquals(find(claims, 30, Outcome.KILLED).id(), find(claims, 4, Outcome.KILLED).parentId());
        assertEquals(find(claims, 90, Outcome.KILLED).id(), find(claims, 10, Outcome.KILLED).parentId());
    }
}
