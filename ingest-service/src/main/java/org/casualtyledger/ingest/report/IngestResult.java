package org.casualtyledger.ingest.report;

import java.util.List;
import org.casualtyledger.claim.Claim;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The stored report and its claims; created is false when the same report had been received before")
public record IngestResult(
        ReportView report,
        List<Claim> claims,
        @Schema(description = "True when stored now, false when the same text from the same source was already stored", example = "true") boolean created) {
}
