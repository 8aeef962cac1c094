package org.casualtyledger.tally.corrections;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /events/{id}/corrections: a reason, and a claim to split off or an event to join. */
@Schema(description = "A correction of one event: a reason, and either a claim of the event to split off into an event of its "
        + "own, or another event to join into this one",
        example = "{\"reason\":\"A different village, the gazetteer confused the two\",\"split\":\"c-3f1a9b0c2d4e5f60718293a4\"}")
public record EventCorrectionRequest(
        @Schema(description = "Why; required") String reason,
        @Schema(description = "A claim of this event that is an incident of its own", nullable = true) String split,
        @Schema(description = "Another event that is the same incident as this one", nullable = true) String join) {
}
