package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.ClaimFlag;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.api.Test;

/** Restatement rules of a bulletin's headline: which telling of the body the headline's figure repeats. */
class HeadlineRestatementRulesTest extends ExtractorTest {

    HeadlineRestatementRulesTest() {
        super("r-headline", LocalDate.of(2024, 3, 9));
    }

    /**
     * Rule "headline-own-telling": the body's toll and an earlier publication both lie near the headline's figure;
     * the headline repeats the body's own telling, and the earlier publication stays apart.
     */
    @Test
    void theHeadlineRestatesTheBodyNotAnEarlierPublication() {
        List<Claim> claims = read("Over 60 dead in the siege of the citadel\n\n"
                + "The toll of the siege of the old citadel rose to 64 on Friday, the monitor said.\n\n"
                + "The monitor had reported this morning that 61 people had died in the siege.");
        Claim headline = find(claims, 60, Outcome.KILLED);
        Claim body = find(claims, 64, Outcome.KILLED);
        Claim earlier = find(claims, 61, Outcome.KILLED);
        assertEquals(body.id(), headline.restates());
        assertTrue(earlier.flags().contains(ClaimFlag.PUBLISHED_BEFORE));
        assertNull(earlier.restates());
    }

    /**
     * Rule "headline-period-total": the headline's running total names no party, or another one, than the body's; the
     * same period and the same figure make it the body's total told again.
     */
    @Test
    void theHeadlineRunningTotalRestatesTheBodyTotalOfItsPeriod() {
        List<Claim> claims = read("Gunmen kill 3 guards, and the toll of raids since the start of the year rises to 57\n\n"
                + "Gunmen killed three guards of the grain silos near the river on Friday.\n\n"
                + "The number of people killed in raids on the silos since the start of 2024 has risen to 57.");
        List<Claim> totals = claims.stream().filter(c -> c.count().value() == 57).toList();
        assertEquals(2, totals.size(), claims.toString());
        assertEquals(totals.get(1).id(), totals.get(0).restates());
        assertEquals(LocalDate.of(2024, 1, 1), totals.get(0).periodStart());
    }

    /** Rule "people-headline": captives named by their capture in the headline are the body's fighters captured before. */
    @Test
    void captivesOfTheHeadlineAreTheBodysFighters() {
        List<Claim> claims = read("Raiders execute 5 captives near the river\n\n"
                + "The raiders executed 5 fighters of the border force whom they had captured near the river.");
        Claim headline = claims.stream().filter(c -> c.restates() != null).findFirst().orElseThrow(() -> new AssertionError(claims));
        assertEquals(5, headline.count().value());
        assertEquals(2, claims.size());
    }

    /** Rule "sentence-final-participle": a participle ending the headline takes no object from the next line. */
    @Test
    void aParticipleEndingTheHeadlineKeepsItsFigure() {
        List<Claim> claims = read("5 herders killed in the valley, and nearly 9,000 people displaced\n\n"
                + "The number of people displaced from the valley since the start of the raids has risen to about 8,900.");
        Claim headline = find(claims, 9_000, Outcome.DISPLACED);
        assertEquals(find(claims, 8_900, Outcome.DISPLACED).id(), headline.restates());
    }

    /** Rule "headline-raised-number": the headline's "bringing toll since start of year to 9" is the body's total. */
    @Test
    void aHeadlineRaisesItsTollWithoutTheArticle() {
        List<Claim> claims = read("Raiders kill shepherd near the well, bringing toll since start of year to 9\n\n"
                + "Raiders shot dead a shepherd near the well, bringing to 9 the number of shepherds killed since the beginning of 2024.");
        List<Claim> nines = claims.stream().filter(c -> c.count().value() == 9).toList();
        assertEquals(2, nines.size(), claims.toString());
        assertEquals(nines.get(1).id(), nines.get(0).restates());
    }

    /** Rule "headline-sum": a headline figure that is the sum of body figures told one after another restates them. */
    @Test
    void aHeadlineSummingTheBodyRestatesIt() {
        List<Claim> claims = read("Nine guards killed in two raids on the border posts\n\n"
                + "Five guards were killed when gunmen stormed the northern post on Friday, while four others were killed in an "
                + "ambush on the road to the southern post.");
        Claim headline = find(claims, 9, Outcome.KILLED);
        assertEquals(find(claims, 5, Outcome.KILLED).id(), headline.restates());
        assertNull(find(claims, 4, Outcome.KILLED).restates());
    }

    /** Rule "headline-sum": "about" lets the sum lie near the headline's number; figures of other people add nothing. */
    @Test
    void anApproximateHeadlineSumsNearItsNumber() {
        List<Claim> claims = read("About 30 villagers killed in shelling on the valley\n\n"
                + "The monitor documented the death of 16 villagers in shelling on the upper village, and 13 villagers were killed "
                + "in shelling on the lower village.");
        assertEquals(find(claims, 16, Outcome.KILLED).id(), find(claims, 30, Outcome.KILLED).restates());
    }

    /** Rule "headline-sum": an exact headline that the body's figures do not add up to restates none of them. */
    @Test
    void anExactHeadlineNeedsAnExactSum() {
        List<Claim> claims = read("Ten guards killed in two raids on the border posts\n\n"
                + "Five guards were killed when gunmen stormed the northern post on Friday, while four others were killed in an "
                + "ambush on the road to the southern post.");
        assertNull(find(claims, 10, Outcome.KILLED).restates());
    }
}
