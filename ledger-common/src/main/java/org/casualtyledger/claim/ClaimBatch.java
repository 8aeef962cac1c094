package org.casualtyledger.claim;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The unit of delivery from ingest to tally: all claims of one report. Upserting it twice changes nothing. */
@Schema(description = "All claims of one report, as delivered by ingest-service to tally-service")
public record ClaimBatch(
        @Schema(description = "Outbox sequence number of the batch", example = "17") long batchId,
        ReportRef report,
        List<Claim> claims) {
}
