package org.casualtyledger.tally.corrections;

/** SQL that tells whether an answer stands on a corrected claim, for the readers of claims, events, tallies and series. */
public final class Corrected {
    /** The claim ids with an active correction. */
    public static final String CLAIM_IDS = "(SELECT x.claim_id FROM claim_correction x WHERE x.state = 'ACTIVE')";

    /** For a row of {@code event}: a claim of it is corrected, or a split or join was made on it. */
    public static final String EVENT = "(EXISTS (SELECT 1 FROM claim c WHERE c.event_id = event.id AND c.id IN " + CLAIM_IDS + ") "
            + "OR EXISTS (SELECT 1 FROM claim_correction x WHERE x.event_id = event.id AND x.state = 'ACTIVE'))";

    private Corrected() {
    }
}
