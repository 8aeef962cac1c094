package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Scope;
import org.junit.jupiter.api.Test;

/** Breakdown rules that attach a part told in a later sentence to the figure it names. */
class BreakdownParentRulesTest extends ExtractorTest {

    BreakdownParentRulesTest() {
        super("r-parts", LocalDate.of(2024, 6, 12));
    }

    /** Rule "of-named-part": "Of the 88 civilians, 31 were killed by mines" breaks down the 88 civilians. */
    @Test
    void ofTheNamedPeopleBreaksDownTheirFigure() {
        List<Claim> claims = read("The monitor documented the death of 140 people since the start of the year: 88 civilians "
                + "and 52 fighters. Of the 88 civilians, 31 were killed by mines and 9 died in the camps.");
        Claim civilians = find(claims, 88, Outcome.KILLED);
        Claim mines = find(claims, 31, Outcome.KILLED);
        assertEquals(civilians.id(), mines.parentId());
        assertEquals(civilians.id(), find(claims, 9, Outcome.KILLED).parentId());
        assertEquals(Scope.CUMULATIVE, mines.scope());
    }

    /** Rule "remaining-part": "the remaining 171" is the rest of the total whose part was told before, with its own list. */
    @Test
    void theRemainingFigureIsTheRestOfTheTotal() {
        List<Claim> claims = read("The monitor documented the death of 300 people in the province during May 2024, including "
                + "120 villagers, among whom are 30 children. The villagers' deaths are distributed as follows:\n"
                + "\u2022 70 villagers were killed by mines.\n\u2022 50 villagers died in the floods.\n"
                + "The remaining 180 were gunmen, distributed as follows:\n\u2022 100 raiders of the hills\n\u2022 80 guards of the depots\n");
        Claim total = find(claims, 300, Outcome.KILLED);
        Claim rest = find(claims, 180, Outcome.KILLED);
        assertEquals(total.id(), rest.parentId());
        assertEquals(Scope.CUMULATIVE, rest.scope());
        assertEquals(LocalDate.of(2024, 5, 1), rest.periodStart());
        assertEquals(rest.id(), find(claims, 100, Outcome.KILLED).parentId());
        assertEquals(rest.id(), find(claims, 80, Outcome.KILLED).parentId());
        List<Claim> inSentence = read("The clashes on Monday killed 40 people, including 12 villagers, while the remaining 28 were raiders.");
        assertEquals(find(inSentence, 40, Outcome.KILLED).id(), find(inSentence, 28, Outcome.KILLED).parentId());
    }

    /** Rule "fronted-place": a sentence set at another place by a fronted "In X," tells another incident, not a part. */
    @Test
    void aFrontedPlaceOpensAnotherIncident() {
        List<Claim> claims = read("Shelling on the market of the old town killed 14 people on Monday. The victims are 6 children "
                + "and 8 men. Meanwhile, in the hills of Kafr Basin, raiders killed 9 guards of the depots in an ambush. "
                + "In the valley of Tell Ahmar, a mine killed 5 people.");
        assertEquals(null, find(claims, 9, Outcome.KILLED).parentId(), "the guards died in another incident");
        assertEquals(null, find(claims, 5, Outcome.KILLED).parentId(), "so did the people of the valley");
        assertEquals(find(claims, 14, Outcome.KILLED).id(), find(claims, 8, Outcome.KILLED).parentId());
        List<Claim> roundup = read("The monitor documented the death of 20 people across the province on Monday. In the "
                + "hills of Kafr Basin, raiders killed 9 guards. In the valley of Tell Ahmar, a mine killed 5 people.");
        assertEquals(find(roundup, 20, Outcome.KILLED).id(), find(roundup, 5, Outcome.KILLED).parentId(),
                "the places of a roundup are its parts");
    }

    /** Rule "of-named-part": a number that is not the figure's own names other people. */
    @Test
    void anotherNumberNamesOtherPeople() {
        List<Claim> claims = read("The monitor documented the death of 140 people since the start of the year: 88 civilians "
                + "and 52 fighters. Of the 12 civilians, 3 were killed by mines.");
        assertNotEquals(find(claims, 88, Outcome.KILLED).id(), find(claims, 3, Outcome.KILLED).parentId());
    }

    /** Rule "bullet-breakdown" with the marks of list-marks.txt: a middle dot or a white bullet opens a list line. */
    @Test
    void otherBulletMarksOpenListLines() {
        List<Claim> claims = read("The monitor documented the death of 720 people since the start of the year, distributed as follows:\n"
                + "\u00b7 320 civilians, including:\n  \u25e6 90 children\n\u00b7 400 fighters");
        Claim total = find(claims, 720, Outcome.KILLED);
        Claim civilians = find(claims, 320, Outcome.KILLED);
        assertEquals(total.id(), civilians.parentId());
        assertEquals(civilians.id(), find(claims, 90, Outcome.KILLED).parentId());
        assertEquals(total.id(), find(claims, 400, Outcome.KILLED).parentId());
    }

    /** Rule "lettered-line": lettered lines and bullets written tight to their figure are list lines too. */
    @Test
    void letteredAndTightLinesBreakDownTheirTotal() {
        for (String[] marks : new String[][] {{"a. ", "b. ", "c. "}, {"A) ", "B) ", "C) "}, {"a- ", "b- ", "c- "}, {"-", "-", "-"}}) {
            List<Claim> claims = read("The monitor documented the death of 515 people since the start of the year, as follows:\n"
                    + marks[0] + "310 villagers, among them 72 children\n" + marks[1] + "180 gunmen\n" + marks[2] + "25 guards\n");
            Claim total = find(claims, 515, Outcome.KILLED);
            Claim villagers = find(claims, 310, Outcome.KILLED);
            assertEquals(total.id(), villagers.parentId(), marks[0]);
            assertEquals(villagers.id(), find(claims, 72, Outcome.KILLED).parentId(), marks[0]);
            assertEquals(total.id(), find(claims, 180, Outcome.KILLED).parentId(), marks[0]);
            assertEquals(total.id(), find(claims, 25, Outcome.KILLED).parentId(), marks[0]);
            assertEquals(Scope.CUMULATIVE, find(claims, 25, Outcome.KILLED).scope(), marks[0]);
            assertEquals(5, claims.size(), "a line's letter counts nobody: " + claims);
        }
    }

    /** Rule "of-them-sibling": parts told "of them" one after another are parts of the same figure. */
    @Test
    void partsOfThemAreSiblings() {
        List<Claim> claims = read("Shelling on the camp killed 46 refugees, 17 of them children and 11 of them women, on Sunday.");
        Claim refugees = find(claims, 46, Outcome.KILLED);
        assertEquals(refugees.id(), find(claims, 17, Outcome.KILLED).parentId());
        assertEquals(refugees.id(), find(claims, 11, Outcome.KILLED).parentId());
        List<Claim> nested = read("Shelling on the camp killed 46 refugees, among them 20 women, 9 of them elderly, on Sunday.");
        assertEquals(find(nested, 20, Outcome.KILLED).id(), find(nested, 9, Outcome.KILLED).parentId(),
                "a part of them after a part told otherwise breaks that part down");
    }

    /** Rule "of-them-opener": "of them" before a figure opens the parts of the figure before, as "of whom" does. */
    @Test
    void ofThemOpensTheParts() {
        List<Claim> claims = read("The monitor counted 74 dead in the valley in April, of them 19 herders and 8 teachers.");
        Claim dead = find(claims, 74, Outcome.KILLED);
        assertEquals(dead.id(), find(claims, 19, Outcome.KILLED).parentId());
        assertEquals(dead.id(), find(claims, 8, Outcome.KILLED).parentId());
    }

    /** Rule "dash-list": a dash standing apart after a total's clause opens its parts; a tight one opens nothing. */
    @Test
    void aDashStandingApartOpensTheParts() {
        List<Claim> claims = read("The monitor documented the death of 58 people in the valley in May \u2013 31 villagers, 20 guards and 7 drivers.");
        Claim total = find(claims, 58, Outcome.KILLED);
        for (long part : new long[] {31, 20, 7}) {
            assertEquals(total.id(), find(claims, part, Outcome.KILLED).parentId(), String.valueOf(part));
        }
    }

    /** Rule "among-the-victims": "Those killed include ..." breaks down the toll told before it. */
    @Test
    void thoseKilledIncludeParts() {
        List<Claim> claims = read("Shelling killed 44 people in the old town on Sunday. Those killed include 12 porters and 5 nurses.");
        Claim toll = find(claims, 44, Outcome.KILLED);
        assertEquals(toll.id(), find(claims, 12, Outcome.KILLED).parentId());
        assertEquals(toll.id(), find(claims, 5, Outcome.KILLED).parentId());
    }

    /**
     * Rule "among-the-victims": "They were" right before a number names the people of the toll before it, and "Among
     * the detainees" opens on the people arrested; "They were" before anything else opens nothing.
     */
    @Test
    void theyWereAndAmongTheDetaineesNameTheirParts() {
        List<Claim> claims = read("A landslide killed 23 people in the hills on Sunday. They were 15 miners and 8 drivers.");
        Claim toll = find(claims, 23, Outcome.KILLED);
        assertEquals(toll.id(), find(claims, 15, Outcome.KILLED).parentId());
        assertEquals(toll.id(), find(claims, 8, Outcome.KILLED).parentId());
        List<Claim> arrests = read("The guards arrested 37 people at the crossing on Sunday. Among the detainees are 9 porters.");
        assertEquals(find(arrests, 37, Outcome.CAPTURED).id(), find(arrests, 9, Outcome.CAPTURED).parentId());
        List<Claim> taken = read("A landslide killed 23 people in the hills on Sunday. They were buried on Monday, and 4 miners were hurt.");
        assertEquals(null, find(taken, 4, Outcome.INJURED).parentId());
    }

    /** Rule "among-the-dead": people told as among the dead or the victims met that outcome, a part of the toll before. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Shelling on the village killed 14 people. Six children were among the dead.|14|6",
            "The raid on the farm killed 9 shepherds. Two boys are also among the victims.|9|2",
            "A bomb in the square killed 23 people. Four policemen were among the dead, according to the monitor.|23|4"})
    void peopleAmongTheDeadArePartOfTheToll(String text, long toll, long part) {
        List<Claim> claims = read(text);
        Claim among = find(claims, part, Outcome.KILLED);
        assertEquals(find(claims, toll, Outcome.KILLED).id(), among.parentId());
    }

    /** Rule "among-the-dead" needs the copula: "found among the dead" or "hid among the dead" counts no victims. */
    @Test
    void amongTheDeadWithoutACopulaNamesNoVictims() {
        List<Claim> claims = read("Shelling on the village killed 14 people. Rescuers searched for 3 hours among the dead.");
        assertEquals(1, claims.size());
    }

    /** Rule "include-adverb": "The civilians also include 6 children" still breaks down the civilians told before. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "The flood killed 40 people, including 25 farmers. The farmers also include 6 boys.|25|6",
            "The raids killed 30 people. The victims also include 4 nurses.|30|4",
            "The raids killed 30 people in the camps. They further include 5 teachers.|30|5"})
    void anAdverbBeforeIncludeKeepsTheParts(String text, long whole, long part) {
        List<Claim> claims = read(text);
        assertEquals(find(claims, whole, Outcome.KILLED).id(), find(claims, part, Outcome.KILLED).parentId());
    }

    /** Rule "among-named-part" on "of the": "Of the civilians killed, 6 are children" breaks down the civilians. */
    @Test
    void ofTheNamedPeopleWithoutANumberBreaksThemDown() {
        List<Claim> claims = read("The storm killed 70 people, 31 of them fishermen. Of the fishermen killed, 9 were boys.");
        assertEquals(find(claims, 31, Outcome.KILLED).id(), find(claims, 9, Outcome.KILLED).parentId());
    }

    /** Rule "shifted-object" ends at a colon: the list after "killed since March:" breaks down the figure before. */
    @Test
    void aColonAfterThePeriodOpensTheParts() {
        List<Claim> claims = read("The monitor documented 800 people killed since March: 350 villagers and 450 gunmen.");
        Claim total = find(claims, 800, Outcome.KILLED);
        assertEquals(Scope.CUMULATIVE, total.scope());
        assertEquals(total.id(), find(claims, 350, Outcome.KILLED).parentId());
        assertEquals(total.id(), find(claims, 450, Outcome.KILLED).parentId());
    }

    /** Rule "listed-part": "of them" right after a listed figure breaks down that figure, not the toll opened on. */
    @Test
    void ofThemAfterAListedFigureBreaksItDown() {
        List<Claim> claims = read("The storm killed 90 people in the valley. They include 40 farmers, 12 of them women; 30 "
                + "herders; and 20 traders.");
        Claim toll = find(claims, 90, Outcome.KILLED);
        Claim farmers = find(claims, 40, Outcome.KILLED);
        assertEquals(toll.id(), farmers.parentId());
        assertEquals(farmers.id(), find(claims, 12, Outcome.KILLED).parentId());
        assertEquals(toll.id(), find(claims, 30, Outcome.KILLED).parentId());
    }

    /** Rule "relative-copula": after "70 of whom are children", ", and 200 fighters" is listed with the part's total. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "The raids killed 500 people, among them 300 villagers, 70 of whom are children, and 200 gunmen.",
            "The raids killed 500 people, among them 300 villagers, of whom 70 were children, and 200 gunmen."})
    void aFigureAfterARelativePartIsListedWithItsTotal(String text) {
        List<Claim> claims = read(text);
        Claim toll = find(claims, 500, Outcome.KILLED);
        assertEquals(find(claims, 300, Outcome.KILLED).id(), find(claims, 70, Outcome.KILLED).parentId());
        assertEquals(toll.id(), find(claims, 200, Outcome.KILLED).parentId());
    }

    /** Rule "among-the-victims": "Among the 15 people killed were 9 villagers" breaks down the toll it opens on. */
    @Test
    void amongTheTollOpenedOnBreaksItDown() {
        List<Claim> claims = read("Among the 15 people killed in the raid were 9 villagers and 6 guards.");
        Claim toll = find(claims, 15, Outcome.KILLED);
        assertEquals(toll.id(), find(claims, 9, Outcome.KILLED).parentId());
        assertEquals(toll.id(), find(claims, 6, Outcome.KILLED).parentId());
    }

    /** Rule "among-toll" coordinated: "Two women and a child among 6 villagers killed" makes both parts of the six. */
    @Test
    void coordinatedPartsAmongTheTollAreItsParts() {
        List<Claim> claims = read("Two women and a child among 6 villagers killed by shelling on the valley\n\n"
                + "Six villagers were killed today by shelling on the valley.");
        java.util.Set<String> tolls = new java.util.HashSet<>();
        claims.stream().filter(c -> c.count().value() == 6).forEach(c -> tolls.add(c.id()));
        assertEquals(2, tolls.size(), claims.toString());
        org.junit.jupiter.api.Assertions.assertTrue(tolls.contains(find(claims, 2, Outcome.KILLED).parentId()), claims.toString());
        org.junit.jupiter.api.Assertions.assertTrue(tolls.contains(find(claims, 1, Outcome.KILLED).parentId()), claims.toString());
    }

    /** Rule "added-figure": a figure right after "in addition to" is added to the toll told before, not a part of it. */
    @Test
    void aFigureInAdditionToATollIsNoPartOfIt() {
        List<Claim> claims = read("Since the start of the raids, the guards arrested 140 people accused of smuggling, among them "
                + "30 drivers, in addition to 12 women who ran the depots of the gang.");
        Claim total = find(claims, 140, Outcome.CAPTURED);
        assertEquals(total.id(), find(claims, 30, Outcome.CAPTURED).parentId());
        assertEquals(null, find(claims, 12, Outcome.CAPTURED).parentId());
    }

    /**
     * Rule "meanwhile-opening": a sentence opening on "Meanwhile" tells another event, no part of the toll before;
     * one that reports what a source said may tell the same event again, and is left to the other rules.
     */
    @Test
    void aMeanwhileSentenceTellsAnotherEvent() {
        List<Claim> claims = read("The guards arrested 17 drivers at the bridge on Monday on charges of smuggling. Meanwhile, "
                + "gunmen abducted a trader from the market of the old town and asked his family for a ransom.");
        assertEquals(null, find(claims, 1, Outcome.CAPTURED).parentId());
        List<Claim> reported = read("The guards arrested 17 drivers at the bridge on Monday on charges of smuggling. Meanwhile "
                + "the council of the town said the guards arrested 17 drivers at the bridge.");
        assertEquals(find(reported, 17, Outcome.CAPTURED).id(),
                reported.stream().filter(c -> c.count().value() == 17).skip(1).findFirst().orElseThrow().restates());
    }
}
