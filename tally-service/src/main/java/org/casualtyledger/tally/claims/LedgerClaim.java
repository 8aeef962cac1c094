package org.casualtyledger.tally.claims;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import org.casualtyledger.claim.Claim;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A claim as the ledger holds it: the claim's own fields, its report's source and date, and where it was filed. */
@Schema(description = "A claim in the ledger: every field of the claim, plus its source, publication date, the event or series it was filed in and why",
        example = "{\"id\":\"c-3f1a9b0c2d4e5f60718293a4\",\"reportId\":\"r-5b2c0d9e8f7a6b5c4d3e2f10\",\"count\":{\"value\":34,\"qualifier\":\"AT_LEAST\",\"low\":34,\"best\":34,\"high\":null},"
                + "\"outcome\":\"KILLED\",\"group\":\"ISIS\",\"scope\":\"INCIDENT\",\"periodStart\":\"2019-01-26\",\"source\":\"SOHR\",\"publishedAt\":\"2019-01-26\","
                + "\"eventId\":\"e-9a8b7c6d5e4f3a2b1c0d9e8f\",\"joinReason\":\"first report of the incident\",\"seriesId\":null}")
public record LedgerClaim(
        @JsonUnwrapped @Schema(implementation = Claim.class) Claim claim,
        @Schema(description = "The report's source", example = "SOHR") String source,
        @Schema(description = "The report's publication date", example = "2019-01-26") LocalDate publishedAt,
        @Schema(description = "The event an incident claim was joined into; null for running totals, breakdowns and restatements",
                example = "e-9a8b7c6d5e4f3a2b1c0d9e8f", nullable = true) String eventId,
        @Schema(description = "Why the claim is in its event", example = "first report of the incident", nullable = true) String joinReason,
        @Schema(description = "The running total (series) a cumulative claim belongs to", example = "s-0a1b2c3d4e5f60718293a4b5", nullable = true) String seriesId) {
}
