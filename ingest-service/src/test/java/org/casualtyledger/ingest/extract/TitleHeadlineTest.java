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

/** A title run into the text without a line break. Sentences written for this project. */
class TitleHeadlineTest extends ExtractorTest {

    TitleHeadlineTest() {
        super("r-title", LocalDate.of(2015, 5, 4));
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
