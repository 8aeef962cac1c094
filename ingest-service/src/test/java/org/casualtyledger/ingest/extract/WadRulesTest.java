package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Qualifier;
import org.casualtyledger.claim.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Small rules for short incident descriptions, one test per rule. Sentences written for this project. */
class WadRulesTest extends ExtractorTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2019, 3, 9);

    WadRulesTest() {
        super("r-wad-rules", PUBLISHED);
    }

    private static Claim withRule(List<Claim> claims, String rule) {
        return claims.stream().filter(c -> c.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim of rule " + rule + " in " + claims));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Raiders hacked four herders to death near the river.|4",
            "Villagers stoned two thieves to death, witnesses said.|2",
            "Attackers burned three families' elders to death overnight.|0"})
    void splitToDeath(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
        if (killed > 0) {
            assertEquals(killed, withRule(read(text), "split-to-death").count().value());
        }
    }

    @Test
    void aQualifierBeforeAnotherStillQualifiesTheFigure() {
        List<Claim> claims = read("A shell killed two farmers and wounded at least another 11 in the field.");
        Claim injured = claims.stream().filter(x -> x.outcome() == Outcome.INJURED).findFirst().orElseThrow();
        assertEquals(11, injured.count().value());
        assertEquals(Qualifier.AT_LEAST, injured.count().qualifier());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Soldiers shot dead three youths and wounded another Sunday, residents said.|1",
            "The gang killed five and injured another.|1",
            "Bandits shot two drivers and wounded another overnight on the highway.|1",
            "Bandits shot two drivers and wounded another two on the highway.|2"})
    void loneAnotherNextToAFigure(String text, long injured) {
        assertEquals(injured, toll(text, Outcome.INJURED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A cousin of the headman was critically wounded in the ambush.|1",
            "The village teacher was fatally shot on Monday.|1",
            "The convoy was badly damaged in the ambush.|0"})
    void mannerAdverbInASingularPassive(String text, long harmed) {
        assertEquals(harmed, toll(text, Outcome.INJURED) + toll(text, Outcome.KILLED));
    }

    @Test
    void aFigureAfterAFiniteVerbAndAndStartsItsOwnClause() {
        String text = "Four bodies were recovered and four others were injured in the clashes.";
        assertEquals(4, toll(text, Outcome.INJURED));
    }

    @Test
    void recentYearsMakeARunningTotal() {
        List<Claim> claims = read("Two guards were killed at the mine, where raids have left dozens dead in recent years.");
        assertEquals(2, toll("Two guards were killed at the mine, where raids have left dozens dead in recent years.", Outcome.KILLED));
        assertTrue(claims.stream().anyMatch(c -> c.count().value() == 24 && c.scope() == Scope.CUMULATIVE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The clerk of the water board and a night guard have been killed in the town.|2",
            "Jane Roe and her nephew, Tom Roe, were shot dead outside the shop.|2",
            "A nurse, a porter and a cook were wounded in the blast.|3",
            "Soldiers and police were killed in the ambush.|0"})
    void twoSingularSubjectsOfAPluralPassive(String text, long victims) {
        assertEquals(victims, toll(text, Outcome.KILLED) + toll(text, Outcome.INJURED));
    }

    @Test
    void aConjunctCountedByAnotherRuleIsNotCountedTwice() {
        assertEquals(2, toll("Raiders killed a village elder and an imam near the well.", Outcome.KILLED));
    }

    @Test
    void aPersonFirstInAListKeepsAPassiveWithAnAdverb() {
        assertEquals(6, toll("A driver, two nurses and three porters were also killed on the road.", Outcome.KILLED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Five gunmen stormed the hall; three of them may have been killed by the guards.|0",
            "Nine fighters could be trapped in the tunnel.|0",
            "Nine fighters were killed in the tunnel in May.|9"})
    void modalPassive(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The judge was shot dead by four gunmen outside his house.|1",
            "Two guards were killed by three gunmen at the gate.|2"})
    void agentAfterBy(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Nine people, four guards and five drivers, were killed at the depot.|9",
            "Nine people, four guards and three drivers were killed at the depot.|16"})
    void appositiveBreakdown(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A village head and four other persons were killed in the raid.|5",
            "Six workers from a bakery and two other people were found dead.|8"})
    void oneAndOthers(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    @Test
    void aNameAfterACommaIsTheSamePerson() {
        assertEquals(2, toll("The headman of the valley, Chief John Doe and his wife were killed and their huts burned.", Outcome.KILLED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The shopkeeper was fatally stabbed behind his counter.|1",
            "Three herders were mortally wounded at the well.|3",
            "Masked men killed lawyer Omar el-Tayeb outside the court.|1"})
    void fatalWoundsAndArabicNames(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Bandits abducted 30 travellers and killed 4 of the travellers.|4|0",
            "Three of the guards were wounded, one of whom later died in hospital.|1|3",
            "Ten villagers were killed, including 4 of the elders.|10|0"})
    void aPartWithAnOutcomeOfItsOwn(String text, long killed, long injured) {
        assertEquals(killed, toll(text, Outcome.KILLED));
        assertEquals(injured, toll(text, Outcome.INJURED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "At least five porters (excluding a foreman) have been killed at the quarry.|5",
            "Seven herders, not including two boys, were killed near the well.|7",
            "Apart from two drivers, four traders were killed on the road.|4"})
    void excludedFigure(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    @Test
    void properNameModifier() {
        List<Claim> claims = read("Witnesses say two army soldiers and five Holy Mount Zion church members died in the clashes.");
        assertEquals("SECURITY_FORCES", ClaimExtractorTest.find(claims, 2, Outcome.KILLED).group());
        assertEquals("PEOPLE", ClaimExtractorTest.find(claims, 5, Outcome.KILLED).group());
    }
}
