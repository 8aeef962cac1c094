package org.casualtyledger.tally.corrections;

/**
 * SQL that tells whether an answer stands on a corrected claim, for the readers of claims, events, tallies and series.
 * The writer marks the claims it files in a corrected reading ({@code claim.corrected}: exactly the claims with an
 * active correction) and the events built on them ({@code event.corrected}), so that readers find them from the
 * marked rows (partial indexes) rather than from every correction's claim and event.
 */
public final class Corrected {
    /** The claim ids with an active correction. */
    public static final String CLAIM_IDS = "(SELECT x.claim_id FROM claim_correction x WHERE x.state = 'ACTIVE')";

    /** The events a split or join was made on, named by the correction (not by a claim of the event). */
    public static final String NAMED_EVENT_IDS = "(SELECT x.event_id FROM claim_correction x "
            + "WHERE x.state = 'ACTIVE' AND x.event_id IS NOT NULL)";

    /** For a row of {@code event}: a claim of it is corrected, or a split or join was made on it. */
    public static final String EVENT = "(event.corrected OR event.id IN " + NAMED_EVENT_IDS + ")";

    /** The corrected claims of running totals: their series and publication dates. */
    public static final String SERIES_CLAIMS = "SELECT c.series_id, c.published_at FROM claim c "
            + "WHERE c.corrected AND c.series_id IS NOT NULL";

    private Corrected() {
    }
}
