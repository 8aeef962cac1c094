package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A news article's background: the war's toll is a running total; a headline repeats the body in other words. */
class BackgroundTollTest extends ExtractorTest {

    BackgroundTollTest() {
        super("r-background", LocalDate.of(2016, 2, 11));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The fighting claimed more than 250,000 lives.|250000",
            "An estimated 180,000 people died in the conflict.|180000",
            "Bombing killed at least 45,000 civilians in the province.|45000"})
    void aWarScaleTollIsARunningTotalInAnyTense(String sentence, long value) {
        assertEquals(Scope.CUMULATIVE, find(read(sentence), value, Outcome.KILLED).scope());
    }

    @Test
    void anIncidentTollBelowWarScaleStaysAnIncident() {
        assertEquals(Scope.INCIDENT, find(read("The blast killed 45 civilians in the market."), 45, Outcome.KILLED).scope());
    }

    @Test
    void anAttackThatHadKilledTellsItsOwnToll() {
        assertEquals(Scope.INCIDENT, find(read("An aid worker said the attack in which gas was used had killed 75 people."),
                75, Outcome.KILLED).scope());
        assertEquals(Scope.CUMULATIVE, find(read("The militia had killed 75 people in the valley."), 75, Outcome.KILLED).scope());
    }

    @Test
    void warCrimesNameNoWar() {
        Claim c = find(read("At least 23 villagers have been killed in air strikes on the town as ministers spoke of war "
                + "crimes."), 23, Outcome.KILLED);
        assertEquals(Scope.INCIDENT, c.scope());
    }

    @Test
    void aHeadlineNamingThePartyRestatesABodyThatSaysFighters() {
        List<Claim> claims = read("Army kills 40 ISIS fighters near the dam\n\nThe army said it killed 40 militants near "
                + "the dam on Monday.");
        Claim headline = claims.get(0);
        assertEquals("ISIS", headline.group());
        assertEquals(claims.get(1).id(), headline.restates());
    }

    @Test
    void aHeadlineAboutCiviliansDoesNotRestateFighters() {
        List<Claim> claims = read("Strike kills 40 civilians near the dam\n\nThe army said it killed 40 militants near "
                + "the dam on Monday.");
        assertEquals(null, claims.get(0).restates());
    }

    @Test
    void aYearBeforeAnArticleIsNoCount() {
        List<Claim> claims = read("In 2014 the rebel commander was killed in an ambush.");
        ClaimExtractorTest.assertNoClaim(claims, 2014);
        assertEquals(1, find(claims, 1, Outcome.KILLED).count().value());
    }
}
