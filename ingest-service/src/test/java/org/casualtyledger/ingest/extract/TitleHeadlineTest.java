package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;

/** A title run into the text without a line break. Sentences written for this project. */
class TitleHeadlineTest extends ExtractorTest {

    TitleHeadlineTest() {
        super("r-title", LocalDate.of(2015, 5, 4));
    }

    /**
     * A headline drops the article: its one victim takes the group its noun names (one-victim-object-group), and
     * "others" after it are more of that victim's people (others-of-one).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Gunmen kill shepherd and abduct 2 others near the dam|2|CAPTURED",
            "Child killed, 3 others injured in blast at the market|3|INJURED"})
    void othersAfterTheOneVictimOfAHeadlineAreOfItsGroup(String headline, long value, Outcome outcome) {
        List<Claim> claims = read(headline + "\n\nThe monitor gave no further details.");
        assertEquals("CIVILIANS", claims.stream().filter(c -> c.count().value() == 1).findFirst()
                .orElseThrow(() -> new AssertionError(claims.toString())).group());
        assertEquals("CIVILIANS", ClaimExtractorTest.find(claims, value, outcome).group());
    }

    @Test
    void aTitleRestatesAnEqualBodyFigureOfMorePeople() {
        List<Claim> claims = read("Sun 3 May 2015 40 Fighters Killed in Mountain Raid. Army units killed 40 more fighters "
                + "in the mountains on Sunday, a source said.");
        Claim title = claims.get(0);
        assertEquals(TitleHeadline.RULE_PREFIX + "passive-verb", title.rule());
        assertEquals(claims.get(1).id(), title.restates());
        assertNull(claims.get(1).restates());
    }

    @Test
    void aTitleWithADifferentFigureStandsBesideTheBody() {
        List<Claim> claims = read("Sun 3 May 2015 At Least 30 Villagers Killed in Shelling. The shelling left 33 "
                + "villagers dead, medics said.");
        assertNull(find(claims, 30, Outcome.KILLED).restates());
    }

    @Test
    void aLowerCaseVerbInsideASentenceIsNoTitle() {
        List<Claim> claims = read("The report says 12 guards were killed, quoting the ministry. Later 12 other guards were "
                + "killed at the port.");
        assertNull(claims.get(0).restates());
        assertNull(claims.get(1).restates());
        assertEquals("passive-verb", claims.get(0).rule());
    }

    @Test
    void aYearBeforeASingularNounIsNoCount() {
        List<Claim> claims = read("Mon 4 May 2015 Child Killed 12 People Injured in Shelling on the Old Town.");
        ClaimExtractorTest.assertNoClaim(claims, 2015);
        assertNotNull(find(claims, 12, Outcome.INJURED));
    }
}
