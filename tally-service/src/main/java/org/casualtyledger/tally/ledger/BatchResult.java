package org.casualtyledger.tally.ledger;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a claim batch changed in the ledger; sending the same batch again gives inserted 0, updated 0, removed 0",
        example = "{\"reportId\":\"r-5b2c0d9e8f7a6b5c4d3e2f10\",\"received\":12,\"inserted\":12,\"updated\":0,\"removed\":0}")
public record BatchResult(
        @Schema(description = "The report the batch belongs to", example = "r-5b2c0d9e8f7a6b5c4d3e2f10") String reportId,
        @Schema(description = "Claims in the batch", example = "12") int received,
        @Schema(description = "Claims new to the ledger", example = "12") int inserted,
        @Schema(description = "Claims already in the ledger whose content changed", example = "0") int updated,
        @Schema(description = "Claims of the report that the batch no longer holds, removed", example = "0") int removed) {
}
