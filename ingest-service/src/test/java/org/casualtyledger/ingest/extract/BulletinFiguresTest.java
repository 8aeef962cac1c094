package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures, outcomes and groups as a conflict monitor's bulletin writes them: parties by their many names, members
 * whose party only the context gives, figures that share one verb, and numbers of things that count nobody.
 * Sentences written for this project.
 */
class BulletinFiguresTest extends ExtractorTest {

    BulletinFiguresTest() {
        super("r-bulletin-figures", LocalDate.of(2021, 5, 3));
    }

    private static Claim figure(List<Claim> claims, long value, Outcome outcome) {
        return claims.stream().filter(c -> c.count().value() == value && c.outcome() == outcome).findFirst()
                .orElseThrow(() -> new AssertionError("no " + value + " " + outcome + " in " + claims));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Four members of the People's Protection Units were wounded near the dam.|4|INJURED|SDF",
            "Five members of the Internal Security Forces were hurt in the blast.|5|INJURED|ASAYISH",
            "Nine fighters of Jabhat Fateh al-Sham were killed on the hill.|9|KILLED|HTS",
            "Seven members of the Fourth Division were killed at the crossing.|7|KILLED|SYRIAN_REGIME",
            "Two members of the Russian military police were injured on the highway.|2|INJURED|RUSSIAN_FORCES",
            "Six members of the Ankara-backed factions were killed in the village.|6|KILLED|TURKISH_BACKED_FACTIONS",
            "Eleven members of the opposition factions were killed on the front.|11|KILLED|FIGHTERS",
            "Three members of the militias loyal to the regime were killed in the desert.|3|KILLED|SYRIAN_REGIME",
            "Eight fighters affiliated with HTS were killed in the shelling.|8|KILLED|HTS",
            "Two Iranian officers were killed in the strike on the airport.|2|KILLED|SYRIAN_REGIME",
            "A commander in the SDF was killed by a roadside bomb.|1|KILLED|SDF",
            "Three paramedics were injured while they evacuated the wounded.|3|INJURED|CIVILIANS"})
    void partiesByTheirNames(String text, long value, String outcome, String group) {
        assertEquals(group, figure(read(text), value, Outcome.valueOf(outcome)).group());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Gunmen attacked a post of the regime forces near the lake, killing 6 members.|6|KILLED|SYRIAN_REGIME",
            "A mine went off under a car of the SDF on the road, wounding 3 fighters.|3|INJURED|SDF",
            "The HTS stormed the village, and the clashes killed 5 fighters.|5|KILLED|FIGHTERS",
            "Fighters of the Islamic State killed 12 members near the well.|12|KILLED|PEOPLE",
            "The clashes between the SDF and the factions killed 8 fighters.|8|KILLED|FIGHTERS"})
    void bareMembersTakeThePartyTheSentenceNames(String text, long value, String outcome, String group) {
        assertEquals(group, figure(read(text), value, Outcome.valueOf(outcome)).group());
    }

    @Test
    void otherMembersAreOfTheLastPartyWhoseMembersWereCounted() {
        List<Claim> claims = read("A drone struck a truck of the Asayish at the gate, killing 2 members, and wounding three other"
                + " members.");
        assertEquals("ASAYISH", figure(claims, 2, Outcome.KILLED).group());
        assertEquals("ASAYISH", figure(claims, 3, Outcome.INJURED).group());
    }

    @Test
    void anotherAndCompanionsAreOfThePeopleCountedBefore() {
        List<Claim> claims = read("A member of the Asayish was killed and another was wounded at the checkpoint.");
        assertEquals("ASAYISH", figure(claims, 1, Outcome.INJURED).group());
        List<Claim> companions = read("The drone killed a leader of HTS and three of his companions on the road.");
        assertEquals("HTS", figure(companions, 3, Outcome.KILLED).group());
    }

    @Test
    void figuresUnderOneVerbShareItAcrossTheirComplements() {
        List<Claim> claims = read("The battles killed 17 fighters of the rebel and Islamic factions and 9 members of the regime"
                + " forces at the airport.");
        assertEquals("FIGHTERS", figure(claims, 17, Outcome.KILLED).group());
        assertEquals("SYRIAN_REGIME", figure(claims, 9, Outcome.KILLED).group());
        List<Claim> longer = read("Also 41 members of the regime forces and loyal militias and 30 fighters of the factions were"
                + " killed in the same month.");
        assertEquals("SYRIAN_REGIME", figure(longer, 41, Outcome.KILLED).group());
        assertEquals("FIGHTERS", figure(longer, 30, Outcome.KILLED).group());
    }

    @Test
    void partsFromAPartyAndOneOfThem() {
        List<Claim> claims = read("The fighting left 23 dead, 15 of them from HTS and 8 from the regime forces.");
        Claim toll = figure(claims, 23, Outcome.KILLED);
        assertEquals("HTS", figure(claims, 15, Outcome.KILLED).group());
        assertEquals(toll.id(), figure(claims, 8, Outcome.KILLED).parentId());
        assertEquals("SYRIAN_REGIME", figure(claims, 8, Outcome.KILLED).group());
        List<Claim> one = read("Four civilians were killed in the market, one of them a woman.");
        assertEquals(2, one.size(), one.toString());
        assertEquals("WOMEN", figure(one, 1, Outcome.KILLED).subgroup());
    }

    @Test
    void aPartOfThoseAnOutcomeBefellTakesItsOutcome() {
        List<Claim> claims = read("The police detained 60 people in the raids, and 9 of the detained are wanted leaders.");
        Claim part = figure(claims, 9, Outcome.CAPTURED);
        assertEquals(figure(claims, 60, Outcome.CAPTURED).id(), part.parentId());
        List<Claim> died = read("Twelve people were wounded, and two of the wounded died in hospital.");
        assertNotNull(figure(died, 2, Outcome.KILLED));
    }

    @Test
    void bothSidesAreFightersUnlessCiviliansAreAmongThem() {
        assertEquals("FIGHTERS", figure(read("The battle left 30 dead and dozens of wounded from both sides."), 24,
                Outcome.INJURED).group());
        assertEquals("PEOPLE", figure(read("The battle caused the injury of 50 others from the two sides and among the"
                + " civilians."), 50, Outcome.INJURED).group());
    }

    @Test
    void peopleHeldForMembershipAreCountedAsItsMembers() {
        List<Claim> claims = read("The SDF arrested 40 people who are accused of belonging to ISIS, among them 6 women.");
        assertEquals("ISIS", figure(claims, 40, Outcome.CAPTURED).group());
        assertEquals("ISIS", figure(claims, 6, Outcome.CAPTURED).group());
        assertEquals("PEOPLE", figure(read("The SDF arrested 12 people accused of shelling the positions of ISIS."), 12,
                Outcome.CAPTURED).group());
    }

    @Test
    void aParenthesisAfterALongStatementBreaksItsTotalDown() {
        List<Claim> claims = read("It rose to 75 the number of people who were killed in the fighting for the town since the"
                + " 2nd of March (40 fighters of the factions and 35 members of the regime forces).");
        Claim total = figure(claims, 75, Outcome.KILLED);
        assertEquals(total.id(), figure(claims, 40, Outcome.KILLED).parentId());
        assertEquals(total.id(), figure(claims, 35, Outcome.KILLED).parentId());
    }

    @Test
    void aPartsOwnVerbAfterItsParenthesis() {
        List<Claim> claims = read("The number of people who have left the camp rose to 9,000, including 700 men (of whom 90 are"
                + " foreigners) who were arrested at the gate.");
        assertEquals(Outcome.DISPLACED, figure(claims, 9000, Outcome.DISPLACED).outcome());
        assertEquals(Outcome.CAPTURED, figure(claims, 700, Outcome.CAPTURED).outcome());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Nine civilians sustained serious injuries in the bombardment.|9|INJURED",
            "Four farmers suffered minor wounds from the shrapnel.|4|INJURED",
            "Three elderly men passed away in the cold of the camp.|3|KILLED",
            "The number of victims of the explosion reached 19.|19|KILLED",
            "About 800 people took refuge in the schools of the town.|800|DISPLACED",
            "Some 40 gunmen laid down their arms at the checkpoint.|40|SURRENDERED",
            "The security services rounded up 25 young men at the market.|25|CAPTURED",
            "The monitor documented 16 civilian deaths in the province.|16|KILLED",
            "About 2,000 displaced people arrived in the camps of the north.|2000|DISPLACED",
            "The gunmen released five kidnapped drivers after a ransom was paid.|5|CAPTURED",
            "The death toll of the raid on the market of the old city, which the regime controls, yesterday, Friday, rose to 21.|21|KILLED"})
    void outcomesOfMoreWords(String text, long value, String outcome) {
        assertEquals(Outcome.valueOf(outcome), figure(read(text), value, Outcome.valueOf(outcome)).outcome());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The raid seized 30 hand grenades and 4 rifles.",
            "The fighters captured 6 armoured vehicles near the bridge.",
            "The bombardment fell on a village in the hills."})
    void numbersOfThingsAreNoClaims(String text) {
        assertTrue(read(text).isEmpty(), read(text).toString());
    }

    @Test
    void aPhraseStoredWithAPossessiveMatchesTheTokenizedText() {
        PhraseTable<String> table = new PhraseTable<>();
        table.put("women's protection units", "SDF");
        List<Token> tokens = Tokenizer.tokenize("Women’s Protection Units");
        PhraseTable.Match<String> m = table.longestAt(tokens, 0, tokens.size());
        assertNotNull(m);
        assertEquals(tokens.size(), m.to());
        assertNull(table.longestAt(Tokenizer.tokenize("Women Protection Units"), 0, 3));
    }
}
