package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.ClaimFlag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When the monitor published a figure (annotation guide, `duplicate_of` and `restates_earlier`): "hours ago" and
 * "earlier today" are this day's telling, which restates the figure the text tells again, also after "had"; an
 * earlier day's time word before the reporting verb ("Yesterday, the monitor published that ...", rule
 * "fronted-publication") marks a figure published before, up to a clause of this day ("..., and today the toll rose
 * to 8"). The last figure of each text is the one looked at.
 */
class PublicationTimeRulesTest extends ExtractorTest {

    PublicationTimeRulesTest() {
        super("r-publication-time", LocalDate.of(2023, 6, 4));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Homs – SOHR: Gunmen ambushed a van near the mill, killing 14 guards. SOHR had published hours ago that 14 guards were killed in the ambush.|true|false",
            "Homs – SOHR: Gunmen ambushed a van near the mill, killing 14 guards. Earlier today, SOHR reported the death of 14 guards in the ambush.|true|false",
            "Homs – SOHR: Gunmen ambushed a van near the mill, killing 14 guards. SOHR reported earlier this morning that 14 guards were killed there.|true|false",
            "Homs – SOHR: Gunmen ambushed a van near the mill, killing 14 guards. Yesterday, SOHR published that 5 farmers were killed by a mine near the village.|false|true",
            "Homs – SOHR: Gunmen ambushed a van near the mill, killing 14 guards. Last week, SOHR reported that 5 farmers were killed by a mine.|false|true",
            "Homs – SOHR: Gunmen ambushed a van near the mill, killing 14 guards. SOHR previously reported that 5 farmers were killed by a mine.|false|true",
            // a clause of this day after the earlier publication is the report's own news
            "Homs – SOHR: SOHR published yesterday that 5 guards were killed at the mill, and today the toll rose to 8.|false|false",
            // yesterday's deaths told today are no earlier publication
            "Homs – SOHR: Gunmen ambushed a van near the mill, killing 14 guards. Yesterday, 5 farmers were killed by a mine, SOHR reported.|false|false"})
    void theTimeOfThePublicationDecidesRepeatOrEarlierFigure(String text, boolean restates, boolean publishedBefore) {
        List<Claim> claims = read(text);
        Claim last = claims.get(claims.size() - 1);
        assertEquals(restates, last.restates() != null, claims.toString());
        assertEquals(publishedBefore, last.flags().contains(ClaimFlag.PUBLISHED_BEFORE), claims.toString());
    }
}
