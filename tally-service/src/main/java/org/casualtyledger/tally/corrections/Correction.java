package org.casualtyledger.tally.corrections;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One correction of one claim, as stored and as shown: what it changed, who made it, when and why, and whether it still applies. */
@Schema(description = "An analyst's correction of one claim: the fields it changed or the rejection, its author, reason, time and state",
        example = "{\"id\":7,\"claimId\":\"c-3f1a9b0c2d4e5f60718293a4\",\"reportId\":\"r-5b2c0d9e8f7a6b5c4d3e2f10\",\"source\":\"SOHR\","
                + "\"kind\":\"CHANGE\",\"changes\":{\"value\":35,\"qualifier\":\"ABOUT\"},\"rejection\":null,\"sameAs\":null,\"eventId\":null,"
                + "\"author\":\"Alice\",\"reason\":\"The bulletin says about 35\",\"createdAt\":\"2026-12-06T02:30:00Z\",\"state\":\"ACTIVE\"}")
public record Correction(
        @Schema(example = "7") long id,
        @Schema(example = "c-3f1a9b0c2d4e5f60718293a4") String claimId,
        @Schema(example = "r-5b2c0d9e8f7a6b5c4d3e2f10") String reportId,
        @Schema(example = "SOHR") String source,
        @Schema(description = "CHANGE (fields), REJECTION, SPLIT (off its event) or JOIN (to another event)", example = "CHANGE") Kind kind,
        @Schema(description = "The fields a CHANGE sets, with their new values", nullable = true) Map<String, Object> changes,
        @Schema(description = "NOT_A_CASUALTY_FIGURE or SAME_INCIDENT", nullable = true) Rejection rejection,
        @Schema(description = "The claim a SAME_INCIDENT rejection or a JOIN files this one under", nullable = true) String sameAs,
        @Schema(description = "The event a SPLIT or JOIN was made on", nullable = true) String eventId,
        @Schema(description = "The name of the key that made the correction", example = "Alice") String author,
        @Schema(example = "The bulletin says about 35") String reason,
        Instant createdAt,
        @Schema(description = "ACTIVE, or ORPHANED when the latest reading of the report no longer has the claim") State state) {

    public enum Kind { CHANGE, REJECTION, SPLIT, JOIN }

    public enum Rejection { NOT_A_CASUALTY_FIGURE, SAME_INCIDENT }

    public enum State { ACTIVE, ORPHANED }

    public boolean active() {
        return state == State.ACTIVE;
    }
}
