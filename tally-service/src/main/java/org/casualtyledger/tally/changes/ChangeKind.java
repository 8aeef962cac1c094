package org.casualtyledger.tally.changes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What happened to a claim, event or series. {@code CORRECTED} (an analyst's correction of a claim, recorded with
 * its author and reason) joins these when corrections are kept by the ledger; it is written to the same log, so a
 * feed consumer and an answer as of a date see corrections in the same total order as everything else.
 */
@Schema(description = "CREATED: new in the ledger; UPDATED: its content changed; SUPERSEDED: a claim a new revision of "
        + "its report no longer holds; RETRACTED: gone from the ledger (its report was retracted, or no claim forms the "
        + "event or series any more); CORRECTED (analyst corrections) may follow")
public enum ChangeKind {
    CREATED, UPDATED, SUPERSEDED, RETRACTED;

    public boolean removes() {
        return this == SUPERSEDED || this == RETRACTED;
    }
}
