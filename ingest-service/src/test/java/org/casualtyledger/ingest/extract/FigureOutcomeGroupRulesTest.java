package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.assertNoClaim;
import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules of the figure, outcome and group stages: "outcome-head" over nouns of killings and abductions,
 * "own-verb-after", "another-opening-others", "another-is-new", "toll-of-group", "raised-losses", "shifted-object"
 * and "counted-participle": each figure found, with its own outcome and the group of the people it counts.
 */
class FigureOutcomeGroupRulesTest extends ExtractorTest {

    FigureOutcomeGroupRulesTest() {
        super("r-figure-outcome-group", LocalDate.of(2024, 9, 3));
    }

    /** Rule "outcome-head": "87 killings", "3 kidnappings": a noun of an outcome counts the people it befell. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The monitor recorded 87 killings in the province since January.|87|KILLED",
            "Gunmen carried out 14 murders in the city over the summer.|14|KILLED",
            "The camp saw 6 executions by the cells this month.|6|EXECUTED",
            "Police logged 3 kidnappings on the northern road.|3|CAPTURED"})
    void aNounOfAnOutcomeCountsThePeopleItBefell(String text, long value, Outcome outcome) {
        assertEquals("PEOPLE", find(read(text), value, outcome).group());
    }

    /**
     * Rule "own-verb-after": a figure right after a singular passive, with a verb of its own, leaves that passive its
     * one victim: "another was killed and four were wounded" is two claims.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A shepherd died in the blast, another was killed and four were wounded by shrapnel.|4|2",
            "A guard was shot dead and 5 were wounded at the gate.|5|1",
            "Gunmen killed a teacher and two were injured in the crossfire.|2|1"})
    void aFigureWithItsOwnVerbLeavesTheVerbBeforeItsOneVictim(String text, long injured, long killedOnes) {
        List<Claim> claims = read(text);
        find(claims, injured, Outcome.INJURED);
        assertEquals(killedOnes, claims.stream().filter(c -> c.count().value() == 1 && c.outcome() == Outcome.KILLED).count(),
                claims.toString());
    }

    /**
     * Rule "another-opening-others": a sentence opening on "another" goes on telling the people counted before it;
     * "another" and a figure naming nobody after it take their group, a figure naming its people keeps its own.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Two SDF fighters were killed by a mine near the dam. Another was killed and three were wounded by a sniper.|SDF|SDF",
            "Four regime soldiers died in the raid. Another was killed and two others were injured at the checkpoint.|SYRIAN_REGIME|SYRIAN_REGIME",
            "Two SDF fighters were killed by a mine. Another was killed and three civilians were wounded by a sniper.|SDF|CIVILIANS"})
    void anotherOpeningASentenceContinuesTheGroupCountedBefore(String text, String anotherGroup, String othersGroup) {
        List<Claim> claims = read(text);
        Claim another = claims.stream().filter(c -> c.count().value() == 1 && c.outcome() == Outcome.KILLED).findFirst()
                .orElseThrow(() -> new AssertionError(claims.toString()));
        assertEquals(anotherGroup, another.group());
        Claim others = claims.stream().filter(c -> c.outcome() == Outcome.INJURED).findFirst()
                .orElseThrow(() -> new AssertionError(claims.toString()));
        assertEquals(othersGroup, others.group());
        assertNull(others.parentId(), others.toString());
    }

    /**
     * Rule "toll-of-group": "the toll of X killed ... rose to N" counts the people X names; a toll of an event, or of
     * what a party owns, names nobody.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The toll of regime soldiers killed by cell attacks in the desert since the spring rose to 131.|131|SYRIAN_REGIME",
            "The death toll of ISIS members who died in the clashes has risen to 58.|58|ISIS",
            "A boy died of his wounds, raising the toll of civilians killed by mines this year to 41.|41|CIVILIANS",
            "The toll of the SDF offensive on the villages rose to 19.|19|PEOPLE",
            "The toll of the cells' raids since the summer rose to 27.|27|PEOPLE",
            "The toll of the car bomb in the market rose to 16.|16|PEOPLE"})
    void aTollCountsThePeopleItsComplementNames(String text, long value, String group) {
        assertEquals(group, find(read(text), value, Outcome.KILLED).group());
    }

    /**
     * Rule "raised-losses": "bringing their losses ... to N": a side's losses are its dead, of the side "their" refers
     * to.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Three regime soldiers were killed in an ambush, bringing their losses in the desert since the spring to 131.|131|SYRIAN_REGIME",
            "SDF fighters killed 6 ISIS members in the raid, bringing their losses since the start of the campaign to 88.|88|ISIS",
            "Two SDF fighters died on Monday, which brings their losses since 12 March 2023 to 1,207.|1207|SDF"})
    void aSidesLossesRaisedToAFigureAreItsDead(String text, long value, String group) {
        assertEquals(group, find(read(text), value, Outcome.KILLED).group());
    }

    /**
     * Rule "shifted-object": a phrase of time between an active verb and its object leaves the figure the verb's
     * object; a figure before that verb does not take it as its passive, and "the killing last week of N" is a noun.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "About 2,000 police took part in the sweep, and the police have detained since the start of the month 140 people at least.|140|CAPTURED|2000",
            "The army killed since 4 May 2023 at least 30 fighters in the hills.|30|KILLED|2023",
            "Militiamen abducted during the past week 12 young men in the town.|12|CAPTURED|0"})
    void aPhraseOfTimeBeforeTheObjectLeavesItTheVerbs(String text, long value, Outcome outcome, long notAClaim) {
        List<Claim> claims = read(text);
        find(claims, value, outcome);
        assertNoClaim(claims, notAClaim);
    }

    /** Rule "shifted-object" stays off a noun: the herders of an earlier killing are no object of "killing". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The raid was revenge for the killing last month of nine farmers by a militia.|9"})
    void aNounOfKillingTakesNoShiftedObject(String text, long value) {
        assertNoClaim(read(text), value);
    }

    /**
     * Rule "another-is-new": "another" as the subject of its verb is one more person, no part of the total told
     * before it in its sentence.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Militiamen detained 6 farmers near the mill, including a boy, while another has been detained at the bridge.",
            "Militiamen detained 6 farmers, among them 2 brothers, and another was detained at the bridge."})
    void anotherIsOneMorePersonNotAPart(String text) {
        List<Claim> claims = read(text);
        Claim total = find(claims, 6, Outcome.CAPTURED);
        Claim another = claims.get(claims.size() - 1);
        assertEquals(1, another.count().value(), claims.toString());
        assertNull(another.parentId(), another.toString());
        assertNull(another.restates(), another.toString());
        assertEquals(null, total.parentId());
    }

    /**
     * Rule "counted-participle": "scores of wounded" after a figure are people of their own amount; the participle
     * is no passive verb of the figure before them, which keeps the verb it shares.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The raid left 7 soldiers dead, in addition to a militia commander and dozens of wounded from both sides.|24",
            "The fighting killed 5 fighters, as well as a field officer and scores of injured on the two sides.|40"})
    void aParticipleCountedByAnAmountIsNoVerbOfTheFigureBefore(String text, long wounded) {
        List<Claim> claims = read(text);
        find(claims, wounded, Outcome.INJURED);
        assertEquals(Outcome.KILLED, find(claims, 1, Outcome.KILLED).outcome());
    }
}
