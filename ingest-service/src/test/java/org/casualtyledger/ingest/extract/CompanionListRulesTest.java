package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules "companion-list" and "companion-part" (people named beside counted kin, each one victim), and a victim read
 * at its own verb leaving the verb of a clause joined after it to that clause's person.
 */
class CompanionListRulesTest extends ExtractorTest {

    CompanionListRulesTest() {
        super("r-companion-list", LocalDate.of(2023, 5, 10));
    }

    /** Rule "companion-list": every person listed before "and their N children" is one more victim of the verb. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A farmer, his wife and their 3 children were killed when a shell hit their house near the well.|5",
            "A teacher, her husband, her mother and their two sons were killed in the shelling on the village.|5",
            "A woman and her 4 children were killed by the shelling on the town.|5",
            "The strike killed a baker, his wife and their three daughters in their shop.|5"})
    void everyPersonListedBeforeCountedKinIsOneVictim(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED), read(text).toString());
    }

    /** Rule "companion-list" in a headline: the headline drops the article of the first person. */
    @Test
    void aHeadlineListsThePersonWithoutAnArticle() {
        String text = "Woman and her 3 children killed in airstrike on Ariha\n\nIdlib province – The Syrian Observatory for "
                + "Human Rights: warplanes struck a house in the town of Ariha at dawn.";
        List<Claim> claims = read(text);
        find(claims, 3, Outcome.KILLED);
        assertEquals(2, claims.stream().filter(c -> c.outcome() == Outcome.KILLED).count(), claims.toString());
    }

    /** A list without a possessive before the counted kin names no companions. */
    @Test
    void aListWithoutKinAddsNobody() {
        assertEquals(3, toll("Gunmen, raiders and 3 thieves were seen near the market, and 3 guards were killed.",
                Outcome.KILLED));
    }

    /** Rule "companion-part": the companion of a one-person part of a toll is a part of the same toll. */
    @Test
    void theCompanionOfAPartIsAPartOfTheSameToll() {
        List<Claim> claims = read("Eleven people were killed in the shelling on the town, including a woman and her son.");
        Claim total = find(claims, 11, Outcome.KILLED);
        List<Claim> parts = claims.stream().filter(c -> total.id().equals(c.parentId())).toList();
        assertEquals(2, parts.size(), claims.toString());
    }

    /**
     * A victim read at its verb in a headline ("Young man killed") leaves the verb of the clause joined after it to
     * the person of that clause.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Young man killed and child injured in shelling on Ariha",
            "Shepherd killed and another injured by a landmine in the desert"})
    void aClauseJoinedAfterAVictimsVerbHasItsOwnVictim(String headline) {
        List<Claim> claims = read(headline + "\n\nHama province – The Syrian Observatory for Human Rights: shells fell on "
                + "the area at dawn.");
        assertNotNull(find(claims, 1, Outcome.KILLED));
        assertNotNull(find(claims, 1, Outcome.INJURED));
    }

    /** Rule "possessors-party": the people "of his" beside a person of a party are of that party; a civilian names none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a field commander of HTS and 6 of his fighters were killed in the battles near the hill.|6|HTS",
            "a commander of the SDF and 4 of his companions were killed by a drone near the dam.|4|SDF",
            "a farmer and 3 of his sons were killed by the shelling near the well.|3|PEOPLE"})
    void thePeopleOfAPersonOfAPartyAreOfThatParty(String text, long value, String group) {
        assertEquals(group, find(read("Aleppo province – The Syrian Observatory for Human Rights: " + text), value,
                Outcome.KILLED).group());
    }

    /** Rule "one-victim-pair" in a headline, which drops the auxiliary: each coordinated singular is one victim. */
    @Test
    void aHeadlinePairWithoutAuxiliaryIsTwoVictims() {
        List<Claim> claims = read("A child and a woman killed in airstrikes on Ariha\n\nIdlib province – The Syrian "
                + "Observatory for Human Rights: warplanes struck the town at dawn.");
        assertEquals(2, claims.stream().filter(c -> c.outcome() == Outcome.KILLED && c.count().value() == 1).count(),
                claims.toString());
    }

    /** Rule "headline-participle": one person opening a headline takes the participle of the people joined to them. */
    @Test
    void onePersonOpeningAHeadlineTakesItsParticiple() {
        List<Claim> claims = read("A regime officer and 3 soldiers killed in ambush in the desert\n\nHoms province – The "
                + "Syrian Observatory for Human Rights: the cells attacked a post at dawn.");
        find(claims, 3, Outcome.KILLED);
        assertEquals("SYRIAN_REGIME", find(claims, 1, Outcome.KILLED).group());
    }
}
