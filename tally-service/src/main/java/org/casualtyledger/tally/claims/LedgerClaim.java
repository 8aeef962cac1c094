package org.casualtyledger.tally.claims;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.tally.corrections.Correction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A claim as the ledger holds it: the claim's own fields (in their corrected reading), its report's source and date,
 * where it was filed, and whether an analyst corrected it. The view of one claim also holds the reading as received
 * ({@code original}) and the corrections, side by side with the corrected reading.
 */
@Schema(description = "A claim in the ledger: every field of the claim, plus its source, publication date, the event or series it was filed in and why",
        example = "{\"id\":\"c-3f1a9b0c2d4e5f60718293a4\",\"reportId\":\"r-5b2c0d9e8f7a6b5c4d3e2f10\",\"count\":{\"value\":34,\"qualifier\":\"AT_LEAST\",\"low\":34,\"best\":34,\"high\":null},"
                + "\"outcome\":\"KILLED\",\"group\":\"ISIS\",\"scope\":\"INCIDENT\",\"periodStart\":\"2019-01-26\",\"source\":\"SOHR\",\"publishedAt\":\"2019-01-26\","
                + "\"eventId\":\"e-9a8b7c6d5e4f3a2b1c0d9e8f\",\"joinReason\":\"first report of the incident\",\"seriesId\":null,\"corrected\":false}")
public record LedgerClaim(
        @JsonUnwrapped @Schema(implementation = Claim.class) Claim claim,
        @Schema(description = "The report's source", example = "SOHR") String source,
        @Schema(description = "The report's publication date", example = "2019-01-26") LocalDate publishedAt,
        @Schema(description = "The event an incident claim was joined into; null for running totals, breakdowns and restatements",
                example = "e-9a8b7c6d5e4f3a2b1c0d9e8f", nullable = true) String eventId,
        @Schema(description = "Why the claim is in its event", example = "first report of the incident", nullable = true) String joinReason,
        @Schema(description = "The running total (series) a cumulative claim belongs to", example = "s-0a1b2c3d4e5f60718293a4b5", nullable = true) String seriesId,
        @Schema(description = "True when an active correction changed, rejected, split or joined the claim", example = "false") boolean corrected,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The claim as received, before its corrections (in the view of one corrected claim)", nullable = true,
                implementation = Claim.class) Claim original,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The claim's corrections, oldest first (in the view of one corrected claim)", nullable = true)
        List<Correction> corrections) {

    /** The same claim seen beside its reading as received and its corrections. */
    public LedgerClaim beside(Claim received, List<Correction> made) {
        return new LedgerClaim(claim, source, publishedAt, eventId, joinReason, seriesId, corrected, received, made);
    }
}
