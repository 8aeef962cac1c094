package org.casualtyledger.tally.ledger;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The result of retracting a report: how many of its claims left the ledger (0 when already gone)",
        example = "{\"reportId\":\"r-5b2c0d9e8f7a6b5c4d3e2f10\",\"removed\":12}")
public record Retraction(
        @Schema(description = "The retracted report", example = "r-5b2c0d9e8f7a6b5c4d3e2f10") String reportId,
        @Schema(description = "Claims removed", example = "12") int removed) {
}
