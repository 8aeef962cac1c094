package org.casualtyledger.claim;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One change in a delivery of many: a report's full claim batch, or the report's retraction. Changes of one report
 * are applied in the order they are listed; changes of different reports are independent of each other.
 */
@Schema(description = "One change to the ledger: a report's claim batch (UPSERT) or its retraction (RETRACT)")
public record LedgerChange(
        @Schema(description = "The sender's sequence number of the change, echoed in its result", example = "17") long id,
        @Schema(description = "UPSERT makes the report's claims exactly the batch's; RETRACT removes the report", example = "UPSERT")
        Kind kind,
        @Schema(description = "The report the change is about (for UPSERT, the batch's report id)", example = "r-5b2c0d9e8f7a6b5c4d3e2f10")
        String reportId,
        @Schema(description = "For UPSERT, the report's claims; absent for RETRACT", nullable = true) ClaimBatch batch) {

    public enum Kind { UPSERT, RETRACT }

    public static LedgerChange upsert(long id, ClaimBatch batch) {
        return new LedgerChange(id, Kind.UPSERT, batch.report().id(), batch);
    }

    public static LedgerChange retract(long id, String reportId) {
        return new LedgerChange(id, Kind.RETRACT, reportId, null);
    }
}
