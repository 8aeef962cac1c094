package org.casualtyledger.tally.changes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What happened to a claim, event or series. {@code CORRECTED}: an analyst corrected the claim (its row holds the
 * corrected reading, none when the claim was rejected as no casualty figure; the correction itself, with author and
 * reason, is at {@code /claims/{id}/corrections}). It is written to the same log, so a feed consumer and an answer as
 * of a date see corrections in the same total order as everything else.
 */
@Schema(description = "CREATED: new in the ledger; UPDATED: its content changed; SUPERSEDED: a claim a new revision of "
        + "its report no longer holds; RETRACTED: gone from the ledger (its report was retracted, or no claim forms the "
        + "event or series any more); CORRECTED: an analyst corrected the claim (content: the corrected reading)")
public enum ChangeKind {
    CREATED, UPDATED, SUPERSEDED, RETRACTED, CORRECTED;

    public boolean removes() {
        return this == SUPERSEDED || this == RETRACTED;
    }
}
