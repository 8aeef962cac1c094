package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.assertNoClaim;
import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules of the figure, group and breakdown stages for tolls told as a total reached ("rising-losses",
 * "number-of-group", "rising-toll-far", "toll-rise-part") and for people counted through kin words and bodies
 * ("coordinated-object" after an outcome noun, "victims-are", "companion-part", "one-victim-pair" in a list item,
 * "gapped-conjunct", "own-outcome-total"), and figures that count no victims ("events-with-victims",
 * "released-figure").
 */
class KinAndRisingTollRulesTest extends ExtractorTest {

    KinAndRisingTollRulesTest() {
        super("r-kin-rising-toll", LocalDate.of(2024, 10, 8));
    }

    /** Rule "rising-losses": casualties, fatalities or deaths "among" or "of" a party that rose to N are its dead. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Casualties among the villagers of the valley reached 27 by the evening.|27|CIVILIANS",
            "The fatalities among the SDF in the battle for the dam climbed to 8.|8|SDF",
            "Deaths among civilians in the besieged quarter rose to 15 on Sunday.|15|CIVILIANS",
            "The fatalities of the regime forces in the mountains reached 19.|19|SYRIAN_REGIME"})
    void aTollAmongAPartyThatRoseCountsItsDead(String text, long value, String group) {
        Claim toll = find(read(text), value, Outcome.KILLED);
        assertEquals(group, toll.group(), toll.toString());
    }

    /** Rule "toll-of-group": a word of allegiance closes the party a toll counts. */
    @Test
    void theLossesOfAPartyAndItsLoyalMilitiasAreItsDead() {
        Claim toll = find(read("The losses of the regime forces and the militias loyal to them on the hills rose to 23."), 23,
                Outcome.KILLED);
        assertEquals("SYRIAN_REGIME", toll.group());
    }

    /** Rule "number-of-group": an outcome participle before the people counted is read past. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The number of injured civilians in the market blast rose to 31.|31|INJURED|CIVILIANS",
            "The number of detained women in the camp reached 12.|12|CAPTURED|CIVILIANS",
            "The number of wounded SDF fighters at the base rose to 9.|9|INJURED|SDF"})
    void theNumberOfHurtPeopleCountsThePeopleNamed(String text, long value, Outcome outcome, String group) {
        assertEquals(group, find(read(text), value, outcome).group());
    }

    /** Rule "rising-number" read as far as a toll: a long subject of "the number of people killed ... rose to". */
    @Test
    void theNumberOfPeopleKilledIsReadPastALongSubject() {
        List<Claim> claims = read("The number of people who were killed this morning in the strikes carried out by warplanes on "
                + "the quarters of Bab Sharqi, al-Qusour, Bab Touma and al-Amin in the old part of the town rose to 37, of whom "
                + "11 children.");
        Claim toll = find(claims, 37, Outcome.KILLED);
        assertEquals(toll.id(), find(claims, 11, Outcome.KILLED).parentId());
    }

    /** Rule "coordinated-object" after an outcome noun: the kin after the first person share the noun's outcome. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Rescuers pulled the bodies of a father and his 4 daughters from the ruins of the mill.|4|2",
            "The monitor documented the death of a farmer and his 2 sons in the orchard.|2|2",
            "The bodies of a shepherd and 3 boys were found in the valley.|3|2"})
    void kinAfterThePersonOfAnOutcomeNounAreCounted(String text, long kin, int claims) {
        List<Claim> read = read(text);
        find(read, kin, Outcome.KILLED);
        assertEquals(1, read.stream().filter(c -> c.count().value() == 1).count(), read.toString());
        assertEquals(claims, read.size(), read.toString());
    }

    /** Rules "victims-are" and "companion-part": the dead named after a toll, kin and counted people alike, are its parts. */
    @Test
    void theDeadNamedAfterATollAreItsParts() {
        List<Claim> claims = read("Masked men opened fire on a minibus near the bridge, killing 5 people; the dead were a nurse, "
                + "her son and 3 farmers from the village.");
        Claim toll = find(claims, 5, Outcome.KILLED);
        find(claims, 3, Outcome.KILLED);
        List<Claim> parts = claims.stream().filter(c -> toll.id().equals(c.parentId())).toList();
        assertEquals(3, parts.size(), claims.toString());
    }

    /** Rule "one-victim-pair" in a list item: a bulleted line drops the auxiliary as a headline does. */
    @Test
    void aListItemOfTwoPeopleCountsBoth() {
        List<Claim> claims = read("The monitor documented the death of 4 people on Monday:\n"
                + "• A farmer and his wife killed by a shell on their field near the river.\n"
                + "• 2 guards shot dead at the gate of the mill.");
        assertEquals(2, claims.stream().filter(c -> c.count().value() == 1 && c.outcome() == Outcome.KILLED).count(),
                claims.toString());
    }

    /** Rule "gapped-conjunct": a figure after "and" with its verb left out shares the outcome of the figure before it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Three shepherds were killed in the hills of the north, and two others in the plain.|2",
            "Four farmers killed in the orchards, and 2 children by a shell in the village|2",
            "Raiders killed 6 guards at the depot and 3 drivers on the road.|3"})
    void aFigureWithItsVerbLeftOutSharesTheOutcome(String text, long second) {
        find(read(text), second, Outcome.KILLED);
    }

    /** Rule "own-outcome-total": a later part with its own outcome belongs to the latest total of that outcome. */
    @Test
    void aLaterPartBelongsToTheTotalOfItsOwnOutcome() {
        List<Claim> claims = read("Shelling on the market killed 8 villagers on Friday, while 17 others were wounded. The victims "
                + "include a baker and his two daughters, who were killed when a shell hit the bakery.");
        Claim killed = find(claims, 8, Outcome.KILLED);
        assertEquals(killed.id(), find(claims, 2, Outcome.KILLED).parentId());
    }

    /** Rule "toll-rise-part": a death of wounds that the toll rose "after" is a part of the toll. */
    @Test
    void aDeathOfWoundsThatRaisedTheTollIsItsPart() {
        List<Claim> claims = read("The death toll among the villagers has risen to 7, including 2 children, after an old man "
                + "died of his wounds.");
        Claim toll = find(claims, 7, Outcome.KILLED);
        Claim oldMan = claims.stream().filter(c -> c.count().value() == 1).findFirst()
                .orElseThrow(() -> new AssertionError(claims.toString()));
        assertEquals(toll.id(), oldMan.parentId());
    }

    /** Rules "events-with-victims" and "released-figure": events and people set free are no victims. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The monitor counted 17 assassinations in the south in June, which claimed the lives of 21 people.|17|21",
            "The police detained 50 men in the raid, and 44 of those detained were released the next day.|44|50"})
    void eventsAndReleasedPeopleAreNoVictims(String text, long notAClaim, long claim) {
        List<Claim> claims = read(text);
        assertNoClaim(claims, notAClaim);
        assertNull(claims.stream().filter(c -> c.count().value() == claim).findFirst().orElseThrow().parentId());
    }

    /** "civilian casualties" are civilians. */
    @Test
    void civilianCasualtiesAreCivilians() {
        assertEquals("CIVILIANS", find(read("The raids went on, bringing the toll of civilian casualties to 44."), 44,
                Outcome.KILLED).group());
    }

    /** "still receiving treatment for their wounds" tells the injured. */
    @Test
    void peopleReceivingTreatmentForWoundsAreInjured() {
        assertEquals("SECURITY_FORCES", find(read("The toll among the guards climbed to 6, while 4 others are still receiving "
                + "treatment for their injuries."), 4, Outcome.INJURED).group());
    }
}
