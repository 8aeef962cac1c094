package org.casualtyledger.tally.corrections;

/** SQL that tells whether an answer stands on a corrected claim, for the readers of claims, events, tallies and series. */
public final class Corrected {
    /** The claim ids with an active correction. */
    public static final String CLAIM_IDS = "(SELECT x.claim_id FROM claim_correction x WHERE x.state = 'ACTIVE')";

    /** For a row of {@code event}: a claim of it is corrected, or a split or join was made on it. */
    public static final String EVENT = "(EXISTS (SELECT 1 FROM claim c WHERE c.event_id = event.id AND c.id IN " + CLAIM_IDS + ") "
            + "OR EXISTS (SELECT 1 FROM claim_correction x WHERE x.event_id = event.id AND x.state = 'ACTIVE'))";

    /**
     * The ids of the events {@link #EVENT} holds for, found from the active corrections (few) rather than from every
     * event: the events of the corrected claims, and the events a split or join was made on.
     */
    public static final String EVENT_IDS = "(SELECT c.event_id FROM claim_correction x JOIN claim c ON c.id = x.claim_id "
            + "WHERE x.state = 'ACTIVE' AND c.event_id IS NOT NULL "
            + "UNION SELECT x.event_id FROM claim_correction x WHERE x.state = 'ACTIVE' AND x.event_id IS NOT NULL)";

    /** The corrected claims of running totals: their series and publication dates. */
    public static final String SERIES_CLAIMS = "SELECT c.series_id, c.published_at FROM claim_correction x "
            + "JOIN claim c ON c.id = x.claim_id WHERE x.state = 'ACTIVE' AND c.series_id IS NOT NULL";

    private Corrected() {
    }
}
