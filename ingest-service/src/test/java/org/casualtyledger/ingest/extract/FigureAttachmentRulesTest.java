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

    /** Rule "events-with-victims": "11 raids that claimed 15 lives" counts the 15 dead, not the raids. */
    @Test
    void eventsWhoseClauseCountsVictimsAreNoFigure() {
        List<Claim> claims = read("The monitor documented 11 assassinations in the valley during February 2024 that claimed "
                + "15 lives, among them 6 guards.");
        ClaimExtractorTest.assertNoClaim(claims, 11);
        assertEquals(find(claims, 15, Outcome.KILLED).id(), find(claims, 6, Outcome.KILLED).parentId());
    }

    /** Rule "one-victim-conjunct": the second of two victims is evidenced by his own words. */
    @Test
    void aConjunctVictimSpansHisOwnWords() {
        String text = "On Sunday, the bodies of a shepherd and his son were found near the dam.";
        List<Claim> claims = read(text);
        assertEquals(2, claims.size(), claims.toString());
        Claim son = claims.get(1);
        assertEquals("his son", text.substring(son.evidence().start(), son.evidence().end()));
    }

    /** Rule "elided-auxiliary": "a guard was shot dead ... and his brother injured": the brother was injured. */
    @Test
    void aSecondSubjectSharesThePassivesAuxiliary() {
        List<Claim> claims = read("On Monday, a guard was shot dead near the mill and his brother injured, by gunmen on a motorbike.");
        assertEquals(1, find(claims, 1, Outcome.INJURED).count().value());
        assertEquals(1, find(claims, 1, Outcome.KILLED).count().value());
    }

    /** Rule "rest-list": the lines under "The breakdown of the rest is as follows:" break down the whole toll. */
    @Test
    void theRestListBreaksDownTheWholeToll() {
        List<Claim> claims = read("The monitor documented the death of 500 people in the province in February 2024. The "
                + "villagers among them numbered 200, including 40 children. The breakdown of the rest is as follows:\n"
                + "\u2022 180 raiders of the hills.\n\u2022 120 fighters of the factions.\n");
        Claim total = find(claims, 500, Outcome.KILLED);
        assertEquals(total.id(), find(claims, 180, Outcome.KILLED).parentId());
        assertEquals(total.id(), find(claims, 120, Outcome.KILLED).parentId());
    }

    /** Rule "toll-part" in one sentence, and "toll-list": a group's toll told after the total is its part, and the list after it breaks it down. */
    @Test
    void aGroupsTollInTheTotalsSentenceIsItsPartAndOpensTheList() {
        List<Claim> claims = read("The monitor documented the death of 600 people in the province in February 2024, and the "
                + "civilian toll amounted to 250, they are distributed as follows:\n\u2022 200 civilians killed by shelling\n"
                + "\u2022 50 civilians killed by mines\nWhile the military toll included:\n\u2022 350 members of the regime forces\n");
        Claim total = find(claims, 600, Outcome.KILLED);
        Claim civilians = find(claims, 250, Outcome.KILLED);
        assertEquals(total.id(), civilians.parentId());
        assertEquals(civilians.id(), find(claims, 200, Outcome.KILLED).parentId());
        assertEquals(civilians.id(), find(claims, 50, Outcome.KILLED).parentId());
        assertEquals(total.id(), find(claims, 350, Outcome.KILLED).parentId());
    }

    /**
     * Rule "conjunct-after-part" past the part's modifiers, and fighters of a side their own words name: "killed 14
     * soldiers, among them an officer with the rank of colonel, and 9 fighters of the factions" kills 9 fighters
     * beside the soldiers, not among them.
     */
    @Test
    void fightersOfANamedSideAfterAModifiedPartShareTheVerb() {
        List<Claim> claims = read("The clashes killed 14 members of the regime forces, among them an officer with the rank of "
                + "colonel, and 9 fighters of the rebel factions.");
        Claim fighters = find(claims, 9, Outcome.KILLED);
        assertEquals(null, fighters.parentId());
        assertEquals(find(claims, 14, Outcome.KILLED).id(), find(claims, 1, Outcome.KILLED).parentId());
    }

    /** "a man, his wife and their 4 children": the possessive of a kin figure keeps it listed in the apposition. */
    @Test
    void aKinFigureAfterItsPossessiveIsListedInTheApposition() {
        List<Claim> claims = read("In the valley, a family of 6, a farmer, his wife and their 4 children, were killed by the shelling.");
        Claim family = find(claims, 6, Outcome.KILLED);
        assertEquals(family.id(), find(claims, 4, Outcome.KILLED).parentId());
    }

    /** "killed 7 villagers, a woman and her 6 children": the kin figure shares the verb and both break the total down. */
    @Test
    void aKinFigureAfterItsPossessiveSharesTheVerb() {
        List<Claim> claims = read("In the valley, the raid killed 7 villagers, a woman and her 6 children.");
        Claim villagers = find(claims, 7, Outcome.KILLED);
        assertEquals(villagers.id(), find(claims, 6, Outcome.KILLED).parentId());
        assertEquals(villagers.id(), find(claims, 1, Outcome.KILLED).parentId());
    }

    /** "4 villagers, among them a man and his 2 sons": the kin figure after its possessive is a part like the man. */
    @Test
    void aKinFigureAfterAPartIsAPartToo() {
        List<Claim> claims = read("In the valley, 4 villagers, among them a shepherd and his 2 sons, were killed by the shelling.");
        Claim villagers = find(claims, 4, Outcome.KILLED);
        assertEquals(villagers.id(), find(claims, 2, Outcome.KILLED).parentId());
    }

    /** Rule "one-victim-pair": the last of coordinated subjects is evidenced by his own words. */
    @Test
    void theLastCoordinatedSubjectSpansHisOwnWords() {
        String text = "In the valley, a boy and his father were injured by the blast.";
        List<Claim> claims = read(text);
        assertEquals(2, claims.size(), claims.toString());
        Claim father = claims.stream().filter(c -> c.rule().contains("one-victim-pair")).findFirst().orElseThrow();
        assertEquals("his father", text.substring(father.evidence().start(), father.evidence().end()));
    }

    /** Rule "number-of-group" past the victims' word: "the number of the dead of the regime forces" counts the regime's men. */
    @Test
    void theNumberOfTheDeadOfAPartyCountsThatParty() {
        List<Claim> claims = read("In the hills, the number of the dead of the regime forces amounted to 25.");
        assertEquals("SYRIAN_REGIME", find(claims, 25, Outcome.KILLED).group());
        List<Claim> bare = read("In the hills, the number of the dead in the town rose to 25.");
        assertEquals("PEOPLE", find(bare, 25, Outcome.KILLED).group());
    }
}
