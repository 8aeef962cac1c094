package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Scope;
import org.junit.jupiter.api.Test;

/** Which total a part of a breakdown belongs to when parts nest, stand far from their total, or are listed as siblings. */
class PartLevelTest extends ExtractorTest {

    PartLevelTest() {
        super("r-part-level", LocalDate.of(2021, 3, 8));
    }

    private static Claim find(List<Claim> claims, long value, Outcome outcome) {
        return ClaimExtractorTest.find(claims, value, outcome);
    }

    private static String parentOf(List<Claim> claims, long value) {
        return find(claims, value, Outcome.KILLED).parentId();
    }

    private static String id(List<Claim> claims, long value) {
        return find(claims, value, Outcome.KILLED).id();
    }

    /** Rule "parenthesis-breakdown": a parenthesis of figures after a long clause breaks down the total before it. */
    @Test
    void aParenthesisAfterTheTotalsClauseBreaksItDown() {
        List<Claim> claims = read("It rose to 1,500 the number of fighters who were killed in the clashes on the northern "
                + "front since the 3rd of May 2020 (900 members of the regime forces and 600 fighters of the factions).");
        assertEquals(id(claims, 1500), parentOf(claims, 900));
        assertEquals(id(claims, 1500), parentOf(claims, 600));
        assertEquals(Scope.CUMULATIVE, find(claims, 600, Outcome.KILLED).scope(), "a part takes its total's scope");
        assertEquals(150, toll("The clashes on the northern front left 150 fighters dead on Monday in the villages near "
                + "the river and on the road to the town (90 members of the regime forces and 60 fighters of the factions).",
                Outcome.KILLED), "parts are never added to their total");
    }

    /** Rule "parenthesis-skip": the figure after a closed parenthesis continues the figure before it. */
    @Test
    void aClosedParenthesisIsReadPast() {
        List<Claim> claims = read("The monitor documented the death of 60 residents of the town in raids carried out "
                + "mostly by the gunmen, among them 20 women (including 8 of Lebanese nationality) and a child.");
        assertEquals(id(claims, 60), parentOf(claims, 20));
        assertEquals(id(claims, 20), parentOf(claims, 8), "a parenthesis after a part told alone breaks down that part");
        assertEquals(id(claims, 60), parentOf(claims, 1), "the child is listed with the women, not with the Lebanese");
    }

    /** Rule "sibling-part": a part of another side than the part before it is that part's sibling. */
    @Test
    void aPartOfAnotherSideIsASibling() {
        List<Claim> claims = read("The monitor documented the killing of 40 people, among them 25 civilians including "
                + "6 children and 4 women, and 15 fighters of the factions.");
        assertEquals(id(claims, 25), parentOf(claims, 6));
        assertEquals(id(claims, 25), parentOf(claims, 4));
        assertEquals(id(claims, 40), parentOf(claims, 15), "fighters are no part of the civilians");
    }

    /** Rule "sibling-part": a listed part that makes up exactly the rest of the larger total belongs to it. */
    @Test
    void aPartThatCompletesTheLargerTotalIsASibling() {
        List<Claim> claims = read("The clashes left 30 fighters dead, 18 of them from the regime forces, among them "
                + "3 officers, and 12 from the factions.");
        assertEquals(id(claims, 30), parentOf(claims, 18));
        assertEquals(id(claims, 18), parentOf(claims, 3));
        assertEquals(id(claims, 30), parentOf(claims, 12));
    }

    /** Rule "sibling-part": a coordinated part of another side under no larger total is no part at all. */
    @Test
    void aPartOfAnotherSideWithNoTotalLeftStandsAlone() {
        List<Claim> claims = read("The organization lost 45 of its members, among them 4 commanders, while the regime "
                + "forces lost 30 members, including 2 officers, and 8 civilians were killed in the shelling.");
        assertEquals(id(claims, 30), parentOf(claims, 2));
        assertNull(parentOf(claims, 8), "civilians are no part of the regime's losses");
    }

    /** Rule "relative-part-closed": the comma closes a relative part of a part; the figure after ", and" is the part's sibling. */
    @Test
    void aCommaClosesARelativePartOfAPart() {
        List<Claim> claims = read("The number of people killed in the raids on the valley since the start of the year rose to "
                + "540, among them 120 guards of the depots, of whom 45 are from the coast, and 35 drivers.");
        assertEquals(id(claims, 540), parentOf(claims, 120));
        assertEquals(id(claims, 120), parentOf(claims, 45));
        assertEquals(id(claims, 540), parentOf(claims, 35), "the drivers are a second part of the toll, not of the guards");
        List<Claim> women = read("The monitor counted 300 villagers killed in the valley, among them 90 farmers, of whom "
                + "50 were from the hills, and 40 women.");
        assertEquals(id(women, 300), parentOf(women, 40), "a kind of person after the closed clause joins the total too");
        List<Claim> open = read("The monitor counted 300 villagers killed in the valley, among them 90 farmers, of whom "
                + "50 men and 40 women.");
        assertEquals(id(open, 90), parentOf(open, 40), "without the comma the clause lists on");
        List<Claim> top = read("The monitor documented the death of 50 villagers, of whom 20 were children, and 10 women.");
        assertEquals(id(top, 50), parentOf(top, 10), "under a total itself, the part's sibling is still a part of the total");
    }

    /** "foreigners" count people: a part of them in a parenthesis leaves the next party's figure to the total. */
    @Test
    void foreignersArePeopleCounted() {
        List<Claim> claims = read("It rose to 900 the number of fighters killed in the hills since the 3rd of May 2020 (600 raiders, "
                + "including 150 foreigners, and 300 guards of the depots, of whom 20 are officers).");
        assertEquals(id(claims, 600), parentOf(claims, 150));
        assertEquals(id(claims, 900), parentOf(claims, 300), "the guards are read, a part of the whole toll");
        assertEquals(id(claims, 300), parentOf(claims, 20));
    }

    /** Rule "they-are": "and they are" after a total names its people. */
    @Test
    void theyAreNamesThePeopleOfTheTotal() {
        List<Claim> claims = read("The number of people killed since the start of the campaign rose to 90, and they are "
                + "60 civilians, among them 12 children, and 30 fighters of the factions.");
        assertEquals(id(claims, 90), parentOf(claims, 60));
        assertEquals(id(claims, 60), parentOf(claims, 12));
        assertEquals(id(claims, 90), parentOf(claims, 30));
    }

    /** Rule "parallel-part": a bare figure told like the bare part before it is another part of the total. */
    @Test
    void aBareFigureToldLikeTheBarePartBeforeIsASibling() {
        List<Claim> claims = read("The toll of the shelling rose to 20 people, of whom 12 were killed in the market while "
                + "8 were killed in the school.");
        assertEquals(id(claims, 20), parentOf(claims, 12));
        assertEquals(id(claims, 20), parentOf(claims, 8));
    }

    /** Rule "parallel-part" holds only within the total: a figure of another outcome is no part. */
    @Test
    void aParallelFigureOfAnotherOutcomeIsNoPart() {
        List<Claim> claims = read("The toll of the shelling rose to 20 people, of whom 12 were children, while 8 were "
                + "wounded in the school.");
        assertEquals(id(claims, 20), parentOf(claims, 12));
        assertNull(find(claims, 8, Outcome.INJURED).parentId());
    }

    /** A counted person after "and", past the modifiers of the part before, is listed with that part. */
    @Test
    void aPartAfterTheModifiersOfThePartBeforeIsListedWithIt() {
        List<Claim> claims = read("The monitor documented the death of 16 detainees under torture during the month, among "
                + "them a child from the town of Daraya and a woman from the city of Homs.");
        String total = id(claims, 16);
        assertEquals(2, claims.stream().filter(c -> c.count().value() == 1 && total.equals(c.parentId())).count(), claims.toString());
    }

    /** Rule "of-the-toll": a part of the people the toll names belongs to the whole toll, not to the part told last. */
    @Test
    void aPartOfTheArrestedBelongsToTheWholeToll() {
        List<Claim> claims = read("The campaign resulted in the arrest of 214 people suspected of belonging to the cells, "
                + "among them 40 women, of whom 12 are foreigners, while 9 of the arrested are leaders.");
        Claim arrested = find(claims, 214, Outcome.CAPTURED);
        Claim women = find(claims, 40, Outcome.CAPTURED);
        assertEquals(arrested.id(), women.parentId());
        assertEquals(women.id(), find(claims, 12, Outcome.CAPTURED).parentId());
        assertEquals(arrested.id(), find(claims, 9, Outcome.CAPTURED).parentId());
    }

    /** Rule "among-the-victims": a part of a part in a sentence opening on the toll breaks down the part. */
    @Test
    void aPartOfAPartAfterASentenceOpeningOnTheToll() {
        List<Claim> claims = read("The monitor documented the killing of 40 people in the town. Of the 40 people killed, "
                + "15 were children, including 4 girls.");
        assertEquals(id(claims, 15), parentOf(claims, 4));
    }

    /** "among them" after the part's noun opens it as well as before the figure. */
    @Test
    void amongThemAfterThePartOpensIt() {
        List<Claim> claims = read("The monitor documented the death of 50 people in the shelling, 9 civilians among them.");
        assertEquals(id(claims, 50), parentOf(claims, 9));
    }

    /** Rule "bullet-breakdown": the second of two indented lines is a part of the line above them, like the first. */
    @Test
    void indentedSiblingLinesShareTheirParentLine() {
        List<Claim> claims = read("The monitor documented the death of 700 people during the month, they are:\n"
                + "\u2022 300 civilians, among them:\n"
                + "   - 80 children\n"
                + "   - 40 women\n"
                + "\u2022 400 fighters\n");
        assertEquals(id(claims, 300), parentOf(claims, 80));
        assertEquals(id(claims, 300), parentOf(claims, 40));
        assertEquals(id(claims, 700), parentOf(claims, 400));
    }

    /** Rule "among-named-part": a sentence opening on the noun of a part just told breaks that part down. */
    @Test
    void aSentenceOpeningOnAPartsNounBreaksThePartDown() {
        List<Claim> claims = read("The monitor documented the death of 50 people, among them 30 civilians. Among the "
                + "civilians are 12 children and 5 women.");
        assertEquals(id(claims, 30), parentOf(claims, 12));
        assertEquals(id(claims, 30), parentOf(claims, 5));
    }

    /** Rule "colon-list": a colon that ends the total's clause opens its parts; semicolons list them. */
    @Test
    void aColonAfterTheTotalsClauseAndSemicolonsListItsParts() {
        List<Claim> claims = read("The monitor documented the death of 80 people during the month: 50 civilians "
                + "(including 10 children) and 30 fighters.");
        assertEquals(id(claims, 80), parentOf(claims, 50));
        assertEquals(id(claims, 50), parentOf(claims, 10));
        assertEquals(id(claims, 80), parentOf(claims, 30));
        List<Claim> listed = read("The monitor documented the death of 1,200 people during the month, and they are "
                + "distributed as follows: 400 civilians, including 100 children and 50 women; 500 fighters of the factions; "
                + "300 members of the regime forces, including 20 officers.");
        assertEquals(id(listed, 1200), parentOf(listed, 500));
        assertEquals(id(listed, 1200), parentOf(listed, 300));
        assertEquals(id(listed, 300), parentOf(listed, 20));
    }

    /** Rule "among-the-victims": "The victims include" opens the parts of the toll told before, of its outcome. */
    @Test
    void aSentenceOpeningOnTheVictimsBreaksDownTheTollOfTheirOutcome() {
        List<Claim> claims = read("The airstrikes killed 25 people in the town. The victims include 8 children and 5 women.");
        assertEquals(id(claims, 25), parentOf(claims, 8));
        assertEquals(id(claims, 25), parentOf(claims, 5));
        List<Claim> dead = read("At least 10 people were killed and around 20 wounded on Sunday in a raid on the market. "
                + "The dead included six traders -- among them two boys -- and four guards.");
        assertEquals(id(dead, 10), parentOf(dead, 6), "the dead are a part of the killed, not of the wounded");
        assertEquals(id(dead, 6), parentOf(dead, 2));
    }

    /** Rule "part-other-outcome": a figure of another outcome that no opener introduces is no part. */
    @Test
    void aFigureOfAnotherOutcomeAfterACueFarBeforeIsNoPart() {
        List<Claim> claims = read("The gunmen killed 30 people among the crowds in the market, and arrested 12 others in the town.");
        assertNull(find(claims, 12, Outcome.CAPTURED).parentId());
        List<Claim> opened = read("Since the 1st of March, 3,000 people fled the camp, including some 400 members of the "
                + "cells who were arrested at the gate.");
        assertEquals(find(opened, 3000, Outcome.DISPLACED).id(), find(opened, 400, Outcome.CAPTURED).parentId(),
                "an opener right before the figure keeps it a part");
    }

    /** Rule "among-toll" in a headline, which drops the verb; its part restates the body's part. */
    @Test
    void aHeadlinePartAmongItsTollRestatesTheBodysPart() {
        List<Claim> claims = read("12 children among 30 civilians killed in airstrikes on Kafr Nabl\n\n"
                + "The monitor documented the death of 30 civilians at least, including 12 children and 7 women, in "
                + "airstrikes on the town of Kafr Nabl.");
        List<Claim> children = claims.stream().filter(c -> c.count().value() == 12).toList();
        assertEquals(2, children.size(), claims.toString());
        Claim headline = children.get(0);
        Claim body = children.get(1);
        assertEquals(body.id(), headline.restates());
        assertEquals(headline.parentId(), find(claims, 30, Outcome.KILLED).id());
    }

    /** Rule "restated-breakdown": a headline part of unnamed people restates the body's part of its value, and its party. */
    @Test
    void aHeadlinePartOfUnnamedPeopleTakesTheBodysParty() {
        List<Claim> claims = read("Nearly 50 dead, among them 31 members of the organization, in the attack on the prison\n\n"
                + "The monitor documented a new rise in the toll of the attack by the \u201cIslamic State\u201d organization on "
                + "the prison, where the toll rose to 48, they are:\n"
                + "\u2022 31 members of the organization\n"
                + "\u2022 13 guards of the prison\n"
                + "\u2022 4 civilians\n");
        List<Claim> members = claims.stream().filter(c -> c.count().value() == 31).toList();
        assertEquals(2, members.size(), claims.toString());
        assertEquals(members.get(1).id(), members.get(0).restates(), "not the closest part of other people");
        assertEquals("ISIS", members.get(0).group());
    }

    /** Rule "restated-parent": a part of a repeated toll that the counted toll also has restates that part. */
    @Test
    void aPartOfARepeatedTollRestatesTheCountedPart() {
        List<Claim> claims = read("The monitor documented the death of 20 people in the shelling of the market, among them "
                + "5 children and 3 women, and SOHR published hours ago that 20 people, including 5 children, were killed "
                + "in the shelling of the market.");
        List<Claim> totals = claims.stream().filter(c -> c.count().value() == 20).toList();
        List<Claim> children = claims.stream().filter(c -> c.count().value() == 5).toList();
        assertEquals(2, totals.size(), claims.toString());
        assertEquals(2, children.size(), claims.toString());
        assertEquals(totals.get(0).id(), totals.get(1).restates());
        assertEquals(totals.get(1).id(), children.get(1).parentId(), "the repeated part stays with its telling");
        assertEquals(children.get(0).id(), children.get(1).restates());
        List<Claim> only = read("Suicide bombers killed 15 people in the town. Of the 15 people killed, six were militants.");
        assertEquals(find(only, 15, Outcome.KILLED).id(), find(only, 6, Outcome.KILLED).parentId(),
                "a part told only with the repeat breaks down the counted toll");
    }

    /** A victim named in another paragraph than a toll is no part of it. */
    @Test
    void aVictimNamedInAnotherParagraphIsNoPartOfTheToll() {
        List<Claim> claims = read("Gunmen kidnapped 40 people from the village of al-Marj on Monday.\n\n"
                + "On Tuesday, the family paid a ransom of 10,000 dollars for the release of a kidnapped doctor in Deir Ezzor.");
        Claim doctor = find(claims, 1, Outcome.CAPTURED);
        assertNull(doctor.parentId(), claims.toString());
        List<Claim> undated = read("Gunmen kidnapped 40 people from the village of al-Marj on Monday.\n\n"
                + "In Deir Ezzor, the family paid a ransom of 10,000 dollars for the release of a kidnapped doctor.");
        assertNull(find(undated, 1, Outcome.CAPTURED).parentId(), "one told with \"a\" is someone not told before");
    }

    /** A part "of them" keeps the side of its total, though its words call them former members. */
    @Test
    void aPartitivePartKeepsItsTotalsSide() {
        List<Claim> claims = read("The clashes killed 35 gunmen of the tribes, six of them former members of the "
                + "military council.");
        Claim six = find(claims, 6, Outcome.KILLED);
        assertEquals(id(claims, 35), six.parentId());
        assertEquals(find(claims, 35, Outcome.KILLED).group(), six.group());
    }

    /**
     * Rule "parenthesis-breakdown": a parenthesis after the first part of a new list ("and they are 200 villagers
     * (including ...)") breaks down that part; only parts joined by "and" or a comma are listed together.
     */
    @Test
    void aParenthesisAfterTheFirstPartOfANewListBreaksDownThatPart() {
        List<Claim> claims = read("Since the start of the year, the monitor has counted the death of 240 people in the valley, "
                + "of whom 150 died in raids and 90 died in floods, and they are 200 villagers (including 35 children and "
                + "20 women) and 40 guards of the dams.");
        assertEquals(id(claims, 200), parentOf(claims, 35));
        assertEquals(id(claims, 200), parentOf(claims, 20));
        assertEquals(id(claims, 240), parentOf(claims, 40));
    }
}
