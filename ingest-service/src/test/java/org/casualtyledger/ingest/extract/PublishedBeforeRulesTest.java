package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.ClaimFlag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Restatement rules of figures a report says were published before its own day. */
class PublishedBeforeRulesTest extends ExtractorTest {

    /** A Wednesday. */
    PublishedBeforeRulesTest() {
        super("r-published", LocalDate.of(2024, 6, 12));
    }

    /** Rule "earlier-publication": a publication dated before the report's day, or called earlier, is published before. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The monitor reported on Monday that 23 guards were killed at the dam.|23|true",
            "The monitor published on the 3rd of June that 24 farmers were killed by mines.|24|true",
            "In an earlier report, the monitor said that 26 fighters were killed in the hills.|26|true",
            "The monitor reported on Wednesday that 27 guards were killed at the dam.|27|false",
            "The monitor reported that 28 guards were killed at the dam on Monday.|28|false"})
    void aPublicationOfAnEarlierDayIsPublishedBefore(String text, long value, boolean before) {
        List<Claim> claims = read(text);
        Claim claim = claims.stream().filter(c -> c.count().value() == value).findFirst()
                .orElseThrow(() -> new AssertionError("no " + value + " in " + claims));
        assertEquals(before, claim.flags().contains(ClaimFlag.PUBLISHED_BEFORE), claims.toString());
    }

    /**
     * Rules "earlier-today-repeat" and "earlier-lower-toll": a figure published earlier the same day restates the
     * report's telling of it; an earlier count below the report's toll is published before, restating nothing.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Raiders killed 31 herders in the valley. The monitor published earlier today that 31 herders were killed in the valley.|true|false",
            "Raiders killed 31 herders in the valley. The monitor reported this morning that about 30 herders were killed.|true|false",
            "Raiders killed 31 herders in the valley. The monitor published earlier today that at least 18 herders were killed.|false|true",
            "Raiders killed 31 herders in the valley. The monitor published hours ago that 20 herders had been killed.|false|true"})
    void aSameDayPublicationRepeatsOnlyTheSameFigure(String text, boolean restates, boolean before) {
        List<Claim> claims = read(text);
        Claim earlier = claims.get(claims.size() - 1);
        assertEquals(restates, earlier.restates() != null, claims.toString());
        assertEquals(before, earlier.flags().contains(ClaimFlag.PUBLISHED_BEFORE), claims.toString());
    }

    /**
     * Rule "earlier-lower-toll" for exact numbers: "11 killed" published hours ago under an incident's toll risen to 12
     * is that toll told again by its earlier count; a figure under half the toll is another's, published before with
     * its parts; "nearly 12" is the same toll rounded. A small toll risen since ("7" under "9") is told again as well:
     * the rule that small numbers are repeated as told is for rounded figures, and both are exact.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The toll of the raid on the mill rose to 12 villagers after one of the wounded died. The monitor published hours ago that 11 villagers were killed in the raid, including 4 boys.|11|true",
            "The toll of the raid on the mill rose to 40 villagers after some of the wounded died. The monitor published hours ago that 11 villagers were killed in the raid, including 4 boys.|11|false",
            "The toll of the raid on the mill rose to 12 villagers after one of the wounded died. The monitor published hours ago that 12 villagers were killed in the raid, including 4 boys.|12|true",
            "The raid on the mill killed 12 villagers. The monitor published hours ago that nearly 11 villagers were killed in the raid.|11|true",
            "The monitor documented the death of 9 villagers in the raid on the mill today. The monitor published hours ago that 7 villagers were killed in the raid.|7|true",
            "The toll of the raid on the mill rose to 23 villagers. The monitor published hours ago that 19 villagers were killed in the raid.|19|true"})
    void anIncidentsEarlierLowerCountIsTheSameToll(String text, long value, boolean restates) {
        List<Claim> claims = read(text);
        Claim earlier = claims.stream().filter(c -> c.count().value() == value && c.flags().contains(ClaimFlag.PUBLISHED_BEFORE) != restates
                && c.evidence().start() > text.indexOf("published")).findFirst().orElseThrow(() -> new AssertionError(claims));
        assertEquals(restates, earlier.restates() != null, claims.toString());
        if (!restates) {
            Claim boys = claims.stream().filter(c -> c.count().value() == 4 && earlier.id().equals(c.parentId())).findFirst()
                    .orElseThrow(() -> new AssertionError(claims));
            assertEquals(true, boys.flags().contains(ClaimFlag.PUBLISHED_BEFORE), claims.toString());
        }
    }

    /**
     * Rule "own-news-clause": after what was published before, a clause of the monitor's own learning or documenting
     * tells this report's news; a plain ", and" still continues the earlier publication.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The monitor published yesterday that 31 guards were killed at the dam, and the monitor learned from its sources that raiders abducted 18 herders.|31|true",
            "The monitor published yesterday that 31 guards were killed at the dam, and the monitor learned from its sources that raiders abducted 18 herders.|18|false",
            "The monitor published yesterday that 31 guards were killed at the dam, while it documented the death of 7 farmers by mines.|7|false",
            "The monitor published yesterday that 31 guards were killed at the dam, and 9 others were wounded.|9|true"})
    void aClauseOfTheMonitorsOwnNewsIsNotPublishedBefore(String text, long value, boolean before) {
        List<Claim> claims = read(text);
        Claim claim = claims.stream().filter(c -> c.count().value() == value).findFirst()
                .orElseThrow(() -> new AssertionError("no " + value + " in " + claims));
        assertEquals(before, claim.flags().contains(ClaimFlag.PUBLISHED_BEFORE), claims.toString());
    }
}
